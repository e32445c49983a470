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
    common::assert_well_formed(&xml);
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

/// The certificate's volatile parts normalized: the proxy's port, the spec hash (it changes with the spec), clock
/// readings inside the answers.
fn normalized(text: &str) -> String {
    let port = regex_lite::Regex::new(r"127\.0\.0\.1:\d+").expect("a regex");
    let hash = regex_lite::Regex::new(r"sha256:[0-9a-f]{64}").expect("a regex");
    let millis = regex_lite::Regex::new(r"\b1\d{12}\b").expect("a regex");
    let stamp = regex_lite::Regex::new(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?Z?").expect("a regex");
    let day = regex_lite::Regex::new(r#""20\d{6}""#).expect("a regex");
    let text = port.replace_all(text, "127.0.0.1:<port>");
    let text = day.replace_all(&text, "\"<yyyyMMdd>\"");
    let text = hash.replace_all(&text, "sha256:<spec hash>");
    let text = millis.replace_all(&text, "<millis>");
    stamp.replace_all(&text, "<timestamp>").into_owned()
}

#[test]
fn certificate_snapshot() {
    let events = defective_run();
    let certificate = report::markdown::certificate(&events, &["conformance.xml".to_owned()]);
    // What an acquirer needs is there, whatever the snapshot says.
    for needle in [
        "| Implementation | payspec reference emulator 0.1.0 |",
        "| Seed | 12 ",
        "`iyzico-terminal` (VUK 509)",
        "| Verdict | **FAILED**",
        "vuk509-payment: partially_refunded refuses vuk509-refund with 380112",
        "generated/docs/en/src/iyzico-terminal/lifecycles/vuk509-payment.md",
        "SHA256SUMS",
    ] {
        assert!(certificate.contains(needle), "no {needle:?} in\n{certificate}");
    }
    insta::assert_snapshot!("certificate", normalized(&certificate));
}

#[test]
fn the_manifest_lists_every_report_with_its_sha256() {
    let events = defective_run();
    let dir = std::env::temp_dir().join(format!("payspec-manifest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // Neither folder exists: writing the reports makes them.
    let specs: Vec<report::ReportSpec> = [
        format!("har={}", dir.join("run.har").display()),
        format!("markdown={}", dir.join("certificate.md").display()),
        format!("json={}", dir.join("run.json").display()),
        format!("junit={}", dir.join("xml/conformance.xml").display()),
    ]
    .iter()
    .map(|spec| report::ReportSpec::parse(spec).expect("a report spec"))
    .collect();
    let written = report::write_all(&events, &specs).expect("the reports are written");
    assert_eq!(written.len(), 6, "four reports and a manifest in each of the two folders: {written:?}");
    for (folder, files) in
        [(dir.clone(), vec!["run.har", "certificate.md", "run.json"]), (dir.join("xml"), vec!["conformance.xml"])]
    {
        let manifest = std::fs::read_to_string(folder.join("SHA256SUMS")).expect("a manifest");
        let expected: String = files
            .iter()
            .map(|name| {
                use sha2::Digest as _;
                let bytes = std::fs::read(folder.join(name)).expect("the report");
                let hex: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
                format!("{hex}  {name}\n")
            })
            .collect();
        assert_eq!(manifest, expected);
        // `sha256sum -c` agrees, where it is installed.
        if let Ok(output) =
            std::process::Command::new("sha256sum").arg("-c").arg("SHA256SUMS").current_dir(&folder).output()
        {
            assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
        }
    }
    let certificate = std::fs::read_to_string(dir.join("certificate.md")).expect("the certificate");
    assert!(certificate.contains("`run.har`, `run.json`"), "the certificate lists what the manifest covers");
    // A changed report no longer verifies.
    std::fs::write(dir.join("run.json"), "{}").expect("overwrite");
    if let Ok(output) = std::process::Command::new("sha256sum").arg("-c").arg("SHA256SUMS").current_dir(&dir).output() {
        assert!(!output.status.success());
    }
    assert!(report::ReportSpec::parse("pdf=x.pdf").is_err());
    assert!(report::ReportSpec::parse("json").is_err());
    let twice = [specs[0].clone(), specs[0].clone()];
    assert!(report::write_all(&events, &twice).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn junit_agrees_with_the_run_totals() {
    let events = defective_run();
    let xml = report::junit::report(&events);
    let Some(payspec_suite::event::Event::RunFinished { passed, warnings, accepted, failed, errors, skipped, .. }) =
        events.iter().rev().find(|e| matches!(e, payspec_suite::event::Event::RunFinished { .. }))
    else {
        panic!("no RunFinished");
    };
    let total = passed + warnings + accepted + failed + errors + skipped;
    assert!(xml.contains(&format!(
        "<testsuites name=\"payspec check\" tests=\"{total}\" failures=\"{failed}\" errors=\"{errors}\" skipped=\"{skipped}\""
    )), "{xml}");
    assert_eq!(xml.matches("<testcase ").count(), total);
    assert_eq!(xml.matches("<failure ").count(), *failed);
}
