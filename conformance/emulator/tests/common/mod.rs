//! The harness of the emulator's loopback tests: an emulator served on `127.0.0.1:0` in a tokio runtime of its own
//! (on a background thread), a tiny raw HTTP/1.1 client over `std::net::TcpStream` (`Connection: close`, so a
//! malformed request goes out byte for byte), and helpers for the iyzico Terminal API's calls. Every helper checks
//! the answer against the generated reply types and message shapes, so no test can pass on an undocumented shape.
#![allow(dead_code, missing_docs)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};

use payspec::WireEnum;
use payspec::iyzico_terminal::{self as it, OperationId, shapes};
use payspec::support::{MessageShape, RuleInfo, ShapeKind, check_message_value};
use payspec_emulator::{Config, Emulator};

/// The default devices.
pub const DEVICE: &str = "PAV860047264";
pub const DEVICE2: &str = "PAV860047265";
pub const OTHER_DEVICE: &str = "PAV860000001";
pub const VUK509: &str = "payspec-vuk509";
pub const VUK507: &str = "payspec-vuk507";
pub const USER: &str = "kasa@payspec.test";
pub const PASSWORD: &str = "payspec-pass";

/// An emulator serving on loopback; stopped (and its thread joined) when dropped.
pub struct Emu {
    pub addr: SocketAddr,
    pub emulator: Arc<Emulator>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The zero-config configuration with no card delay.
pub fn config() -> Config {
    Config { card_delay_ms: 0, ..Config::default() }
}

impl Emu {
    /// The default emulator, card delay 0.
    pub fn start() -> Emu {
        Emu::with(config(), None)
    }

    /// An emulator under a configuration, in memory or on a state file.
    pub fn with(config: Config, state: Option<&Path>) -> Emu {
        let emulator = Emulator::new(config, state).expect("the emulator starts");
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        listener.set_nonblocking(true).expect("a non-blocking listener");
        let addr = listener.local_addr().expect("the bound address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let served = Arc::clone(&emulator);
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("a tokio runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
                payspec_emulator::serve(served, listener, async {
                    let _ = stopped.await;
                })
                .await
                .expect("the server runs");
            });
        });
        Emu { addr, emulator, stop: Some(stop), thread: Some(thread) }
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        // `PAYSPEC_COVERAGE_DIR=<dir>` keeps each emulator's coverage (table rows reached), to add them up over a run.
        if let Some(dir) = std::env::var_os("PAYSPEC_COVERAGE_DIR") {
            let coverage =
                self.emulator.read_blocking(|s| serde_json::to_string(&s.iyzico.coverage).unwrap_or_default());
            let file = std::path::Path::new(&dir).join(format!("{}-{}.json", std::process::id(), unique("emu")));
            let _ = std::fs::write(file, coverage);
        }
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A unique reference for a test's calls.
pub fn unique(prefix: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::SeqCst))
}

/// A JSON number with exactly these digits (`100.00` stays `100.00`).
pub fn num(digits: &str) -> Value {
    serde_json::from_str(digits).expect("a JSON number")
}

// ---------------------------------------------------------------------------------------------------------------
// The raw HTTP/1.1 client.

/// An HTTP answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// The body as JSON (`null` if it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    /// A header, the name compared without case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The error code of an iyzico answer: `errorCode`, or the OAuth `error` / `errorCode`.
    pub fn code(&self) -> Option<String> {
        let body = self.json();
        body.get("errorCode").or_else(|| body.get("error")).and_then(Value::as_str).map(str::to_owned)
    }

    /// A string field of the JSON body.
    pub fn text(&self, field: &str) -> String {
        match self.json().get(field) {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => panic!("no field {field} in {}", self.show()),
        }
    }

    /// The answer for a failure message.
    pub fn show(&self) -> String {
        format!("HTTP {} {}", self.status, String::from_utf8_lossy(&self.body))
    }
}

