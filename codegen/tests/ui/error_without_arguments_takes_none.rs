// An error whose message has no placeholder takes no argument.
use payspec::iyzico_terminal::Error;

fn main() {
    let _error = Error::TerminalBusy { details: String::new() };
}
