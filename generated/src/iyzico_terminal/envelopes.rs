// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! Errors of the iyzico Terminal API written into its error messages and read back, from `spec/iyzico-terminal/`.
#[allow(unused_imports)]
use super::errors::{Code, Error};
#[allow(unused_imports)]
use super::messages::*;
#[allow(unused_imports)]
use crate::support::Lang;
/// The group as it travels: an unrecognized error's as it came, else the catalog's.
fn wire_group(error: &Error) -> Option<String> {
    match error {
        Error::Unrecognized { group, .. } => group.clone(),
        other => other.group().map(|g| crate::support::WireEnum::as_wire(g).to_owned()),
    }
}
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
        let group = wire_group(error);
        ErrorEnvelope {
            status: crate::support::Nullable::Value("FAILURE".to_owned()),
            error_code: crate::support::Nullable::Value(
                crate::support::Open::from_wire(code),
            ),
            error_message: crate::support::Nullable::Value(text.clone()),
            error_group: group
                .as_deref()
                .map_or(
                    crate::support::Nullable::Absent,
                    |g| crate::support::Nullable::Value(
                        crate::support::Open::from_wire(g),
                    ),
                ),
            system_time: crate::support::Nullable::Value(unix_millis),
            consumer_error_message: Default::default(),
            conversation_id: Default::default(),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`ErrorEnvelope`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errorCode")?.as_str()?;
        Some(
            Error::from_wire(
                value.pointer("/errorGroup").and_then(serde_json::Value::as_str),
                code,
                value.pointer("/errorMessage").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl OauthAuthorizeFailure {
    /// `error` written as [`OauthAuthorizeFailure`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        _status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        OauthAuthorizeFailure {
            error_code: code.to_owned(),
            description: crate::support::Nullable::Value(text.clone()),
            uri: Default::default(),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`OauthAuthorizeFailure`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errorCode")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/description").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl OauthTokenFailure {
    /// `error` written as [`OauthTokenFailure`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        _lang: Lang,
        _status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        OauthTokenFailure {
            error: crate::support::Open::from_wire(code),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`OauthTokenFailure`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/error")?.as_str()?;
        Some(Error::from_wire(None, code, None))
    }
}
