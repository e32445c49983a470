//! The real `payspec` binary with `--state`: WiaPay's transactions and its pending callbacks survive `kill -9`; the
//! callback queued before the kill is delivered after the restart.

#[path = "../../emulator/tests/common/mod.rs"]
mod common;
#[path = "../../emulator/tests/wiapay_common/mod.rs"]
mod wiapay_common;

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::json;
use wiapay_common::*;

fn start(state: &Path, config: &Path) -> (Child, SocketAddr) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_payspec"))
        .args(["emulate", "--listen", "127.0.0.1:0"])
        .arg("--state")
        .arg(state)
        .arg("--config")
        .arg(config)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the payspec binary starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut banner = String::new();
    stdout.read_line(&mut banner).expect("the banner");
    let addr = banner
        .trim()
        .strip_prefix("payspec emulator listening on http://")
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| panic!("the first line is the banner: {banner:?}"));
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = stdout.read_to_end(&mut sink);
    });
    (child, addr)
}

fn config_file(dir: &Path, name: &str, callback_url: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let config = json!({"wiapay": {"callback_url": callback_url, "callback_retry_delays_ms": vec![100; 50],
        "callback_timeout_ms": 500}});
    std::fs::write(&path, config.to_string()).expect("the config file");
    path
}

#[test]
fn transactions_and_pending_callbacks_survive_kill_9() {
    let dir = std::env::temp_dir().join(format!("payspec-cli-wiapay-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let state = dir.join("state.sqlite");
    // First run: nobody listens at the callback URL, so the callbacks stay pending.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port").local_addr().expect("addr");
    let refused = config_file(&dir, "refused.json", &format!("http://{closed}/hook"));
    let (mut child, addr) = start(&state, &refused);
    let pending = deposited(addr, "ORDER-DURABLE-1", 15_000);
    let paid = deposited(addr, "ORDER-DURABLE-2", 15_000);
    assert_eq!(checkout(addr, &paid, "confirm").1, "completed");
    let callbacks =
        wait_callbacks(addr, &paid, 10, |c| c.len() == 2 && !c[0]["attempts"].as_array().is_some_and(Vec::is_empty));
    assert!(callbacks.iter().all(|c| c["delivery"] == json!("pending")));
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    // Second run: a receiver listens now.
    let receiver = Receiver::start(vec![Script::Status(200)]);
    let live = config_file(&dir, "live.json", &receiver.url("/hook"));
    let (mut child, addr) = start(&state, &live);
    assert_eq!(state_of(addr, &pending), "pending");
    assert_eq!(state_of(addr, &paid), "completed");
    let reply = deposit(addr, &deposit_body("ORDER-DURABLE-1", 15_000));
    assert_error(payspec::wiapay::OperationId::CreateDeposit, &reply, 409, "DUPLICATE_TRANSACTION");
    let callbacks = wait_callbacks(addr, &paid, 10, all_delivered);
    assert_eq!(statuses(&callbacks), ["processing", "completed"]);
    assert!(callbacks[0]["attempts"].as_array().is_some_and(|a| a.len() >= 2), "attempts before the kill are kept");
    assert_eq!(receiver.received().len(), 2);
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
}
