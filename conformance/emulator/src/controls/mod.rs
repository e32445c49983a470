//! The test controls under `/_payspec/`, off the vendors' paths and in the same JSON style: the effective
//! configuration, the test clock (read, advance), reset, manual card taps on a device (Stripe's
//! `present_payment_method`), provider states that set up a precondition through real calls (Pact), and the
//! lifecycle state of instances. A real implementation has none of these; the conformance suite's emulator-only
//! cases use them.

use std::sync::Arc;

use base64::Engine as _;
use serde_json::{Value as Json, json};

mod wiapay;

pub use wiapay::tick_if_due as wiapay_tick_if_due;

use crate::answer::{Answer, HttpInput};
use crate::emulator::Emulator;
use crate::iyzico::{Tap, rfc3339};
use crate::state::{Applied, Input};

fn error(status: u16, message: impl Into<String>) -> Answer {
    Answer::json(status, json!({"error": message.into()}))
}

fn ok(body: Json) -> Answer {
    Answer::json(200, body)
}

/// The controls, for `GET /_payspec/`.
pub const CONTROLS: &[(&str, &str, &str)] = &[
    (
        "GET",
        "/_payspec/config",
        "The effective configuration (credentials, devices, timers, card delay, outcome table).",
    ),
    ("GET", "/_payspec/clock", "The test clock."),
    ("POST", "/_payspec/clock/advance", "Moves the test clock forward: {\"seconds\": N}."),
    ("POST", "/_payspec/reset", "Forgets every call, code, token and payment (the clock stays)."),
    (
        "POST",
        "/_payspec/state",
        "Sets up a precondition through real calls: {\"state\": \"iyzico-terminal/sale\", \"params\": {...}}.",
    ),
    (
        "POST",
        "/_payspec/iyzico-terminal/devices/{device}/mode",
        "{\"mode\": \"manual\"} makes calls wait for `present`; \"automatic\" restores the card delay.",
    ),
    (
        "POST",
        "/_payspec/iyzico-terminal/devices/{device}/present",
        "Presents a card on the device's oldest waiting call: {\"outcome\": \"approved\" or a trigger name}.",
    ),
    (
        "POST",
        "/_payspec/iyzico-terminal/events",
        "An external event of a lifecycle, e.g. {\"lifecycle\": \"vuk509-payment\", \"event\": \"bank_releases_hold\", \"match\": {\"payment_id\": \"...\"}}.",
    ),
    (
        "GET",
        "/_payspec/iyzico-terminal/coverage",
        "Which transitions and refusals of the lifecycle tables the calls have reached, and which never.",
    ),
    ("GET", "/_payspec/finrota-pws/coverage", "The same for Finrota PWS's lifecycles."),
    (
        "GET",
        "/_payspec/iyzico-terminal/lifecycles/{lifecycle}",
        "The instances of a lifecycle, filtered by attribute (`?payment_id=...`).",
    ),
];

async fn clock(emulator: &Emulator) -> Json {
    let millis = emulator.now_ms();
    let offset = emulator.read(|s| s.clock_offset_ms).await;
    json!({"now": rfc3339(millis.div_euclid(1000)), "unix_millis": millis, "offset_seconds": offset / 1000})
}

fn body_json(body: &[u8]) -> Result<Json, Answer> {
    if body.is_empty() {
        return Ok(json!({}));
    }
    serde_json::from_slice(body).map_err(|e| error(400, format!("the body is not JSON: {e}")))
}

