//! Passive mode over real loopback HTTP: the README's walk-throughs played through `payspec proxy` in front of the
//! reference emulator report nothing; a misbehaving client is reported by name (a reused transactionReferenceId, a
//! retry after 380103 without a status query, an invalid request, a forged WiaPay callback acknowledged); a
//! server's defect seen through the proxy is reported; traffic passes unchanged, several clients at once.

mod common;
mod proxy_harness;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use payspec_suite::event::{Event, Verdict};
use proxy_harness::*;

#[test]
fn the_iyzico_and_finrota_walkthroughs_through_the_proxy_report_nothing() {
    let emu = Emu::start(config());
    let proxy = proxy(&emu.url(), true, None);
    let client = Client::new(&proxy.url());
    iyzico_walkthrough(&client);
    finrota_walkthrough(&client, "ORDER-1");
    let (summary, events) = proxy.stop();
    assert_clean(&summary, &events);
    // Every exchange of both APIs was checked, server side and client side.
    let iyzico = events.iter().filter(|e| matches!(e, Event::Exchange(x) if x.case == "proxy/iyzico-terminal")).count();
    let finrota = events.iter().filter(|e| matches!(e, Event::Exchange(x) if x.case == "proxy/finrota-pws")).count();
    assert_eq!((iyzico, finrota), (7, 6), "the bank page and the controls are forwarded, not checked");
    let passed = passed(&events);
    for check in
        ["client_request_valid", "client_new_reference", "model_refusal", "model_admitted", "response_schema", "echo"]
    {
        assert!(passed.contains(&check), "{check} ran and passed");
    }
    assert!(events.iter().any(
        |e| matches!(e, Event::CaseFinished { case, verdict: Verdict::Passed, .. } if case == "proxy/iyzico-terminal")
    ));
}

#[test]
fn a_status_query_after_380103_then_a_retry_is_what_a_correct_client_does() {
    let emu = Emu::start(config());
    let proxy = proxy(&emu.url(), true, None);
    let client = Client::new(&proxy.url());
    let token = iyzico_login(&client);
    let timeout = sale(&client, &token, "ref-t1", "11.07");
    assert_eq!(text(&timeout, "/errorCode"), "380103", "the outcome trigger answers 380103");
    let query = query_by_reference(&client, &token, "ref-t1");
    assert_eq!(query.status, 200, "{}", String::from_utf8_lossy(&query.body));
    let retry = sale(&client, &token, "ref-t2", "11.00");
    assert_eq!(retry.status, 200, "{}", String::from_utf8_lossy(&retry.body));
    let (summary, events) = proxy.stop();
    assert_clean(&summary, &events);
}

#[test]
fn the_wiapay_walkthrough_with_its_callbacks_through_the_proxy_reports_nothing() {
    let receiver = Receiver::start(false);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let hook = format!("http://{}/hook", listener.local_addr().expect("address"));
    let mut config = config();
    config.wiapay.callback_url = Some(hook);
    let emu = Emu::start(config);
    let proxy = proxy_on(listener, &emu.url(), true, Some(receiver.url()));
    let client = Client::new(&proxy.url());
    let body = r#"{"processId":"ORDER-1","amount":15000,"currency":"TRY","customer":{"id":"u1","name":"Ayşe Yılmaz","username":"ayse"}}"#;
    let deposit = wiapay(&client, "POST", "/v1/deposit", body);
    assert_eq!(deposit.status, 201, "{}", String::from_utf8_lossy(&deposit.body));
    let transaction = text(&deposit, "/data/transactionId");
    let page = client.send(
        "POST",
        &format!("/checkout/{transaction}"),
        &[("content-type", "application/x-www-form-urlencoded")],
        b"action=confirm",
    );
    assert_eq!(page.status, 200);
    wait_for(|| receiver.acknowledged.load(Ordering::SeqCst) >= 2, "the two callbacks (processing, completed)");
    let (summary, events) = proxy.stop();
    assert_clean(&summary, &events);
    let callbacks =
        events.iter().filter(|e| matches!(e, Event::Exchange(x) if x.case == "proxy/wiapay/callbacks")).count();
    assert_eq!(callbacks, 2, "both callbacks went through the proxy");
    let passed = passed(&events);
    assert!(passed.contains(&"callback_signature") && passed.contains(&"client_acknowledges_callback"));
    // The deposit was checked against WiaPay's model, server side, as payspec check checks it.
    let deposit = events.iter().find_map(|e| match e {
        Event::Exchange(x) if x.step.ends_with("POST /v1/deposit") => Some(x),
        _ => None,
    });
    let deposit = deposit.expect("the deposit exchange");
    assert_eq!((deposit.case.as_str(), deposit.predicted.as_str()), ("proxy/wiapay", "admitted"));
    assert!(deposit.passed.contains(&"response_schema") && deposit.passed.contains(&"client_request_valid"));
}

