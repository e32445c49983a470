//! WiaPay helpers of the loopback tests: requests signed with the spec's recipe (computed here with `hmac` and
//! `sha2`, independently of the emulator), the request bodies, answers checked against the generated reply types,
//! and a callback receiver on loopback whose behaviour a test scripts (fail, hang, succeed). Needs `mod common;`.
#![allow(dead_code, missing_docs)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::common::{Reply, request};
use payspec::wiapay as wp;

pub const KEY: &str = "pk_test_payspec";
pub const SECRET: &str = "sk_test_payspec";
pub const CALLBACK_SECRET: &str = "whsec_test_payspec";
pub const IBAN: &str = "TR330006100519786457841326";
pub const BANK: &str = "5fe0f093bb4f0b001b5ea63d";

/// hex(HMAC-SHA256(secret, message)).
pub fn hmac_hex(secret: &str, message: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(message.as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// Wall-clock Unix seconds.
pub fn wall() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The emulator's test clock, Unix seconds.
pub fn test_clock(addr: SocketAddr) -> i64 {
    crate::common::control_get(addr, "/_payspec/clock").json()["unix_millis"].as_i64().expect("unix_millis") / 1000
}

/// A request with the three headers, signed at `timestamp` over exactly `body`.
pub fn signed_at(addr: SocketAddr, method: &str, target: &str, body: &str, timestamp: i64) -> Reply {
    let signature = hmac_hex(SECRET, &format!("{timestamp}{method}{target}{body}"));
    let ts = timestamp.to_string();
    let headers =
        [("Content-Type", "application/json"), ("X-API-Key", KEY), ("X-Timestamp", &ts), ("X-Signature", &signature)];
    request(addr, method, target, &headers, body.as_bytes())
}

/// A request signed at the emulator's test clock.
pub fn signed(addr: SocketAddr, method: &str, target: &str, body: &str) -> Reply {
    signed_at(addr, method, target, body, test_clock(addr))
}

pub fn deposit_body(process_id: &str, amount: i64) -> Value {
    json!({"processId": process_id, "amount": amount, "currency": "TRY",
        "customer": {"id": "user-1", "name": "Ayşe Öztürk", "username": "ayse"}})
}

pub fn withdraw_body(process_id: &str, amount: &str, iban: &str) -> Value {
    let amount: Value = serde_json::from_str(amount).expect("an amount");
    json!({"processId": process_id, "amount": amount, "bankId": BANK, "accountName": "AHMET YILMAZ", "iban": iban,
        "userId": "user-1", "userName": "ahmet", "name": "Ahmet Yılmaz"})
}

/// Checks an answer against the operation's generated reply type (documented status, documented body).
pub fn check_wia(operation: wp::OperationId, reply: &Reply) {
    let what = format!("{} answered {}", operation.id(), reply.show());
    let decoded = match operation {
        wp::OperationId::GetAvailableBanks => wp::GetAvailableBanksReply::decode(reply.status, &reply.body).map(|_| ()),
        wp::OperationId::CreateDeposit => wp::CreateDepositReply::decode(reply.status, &reply.body).map(|_| ()),
        wp::OperationId::CreateWithdrawal => wp::CreateWithdrawalReply::decode(reply.status, &reply.body).map(|_| ()),
        _ => Ok(()),
    };
    match decoded {
        Ok(()) => {}
        // 404 and 405 of the routing are no operation's documented reply: still the API's envelope.
        Err(payspec::support::ReplyDecodeError::UndocumentedStatus(_)) => {
            serde_json::from_slice::<wp::ErrorEnvelope>(&reply.body).unwrap_or_else(|e| panic!("{what}: {e}"));
        }
        Err(error) => panic!("{what}: {error}"),
    }
}

/// The error code of an answer.
pub fn code(reply: &Reply) -> String {
    reply.json().pointer("/error/code").and_then(Value::as_str).unwrap_or("-").to_owned()
}

/// Asserts an error answer: status, code, the envelope.
pub fn assert_error(operation: wp::OperationId, reply: &Reply, status: u16, expected: &str) {
    assert_eq!((reply.status, code(reply).as_str()), (status, expected), "{}", reply.show());
    assert_eq!(reply.json()["success"], json!(false), "{}", reply.show());
    check_wia(operation, reply);
}

pub fn deposit(addr: SocketAddr, body: &Value) -> Reply {
    let reply = signed(addr, "POST", "/v1/deposit", &body.to_string());
    check_wia(wp::OperationId::CreateDeposit, &reply);
    reply
}

pub fn withdraw(addr: SocketAddr, body: &Value) -> Reply {
    let reply = signed(addr, "POST", "/v1/withdraw", &body.to_string());
    check_wia(wp::OperationId::CreateWithdrawal, &reply);
    reply
}

/// A created deposit's transaction id.
pub fn deposited(addr: SocketAddr, process_id: &str, amount: i64) -> String {
    let reply = deposit(addr, &deposit_body(process_id, amount));
    assert_eq!(reply.status, 201, "{}", reply.show());
    reply.json()["data"]["transactionId"].as_str().expect("transactionId").to_owned()
}

/// A created withdrawal's transaction id.
pub fn withdrawn(addr: SocketAddr, process_id: &str, amount: &str, iban: &str) -> String {
    let reply = withdraw(addr, &withdraw_body(process_id, amount, iban));
    assert_eq!(reply.status, 201, "{}", reply.show());
    reply.json()["data"]["transactionId"].as_str().expect("transactionId").to_owned()
}

/// Presses a button of a deposit's checkout page: the page's `outcome`.
pub fn checkout(addr: SocketAddr, transaction_id: &str, action: &str) -> (Reply, String) {
    let reply = request(
        addr,
        "POST",
        &format!("/checkout/{transaction_id}"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        format!("action={action}").as_bytes(),
    );
    let outcome = outcome_of(&reply);
    (reply, outcome)
}

/// The `data-status` of the page's `outcome` element.
pub fn outcome_of(reply: &Reply) -> String {
    let page = String::from_utf8_lossy(&reply.body);
    let at = page.find("id=\"outcome\"").unwrap_or_else(|| panic!("no outcome on the page: {page}"));
    let rest = &page[at..];
    let start = rest.find("data-status=\"").expect("data-status") + "data-status=\"".len();
    rest[start..].split('"').next().unwrap_or_default().to_owned()
}

/// A transaction's lifecycle state, through the control.
pub fn state_of(addr: SocketAddr, transaction_id: &str) -> String {
    let reply = crate::common::control_get(addr, &format!("/_payspec/wiapay/transactions/{transaction_id}"));
    assert_eq!(reply.status, 200, "{}", reply.show());
    reply.json()["state"].as_str().unwrap_or("-").to_owned()
}

/// The callbacks of a transaction, through the control.
pub fn callbacks_of(addr: SocketAddr, transaction_id: &str) -> Vec<Value> {
    let reply =
        crate::common::control_get(addr, &format!("/_payspec/wiapay/callbacks?transaction_id={transaction_id}"));
    reply.json()["callbacks"].as_array().cloned().unwrap_or_default()
}

/// Waits until `done` holds of a transaction's callbacks (at most `seconds`), and returns them.
pub fn wait_callbacks(
    addr: SocketAddr,
    transaction_id: &str,
    seconds: u64,
    done: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let until = Instant::now() + Duration::from_secs(seconds);
    loop {
        let callbacks = callbacks_of(addr, transaction_id);
        if done(&callbacks) {
            return callbacks;
        }
        assert!(Instant::now() < until, "the callbacks never got there: {callbacks:#?}");
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// Whether every callback is delivered.
pub fn all_delivered(callbacks: &[Value]) -> bool {
    !callbacks.is_empty() && callbacks.iter().all(|c| c["delivery"] == json!("delivered"))
}

/// The statuses the callbacks report, in order.
pub fn statuses(callbacks: &[Value]) -> Vec<String> {
    callbacks.iter().map(|c| c["status"].as_str().unwrap_or("-").to_owned()).collect()
}

// ---------------------------------------------------------------------------------------------------------------
// A scripted callback receiver.

/// What the receiver does with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Answers this status.
    Status(u16),
    /// Reads the request and never answers (until the test ends).
    Hang,
}

/// One callback as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub at: Instant,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A receiver on loopback: the n-th request gets `script[n]` (the last entry for every later one).
pub struct Receiver {
    pub addr: SocketAddr,
    pub received: Arc<Mutex<Vec<Received>>>,
}

impl Receiver {
    pub fn start(script: Vec<Script>) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the receiver");
        let addr = listener.local_addr().expect("its address");
        let received: Arc<Mutex<Vec<Received>>> = Arc::default();
        let log = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let log = Arc::clone(&log);
                let script = script.clone();
                std::thread::spawn(move || serve_one(stream, &log, &script));
            }
        });
        Receiver { addr, received }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn serve_one(mut stream: TcpStream, log: &Mutex<Vec<Received>>, script: &[Script]) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut raw = Vec::new();
    let mut buffer = [0u8; 4096];
    let (head_end, length) = loop {
        let Ok(n) = stream.read(&mut buffer) else { return };
        if n == 0 {
            return;
        }
        raw.extend_from_slice(&buffer[..n]);
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0)))
                .unwrap_or(0);
            break (end + 4, length);
        }
    };
    while raw.len() < head_end + length {
        let Ok(n) = stream.read(&mut buffer) else { return };
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buffer[..n]);
    }
    let head = String::from_utf8_lossy(&raw[..head_end - 4]).into_owned();
    let mut lines = head.split("\r\n");
    let target = lines.next().and_then(|l| l.split(' ').nth(1)).unwrap_or_default().to_owned();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let body = String::from_utf8_lossy(raw.get(head_end..head_end + length).unwrap_or_default()).into_owned();
    let n = {
        let mut log = log.lock().unwrap_or_else(|p| p.into_inner());
        log.push(Received { target, headers, body, at: Instant::now() });
        log.len() - 1
    };
    match script.get(n).or(script.last()).copied().unwrap_or(Script::Status(200)) {
        Script::Status(status) => {
            let _ = stream
                .write_all(format!("HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
        }
        Script::Hang => std::thread::sleep(Duration::from_secs(10)),
    }
}
