//! The iyzico Terminal API's glue: its routes, its envelope for requests it cannot route or read, and the two-phase
//! call through the emulator.

use payspec::iyzico_terminal::{Code, Error, OperationId};
use payspec::support::{Lang, Route, WireEnum, allow_header};

use super::{Body, Incoming};
use crate::answer::Answer;
use crate::emulator::Emulator;
use crate::iyzico::{self, Now};

/// The error an operation answers a request it cannot read with.
fn unreadable(operation: OperationId, details: String) -> Error {
    match payspec::iyzico_terminal::request_invalid_code(operation) {
        Code::RequestValidationFailed => Error::RequestValidationFailed { details },
        other => Error::from_wire(None, other.as_wire(), None),
    }
}

fn iyzico_error(emulator: &Emulator, operation: OperationId, error: &Error, status: Option<u16>) -> Answer {
    let millis = emulator.now_ms();
    let now = Now { seconds: millis.div_euclid(1000), millis };
    iyzico::error_answer(operation, error, Lang::Tr, now, status)
}

/// Serves a request on one of the API's paths; `None` for a path that is not the API's.
pub(super) async fn serve(
    emulator: &std::sync::Arc<Emulator>,
    request: &mut Incoming,
    body: Body,
) -> Option<(Answer, &'static str)> {
    let (method, path, limit) = (&request.method, &request.path, emulator.config().body_limit_bytes);
    Some(match payspec::iyzico_terminal::routes::route(method, path) {
        Route::Found { operation, .. } => {
            let answer = match body {
                Err(_) => iyzico_error(
                    emulator,
                    operation,
                    &unreadable(operation, format!("the body is over {limit} bytes")),
                    None,
                ),
                Ok(body) => {
                    let input = request.take_input(body);
                    match emulator.iyzico_call(operation.id(), input).await {
                        Ok(answer) => answer,
                        Err(error) => {
                            tracing::error!(%error, "the state file failed");
                            Answer::json(
                                503,
                                serde_json::json!({"error": "the state file failed; the call was not recorded"}),
                            )
                        }
                    }
                }
            };
            (answer, operation.id())
        }
        Route::MethodNotAllowed { allow } => {
            let operation = payspec::iyzico_terminal::ROUTES
                .iter()
                .find(|r| r.path == path.as_str())
                .map(|r| r.operation)
                .unwrap_or(OperationId::Vuk509Payment);
            let error = unreadable(operation, format!("{method} is not served on {path}"));
            (iyzico_error(emulator, operation, &error, Some(405)).with_header("allow", allow_header(&allow)), "-")
        }
        Route::NotFound if iyzico::PREFIXES.iter().any(|p| path.starts_with(p)) => {
            let error = Error::RequestValidationFailed { details: format!("no operation is served on {path}") };
            (iyzico_error(emulator, OperationId::Vuk509Payment, &error, Some(404)), "-")
        }
        Route::NotFound => return None,
    })
}
