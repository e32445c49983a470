//! What the proxy reads of a request with the generated crate alone, for every API (also one the suite has no
//! model of yet): which API and operation a request routes to, whether the generated decoder accepts it, the
//! catalog's retry advice of a code, and the generated redaction of a message. The client-side checks and the
//! reports of un-modelled APIs use it; nothing here decides a rule of its own.

use serde_json::Value as Json;

use payspec::support::{IncomingRequest, OperationInfo, Retry, Route};

use crate::apis::Sent;

/// What the generated decoder says of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// No operation of the API has the path.
    NoOperation,
    /// The path is served, with other methods.
    WrongMethod {
        /// The methods it is served with (`Allow`).
        allow: String,
    },
    /// The decoder refuses it.
    Invalid {
        /// The operation.
        operation: &'static OperationInfo,
        /// What is wrong and where.
        problem: String,
    },
    /// The decoder reads it.
    Valid {
        /// The operation.
        operation: &'static OperationInfo,
    },
}

/// One API as the generated crate has it.
#[derive(Debug, Clone, Copy)]
pub struct GeneratedApi {
    /// The API's id.
    pub api: &'static str,
    /// Routes and decodes a request.
    pub read: fn(&Sent) -> Read,
    /// Whether any of its operations has this path (with some method).
    pub routes: fn(&str) -> bool,
    /// The catalog's retry advice of a code, as it travels.
    pub retry: fn(&str) -> Option<Retry>,
    /// Blanks a message's sensitive fields.
    pub redact: fn(&str, &mut Json),
    /// An operation's descriptor, by id.
    pub info: fn(&str) -> Option<&'static OperationInfo>,
}

macro_rules! generated_api {
    ($name:ident, $api:ident) => {
        mod $name {
            use super::*;
            use payspec::$api as generated;

            pub fn read(sent: &Sent) -> Read {
                let (operation, path_parameters) = match generated::route(&sent.method, &sent.path) {
                    Route::Found { operation, path_parameters } => (operation, path_parameters),
                    Route::NotFound => return Read::NoOperation,
                    Route::MethodNotAllowed { allow } => {
                        return Read::WrongMethod { allow: payspec::support::allow_header(&allow) };
                    }
                };
                let headers: Vec<(&str, &str)> = sent.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
                let incoming = IncomingRequest {
                    path_parameters: &path_parameters,
                    query: &sent.query,
                    headers: &headers,
                    body: &sent.body,
                };
                match generated::decode(operation, &incoming) {
                    Ok(_) => Read::Valid { operation: operation.info() },
                    Err(error) => Read::Invalid { operation: operation.info(), problem: error.problem.to_string() },
                }
            }

            pub fn routes(path: &str) -> bool {
                !matches!(generated::route("GET", path), Route::NotFound)
            }

            pub fn retry(code: &str) -> Option<Retry> {
                <generated::Code as payspec::WireEnum>::from_wire(code).map(|code| code.retry())
            }

            pub fn redact(message: &str, body: &mut Json) {
                generated::redact(message, body);
            }

            pub fn info(id: &str) -> Option<&'static OperationInfo> {
                generated::OperationId::ALL.iter().map(|op| op.info()).find(|info| info.id == id)
            }

            pub const API: GeneratedApi = GeneratedApi { api: generated::API_ID, read, routes, retry, redact, info };
        }
    };
}

generated_api!(iyzico, iyzico_terminal);
generated_api!(finrota, finrota_pws);
generated_api!(wiapay, wiapay);

/// Every API of the generated crate.
pub const ALL: &[GeneratedApi] = &[iyzico::API, finrota::API, wiapay::API];

/// An API by id.
pub fn by_id(api: &str) -> Option<&'static GeneratedApi> {
    ALL.iter().find(|g| g.api == api)
}
