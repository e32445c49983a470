// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The replies of the Finrota Payment Web Service (PWS)'s operations, from `spec/finrota-pws/`.
#[allow(unused_imports)]
use super::errors::{Code, Error, Group};
#[allow(unused_imports)]
use super::messages::*;
use super::operations::OperationId;
use crate::support::{EncodedReply, Lang, ReplyDecodeError};
/// The replies of [`super::operations::TokenConnect`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum TokenConnectReply {
    /// 200: The AccessToken, when it expires and its type (Bearer), as a bare JSON object.
    Status200(AccessToken),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
}
impl TokenConnectReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401, 403, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401, 403, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::ListPaymentSets`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ListPaymentSetsReply {
    /// 200: The envelope with statusCode 200 and data the list of payment sets.
    Status200(PaymentSetListResponse),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
}
impl ListPaymentSetsReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 401, 403, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[401, 403, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 401,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            _ => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::ListPaymentOptions`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ListPaymentOptionsReply {
    /// 200: The envelope with statusCode 200 and data the list of POS entries. Bank-level and business failures also arrive with HTTP 200: statusCode then carries the code's pseudo-status (600–609), errors names the code and data, where present, has isSuccess false with errorCode and errorMessage. Codes answered so: P019 (POS not found), P020 (Exchange rate error).
    Status200(PaymentOptionListResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
}
impl ListPaymentOptionsReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401, 403, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[200, 400, 401, 403, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            Some(Code::PosNotFound) => 200,
            Some(Code::ExchangeRateError) => 200,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            200 => {
                Self::Status200(
                    PaymentOptionListResponse::from_error(error, lang, 200, unix_millis),
                )
            }
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::PaymentOptionsByBin`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentOptionsByBinReply {
    /// 200: The envelope with statusCode 200 and data the general rules and the eligible POS list. Bank-level and business failures also arrive with HTTP 200: statusCode then carries the code's pseudo-status (600–609), errors names the code and data, where present, has isSuccess false with errorCode and errorMessage. Codes answered so: P018 (BIN undefined), P019 (POS not found), P020 (Exchange rate error).
    Status200(PaymentOptionsByBinResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 422: 422 Unprocessable Entity: the error envelope, with statusCode 422 and errors naming P006 (Transaction validation error).
    Status422(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
}
impl PaymentOptionsByBinReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401, 403, 422, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status422(_) => 422,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status422(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            422 => {
                serde_json::from_slice(body)
                    .map(Self::Status422)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[200, 400, 401, 403, 422, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::TransactionValidationError) => 422,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            Some(Code::BinUndefined) => 200,
            Some(Code::PosNotFound) => 200,
            Some(Code::ExchangeRateError) => 200,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            200 => {
                Self::Status200(
                    PaymentOptionsByBinResponse::from_error(
                        error,
                        lang,
                        200,
                        unix_millis,
                    ),
                )
            }
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            422 => {
                Self::Status422(ErrorEnvelope::from_error(error, lang, 422, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::CreatePayment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePaymentReply {
    /// 200: The envelope with statusCode 200 and data the payment's outcome: for 3D the redirect URL, for non-3D the bank's answer with transactionStatusId 1 when authorized. Bank-level and business failures also arrive with HTTP 200: statusCode then carries the code's pseudo-status (600–609), errors names the code and data, where present, has isSuccess false with errorCode and errorMessage. Codes answered so: P011 (Payment failed), P012 (OTP error), P016 (Unsupported transaction type), P017 (Transaction already completed), P018 (BIN undefined), P019 (POS not found), P020 (Exchange rate error).
    Status200(PaymentResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 409: 409 Conflict: the error envelope, with statusCode 409 and errors naming P005 (Transaction conflict).
    Status409(ErrorEnvelope),
    /// 422: 422 Unprocessable Entity: the error envelope, with statusCode 422 and errors naming P006 (Transaction validation error).
    Status422(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
    /// 503: 503 Service Unavailable: the error envelope, with statusCode 503 and errors naming P009 (Bank service unavailable).
    Status503(ErrorEnvelope),
    /// 504: 504 Gateway Timeout: the error envelope, with statusCode 504 and errors naming P010 (Timeout).
    Status504(ErrorEnvelope),
}
impl CreatePaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 409, 422, 429, 500, 503, 504,
    ];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status409(_) => 409,
            Self::Status422(_) => 422,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
            Self::Status503(_) => 503,
            Self::Status504(_) => 504,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status409(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status422(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status503(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status504(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            409 => {
                serde_json::from_slice(body)
                    .map(Self::Status409)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            422 => {
                serde_json::from_slice(body)
                    .map(Self::Status422)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            503 => {
                serde_json::from_slice(body)
                    .map(Self::Status503)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            504 => {
                serde_json::from_slice(body)
                    .map(Self::Status504)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 409, 422, 429, 500, 503, 504,
    ];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::TransactionConflict) => 409,
            Some(Code::TransactionValidationError) => 422,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            Some(Code::BankServiceUnavailable) => 503,
            Some(Code::Timeout) => 504,
            Some(Code::PaymentFailed) => 200,
            Some(Code::OtpError) => 200,
            Some(Code::UnsupportedTransactionType) => 200,
            Some(Code::TransactionAlreadyCompleted) => 200,
            Some(Code::BinUndefined) => 200,
            Some(Code::PosNotFound) => 200,
            Some(Code::ExchangeRateError) => 200,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            200 => {
                Self::Status200(
                    PaymentResponse::from_error(error, lang, 200, unix_millis),
                )
            }
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            409 => {
                Self::Status409(ErrorEnvelope::from_error(error, lang, 409, unix_millis))
            }
            422 => {
                Self::Status422(ErrorEnvelope::from_error(error, lang, 422, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            503 => {
                Self::Status503(ErrorEnvelope::from_error(error, lang, 503, unix_millis))
            }
            504 => {
                Self::Status504(ErrorEnvelope::from_error(error, lang, 504, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::CommitPayment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CommitPaymentReply {
    /// 200: The envelope with statusCode 200 and data the finalized payment's outcome. Bank-level and business failures also arrive with HTTP 200: statusCode then carries the code's pseudo-status (600–609), errors names the code and data, where present, has isSuccess false with errorCode and errorMessage. Codes answered so: P011 (Payment failed), P012 (OTP error), P017 (Transaction already completed).
    Status200(PaymentCommitResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 404: 404 Not Found: the error envelope, with statusCode 404 and errors naming P004 (Record not found).
    Status404(ErrorEnvelope),
    /// 409: 409 Conflict: the error envelope, with statusCode 409 and errors naming P005 (Transaction conflict).
    Status409(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
    /// 503: 503 Service Unavailable: the error envelope, with statusCode 503 and errors naming P009 (Bank service unavailable).
    Status503(ErrorEnvelope),
    /// 504: 504 Gateway Timeout: the error envelope, with statusCode 504 and errors naming P010 (Timeout).
    Status504(ErrorEnvelope),
}
impl CommitPaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 404, 409, 429, 500, 503, 504,
    ];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status409(_) => 409,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
            Self::Status503(_) => 503,
            Self::Status504(_) => 504,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status404(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status409(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status503(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status504(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            404 => {
                serde_json::from_slice(body)
                    .map(Self::Status404)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            409 => {
                serde_json::from_slice(body)
                    .map(Self::Status409)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            503 => {
                serde_json::from_slice(body)
                    .map(Self::Status503)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            504 => {
                serde_json::from_slice(body)
                    .map(Self::Status504)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 404, 409, 429, 500, 503, 504,
    ];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::RecordNotFound) => 404,
            Some(Code::TransactionConflict) => 409,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            Some(Code::BankServiceUnavailable) => 503,
            Some(Code::Timeout) => 504,
            Some(Code::PaymentFailed) => 200,
            Some(Code::OtpError) => 200,
            Some(Code::TransactionAlreadyCompleted) => 200,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            200 => {
                Self::Status200(
                    PaymentCommitResponse::from_error(error, lang, 200, unix_millis),
                )
            }
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            404 => {
                Self::Status404(ErrorEnvelope::from_error(error, lang, 404, unix_millis))
            }
            409 => {
                Self::Status409(ErrorEnvelope::from_error(error, lang, 409, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            503 => {
                Self::Status503(ErrorEnvelope::from_error(error, lang, 503, unix_millis))
            }
            504 => {
                Self::Status504(ErrorEnvelope::from_error(error, lang, 504, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::GetTransaction`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum GetTransactionReply {
    /// 200: The envelope with statusCode 200 and data the transaction.
    Status200(TransactionResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 404: 404 Not Found: the error envelope, with statusCode 404 and errors naming P004 (Record not found).
    Status404(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
}
impl GetTransactionReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401, 403, 404, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status404(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            404 => {
                serde_json::from_slice(body)
                    .map(Self::Status404)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401, 403, 404, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::RecordNotFound) => 404,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            404 => {
                Self::Status404(ErrorEnvelope::from_error(error, lang, 404, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::QueryTransaction`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum QueryTransactionReply {
    /// 200: The envelope with statusCode 200 and data the transaction.
    Status200(TransactionResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 404: 404 Not Found: the error envelope, with statusCode 404 and errors naming P004 (Record not found).
    Status404(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
}
impl QueryTransactionReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401, 403, 404, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status404(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            404 => {
                serde_json::from_slice(body)
                    .map(Self::Status404)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401, 403, 404, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::RecordNotFound) => 404,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            404 => {
                Self::Status404(ErrorEnvelope::from_error(error, lang, 404, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::CancelPayment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CancelPaymentReply {
    /// 200: The envelope with statusCode 200 and data the cancellation's outcome (lastAmount 0.0 when cancelled). Bank-level and business failures also arrive with HTTP 200: statusCode then carries the code's pseudo-status (600–609), errors names the code and data, where present, has isSuccess false with errorCode and errorMessage. Codes answered so: P013 (Cancellation failed).
    Status200(PaymentCancelResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 404: 404 Not Found: the error envelope, with statusCode 404 and errors naming P004 (Record not found).
    Status404(ErrorEnvelope),
    /// 409: 409 Conflict: the error envelope, with statusCode 409 and errors naming P005 (Transaction conflict).
    Status409(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
    /// 503: 503 Service Unavailable: the error envelope, with statusCode 503 and errors naming P009 (Bank service unavailable).
    Status503(ErrorEnvelope),
    /// 504: 504 Gateway Timeout: the error envelope, with statusCode 504 and errors naming P010 (Timeout).
    Status504(ErrorEnvelope),
}
impl CancelPaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 404, 409, 429, 500, 503, 504,
    ];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status409(_) => 409,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
            Self::Status503(_) => 503,
            Self::Status504(_) => 504,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status404(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status409(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status503(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status504(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            404 => {
                serde_json::from_slice(body)
                    .map(Self::Status404)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            409 => {
                serde_json::from_slice(body)
                    .map(Self::Status409)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            503 => {
                serde_json::from_slice(body)
                    .map(Self::Status503)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            504 => {
                serde_json::from_slice(body)
                    .map(Self::Status504)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 404, 409, 429, 500, 503, 504,
    ];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::RecordNotFound) => 404,
            Some(Code::TransactionConflict) => 409,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            Some(Code::BankServiceUnavailable) => 503,
            Some(Code::Timeout) => 504,
            Some(Code::CancellationFailed) => 200,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            200 => {
                Self::Status200(
                    PaymentCancelResponse::from_error(error, lang, 200, unix_millis),
                )
            }
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            404 => {
                Self::Status404(ErrorEnvelope::from_error(error, lang, 404, unix_millis))
            }
            409 => {
                Self::Status409(ErrorEnvelope::from_error(error, lang, 409, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            503 => {
                Self::Status503(ErrorEnvelope::from_error(error, lang, 503, unix_millis))
            }
            504 => {
                Self::Status504(ErrorEnvelope::from_error(error, lang, 504, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::RefundPayment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum RefundPaymentReply {
    /// 200: The envelope with statusCode 200 and data the refund's outcome (lastAmount the remaining amount; transactionStatusId 6 after a partial refund). Bank-level and business failures also arrive with HTTP 200: statusCode then carries the code's pseudo-status (600–609), errors names the code and data, where present, has isSuccess false with errorCode and errorMessage. Codes answered so: P014 (Refund failed), P015 (Partial refund limit exceeded), P017 (Transaction already completed).
    Status200(PaymentRefundResponse),
    /// 400: 400 Bad Request: the error envelope, with statusCode 400 and errors naming P001 (Invalid request parameter).
    Status400(ErrorEnvelope),
    /// 401: 401 Unauthorized: the error envelope, with statusCode 401 and errors naming P002 (Unauthorized access).
    Status401(ErrorEnvelope),
    /// 403: 403 Forbidden: the error envelope, with statusCode 403 and errors naming P003 (Permission denied).
    Status403(ErrorEnvelope),
    /// 404: 404 Not Found: the error envelope, with statusCode 404 and errors naming P004 (Record not found).
    Status404(ErrorEnvelope),
    /// 409: 409 Conflict: the error envelope, with statusCode 409 and errors naming P005 (Transaction conflict).
    Status409(ErrorEnvelope),
    /// 422: 422 Unprocessable Entity: the error envelope, with statusCode 422 and errors naming P006 (Transaction validation error).
    Status422(ErrorEnvelope),
    /// 429: 429 Too Many Requests: the error envelope, with statusCode 429 and errors naming P007 (Too many requests).
    Status429(ErrorEnvelope),
    /// 500: 500 Internal Server Error: the error envelope, with statusCode 500 and errors naming P008 (System error).
    Status500(ErrorEnvelope),
    /// 503: 503 Service Unavailable: the error envelope, with statusCode 503 and errors naming P009 (Bank service unavailable).
    Status503(ErrorEnvelope),
    /// 504: 504 Gateway Timeout: the error envelope, with statusCode 504 and errors naming P010 (Timeout).
    Status504(ErrorEnvelope),
}
impl RefundPaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 404, 409, 422, 429, 500, 503, 504,
    ];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status409(_) => 409,
            Self::Status422(_) => 422,
            Self::Status429(_) => 429,
            Self::Status500(_) => 500,
            Self::Status503(_) => 503,
            Self::Status504(_) => 504,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status400(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status403(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status404(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status409(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status422(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status429(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status500(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status503(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status504(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => {
                serde_json::from_slice(body)
                    .map(Self::Status200)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            400 => {
                serde_json::from_slice(body)
                    .map(Self::Status400)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            401 => {
                serde_json::from_slice(body)
                    .map(Self::Status401)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            403 => {
                serde_json::from_slice(body)
                    .map(Self::Status403)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            404 => {
                serde_json::from_slice(body)
                    .map(Self::Status404)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            409 => {
                serde_json::from_slice(body)
                    .map(Self::Status409)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            422 => {
                serde_json::from_slice(body)
                    .map(Self::Status422)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            429 => {
                serde_json::from_slice(body)
                    .map(Self::Status429)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            500 => {
                serde_json::from_slice(body)
                    .map(Self::Status500)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            503 => {
                serde_json::from_slice(body)
                    .map(Self::Status503)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            504 => {
                serde_json::from_slice(body)
                    .map(Self::Status504)
                    .map_err(|error| ReplyDecodeError::Body {
                        status,
                        error,
                    })
            }
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[
        200, 400, 401, 403, 404, 409, 422, 429, 500, 503, 504,
    ];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidRequestParameter) => 400,
            Some(Code::UnauthorizedAccess) => 401,
            Some(Code::PermissionDenied) => 403,
            Some(Code::RecordNotFound) => 404,
            Some(Code::TransactionConflict) => 409,
            Some(Code::TransactionValidationError) => 422,
            Some(Code::TooManyRequests) => 429,
            Some(Code::SystemError) => 500,
            Some(Code::BankServiceUnavailable) => 503,
            Some(Code::Timeout) => 504,
            Some(Code::RefundFailed) => 200,
            Some(Code::PartialRefundLimitExceeded) => 200,
            Some(Code::TransactionAlreadyCompleted) => 200,
            _ => {
                match error.group() {
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 400,
                        }
                    }
                }
            }
        }
    }
    /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
    /// in `lang`, written at `unix_millis`.
    #[allow(clippy::match_single_binding)]
    pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
        match Self::error_status(error) {
            200 => {
                Self::Status200(
                    PaymentRefundResponse::from_error(error, lang, 200, unix_millis),
                )
            }
            401 => {
                Self::Status401(ErrorEnvelope::from_error(error, lang, 401, unix_millis))
            }
            403 => {
                Self::Status403(ErrorEnvelope::from_error(error, lang, 403, unix_millis))
            }
            404 => {
                Self::Status404(ErrorEnvelope::from_error(error, lang, 404, unix_millis))
            }
            409 => {
                Self::Status409(ErrorEnvelope::from_error(error, lang, 409, unix_millis))
            }
            422 => {
                Self::Status422(ErrorEnvelope::from_error(error, lang, 422, unix_millis))
            }
            429 => {
                Self::Status429(ErrorEnvelope::from_error(error, lang, 429, unix_millis))
            }
            500 => {
                Self::Status500(ErrorEnvelope::from_error(error, lang, 500, unix_millis))
            }
            503 => {
                Self::Status503(ErrorEnvelope::from_error(error, lang, 503, unix_millis))
            }
            504 => {
                Self::Status504(ErrorEnvelope::from_error(error, lang, 504, unix_millis))
            }
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The status `operation` answers `error` with; `None` for an operation that documents no error response
/// (a callback, whose answer is the merchant's).
#[allow(unreachable_patterns)]
pub fn error_status(operation: OperationId, error: &Error) -> Option<u16> {
    match operation {
        OperationId::TokenConnect => Some(TokenConnectReply::error_status(error)),
        OperationId::ListPaymentSets => Some(ListPaymentSetsReply::error_status(error)),
        OperationId::ListPaymentOptions => {
            Some(ListPaymentOptionsReply::error_status(error))
        }
        OperationId::PaymentOptionsByBin => {
            Some(PaymentOptionsByBinReply::error_status(error))
        }
        OperationId::CreatePayment => Some(CreatePaymentReply::error_status(error)),
        OperationId::CommitPayment => Some(CommitPaymentReply::error_status(error)),
        OperationId::GetTransaction => Some(GetTransactionReply::error_status(error)),
        OperationId::QueryTransaction => Some(QueryTransactionReply::error_status(error)),
        OperationId::CancelPayment => Some(CancelPaymentReply::error_status(error)),
        OperationId::RefundPayment => Some(RefundPaymentReply::error_status(error)),
        _ => None,
    }
}
/// `error` as `operation` answers it, encoded: status, `Content-Type` and body, its text in `lang`; `None` for
/// an operation that documents no error response.
#[allow(unreachable_patterns)]
pub fn error_reply(
    operation: OperationId,
    error: &Error,
    lang: Lang,
    unix_millis: i64,
) -> Option<Result<EncodedReply, serde_json::Error>> {
    match operation {
        OperationId::TokenConnect => {
            Some(TokenConnectReply::error(error, lang, unix_millis).encode())
        }
        OperationId::ListPaymentSets => {
            Some(ListPaymentSetsReply::error(error, lang, unix_millis).encode())
        }
        OperationId::ListPaymentOptions => {
            Some(ListPaymentOptionsReply::error(error, lang, unix_millis).encode())
        }
        OperationId::PaymentOptionsByBin => {
            Some(PaymentOptionsByBinReply::error(error, lang, unix_millis).encode())
        }
        OperationId::CreatePayment => {
            Some(CreatePaymentReply::error(error, lang, unix_millis).encode())
        }
        OperationId::CommitPayment => {
            Some(CommitPaymentReply::error(error, lang, unix_millis).encode())
        }
        OperationId::GetTransaction => {
            Some(GetTransactionReply::error(error, lang, unix_millis).encode())
        }
        OperationId::QueryTransaction => {
            Some(QueryTransactionReply::error(error, lang, unix_millis).encode())
        }
        OperationId::CancelPayment => {
            Some(CancelPaymentReply::error(error, lang, unix_millis).encode())
        }
        OperationId::RefundPayment => {
            Some(RefundPaymentReply::error(error, lang, unix_millis).encode())
        }
        _ => None,
    }
}
