// Required fields are named, never positional: the OAuth authorize request's client id, client secret, username and
// password are all strings, and the old positional call (here with the secret and the password swapped, which a
// positional constructor would have accepted) no longer compiles.
use payspec::iyzico_terminal::{OauthAuthorizeRequest, OauthResponseType, OauthScope};

fn main() {
    let _authorize = OauthAuthorizeRequest::new(
        OauthScope::IyzipayApiGateway,
        "client".to_owned(),
        "password".to_owned(),
        OauthResponseType::Code,
        "user".to_owned(),
        "client-secret".to_owned(),
        1_766_660_749,
    );
}
