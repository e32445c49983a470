// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! Errors of the WiaPay API written into its error messages and read back, from `spec/wiapay/`.
#[allow(unused_imports)]
use super::errors::{Code, Error};
#[allow(unused_imports)]
use super::messages::*;
#[allow(unused_imports)]
use crate::support::Lang;
impl ErrorEnvelope {
    /// `error` written as [`ErrorEnvelope`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        _status: u16,
        unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        ErrorEnvelope {
            success: false,
            error: ErrorBody {
                code: crate::support::Open::from_wire(code),
                message: text.clone(),
                extra: ::std::collections::BTreeMap::new(),
            },
            timestamp: unix_millis.div_euclid(1000),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`ErrorEnvelope`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/error/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/error/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
