//! The iyzico Terminal API's model. The generic half is [`super::glue`]'s; this module knows what the suite learns
//! over HTTP and an implementation knows by itself: which client and user each authorization code and token the
//! suite was given belongs to (the credentials a guard reads), which payment a `paymentId` names (a status query
//! may name it alone), the language a request asks for (`locale`), and the events an answer tells of (a device
//! finishing its call; a session ended by 380204).

use std::collections::BTreeMap;

use base64::Engine as _;
use serde_json::Value as Json;

use payspec::support::Value;

use super::{ApiModel, Received, Sent};
use crate::credentials::{Credentials, FiscalMode};

super::glue::glue! {
    api: iyzico_terminal,
    states: [
        Vuk509PaymentState, Vuk507PaymentState, IntegrationModeState, TransactionReferenceState, BatchState,
        AuthCodeState, AccessTokenState, DeviceState, Vuk507PartialPaymentState,
    ],
    readers: [ErrorEnvelope, OauthAuthorizeFailure, OauthTokenFailure],
    default_reader: ErrorEnvelope,
}

use generated::{LifecycleId, OperationId};

/// The API's id.
pub const API: &str = generated::API_ID;

/// The client and user a code or token was issued to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Grant {
    client_id: String,
    username: String,
}

/// A call between its prediction and its answer.
#[derive(Debug, Clone)]
struct Pending {
    operation: OperationId,
    view: Json,
    who: Who,
    /// Whether the device took the call on its arrival (the call was held).
    arrived: bool,
}

/// The iyzico Terminal API's model.
#[derive(Debug)]
pub struct Iyzico {
    model: Model,
    codes: BTreeMap<String, Grant>,
    tokens: BTreeMap<String, Grant>,
    refresh_tokens: BTreeMap<String, Grant>,
    /// paymentId → (client, transactionReferenceId).
    payments: BTreeMap<String, (String, String)>,
    pending: Option<Pending>,
    held: Option<Pending>,
    fired: Vec<Row>,
}

impl Iyzico {
    /// The model of a fresh implementation: each integration of the credentials bound to its fiscal mode.
    pub fn new(credentials: &Credentials) -> Self {
        let mut model = Model::new();
        for integration in &credentials.iyzico.integrations {
            let state = match integration.mode {
                FiscalMode::Vuk509 => generated::IntegrationModeState::BoundToVuk509,
                FiscalMode::Vuk507 => generated::IntegrationModeState::BoundToVuk507,
            };
            let attributes = [("client".into(), Value::Text(integration.client_id.clone()))].into();
            model.world.integration_mode.push(payspec::support::Instance { state, attributes });
        }
        for (id, seconds) in &credentials.timers {
            model.timers.set(id, *seconds);
        }
        Iyzico {
            model,
            codes: BTreeMap::new(),
            tokens: BTreeMap::new(),
            refresh_tokens: BTreeMap::new(),
            payments: BTreeMap::new(),
            pending: None,
            held: None,
            fired: Vec::new(),
        }
    }

    fn who(&self, operation: OperationId, sent: &Sent, view: &Json) -> Who {
        let text = |name: &str| view.get(name).and_then(Json::as_str).map(str::to_owned);
        match operation {
            OperationId::OauthAuthorize => {
                Who { client_id: text("client_id"), username: text("username"), ..Who::default() }
            }
            OperationId::OauthToken | OperationId::OauthTokenRefresh => {
                Who { client_id: basic_client(sent), ..Who::default() }
            }
            _ => {
                let token = bearer(sent);
                let grant = token.as_deref().and_then(|t| self.tokens.get(t));
                Who {
                    client_id: grant.map(|g| g.client_id.clone()),
                    username: grant.map(|g| g.username.clone()),
                    bearer_token: token,
                    api_key: None,
                }
            }
        }
    }

    /// What the answer taught the suite: codes and tokens and whose they are, payments and their references.
    fn learn(&mut self, pending: &Pending, body: &Json) {
        let text = |value: &Json, name: &str| value.get(name).and_then(Json::as_str).map(str::to_owned);
        match pending.operation {
            OperationId::OauthAuthorize => {
                if let (Some(code), Some(client_id), Some(username)) =
                    (text(body, "code"), pending.who.client_id.clone(), pending.who.username.clone())
                {
                    self.codes.insert(code, Grant { client_id, username });
                }
            }
            OperationId::OauthToken | OperationId::OauthTokenRefresh => {
                let grant = match text(&pending.view, "grant_type").as_deref() {
                    Some("authorization_code") => text(&pending.view, "code").and_then(|c| self.codes.get(&c)).cloned(),
                    _ => text(&pending.view, "refresh_token").and_then(|r| self.refresh_tokens.get(&r)).cloned(),
                };
                if let (Some(grant), Some(access)) = (grant, text(body, "access_token")) {
                    self.tokens.insert(access, grant.clone());
                    if let Some(refresh) = text(body, "refresh_token") {
                        self.refresh_tokens.insert(refresh, grant);
                    }
                }
            }
            _ => {
                if let (Some(payment), Some(reference), Some(client)) = (
                    text(body, "paymentId"),
                    text(&pending.view, "transactionReferenceId"),
                    pending.who.client_id.clone(),
                ) && !self.payments.contains_key(&payment)
                {
                    self.payments.insert(payment, (client, reference));
                }
            }
        }
    }
}

