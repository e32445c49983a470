//! The harness of the passive-mode tests: the reference emulator on loopback (through its public `Emulator::new` +
//! `serve`, with a configuration of the test's own), `payspec proxy`'s library in front of it, a plain HTTP client
//! that plays a cash register through the proxy, and a WiaPay callback receiver that verifies (or, misbehaving,
//! does not verify) the signature.
#![allow(dead_code, missing_docs)]

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};

use payspec::support::SignedRequest;
use payspec::wiapay::{CALLBACK_SIGNING, REQUEST_SIGNING};
use payspec_suite::apis::{Received, Sent};
use payspec_suite::event::{Event, Finding, Verdict};
use payspec_suite::http::Endpoint;
use payspec_suite::proxy::{Proxy, ProxyOptions, ProxySummary};

/// An emulator serving on loopback; stopped when dropped.
pub struct Emu {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Emu {
    pub fn start(config: payspec_emulator::Config) -> Emu {
        let emulator = payspec_emulator::Emulator::new(config, None).expect("the emulator starts");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        listener.set_nonblocking(true).expect("a non-blocking listener");
        let addr = listener.local_addr().expect("the bound address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
                payspec_emulator::serve(emulator, listener, async {
                    let _ = stopped.await;
                })
                .await
                .expect("the server runs");
            });
        });
        Emu { addr, stop: Some(stop), thread: Some(thread) }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The emulator's configuration with no card delay.
pub fn config() -> payspec_emulator::Config {
    payspec_emulator::Config { card_delay_ms: 0, ..payspec_emulator::Config::default() }
}

/// A proxy in front of `upstream` on a port of its own.
pub fn proxy(upstream: &str, strict: bool, callback_upstream: Option<String>) -> Proxy {
    proxy_on(TcpListener::bind("127.0.0.1:0").expect("bind a loopback port"), upstream, strict, callback_upstream)
}

/// A proxy on a bound listener.
pub fn proxy_on(listener: TcpListener, upstream: &str, strict: bool, callback_upstream: Option<String>) -> Proxy {
    let mut options = ProxyOptions::new(upstream);
    options.strict = strict;
    options.callback_upstream = callback_upstream;
    options.timeout = Duration::from_secs(20);
    Proxy::start(options, listener, Box::new(|_| {})).expect("the proxy starts")
}

/// Every finding of a proxy run, with its step.
pub fn findings(events: &[Event]) -> Vec<(String, Finding)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Exchange(x) => Some(x.findings.iter().map(|f| (x.step.clone(), f.clone())).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The ids of the checks that passed, over every exchange.
pub fn passed(events: &[Event]) -> Vec<&'static str> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Exchange(x) => Some(x.passed.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Asserts a run found nothing, printing what it found.
pub fn assert_clean(summary: &ProxySummary, events: &[Event]) {
    let found = findings(events);
    assert!(found.is_empty(), "no finding expected, got {found:#?}");
    assert_eq!((summary.violations, summary.warnings, summary.exit_code()), (0, 0, 0));
}

/// The findings of one check, failed.
pub fn failed<'a>(found: &'a [(String, Finding)], check: &str) -> Vec<&'a (String, Finding)> {
    found.iter().filter(|(_, f)| f.check == check && f.verdict == Verdict::Failed).collect()
}

/// A cash register talking plain HTTP to a base URL (the proxy).
pub struct Client {
    pub endpoint: Endpoint,
}

impl Client {
    pub fn new(url: &str) -> Client {
        Client { endpoint: Endpoint::parse(url, Duration::from_secs(20)).expect("a URL") }
    }

