//! WiaPay's model. The generic half is [`super::glue`]'s; this module adds what WiaPay has and the others do not:
//! signed requests and signed callbacks, both by the generated signature schemes of `payspec::wiapay`
//! (`signature_auth`: the scheme an operation names, with its signing recipe and its checks in the spec's order).
//!
//! - A request is signed with the request recipe, the credentials' API secret and the target's clock — or wrong in
//!   the one way the step asks ([`Signature`]), so every authentication refusal is a case of data.
//! - What a correct implementation answers is predicted from the headers sent: the scheme's generated checks
//!   (`SignatureAuth::authenticate`, the first that fails answers its code) at the authentication check of the spec's
//!   precedence, then the generated decoder, then the lifecycle.
//! - A callback is checked by the callback scheme's generated checks with the callback secret, its body read by the
//!   generated `CallbackPayload` shape and rules, and only then committed to the model (the spec: a merchant checks
//!   the signature before any state is touched). How firmly a failed check holds is its generated basis, and for a
//!   check that applies the recipe the recipe's basis (the callback recipe is the project's decision).

use serde_json::Value as Json;

use payspec::support::{AuthRequest, OperandInfo, SignatureAuth, SignatureError, SignedRequest};

use super::{ApiModel, Callback, Received, Sent, Signature};
use crate::credentials::{Credentials, WiapayCredentials};

super::glue::glue! {
    api: wiapay,
    states: [TransactionState],
    readers: [ErrorEnvelope],
    default_reader: ErrorEnvelope,
}

use generated::{LifecycleId, OperationId};

/// The API's id.
pub const API: &str = generated::API_ID;

/// The one language WiaPay answers in (the spec's `request_language`; the build fails should it become a choice).
const LANG: Lang = match generated::REQUEST_LANGUAGE.only() {
    Some(lang) => lang,
    None => panic!("WiaPay's requests choose their language: read it from each request"),
};

/// The timer whose value is the signing recipes' window (the spec: "the timer signature_window, the signing
/// recipe's window_seconds"); a target configured otherwise says so in the credentials' `timers`.
const WINDOW_TIMER: &str = "signature_window";

#[derive(Debug, Clone)]
struct Pending {
    operation: OperationId,
    view: Json,
    who: Who,
}

/// WiaPay's model.
#[derive(Debug)]
pub struct Wiapay {
    model: Model,
    keys: WiapayCredentials,
    pending: Option<Pending>,
    /// Transitions the timers took since the last commit (an unpaid deposit's expiry), reported with the next one.
    timed: Vec<Row>,
}

/// The path with its query string, as the recipes sign it.
fn path_with_query(sent: &Sent) -> String {
    if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) }
}

/// The scheme of the API's own requests: the signature scheme whose recipe is the request recipe.
fn request_scheme() -> Option<&'static SignatureAuth> {
    generated::SIGNATURE_AUTHS.iter().find(|auth| auth.recipe.id == generated::REQUEST_SIGNING.id)
}

fn set_header(sent: &mut Sent, name: &str, value: String) {
    if sent.header(name).is_none() {
        sent.headers.push((name.to_owned(), value));
    }
}

impl Wiapay {
    /// The model of a fresh implementation, under the run's WiaPay keys.
    pub fn new(credentials: &Credentials) -> Self {
        let mut model = Model::new();
        for (id, seconds) in &credentials.timers {
            model.timers.set(id, *seconds);
        }
        Wiapay { model, keys: credentials.wiapay.clone(), pending: None, timed: Vec::new() }
    }

    /// A scheme with the window the target's `signature_window` timer gives its recipe.
    fn windowed(&self, scheme: &SignatureAuth) -> SignatureAuth {
        let window = self
            .model
            .timers
            .seconds(WINDOW_TIMER)
            .map_or(scheme.recipe.window_seconds, |seconds| u32::try_from(seconds).unwrap_or(u32::MAX));
        scheme.with_window(window)
    }

