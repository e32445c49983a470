//! A HAR 1.2 log (<http://www.softwareishard.com/blog/har-12-spec/>) of every exchange of a run, for a browser's
//! network panel or any HAR viewer: a page per case, an entry per exchange with its request and answer (headers,
//! body, timings) as the events hold them — already redacted: credential headers, secrets, tokens and card data
//! are masked before any report sees them. Events carry the run's start and each exchange's duration, so an
//! entry's `startedDateTime` is the run's start plus the durations before it (the time between exchanges — the
//! clock reads of the emulator's controls — is not counted). An exchange without an answer has status 0 and its
//! transport error in `_error`.

use serde_json::{Value as Json, json};

use crate::event::{Event, Exchange, ShownRequest, ShownResponse, Verdict};
use crate::report::time::iso8601;

fn pairs(headers: &[(String, String)]) -> Json {
    headers.iter().map(|(name, value)| json!({"name": name, "value": value})).collect()
}

fn query_string(target: &str) -> Json {
    target
        .split_once('?')
        .map(|(_, query)| {
            query
                .split('&')
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                    json!({"name": name, "value": value})
                })
                .collect()
        })
        .unwrap_or_else(|| Json::Array(Vec::new()))
}

/// A shown body as text: a text as it is, JSON compact, a form's fields form-encoded, nothing as `""`.
fn body_text(body: &Json, form: bool) -> String {
    match body {
        Json::Null => String::new(),
        Json::String(text) => text.clone(),
        Json::Object(map) if form => map
            .iter()
            .map(|(k, v)| {
                let v = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                format!("{}={}", payspec::support::percent_encode(k), payspec::support::percent_encode(&v))
            })
            .collect::<Vec<_>>()
            .join("&"),
        other => other.to_string(),
    }
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn request(base: &str, shown: &ShownRequest) -> Json {
    let content_type = header(&shown.headers, "content-type");
    let form = content_type.is_some_and(|t| t.contains("x-www-form-urlencoded"));
    let text = body_text(&shown.body, form);
    let mut request = json!({
        "method": shown.method,
        "url": format!("{base}{}", shown.target),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": pairs(&shown.headers),
        "queryString": query_string(&shown.target),
        "headersSize": -1,
        "bodySize": text.len(),
    });
    if !text.is_empty() {
        request["postData"] = json!({"mimeType": content_type.unwrap_or("application/octet-stream"), "text": text});
    }
    request
}

fn status_text(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

fn response(shown: Option<&ShownResponse>, error: Option<&str>) -> Json {
    let Some(shown) = shown else {
        let mut response = json!({
            "status": 0, "statusText": "", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [],
            "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "", "headersSize": -1, "bodySize": -1,
        });
        if let Some(error) = error {
            response["_error"] = json!(error);
        }
        return response;
    };
    let text = body_text(&shown.body, false);
    let mime = shown.content_type.clone().unwrap_or_else(|| "x-unknown".to_owned());
    let mut content = json!({"size": text.len(), "mimeType": mime});
    if !text.is_empty() {
        content["text"] = json!(text);
    }
    json!({
        "status": shown.status,
        "statusText": status_text(shown.status),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": pairs(&shown.headers),
        "content": content,
        "redirectURL": header(&shown.headers, "location").unwrap_or_default(),
        "headersSize": -1,
        "bodySize": text.len(),
    })
}

fn verdict_of(exchange: &Exchange) -> Verdict {
    exchange.findings.iter().map(|f| f.verdict).max().unwrap_or(Verdict::Passed)
}

fn entry(base: &str, started: u64, exchange: &Exchange) -> Json {
    let verdict = serde_json::to_value(verdict_of(exchange)).unwrap_or_default();
    let failed: Vec<&str> = exchange.findings.iter().map(|f| f.check).collect();
    json!({
        "pageref": exchange.case,
        "startedDateTime": iso8601(started),
        "time": exchange.millis,
        // A callback's request went to the suite's receiver: its target is already a whole URL.
        "request": request(if exchange.predicted == "callback" { "" } else { base }, &exchange.request),
        "response": response(exchange.response.as_ref(), exchange.transport_error.as_deref()),
        "cache": {},
        "timings": {"blocked": -1, "dns": -1, "connect": -1, "send": 0, "wait": exchange.millis, "receive": 0, "ssl": -1},
        "comment": format!("{} step {}", exchange.case, exchange.step),
        "_case": exchange.case,
        "_step": exchange.step,
        "_operation": exchange.operation,
        "_predicted": exchange.predicted,
        "_verdict": verdict,
        "_findings": failed,
    })
}

/// The HAR document.
pub fn report(events: &[Event]) -> String {
    let mut base = String::new();
    let mut clock = 0u64;
    let mut comment = String::from("payspec check");
    let mut pages = Vec::new();
    let mut entries = Vec::new();
    for event in events {
        match event {
            Event::RunStarted { target, started_unix_millis, implementation, seed, spec_hash, .. } => {
                base = target.trim_end_matches('/').to_owned();
                clock = *started_unix_millis;
                comment = format!("payspec check of {implementation} at {target}, seed {seed}, spec {spec_hash}");
            }
            Event::CaseStarted { case, title, .. } => {
                pages.push(json!({"startedDateTime": iso8601(clock), "id": case, "title": title, "pageTimings": {}}));
            }
            Event::Exchange(exchange) => {
                entries.push(entry(&base, clock, exchange));
                clock += exchange.millis;
            }
            _ => {}
        }
    }
    let document = json!({
        "log": {
            "version": "1.2",
            "creator": {"name": "payspec suite", "version": crate::VERSION},
            "pages": pages,
            "entries": entries,
            "comment": comment,
        }
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}