/// Handles a control request.
pub async fn handle(emulator: &Arc<Emulator>, method: &str, target: &str, body: &[u8]) -> Answer {
    let path = target.split('?').next().unwrap_or_default().trim_end_matches('/');
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let segments: Vec<&str> = path.split('/').skip(2).collect();
    let body = match body_json(body) {
        Ok(body) => body,
        Err(answer) => return answer,
    };
    let submitted = |result: Result<Applied, crate::emulator::EmulatorError>| match result {
        Ok(_) => None,
        Err(e) => Some(error(503, e.to_string())),
    };
    match (method, segments.as_slice()) {
        ("GET", [] | [""]) => ok(
            json!({"controls": CONTROLS.iter().chain(wiapay::CONTROLS).map(|(m, p, d)| json!({"method": m, "path": p, "doc": d})).collect::<Vec<_>>()}),
        ),
        ("GET", ["config"]) => ok(crate::print::effective_config(emulator.config())),
        ("GET", ["clock"]) => ok(clock(emulator).await),
        ("POST", ["clock", "advance"]) => {
            let Some(seconds) = body.get("seconds").and_then(Json::as_i64).filter(|s| *s >= 0) else {
                return error(400, "give {\"seconds\": N} with N a whole number, 0 or more");
            };
            if let Some(failed) = submitted(emulator.submit(|_| Input::AdvanceClock { seconds }).await) {
                return failed;
            }
            ok(clock(emulator).await)
        }
        ("POST", ["reset"]) => {
            emulator.abandon_waiting();
            let epoch = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            if let Some(failed) =
                submitted(emulator.submit(|s| Input::Reset { epoch, clock_offset_ms: s.clock_offset_ms }).await)
            {
                return failed;
            }
            ok(json!({"reset": true}))
        }
        ("POST", ["iyzico-terminal", "devices", device, "mode"]) => {
            let manual = match body.get("mode").and_then(Json::as_str) {
                Some("manual") => true,
                Some("automatic") => false,
                _ => return error(400, "give {\"mode\": \"manual\"} or {\"mode\": \"automatic\"}"),
            };
            let device = (*device).to_owned();
            if let Some(failed) =
                submitted(emulator.submit(|_| Input::IyzicoDeviceMode { device: device.clone(), manual }).await)
            {
                return failed;
            }
            ok(json!({"device": device, "mode": if manual { "manual" } else { "automatic" }}))
        }
        ("POST", ["iyzico-terminal", "devices", device, "present"]) => {
            let outcome = body.get("outcome").and_then(Json::as_str).unwrap_or("approved");
            if outcome != "approved" && emulator.config().outcomes.iyzico_by_name(outcome).is_none() {
                let names: Vec<&str> = emulator.config().outcomes.iyzico.iter().map(|t| t.name.as_str()).collect();
                return error(
                    400,
                    format!("no outcome is named {outcome:?}; use approved or one of {}", names.join(", ")),
                );
            }
            if emulator.present(device, Tap::Presented(outcome.to_owned())).await {
                ok(json!({"device": device, "presented": outcome}))
            } else {
                error(409, format!("no call waits for a card on {device} (is the device in manual mode?)"))
            }
        }
        ("GET", ["iyzico-terminal", "lifecycles", lifecycle]) => lifecycle_instances(emulator, lifecycle, query).await,
        ("POST", ["iyzico-terminal", "events"]) => {
            let (Some(lifecycle), Some(event)) =
                (body.get("lifecycle").and_then(Json::as_str), body.get("event").and_then(Json::as_str))
            else {
                return error(400, "give {\"lifecycle\": ..., \"event\": ..., \"match\": {attribute: text}}");
            };
            let attributes: Vec<(String, String)> = body
                .get("match")
                .and_then(Json::as_object)
                .map(|m| m.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned()))).collect())
                .unwrap_or_default();
            let (lifecycle, event) = (lifecycle.to_owned(), event.to_owned());
            let at_ms = emulator.now_ms();
            match emulator
                .submit(|_| Input::IyzicoEvent {
                    at_ms,
                    lifecycle: lifecycle.clone(),
                    event: event.clone(),
                    attributes,
                })
                .await
            {
                Ok(Applied::Moved(Some(moved))) => ok(json!({"lifecycle": lifecycle, "event": event, "moved": moved})),
                Ok(_) => error(404, format!("the iyzico Terminal API has no lifecycle {lifecycle:?}")),
                Err(e) => error(503, e.to_string()),
            }
        }
        ("GET", ["iyzico-terminal", "coverage"]) => ok(emulator.read(|s| s.iyzico.coverage.report()).await),
        ("GET", ["finrota-pws", "coverage"]) => ok(emulator.read(|s| s.finrota.coverage.report()).await),
        (_, ["wiapay", rest @ ..]) => wiapay::handle(emulator, method, rest, query, &body).await,
        ("POST", ["state"]) => provider_state(emulator, &body).await,
        (_, _) => error(404, format!("no control {method} {path}; GET /_payspec/ lists them")),
    }
}

async fn lifecycle_instances(emulator: &Emulator, lifecycle: &str, query: &str) -> Answer {
    if payspec::iyzico_terminal::LifecycleId::from_id(lifecycle).is_none() {
        return error(404, format!("the iyzico Terminal API has no lifecycle {lifecycle:?}"));
    }
    let world = emulator.read(|s| serde_json::to_value(&s.iyzico.world).unwrap_or(Json::Null)).await;
    let filters: Vec<(String, String)> = payspec::support::form_pairs(query).unwrap_or_default();
    let instances = world.get(lifecycle.replace('-', "_")).and_then(Json::as_array).cloned().unwrap_or_default();
    let matching: Vec<Json> = instances
        .into_iter()
        .filter(|instance| {
            filters.iter().all(|(name, value)| {
                instance.get("attributes").and_then(|a| a.get(name)).and_then(|v| v.get("value")).is_some_and(|v| {
                    match v {
                        Json::String(s) => s == value,
                        other => serde_json::from_str::<Json>(value).is_ok_and(|parsed| parsed == *other),
                    }
                })
            })
        })
        .collect();
    ok(json!({"lifecycle": lifecycle, "instances": matching}))
}

fn request(target: &str, headers: Vec<(String, String)>, body: Vec<u8>) -> HttpInput {
    HttpInput { method: "POST".to_owned(), target: target.to_owned(), headers, body, peer: "127.0.0.1".to_owned() }
}

