//! The harness of the suite's own tests: the reference emulator served on `127.0.0.1:0` (through its public
//! `Background` launcher, as `payspec check --emulated` starts it), a thin mutating proxy in front of it that
//! plays a defective implementation, and a run of the suite that keeps its events. The emulator's WiaPay callbacks go
//! to a callback receiver of the suite (its site `callback_url`), which a run on the same thread uses.
#![allow(dead_code, missing_docs)]

use std::cell::RefCell;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use payspec_suite::callbacks::Receiver;

use payspec_suite::apis::{Received, Sent};
use payspec_suite::event::{Event, Finding};
use payspec_suite::http::Endpoint;
use payspec_suite::seed::Seed;
use payspec_suite::{RunOptions, RunSummary};

/// An emulator serving on loopback (the emulator's own background launcher, as `payspec check --emulated` starts
/// it); stopped when dropped.
pub struct Emu(payspec_emulator::Background);

thread_local! {
    /// The receiver of the emulator this test thread started last: the runs of the thread use it.
    static RECEIVER: RefCell<Option<Arc<Receiver>>> = const { RefCell::new(None) };
}

/// A callback receiver of the suite on loopback, which the runs of this test thread use.
pub fn receiver() -> Arc<Receiver> {
    let receiver = Arc::new(Receiver::bind("127.0.0.1:0").expect("bind the callback receiver"));
    RECEIVER.with(|r| *r.borrow_mut() = Some(Arc::clone(&receiver)));
    receiver
}

impl Emu {
    /// The emulator, its WiaPay callbacks sent to a new receiver of the suite.
    pub fn start() -> Emu {
        let receiver = receiver();
        Emu::start_calling_back(&receiver.url())
    }

    /// The emulator, its WiaPay callbacks sent to `callback_url` (a proxy in front of the receiver, say).
    pub fn start_calling_back(callback_url: &str) -> Emu {
        let mut config = payspec_emulator::Config { card_delay_ms: 0, ..payspec_emulator::Config::default() };
        config.wiapay.callback_url = Some(callback_url.to_owned());
        Emu(payspec_emulator::Background::start(config).expect("the emulator starts"))
    }

    pub fn url(&self) -> String {
        self.0.url()
    }
}

/// What a defective implementation does to a request before the emulator sees it, and to the answer after.
pub type RequestMutation = dyn Fn(&mut Sent) + Send + Sync;
pub type ResponseMutation = dyn Fn(&Sent, &mut Received) + Send + Sync;

/// A proxy in front of an upstream, one connection a request; runs until the test ends.
pub struct Proxy {
    pub addr: SocketAddr,
}

/// Reads one HTTP/1.1 request as a defective implementation's proxy passes it on: without the headers the
/// connection owns (`content-length`, `host`, `connection`).
pub fn read_request(stream: &mut TcpStream) -> Option<Sent> {
    let owned = ["content-length", "host", "connection"];
    read_request_keeping(stream, |name| !owned.iter().any(|h| name.eq_ignore_ascii_case(h)))
}

/// Reads one HTTP/1.1 request (a Content-Length body) as the suite's callback receiver reads one, keeping the headers
/// `keep` says yes to.
pub fn read_request_keeping(stream: &mut TcpStream, keep: impl Fn(&str) -> bool) -> Option<Sent> {
    let mut sent = payspec_suite::callbacks::read_request(stream)?;
    sent.headers.retain(|(name, _)| keep(name));
    Some(sent)
}