fn wait_for(done: impl Fn() -> bool, what: &str) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(15), "waited too long for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_misbehaving_client_is_reported_by_name() {
    let receiver = Receiver::start(true);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let hook = format!("http://{}/hook", listener.local_addr().expect("address"));
    let mut config = config();
    config.wiapay.callback_url = Some(hook);
    let emu = Emu::start(config);
    let proxy = proxy_on(listener, &emu.url(), true, Some(receiver.url()));
    let client = Client::new(&proxy.url());
    let token = iyzico_login(&client);

    // A reused transactionReferenceId.
    assert_eq!(sale(&client, &token, "ref-1", "10.00").status, 200);
    let reused = sale(&client, &token, "ref-1", "12.00");
    assert_eq!(text(&reused, "/errorCode"), "380104", "the emulator refuses it");

    // A retry after 380103 with no status query (a new reference, the same device).
    assert_eq!(text(&sale(&client, &token, "ref-2", "11.07"), "/errorCode"), "380103");
    let _ = sale(&client, &token, "ref-3", "10.00");

    // An invalid request: the price is not a number.
    let invalid = sale(&client, &token, "ref-4", r#""ten""#);
    assert_eq!(invalid.status, 400);

    // A forged callback, acknowledged: the body of a real one, a signature that is not the recipe's.
    let deposit = wiapay(
        &client,
        "POST",
        "/v1/deposit",
        r#"{"processId":"ORDER-9","amount":15000,"currency":"TRY","customer":{"id":"u1","name":"A","username":"a"}}"#,
    );
    let transaction = text(&deposit, "/data/transactionId");
    let _ = client.send(
        "POST",
        &format!("/checkout/{transaction}"),
        &[("content-type", "application/x-www-form-urlencoded")],
        b"action=confirm",
    );
    wait_for(|| receiver.acknowledged.load(Ordering::SeqCst) >= 2, "the real callbacks");
    let emulator = Client::new(&emu.url());
    let delivered = emulator.send("GET", &format!("/_payspec/wiapay/callbacks?transaction_id={transaction}"), &[], b"");
    let genuine = delivered_body(&body(&delivered));
    let forged_at = now().to_string();
    let forged = client.send(
        "POST",
        "/hook",
        &[("content-type", "application/json"), ("X-Timestamp", &forged_at), ("X-Signature", &"0".repeat(64))],
        genuine.as_bytes(),
    );
    assert_eq!(forged.status, 200, "the trusting receiver acknowledged it");

    let (summary, events) = proxy.stop();
    let found = findings(&events);
    let names: Vec<&str> = found.iter().map(|(_, f)| f.check).collect();
    for check in
        ["client_new_reference", "client_status_query_first", "client_request_valid", "client_verifies_callback"]
    {
        assert_eq!(failed(&found, check).len(), 1, "{check} reported once, in {names:?}");
    }
    let (step, reference) = failed(&found, "client_new_reference")[0];
    assert!(step.ends_with("POST /v2/terminal-host/payment") && reference.actual.contains("ref-1"), "{reference:?}");
    let (_, retry) = failed(&found, "client_status_query_first")[0];
    assert!(retry.rule.contains("380103") && retry.expected.contains("ref-2"), "{retry:?}");
    assert_eq!(retry.basis, "decision");
    let (_, invalid) = failed(&found, "client_request_valid")[0];
    assert!(invalid.actual.contains("price"), "the problem names the field: {invalid:?}");
    // The server did all it had to: every finding is the client's, or the forged callback's signature.
    for (step, finding) in &found {
        assert!(finding.check.starts_with("client_") || finding.check == "callback_signature", "{step}: {finding:?}");
    }
    assert!(summary.violations >= 4);
    assert_eq!(summary.exit_code(), 1);
}

/// The exact body of the first callback the emulator delivered.
fn delivered_body(listing: &Value) -> String {
    let list = listing.get("callbacks").cloned().unwrap_or_else(|| listing.clone());
    list.as_array()
        .and_then(|callbacks| callbacks.first())
        .and_then(|callback| callback.get("body"))
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("a delivered callback in {listing}"))
        .to_owned()
}

#[test]
fn without_strict_the_decisions_a_client_breaks_are_warnings() {
    let emu = Emu::start(config());
    let proxy = proxy(&emu.url(), false, None);
    let client = Client::new(&proxy.url());
    let token = iyzico_login(&client);
    assert_eq!(text(&sale(&client, &token, "ref-2", "11.07"), "/errorCode"), "380103");
    let _ = sale(&client, &token, "ref-3", "10.00");
    let (summary, events) = proxy.stop();
    let found = findings(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].1.check, found[0].1.verdict), ("client_status_query_first", Verdict::Warning));
    assert_eq!((summary.violations, summary.warnings, summary.exit_code()), (0, 1, 0));
}