/// Sends these exact bytes and reads the answer to the end (the request must ask for `Connection: close`).
pub fn send_raw(addr: SocketAddr, bytes: &[u8]) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
    stream.write_all(bytes)?;
    stream.flush()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse(&raw).ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not an HTTP answer: {:?}", String::from_utf8_lossy(&raw)),
        )
    })
}

fn parse(raw: &[u8]) -> Option<Reply> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers.iter().any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        let mut body = Vec::new();
        let mut at = rest;
        loop {
            let line_end = at.windows(2).position(|w| w == b"\r\n")?;
            let size = usize::from_str_radix(std::str::from_utf8(&at[..line_end]).ok()?.trim(), 16).ok()?;
            at = &at[line_end + 2..];
            if size == 0 {
                break;
            }
            body.extend_from_slice(at.get(..size)?);
            at = at.get(size + 2..)?;
        }
        body
    } else {
        match headers.iter().find(|(n, _)| n == "content-length") {
            Some((_, length)) => rest.get(..length.parse::<usize>().ok()?)?.to_vec(),
            None => rest.to_vec(),
        }
    };
    Some(Reply { status, headers, body })
}

/// A request with these headers and body (`Host`, `Content-Length` and `Connection: close` added).
pub fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut bytes = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n").into_bytes();
    for (name, value) in headers {
        bytes.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    bytes.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    bytes.extend_from_slice(body);
    send_raw(addr, &bytes).unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

/// A JSON POST with an optional Bearer token.
pub fn post_json(addr: SocketAddr, path: &str, token: Option<&str>, body: &Value) -> Reply {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(bearer) = &bearer {
        headers.push(("Authorization", bearer));
    }
    request(addr, "POST", path, &headers, body.to_string().as_bytes())
}

/// `GET` a control.
pub fn control_get(addr: SocketAddr, path: &str) -> Reply {
    request(addr, "GET", path, &[], b"")
}

/// `POST` a control with a JSON body.
pub fn control_post(addr: SocketAddr, path: &str, body: &Value) -> Reply {
    post_json(addr, path, None, body)
}

/// Sends an external event (the spec's `events`) to the instances whose `attribute` is `value`; asserts that it
/// moved an instance.
pub fn event(addr: SocketAddr, lifecycle: &str, event: &str, attribute: &str, value: &str) {
    let reply = control_post(
        addr,
        "/_payspec/iyzico-terminal/events",
        &json!({"lifecycle": lifecycle, "event": event, "match": {attribute: value}}),
    );
    assert_eq!(reply.status, 200, "{}", reply.show());
    assert!(
        reply.json()["moved"].as_array().is_some_and(|m| !m.is_empty()),
        "{event} moved something: {}",
        reply.show()
    );
}

/// Moves the test clock forward.
pub fn advance(addr: SocketAddr, seconds: i64) {
    let reply = control_post(addr, "/_payspec/clock/advance", &json!({ "seconds": seconds }));
    assert_eq!(reply.status, 200, "advance the clock: {}", reply.show());
}

// ---------------------------------------------------------------------------------------------------------------
// Checking answers against the generated types.

fn shape_check(value: &Value, shape: &MessageShape, rules: &[RuleInfo], what: &str) {
    if let Err(problem) = check_message_value(value, shape, rules) {
        panic!("{what}: the body is not a {}: {problem:?}\n{value}", shape.name);
    }
}

/// Open enumerations are open for readers; the emulator, a reference, sends only the documented values.
fn documented_values(value: &Value, shape: &MessageShape, what: &str) {
    let Value::Object(map) = value else { return };
    for field in shape.fields {
        if let Some(field_value) = map.get(field.wire) {
            documented_kind(field_value, &field.kind, &format!("{what}/{}", field.wire));
        }
    }
}

fn documented_kind(value: &Value, kind: &ShapeKind, at: &str) {
    match kind {
        ShapeKind::Enum { values, closed: false, .. } => {
            if let Some(text) = value.as_str() {
                assert!(values.contains(&text), "{at}: {text:?} is not a documented value ({values:?})");
            }
        }
        ShapeKind::Message(inner) => documented_values(value, inner, at),
        ShapeKind::Array { items, .. } => {
            for (n, item) in value.as_array().map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
                documented_kind(item, items, &format!("{at}/{n}"));
            }
        }
        _ => {}
    }
}

