//! The delivery task: it runs beside the server, outside the state lock. Every 50 ms it fires a due deposit expiry
//! (a journaled tick) and starts an attempt for each callback due at the test clock; an attempt signs the body with
//! the spec's `callback` recipe and the callback secret at the test clock, POSTs it over plain HTTP (hyper's client,
//! a connection per attempt) within the configured timeout, and journals what happened. A receiver that answers 500,
//! refuses the connection or hangs costs one attempt and its timeout, never the emulator.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::Request;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use payspec::support::SignedRequest;
use payspec::wiapay::CALLBACK_SIGNING;

use crate::emulator::Emulator;
use crate::state::Input;
use crate::wiapay::callbacks::{Attempt, Due};
use crate::wiapay::{WiapayInput, receiver};

/// How often the task looks for due work, wall-clock.
const POLL: Duration = Duration::from_millis(50);

/// Why an attempt got no answer.
#[derive(Debug, thiserror::Error)]
enum DeliveryError {
    /// The URL is not one the emulator can send to.
    #[error("{0}")]
    Url(String),
    /// The connection or the exchange failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// HTTP failed.
    #[error("{0}")]
    Http(#[from] hyper::Error),
    /// The request could not be built.
    #[error("{0}")]
    Request(#[from] hyper::http::Error),
}

/// Runs until the task is aborted (the server stops it when it stops).
pub async fn run(emulator: Arc<Emulator>, own: SocketAddr) {
    let in_flight: Arc<Mutex<HashSet<u64>>> = Arc::default();
    let mut interval = tokio::time::interval(POLL);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        let now = emulator.now_ms();
        if emulator.read(|s| s.wiapay.expiry_due(now)).await {
            let at_ms = emulator.now_ms();
            if let Err(error) = emulator.submit(|_| Input::Wiapay { at_ms, input: WiapayInput::Tick }).await {
                tracing::error!(%error, "the state file failed");
            }
        }
        let due = emulator.read(|s| s.wiapay.outbox.due(now)).await;
        for due in due {
            if !in_flight.lock().unwrap_or_else(|p| p.into_inner()).insert(due.id) {
                continue;
            }
            let emulator = Arc::clone(&emulator);
            let in_flight = Arc::clone(&in_flight);
            tokio::spawn(async move {
                let id = due.id;
                let attempt = attempt(&emulator, due, own).await;
                let at_ms = attempt.at_ms;
                let input = WiapayInput::Attempted { id, attempt };
                if let Err(error) = emulator.submit(|_| Input::Wiapay { at_ms, input }).await {
                    tracing::error!(%error, "the state file failed");
                }
                in_flight.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
            });
        }
    }
}

/// Where a callback goes: its deposit's URL, else the site's, else the emulator's own receiver.
fn url_of(emulator: &Emulator, due: &Due, own: SocketAddr) -> String {
    due.url
        .clone()
        .or_else(|| emulator.config().wiapay.callback_url.clone())
        .unwrap_or_else(|| format!("http://{own}{}", receiver::PATH))
}

/// An `http://` URL's authority and path with query.
fn split(url: &str) -> Result<(String, String), DeliveryError> {
    let rest = url.strip_prefix("http://").ok_or_else(|| {
        DeliveryError::Url(format!("{url} is not delivered: the emulator sends callbacks over plain http:// only"))
    })?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(at) => (&rest[..at], rest[at..].to_owned()),
        None => (rest, "/".to_owned()),
    };
    let path = if path.starts_with('?') { format!("/{path}") } else { path };
    if authority.is_empty() {
        return Err(DeliveryError::Url(format!("{url} has no host")));
    }
    Ok((authority.to_owned(), path))
}

async fn attempt(emulator: &Emulator, due: Due, own: SocketAddr) -> Attempt {
    let config = &emulator.config().wiapay;
    let url = url_of(emulator, &due, own);
    let at_ms = emulator.now_ms();
    let timestamp = at_ms.div_euclid(1000);
    let started = Instant::now();
    let mut attempt =
        Attempt { at_ms, url: url.clone(), timestamp, signature: String::new(), status: None, error: None, took_ms: 0 };
    let result = match split(&url) {
        Err(error) => Err(error),
        Ok((authority, path)) => {
            let signed = SignedRequest { timestamp, method: "POST", path_with_query: &path, body: &due.body };
            match CALLBACK_SIGNING.sign(config.callback_secret.as_bytes(), &signed) {
                Err(error) => Err(DeliveryError::Url(format!("the callback cannot be signed: {error}"))),
                Ok(signature) => {
                    attempt.signature = signature.clone();
                    let timeout = Duration::from_millis(config.callback_timeout_ms);
                    let post = post(&authority, &path, timestamp, &signature, due.body.clone());
                    match tokio::time::timeout(timeout, post).await {
                        Ok(result) => result,
                        Err(_) => {
                            Err(DeliveryError::Url(format!("no answer within {} ms", config.callback_timeout_ms)))
                        }
                    }
                }
            }
        }
    };
    attempt.took_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    match result {
        Ok(status) => attempt.status = Some(status),
        Err(error) => attempt.error = Some(error.to_string()),
    }
    attempt
}

async fn post(
    authority: &str,
    path: &str,
    timestamp: i64,
    signature: &str,
    body: String,
) -> Result<u16, DeliveryError> {
    let has_port = authority.rsplit_once(':').is_some_and(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
        && !authority.ends_with(']');
    let address = if has_port { authority.to_owned() } else { format!("{authority}:80") };
    let stream = TcpStream::connect(address.as_str()).await?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    let connection = tokio::spawn(connection);
    let request = Request::post(path)
        .header("host", authority)
        .header("content-type", "application/json")
        .header("user-agent", "WiaPay-Callback/1.0")
        .header(CALLBACK_SIGNING.signature_header, signature)
        .header(CALLBACK_SIGNING.timestamp_header, timestamp.to_string())
        .body(Full::new(Bytes::from(body)))?;
    let result = sender.send_request(request).await;
    connection.abort();
    Ok(result?.status().as_u16())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let (a, p) = split("http://127.0.0.1:9000/hook?site=1").unwrap_or_default();
        assert_eq!((a.as_str(), p.as_str()), ("127.0.0.1:9000", "/hook?site=1"));
        let (a, p) = split("http://localhost:9000").unwrap_or_default();
        assert_eq!((a.as_str(), p.as_str()), ("localhost:9000", "/"));
        assert!(split("https://example.com/hook").is_err());
    }
}