#[test]
fn a_server_defect_seen_through_the_proxy_is_reported() {
    let emu = Emu::start(config());
    // The implementation drops conversationId from a sale's answer.
    let defective = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(|sent, received| {
            if sent.path == "/v2/terminal-host/payment" {
                common::edit_json(received, |body| {
                    if let Some(map) = body.as_object_mut() {
                        map.remove("conversationId");
                    }
                });
            }
        }),
    );
    let proxy = proxy(&defective.url(), true, None);
    let client = Client::new(&proxy.url());
    let token = iyzico_login(&client);
    assert_eq!(sale(&client, &token, "ref-1", "10.00").status, 200);
    let (summary, events) = proxy.stop();
    let found = findings(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    let (step, finding) = &found[0];
    assert_eq!(
        (finding.check, finding.verdict, finding.pointer.as_deref()),
        ("echo", Verdict::Failed, Some("/conversationId"))
    );
    assert!(step.ends_with("POST /v2/terminal-host/payment"));
    assert_eq!(summary.exit_code(), 1);
}

#[test]
fn a_refusal_the_spec_predicts_but_the_server_did_not_give_fails() {
    let emu = Emu::start(config());
    // The implementation accepts a reused reference: its 380104 refusal becomes an approval.
    let defective = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(|sent, received| {
            let refused = received.json().is_some_and(|b| b["errorCode"] == json!("380104"));
            if sent.path == "/v2/terminal-host/payment" && refused {
                received.status = 200;
                common::edit_json(received, |body| *body = json!({"status": "SUCCESS"}));
            }
        }),
    );
    let proxy = proxy(&defective.url(), true, None);
    let client = Client::new(&proxy.url());
    let token = iyzico_login(&client);
    assert_eq!(sale(&client, &token, "ref-1", "10.00").status, 200);
    let _ = sale(&client, &token, "ref-1", "10.00");
    let (_, events) = proxy.stop();
    let found = findings(&events);
    let refusal: Vec<_> = found.iter().filter(|(_, f)| f.check == "model_refusal").collect();
    assert_eq!(refusal.len(), 1, "{found:#?}");
    assert!(refusal[0].1.rule.contains("380104") && refusal[0].1.actual.contains("accepted"), "{:?}", refusal[0].1);
    assert!(found.iter().any(|(_, f)| f.check == "client_new_reference"), "the client reused it, too");
}

#[test]
fn traffic_passes_unchanged_and_several_clients_run_at_once() {
    let emu = Emu::start(config());
    let seen: Arc<std::sync::Mutex<Vec<payspec_suite::apis::Sent>>> = Arc::default();
    let record = Arc::clone(&seen);
    let upstream = common::Proxy::start(
        &emu.url(),
        Arc::new(move |sent| record.lock().expect("lock").push(sent.clone())),
        Arc::new(|_, _| {}),
    );
    let proxy = proxy(&upstream.url(), true, None);
    let url = proxy.url();
    let odd = r#"{"apiKey" : "payspec-finrota-key",   "secretKey":"payspec-finrota-secret"}"#;
    let client = Client::new(&url);
    let through = client.send(
        "POST",
        "/auth/api/token/connect?trace=1&x=%20y",
        &[("content-type", "application/json"), ("x-vendor-trace", "abc 123")],
        odd.as_bytes(),
    );
    let direct = Client::new(&emu.url()).send("GET", "/_payspec/config", &[], b"");
    let via = client.send("GET", "/_payspec/config", &[], b"");
    assert_eq!((via.status, &via.body), (direct.status, &direct.body), "an answer comes back byte for byte");
    assert_eq!(through.status, 200);
    {
        let seen = seen.lock().expect("lock");
        let first = seen.first().expect("the upstream saw the request");
        assert_eq!(
            (first.method.as_str(), first.path.as_str(), first.query.as_str()),
            ("POST", "/auth/api/token/connect", "trace=1&x=%20y")
        );
        assert_eq!(first.body, odd.as_bytes(), "the body byte for byte");
        assert!(first.headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("x-vendor-trace") && v == "abc 123"));
        assert!(
            !first.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("connection")),
            "hop-by-hop headers are not forwarded"
        );
    }
    // The iyzico and Finrota walk-throughs and a few readers, at once.
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                let client = Client::new(&url);
                match i {
                    0 => iyzico_walkthrough(&client),
                    1 => finrota_walkthrough(&client, "ORDER-A"),
                    _ => finrota_walkthrough(&client, &format!("ORDER-{i}")),
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("a client finished");
    }
    let (summary, events) = proxy.stop();
    assert_clean(&summary, &events);
    assert_eq!(summary.exchanges, 1 + 7 + 3 * 6, "every API exchange checked, none lost");
}

