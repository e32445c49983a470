// A placeholder's argument has the type the spec declares (a username is a string, not a number).
use payspec::iyzico_terminal::Error;

fn main() {
    let _error = Error::AuthDeviceNotFound { username: 42 };
}