    /// The refusal of the operation's authentication scheme: the first of its generated checks, in the spec's order,
    /// that the headers sent fail at the target's clock, answering the check's code.
    fn authentication(&self, operation: OperationId, sent: &Sent) -> Option<Expected> {
        let scheme = self.windowed(generated::signature_auth(operation.info().auth)?);
        let target = path_with_query(sent);
        let request =
            AuthRequest { headers: &sent.headers, method: &sent.method, path_with_query: &target, body: &sent.body };
        let secret_of =
            |key: Option<&str>| (key == Some(self.keys.api_key.as_str())).then_some(self.keys.api_secret.as_bytes());
        let failure = scheme.authenticate(&request, self.model.now, secret_of).err()?;
        // The run has no secret to verify with: what the target answers cannot be predicted.
        if failure.cause == Some(SignatureError::EmptySecret) {
            return None;
        }
        let error = generated::authentication_error(&failure)?;
        let code = error.code()?;
        Some(Expected {
            because: Because::Authentication { scheme: scheme.scheme, problem: failure.to_string() },
            code: code.as_wire().to_owned(),
            status: generated::replies::error_status(operation, &error).unwrap_or(failure.status()),
            message: error.message(LANG),
            basis: failure.basis(),
            source: Some(code.provenance()),
        })
    }

    /// The state the model holds for the instance a callback's body names, by the lifecycle's key of the operation.
    fn state_named(&self, operation: OperationId, view: &Json) -> Option<&'static str> {
        use payspec::support::StateMachine as _;
        let key = generated::TransactionState::LIFECYCLE.keys.iter().find(|key| key.operation == operation)?;
        let instance = self.model.world.wiapay_transaction.instances().iter().find(|instance| {
            key.matches.iter().all(|(attribute, operand)| match operand {
                OperandInfo::Request(field, _) => {
                    let wanted = view.get(*field).and_then(Json::as_str);
                    matches!(instance.attributes.get(*attribute), Some(payspec::support::Value::Text(held)) if Some(held.as_str()) == wanted)
                }
                _ => false,
            })
        })?;
        Some(instance.state.state_id())
    }
}

impl ApiModel for Wiapay {
    super::glue::catalog_methods!();

    fn set_now(&mut self, unix_seconds: i64) {
        self.model.now = unix_seconds;
        let moved = self.model.tick();
        self.timed.extend(moved);
    }

    fn event(&mut self, lifecycle: &str, event: &str, matching: &[(String, String)]) -> Result<Vec<Row>, String> {
        self.model.case_event(lifecycle, event, matching)
    }

    fn predict(&mut self, sent: &Sent) -> (Option<&'static str>, Prediction) {
        self.pending = None;
        let (operation, path_parameters) = match route(&sent.method, &sent.path) {
            Ok(found) => found,
            Err(prediction) => return (None, prediction),
        };
        if let Some(expected) = self.authentication(operation, sent) {
            return (Some(operation.id()), Prediction::Refused(expected));
        }
        let decoded = match decode_sent(operation, &path_parameters, sent, LANG) {
            Ok(decoded) => decoded,
            Err(prediction) => return (Some(operation.id()), prediction),
        };
        let view = view_of(decoded);
        let key_header = request_scheme().and_then(|scheme| scheme.key_header);
        let who = Who { api_key: key_header.and_then(|h| sent.header(h)).map(str::to_owned), ..Who::default() };
        let prediction = match self.model.refusal(operation, &view, &who, LANG, None) {
            Some(expected) => Prediction::Refused(expected),
            None => Prediction::Admitted,
        };
        self.pending = Some(Pending { operation, view, who });
        (Some(operation.id()), prediction)
    }