#[test]
fn reports_hold_no_secret_or_card_number() {
    let emu = Emu::start(config());
    let proxy = proxy(&emu.url(), true, None);
    let client = Client::new(&proxy.url());
    iyzico_walkthrough(&client);
    finrota_walkthrough(&client, "ORDER-1");
    let (_, events) = proxy.stop();
    // Every format `payspec check` writes, from the proxy's events.
    let shows = [
        ("json", "/v2/terminal-host/payment"),
        ("junit", "proxy/iyzico-terminal"),
        ("har", "/v2/terminal-host/payment"),
        ("markdown", "proxy/iyzico-terminal"),
    ];
    for (format, shown) in shows {
        let spec = payspec_suite::report::ReportSpec::parse(&format!("{format}=report")).expect("a format");
        let report = payspec_suite::report::render(spec.format, &events, &[]);
        for secret in ["payspec-pass", "payspec-vuk509-secret", "payspec-finrota-secret", "4155650100416111", "\"123\""]
        {
            assert!(!report.contains(secret), "{secret} in the {format} report");
        }
        assert!(report.contains(shown), "the {format} report shows {shown}");
    }
}

#[test]
fn the_models_clock_is_the_upstreams_date() {
    let emu = Emu::start(config());
    // The implementation's clock says three hours later when the sale is answered: past the access token's
    // 7199 s, so the spec predicts the token expired, and a sale accepted then is a defect.
    let later = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = Arc::clone(&later);
    let defective = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(move |sent, received| {
            if sent.path == "/v2/terminal-host/payment" && flag.load(Ordering::SeqCst) {
                let date = http_date(now() + 3 * 3600);
                received.headers.retain(|(n, _)| n != "date");
                received.headers.push(("date".to_owned(), date));
            }
        }),
    );
    let proxy = proxy(&defective.url(), true, None);
    let client = Client::new(&proxy.url());
    let token = iyzico_login(&client);
    assert_eq!(sale(&client, &token, "ref-1", "10.00").status, 200);
    later.store(true, Ordering::SeqCst);
    assert_eq!(sale(&client, &token, "ref-2", "10.00").status, 200);
    let (_, events) = proxy.stop();
    let found = findings(&events);
    assert_eq!(found.len(), 1, "only the sale answered three hours later: {found:#?}");
    assert_eq!(found[0].1.check, "model_refusal");
    assert!(found[0].1.rule.starts_with("access-token: expired"), "{:?}", found[0].1);
}

/// An IMF-fixdate of Unix seconds.
fn http_date(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let seconds = unix.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][usize::try_from(days.rem_euclid(7)).unwrap_or(0)];
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "{weekday}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        months[usize::try_from(month - 1).unwrap_or(0)],
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

#[test]
fn a_finrota_order_reference_used_again_is_reported() {
    let emu = Emu::start(config());
    let proxy = proxy(&emu.url(), true, None);
    let client = Client::new(&proxy.url());
    let token = client.json(
        "/auth/api/token/connect",
        None,
        &[],
        &json!({"apiKey": "payspec-finrota-key", "secretKey": "payspec-finrota-secret"}),
    );
    let token = text(&token, "/token");
    let pay = || {
        client.json(
            "/pws/payment",
            Some(&token),
            &[("accept-language", "en")],
            &serde_json::from_str::<Value>(
                r#"{"agentCode":"C-1001","amount":100.00,"installment":1,"tenantPosId":"384badef-11ec-ee11-98f2-005056b0d2e5","paymentSetDefinitionId":"504978bf-bebd-40c5-89aa-b76f3a20341c","currencyCode":"TRY","use3D":false,"clientOrderReferenceCode":"ORDER-7","contact":{"name":"Test","surname":"Payer","email":"payer@payspec.test"},"card":{"cardNumber":"4155650100416111","cardHolderName":"Test Payer","cvv":"123","expMonth":12,"expYear":2030}}"#,
            )
            .expect("JSON"),
        )
    };
    assert_eq!(body(&pay())["statusCode"], json!(200));
    assert_eq!(text(&pay(), "/errors/0/code"), "P017", "the emulator refuses it");
    let (_, events) = proxy.stop();
    let found = findings(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1.check, "client_new_reference");
    assert!(found[0].1.actual.contains("ORDER-7"), "{:?}", found[0].1);
}
