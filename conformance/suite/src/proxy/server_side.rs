//! The server side of an observed exchange, checked as `payspec check` checks a step: the model's clock set from
//! the answer's `Date` (else this machine's), the model fed with the request the client really sent, the answer
//! checked against what the spec predicted (a refusal the spec predicts but the server did not give fails, an
//! acceptance the spec refuses fails, every exchange check of [`crate::checks`] runs), then the answer committed
//! to the model so the next exchange is predicted from the state a correct implementation is in.

use serde_json::Value as Json;

use payspec::support::OperationInfo;

use crate::apis::{ApiModel, Carried, Prediction, Received, Sent};
use crate::case::Expect;
use crate::checks::{self, Tally};
use crate::event::{ShownRequest, ShownResponse};

/// What checking one exchange found out, besides the tally.
#[derive(Debug)]
pub struct ServerSide {
    /// The operation the request routes to.
    pub operation: Option<&'static str>,
    /// What the spec predicted.
    pub prediction: Prediction,
    /// The error the answer carries.
    pub carried: Option<Carried>,
    /// The outcome the answer was classified as.
    pub outcome: Option<&'static str>,
    /// The transitions the model took, by row id.
    pub moved: Vec<String>,
    /// The request as reports show it.
    pub request: ShownRequest,
    /// The answer as reports show it.
    pub response: ShownResponse,
}

/// The operation's descriptor.
pub fn info_of(api: &dyn ApiModel, operation: Option<&str>) -> Option<&'static OperationInfo> {
    let operation = operation?;
    api.operations().into_iter().find(|info| info.id == operation)
}

/// The secrets of an exchange: the credentials' and the values of the request's sensitive fields.
pub fn secrets_of(
    redact: &dyn Fn(&str, &mut Json),
    info: Option<&OperationInfo>,
    sent: &Sent,
    credentials: &[String],
) -> Vec<String> {
    let mut secrets = credentials.to_vec();
    let original = serde_json::from_slice::<Json>(&sent.body).ok().or_else(|| {
        let text = std::str::from_utf8(&sent.body).ok()?;
        let pairs = payspec::support::form_pairs(text).ok()?;
        Some(Json::Object(pairs.into_iter().map(|(k, v)| (k, Json::String(v))).collect()))
    });
    if let (Some(message), Some(original)) = (info.and_then(|i| i.request), original) {
        let mut redacted = original.clone();
        redact(message, &mut redacted);
        crate::runner::collect_changed(&original, &redacted, &mut secrets);
    }
    secrets
}

/// Predicts, checks and commits one exchange the proxy saw.
pub fn check(
    model: &mut dyn ApiModel,
    sent: &Sent,
    received: &Received,
    credentials: &[String],
    tally: &mut Tally,
) -> ServerSide {
    model.set_now(super::clock::now_of(received.header("date")));
    let lang = model.lang(sent);
    let (operation, prediction) = model.predict(sent);
    let info = info_of(model, operation);
    let secrets = {
        let api: &dyn ApiModel = model;
        secrets_of(&|message, body| api.redact(message, body), info, sent, credentials)
    };
    let request = crate::redact::request(model, info, sent, &secrets);
    let response = crate::redact::response(model, info, received, &secrets);
    let carried = operation.and_then(|op| model.carried(op, received, lang));
    let answer_text = crate::redact::answer_text(model, info, received);
    let context = checks::Context {
        api: model,
        info,
        prediction: &prediction,
        sent,
        received,
        lang,
        carried: carried.as_ref(),
        secrets: &secrets,
        answer_text: &answer_text,
    };
    checks::exchange(&context, tally);
    // The answer is committed first: the prediction's check reads what the model took (a refusal code a transition
    // explains is no failure).
    let (mut outcome, mut rows) = (None, Vec::new());
    if let (Some(op), Prediction::Admitted | Prediction::Refused(_)) = (operation, &prediction) {
        let committed = model.commit(op, sent, received);
        outcome = Some(committed.outcome);
        rows = committed.moved;
    }
    let expect = Expect::default();
    crate::model::prediction(model, operation, &prediction, received, carried.as_ref(), &expect, &rows, tally);
    let moved = rows.iter().map(|row| row.id()).collect();
    ServerSide { operation, prediction, carried, outcome, moved, request, response }
}
