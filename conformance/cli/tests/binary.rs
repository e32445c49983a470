//! The real `payspec` binary: durability with `--state` across `kill -9` and restarts, a clean stop on SIGTERM,
//! `--print-config`, logs without secrets or card numbers, and the process's small memory pages.

#[path = "../../emulator/tests/common/mod.rs"]
mod common;
#[path = "../../emulator/tests/finrota_common/mod.rs"]
mod finrota_common;

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use payspec::iyzico_terminal::OperationId;

/// A running `payspec emulate`, its stderr collected.
struct Running {
    child: Child,
    addr: SocketAddr,
    stderr: Arc<Mutex<Vec<u8>>>,
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("payspec-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

fn start(state: Option<&Path>) -> Running {
    let mut command = Command::new(env!("CARGO_BIN_EXE_payspec"));
    command.args(["emulate", "--listen", "127.0.0.1:0", "--card-delay", "0"]);
    if let Some(state) = state {
        command.arg("--state").arg(state);
    }
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the payspec binary starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut banner = String::new();
    stdout.read_line(&mut banner).expect("the banner");
    let url = banner
        .trim()
        .strip_prefix("payspec emulator listening on http://")
        .unwrap_or_else(|| panic!("the first line is the banner: {banner:?}"));
    let addr: SocketAddr = url.parse().expect("the banner's address");
    // Keep draining stdout so the child never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = stdout.read_to_end(&mut sink);
    });
    let stderr = Arc::new(Mutex::new(Vec::new()));
    let mut pipe = child.stderr.take().expect("stderr");
    let collected = Arc::clone(&stderr);
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buffer) {
            if n == 0 {
                break;
            }
            collected.lock().unwrap_or_else(|p| p.into_inner()).extend_from_slice(&buffer[..n]);
        }
    });
    Running { child, addr, stderr }
}

impl Running {
    fn kill_9(mut self) {
        self.child.kill().expect("SIGKILL");
        let _ = self.child.wait();
    }

