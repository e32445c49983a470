// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The decoders of the WiaPay API's requests, from `spec/wiapay/`.
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
            Code::ValidationError => Error::ValidationError,
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
        OperationId::GetAvailableBanks => Code::ValidationError,
        OperationId::CreateDeposit => Code::ValidationError,
        OperationId::CreateWithdrawal => Code::ValidationError,
        OperationId::DepositCallback => Code::ValidationError,
        OperationId::WithdrawalCallback => Code::ValidationError,
    }
}
/// A decoded request of any operation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum DecodedRequest {
    /// `available-banks`: `GET /v1/available-banks`.
    GetAvailableBanks(Decoded<NoParameters, NoBody>),
    /// `deposit`: `POST /v1/deposit`.
    CreateDeposit(Decoded<NoParameters, DepositRequest>),
    /// `withdraw`: `POST /v1/withdraw`.
    CreateWithdrawal(Decoded<NoParameters, WithdrawRequest>),
    /// `deposit-callback`: `POST {depositCallbackUrl}`.
    DepositCallback(Decoded<DepositCallbackParameters, CallbackPayload>),
    /// `withdrawal-callback`: `POST {withdrawalCallbackUrl}`.
    WithdrawalCallback(Decoded<WithdrawalCallbackParameters, CallbackPayload>),
}
impl DecodedRequest {
    /// The body's JSON value, as its cross-field rules and a lifecycle's guards read it (`Null` where the
    /// operation takes no body).
    pub fn view(&self) -> &serde_json::Value {
        match self {
            DecodedRequest::GetAvailableBanks(decoded) => &decoded.view,
            DecodedRequest::CreateDeposit(decoded) => &decoded.view,
            DecodedRequest::CreateWithdrawal(decoded) => &decoded.view,
            DecodedRequest::DepositCallback(decoded) => &decoded.view,
            DecodedRequest::WithdrawalCallback(decoded) => &decoded.view,
        }
    }
    /// [`DecodedRequest::view`], taken out of the request.
    pub fn into_view(self) -> serde_json::Value {
        match self {
            DecodedRequest::GetAvailableBanks(decoded) => decoded.view,
            DecodedRequest::CreateDeposit(decoded) => decoded.view,
            DecodedRequest::CreateWithdrawal(decoded) => decoded.view,
            DecodedRequest::DepositCallback(decoded) => decoded.view,
            DecodedRequest::WithdrawalCallback(decoded) => decoded.view,
        }
    }
}
/// Decodes a request of `operation` (once routed).
pub fn decode(
    operation: OperationId,
    request: &IncomingRequest<'_>,
) -> Result<DecodedRequest, DecodeError> {
    match operation {
        OperationId::GetAvailableBanks => {
            GetAvailableBanks::decode(request).map(DecodedRequest::GetAvailableBanks)
        }
        OperationId::CreateDeposit => {
            CreateDeposit::decode(request).map(DecodedRequest::CreateDeposit)
        }
        OperationId::CreateWithdrawal => {
            CreateWithdrawal::decode(request).map(DecodedRequest::CreateWithdrawal)
        }
        OperationId::DepositCallback => {
            DepositCallback::decode(request).map(DecodedRequest::DepositCallback)
        }
        OperationId::WithdrawalCallback => {
            WithdrawalCallback::decode(request).map(DecodedRequest::WithdrawalCallback)
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
        OperationId::GetAvailableBanks => GetAvailableBanks::decode_view(request),
        OperationId::CreateDeposit => CreateDeposit::decode_view(request),
        OperationId::CreateWithdrawal => CreateWithdrawal::decode_view(request),
        OperationId::DepositCallback => DepositCallback::decode_view(request),
        OperationId::WithdrawalCallback => WithdrawalCallback::decode_view(request),
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
impl GetAvailableBanks {
    /// Decodes a request of `GET /v1/available-banks` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        _request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, NoBody>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::GetAvailableBanks,
            problem,
            code,
        );
        let parameters = NoParameters;
        let body = NoBody;
        let view = serde_json::Value::Null;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        _request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::GetAvailableBanks,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = serde_json::Value::Null;
        Ok(view)
    }
}
impl CreateDeposit {
    /// Decodes a request of `POST /v1/deposit` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, DepositRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::CreateDeposit,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (DepositRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::DepositRequest,
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
            OperationId::CreateDeposit,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            DepositRequest,
        >(request, BodyEncoding::Json, &shapes::DepositRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl CreateWithdrawal {
    /// Decodes a request of `POST /v1/withdraw` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, WithdrawRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::CreateWithdrawal,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (WithdrawRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::WithdrawRequest,
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
            OperationId::CreateWithdrawal,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            WithdrawRequest,
        >(request, BodyEncoding::Json, &shapes::WithdrawRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl DepositCallback {
    /// Decodes a request of `POST {depositCallbackUrl}` (once routed): its parameters and body, typed, or the error the operation answers, naming the field. A callback is the merchant's to receive: its path parameter is the URL it was sent to.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<DepositCallbackParameters, CallbackPayload>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::DepositCallback,
            problem,
            code,
        );
        let parameters: DepositCallbackParameters = crate::support::decode_parameters(
                request,
                &shapes::DepositCallbackParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let (body, view): (CallbackPayload, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::CallbackPayload,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = CallbackPayload::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::CallbackPayload, true),
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
            OperationId::DepositCallback,
            problem,
            code,
        );
        let parameters: DepositCallbackParameters = crate::support::decode_parameters(
                request,
                &shapes::DepositCallbackParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let view = crate::support::decode_body_view::<
            CallbackPayload,
        >(request, BodyEncoding::Json, &shapes::CallbackPayload)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = CallbackPayload::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::CallbackPayload, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl WithdrawalCallback {
    /// Decodes a request of `POST {withdrawalCallbackUrl}` (once routed): its parameters and body, typed, or the error the operation answers, naming the field. A callback is the merchant's to receive: its path parameter is the URL it was sent to.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<WithdrawalCallbackParameters, CallbackPayload>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::WithdrawalCallback,
            problem,
            code,
        );
        let parameters: WithdrawalCallbackParameters = crate::support::decode_parameters(
                request,
                &shapes::WithdrawalCallbackParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let (body, view): (CallbackPayload, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::CallbackPayload,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = CallbackPayload::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::CallbackPayload, true),
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
            OperationId::WithdrawalCallback,
            problem,
            code,
        );
        let parameters: WithdrawalCallbackParameters = crate::support::decode_parameters(
                request,
                &shapes::WithdrawalCallbackParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let view = crate::support::decode_body_view::<
            CallbackPayload,
        >(request, BodyEncoding::Json, &shapes::CallbackPayload)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = CallbackPayload::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::CallbackPayload, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
