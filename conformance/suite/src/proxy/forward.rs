//! The forwarder: an HTTP/1.1 server (hyper) on the proxy's listener that forwards each request unchanged — method,
//! path, query, headers except the hop-by-hop ones, body — to the upstream over a connection of its own (hyper's
//! client), and the answer unchanged back, many connections at once. Callbacks (a request no API routes that
//! carries the callback signature header) go to the callback upstream instead, when one is given. Every exchange
//! is numbered on arrival and handed to the checker; nothing is logged here, so no secret or card number is.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderMap, HeaderName};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};

use crate::apis::{Received, Sent};

use super::checker::{Direction, Observed};
use super::options::ProxyError;

/// The largest body the proxy reads (a request or an answer).
const BODY_LIMIT: usize = 16 * 1024 * 1024;

/// Headers that belong to one connection, not to the message (RFC 9110 §7.6.1).
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Where requests are forwarded: `host:port`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    /// The URL as given.
    pub url: String,
    /// `host:port`.
    pub address: String,
}

impl Upstream {
    /// Parses `http://host[:port]` (a trailing `/` allowed).
    pub fn parse(url: &str) -> Result<Upstream, ProxyError> {
        let bad = |problem: &str| ProxyError::Upstream { url: url.to_owned(), problem: problem.to_owned() };
        let rest = match url.split_once("://") {
            Some(("http", rest)) => rest,
            Some(("https", _)) => return Err(bad("https is not supported: put a TLS proxy in front")),
            _ => return Err(bad("expected http://host:port")),
        };
        let authority = rest.trim_end_matches('/');
        if authority.is_empty() || authority.contains(['/', '?', '@']) {
            return Err(bad("expected http://host:port with no path"));
        }
        let has_port = authority.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok());
        let address = if has_port { authority.to_owned() } else { format!("{authority}:80") };
        Ok(Upstream { url: url.to_owned(), address })
    }
}

/// What every connection shares.
pub struct Shared {
    /// The implementation.
    pub upstream: Upstream,
    /// The client's callback receiver, if callbacks are routed through the proxy.
    pub callback_upstream: Option<Upstream>,
    /// How long an upstream may take to answer.
    pub timeout: Duration,
    /// The next arrival's number.
    pub seq: AtomicU64,
    /// Requests being forwarded.
    pub in_flight: AtomicUsize,
    /// Where observed exchanges go.
    pub observed: std::sync::mpsc::Sender<Observed>,
}

fn is_hop_by_hop(name: &HeaderName, listed: &[String]) -> bool {
    HOP_BY_HOP.contains(&name.as_str()) || listed.iter().any(|l| l == name.as_str())
}

/// The headers a message keeps when it is forwarded: all but the hop-by-hop ones and those `Connection` names.
fn end_to_end(headers: &HeaderMap) -> HeaderMap {
    let listed: Vec<String> = headers
        .get_all("connection")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    let mut kept = HeaderMap::new();
    for (name, value) in headers {
        if !is_hop_by_hop(name, &listed) {
            kept.append(name.clone(), value.clone());
        }
    }
    kept
}

fn as_pairs(headers: &HeaderMap) -> Vec<(String, String)> {
    headers.iter().map(|(n, v)| (n.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect()
}

/// Serves until `shutdown` resolves, then waits (at most the upstream timeout) for the requests in flight.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let shared = Arc::clone(&shared);
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let shared = Arc::clone(&shared);
                        async move { Ok::<_, Infallible>(handle(&shared, request).await) }
                    });
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        }
    }
    let deadline = Instant::now() + shared.timeout;
    while shared.in_flight.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn plain(status: u16, text: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(text)));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::BAD_GATEWAY);
    response.headers_mut().insert("content-type", hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

async fn handle(shared: &Shared, request: Request<Incoming>) -> Response<Full<Bytes>> {
    shared.in_flight.fetch_add(1, Ordering::SeqCst);
    let started = Instant::now();
    let seq = shared.seq.fetch_add(1, Ordering::SeqCst);
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().unwrap_or_default().to_owned();
    let headers = end_to_end(&parts.headers);
    let method = parts.method.as_str().to_owned();
    let body = match Limited::new(body, BODY_LIMIT).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(error) => {
            // Not forwarded: the proxy cannot pass on what it could not read whole.
            let sent = Sent { method, path, query, headers: as_pairs(&headers), body: Vec::new() };
            let problem = format!("the request's body could not be read whole ({error}); not forwarded");
            let millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            let observed =
                Observed { seq, direction: Direction::Request, sent, received: Err(problem.clone()), millis };
            let _ = shared.observed.send(observed);
            shared.in_flight.fetch_sub(1, Ordering::SeqCst);
            return plain(413, format!("payspec proxy: {problem}\n"));
        }
    };
    let sent = Sent { method, path, query, headers: as_pairs(&headers), body: body.to_vec() };
    let callback = shared.callback_upstream.as_ref().filter(|_| {
        super::callbacks::is_callback(&sent) && !super::generated::ALL.iter().any(|g| (g.routes)(&sent.path))
    });
    let (direction, upstream) = match callback {
        Some(upstream) => (Direction::Callback, upstream),
        None => (Direction::Request, &shared.upstream),
    };
    let target = parts.uri.path_and_query().map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
    let forwarded = forward(upstream, shared.timeout, parts.method, &target, headers, body).await;
    let (response, received) = match forwarded {
        Ok((response, received)) => (response, Ok(received)),
        Err(error) => (plain(502, format!("payspec proxy: {} did not answer: {error}\n", upstream.url)), Err(error)),
    };
    let millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let _ = shared.observed.send(Observed { seq, direction, sent, received, millis });
    shared.in_flight.fetch_sub(1, Ordering::SeqCst);
    response
}

/// Forwards one request on a connection of its own; the answer to send back and the answer as checked.
async fn forward(
    upstream: &Upstream,
    timeout: Duration,
    method: hyper::Method,
    target: &str,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(Response<Full<Bytes>>, Received), String> {
    let exchange = async {
        let stream = TcpStream::connect(upstream.address.as_str()).await.map_err(|e| format!("cannot connect: {e}"))?;
        let _ = stream.set_nodelay(true);
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| e.to_string())?;
        let connection = tokio::spawn(connection);
        let mut request =
            Request::builder().method(method).uri(target).body(Full::new(body)).map_err(|e| e.to_string())?;
        *request.headers_mut() = headers;
        let answer = sender.send_request(request).await.map_err(|e| e.to_string());
        let result = match answer {
            Ok(answer) => {
                let (parts, body) = answer.into_parts();
                match Limited::new(body, BODY_LIMIT).collect().await {
                    Ok(collected) => Ok((parts, collected.to_bytes())),
                    Err(error) => Err(format!("the answer's body: {error}")),
                }
            }
            Err(error) => Err(error),
        };
        connection.abort();
        result
    };
    let (parts, bytes) = tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| format!("no answer within {} s", timeout.as_secs()))??;
    let headers = end_to_end(&parts.headers);
    let received = Received {
        status: parts.status.as_u16(),
        headers: headers
            .iter()
            .map(|(n, v)| (n.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect(),
        body: bytes.to_vec(),
    };
    let mut response = Response::new(Full::new(bytes));
    *response.status_mut() = parts.status;
    *response.headers_mut() = headers;
    Ok((response, received))
}
