//! The real `payspec proxy` binary in front of the emulator: a correct client's calls through it end in exit 0 and
//! the reports asked for; a reused transactionReferenceId is printed on stderr in one line as it happens and ends
//! in exit 1; a bad upstream URL or an address it cannot listen on is exit 2.

#[path = "../../emulator/tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;

/// A running `payspec proxy`, its stderr collected.
struct Running {
    child: Child,
    addr: SocketAddr,
    stdout: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

fn start(upstream: &str, extra: &[&str]) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_payspec"))
        .args(["proxy", "--upstream", upstream, "--listen", "127.0.0.1:0"])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("payspec proxy starts");
    let stderr = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&stderr);
    let mut pipe = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buffer) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap_or_else(|p| p.into_inner()).extend_from_slice(&buffer[..n]);
        }
    });
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a first line").expect("text");
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| panic!("the listening address in {first:?}"));
    let stdout = Arc::new(Mutex::new(vec![first]));
    let sink = Arc::clone(&stdout);
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            sink.lock().unwrap_or_else(|p| p.into_inner()).push(line);
        }
    });
    Running { child, addr, stdout, stderr }
}

impl Running {
    /// Sends SIGTERM; the exit code, stdout and stderr.
    fn terminate(mut self) -> (Option<i32>, String, String) {
        let status =
            Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().expect("kill -TERM runs");
        assert!(status.success());
        let mut waited = Duration::ZERO;
        let code = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status.code();
            }
            assert!(waited < Duration::from_secs(20), "the proxy did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
            waited += Duration::from_millis(20);
        };
        std::thread::sleep(Duration::from_millis(50));
        let stdout = self.stdout.lock().unwrap_or_else(|p| p.into_inner()).join("\n");
        let stderr = String::from_utf8_lossy(&self.stderr.lock().unwrap_or_else(|p| p.into_inner())).into_owned();
        (code, stdout, stderr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("payspec-proxy-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

#[test]
fn a_correct_client_through_the_proxy_exits_0_with_its_reports() {
    let emu = Emu::start();
    let dir = scratch("clean");
    let (json, junit) = (dir.join("proxy.json"), dir.join("proxy.xml"));
    let proxy = start(
        &format!("http://{}", emu.addr),
        &[
            "--strict",
            "--report",
            &format!("json={}", json.display()),
            "--report",
            &format!("junit={}", junit.display()),
        ],
    );
    let tokens = login(proxy.addr, VUK509);
    assert_ok(&sale509(proxy.addr, &tokens.access, DEVICE, "ref-1", "10.00"));
    let (code, stdout, stderr) = proxy.terminate();
    assert_eq!(code, Some(0), "stdout {stdout}\nstderr {stderr}");
    assert!(stdout.contains("3 exchanges") && stdout.contains("0 violations"), "{stdout}");
    assert!(stdout.contains("PASS  proxy/iyzico-terminal"), "{stdout}");
    let report = std::fs::read_to_string(&json).expect("the JSON report");
    assert!(report.contains("proxy/iyzico-terminal") && !report.contains(PASSWORD));
    assert!(std::fs::read_to_string(&junit).expect("the JUnit report").contains("proxy/iyzico-terminal"));
}

#[test]
fn a_violation_is_printed_as_it_happens_and_ends_in_exit_1() {
    let emu = Emu::start();
    let proxy = start(&format!("http://{}", emu.addr), &["--strict"]);
    let tokens = login(proxy.addr, VUK509);
    assert_ok(&sale509(proxy.addr, &tokens.access, DEVICE, "ref-1", "10.00"));
    let _ = sale509(proxy.addr, &tokens.access, DEVICE, "ref-1", "10.00");
    let (code, stdout, stderr) = proxy.terminate();
    assert_eq!(code, Some(1), "stdout {stdout}\nstderr {stderr}");
    assert!(stdout.contains("FAIL  proxy/iyzico-terminal") && stdout.contains("1 violations"), "{stdout}");
    let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("client_new_reference")).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("payspec proxy: FAIL #3 POST /v2/terminal-host/payment client_new_reference [decision]"),
        "{}",
        lines[0]
    );
    assert!(!stderr.contains(PASSWORD) && !stderr.contains("payspec-vuk509-secret"), "{stderr}");
}

#[test]
fn a_bad_upstream_or_listen_address_is_exit_2() {
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_payspec")).arg("proxy").args(args).output().expect("runs");
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let (code, stderr) = run(&["--upstream", "https://sandbox.example", "--listen", "127.0.0.1:0"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("https is not supported"), "{stderr}");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = taken.local_addr().expect("address").to_string();
    let (code, stderr) = run(&["--upstream", "http://127.0.0.1:9", "--listen", &address]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("cannot listen"), "{stderr}");
}