pub fn write_response(stream: &mut TcpStream, received: &Received) {
    let mut bytes = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", received.status).into_bytes();
    for (name, value) in &received.headers {
        if !["content-length", "transfer-encoding", "connection"].contains(&name.as_str()) {
            bytes.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
    }
    bytes.extend_from_slice(format!("Content-Length: {}\r\n\r\n", received.body.len()).as_bytes());
    bytes.extend_from_slice(&received.body);
    let _ = stream.write_all(&bytes);
}

impl Proxy {
    pub fn start(upstream: &str, request: Arc<RequestMutation>, response: Arc<ResponseMutation>) -> Proxy {
        let endpoint = Endpoint::parse(upstream, Duration::from_secs(20)).expect("the upstream URL");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("the bound address");
        std::thread::spawn(move || {
            // A thread a connection: a call held by the upstream (a card awaited) does not hold up the next.
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let (request, response, endpoint) = (Arc::clone(&request), Arc::clone(&response), endpoint.clone());
                std::thread::spawn(move || {
                    let Some(mut sent) = read_request(&mut stream) else { return };
                    let original = sent.clone();
                    request(&mut sent);
                    let Ok(mut received) = endpoint.send(&sent) else { return };
                    response(&original, &mut received);
                    write_response(&mut stream, &received);
                });
            }
        });
        Proxy { addr }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// A run of the suite against a URL, its events kept.
pub fn run(url: &str, cases: &[&str]) -> (RunSummary, Vec<Event>) {
    run_with(url, cases, false)
}

/// The same, strict or not.
pub fn run_with(url: &str, cases: &[&str], strict: bool) -> (RunSummary, Vec<Event>) {
    let mut options = RunOptions::new(url);
    options.strict = strict;
    options.cases = cases.iter().map(|c| (*c).to_owned()).collect();
    options.seed = Seed(12);
    options.callbacks = RECEIVER.with(|r| r.borrow().clone());
    let mut events = Vec::new();
    let summary = payspec_suite::run(&options, &mut |event| events.push(event.clone())).expect("the suite runs");
    (summary, events)
}

/// Every finding of a run.
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

/// The body of an answer as JSON, changed, written back.
pub fn edit_json(received: &mut Received, edit: impl FnOnce(&mut serde_json::Value)) {
    if let Ok(mut body) = serde_json::from_slice::<serde_json::Value>(&received.body) {
        edit(&mut body);
        received.body = serde_json::to_vec(&body).expect("JSON");
    }
}

/// A run with options changed by `tune` (a cases folder, strictness), its events kept.
pub fn run_tuned(url: &str, cases: &[&str], tune: impl FnOnce(&mut RunOptions)) -> (RunSummary, Vec<Event>) {
    let mut options = RunOptions::new(url);
    options.cases = cases.iter().map(|c| (*c).to_owned()).collect();
    options.seed = Seed(12);
    tune(&mut options);
    let mut events = Vec::new();
    let summary = payspec_suite::run(&options, &mut |event| events.push(event.clone())).expect("the suite runs");
    (summary, events)
}

/// A proxy like [`Proxy`] whose hook may answer a request itself with raw bytes (garbage, a broken answer).
pub struct RawProxy {
    pub addr: SocketAddr,
}

pub type RawAnswer = dyn Fn(&Sent) -> Option<Vec<u8>> + Send + Sync;

impl RawProxy {
    pub fn start(upstream: &str, answer: Arc<RawAnswer>) -> RawProxy {
        let endpoint = Endpoint::parse(upstream, Duration::from_secs(20)).expect("the upstream URL");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("the bound address");
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some(sent) = read_request(&mut stream) else { continue };
                if let Some(raw) = answer(&sent) {
                    let _ = stream.write_all(&raw);
                    continue;
                }
                let Ok(received) = endpoint.send(&sent) else { continue };
                write_response(&mut stream, &received);
            }
        });
        RawProxy { addr }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// A folder of cases for one test: `files` as (path under the folder, JSON text); removed when dropped.
pub struct CaseDir {
    pub path: std::path::PathBuf,
}

impl CaseDir {
    pub fn new(name: &str, files: &[(&str, &str)]) -> CaseDir {
        let path = std::env::temp_dir().join(format!("payspec-suite-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        for (file, text) in files {
            let file = path.join(file);
            std::fs::create_dir_all(file.parent().expect("a folder")).expect("create the case folder");
            std::fs::write(&file, text).expect("write a case");
        }
        CaseDir { path }
    }
}

impl Drop for CaseDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Every element of an XML document opened is closed, in order.
pub fn assert_well_formed(xml: &str) {
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), "{xml}");
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
