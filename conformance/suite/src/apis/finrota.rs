//! Finrota PWS's model. The generic half is [`super::glue`]'s; this module reads a request the way the API's
//! guards read it (the body of a POST; the query and path parameters of a GET, under their canonical names), the
//! credentials (the Bearer token), the language an answer must be in (`Accept-Language`), and the 3D step a
//! transaction query tells of (the bank's page is no API call).

use serde_json::{Map, Value as Json};

use payspec::support::{KeyValues, Parameters as _, Value};

use super::{ApiModel, Received, Sent};
use crate::credentials::Credentials;

super::glue::glue! {
    api: finrota_pws,
    states: [PaymentState, AccessTokenState],
    readers: [
        ErrorEnvelope, PaymentOptionListResponse, PaymentOptionsByBinResponse, PaymentResponse, PaymentCommitResponse,
        PaymentCancelResponse, PaymentRefundResponse,
    ],
    default_reader: ErrorEnvelope,
}

use generated::OperationId;

/// The API's id.
pub const API: &str = generated::API_ID;

#[derive(Debug, Clone)]
struct Pending {
    operation: OperationId,
    view: Json,
    who: Who,
}

/// Finrota PWS's model.
#[derive(Debug)]
pub struct Finrota {
    model: Model,
    pending: Option<Pending>,
    held: Option<Pending>,
    fired: Vec<Row>,
    /// Whether the model watches traffic it did not make (`payspec proxy`): it then reads from a transaction query
    /// the 3D step the payer went through on the bank's page.
    passive: bool,
}

impl Finrota {
    /// The model of a fresh implementation.
    pub fn new(credentials: &Credentials) -> Self {
        let mut model = Model::new();
        for (id, seconds) in &credentials.timers {
            model.timers.set(id, *seconds);
        }
        Finrota { model, pending: None, held: None, fired: Vec::new(), passive: false }
    }
}

fn bearer(sent: &Sent) -> Option<String> {
    let value = sent.header("authorization")?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned()).filter(|t| !t.is_empty())
}

fn parameters(values: Vec<(&'static str, payspec::support::ParameterIn, String)>, path: &[(&str, String)]) -> Json {
    let mut map = Map::new();
    for (name, _, value) in values {
        map.insert(name.to_owned(), Json::String(value));
    }
    for (name, value) in path {
        map.insert((*name).to_owned(), Json::String(value.clone()));
    }
    Json::Object(map)
}

/// The request's fields under their canonical wire names: the body of a POST, the parameters of a GET.
fn view_of(decoded: generated::DecodedRequest, path: &[(&str, String)]) -> Json {
    use generated::DecodedRequest as D;
    match decoded {
        D::ListPaymentSets(_) => parameters(Vec::new(), path),
        D::ListPaymentOptions(d) => parameters(d.parameters.values(), path),
        D::PaymentOptionsByBin(d) => parameters(d.parameters.values(), path),
        D::GetTransaction(d) => parameters(d.parameters.values(), path),
        body => body.into_view(),
    }
}

impl ApiModel for Finrota {
    super::glue::catalog_methods!();

    fn set_now(&mut self, unix_seconds: i64) {
        self.model.now = unix_seconds;
        let fired = self.model.tick();
        self.fired.extend(fired);
    }

    fn fired(&mut self) -> Vec<Row> {
        std::mem::take(&mut self.fired)
    }

    fn predict(&mut self, sent: &Sent) -> (Option<&'static str>, Prediction) {
        self.pending = None;
        let lang = self.lang(sent);
        let (operation, path_parameters) = match route(&sent.method, &sent.path) {
            Ok(found) => found,
            Err(prediction) => return (None, prediction),
        };
        let who = Who { bearer_token: bearer(sent), ..Who::default() };
        // The lifecycles the spec's precedence checks before the body is read, for an operation a bearer token
        // authenticates.
        if operation.info().auth == "bearer-access-token" {
            for lifecycle in before_decode() {
                if let Some(expected) = self.model.refusal(operation, &Json::Null, &who, lang, Some(lifecycle)) {
                    return (Some(operation.id()), Prediction::Refused(expected));
                }
            }
        }
        let decoded = match decode_sent(operation, &path_parameters, sent, lang) {
            Ok(decoded) => decoded,
            Err(prediction) => return (Some(operation.id()), prediction),
        };
        let view = view_of(decoded, &path_parameters);
        let prediction = match self.model.refusal(operation, &view, &who, lang, None) {
            Some(expected) => Prediction::Refused(expected),
            None => Prediction::Admitted,
        };
        self.pending = Some(Pending { operation, view, who });
        (Some(operation.id()), prediction)
    }

    fn commit(&mut self, operation: &str, _sent: &Sent, received: &Received) -> Committed {
        let Some(pending) = self.pending.take().filter(|p| p.operation.id() == operation) else {
            return Committed { outcome: "declined", moved: Vec::new() };
        };
        let response = response_facts(pending.operation, received);
        let mut committed = self.model.commit(pending.operation, &pending.view, &pending.who, &response);
        // Watching a client (`payspec proxy`), a transaction query tells of the 3D step it went through on the bank's
        // page (no API call the proxy sees): a payment awaiting 3D that the answer reports successful or failed was
        // auto-committed, or not. (The event moves only an instance awaiting 3D.) A run of cases never infers it:
        // its page steps name the events they cause, so an implementation that finalizes a payment without its OTP
        // is caught instead of believed.
        if self.passive
            && committed.outcome == "approved"
            && matches!(pending.operation, OperationId::GetTransaction | OperationId::QueryTransaction)
            && let Some(reference) = pending.view.get("clientReferenceNumber").and_then(Json::as_str)
        {
            let status = response.body.pointer("/data/transactionStatusId").map(|s| s.to_string());
            let event = match status.as_deref().and_then(<generated::TransactionStatus as payspec::WireEnum>::from_wire)
            {
                Some(generated::TransactionStatus::Successful) => Some("auto_commit_succeeds"),
                Some(generated::TransactionStatus::Failed) => Some("auto_commit_fails"),
                _ => None,
            };
            if let Some(event) = event {
                let key = KeyValues {
                    values: vec![("client_reference", Some(Value::Text(reference.to_owned())))],
                    each: false,
                };
                committed.moved.extend(self.model.event(generated::LifecycleId::FinrotaPayment, event, &key));
            }
        }
        committed
    }

    fn watch_passively(&mut self) {
        self.passive = true;
    }

    fn owns_path(&self, path: &str) -> bool {
        ["/auth/api/", "/pws/"].iter().any(|prefix| path.starts_with(prefix))
    }

    fn event(&mut self, lifecycle: &str, event: &str, matching: &[(String, String)]) -> Result<Vec<Row>, String> {
        self.model.case_event(lifecycle, event, matching)
    }

    fn hold(&mut self) -> Option<Vec<Row>> {
        // No Finrota lifecycle takes a call on its arrival.
        self.held = self.pending.take();
        Some(Vec::new())
    }

    fn resume(&mut self) {
        self.pending = self.held.take();
    }
}
