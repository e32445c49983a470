// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The replies of the WiaPay API's operations, from `spec/wiapay/`.
#[allow(unused_imports)]
use super::errors::{Code, Error, Group};
#[allow(unused_imports)]
use super::messages::*;
use super::operations::OperationId;
use crate::support::{EncodedReply, Lang, ReplyDecodeError};
/// The replies of [`super::operations::GetAvailableBanks`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum GetAvailableBanksReply {
    /// 200: The banks available for deposits with their limits, plus the FAST option if available.
    Status200(AvailableBanksResponse),
    /// 401: Invalid or missing authentication: the seven authentication codes (missing or invalid API key, signature or timestamp, or a timestamp more than 5 minutes off).
    Status401(ErrorEnvelope),
    /// 403: Access denied (IP not whitelisted, etc.): SITE_INACTIVE (the account is suspended or inactive) or IP_NOT_WHITELISTED (the request did not come from a whitelisted server IP; discrepancy ip-whitelist-scope).
    Status403(ErrorEnvelope),
    /// 429: Rate limit exceeded: no code of its own. The vendor's error page lists 429 in its status table only, so error.code is not in the catalog and is read as an unrecognized code.
    Status429(ErrorEnvelope),
    /// 500: Server error (contact support): INTERNAL_SERVER_ERROR or SERVICE_UNAVAILABLE, which the vendor's error page lists under 500 (discrepancy service-unavailable-status); retry with exponential backoff.
    Status500(ErrorEnvelope),
}
impl GetAvailableBanksReply {
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
            Some(Code::MissingApiKey) => 401,
            Some(Code::InvalidApiKey) => 401,
            Some(Code::MissingSignature) => 401,
            Some(Code::InvalidSignature) => 401,
            Some(Code::MissingTimestamp) => 401,
            Some(Code::InvalidTimestamp) => 401,
            Some(Code::TimestampExpired) => 401,
            Some(Code::SiteInactive) => 403,
            Some(Code::IpNotWhitelisted) => 403,
            Some(Code::InternalServerError) => 500,
            Some(Code::ServiceUnavailable) => 500,
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
/// The replies of [`super::operations::CreateDeposit`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateDepositReply {
    /// 200: The vendor's status table lists 200 OK and 201 Created but does not say which a created transaction answers; both are listed with the same body, and a client treats either as success.
    Status200(DepositResponse),
    /// 201: The vendor's status table lists 200 OK and 201 Created but does not say which a created transaction answers; both are listed with the same body, and a client treats either as success.
    Status201(DepositResponse),
    /// 400: Invalid request parameters or body: VALIDATION_ERROR, INVALID_AMOUNT, AMOUNT_OUT_OF_RANGE, INVALID_BANK or INVALID_CURRENCY.
    Status400(ErrorEnvelope),
    /// 401: Invalid or missing authentication: the seven authentication codes (missing or invalid API key, signature or timestamp, or a timestamp more than 5 minutes off).
    Status401(ErrorEnvelope),
    /// 403: Access denied (IP not whitelisted, etc.): SITE_INACTIVE (the account is suspended or inactive) or IP_NOT_WHITELISTED (the request did not come from a whitelisted server IP; discrepancy ip-whitelist-scope).
    Status403(ErrorEnvelope),
    /// 404: Resource not found: BANK_NOT_FOUND (the bankCode names no available bank); the same condition may come as INVALID_BANK with 400 (discrepancy bank-not-found-status).
    Status404(ErrorEnvelope),
    /// 409: Duplicate resource (e.g., transaction ID): DUPLICATE_TRANSACTION (the processId was used before).
    Status409(ErrorEnvelope),
    /// 429: Rate limit exceeded: no code of its own. The vendor's error page lists 429 in its status table only, so error.code is not in the catalog and is read as an unrecognized code.
    Status429(ErrorEnvelope),
    /// 500: Server error (contact support): INTERNAL_SERVER_ERROR or SERVICE_UNAVAILABLE, which the vendor's error page lists under 500 (discrepancy service-unavailable-status); retry with exponential backoff.
    Status500(ErrorEnvelope),
}
impl CreateDepositReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 201, 400, 401, 403, 404, 409, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status201(_) => 201,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status409(_) => 409,
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
            Self::Status201(message) => {
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
            201 => {
                serde_json::from_slice(body)
                    .map(Self::Status201)
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401, 403, 404, 409, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::MissingApiKey) => 401,
            Some(Code::InvalidApiKey) => 401,
            Some(Code::MissingSignature) => 401,
            Some(Code::InvalidSignature) => 401,
            Some(Code::MissingTimestamp) => 401,
            Some(Code::InvalidTimestamp) => 401,
            Some(Code::TimestampExpired) => 401,
            Some(Code::SiteInactive) => 403,
            Some(Code::IpNotWhitelisted) => 403,
            Some(Code::ValidationError) => 400,
            Some(Code::InvalidAmount) => 400,
            Some(Code::AmountOutOfRange) => 400,
            Some(Code::InvalidBank) => 400,
            Some(Code::InvalidCurrency) => 400,
            Some(Code::BankNotFound) => 404,
            Some(Code::DuplicateTransaction) => 409,
            Some(Code::InternalServerError) => 500,
            Some(Code::ServiceUnavailable) => 500,
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
            409 => {
                Self::Status409(ErrorEnvelope::from_error(error, lang, 409, unix_millis))
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
/// The replies of [`super::operations::CreateWithdrawal`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateWithdrawalReply {
    /// 200: The vendor's status table lists 200 OK and 201 Created but does not say which a created transaction answers; both are listed with the same body, and a client treats either as success.
    Status200(WithdrawResponse),
    /// 201: The vendor's status table lists 200 OK and 201 Created but does not say which a created transaction answers; both are listed with the same body, and a client treats either as success.
    Status201(WithdrawResponse),
    /// 400: Invalid request parameters or body: VALIDATION_ERROR, INVALID_AMOUNT, AMOUNT_OUT_OF_RANGE, INVALID_BANK, INVALID_IBAN or INVALID_CURRENCY.
    Status400(ErrorEnvelope),
    /// 401: Invalid or missing authentication: the seven authentication codes (missing or invalid API key, signature or timestamp, or a timestamp more than 5 minutes off).
    Status401(ErrorEnvelope),
    /// 403: Access denied (IP not whitelisted, etc.): SITE_INACTIVE, IP_NOT_WHITELISTED (the request did not come from a whitelisted server IP) or INSUFFICIENT_BALANCE (not enough balance for the withdrawal, which the vendor lists under 403; discrepancy insufficient-balance-status).
    Status403(ErrorEnvelope),
    /// 404: Resource not found: BANK_NOT_FOUND (the bankId names no available bank); the same condition may come as INVALID_BANK with 400 (discrepancy bank-not-found-status).
    Status404(ErrorEnvelope),
    /// 409: Duplicate resource (e.g., transaction ID): DUPLICATE_TRANSACTION (the processId was used before).
    Status409(ErrorEnvelope),
    /// 429: Rate limit exceeded: no code of its own. The vendor's error page lists 429 in its status table only, so error.code is not in the catalog and is read as an unrecognized code.
    Status429(ErrorEnvelope),
    /// 500: Server error (contact support): INTERNAL_SERVER_ERROR or SERVICE_UNAVAILABLE, which the vendor's error page lists under 500 (discrepancy service-unavailable-status); retry with exponential backoff.
    Status500(ErrorEnvelope),
}
impl CreateWithdrawalReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 201, 400, 401, 403, 404, 409, 429, 500];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200(_) => 200,
            Self::Status201(_) => 201,
            Self::Status400(_) => 400,
            Self::Status401(_) => 401,
            Self::Status403(_) => 403,
            Self::Status404(_) => 404,
            Self::Status409(_) => 409,
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
            Self::Status201(message) => {
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
            201 => {
                serde_json::from_slice(body)
                    .map(Self::Status201)
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
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
    /// The statuses of its error responses (whose messages carry an error).
    pub const ERROR_STATUSES: &'static [u16] = &[400, 401, 403, 404, 409, 429, 500];
    /// The status it answers `error` with: the one the spec gives each code and pass-through group it
    /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
    /// operation's default error status.
    #[allow(clippy::match_single_binding, unreachable_patterns)]
    pub fn error_status(error: &Error) -> u16 {
        match error.code() {
            Some(Code::MissingApiKey) => 401,
            Some(Code::InvalidApiKey) => 401,
            Some(Code::MissingSignature) => 401,
            Some(Code::InvalidSignature) => 401,
            Some(Code::MissingTimestamp) => 401,
            Some(Code::InvalidTimestamp) => 401,
            Some(Code::TimestampExpired) => 401,
            Some(Code::SiteInactive) => 403,
            Some(Code::IpNotWhitelisted) => 403,
            Some(Code::InsufficientBalance) => 403,
            Some(Code::ValidationError) => 400,
            Some(Code::InvalidAmount) => 400,
            Some(Code::AmountOutOfRange) => 400,
            Some(Code::InvalidBank) => 400,
            Some(Code::InvalidIban) => 400,
            Some(Code::InvalidCurrency) => 400,
            Some(Code::BankNotFound) => 404,
            Some(Code::DuplicateTransaction) => 409,
            Some(Code::InternalServerError) => 500,
            Some(Code::ServiceUnavailable) => 500,
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
            409 => {
                Self::Status409(ErrorEnvelope::from_error(error, lang, 409, unix_millis))
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
/// The replies of [`super::operations::DepositCallback`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum DepositCallbackReply {
    /// 200: The merchant acknowledges receipt with any 2xx status within 30 seconds; 200 stands for the whole 2xx range. Any other status or no answer in time counts as not delivered; the vendor documents neither a retry policy nor a response body.
    Status200,
    /// 401: The merchant's answer to a callback whose X-Signature does not verify with the callback recipe or whose X-Timestamp is more than 5 minutes off: 401 with no body, and the payload is not acted on. Like any answer other than 2xx, WiaPay counts it as not delivered.
    Status401,
}
impl DepositCallbackReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200 => 200,
            Self::Status401 => 401,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200 => (None, String::new()),
            Self::Status401 => (None, String::new()),
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, _body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => Ok(Self::Status200),
            401 => Ok(Self::Status401),
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
}
/// The replies of [`super::operations::WithdrawalCallback`], one per documented status.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum WithdrawalCallbackReply {
    /// 200: The merchant acknowledges receipt with any 2xx status within 30 seconds; 200 stands for the whole 2xx range. Any other status or no answer in time counts as not delivered; the vendor documents neither a retry policy nor a response body.
    Status200,
    /// 401: The merchant's answer to a callback whose X-Signature does not verify with the callback recipe or whose X-Timestamp is more than 5 minutes off: 401 with no body, and the payload is not acted on. Like any answer other than 2xx, WiaPay counts it as not delivered.
    Status401,
}
impl WithdrawalCallbackReply {
    /// Every status it documents.
    pub const STATUSES: &'static [u16] = &[200, 401];
    /// The reply's HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status200 => 200,
            Self::Status401 => 401,
        }
    }
    /// The reply as it is sent: status, `Content-Type` and the exact body.
    pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
        let (content_type, body) = match self {
            Self::Status200 => (None, String::new()),
            Self::Status401 => (None, String::new()),
        };
        Ok(EncodedReply {
            status: self.status(),
            content_type,
            body,
        })
    }
    /// Reads a reply from its status and body; a status the operation does not document is refused.
    pub fn decode(status: u16, _body: &[u8]) -> Result<Self, ReplyDecodeError> {
        match status {
            200 => Ok(Self::Status200),
            401 => Ok(Self::Status401),
            other => Err(ReplyDecodeError::UndocumentedStatus(other)),
        }
    }
}
/// The status `operation` answers `error` with; `None` for an operation that documents no error response
/// (a callback, whose answer is the merchant's).
#[allow(unreachable_patterns)]
pub fn error_status(operation: OperationId, error: &Error) -> Option<u16> {
    match operation {
        OperationId::GetAvailableBanks => {
            Some(GetAvailableBanksReply::error_status(error))
        }
        OperationId::CreateDeposit => Some(CreateDepositReply::error_status(error)),
        OperationId::CreateWithdrawal => Some(CreateWithdrawalReply::error_status(error)),
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
        OperationId::GetAvailableBanks => {
            Some(GetAvailableBanksReply::error(error, lang, unix_millis).encode())
        }
        OperationId::CreateDeposit => {
            Some(CreateDepositReply::error(error, lang, unix_millis).encode())
        }
        OperationId::CreateWithdrawal => {
            Some(CreateWithdrawalReply::error(error, lang, unix_millis).encode())
        }
        _ => None,
    }
}
