//! The HAR log: a valid HAR 1.2 document of every exchange (the fields the format requires, a page per case), and
//! no secret or card number in it — nor in any other report — even when the suite sends them in a request and the
//! implementation answers them back in JSON, in garbage text, in a header, or in bytes that are not HTTP at all.

mod common;

use std::sync::Arc;

use serde_json::Value as Json;

use payspec_suite::event::Event;
use payspec_suite::report;

const SECRET: &str = "payspec-vuk509-secret";
/// A card number the credentials do not hold: only its Luhn-valid shape can mask it.
const CARD: &str = "4111111111111111";
const CARD_SPACED: &str = "4111 1111 1111 1111";
const TOKEN: &str = "abc.def.ghi";

fn has_fields(value: &Json, fields: &[&str], at: &str) {
    for field in fields {
        assert!(value.get(field).is_some(), "{at} has no {field}: {value}");
    }
}

fn assert_valid_har(text: &str, exchanges: usize) -> Json {
    let har: Json = serde_json::from_str(text).expect("the HAR parses");
    let log = &har["log"];
    assert_eq!(log["version"], "1.2");
    assert_eq!(log["creator"]["name"], "payspec suite");
    assert_eq!(log["creator"]["version"], payspec_suite::VERSION);
    let pages = log["pages"].as_array().expect("pages");
    for page in pages {
        has_fields(page, &["startedDateTime", "id", "title", "pageTimings"], "a page");
    }
    let entries = log["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), exchanges, "an entry per exchange");
    for entry in entries {
        has_fields(entry, &["startedDateTime", "time", "request", "response", "cache", "timings"], "an entry");
        assert!(entry["startedDateTime"].as_str().is_some_and(|t| t.len() == 24 && t.ends_with('Z')), "{entry}");
        let pageref = entry["pageref"].as_str().expect("a pageref");
        assert!(pages.iter().any(|p| p["id"] == pageref), "{pageref} names no page");
        let request = &entry["request"];
        has_fields(
            request,
            &["method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"],
            "a request",
        );
        assert!(request["url"].as_str().is_some_and(|u| u.starts_with("http://")), "{request}");
        if let Some(post) = request.get("postData") {
            has_fields(post, &["mimeType", "text"], "postData");
        }
        let response = &entry["response"];
        has_fields(
            response,
            &[
                "status",
                "statusText",
                "httpVersion",
                "cookies",
                "headers",
                "content",
                "redirectURL",
                "headersSize",
                "bodySize",
            ],
            "a response",
        );
        has_fields(&response["content"], &["size", "mimeType"], "content");
        has_fields(&entry["timings"], &["send", "wait", "receive"], "timings");
        for headers in [&request["headers"], &response["headers"]] {
            for header in headers.as_array().expect("headers") {
                has_fields(header, &["name", "value"], "a header");
            }
        }
    }
    har
}

fn exchanges(events: &[Event]) -> usize {
    events.iter().filter(|e| matches!(e, Event::Exchange(_))).count()
}

#[test]
fn the_har_of_a_run_is_valid_har_1_2() {
    let emu = common::Emu::start();
    let (_, events) =
        common::run(&emu.url(), &["iyzico-terminal/vuk509-walkthrough", "finrota-pws/refund-past-amount"]);
    let har = assert_valid_har(&report::har::report(&events), exchanges(&events));
    let entries = har["log"]["entries"].as_array().expect("entries");
    assert!(entries.iter().any(|e| e["request"]["postData"]["text"].as_str().is_some_and(|t| t.contains('{'))));
    assert!(entries.iter().any(|e| e["response"]["content"]["text"].as_str().is_some_and(|t| t.contains('{'))));
    assert_eq!(har["log"]["pages"].as_array().map(Vec::len), Some(2));
}

const PLANT_CASE: &str = r#"{
  "id": "iyzico-terminal/plant",
  "title": "Secrets and card numbers sent and answered back",
  "api": "iyzico-terminal",
  "profile": "device",
  "covers": {"codes": ["100310"]},
  "steps": [
    {
      "id": "garbage",
      "operation": "vuk509-end-of-day",
      "bearer": "{{gen.token}}",
      "headers": {"X-Plant": "garbage", "X-Card": "4111111111111111", "X-Note": "payspec-vuk509-secret"},
      "raw": {"content_type": "text/plain", "text": "pan 4111 1111 1111 1111 secret payspec-vuk509-secret"}
    },
    {
      "id": "json",
      "operation": "vuk509-end-of-day",
      "bearer": "{{gen.token}}",
      "headers": {"X-Plant": "json"},
      "body": {"conversationId": "4111111111111111", "locale": "en", "deviceUniqueId": "{{credentials.device}}", "note": "payspec-vuk509-secret"}
    },
    {
      "id": "broken",
      "operation": "vuk509-end-of-day",
      "bearer": "{{gen.token}}",
      "headers": {"X-Plant": "broken"},
      "body": {"conversationId": "c", "locale": "en", "deviceUniqueId": "{{credentials.device}}"}
    }
  ]
}"#;

#[test]
fn no_report_holds_a_planted_secret_or_card_number() {
    let cases = common::CaseDir::new("plant", &[("iyzico-terminal/plant.json", PLANT_CASE)]);
    let emu = common::Emu::start();
    let proxy = common::RawProxy::start(
        &emu.url(),
        Arc::new(|sent| {
            let body = match sent.header("x-plant")? {
                "garbage" => format!("oops: pan {CARD_SPACED}, {SECRET}, Authorization: Bearer {TOKEN}"),
                "json" => format!(r#"{{"errorCode": "x", "cardNumber": "{CARD}", "debug": "{SECRET} {CARD}"}}"#),
                _ => return Some(format!("NOT HTTP {SECRET} {CARD}\r\n\r\n").into_bytes()),
            };
            let content_type = if body.starts_with('{') { "application/json" } else { "text/plain" };
            Some(
                format!(
                    "HTTP/1.1 400 Bad Request\r\nContent-Type: {content_type}\r\nX-Echo: {SECRET}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
                .into_bytes(),
            )
        }),
    );
    let (_, events) =
        common::run_tuned(&proxy.url(), &["iyzico-terminal/plant"], |options| options.cases_dir = cases.path.clone());
    // Every step ran and was answered as planted: two answers, then a transport error.
    let har_text = report::har::report(&events);
    let har = assert_valid_har(&har_text, 3);
    let entries = har["log"]["entries"].as_array().expect("entries");
    assert_eq!(entries.iter().map(|e| e["response"]["status"].clone()).collect::<Vec<_>>(), [400, 400, 0]);
    assert!(entries[2]["response"]["_error"].as_str().is_some_and(|e| e.contains("NOT HTTP ***")), "{har_text}");
    assert!(entries[0]["response"]["content"]["text"].as_str().is_some_and(|t| t.contains("Bearer ***")));
    let reports = [
        ("har", har_text.clone()),
        ("json", report::json(&events)),
        ("junit", report::junit::report(&events)),
        ("markdown", report::markdown::certificate(&events, &[])),
        ("console", report::console::summary(&events)),
    ];
    for (name, text) in &reports {
        for planted in [SECRET, CARD, CARD_SPACED, TOKEN] {
            assert!(!text.contains(planted), "the {name} report holds {planted}:\n{text}");
        }
    }
}
