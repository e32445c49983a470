// A message's required field cannot be left out: WiaPay's error body must carry its code.
use payspec::wiapay::ErrorBody;

fn main() {
    let _body = ErrorBody { message: String::from("Signature verification failed"), extra: Default::default() };
}