/// The forms each mode writes (the aliases are for readers): VUK 509 `SUCCESS` and `CREDIT_CARD`, VUK 507
/// `success` and `CREDIT`.
fn canonical_forms(operation: OperationId, value: &Value, what: &str) {
    let vuk507 = operation.id().starts_with("vuk507");
    let vuk509 = operation.id().starts_with("vuk509");
    if let Some(status) = value.get("status").and_then(Value::as_str) {
        if vuk507 {
            assert!(["success", "failure"].contains(&status), "{what}: VUK 507 writes status in lower case");
        }
        if vuk509 {
            assert!(["SUCCESS", "FAILURE"].contains(&status), "{what}: VUK 509 writes status in upper case");
        }
    }
    if let Some(card) = value.get("cardType").and_then(Value::as_str) {
        let allowed: &[&str] = if vuk507 { &["CREDIT", "DEBIT"] } else { &["CREDIT_CARD", "DEBIT_CARD"] };
        assert!(allowed.contains(&card), "{what}: cardType {card} is not this mode's form {allowed:?}");
    }
}

/// Checks an answer of `operation`: it decodes as the operation's reply, and its body is the documented message of
/// its status (the response shape and rules for a 200, the error message otherwise). An answer at a status the
/// operation does not document (404, 405) must still be the API's error envelope.
pub fn check(operation: OperationId, reply: &Reply) {
    let what = format!("{} answered {}", operation.id(), reply.show());
    let value = reply.json();
    macro_rules! case {
        ($reply:ident, $ok:ident, $err:ident) => {{
            let documented = it::$reply::STATUSES.contains(&reply.status);
            if documented {
                if let Err(error) = it::$reply::decode(reply.status, &reply.body) {
                    panic!("{what}: not a {} ({error})", stringify!($reply));
                }
            }
            if reply.status == 200 {
                shape_check(&value, &shapes::$ok, it::$ok::RULES, &what);
                documented_values(&value, &shapes::$ok, &what);
                canonical_forms(operation, &value, &what);
            } else {
                shape_check(&value, &shapes::$err, it::$err::RULES, &what);
            }
            assert!(
                documented || matches!(reply.status, 404 | 405),
                "{what}: {} is not a status the operation documents",
                reply.status
            );
        }};
    }
    match operation {
        OperationId::OauthAuthorize => case!(OauthAuthorizeReply, OauthAuthorizeResponse, OauthAuthorizeFailure),
        OperationId::OauthToken => case!(OauthTokenReply, OauthTokenResponse, OauthTokenFailure),
        OperationId::OauthTokenRefresh => case!(OauthTokenRefreshReply, OauthTokenResponse, OauthTokenFailure),
        OperationId::Vuk509Payment => case!(Vuk509PaymentReply, Vuk509PaymentResponse, ErrorEnvelope),
        OperationId::Vuk509QueryTransactionStatus => {
            case!(Vuk509QueryTransactionStatusReply, Vuk509PaymentResponse, ErrorEnvelope)
        }
        OperationId::Vuk509Void => case!(Vuk509VoidReply, Vuk509PaymentResponse, ErrorEnvelope),
        OperationId::Vuk509Refund => case!(Vuk509RefundReply, Vuk509PaymentResponse, ErrorEnvelope),
        OperationId::Vuk509EndOfDay => case!(Vuk509EndOfDayReply, Vuk509EndOfDayResponse, ErrorEnvelope),
        OperationId::Vuk507Payment => case!(Vuk507PaymentReply, Vuk507SaleResponse, ErrorEnvelope),
        OperationId::Vuk507QueryTransactionStatus => {
            case!(Vuk507QueryTransactionStatusReply, Vuk507QueryResponse, ErrorEnvelope)
        }
        OperationId::Vuk507Void => case!(Vuk507VoidReply, Vuk507VoidResponse, ErrorEnvelope),
        OperationId::Vuk507Refund => case!(Vuk507RefundReply, Vuk507RefundResponse, ErrorEnvelope),
        OperationId::Vuk507RefundableSaleInfo => {
            case!(Vuk507RefundableSaleInfoReply, Vuk507RefundableSaleInfoResponse, ErrorEnvelope)
        }
        OperationId::Vuk507PartialPaymentStart => {
            case!(Vuk507PartialPaymentStartReply, Vuk507PartialPaymentStartResponse, ErrorEnvelope)
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            case!(Vuk507PartialPaymentAddPaymentReply, Vuk507SaleResponse, ErrorEnvelope)
        }
        OperationId::Vuk507PartialPaymentComplete => {
            case!(Vuk507PartialPaymentCompleteReply, Vuk507PartialPaymentCompleteResponse, ErrorEnvelope)
        }
        OperationId::Vuk507EndOfDay => case!(Vuk507EndOfDayReply, Vuk507EndOfDayResponse, ErrorEnvelope),
    }
}

