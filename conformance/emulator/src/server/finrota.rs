//! Finrota PWS's glue: its routes (and the simulated bank's 3D pages), and its envelope for requests it cannot
//! route or read.

use payspec::finrota_pws::{Code, Error, OperationId};
use payspec::support::{Lang, Route, WireEnum, allow_header};

use super::{Body, Incoming};
use crate::answer::Answer;
use crate::emulator::{Emulator, EmulatorError};
use crate::finrota::{BANK_PREFIX, FinrotaInput, PREFIXES};
use crate::state::Input;

/// Whether a path is the API's (or its bank's).
pub(super) fn owns(path: &str) -> bool {
    path.starts_with(BANK_PREFIX) || PREFIXES.iter().any(|prefix| path.starts_with(prefix))
}

fn envelope(emulator: &Emulator, operation: OperationId, status: u16) -> Answer {
    let millis = emulator.now_ms();
    let error = Error::from_wire(None, Code::InvalidRequestParameter.as_wire(), None);
    let now = crate::clock::Now { seconds: millis.div_euclid(1000), millis };
    let mut answer = crate::finrota::error_answer(operation, &error, Lang::Tr, now);
    answer.status = status;
    answer
}

fn recorded(result: Result<Answer, EmulatorError>) -> Answer {
    result.unwrap_or_else(|error| {
        tracing::error!(%error, "the state file failed");
        Answer::json(503, serde_json::json!({"error": "the state file failed; the call was not recorded"}))
    })
}

/// Serves a request on one of the API's paths.
pub(super) async fn serve(emulator: &Emulator, request: &mut Incoming, body: Body) -> (Answer, &'static str) {
    if request.path.starts_with(BANK_PREFIX) {
        let answer = match body {
            Err(limit) => Answer::json(413, serde_json::json!({"error": format!("the body is over {limit} bytes")})),
            Ok(body) => {
                let input = request.take_input(body);
                recorded(
                    emulator
                        .answer_call(|_, at_ms| Input::Finrota { at_ms, input: FinrotaInput::Bank { request: input } })
                        .await,
                )
            }
        };
        return (answer, "bank-page");
    }
    match payspec::finrota_pws::routes::route(&request.method, &request.path) {
        Route::Found { operation, .. } => {
            let answer = match body {
                Err(_) => envelope(emulator, operation, 400),
                Ok(body) => {
                    let input = request.take_input(body);
                    recorded(
                        emulator
                            .answer_call(|number, at_ms| Input::Finrota {
                                at_ms,
                                input: FinrotaInput::Call {
                                    number,
                                    operation: operation.id().to_owned(),
                                    request: input,
                                },
                            })
                            .await,
                    )
                }
            };
            (answer, operation.id())
        }
        Route::MethodNotAllowed { allow } => {
            let operation = payspec::finrota_pws::ROUTES
                .iter()
                .find(|r| r.path == request.path.as_str())
                .map(|r| r.operation)
                .unwrap_or(OperationId::CreatePayment);
            (envelope(emulator, operation, 405).with_header("allow", allow_header(&allow)), "-")
        }
        Route::NotFound => (envelope(emulator, OperationId::CreatePayment, 404), "-"),
    }
}
