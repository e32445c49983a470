//! The reports, from one event stream: snapshots of the console summary and the JUnit XML of a run against a
//! defective implementation (durations zeroed), the JUnit document well formed with one test case per case, and
//! no secret of the credentials in any report.

mod common;

use std::sync::Arc;

use payspec_suite::report;

fn defective_run() -> Vec<payspec_suite::event::Event> {
    let emu = common::Emu::start();
    let proxy = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(|sent, received| {
            if sent.path.ends_with("/refund") {
                common::edit_json(received, |body| {
                    if body["errorCode"] == "380112" {
                        body["errorCode"] = "380111".into();
                    }
                })
            }
        }),
    );
    let (_, events) =
        common::run(&proxy.url(), &["iyzico-terminal/vuk509-refund-past-amount", "iyzico-terminal/unknown-token"]);
    report::without_times(&events)
}

#[test]
fn console_and_junit_snapshots() {
    let events = defective_run();
    let console = report::console::summary(&events);
    let console: String = console.lines().skip(1).map(|l| format!("{l}\n")).collect();
    insta::assert_snapshot!("console", console);
    insta::assert_snapshot!("junit", report::junit::report(&events));
}

#[test]
fn junit_is_well_formed_with_a_test_case_per_case() {
    let events = defective_run();
    let xml = report::junit::report(&events);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "));
    assert_eq!(xml.matches("<testcase ").count(), 2, "{xml}");
    assert_eq!(xml.matches("<failure ").count(), 1, "{xml}");
    // Every element opened is closed, in order.
    let mut open: Vec<String> = Vec::new();
    for tag in xml.split('<').skip(2) {
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
        if tag.starts_with('/') {
            assert_eq!(open.pop().as_deref(), Some(name.as_str()), "{xml}");
        } else if !tag.split('>').next().unwrap_or_default().ends_with('/') {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "{open:?}");
}

/// Whether a text holds a secret: anywhere, or for a short one (a CVV, an OTP) as a whole word — `123` inside a
/// timestamp is no CVV.
fn holds(text: &str, secret: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(secret).any(|(at, _)| {
        secret.len() >= 8 || (!word(text[..at].chars().next_back()) && !word(text[at + secret.len()..].chars().next()))
    })
}

#[test]
fn no_report_holds_a_secret() {
    let events = defective_run();
    let secrets = payspec_suite::credentials::Credentials::emulator().secrets();
    for text in [report::json(&events), report::junit::report(&events), report::console::summary(&events)] {
        for secret in &secrets {
            assert!(!holds(&text, secret), "a report holds {secret}");
        }
        assert!(!text.contains("Bearer ps") && !text.contains("Basic cGF5"), "an Authorization header in a report");
    }
}
