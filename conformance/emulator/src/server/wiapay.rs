//! WiaPay's glue: its routes, its envelope for requests it cannot route or read, the checkout pages and the
//! emulator's own callback receiver.

use payspec::support::{Route, allow_header};
use payspec::wiapay::{Error, OperationId};

use super::{Body, Incoming};
use crate::answer::Answer;
use crate::emulator::Emulator;
use crate::state::Input;
use crate::wiapay::{Action, CHECKOUT_PREFIX, PREFIXES, WiapayInput, receiver};

/// Whether a path is the API's (its operations, its checkout pages, the callback receiver).
pub(super) fn owns(path: &str) -> bool {
    PREFIXES.iter().any(|prefix| path.starts_with(prefix))
        || path.starts_with(CHECKOUT_PREFIX)
        || path == receiver::PATH
}

fn failed(error: &crate::emulator::EmulatorError) -> Answer {
    tracing::error!(%error, "the state file failed");
    Answer::json(503, serde_json::json!({"error": "the state file failed; the call was not recorded"}))
}

fn wiapay_error(emulator: &Emulator, operation: OperationId, error: &Error, status: Option<u16>) -> Answer {
    crate::wiapay::error_answer(operation, error, emulator.now_ms(), status)
}

/// Serves a request on one of the API's paths.
pub(super) async fn serve(emulator: &Emulator, request: &mut Incoming, body: Body) -> (Answer, &'static str) {
    if request.path == receiver::PATH {
        let input = request.take_input(body.unwrap_or_default());
        let now = emulator.now_ms().div_euclid(1000);
        return (receiver::receive(&emulator.config().wiapay, &input, now), "wiapay-receiver");
    }
    if let Some(id) = request.path.strip_prefix(CHECKOUT_PREFIX) {
        return (checkout(emulator, &*request, id, body).await, "wiapay-checkout");
    }
    let limit = emulator.config().body_limit_bytes;
    match payspec::wiapay::routes::route(&request.method, &request.path) {
        Route::Found { operation, .. } => {
            let answer = match body {
                Err(_) => {
                    let detail = format!("the body is over {limit} bytes");
                    tracing::debug!(%detail, "refused");
                    wiapay_error(emulator, operation, &Error::ValidationError, None)
                }
                Ok(body) => {
                    let input = request.take_input(body);
                    emulator
                        .answer_call(|number, at_ms| Input::Wiapay {
                            at_ms,
                            input: WiapayInput::Call { number, operation: operation.id().to_owned(), request: input },
                        })
                        .await
                        .unwrap_or_else(|error| failed(&error))
                }
            };
            (answer, operation.id())
        }
        Route::MethodNotAllowed { allow } => {
            let operation = payspec::wiapay::ROUTES
                .iter()
                .find(|r| r.path == request.path.as_str())
                .map_or(OperationId::CreateDeposit, |r| r.operation);
            let answer = wiapay_error(emulator, operation, &Error::ValidationError, Some(405));
            (answer.with_header("allow", allow_header(&allow)), "-")
        }
        Route::NotFound => {
            (wiapay_error(emulator, OperationId::CreateDeposit, &Error::ValidationError, Some(404)), "-")
        }
    }
}

/// A checkout page: `GET` shows it, `POST` (`action=confirm|cancel`) acts on it.
async fn checkout(emulator: &Emulator, request: &Incoming, id: &str, body: Body) -> Answer {
    if let Err(error) = crate::controls::wiapay_tick_if_due(emulator).await {
        return failed(&error);
    }
    match request.method.as_str() {
        "GET" | "HEAD" => emulator.read(|s| crate::wiapay::checkout::page(&s.wiapay, emulator.config(), id, "")).await,
        "POST" => {
            let body = body.unwrap_or_default();
            let form = payspec::support::form_pairs(&String::from_utf8_lossy(&body)).unwrap_or_default();
            let action = form.iter().find(|(k, _)| k == "action").and_then(|(_, v)| Action::from_form(v));
            let Some(action) = action else {
                let message = "Choose Confirm or Cancel (the form sends action=confirm or action=cancel).";
                let mut page =
                    emulator.read(|s| crate::wiapay::checkout::page(&s.wiapay, emulator.config(), id, message)).await;
                page.status = 400;
                return page;
            };
            let transaction_id = id.to_owned();
            emulator
                .answer_call(|number, at_ms| Input::Wiapay {
                    at_ms,
                    input: WiapayInput::Checkout { number, transaction_id, action },
                })
                .await
                .unwrap_or_else(|error| failed(&error))
        }
        _ => Answer::json(405, serde_json::json!({"error": "the checkout page is served with GET and POST"}))
            .with_header("allow", "GET, POST".to_owned()),
    }
}