/// The path of an operation.
pub fn path_of(operation: OperationId) -> &'static str {
    it::ROUTES.iter().find(|r| r.operation == operation).map(|r| r.path).expect("every operation has a route")
}

/// Calls an operation with a JSON body and checks the answer.
pub fn call(addr: SocketAddr, operation: OperationId, token: Option<&str>, body: &Value) -> Reply {
    let reply = post_json(addr, path_of(operation), token, body);
    check(operation, &reply);
    reply
}

/// Asserts a failure: its status, its code and (when the envelope has one) its group.
pub fn assert_failure(reply: &Reply, status: u16, code: &str) {
    assert_eq!(reply.status, status, "expected HTTP {status} {code}, got {}", reply.show());
    assert_eq!(reply.code().as_deref(), Some(code), "expected {code}, got {}", reply.show());
    let body = reply.json();
    if let Some(code) = <it::Code as WireEnum>::from_wire(code)
        && body.get("errorGroup").is_some()
    {
        assert_eq!(body["errorGroup"].as_str(), Some(code.group().as_wire()), "the group: {}", reply.show());
    }
}

/// Asserts a success.
pub fn assert_ok(reply: &Reply) {
    assert_eq!(reply.status, 200, "expected a success, got {}", reply.show());
    let status = reply.json().get("status").and_then(Value::as_str).map(str::to_ascii_uppercase);
    assert!(status.is_none() || status.as_deref() == Some("SUCCESS"), "expected status SUCCESS: {}", reply.show());
}

// ---------------------------------------------------------------------------------------------------------------
// OAuth.

/// The access and refresh tokens of a session.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access: String,
    pub refresh: String,
}

/// `Authorization: Basic` for a client.
pub fn basic(client_id: &str, secret: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{secret}")))
}

/// A form body.
pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", payspec::support::percent_encode(k), payspec::support::percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The authorize call.
pub fn authorize(addr: SocketAddr, client_id: &str, secret: &str, username: &str, password: &str) -> Reply {
    authorize_form(addr, client_id, secret, "code", username, password)
}

/// The authorize call with any `response_type`.
pub fn authorize_form(
    addr: SocketAddr,
    client_id: &str,
    secret: &str,
    response_type: &str,
    username: &str,
    password: &str,
) -> Reply {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis().to_string())
        .unwrap_or_default();
    let body = form(&[
        ("scope", "iyzipayApiGateway"),
        ("client_id", client_id),
        ("client_secret", secret),
        ("response_type", response_type),
        ("username", username),
        ("password", password),
        ("request_timestamp", &now),
    ]);
    let reply = request(
        addr,
        "POST",
        "/in-store/oauth2/authorize",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    );
    check(OperationId::OauthAuthorize, &reply);
    reply
}