    fn commit(&mut self, operation: &str, _sent: &Sent, received: &Received) -> Committed {
        let Some(pending) = self.pending.take().filter(|p| p.operation.id() == operation) else {
            return Committed { outcome: "declined", moved: std::mem::take(&mut self.timed) };
        };
        let response = response_facts(pending.operation, received);
        let mut committed = self.model.commit(pending.operation, &pending.view, &pending.who, &response);
        let mut moved = std::mem::take(&mut self.timed);
        moved.append(&mut committed.moved);
        committed.moved = moved;
        committed
    }

    fn owns_path(&self, path: &str) -> bool {
        path.starts_with("/v1/")
    }

    fn sign(&self, sent: &mut Sent, now: i64, signature: Signature) -> Result<(), String> {
        let Some(scheme) = request_scheme().map(|scheme| self.windowed(scheme)) else {
            return Ok(());
        };
        let (recipe, key_header) = (scheme.recipe, scheme.key_header);
        let timestamp = match signature {
            Signature::Stale => now - i64::from(recipe.window_seconds) - 60,
            _ => now,
        };
        let body = String::from_utf8_lossy(&sent.body).into_owned();
        let target = path_with_query(sent);
        let signed = SignedRequest { timestamp, method: &sent.method, path_with_query: &target, body: &body };
        let mut value = recipe
            .sign(self.keys.api_secret.as_bytes(), &signed)
            .map_err(|e| format!("cannot sign with the credentials' /wiapay/api_secret: {e}"))?;
        match signature {
            Signature::Tampered => {
                let last = if value.ends_with('0') { '1' } else { '0' };
                value.pop();
                value.push(last);
            }
            Signature::Malformed => value = "not-a-signature".to_owned(),
            _ => {}
        }
        let unsigned = signature == Signature::Unsigned;
        if let Some(key_header) = key_header
            && !unsigned
            && signature != Signature::NoKey
        {
            let key = if signature == Signature::WrongKey {
                format!("{}-unknown", self.keys.api_key)
            } else {
                self.keys.api_key.clone()
            };
            set_header(sent, key_header, key);
        }
        if !unsigned && signature != Signature::NoTimestamp {
            let stamp = if signature == Signature::TimestampNotSeconds {
                format!("{timestamp}.5")
            } else {
                timestamp.to_string()
            };
            set_header(sent, recipe.timestamp_header, stamp);
        }
        if !unsigned && signature != Signature::Missing {
            set_header(sent, recipe.signature_header, value);
        }
        Ok(())
    }

    fn callback(&mut self, received: &Sent, now: i64) -> Option<Callback> {
        self.set_now(now);
        let body: Json = serde_json::from_slice(&received.body).unwrap_or(Json::Null);
        let text = |name: &str| body.get(name).and_then(Json::as_str).map(str::to_owned);
        // The body's `type` names the callback: deposit-callback reports a deposit, withdrawal-callback a withdrawal.
        let operation = match text("type").as_deref() {
            Some("withdrawal") => OperationId::WithdrawalCallback,
            _ => OperationId::DepositCallback,
        };
        let info = operation.info();
        // The callback scheme's generated checks, in the spec's order. The headers are the vendor's (WiaPay sends
        // X-Signature and X-Timestamp with every callback); what they sign is the callback recipe, whose generated
        // basis (the spec's decision, discrepancy `callback-signing-recipe`) a failure of the recipe takes.
        let signature = match generated::signature_auth(info.auth).map(|scheme| self.windowed(scheme)) {
            None => Err((payspec::support::Basis::Vendor, format!("{} names no signature scheme", info.auth))),
            Some(scheme) => {
                let target = path_with_query(received);
                let request = AuthRequest {
                    headers: &received.headers,
                    method: &received.method,
                    path_with_query: &target,
                    body: &received.body,
                };
                let secret_of = |_: Option<&str>| Some(self.keys.callback_secret.as_bytes());
                scheme
                    .authenticate(&request, now, secret_of)
                    .map(drop)
                    .map_err(|failure| (failure.basis(), failure.to_string()))
            }
        };
        let shape = info.request.map_or(Ok(()), |message| check_message(message, &body));
        let mut callback = Callback {
            operation: Some(operation.id()),
            transaction: text("transactionId"),
            status: text("status"),
            signature,
            body: shape,
            lifecycle: Ok(()),
            moved: Vec::new(),
        };
        if callback.signature.is_err() || callback.body.is_err() {
            return Some(callback);
        }
        let mut moved = std::mem::take(&mut self.timed);
        let taken = self.model.deliver(operation, &body);
        if taken.is_empty() {
            let held = self.state_named(operation, &body);
            let reported = callback.status.as_deref();
            if held.is_none() || held != reported {
                // The lifecycle's transitions on callbacks are the project's reading of the callbacks page.
                callback.lifecycle = Err((
                    payspec::support::Basis::Decision,
                    format!(
                        "{}: no transition from {} on {} to {}",
                        LifecycleId::WiapayTransaction.id(),
                        held.unwrap_or("(a transaction the suite never created)"),
                        operation.id(),
                        reported.unwrap_or("(no status)"),
                    ),
                ));
            }
        }
        moved.extend(taken);
        callback.moved = moved;
        Some(callback)
    }
}

