// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The decoders of the Finrota Payment Web Service (PWS)'s requests, from `spec/finrota-pws/`.
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
            Code::InvalidRequestParameter => Error::InvalidRequestParameter,
            Code::RecordNotFound => Error::RecordNotFound,
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
        OperationId::TokenConnect => Code::InvalidRequestParameter,
        OperationId::ListPaymentSets => Code::InvalidRequestParameter,
        OperationId::ListPaymentOptions => Code::InvalidRequestParameter,
        OperationId::PaymentOptionsByBin => Code::InvalidRequestParameter,
        OperationId::CreatePayment => Code::InvalidRequestParameter,
        OperationId::CommitPayment => Code::InvalidRequestParameter,
        OperationId::GetTransaction => Code::InvalidRequestParameter,
        OperationId::QueryTransaction => Code::InvalidRequestParameter,
        OperationId::CancelPayment => Code::InvalidRequestParameter,
        OperationId::RefundPayment => Code::InvalidRequestParameter,
    }
}
/// A decoded request of any operation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum DecodedRequest {
    /// `token-connect`: `POST /auth/api/token/connect`.
    TokenConnect(Decoded<NoParameters, AccessTokenRequest>),
    /// `list-payment-sets`: `GET /pws/paymentSet`.
    ListPaymentSets(Decoded<NoParameters, NoBody>),
    /// `list-payment-options`: `GET /pws/paymentOptions`.
    ListPaymentOptions(Decoded<ListPaymentOptionsParameters, NoBody>),
    /// `payment-options-by-bin`: `GET /pws/paymentOptions/{binNumber}`.
    PaymentOptionsByBin(Decoded<PaymentOptionsByBinParameters, NoBody>),
    /// `create-payment`: `POST /pws/payment`.
    CreatePayment(Decoded<NoParameters, PaymentRequest>),
    /// `commit-payment`: `POST /pws/payment/commit`.
    CommitPayment(Decoded<NoParameters, PaymentCommitRequest>),
    /// `get-transaction`: `GET /pws/payment/transaction`.
    GetTransaction(Decoded<GetTransactionParameters, NoBody>),
    /// `query-transaction`: `POST /pws/payment/transaction`.
    QueryTransaction(Decoded<NoParameters, TransactionQueryRequest>),
    /// `cancel-payment`: `POST /pws/payment/cancel`.
    CancelPayment(Decoded<NoParameters, PaymentCancelRequest>),
    /// `refund-payment`: `POST /pws/payment/refund`.
    RefundPayment(Decoded<NoParameters, PaymentRefundRequest>),
}
impl DecodedRequest {
    /// The body's JSON value, as its cross-field rules and a lifecycle's guards read it (`Null` where the
    /// operation takes no body).
    pub fn view(&self) -> &serde_json::Value {
        match self {
            DecodedRequest::TokenConnect(decoded) => &decoded.view,
            DecodedRequest::ListPaymentSets(decoded) => &decoded.view,
            DecodedRequest::ListPaymentOptions(decoded) => &decoded.view,
            DecodedRequest::PaymentOptionsByBin(decoded) => &decoded.view,
            DecodedRequest::CreatePayment(decoded) => &decoded.view,
            DecodedRequest::CommitPayment(decoded) => &decoded.view,
            DecodedRequest::GetTransaction(decoded) => &decoded.view,
            DecodedRequest::QueryTransaction(decoded) => &decoded.view,
            DecodedRequest::CancelPayment(decoded) => &decoded.view,
            DecodedRequest::RefundPayment(decoded) => &decoded.view,
        }
    }
    /// [`DecodedRequest::view`], taken out of the request.
    pub fn into_view(self) -> serde_json::Value {
        match self {
            DecodedRequest::TokenConnect(decoded) => decoded.view,
            DecodedRequest::ListPaymentSets(decoded) => decoded.view,
            DecodedRequest::ListPaymentOptions(decoded) => decoded.view,
            DecodedRequest::PaymentOptionsByBin(decoded) => decoded.view,
            DecodedRequest::CreatePayment(decoded) => decoded.view,
            DecodedRequest::CommitPayment(decoded) => decoded.view,
            DecodedRequest::GetTransaction(decoded) => decoded.view,
            DecodedRequest::QueryTransaction(decoded) => decoded.view,
            DecodedRequest::CancelPayment(decoded) => decoded.view,
            DecodedRequest::RefundPayment(decoded) => decoded.view,
        }
    }
}
/// Decodes a request of `operation` (once routed).
pub fn decode(
    operation: OperationId,
    request: &IncomingRequest<'_>,
) -> Result<DecodedRequest, DecodeError> {
    match operation {
        OperationId::TokenConnect => {
            TokenConnect::decode(request).map(DecodedRequest::TokenConnect)
        }
        OperationId::ListPaymentSets => {
            ListPaymentSets::decode(request).map(DecodedRequest::ListPaymentSets)
        }
        OperationId::ListPaymentOptions => {
            ListPaymentOptions::decode(request).map(DecodedRequest::ListPaymentOptions)
        }
        OperationId::PaymentOptionsByBin => {
            PaymentOptionsByBin::decode(request).map(DecodedRequest::PaymentOptionsByBin)
        }
        OperationId::CreatePayment => {
            CreatePayment::decode(request).map(DecodedRequest::CreatePayment)
        }
        OperationId::CommitPayment => {
            CommitPayment::decode(request).map(DecodedRequest::CommitPayment)
        }
        OperationId::GetTransaction => {
            GetTransaction::decode(request).map(DecodedRequest::GetTransaction)
        }
        OperationId::QueryTransaction => {
            QueryTransaction::decode(request).map(DecodedRequest::QueryTransaction)
        }
        OperationId::CancelPayment => {
            CancelPayment::decode(request).map(DecodedRequest::CancelPayment)
        }
        OperationId::RefundPayment => {
            RefundPayment::decode(request).map(DecodedRequest::RefundPayment)
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
        OperationId::TokenConnect => TokenConnect::decode_view(request),
        OperationId::ListPaymentSets => ListPaymentSets::decode_view(request),
        OperationId::ListPaymentOptions => ListPaymentOptions::decode_view(request),
        OperationId::PaymentOptionsByBin => PaymentOptionsByBin::decode_view(request),
        OperationId::CreatePayment => CreatePayment::decode_view(request),
        OperationId::CommitPayment => CommitPayment::decode_view(request),
        OperationId::GetTransaction => GetTransaction::decode_view(request),
        OperationId::QueryTransaction => QueryTransaction::decode_view(request),
        OperationId::CancelPayment => CancelPayment::decode_view(request),
        OperationId::RefundPayment => RefundPayment::decode_view(request),
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
impl TokenConnect {
    /// Decodes a request of `POST /auth/api/token/connect` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, AccessTokenRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::TokenConnect,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (AccessTokenRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::AccessTokenRequest,
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
            OperationId::TokenConnect,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            AccessTokenRequest,
        >(request, BodyEncoding::Json, &shapes::AccessTokenRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl ListPaymentSets {
    /// Decodes a request of `GET /pws/paymentSet` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        _request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, NoBody>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::ListPaymentSets,
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
            OperationId::ListPaymentSets,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = serde_json::Value::Null;
        Ok(view)
    }
}
impl ListPaymentOptions {
    /// Decodes a request of `GET /pws/paymentOptions` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<ListPaymentOptionsParameters, NoBody>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::ListPaymentOptions,
            problem,
            code,
        );
        let parameters: ListPaymentOptionsParameters = crate::support::decode_parameters(
                request,
                &shapes::ListPaymentOptionsParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let body = NoBody;
        let view = serde_json::Value::Null;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::ListPaymentOptions,
            problem,
            code,
        );
        let parameters: ListPaymentOptionsParameters = crate::support::decode_parameters(
                request,
                &shapes::ListPaymentOptionsParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let view = serde_json::Value::Null;
        Ok(view)
    }
}
impl PaymentOptionsByBin {
    /// Decodes a request of `GET /pws/paymentOptions/{binNumber}` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<PaymentOptionsByBinParameters, NoBody>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::PaymentOptionsByBin,
            problem,
            code,
        );
        let parameters: PaymentOptionsByBinParameters = crate::support::decode_parameters(
                request,
                &shapes::PaymentOptionsByBinParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let body = NoBody;
        let view = serde_json::Value::Null;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::PaymentOptionsByBin,
            problem,
            code,
        );
        let parameters: PaymentOptionsByBinParameters = crate::support::decode_parameters(
                request,
                &shapes::PaymentOptionsByBinParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        let view = serde_json::Value::Null;
        Ok(view)
    }
}
impl CreatePayment {
    /// Decodes a request of `POST /pws/payment` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, PaymentRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::CreatePayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (PaymentRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::PaymentRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = PaymentRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::PaymentRequest, true),
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
            OperationId::CreatePayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            PaymentRequest,
        >(request, BodyEncoding::Json, &shapes::PaymentRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = PaymentRequest::broken_rules_of(Some(&view)).first() {
            return Err(
                reject(
                    crate::support::rule_problem(rule, &shapes::PaymentRequest, true),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl CommitPayment {
    /// Decodes a request of `POST /pws/payment/commit` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, PaymentCommitRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::CommitPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (PaymentCommitRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::PaymentCommitRequest,
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
            OperationId::CommitPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            PaymentCommitRequest,
        >(request, BodyEncoding::Json, &shapes::PaymentCommitRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl GetTransaction {
    /// Decodes a request of `GET /pws/payment/transaction` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<GetTransactionParameters, NoBody>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::GetTransaction,
            problem,
            code,
        );
        let parameters: GetTransactionParameters = crate::support::decode_parameters(
                request,
                &shapes::GetTransactionParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = parameters.broken_rules().first() {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::GetTransactionParameters,
                        false,
                    ),
                    rule.error,
                ),
            );
        }
        let body = NoBody;
        let view = serde_json::Value::Null;
        Ok(Decoded { parameters, body, view })
    }
    /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
    /// body not typed (a debug build types it too, and checks it writes the view).
    #[allow(unused_variables)]
    pub fn decode_view(
        request: &IncomingRequest<'_>,
    ) -> Result<serde_json::Value, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::GetTransaction,
            problem,
            code,
        );
        let parameters: GetTransactionParameters = crate::support::decode_parameters(
                request,
                &shapes::GetTransactionParameters,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = parameters.broken_rules().first() {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::GetTransactionParameters,
                        false,
                    ),
                    rule.error,
                ),
            );
        }
        let view = serde_json::Value::Null;
        Ok(view)
    }
}
impl QueryTransaction {
    /// Decodes a request of `POST /pws/payment/transaction` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, TransactionQueryRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::QueryTransaction,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (TransactionQueryRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::TransactionQueryRequest,
            )
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = TransactionQueryRequest::broken_rules_of(Some(&view)).first()
        {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::TransactionQueryRequest,
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
            OperationId::QueryTransaction,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            TransactionQueryRequest,
        >(request, BodyEncoding::Json, &shapes::TransactionQueryRequest)
            .map_err(|problem| reject(problem, None))?;
        if let Some(rule) = TransactionQueryRequest::broken_rules_of(Some(&view)).first()
        {
            return Err(
                reject(
                    crate::support::rule_problem(
                        rule,
                        &shapes::TransactionQueryRequest,
                        true,
                    ),
                    rule.error,
                ),
            );
        }
        Ok(view)
    }
}
impl CancelPayment {
    /// Decodes a request of `POST /pws/payment/cancel` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, PaymentCancelRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::CancelPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (PaymentCancelRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::PaymentCancelRequest,
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
            OperationId::CancelPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            PaymentCancelRequest,
        >(request, BodyEncoding::Json, &shapes::PaymentCancelRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
impl RefundPayment {
    /// Decodes a request of `POST /pws/payment/refund` (once routed): its parameters and body, typed, or the error the operation answers, naming the field.
    #[allow(unused_variables)]
    pub fn decode(
        request: &IncomingRequest<'_>,
    ) -> Result<Decoded<NoParameters, PaymentRefundRequest>, DecodeError> {
        let reject = |problem: Problem, code: Option<&str>| DecodeError::new(
            OperationId::RefundPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let (body, view): (PaymentRefundRequest, serde_json::Value) = crate::support::decode_body(
                request,
                BodyEncoding::Json,
                &shapes::PaymentRefundRequest,
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
            OperationId::RefundPayment,
            problem,
            code,
        );
        let parameters = NoParameters;
        let view = crate::support::decode_body_view::<
            PaymentRefundRequest,
        >(request, BodyEncoding::Json, &shapes::PaymentRefundRequest)
            .map_err(|problem| reject(problem, None))?;
        Ok(view)
    }
}
