// A bank error passed through must carry the bank's own code as well as its message.
use payspec::iyzico_terminal::Error;

fn main() {
    let _error = Error::BankError { message: String::from("NOT_SUFFICIENT_FUNDS") };
}
