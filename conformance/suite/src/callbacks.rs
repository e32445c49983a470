//! The suite's callback receiver: a loopback HTTP listener (plain `std::net`, one thread) the implementation under
//! test calls back (WiaPay's signed callbacks). It keeps every request it receives, byte for byte, and
//! acknowledges each with `200` at once — the suite judges a callback, it does not refuse it, so a defect is
//! reported once rather than retried. The runner takes what arrived before each step and while a step waits
//! for a callback, and checks each ([`checks`]).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::apis::{Callback, Sent};
use crate::checks::{Broken, Tally};

/// The path the receiver is called on (any path is received; this one is what [`Receiver::url`] names).
pub const PATH: &str = "/payspec/callbacks";

/// The largest callback body the receiver reads.
const BODY_LIMIT: usize = 1 << 20;

/// A callback receiver on a loopback port; it stops when dropped.
#[derive(Debug)]
pub struct Receiver {
    address: SocketAddr,
    inbox: Arc<Mutex<Vec<Sent>>>,
    stop: Arc<AtomicBool>,
}

impl Receiver {
    /// Listens on `address` (`127.0.0.1:0` for an ephemeral port) in a thread of its own.
    pub fn bind(address: &str) -> std::io::Result<Receiver> {
        let listener = TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        let inbox = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (kept, stopped) = (Arc::clone(&inbox), Arc::clone(&stop));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else { continue };
                if let Some(sent) = receive(&mut stream) {
                    // Kept before it is acknowledged: a sender that saw the 200 finds it taken.
                    kept.lock().unwrap_or_else(PoisonError::into_inner).push(sent);
                    let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                }
            }
        });
        Ok(Receiver { address, inbox, stop })
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The URL an implementation calls back (`http://127.0.0.1:port/payspec/callbacks`).
    pub fn url(&self) -> String {
        format!("http://{}{PATH}", self.address)
    }

    /// Every callback received since the last call, oldest first.
    pub fn take(&self) -> Vec<Sent> {
        std::mem::take(&mut *self.inbox.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Puts callbacks back, in front of any received since (a case of another API took them).
    pub fn put_back(&self, mut callbacks: Vec<Sent>) {
        let mut inbox = self.inbox.lock().unwrap_or_else(PoisonError::into_inner);
        callbacks.append(&mut inbox);
        *inbox = callbacks;
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the listener so that its thread sees the flag and ends.
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_millis(200));
    }
}

/// Reads one request (the receiver keeps it, then acknowledges it); `None` when it is not HTTP.
fn receive(stream: &mut TcpStream) -> Option<Sent> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream.set_write_timeout(Some(Duration::from_secs(5))).ok()?;
    read_request(stream)
}

/// Reads one HTTP/1.1 request with a `Content-Length` body (at most 1 MiB, head and body), every header kept; `None`
/// when it is not HTTP, too large, or the connection fails. The suite's own tests read their fake servers' requests
/// with it too.
pub fn read_request(stream: &mut impl Read) -> Option<Sent> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 8192];
    let head_end = loop {
        let n = stream.read(&mut buffer).ok()?;
        if n == 0 {
            return None;
        }
        raw.extend_from_slice(&buffer[..n]);
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        if raw.len() > BODY_LIMIT {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_owned(), first.next()?.to_owned());
    let mut headers = Vec::new();
    let mut length = 0usize;
    for line in lines {
        let (name, value) = line.split_once(':')?;
        let (name, value) = (name.trim().to_owned(), value.trim().to_owned());
        if name.eq_ignore_ascii_case("content-length") {
            length = value.parse().ok()?;
        }
        headers.push((name, value));
    }
    if length > BODY_LIMIT {
        return None;
    }
    let mut body = raw[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut buffer).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&buffer[..n]);
    }
    body.truncate(length);
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path.to_owned(), query.to_owned()),
        None => (target, String::new()),
    };
    Some(Sent { method, path, query, headers, body })
}

/// The checks of a callback, as the API's model read it: its signature by the callback recipe, its body by the
/// generated message shape, and the transition it reports by the lifecycle.
pub fn checks(callback: &Callback, tally: &mut Tally) {
    let operation = callback.operation.unwrap_or("a callback");
    tally.record(
        "callback_signature",
        callback.signature.clone().map_err(|(basis, problem)| Broken {
            rule: format!("{operation} is signed with the callback recipe and the callback secret"),
            basis,
            expected: "a signature that verifies, its timestamp within the window of the target's clock".to_owned(),
            actual: problem,
            pointer: None,
            source: None,
        }),
    );
    tally.record(
        "callback_schema",
        callback.body.clone().map_err(|problem| {
            Broken::vendor(format!("{operation} carries a CallbackPayload"), "a CallbackPayload", problem.to_string())
                .at(problem.field.clone())
        }),
    );
    if callback.signature.is_ok() && callback.body.is_ok() {
        tally.record(
            "callback_lifecycle",
            callback.lifecycle.clone().map_err(|(basis, rule)| Broken {
                rule,
                basis,
                expected: "a status the lifecycle takes from the transaction's state, or the state already reached"
                    .to_owned(),
                actual: format!("status {}", callback.status.as_deref().unwrap_or("(none)")),
                pointer: None,
                source: None,
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_callback_is_received_byte_for_byte_and_acknowledged() {
        let receiver = Receiver::bind("127.0.0.1:0").expect("binds");
        let endpoint = crate::http::Endpoint::parse(&format!("http://{}", receiver.address()), Duration::from_secs(5))
            .expect("the receiver's URL");
        assert!(receiver.url().ends_with(PATH));
        let sent = Sent {
            method: "POST".to_owned(),
            path: PATH.to_owned(),
            query: "site=1".to_owned(),
            headers: vec![("X-Signature".to_owned(), "ab".to_owned())],
            body: br#"{"status":"completed"}"#.to_vec(),
        };
        let answer = endpoint.send(&sent).expect("an answer");
        assert_eq!(answer.status, 200);
        let got = receiver.take();
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].path.as_str(), got[0].query.as_str(), got[0].body.as_slice()),
            (PATH, "site=1", sent.body.as_slice())
        );
        assert_eq!(got[0].header("x-signature"), Some("ab"));
        assert!(receiver.take().is_empty());
        receiver.put_back(got);
        assert_eq!(receiver.take().len(), 1);
    }
}