    pub fn send(&self, method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> Received {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let sent = Sent {
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.to_owned(),
            headers: headers.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect(),
            body: body.to_vec(),
        };
        self.endpoint.send(&sent).expect("an answer through the proxy")
    }

    pub fn json(&self, target: &str, bearer: Option<&str>, extra: &[(&str, &str)], body: &Value) -> Received {
        let authorization = bearer.map(|t| format!("Bearer {t}"));
        let mut headers = vec![("content-type", "application/json")];
        if let Some(authorization) = &authorization {
            headers.push(("authorization", authorization));
        }
        headers.extend_from_slice(extra);
        self.send("POST", target, &headers, body.to_string().as_bytes())
    }

    pub fn form(&self, target: &str, basic: Option<(&str, &str)>, body: &str) -> Received {
        let authorization = basic.map(|(user, password)| {
            format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")))
        });
        let mut headers = vec![("content-type", "application/x-www-form-urlencoded")];
        if let Some(authorization) = &authorization {
            headers.push(("authorization", authorization));
        }
        self.send("POST", target, &headers, body.as_bytes())
    }
}

pub fn body(received: &Received) -> Value {
    received.json().unwrap_or(Value::Null)
}

pub fn text(received: &Received, pointer: &str) -> String {
    body(received)
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no {pointer} in {}", String::from_utf8_lossy(&received.body)))
        .to_owned()
}

pub const DEVICE: &str = "PAV860047264";

/// The README's OAuth login for the VUK 509 integration: the access token.
pub fn iyzico_login(client: &Client) -> String {
    let code = client.form(
        "/in-store/oauth2/authorize",
        None,
        "scope=iyzipayApiGateway&client_id=payspec-vuk509&client_secret=payspec-vuk509-secret&response_type=code&username=kasa%40payspec.test&password=payspec-pass&request_timestamp=1796108400",
    );
    let code = text(&code, "/code");
    let token = client.form(
        "/in-store/oauth2/token",
        Some(("payspec-vuk509", "payspec-vuk509-secret")),
        &format!("grant_type=authorization_code&code={code}"),
    );
    text(&token, "/access_token")
}

/// A VUK 509 sale.
pub fn sale(client: &Client, token: &str, reference: &str, price: &str) -> Received {
    let body = format!(
        r#"{{"conversationId":"c-{reference}","locale":"en","deviceUniqueId":"{DEVICE}","transactionReferenceId":"{reference}","price":{price},"currency":"TRY","installment":1,"salesType":"SALE"}}"#
    );
    client.send(
        "POST",
        "/v2/terminal-host/payment",
        &[("content-type", "application/json"), ("authorization", &format!("Bearer {token}"))],
        body.as_bytes(),
    )
}

/// A VUK 509 status query by reference.
pub fn query_by_reference(client: &Client, token: &str, reference: &str) -> Received {
    client.json(
        "/v2/terminal-host/payment/query-transaction-status",
        Some(token),
        &[],
        &json!({"conversationId": "q", "locale": "en", "deviceUniqueId": DEVICE, "transactionReferenceId": reference}),
    )
}

/// The README's iyzico walk-through: login, a sale of 100.00, its status query, a partial refund of 40, end of
/// day and the void end of day refuses.
pub fn iyzico_walkthrough(client: &Client) {
    let token = iyzico_login(client);
    let payment = sale(client, &token, "ref-1", "100.00");
    assert_eq!(payment.status, 200, "{}", String::from_utf8_lossy(&payment.body));
    let payment_id = text(&payment, "/paymentId");
    let day = text(&payment, "/paymentDate");
    let query = client.json(
        "/v2/terminal-host/payment/query-transaction-status",
        Some(&token),
        &[],
        &json!({"conversationId": "c2", "locale": "en", "paymentId": payment_id}),
    );
    assert_eq!(query.status, 200);
    let refund = client.json(
        "/v2/terminal-host/payment/refund",
        Some(&token),
        &[],
        &serde_json::from_str::<Value>(&format!(
            r#"{{"conversationId":"c3","locale":"en","deviceUniqueId":"{DEVICE}","transactionReferenceId":"ref-2","price":40,"paymentId":"{payment_id}","paymentDate":"{day}"}}"#
        ))
        .expect("JSON"),
    );
    assert_eq!(refund.status, 200, "{}", String::from_utf8_lossy(&refund.body));
    let eod = client.json(
        "/v2/terminal-host/eod",
        Some(&token),
        &[],
        &json!({"conversationId": "c4", "locale": "en", "deviceUniqueId": DEVICE}),
    );
    assert_eq!(eod.status, 200);
    let void = client.json(
        "/v2/terminal-host/payment/void",
        Some(&token),
        &[],
        &json!({"conversationId": "c5", "locale": "en", "deviceUniqueId": DEVICE, "transactionReferenceId": "ref-3",
            "paymentId": payment_id, "paymentDate": day}),
    );
    assert_eq!((void.status, text(&void, "/errorCode")), (422, "380104".to_owned()));
}

/// The README's Finrota walk-through: a token, the installments for the BIN, a 3D payment of 250.00 verified on
/// the bank page, the transaction by its order reference, a partial refund of 50.00 and one past what is left.
pub fn finrota_walkthrough(client: &Client, order: &str) {
    let token = client.json(
        "/auth/api/token/connect",
        None,
        &[],
        &json!({"apiKey": "payspec-finrota-key", "secretKey": "payspec-finrota-secret"}),
    );
    let token = text(&token, "/token");
    let authorization = format!("Bearer {token}");
    let headers = [("authorization", authorization.as_str()), ("accept-language", "en")];
    let set = "504978bf-bebd-40c5-89aa-b76f3a20341c";
    let pos = "384badef-11ec-ee11-98f2-005056b0d2e5";
    let options =
        client.send("GET", &format!("/pws/paymentOptions/415565?currency=TRY&paymentSetId={set}"), &headers, b"");
    assert_eq!(options.status, 200, "{}", String::from_utf8_lossy(&options.body));
    let base = client.endpoint.authority.clone();
    let payment = format!(
        r#"{{"agentCode":"C-1001","amount":250.00,"installment":1,"tenantPosId":"{pos}","paymentSetDefinitionId":"{set}","currencyCode":"TRY","use3D":true,"returnUrl":"http://{base}/bank/return","clientOrderReferenceCode":"{order}","contact":{{"name":"Test","surname":"Payer","email":"payer@payspec.test"}},"card":{{"cardNumber":"4155650100416111","cardHolderName":"Test Payer","cvv":"123","expMonth":12,"expYear":2030}}}}"#
    );
    let with_json = [headers[0], headers[1], ("content-type", "application/json")];
    let payment = client.send("POST", "/pws/payment", &with_json, payment.as_bytes());
    assert_eq!(payment.status, 200, "{}", String::from_utf8_lossy(&payment.body));
    let redirect = text(&payment, "/data/redirectUrl");
    let bank_page = redirect.split_once("://").and_then(|(_, rest)| rest.find('/').map(|at| rest[at..].to_owned()));
    let bank_page = bank_page.expect("the redirectUrl's path");
    let verified =
        client.send("POST", &bank_page, &[("content-type", "application/x-www-form-urlencoded")], b"otp=123456");
    assert_eq!(verified.status, 303, "the bank page redirects back");
    let transaction = client.send(
        "POST",
        "/pws/payment/transaction",
        &with_json,
        json!({"clientReferenceNumber": order}).to_string().as_bytes(),
    );
    let reference = text(&transaction, "/data/referenceNumber");
    let refund = |amount: &str| {
        let body = format!(r#"{{"referenceCode":"{reference}","amount":{amount}}}"#);
        client.send("POST", "/pws/payment/refund", &with_json, body.as_bytes())
    };
    assert_eq!(body(&refund("50.00"))["statusCode"], json!(200));
    assert_eq!(text(&refund("500.00"), "/errors/0/code"), "P015");
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or_default()
}

/// A signed WiaPay request through the client.
pub fn wiapay(client: &Client, method: &str, path: &str, body: &str) -> Received {
    let timestamp = now();
    let signed = SignedRequest { timestamp, method, path_with_query: path, body };
    let signature = REQUEST_SIGNING.sign(b"sk_test_payspec", &signed).expect("signs");
    let timestamp = timestamp.to_string();
    client.send(
        method,
        path,
        &[
            ("content-type", "application/json"),
            ("X-API-Key", "pk_test_payspec"),
            ("X-Timestamp", &timestamp),
            ("X-Signature", &signature),
        ],
        body.as_bytes(),
    )
}

/// A callback receiver on loopback: verifies each callback's signature (or, `trusting`, does not) and answers 200
/// or 401; counts what it acknowledged.
pub struct Receiver {
    pub addr: SocketAddr,
    pub acknowledged: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Receiver {
    pub fn start(trusting: bool) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("the bound address");
        let acknowledged = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = std::sync::Arc::clone(&acknowledged);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let Some(sent) = read_request(&mut stream) else { continue };
                let verified = {
                    let header = |name: &str| {
                        sent.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone())
                    };
                    let timestamp = header(CALLBACK_SIGNING.timestamp_header).and_then(|t| t.parse::<i64>().ok());
                    let signature = header(CALLBACK_SIGNING.signature_header);
                    let body = String::from_utf8_lossy(&sent.body).into_owned();
                    let target =
                        if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) };
                    match (timestamp, signature) {
                        (Some(timestamp), Some(signature)) => CALLBACK_SIGNING
                            .verify(
                                b"whsec_test_payspec",
                                &SignedRequest {
                                    timestamp,
                                    method: &sent.method,
                                    path_with_query: &target,
                                    body: &body,
                                },
                                &signature,
                                now(),
                            )
                            .is_ok(),
                        _ => false,
                    }
                };
                let status = if verified || trusting { "200 OK" } else { "401 Unauthorized" };
                if status.starts_with("200") {
                    count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                let _ = stream.write_all(
                    format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes(),
                );
            }
        });
        Receiver { addr, acknowledged }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Reads one HTTP/1.1 request (a Content-Length body) with every header.
pub fn read_request(stream: &mut std::net::TcpStream) -> Option<Sent> {
    crate::common::read_request_keeping(stream, |_| true)
}