    /// Sends SIGTERM and waits for the exit code.
    fn terminate(mut self) -> (Option<i32>, String) {
        let status =
            Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().expect("kill -TERM runs");
        assert!(status.success());
        let mut waited = Duration::ZERO;
        let code = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status.code();
            }
            assert!(waited < Duration::from_secs(10), "the emulator did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
            waited += Duration::from_millis(20);
        };
        // The stderr reader ends at EOF.
        std::thread::sleep(Duration::from_millis(50));
        let text = String::from_utf8_lossy(&self.stderr.lock().unwrap_or_else(|p| p.into_inner())).into_owned();
        (code, text)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn state_survives_kill_9_and_restarts() {
    let dir = scratch("state");
    let file = dir.join("emulator.sqlite");
    let first = start(Some(&file));
    let addr = first.addr;
    let tokens = login(addr, VUK509);
    let kept = sold509(addr, &tokens.access, DEVICE, "100.00");
    assert_ok(&refund509(addr, &tokens.access, &kept, "60.00"));
    let other = sold509(addr, &tokens.access, DEVICE2, "25.00");
    let eod = eod509(addr, &tokens.access, DEVICE2);
    assert_eq!(eod.text("batchNo"), "1");
    first.kill_9();

    let second = start(Some(&file));
    let addr = second.addr;
    // The token still works, the payments are found, the refunds are remembered, the batches go on.
    assert_ok(&query509_by_id(addr, &tokens.access, &kept.text("paymentId")));
    assert_ok(&query509_by_id(addr, &tokens.access, &other.text("paymentId")));
    assert_failure(&refund509(addr, &tokens.access, &kept, "40.01"), 400, "380112");
    assert_failure(&void509(addr, &tokens.access, &other), 422, "380104");
    assert_ok(&refund509(addr, &tokens.access, &kept, "40.00"));
    assert_eq!(eod509(addr, &tokens.access, DEVICE2).text("batchNo"), "2");
    let reused = sale509(addr, &tokens.access, DEVICE, &kept.text("transactionReferenceId"), "1.00");
    assert_failure(&reused, 400, "380104");
    second.kill_9();

    // A third start: still everything, and a clean stop.
    let third = start(Some(&file));
    let addr = third.addr;
    assert_failure(&refund509(addr, &tokens.access, &kept, "0.01"), 400, "380112");
    assert_eq!(eod509(addr, &tokens.access, DEVICE2).text("batchNo"), "3");
    let (code, _) = third.terminate();
    assert_eq!(code, Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sigterm_stops_cleanly() {
    let running = start(None);
    let tokens = login(running.addr, VUK509);
    sold509(running.addr, &tokens.access, DEVICE, "10.00");
    let (code, stderr) = running.terminate();
    assert_eq!(code, Some(0), "exit code; stderr:\n{stderr}");
    assert!(stderr.contains("stopped"), "{stderr}");
}

#[test]
fn the_emulator_turns_transparent_huge_pages_off_for_its_process() {
    let running = start(None);
    // Linux shows the process's flag in its status (since 5.0); elsewhere there is no such flag to set.
    let Ok(status) = std::fs::read_to_string(format!("/proc/{}/status", running.child.id())) else { return };
    let Some(line) = status.lines().find(|l| l.starts_with("THP_enabled:")) else { return };
    let enabled = line.trim_start_matches("THP_enabled:").trim();
    if enabled != "0" {
        // Only a kernel that refuses the request may leave them on, and the emulator says so.
        std::thread::sleep(Duration::from_millis(100));
        let stderr = String::from_utf8_lossy(&running.stderr.lock().unwrap_or_else(|p| p.into_inner())).into_owned();
        assert!(stderr.contains("transparent huge pages stay on"), "{line}, and nothing logged why:\n{stderr}");
    }
}

#[test]
fn print_config_prints_the_defaults_as_json() {
    let output =
        Command::new(env!("CARGO_BIN_EXE_payspec")).args(["emulate", "--print-config"]).output().expect("runs");
    assert!(output.status.success());
    let config: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(config["iyzico"]["integrations"][0]["client_id"], "payspec-vuk509");
    assert_eq!(config["iyzico"]["integrations"][0]["client_secret"], "payspec-vuk509-secret");
    assert_eq!(config["iyzico"]["integrations"][1]["client_secret"], "payspec-vuk507-secret");
    assert_eq!(config["iyzico"]["users"][0]["password"], "payspec-pass");
    assert_eq!(config["card_delay_ms"], 250);
    assert_eq!(config["outcomes"]["iyzico"].as_array().map(Vec::len), Some(8));
    assert_eq!(config["finrota"]["api_key"], "payspec-finrota-key");
    assert_eq!(config["outcomes"]["finrota"][0]["code"], "P011");
    assert!(config["effective_timers"].as_array().is_some_and(|t| !t.is_empty()));
    let delayed = Command::new(env!("CARGO_BIN_EXE_payspec"))
        .args(["emulate", "--print-config", "--card-delay", "7"])
        .output()
        .expect("runs");
    let delayed: serde_json::Value = serde_json::from_slice(&delayed.stdout).expect("JSON");
    assert_eq!(delayed["card_delay_ms"], 7);
}

#[test]
fn logs_hold_no_secret_and_no_card_number() {
    let running = start(None);
    let addr = running.addr;
    let tokens = login(addr, VUK509);
    let sale = sold509(addr, &tokens.access, DEVICE, "10.00");
    let refreshed = token_call(
        addr,
        OperationId::OauthTokenRefresh,
        &basic(VUK509, "payspec-vuk509-secret"),
        &[("grant_type", "refresh_token"), ("refresh_token", &tokens.refresh)],
    );
    assert_eq!(refreshed.status, 200);
    // A refused login too, whose password must not be logged either.
    let _ = authorize(addr, VUK509, "payspec-vuk509-secret", USER, "wrong-password-xyz");
    let (_, stderr) = running.terminate();
    assert!(stderr.lines().filter(|l| l.contains("request")).count() >= 5, "one line per request:\n{stderr}");
    let card = sale.text("binNumber");
    let refreshed_access = refreshed.text("access_token");
    let basic_header = basic(VUK509, "payspec-vuk509-secret");
    let secrets = [
        PASSWORD,
        "wrong-password-xyz",
        "payspec-vuk509-secret",
        tokens.access.as_str(),
        tokens.refresh.as_str(),
        refreshed_access.as_str(),
        basic_header.trim_start_matches("Basic "),
        card.as_str(),
        "552879",
        "454360",
        "979200",
    ];
    for secret in secrets {
        assert!(!stderr.contains(secret), "the log holds {secret:?}:\n{stderr}");
    }
}

#[test]
fn finrota_payments_survive_kill_9() {
    use finrota_common as fc;
    use serde_json::json;
    let dir = scratch("finrota");
    let file = dir.join("emulator.sqlite");
    let first = start(Some(&file));
    let addr = first.addr;
    let token = fc::token(addr);
    let (order, reference) = fc::paid(addr, &token, "120.00");
    fc::assert_ok(&fc::refund(addr, &token, &reference, Some("20")));
    let order_3d = unique("ORDER3D");
    let started = fc::pay(addr, &token, "30", true, &order_3d);
    let page = started.json()["data"]["redirectUrl"].as_str().expect("a redirectUrl").to_owned();
    first.kill_9();

    let second = start(Some(&file));
    let addr = second.addr;
    // The token, the payment and its refund are remembered; the 3D payment still waits on its bank page.
    let found = fc::query(addr, &token, &json!({"clientReferenceNumber": order}));
    fc::assert_ok(&found);
    assert_eq!(found.json()["data"]["lastAmount"].to_string(), "100.00");
    fc::assert_code(&fc::refund(addr, &token, &reference, Some("100.01")), 200, 604, "P015");
    assert_eq!(fc::bank_step(addr, &page, "otp=123456").status, 303);
    let paid_3d = fc::query(addr, &token, &json!({"clientReferenceNumber": order_3d}));
    assert_eq!(paid_3d.json()["data"]["transactionStatusId"], json!(1));
    let (code, _) = second.terminate();
    assert_eq!(code, Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}