/// A token call (`/in-store/oauth2/token` or its `/refresh`) with HTTP Basic client authentication.
pub fn token_call(addr: SocketAddr, operation: OperationId, authorization: &str, pairs: &[(&str, &str)]) -> Reply {
    let reply = request(
        addr,
        "POST",
        path_of(operation),
        &[("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", authorization)],
        form(pairs).as_bytes(),
    );
    check(operation, &reply);
    reply
}

/// Exchanges an authorization code.
pub fn exchange(addr: SocketAddr, client_id: &str, code: &str) -> Reply {
    token_call(
        addr,
        OperationId::OauthToken,
        &basic(client_id, &format!("{client_id}-secret")),
        &[("grant_type", "authorization_code"), ("code", code)],
    )
}

/// Logs in as a user through a client: authorize, then exchange the code.
pub fn login_as(addr: SocketAddr, client_id: &str, username: &str, password: &str) -> Tokens {
    let code = authorize(addr, client_id, &format!("{client_id}-secret"), username, password);
    assert_eq!(code.status, 200, "authorize: {}", code.show());
    let tokens = exchange(addr, client_id, &code.text("code"));
    assert_eq!(tokens.status, 200, "token: {}", tokens.show());
    Tokens { access: tokens.text("access_token"), refresh: tokens.text("refresh_token") }
}

/// Logs in as the default user.
pub fn login(addr: SocketAddr, client_id: &str) -> Tokens {
    login_as(addr, client_id, USER, PASSWORD)
}

// ---------------------------------------------------------------------------------------------------------------
// VUK 509.

/// A VUK 509 sale body.
pub fn sale509_body(device: &str, reference: &str, price: &str, sales_type: &str) -> Value {
    json!({"conversationId": format!("conv-{reference}"), "locale": "tr", "deviceUniqueId": device,
        "transactionReferenceId": reference, "price": num(price), "currency": "TRY", "installment": 1,
        "salesType": sales_type})
}

/// A VUK 509 sale.
pub fn sale509(addr: SocketAddr, token: &str, device: &str, reference: &str, price: &str) -> Reply {
    call(addr, OperationId::Vuk509Payment, Some(token), &sale509_body(device, reference, price, "SALE"))
}

/// A VUK 509 sale that must succeed: the reply.
pub fn sold509(addr: SocketAddr, token: &str, device: &str, price: &str) -> Reply {
    let reply = sale509(addr, token, device, &unique("sale"), price);
    assert_ok(&reply);
    reply
}

/// A VUK 509 status query by paymentId.
pub fn query509_by_id(addr: SocketAddr, token: &str, payment_id: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk509QueryTransactionStatus,
        Some(token),
        &json!({"conversationId": "conv-query", "locale": "tr", "paymentId": payment_id}),
    )
}

/// A VUK 509 status query by device and transactionReferenceId.
pub fn query509_by_ref(addr: SocketAddr, token: &str, device: &str, reference: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk509QueryTransactionStatus,
        Some(token),
        &json!({"conversationId": "conv-query", "locale": "tr", "deviceUniqueId": device,
            "transactionReferenceId": reference}),
    )
}

/// A VUK 509 void of a payment (its paymentId and paymentDate from the sale's reply).
pub fn void509(addr: SocketAddr, token: &str, sale: &Reply) -> Reply {
    call(
        addr,
        OperationId::Vuk509Void,
        Some(token),
        &json!({"conversationId": "conv-void", "locale": "tr", "paymentId": sale.text("paymentId"),
            "paymentDate": sale.text("paymentDate"), "deviceUniqueId": sale.text("deviceUniqueId"),
            "transactionReferenceId": unique("void")}),
    )
}

