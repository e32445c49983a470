//! The real `payspec check` binary's reports and baseline: every format written with a `SHA256SUMS` manifest that
//! verifies; a case the baseline expects to fail that passes exits 1 saying so; a bad `--report` or baseline is
//! exit 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check_reports").join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("remove old scratch");
    }
    std::fs::create_dir_all(&dir).expect("create scratch");
    dir
}

fn payspec(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_payspec")).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_report_is_written_with_a_manifest_and_an_expected_failure_that_passes_exits_1() {
    let dir = scratch("expected-failure");
    let baseline = dir.join("baseline.json");
    std::fs::write(
        &baseline,
        r#"{"expected_failures": [{"case": "iyzico-terminal/unknown-token", "reason": "ticket 9"}]}"#,
    )
    .expect("write the baseline");
    let path = |name: &str| dir.join(name).display().to_string();
    let output = payspec(&[
        "check",
        "--emulated",
        "--case",
        "iyzico-terminal/unknown-token",
        "--seed",
        "5",
        "--baseline",
        &path("baseline.json"),
        "--report",
        &format!("har={}", path("run.har")),
        "--report",
        &format!("markdown={}", path("certificate.md")),
        "--report",
        &format!("junit={}", path("conformance.xml")),
        "--report",
        &format!("json={}", path("run.json")),
    ]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("iyzico-terminal/unknown-token is listed as expected to fail (ticket 9) but passed"),
        "{stderr}"
    );
    let manifest = std::fs::read_to_string(dir.join("SHA256SUMS")).expect("the manifest");
    for name in ["run.har", "certificate.md", "conformance.xml", "run.json"] {
        assert!(manifest.contains(&format!("  {name}\n")), "{manifest}");
    }
    assert!(!manifest.contains("baseline.json"), "the manifest covers the reports only");
    if let Ok(check) = Command::new("sha256sum").args(["-c", "SHA256SUMS"]).current_dir(&dir).output() {
        assert!(check.status.success(), "{}", text(&check.stdout));
    }
    let certificate = std::fs::read_to_string(dir.join("certificate.md")).expect("the certificate");
    assert!(certificate.contains("| Verdict | **FAILED**"), "{certificate}");
    assert!(certificate.contains("**passes: remove the entry**"), "{certificate}");
    let har: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("run.har")).expect("the HAR")).expect("JSON");
    assert_eq!(har["log"]["version"], "1.2");
}

#[test]
fn a_bad_report_or_baseline_is_a_usage_error() {
    let dir = scratch("usage");
    let output = payspec(&["check", "--emulated", "--report", "pdf=x.pdf"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("the formats are json, junit, har, markdown"), "{}", text(&output.stderr));
    let baseline = dir.join("baseline.json");
    std::fs::write(&baseline, r#"{"accepted": [{"case": "iyzico-terminal/x"}]}"#).expect("write");
    let output = payspec(&["check", "--emulated", "--baseline", &baseline.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("baseline"), "{}", text(&output.stderr));
}