/// The request's fields under their canonical wire names, as the guards read them (an empty object for a call with
/// no body).
fn view_of(decoded: generated::DecodedRequest) -> Json {
    match decoded.into_view() {
        Json::Null => Json::Object(serde_json::Map::new()),
        view => view,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn request(method: &str, path: &str, body: &str) -> Sent {
        Sent {
            method: method.to_owned(),
            path: path.to_owned(),
            query: String::new(),
            headers: vec![("Content-Type".to_owned(), "application/json".to_owned())],
            body: body.as_bytes().to_vec(),
        }
    }

    fn predicted(model: &mut Wiapay, sent: &Sent) -> Option<String> {
        match model.predict(sent).1 {
            Prediction::Refused(expected) => Some(expected.code),
            Prediction::Admitted => None,
            other => panic!("{other:?}"),
        }
    }

    fn model() -> Wiapay {
        let mut model = Wiapay::new(&Credentials::emulator());
        model.set_now(NOW);
        model
    }

    #[test]
    fn each_way_of_signing_wrong_is_predicted_from_the_headers_by_the_recipe() {
        let mut model = model();
        let expectations = [
            (Signature::Valid, None),
            (Signature::Tampered, Some("INVALID_SIGNATURE")),
            (Signature::Malformed, Some("INVALID_SIGNATURE")),
            (Signature::Missing, Some("MISSING_SIGNATURE")),
            (Signature::Stale, Some("TIMESTAMP_EXPIRED")),
            (Signature::NoTimestamp, Some("MISSING_TIMESTAMP")),
            (Signature::TimestampNotSeconds, Some("INVALID_TIMESTAMP")),
            (Signature::NoKey, Some("MISSING_API_KEY")),
            (Signature::WrongKey, Some("INVALID_API_KEY")),
            (Signature::Unsigned, Some("MISSING_API_KEY")),
        ];
        for (signature, want) in expectations {
            let mut sent = request("GET", "/v1/available-banks", "");
            model.sign(&mut sent, NOW, signature).expect("signs");
            assert_eq!(predicted(&mut model, &sent).as_deref(), want, "{signature:?}: {:?}", sent.headers);
        }
    }

    #[test]
    fn the_window_is_the_targets_clock_and_the_body_is_signed() {
        let mut model = model();
        let mut sent = request("GET", "/v1/available-banks", "");
        model.sign(&mut sent, NOW, Signature::Valid).expect("signs");
        model.set_now(NOW + 300);
        assert_eq!(predicted(&mut model, &sent), None, "at the edge of the window");
        model.set_now(NOW + 301);
        assert_eq!(predicted(&mut model, &sent).as_deref(), Some("TIMESTAMP_EXPIRED"));
        model.set_now(NOW);
        let body =
            r#"{"amount":15000,"currency":"TRY","processId":"o1","customer":{"id":"u","name":"A","username":"a"}}"#;
        let mut deposit = request("POST", "/v1/deposit", body);
        model.sign(&mut deposit, NOW, Signature::Valid).expect("signs");
        assert_eq!(predicted(&mut model, &deposit), None);
        deposit.body = body.replace("15000", "15001").into_bytes();
        assert_eq!(predicted(&mut model, &deposit).as_deref(), Some("INVALID_SIGNATURE"), "the body is signed");
    }

    #[test]
    fn a_header_the_step_sets_is_kept() {
        let model = model();
        let mut sent = request("GET", "/v1/available-banks", "");
        sent.headers.push(("X-API-Key".to_owned(), "mine".to_owned()));
        model.sign(&mut sent, NOW, Signature::Valid).expect("signs");
        let keys: Vec<_> = sent.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case("x-api-key")).collect();
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].1, "mine");
    }

    #[test]
    fn a_callback_is_committed_only_when_its_signature_and_body_hold() {
        let mut model = model();
        let body =
            r#"{"amount":15000,"currency":"TRY","processId":"o1","customer":{"id":"u","name":"A","username":"a"}}"#;
        let mut deposit = request("POST", "/v1/deposit", body);
        model.sign(&mut deposit, NOW, Signature::Valid).expect("signs");
        assert_eq!(predicted(&mut model, &deposit), None);
        let answer = serde_json::json!({"success": true, "timestamp": NOW, "data": {"transactionId": "TXN-1",
            "processId": "o1", "status": "pending", "checkoutUrl": "http://x/checkout/TXN-1",
            "expiresAt": "2027-01-15T08:30:00Z"}});
        let received = Received {
            status: 201,
            headers: vec![("content-type".to_owned(), "application/json".to_owned())],
            body: serde_json::to_vec(&answer).expect("JSON"),
        };
        let committed = model.commit("deposit", &deposit, &received);
        assert_eq!(committed.outcome, "approved");
        assert_eq!(committed.moved.len(), 1, "{committed:?}");
        let callback = |status: &str, secret: &str| {
            let payload = format!(
                r#"{{"transactionId":"TXN-1","processId":"o1","type":"deposit","status":"{status}","amount":150,"currency":"TRY","timestamp":{NOW}}}"#
            );
            let mut sent = request("POST", "/payspec/callbacks", &payload);
            let signed =
                SignedRequest { timestamp: NOW, method: "POST", path_with_query: "/payspec/callbacks", body: &payload };
            let signature = generated::CALLBACK_SIGNING.sign(secret.as_bytes(), &signed).expect("signs");
            sent.headers.push(("X-Timestamp".to_owned(), NOW.to_string()));
            sent.headers.push(("X-Signature".to_owned(), signature));
            sent
        };
        let forged = model.callback(&callback("processing", "not-the-secret"), NOW).expect("read");
        assert!(forged.signature.is_err() && forged.moved.is_empty(), "{forged:?}");
        let real = model.callback(&callback("processing", "whsec_test_payspec"), NOW).expect("read");
        assert_eq!((real.signature.clone(), real.operation), (Ok(()), Some("deposit-callback")));
        assert_eq!(
            real.moved.iter().map(Row::id).collect::<Vec<_>>(),
            ["wiapay-transaction: pending -> processing on deposit-callback"]
        );
        let repeat = model.callback(&callback("processing", "whsec_test_payspec"), NOW).expect("read");
        assert!(repeat.lifecycle.is_ok() && repeat.moved.is_empty(), "a repeat is idempotent: {repeat:?}");
        let back = model.callback(&callback("pending", "whsec_test_payspec"), NOW).expect("read");
        assert!(back.lifecycle.is_err(), "processing never goes back to pending: {back:?}");
    }
}