fn bearer(sent: &Sent) -> Option<String> {
    let value = sent.header("authorization")?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned())
}

fn basic_client(sent: &Sent) -> Option<String> {
    let value = sent.header("authorization")?.trim();
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    Some(text.split_once(':')?.0.to_owned())
}

/// The authentication scheme of the calls a bearer access token authenticates, as the spec names it.
const BEARER: &str = "bearer-access-token";

impl ApiModel for Iyzico {
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
        // The lifecycles the spec's precedence checks before the body is read (the access token's session), for
        // an operation a bearer token authenticates (the OAuth calls carry their grant in the body).
        if operation.info().auth == BEARER {
            let who = self.who(operation, sent, &Json::Null);
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
        // The request's fields under their canonical wire names, as the guards read them.
        let mut view = decoded.into_view();
        let who = self.who(operation, sent, &view);
        // A status query may name the payment by paymentId alone: the lifecycles know it by its reference.
        if matches!(operation, OperationId::Vuk509QueryTransactionStatus | OperationId::Vuk507QueryTransactionStatus)
            && view.get("transactionReferenceId").and_then(Json::as_str).is_none_or(str::is_empty)
            && let Some(payment) = view.get("paymentId").and_then(Json::as_str)
            && let Some((client, reference)) = self.payments.get(payment)
            && Some(client) == who.client_id.as_ref()
            && let Some(map) = view.as_object_mut()
        {
            map.insert("transactionReferenceId".to_owned(), Json::String(reference.clone()));
        }
        let prediction = match self.model.refusal(operation, &view, &who, lang, None) {
            Some(expected) => Prediction::Refused(expected),
            None => Prediction::Admitted,
        };
        self.pending = Some(Pending { operation, view, who, arrived: false });
        (Some(operation.id()), prediction)
    }

    fn commit(&mut self, operation: &str, _sent: &Sent, received: &Received) -> Committed {
        let Some(pending) = self.pending.take().filter(|p| p.operation.id() == operation) else {
            return Committed { outcome: "declined", moved: Vec::new() };
        };
        let response = response_facts(pending.operation, received);
        let mut committed = self.model.commit(pending.operation, &pending.view, &pending.who, &response);
        if committed.outcome == "approved" {
            self.learn(&pending, &response.body);
        }
        // What the answer tells of external events (the spec's signals): the device the call took finished, the
        // session a code ends.
        let mut touched: Vec<LifecycleId> =
            committed.moved.iter().filter_map(|row| LifecycleId::from_id(row.lifecycle)).collect();
        if pending.arrived {
            touched.push(LifecycleId::Device);
        }
        committed.moved.extend(self.model.signalled(&pending.view, &pending.who, &response, &touched));
        committed
    }

    fn owns_path(&self, path: &str) -> bool {
        ["/in-store/", "/v2/terminal-host/"].iter().any(|prefix| path.starts_with(prefix))
    }

    fn event(&mut self, lifecycle: &str, event: &str, matching: &[(String, String)]) -> Result<Vec<Row>, String> {
        self.model.case_event(lifecycle, event, matching)
    }

    /// The device lifecycle holds a call while it runs (its doc: "while a payment, void, refund, partial payment
    /// step or end of day runs, a second such operation is answered with 380201"): on arrival the call's device
    /// takes its transition; the answer later ends it (`device_finishes`).
    fn hold(&mut self) -> Option<Vec<Row>> {
        let Some(mut pending) = self.pending.take() else { return Some(Vec::new()) };
        let facts = facts_at(self.model.now, &self.model.timers, &pending.view, &pending.who, None, None);
        let taken = self.model.world.device.steps(pending.operation, &facts);
        let rows: Vec<Row> = self
            .model
            .world
            .device
            .apply(taken)
            .into_iter()
            .map(|t| Row {
                kind: super::RowKind::Transition,
                lifecycle: LifecycleId::Device.id(),
                state: payspec::support::StateMachine::state_id(t.from),
                result: payspec::support::StateMachine::state_id(t.to).to_owned(),
                cause: pending.operation.id(),
                guard: t.guard,
                provenance: &t.provenance,
            })
            .collect();
        pending.arrived = !rows.is_empty();
        self.held = Some(pending);
        Some(rows)
    }

    fn resume(&mut self) {
        self.pending = self.held.take();
    }
}
