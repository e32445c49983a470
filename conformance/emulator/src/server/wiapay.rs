//! WiaPay's glue: its routes, and its envelope for requests it cannot route or read.

use payspec::support::Route;
use payspec::wiapay::OperationId;

use super::{Body, Incoming};
use crate::answer::Answer;
use crate::emulator::Emulator;
use crate::state::Input;
use crate::wiapay::{PREFIXES, WiapayInput};

/// Whether a path is the API's.
pub(super) fn owns(path: &str) -> bool {
    PREFIXES.iter().any(|prefix| path.starts_with(prefix))
}

/// Serves a request on one of the API's paths.
pub(super) fn serve(emulator: &Emulator, request: &Incoming, body: Body) -> (Answer, &'static str) {
    match payspec::wiapay::routes::route(&request.method, &request.path) {
        Route::Found { operation, .. } => {
            let operation: OperationId = operation;
            let answer = match body {
                Err(limit) => {
                    Answer::json(413, serde_json::json!({"error": format!("the body is over {limit} bytes")}))
                }
                Ok(body) => {
                    let input = request.with_body(body);
                    let call = emulator.answer_call(|number, at_ms| Input::Wiapay {
                        at_ms,
                        input: WiapayInput::Call { number, operation: operation.id().to_owned(), request: input },
                    });
                    call.unwrap_or_else(|error| {
                        tracing::error!(%error, "the state file failed");
                        Answer::json(
                            503,
                            serde_json::json!({"error": "the state file failed; the call was not recorded"}),
                        )
                    })
                }
            };
            (answer, operation.id())
        }
        Route::MethodNotAllowed { .. } | Route::NotFound => {
            (Answer::json(404, serde_json::json!({"error": "not_found"})), "-")
        }
    }
}