fn form(pairs: &[(&str, &str)]) -> Vec<u8> {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", payspec::support::percent_encode(k), payspec::support::percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

async fn call(emulator: &Arc<Emulator>, operation: &'static str, input: HttpInput) -> Result<Json, Answer> {
    let answer = emulator.iyzico_call(operation, input).await.map_err(|e| error(503, e.to_string()))?;
    let body: Json = answer.json_body().into_owned();
    if answer.status == 200
        && body.get("status").and_then(Json::as_str).is_none_or(|s| s.eq_ignore_ascii_case("success"))
    {
        Ok(body)
    } else {
        Err(Answer::json(
            409,
            json!({"error": format!("{operation} was refused while setting up the state"), "answer": body, "status": answer.status}),
        ))
    }
}

/// Logs in through the real OAuth flow: the access token.
async fn login(emulator: &Arc<Emulator>, client_id: &str) -> Result<(String, String), Answer> {
    let config = emulator.config();
    let Some(integration) = config.integration(client_id) else {
        return Err(error(400, format!("no integration {client_id:?}")));
    };
    let Some(user) = config.iyzico.users.first() else { return Err(error(400, "no user is configured")) };
    let form_type = vec![("content-type".to_owned(), "application/x-www-form-urlencoded".to_owned())];
    let now = (emulator.now_ms() / 1000).to_string();
    let authorize = form(&[
        ("scope", "iyzipayApiGateway"),
        ("client_id", &integration.client_id),
        ("client_secret", &integration.client_secret),
        ("response_type", "code"),
        ("username", &user.username),
        ("password", &user.password),
        ("request_timestamp", &now),
    ]);
    let code =
        call(emulator, "oauth-authorize", request("/in-store/oauth2/authorize", form_type.clone(), authorize)).await?;
    let code = code.get("code").and_then(Json::as_str).unwrap_or_default().to_owned();
    let basic = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", integration.client_id, integration.client_secret));
    let mut headers = form_type;
    headers.push(("authorization".to_owned(), format!("Basic {basic}")));
    let token = call(
        emulator,
        "oauth-token",
        request("/in-store/oauth2/token", headers, form(&[("grant_type", "authorization_code"), ("code", &code)])),
    )
    .await?;
    let access = token.get("access_token").and_then(Json::as_str).unwrap_or_default().to_owned();
    let refresh = token.get("refresh_token").and_then(Json::as_str).unwrap_or_default().to_owned();
    Ok((access, refresh))
}

/// Pact-style provider states, each set up through real calls, so the lifecycles reach them by their own rules.
async fn provider_state(emulator: &Arc<Emulator>, body: &Json) -> Answer {
    let params = body.get("params").cloned().unwrap_or(json!({}));
    let param = |name: &str, default: &str| params.get(name).and_then(Json::as_str).unwrap_or(default).to_owned();
    let state = body.get("state").and_then(Json::as_str).unwrap_or_default();
    let result: Result<Json, Answer> = async {
        match state {
            "iyzico-terminal/logged-in" => {
                let (access, refresh) = login(emulator, &param("client_id", "payspec-vuk509")).await?;
                Ok(json!({"access_token": access, "refresh_token": refresh}))
            }
            "iyzico-terminal/sale" | "iyzico-terminal/settled-sale" => {
                let (access, refresh) = login(emulator, &param("client_id", "payspec-vuk509")).await?;
                let device = param("device", "PAV860047264");
                let amount = param("amount", "100.00");
                let reference = param("reference", &format!("state-{}", emulator.read(|s| s.arrivals).await + 1));
                let headers = vec![
                    ("content-type".to_owned(), "application/json".to_owned()),
                    ("authorization".to_owned(), format!("Bearer {access}")),
                ];
                let price: Json = serde_json::from_str(&amount).map_err(|_| error(400, format!("amount {amount:?} is not a number")))?;
                let sale = json!({"conversationId": "payspec-state", "locale": "tr", "deviceUniqueId": device,
                    "transactionReferenceId": reference, "price": price, "currency": "TRY", "installment": 1, "salesType": "SALE"});
                let sale = call(emulator, "vuk509-payment", request("/v2/terminal-host/payment", headers.clone(), sale.to_string().into_bytes())).await?;
                let mut out = json!({"access_token": access, "refresh_token": refresh, "paymentId": sale.get("paymentId"),
                    "paymentDate": sale.get("paymentDate"), "transactionReferenceId": reference, "deviceUniqueId": device});
                if state == "iyzico-terminal/settled-sale" {
                    let eod = json!({"conversationId": "payspec-state", "locale": "tr", "deviceUniqueId": device});
                    let eod = call(emulator, "vuk509-end-of-day", request("/v2/terminal-host/eod", headers, eod.to_string().into_bytes())).await?;
                    out["batchNo"] = eod.get("batchNo").cloned().unwrap_or(Json::Null);
                }
                Ok(out)
            }
            other => Err(error(
                400,
                format!("no provider state {other:?}; known: iyzico-terminal/logged-in, iyzico-terminal/sale, iyzico-terminal/settled-sale"),
            )),
        }
    }
    .await;
    match result {
        Ok(out) => ok(json!({"state": state, "result": out})),
        Err(answer) => answer,
    }
}