/// A VUK 509 refund of a payment on a device.
pub fn refund509_on(addr: SocketAddr, token: &str, sale: &Reply, device: &str, price: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk509Refund,
        Some(token),
        &json!({"conversationId": "conv-refund", "locale": "tr", "paymentId": sale.text("paymentId"),
            "deviceUniqueId": device, "price": num(price), "transactionReferenceId": unique("refund"),
            "paymentDate": sale.text("paymentDate")}),
    )
}

/// A VUK 509 refund on the payment's own device.
pub fn refund509(addr: SocketAddr, token: &str, sale: &Reply, price: &str) -> Reply {
    refund509_on(addr, token, sale, &sale.text("deviceUniqueId"), price)
}

/// A VUK 509 end of day.
pub fn eod509(addr: SocketAddr, token: &str, device: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk509EndOfDay,
        Some(token),
        &json!({"conversationId": "conv-eod", "locale": "tr", "deviceUniqueId": device}),
    )
}

// ---------------------------------------------------------------------------------------------------------------
// VUK 507.

/// Two sale lines: 2 × 30.00 and 1 × 40.00 (100.00 in all).
pub fn items507() -> Value {
    json!([
        {"name": "Coffee", "generic": false, "unitCode": "C62", "taxGroupCode": "1", "itemQuantity": 2,
            "unitPriceAmount": "30.00", "grossPriceAmount": "60.00", "totalPriceAmount": "60.00"},
        {"name": "Cake", "generic": false, "unitCode": "C62", "taxGroupCode": "1", "itemQuantity": 1,
            "unitPriceAmount": "40.00", "grossPriceAmount": "40.00", "totalPriceAmount": "40.00"}
    ])
}

/// A VUK 507 sale body of 100.00 with [`items507`].
pub fn sale507_body(device: &str, reference: &str) -> Value {
    json!({"locale": "tr", "conversationId": format!("conv-{reference}"), "deviceUniqueId": device,
        "transactionReferenceId": reference, "price": "100.00", "paidPrice": "100.00", "paymentType": "CARD",
        "currency": "TRY", "installment": 1, "saleAppName": "ShopPOS", "saleAppVersion": "1.4.2",
        "saleDocumentType": "9", "saleItems": items507()})
}

/// A VUK 507 refund of one line (the first, "Coffee"), returning `amount`.
pub fn refund507(addr: SocketAddr, token: &str, sale: &Reply, amount: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk507Refund,
        Some(token),
        &json!({"locale": "tr", "conversationId": "conv-refund507", "deviceUniqueId": sale.text("deviceUniqueId"),
            "paymentId": sale.text("paymentId"), "paymentDate": sale.json()["paymentDate"].clone(),
            "transactionReferenceId": unique("refund507"), "saleAppName": "ShopPOS", "saleAppVersion": "1.4.2",
            "saleItems": [{"relatedSaleItemId": "1", "name": "Coffee", "generic": false, "unitCode": "C62",
                "taxGroupCode": "1", "itemQuantity": 1, "unitPriceAmount": "30.00", "grossPriceAmount": "30.00",
                "totalPriceAmount": "30.00", "returnAmount": amount}]}),
    )
}

/// A VUK 507 end of day.
pub fn eod507(addr: SocketAddr, token: &str, device: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk507EndOfDay,
        Some(token),
        &json!({"locale": "tr", "conversationId": "conv-eod507", "deviceUniqueId": device}),
    )
}

/// Waits (polling the lifecycle control) until a device is busy.
pub fn wait_busy(emu: &Emu, device: &str) {
    let start = std::time::Instant::now();
    loop {
        let devices = control_get(emu.addr, "/_payspec/iyzico-terminal/lifecycles/device").json();
        let busy = devices["instances"].as_array().map(Vec::as_slice).unwrap_or_default().iter().any(|i| {
            i["attributes"]["device"]["value"] == serde_json::json!(device) && i["state"] == serde_json::json!("busy")
        });
        if busy {
            return;
        }
        assert!(start.elapsed() < std::time::Duration::from_secs(5), "{device} never became busy");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}
