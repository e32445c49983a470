// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! Errors of the Finrota Payment Web Service (PWS) written into its error messages and read back, from `spec/finrota-pws/`.
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
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        ErrorEnvelope {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: serde_json::Value::Null,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`ErrorEnvelope`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl PaymentOptionListResponse {
    /// `error` written as [`PaymentOptionListResponse`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        PaymentOptionListResponse {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: None,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`PaymentOptionListResponse`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl PaymentOptionsByBinResponse {
    /// `error` written as [`PaymentOptionsByBinResponse`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        PaymentOptionsByBinResponse {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: None,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`PaymentOptionsByBinResponse`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl PaymentResponse {
    /// `error` written as [`PaymentResponse`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        PaymentResponse {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: None,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`PaymentResponse`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl PaymentCommitResponse {
    /// `error` written as [`PaymentCommitResponse`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        PaymentCommitResponse {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: None,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`PaymentCommitResponse`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl PaymentCancelResponse {
    /// `error` written as [`PaymentCancelResponse`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        PaymentCancelResponse {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: None,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`PaymentCancelResponse`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
impl PaymentRefundResponse {
    /// `error` written as [`PaymentRefundResponse`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.
    pub fn from_error(
        error: &Error,
        lang: Lang,
        status: u16,
        _unix_millis: i64,
    ) -> Self {
        let code = error.wire_code();
        let text = error.message(lang);
        let status = i64::from(
            error.code().and_then(Code::pseudo_status).unwrap_or(status),
        );
        PaymentRefundResponse {
            message: Some(text.clone()),
            status_code: status,
            exceptions: Default::default(),
            data: None,
            old_data: serde_json::Value::Null,
            errors: Some(
                vec![
                    ErrorItem { code : crate ::support::Open::from_wire(code), message :
                    text.clone(), extra : ::std::collections::BTreeMap::new() }
                ],
            ),
            extra: ::std::collections::BTreeMap::new(),
        }
    }
    /// The error [`PaymentRefundResponse`] carries, if it carries a code; it reads back what `from_error` wrote.
    pub fn to_error(&self) -> Option<Error> {
        let value = serde_json::to_value(self).ok()?;
        let code = value.pointer("/errors/0/code")?.as_str()?;
        Some(
            Error::from_wire(
                None,
                code,
                value.pointer("/errors/0/message").and_then(serde_json::Value::as_str),
            ),
        )
    }
}
