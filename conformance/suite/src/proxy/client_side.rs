//! The client side of the traffic: what a correct client does, each a named check with its rule and basis.
//!
//! - `client_request_valid` (vendor): every request goes to a documented operation and is read by the generated
//!   decoder (`payspec::<api>::decode`).
//! - `client_new_reference` (the basis of the spec's rule): every new transaction takes a new reference. The
//!   model says so: a lifecycle of the spec keeps the reference unique (its `client_reference`: the request field
//!   and the refusal code that means it was used before), and a request the model predicts refused by it is a
//!   reference used again, whatever the server answered.
//! - `client_status_query_first` (decision): after an answer whose code the catalog advises `query_first` (380103,
//!   the device's timeout: the card may have been charged), the client queries the transaction's status, naming its
//!   reference, before it calls the same operation again on the same device. The status query is read from the
//!   spec: the operations that take a lifecycle out of `outcome_unknown`.

use serde_json::Value as Json;

use payspec::support::{Basis, Retry};

use crate::apis::{ApiModel, Because, ClientReference, Prediction, RowKind, Sent};
use crate::checks::{Broken, Tally};

use super::generated::{GeneratedApi, Read};

/// The request field that names the device a call runs on (a retry is a call on the same device).
const DEVICE_FIELD: &str = "deviceUniqueId";

/// The state a lifecycle is in while a call's outcome is unknown.
const OUTCOME_UNKNOWN: &str = "outcome_unknown";

/// A call whose outcome the client has not resolved yet.
#[derive(Debug, Clone)]
struct Unresolved {
    api: &'static str,
    operation: &'static str,
    device: Option<String>,
    reference: Option<String>,
    code: String,
    step: String,
}

/// What the client did so far.
#[derive(Debug, Default)]
pub struct ClientWatch {
    unresolved: Vec<Unresolved>,
}

fn text_field(body: &Json, name: &str) -> Option<String> {
    body.get(name).and_then(Json::as_str).filter(|t| !t.is_empty()).map(str::to_owned)
}

fn body_of(sent: &Sent) -> Json {
    serde_json::from_slice(&sent.body).unwrap_or(Json::Null)
}

/// The operations that resolve an unknown outcome: those that take a lifecycle out of `outcome_unknown`.
pub fn status_queries(model: &dyn ApiModel) -> Vec<&'static str> {
    let mut operations: Vec<&'static str> = model
        .rows()
        .into_iter()
        .filter(|row| row.kind == RowKind::Transition && row.state == OUTCOME_UNKNOWN && row.result != row.state)
        .map(|row| row.cause)
        .collect();
    operations.sort_unstable();
    operations.dedup();
    operations
}

/// `client_request_valid`: the request reaches a documented operation and the generated decoder reads it.
pub fn request_valid(generated: &GeneratedApi, sent: &Sent, tally: &mut Tally) -> Option<&'static str> {
    let target = format!("{} {}", sent.method, sent.path);
    let (result, operation) = match (generated.read)(sent) {
        Read::Valid { operation } => (Ok(()), Some(operation.id)),
        Read::NoOperation => (
            Err(Broken::vendor(
                format!("a client of {} calls only its documented operations", generated.api),
                "a documented path",
                format!("{target}: no operation has this path"),
            )),
            None,
        ),
        Read::WrongMethod { allow } => (
            Err(Broken::vendor(
                format!("a client of {} calls each path with its documented method", generated.api),
                format!("one of {allow}"),
                target,
            )),
            None,
        ),
        Read::Invalid { operation, problem } => (
            Err(Broken::vendor(
                format!("a {} request is one the generated decoder reads", operation.id),
                format!("a valid {}", operation.request.unwrap_or("request")),
                problem,
            )),
            Some(operation.id),
        ),
    };
    tally.record("client_request_valid", result);
    operation
}

