// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The replies of the iyzico Terminal API's operations, from `spec/iyzico-terminal/`.
#[allow(unused_imports)]
use super::errors::{Code, Error, Group};
#[allow(unused_imports)]
use super::messages::*;
use super::operations::OperationId;
use crate::support::{EncodedReply, Lang, ReplyDecodeError};
/// The replies of [`super::operations::OauthAuthorize`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum OauthAuthorizeReply {
    /// 200: The authorization code.
    Status200(OauthAuthorizeResponse),
    /// 401: The authorization was refused, e.g. unsupported_response_type.
    Status401(OauthAuthorizeFailure),
}
impl OauthAuthorizeReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[401];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::AuthDeviceNotFound) => 401,
            Some(Code::UnsupportedResponseType) => 401,
            Some(Code::InvalidClient) => 401,
            Some(Code::RequestValidationFailed) => 401,
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
            _ => {
                Self::Status401(
                    OauthAuthorizeFailure::from_error(error, lang, 401, unix_millis),
                )
            }
        }
    }
}
/// The replies of [`super::operations::OauthToken`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum OauthTokenReply {
    /// 200: The access and refresh tokens.
    Status200(OauthTokenResponse),
    /// 400: The grant was refused, e.g. invalid_grant for an unknown, expired or already used code.
    Status400(OauthTokenFailure),
    /// 401: The client was refused, e.g. invalid_client.
    Status401(OauthTokenFailure),
}
impl OauthTokenReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidGrant) => 400,
            Some(Code::InvalidClient) => 401,
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
                Self::Status401(
                    OauthTokenFailure::from_error(error, lang, 401, unix_millis),
                )
            }
            _ => {
                Self::Status400(
                    OauthTokenFailure::from_error(error, lang, 400, unix_millis),
                )
            }
        }
    }
}
/// The replies of [`super::operations::OauthTokenRefresh`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum OauthTokenRefreshReply {
    /// 200: The new tokens.
    Status200(OauthTokenResponse),
    /// 400: The grant was refused, e.g. invalid_grant for an unknown, expired, revoked or already used refresh token.
    Status400(OauthTokenFailure),
    /// 401: The refresh was refused.
    Status401(OauthTokenFailure),
}
impl OauthTokenRefreshReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidGrant) => 400,
            Some(Code::InvalidClient) => 401,
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
                Self::Status401(
                    OauthTokenFailure::from_error(error, lang, 401, unix_millis),
                )
            }
            _ => {
                Self::Status400(
                    OauthTokenFailure::from_error(error, lang, 400, unix_millis),
                )
            }
        }
    }
}
/// The replies of [`super::operations::Vuk509Payment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk509PaymentReply {
    /// 200: Success.
    Status200(Vuk509PaymentResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk509PaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundByPaymentId) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk509QueryTransactionStatus`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk509QueryTransactionStatusReply {
    /// 200: Success.
    Status200(Vuk509PaymentResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk509QueryTransactionStatusReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundByPaymentId) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::PaymentNotFoundByOrderId) => 400,
            Some(Code::PaymentReferenceMissing) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk509Void`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk509VoidReply {
    /// 200: Success.
    Status200(Vuk509PaymentResponse),
    /// 422: The void failed: the failure fields say why.
    Status422(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk509VoidReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 422, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status422(_) => 422,
            Self::Status401(_) => 401,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status422(message) => {
                (Some("application/json"), serde_json::to_string(message)?)
            }
            Self::Status401(message) => {
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
            422 => {
                serde_json::from_slice(body)
                    .map(Self::Status422)
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[422];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 422,
            Some(Code::AccessTokenExpired) => 422,
            Some(Code::AuthDeviceAccessDenied) => 422,
            Some(Code::DeviceResponseTimeout) => 422,
            Some(Code::RequestValidationFailed) => 422,
            Some(Code::OperationNotSupportedForDeviceModel) => 422,
            Some(Code::PaymentNotFoundByPaymentId) => 422,
            Some(Code::PaymentNotFoundById) => 422,
            Some(Code::PaymentNotFoundByOrderId) => 422,
            Some(Code::InsufficientBalanceForCancelRefund) => 422,
            Some(Code::TerminalBusy) => 422,
            Some(Code::TechposStartFailed) => 422,
            Some(Code::TechposNullResponse) => 422,
            Some(Code::RefreshTokenFailedSessionEnded) => 422,
            Some(Code::DeviceResponseNotCreated) => 422,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 422,
                    Some(Group::PaymentError) => 422,
                    _ => {
                        match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => {
                                status
                            }
                            _ => 422,
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
            _ => {
                Self::Status422(ErrorEnvelope::from_error(error, lang, 422, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk509Refund`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk509RefundReply {
    /// 200: Success.
    Status200(Vuk509PaymentResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk509RefundReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundByPaymentId) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::PaymentNotFoundByOrderId) => 400,
            Some(Code::InsufficientBalanceForCancelRefund) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk509EndOfDay`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk509EndOfDayReply {
    /// 200: Success.
    Status200(Vuk509EndOfDayResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk509EndOfDayReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507Payment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507PaymentReply {
    /// 200: Success.
    Status200(Vuk507SaleResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507PaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507QueryTransactionStatus`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507QueryTransactionStatusReply {
    /// 200: Success.
    Status200(Vuk507QueryResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507QueryTransactionStatusReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundByPaymentId) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::PaymentNotFoundByOrderId) => 400,
            Some(Code::PaymentReferenceMissing) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507Void`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507VoidReply {
    /// 200: Success.
    Status200(Vuk507VoidResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507VoidReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundByPaymentId) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::PaymentNotFoundByOrderId) => 400,
            Some(Code::InsufficientBalanceForCancelRefund) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507Refund`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507RefundReply {
    /// 200: Success.
    Status200(Vuk507RefundResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507RefundReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundByPaymentId) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::PaymentNotFoundByOrderId) => 400,
            Some(Code::InsufficientBalanceForCancelRefund) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507RefundableSaleInfo`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507RefundableSaleInfoReply {
    /// 200: Success.
    Status200(Vuk507RefundableSaleInfoResponse),
    /// 400: The call failed: the failure fields say why.
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507RefundableSaleInfoReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::PaymentNotFoundByOrderId) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507PartialPaymentStart`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507PartialPaymentStartReply {
    /// 200: Success.
    Status200(Vuk507PartialPaymentStartResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507PartialPaymentStartReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507PartialPaymentAddPayment`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507PartialPaymentAddPaymentReply {
    /// 200: Success.
    Status200(Vuk507SaleResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507PartialPaymentAddPaymentReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507PartialPaymentComplete`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507PartialPaymentCompleteReply {
    /// 200: Success.
    Status200(Vuk507PartialPaymentCompleteResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507PartialPaymentCompleteReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::PaymentNotFoundById) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
            _ => {
                Self::Status400(ErrorEnvelope::from_error(error, lang, 400, unix_millis))
            }
        }
    }
}
/// The replies of [`super::operations::Vuk507EndOfDay`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Vuk507EndOfDayReply {
    /// 200: Success.
    Status200(Vuk507EndOfDayResponse),
    /// 400: The call failed: the failure fields say why (status, errorCode, errorMessage, errorGroup, systemTime, consumerErrorMessage).
    Status400(ErrorEnvelope),
    /// 401: Tolerated, not documented: a gateway refusing the access token (100310, 100311) before the service answers 401 with the same ErrorEnvelope.
    Status401(ErrorEnvelope),
}
impl Vuk507EndOfDayReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 400, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::InvalidToken) => 400,
            Some(Code::AccessTokenExpired) => 400,
            Some(Code::AuthDeviceAccessDenied) => 400,
            Some(Code::DeviceResponseTimeout) => 400,
            Some(Code::RequestValidationFailed) => 400,
            Some(Code::OperationNotSupportedForDeviceModel) => 400,
            Some(Code::TerminalBusy) => 400,
            Some(Code::TechposStartFailed) => 400,
            Some(Code::TechposNullResponse) => 400,
            Some(Code::RefreshTokenFailedSessionEnded) => 400,
            Some(Code::DeviceResponseNotCreated) => 400,
            _ => {
                match error.group() {
                    Some(Group::BankError) => 400,
                    Some(Group::PaymentError) => 400,
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
        OperationId::OauthAuthorize => Some(OauthAuthorizeReply::error_status(error)),
        OperationId::OauthToken => Some(OauthTokenReply::error_status(error)),
        OperationId::OauthTokenRefresh => {
            Some(OauthTokenRefreshReply::error_status(error))
        }
        OperationId::Vuk509Payment => Some(Vuk509PaymentReply::error_status(error)),
        OperationId::Vuk509QueryTransactionStatus => {
            Some(Vuk509QueryTransactionStatusReply::error_status(error))
        }
        OperationId::Vuk509Void => Some(Vuk509VoidReply::error_status(error)),
        OperationId::Vuk509Refund => Some(Vuk509RefundReply::error_status(error)),
        OperationId::Vuk509EndOfDay => Some(Vuk509EndOfDayReply::error_status(error)),
        OperationId::Vuk507Payment => Some(Vuk507PaymentReply::error_status(error)),
        OperationId::Vuk507QueryTransactionStatus => {
            Some(Vuk507QueryTransactionStatusReply::error_status(error))
        }
        OperationId::Vuk507Void => Some(Vuk507VoidReply::error_status(error)),
        OperationId::Vuk507Refund => Some(Vuk507RefundReply::error_status(error)),
        OperationId::Vuk507RefundableSaleInfo => {
            Some(Vuk507RefundableSaleInfoReply::error_status(error))
        }
        OperationId::Vuk507PartialPaymentStart => {
            Some(Vuk507PartialPaymentStartReply::error_status(error))
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            Some(Vuk507PartialPaymentAddPaymentReply::error_status(error))
        }
        OperationId::Vuk507PartialPaymentComplete => {
            Some(Vuk507PartialPaymentCompleteReply::error_status(error))
        }
        OperationId::Vuk507EndOfDay => Some(Vuk507EndOfDayReply::error_status(error)),
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
        OperationId::OauthAuthorize => {
            Some(OauthAuthorizeReply::error(error, lang, unix_millis).encode())
        }
        OperationId::OauthToken => {
            Some(OauthTokenReply::error(error, lang, unix_millis).encode())
        }
        OperationId::OauthTokenRefresh => {
            Some(OauthTokenRefreshReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk509Payment => {
            Some(Vuk509PaymentReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk509QueryTransactionStatus => {
            Some(
                Vuk509QueryTransactionStatusReply::error(error, lang, unix_millis)
                    .encode(),
            )
        }
        OperationId::Vuk509Void => {
            Some(Vuk509VoidReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk509Refund => {
            Some(Vuk509RefundReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk509EndOfDay => {
            Some(Vuk509EndOfDayReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk507Payment => {
            Some(Vuk507PaymentReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk507QueryTransactionStatus => {
            Some(
                Vuk507QueryTransactionStatusReply::error(error, lang, unix_millis)
                    .encode(),
            )
        }
        OperationId::Vuk507Void => {
            Some(Vuk507VoidReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk507Refund => {
            Some(Vuk507RefundReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk507RefundableSaleInfo => {
            Some(Vuk507RefundableSaleInfoReply::error(error, lang, unix_millis).encode())
        }
        OperationId::Vuk507PartialPaymentStart => {
            Some(
                Vuk507PartialPaymentStartReply::error(error, lang, unix_millis).encode(),
            )
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            Some(
                Vuk507PartialPaymentAddPaymentReply::error(error, lang, unix_millis)
                    .encode(),
            )
        }
        OperationId::Vuk507PartialPaymentComplete => {
            Some(
                Vuk507PartialPaymentCompleteReply::error(error, lang, unix_millis)
                    .encode(),
            )
        }
        OperationId::Vuk507EndOfDay => {
            Some(Vuk507EndOfDayReply::error(error, lang, unix_millis).encode())
        }
        _ => None,
    }
}
