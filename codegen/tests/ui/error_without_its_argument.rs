// An error whose message has a placeholder cannot be built without the placeholder's argument.
use payspec::iyzico_terminal::Error;

fn main() {
    let _error = Error::AuthDeviceNotFound {};
}
