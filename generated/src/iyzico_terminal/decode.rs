// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The decoders of the iyzico Terminal API's requests, from `spec/iyzico-terminal/`.
#[allow(unused_imports)]
use super::errors::{Code, Error};
#[allow(unused_imports)]
use super::messages::*;
#[allow(unused_imports)]
use super::operations::*;
#[allow(unused_imports)]
use super::shapes;
#[allow(unused_imports)]
use crate::support::{
    BodyEncoding, Decoded, IncomingRequest, Lang, NoBody, NoParameters, Problem,
};
use crate::support::Method;
/// A request an operation cannot read: what is wrong and where, the code the API answers it with, and the
/// status the operation answers that code with (`None` where it documents none: a callback's answer is the
/// merchant's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The operation.
    pub operation: OperationId,
    /// What is wrong, and where.
    pub problem: Problem,
    /// The code the API answers it with.
    pub code: Code,
    /// The HTTP status the operation answers it with.
    pub status: Option<u16>,
}
impl DecodeError {
    fn new(operation: OperationId, problem: Problem, code: Option<&str>) -> Self {
        let code = code
            .and_then(<Code as crate::support::WireEnum>::from_wire)
            .unwrap_or_else(|| request_invalid_code(operation));
        let mut error = DecodeError {
            operation,
            problem,
            code,
            status: None,
        };
        error.status = super::replies::error_status(operation, &error.error(Lang::En))
            .or_else(|| error.code.http_status());
        error
    }
    /// The typed error, its detail (where the code has one) what is wrong and where, in `lang`.
    #[allow(unreachable_patterns)]
    pub fn error(&self, lang: Lang) -> Error {
        match self.code {
            Code::RequestValidationFailed => {
                Error::RequestValidationFailed {
                    details: self.problem.describe(lang),
                }
            }
            Code::PaymentReferenceMissing => Error::PaymentReferenceMissing,
            Code::InvalidGrant => Error::InvalidGrant,
            other => {
                Error::Unrecognized {
                    group: Some(
                        crate::support::WireEnum::as_wire(other.group()).to_owned(),
                    ),
                    code: crate::support::WireEnum::as_wire(other).to_owned(),
                    message: Some(self.problem.describe(lang)),
                }
            }
        }
    }
    /// The error's message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.error(lang).message(lang)
    }
    /// The error as the operation answers it, encoded (status, `Content-Type`, body), its text in `lang`,
    /// written at `unix_millis`; `None` where the operation documents no error response (a callback).
    pub fn reply(
        &self,
        lang: Lang,
        unix_millis: i64,
    ) -> Option<Result<crate::support::EncodedReply, serde_json::Error>> {
        super::replies::error_reply(self.operation, &self.error(lang), lang, unix_millis)
    }
}
impl ::std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "{}: {} ({})", self.operation.id(), self.problem, crate
            ::support::WireEnum::as_wire(self.code)
        )
    }
}
impl ::std::error::Error for DecodeError {}
/// The code `operation` answers a request it cannot read with.
pub fn request_invalid_code(operation: OperationId) -> Code {
    match operation {
        OperationId::OauthAuthorize => Code::RequestValidationFailed,
        OperationId::OauthToken => Code::InvalidGrant,
        OperationId::OauthTokenRefresh => Code::InvalidGrant,
        OperationId::Vuk509Payment => Code::RequestValidationFailed,
        OperationId::Vuk509QueryTransactionStatus => Code::RequestValidationFailed,
        OperationId::Vuk509Void => Code::RequestValidationFailed,
        OperationId::Vuk509Refund => Code::RequestValidationFailed,
        OperationId::Vuk509EndOfDay => Code::RequestValidationFailed,
        OperationId::Vuk507Payment => Code::RequestValidationFailed,
        OperationId::Vuk507QueryTransactionStatus => Code::RequestValidationFailed,
        OperationId::Vuk507Void => Code::RequestValidationFailed,
        OperationId::Vuk507Refund => Code::RequestValidationFailed,
        OperationId::Vuk507RefundableSaleInfo => Code::RequestValidationFailed,
        OperationId::Vuk507PartialPaymentStart => Code::RequestValidationFailed,
        OperationId::Vuk507PartialPaymentAddPayment => Code::RequestValidationFailed,
        OperationId::Vuk507PartialPaymentComplete => Code::RequestValidationFailed,
        OperationId::Vuk507EndOfDay => Code::RequestValidationFailed,
    }
}
/// A decoded request of any operation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum DecodedRequest {
    /// `oauth-authorize`: `POST /in-store/oauth2/authorize`.
    OauthAuthorize(Decoded<NoParameters, OauthAuthorizeRequest>),
    /// `oauth-token`: `POST /in-store/oauth2/token`.
    OauthToken(Decoded<NoParameters, OauthTokenRequest>),
    /// `oauth-token-refresh`: `POST /in-store/oauth2/token/refresh`.
    OauthTokenRefresh(Decoded<NoParameters, OauthTokenRefreshRequest>),
    /// `vuk509-payment`: `POST /v2/terminal-host/payment`.
    Vuk509Payment(Decoded<NoParameters, Vuk509SaleRequest>),
    /// `vuk509-query-transaction-status`: `POST /v2/terminal-host/payment/query-transaction-status`.
    Vuk509QueryTransactionStatus(Decoded<NoParameters, Vuk509QueryRequest>),
    /// `vuk509-void`: `POST /v2/terminal-host/payment/void`.
    Vuk509Void(Decoded<NoParameters, Vuk509VoidRequest>),
    /// `vuk509-refund`: `POST /v2/terminal-host/payment/refund`.
    Vuk509Refund(Decoded<NoParameters, Vuk509RefundRequest>),
    /// `vuk509-end-of-day`: `POST /v2/terminal-host/eod`.
    Vuk509EndOfDay(Decoded<NoParameters, Vuk509EndOfDayRequest>),
    /// `vuk507-payment`: `POST /v2/terminal-host/gmu/payment`.
    Vuk507Payment(Decoded<NoParameters, Vuk507SaleRequest>),
    /// `vuk507-query-transaction-status`: `POST /v2/terminal-host/gmu/payment/query-transaction-status`.
    Vuk507QueryTransactionStatus(Decoded<NoParameters, Vuk507QueryRequest>),
    /// `vuk507-void`: `POST /v2/terminal-host/gmu/payment/void`.
    Vuk507Void(Decoded<NoParameters, Vuk507VoidRequest>),
    /// `vuk507-refund`: `POST /v2/terminal-host/gmu/payment/refund`.
    Vuk507Refund(Decoded<NoParameters, Vuk507RefundRequest>),
    /// `vuk507-refundable-sale-info`: `POST /v2/terminal-host/gmu/payment/refundable-sale-info`.
    Vuk507RefundableSaleInfo(Decoded<NoParameters, Vuk507RefundableSaleInfoRequest>),
    /// `vuk507-partial-payment-start`: `POST /v2/terminal-host/gmu/partial-payment/start`.
    Vuk507PartialPaymentStart(Decoded<NoParameters, Vuk507SaleRequest>),
    /// `vuk507-partial-payment-add-payment`: `POST /v2/terminal-host/gmu/partial-payment/add-payment`.
    Vuk507PartialPaymentAddPayment(
        Decoded<NoParameters, Vuk507PartialPaymentAddRequest>,
    ),
    /// `vuk507-partial-payment-complete`: `POST /v2/terminal-host/gmu/partial-payment/complete`.
    Vuk507PartialPaymentComplete(
        Decoded<NoParameters, Vuk507PartialPaymentCompleteRequest>,
    ),
    /// `vuk507-end-of-day`: `POST /v2/terminal-host/gmu/eod`.
    Vuk507EndOfDay(Decoded<NoParameters, Vuk507EndOfDayRequest>),
}
impl DecodedRequest {
    /// The body's JSON value, as its cross-field rules and a lifecycle's guards read it (`Null` where the
    /// operation takes no body).
    pub fn view(&self) -> &serde_json::Value {
        match self {
            DecodedRequest::OauthAuthorize(decoded) => &decoded.view,
            DecodedRequest::OauthToken(decoded) => &decoded.view,
            DecodedRequest::OauthTokenRefresh(decoded) => &decoded.view,
            DecodedRequest::Vuk509Payment(decoded) => &decoded.view,
            DecodedRequest::Vuk509QueryTransactionStatus(decoded) => &decoded.view,
            DecodedRequest::Vuk509Void(decoded) => &decoded.view,
            DecodedRequest::Vuk509Refund(decoded) => &decoded.view,
            DecodedRequest::Vuk509EndOfDay(decoded) => &decoded.view,
            DecodedRequest::Vuk507Payment(decoded) => &decoded.view,
            DecodedRequest::Vuk507QueryTransactionStatus(decoded) => &decoded.view,
            DecodedRequest::Vuk507Void(decoded) => &decoded.view,
            DecodedRequest::Vuk507Refund(decoded) => &decoded.view,
            DecodedRequest::Vuk507RefundableSaleInfo(decoded) => &decoded.view,
            DecodedRequest::Vuk507PartialPaymentStart(decoded) => &decoded.view,
            DecodedRequest::Vuk507PartialPaymentAddPayment(decoded) => &decoded.view,
            DecodedRequest::Vuk507PartialPaymentComplete(decoded) => &decoded.view,
            DecodedRequest::Vuk507EndOfDay(decoded) => &decoded.view,
        }
    }
    /// [`DecodedRequest::view`], taken out of the request.
    pub fn into_view(self) -> serde_json::Value {
        match self {
            DecodedRequest::OauthAuthorize(decoded) => decoded.view,
            DecodedRequest::OauthToken(decoded) => decoded.view,
            DecodedRequest::OauthTokenRefresh(decoded) => decoded.view,
            DecodedRequest::Vuk509Payment(decoded) => decoded.view,
            DecodedRequest::Vuk509QueryTransactionStatus(decoded) => decoded.view,
            DecodedRequest::Vuk509Void(decoded) => decoded.view,
            DecodedRequest::Vuk509Refund(decoded) => decoded.view,
            DecodedRequest::Vuk509EndOfDay(decoded) => decoded.view,
            DecodedRequest::Vuk507Payment(decoded) => decoded.view,
            DecodedRequest::Vuk507QueryTransactionStatus(decoded) => decoded.view,
            DecodedRequest::Vuk507Void(decoded) => decoded.view,
            DecodedRequest::Vuk507Refund(decoded) => decoded.view,
            DecodedRequest::Vuk507RefundableSaleInfo(decoded) => decoded.view,
            DecodedRequest::Vuk507PartialPaymentStart(decoded) => decoded.view,
            DecodedRequest::Vuk507PartialPaymentAddPayment(decoded) => decoded.view,
            DecodedRequest::Vuk507PartialPaymentComplete(decoded) => decoded.view,
            DecodedRequest::Vuk507EndOfDay(decoded) => decoded.view,
        }
    }
}
/// Decodes a request of `operation` (once routed).
pub fn decode(
    operation: OperationId,
    request: &IncomingRequest<'_>,
) -> Result<DecodedRequest, DecodeError> {
    match operation {
        OperationId::OauthAuthorize => {
            OauthAuthorize::decode(request).map(DecodedRequest::OauthAuthorize)
        }
        OperationId::OauthToken => {
            OauthToken::decode(request).map(DecodedRequest::OauthToken)
        }
        OperationId::OauthTokenRefresh => {
            OauthTokenRefresh::decode(request).map(DecodedRequest::OauthTokenRefresh)
        }
        OperationId::Vuk509Payment => {
            Vuk509Payment::decode(request).map(DecodedRequest::Vuk509Payment)
        }
        OperationId::Vuk509QueryTransactionStatus => {
            Vuk509QueryTransactionStatus::decode(request)
                .map(DecodedRequest::Vuk509QueryTransactionStatus)
        }
        OperationId::Vuk509Void => {
            Vuk509Void::decode(request).map(DecodedRequest::Vuk509Void)
        }
        OperationId::Vuk509Refund => {
            Vuk509Refund::decode(request).map(DecodedRequest::Vuk509Refund)
        }
        OperationId::Vuk509EndOfDay => {
            Vuk509EndOfDay::decode(request).map(DecodedRequest::Vuk509EndOfDay)
        }
        OperationId::Vuk507Payment => {
            Vuk507Payment::decode(request).map(DecodedRequest::Vuk507Payment)
        }
        OperationId::Vuk507QueryTransactionStatus => {
            Vuk507QueryTransactionStatus::decode(request)
                .map(DecodedRequest::Vuk507QueryTransactionStatus)
        }
        OperationId::Vuk507Void => {
            Vuk507Void::decode(request).map(DecodedRequest::Vuk507Void)
        }
        OperationId::Vuk507Refund => {
            Vuk507Refund::decode(request).map(DecodedRequest::Vuk507Refund)
        }
        OperationId::Vuk507RefundableSaleInfo => {
            Vuk507RefundableSaleInfo::decode(request)
                .map(DecodedRequest::Vuk507RefundableSaleInfo)
        }
        OperationId::Vuk507PartialPaymentStart => {
            Vuk507PartialPaymentStart::decode(request)
                .map(DecodedRequest::Vuk507PartialPaymentStart)
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            Vuk507PartialPaymentAddPayment::decode(request)
                .map(DecodedRequest::Vuk507PartialPaymentAddPayment)
        }
        OperationId::Vuk507PartialPaymentComplete => {
            Vuk507PartialPaymentComplete::decode(request)
                .map(DecodedRequest::Vuk507PartialPaymentComplete)
        }
        OperationId::Vuk507EndOfDay => {
            Vuk507EndOfDay::decode(request).map(DecodedRequest::Vuk507EndOfDay)
        }
    }
}
/// Decodes a request of `operation` (once routed) to its view only ([`DecodedRequest::view`]): what
/// [`decode`] accepts and refuses, without typing the body.
pub fn decode_view(
    operation: OperationId,
    request: &IncomingRequest<'_>,
) -> Result<serde_json::Value, DecodeError> {
    match operation {
        OperationId::OauthAuthorize => OauthAuthorize::decode_view(request),
        OperationId::OauthToken => OauthToken::decode_view(request),
        OperationId::OauthTokenRefresh => OauthTokenRefresh::decode_view(request),
        OperationId::Vuk509Payment => Vuk509Payment::decode_view(request),
        OperationId::Vuk509QueryTransactionStatus => {
            Vuk509QueryTransactionStatus::decode_view(request)
        }
        OperationId::Vuk509Void => Vuk509Void::decode_view(request),
        OperationId::Vuk509Refund => Vuk509Refund::decode_view(request),
        OperationId::Vuk509EndOfDay => Vuk509EndOfDay::decode_view(request),
        OperationId::Vuk507Payment => Vuk507Payment::decode_view(request),
        OperationId::Vuk507QueryTransactionStatus => {
            Vuk507QueryTransactionStatus::decode_view(request)
        }
        OperationId::Vuk507Void => Vuk507Void::decode_view(request),
        OperationId::Vuk507Refund => Vuk507Refund::decode_view(request),
        OperationId::Vuk507RefundableSaleInfo => {
            Vuk507RefundableSaleInfo::decode_view(request)
        }
        OperationId::Vuk507PartialPaymentStart => {
            Vuk507PartialPaymentStart::decode_view(request)
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            Vuk507PartialPaymentAddPayment::decode_view(request)
        }
        OperationId::Vuk507PartialPaymentComplete => {
            Vuk507PartialPaymentComplete::decode_view(request)
        }
        OperationId::Vuk507EndOfDay => Vuk507EndOfDay::decode_view(request),
    }
}
/// Why a request was not received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No operation has the path (HTTP 404).
    NotFound,
    /// The path is served with other methods (HTTP 405 with `Allow`).
    MethodNotAllowed {
        /// The methods the path is served with.
        allow: Vec<Method>,
    },
    /// The operation cannot read the request.
    Invalid(DecodeError),
}
/// Routes a request (method, path with its query string, headers, body) and decodes it.
pub fn receive(
    method: &str,
    path_and_query: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<DecodedRequest, Refusal> {
    let without_fragment = path_and_query.split('#').next().unwrap_or_default();
    let (path, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    match super::routes::route(method, path) {
        crate::support::Route::NotFound => Err(Refusal::NotFound),
        crate::support::Route::MethodNotAllowed { allow } => {
            Err(Refusal::MethodNotAllowed { allow })
        }
        crate::support::Route::Found { operation, path_parameters } => {
            let request = IncomingRequest {
                path_parameters: &path_parameters,
                query,
                headers,
                body,
            };
            decode(operation, &request).map_err(Refusal::Invalid)
        }
    }
}
impl OauthAuthorize {
    /// Decodes a request of `POST /in-store/oauth2/authorize` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, OauthAuthorizeRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::OauthAuthorize,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (OauthAuthorizeRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Form,
                &shapes::OauthAuthorizeRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::OauthAuthorize,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            OauthAuthorizeRequest,
        >(request, BodyEncoding::Form, &shapes::OauthAuthorizeRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl OauthToken {
    /// Decodes a request of `POST /in-store/oauth2/token` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, OauthTokenRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::OauthToken,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (OauthTokenRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Form,
                &shapes::OauthTokenRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = OauthTokenRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::OauthTokenRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::OauthToken,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            OauthTokenRequest,
        >(request, BodyEncoding::Form, &shapes::OauthTokenRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = OauthTokenRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::OauthTokenRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl OauthTokenRefresh {
    /// Decodes a request of `POST /in-store/oauth2/token/refresh` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, OauthTokenRefreshRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::OauthTokenRefresh,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (OauthTokenRefreshRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Form,
                &shapes::OauthTokenRefreshRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::OauthTokenRefresh,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            OauthTokenRefreshRequest,
        >(request, BodyEncoding::Form, &shapes::OauthTokenRefreshRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk509Payment {
    /// Decodes a request of `POST /v2/terminal-host/payment` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk509SaleRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509Payment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk509SaleRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk509SaleRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk509SaleRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::Vuk509SaleRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509Payment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk509SaleRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk509SaleRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk509SaleRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::Vuk509SaleRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl Vuk509QueryTransactionStatus {
    /// Decodes a request of `POST /v2/terminal-host/payment/query-transaction-status` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk509QueryRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509QueryTransactionStatus,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk509QueryRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk509QueryRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk509QueryRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::Vuk509QueryRequest,
                        true,
                    ),
                    rule.error,
                ),
            );
        }
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509QueryTransactionStatus,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk509QueryRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk509QueryRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk509QueryRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::Vuk509QueryRequest,
                        true,
                    ),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl Vuk509Void {
    /// Decodes a request of `POST /v2/terminal-host/payment/void` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk509VoidRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509Void,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk509VoidRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk509VoidRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509Void,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk509VoidRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk509VoidRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk509Refund {
    /// Decodes a request of `POST /v2/terminal-host/payment/refund` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk509RefundRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509Refund,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk509RefundRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk509RefundRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509Refund,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk509RefundRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk509RefundRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk509EndOfDay {
    /// Decodes a request of `POST /v2/terminal-host/eod` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk509EndOfDayRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509EndOfDay,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk509EndOfDayRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk509EndOfDayRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk509EndOfDay,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk509EndOfDayRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk509EndOfDayRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk507Payment {
    /// Decodes a request of `POST /v2/terminal-host/gmu/payment` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507SaleRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507Payment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507SaleRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507SaleRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk507SaleRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::Vuk507SaleRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507Payment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507SaleRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507SaleRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk507SaleRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::Vuk507SaleRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl Vuk507QueryTransactionStatus {
    /// Decodes a request of `POST /v2/terminal-host/gmu/payment/query-transaction-status` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507QueryRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507QueryTransactionStatus,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507QueryRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507QueryRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk507QueryRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::Vuk507QueryRequest,
                        true,
                    ),
                    rule.error,
                ),
            );
        }
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507QueryTransactionStatus,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507QueryRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507QueryRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk507QueryRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::Vuk507QueryRequest,
                        true,
                    ),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl Vuk507Void {
    /// Decodes a request of `POST /v2/terminal-host/gmu/payment/void` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507VoidRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507Void,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507VoidRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507VoidRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507Void,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507VoidRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507VoidRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk507Refund {
    /// Decodes a request of `POST /v2/terminal-host/gmu/payment/refund` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507RefundRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507Refund,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507RefundRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507RefundRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507Refund,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507RefundRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507RefundRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk507RefundableSaleInfo {
    /// Decodes a request of `POST /v2/terminal-host/gmu/payment/refundable-sale-info` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507RefundableSaleInfoRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507RefundableSaleInfo,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507RefundableSaleInfoRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507RefundableSaleInfoRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507RefundableSaleInfo,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507RefundableSaleInfoRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507RefundableSaleInfoRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk507PartialPaymentStart {
    /// Decodes a request of `POST /v2/terminal-host/gmu/partial-payment/start` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507SaleRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507PartialPaymentStart,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507SaleRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507SaleRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk507SaleRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::Vuk507SaleRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507PartialPaymentStart,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507SaleRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507SaleRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = Vuk507SaleRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::Vuk507SaleRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl Vuk507PartialPaymentAddPayment {
    /// Decodes a request of `POST /v2/terminal-host/gmu/partial-payment/add-payment` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507PartialPaymentAddRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507PartialPaymentAddPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507PartialPaymentAddRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507PartialPaymentAddRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507PartialPaymentAddPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507PartialPaymentAddRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507PartialPaymentAddRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk507PartialPaymentComplete {
    /// Decodes a request of `POST /v2/terminal-host/gmu/partial-payment/complete` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<
        Decoded<NoParameters, Vuk507PartialPaymentCompleteRequest>,
        DecodeError,
    > {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507PartialPaymentComplete,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507PartialPaymentCompleteRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507PartialPaymentCompleteRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507PartialPaymentComplete,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507PartialPaymentCompleteRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507PartialPaymentCompleteRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl Vuk507EndOfDay {
    /// Decodes a request of `POST /v2/terminal-host/gmu/eod` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, Vuk507EndOfDayRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507EndOfDay,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (Vuk507EndOfDayRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::Vuk507EndOfDayRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::Vuk507EndOfDay,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            Vuk507EndOfDayRequest,
        >(request, BodyEncoding::Json, &shapes::Vuk507EndOfDayRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