impl ClientWatch {
    /// Checks a request the model predicted: a new reference, a status query before a retry.
    pub fn request(
        &mut self,
        model: &dyn ApiModel,
        operation: Option<&'static str>,
        prediction: &Prediction,
        sent: &Sent,
        tally: &mut Tally,
    ) {
        let api = model.api();
        let Some(operation) = operation else { return };
        let body = body_of(sent);
        let references = model.client_references();
        for ClientReference { lifecycle, reused: code, field } in &references {
            let Some(reference) = text_field(&body, field) else { continue };
            let reused = match prediction {
                Prediction::Refused(expected) => match &expected.because {
                    Because::Lifecycle { lifecycle: refused_by, .. }
                        if refused_by == lifecycle && expected.code == *code =>
                    {
                        Some((expected.basis, expected.source))
                    }
                    _ => None,
                },
                _ => None,
            };
            let takes = model.rows().iter().any(|row| row.lifecycle == *lifecycle && row.cause == operation);
            if !takes {
                continue;
            }
            tally.record(
                "client_new_reference",
                match reused {
                    None => Ok(()),
                    Some((basis, source)) => Err(Broken {
                        rule: format!("every new transaction takes a new {field} ({lifecycle}: refused with {code})"),
                        basis,
                        source,
                        expected: format!("a {field} not used before"),
                        actual: format!("{operation} with {field} {reference:?}, used before"),
                        pointer: Some(format!("/{field}")),
                    }),
                },
            );
        }
        let queries = status_queries(model);
        let reference = references.first().and_then(|r| text_field(&body, r.field));
        if queries.contains(&operation) {
            self.unresolved.retain(|u| u.api != api || reference.is_none() || u.reference != reference);
            return;
        }
        let device = text_field(&body, DEVICE_FIELD);
        let retried =
            self.unresolved.iter().position(|u| u.api == api && u.operation == operation && u.device == device);
        if let Some(at) = retried {
            let earlier = self.unresolved.remove(at);
            let on = earlier.device.as_deref().map(|d| format!(" on device {d}")).unwrap_or_default();
            tally.record(
                "client_status_query_first",
                Err(Broken {
                    rule: format!(
                        "after {} (retry advice query_first: the outcome is unknown) the client queries the status ({}) before any retry",
                        earlier.code,
                        queries.join(" or ")
                    ),
                    basis: Basis::Decision,
                    source: None,
                    expected: format!(
                        "a status query naming {} of step {} before {operation} again{on}",
                        earlier.reference.as_deref().unwrap_or("the call"),
                        earlier.step
                    ),
                    actual: format!("{operation} again{on} with no status query"),
                    pointer: None,
                }),
            );
        }
    }

    /// Notes an answer: a code the catalog advises `query_first` leaves the call unresolved until a status query.
    pub fn answer(
        &mut self,
        model: &dyn ApiModel,
        generated: &GeneratedApi,
        operation: Option<&'static str>,
        code: Option<&str>,
        sent: &Sent,
        step: &str,
    ) {
        let (Some(operation), Some(code)) = (operation, code) else { return };
        if (generated.retry)(code) != Some(Retry::QueryFirst) {
            return;
        }
        let queries = status_queries(model);
        if queries.is_empty() || queries.contains(&operation) {
            return;
        }
        let api = model.api();
        let body = body_of(sent);
        let reference_field = model.client_references().first().map(|r| r.field);
        self.unresolved.push(Unresolved {
            api,
            operation,
            device: text_field(&body, DEVICE_FIELD),
            reference: reference_field.and_then(|field| text_field(&body, field)),
            code: code.to_owned(),
            step: step.to_owned(),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::apis::{APIS, ApiModel, ClientReference, model};
    use crate::credentials::Credentials;

    /// Every API's spec names the reference its client must take anew, so the check runs for each; the references
    /// are the spec's own (`instance.client_reference`, validated by codegen against the lifecycle's keys and
    /// refusals).
    #[test]
    fn every_api_names_its_client_reference() {
        let credentials = Credentials::emulator();
        let models: Vec<Box<dyn ApiModel>> = APIS.iter().filter_map(|api| model(api, &credentials).ok()).collect();
        assert_eq!(models.len(), APIS.len());
        for model in &models {
            let references = model.client_references();
            assert_eq!(references.len(), 1, "{}: {references:?}", model.api());
        }
        let iyzico = models.iter().find(|m| m.api() == "iyzico-terminal").map(|m| m.client_references());
        let expected =
            ClientReference { lifecycle: "transaction-reference", reused: "380104", field: "transactionReferenceId" };
        assert_eq!(iyzico, Some(vec![expected]));
    }
}
