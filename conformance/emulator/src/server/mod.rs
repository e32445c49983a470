//! The HTTP server: one listener for every API (their paths do not collide) and the test controls under
//! `/_payspec/`. A request is read with a size limit, routed by the generated routes, and handed to the emulator; a
//! client's error is always answered in the API's own envelope, never with a 500. One log line per request, without
//! bodies or headers, so no secret or card number is ever logged.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Instant;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::answer::{Answer, HttpInput};
use crate::controls;
use crate::emulator::Emulator;

mod delivery;
mod finrota;
mod iyzico;
mod wiapay;

/// Serves the emulator on a bound listener until `shutdown` resolves; connections in flight are given a moment to
/// finish.
pub async fn serve(
    emulator: Arc<Emulator>,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    tokio::pin!(shutdown);
    let delivery = tokio::spawn(delivery::run(Arc::clone(&emulator), listener.local_addr()?));
    let connections = crate::connections::Tracker::default();
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        tracing::warn!(%error, "accept failed");
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let emulator = Arc::clone(&emulator);
                let guard = connections.enter();
                // The client's address as text, once a connection rather than once a request.
                let peer: Arc<str> = peer.ip().to_string().into();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let emulator = Arc::clone(&emulator);
                        let peer = Arc::clone(&peer);
                        async move { Ok::<_, Infallible>(handle(emulator, &peer, request).await) }
                    });
                    if let Err(error) = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await {
                        tracing::debug!(%error, "connection ended");
                    }
                    drop(guard);
                });
            }
        }
    }
    delivery.abort();
    emulator.abandon_waiting();
    connections.wait(std::time::Duration::from_secs(5)).await;
    Ok(())
}

fn to_response(answer: Answer) -> Response<Full<Bytes>> {
    let mut builder = Response::builder().status(answer.status);
    match answer.content_type.as_deref() {
        // The content type nearly every answer has, without parsing it again for each.
        Some("application/json") => {
            builder = builder.header(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        Some(content_type) => builder = builder.header(CONTENT_TYPE, content_type),
        None => {}
    }
    for (name, value) in &answer.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder.body(Full::new(Bytes::from(answer.into_bytes()))).unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

/// A request as routed: what every API's glue needs besides the body.
pub(crate) struct Incoming {
    /// The method.
    pub method: String,
    /// The path with its query string.
    pub target: String,
    /// The path alone.
    pub path: String,
    /// Every header, names lower-case.
    pub headers: Vec<(String, String)>,
    /// The client's address, without port.
    pub peer: String,
}

impl Incoming {
    /// The request with its body, as the emulator journals it: its target, headers and peer move there (a request is
    /// journaled once, and only its method and path are read after, for the log line).
    pub fn take_input(&mut self, body: Vec<u8>) -> HttpInput {
        HttpInput {
            method: self.method.clone(),
            target: std::mem::take(&mut self.target),
            headers: std::mem::take(&mut self.headers),
            body,
            peer: std::mem::take(&mut self.peer),
        }
    }
}

/// The body, or the limit it went over.
pub(crate) type Body = Result<Vec<u8>, usize>;

async fn handle(emulator: Arc<Emulator>, peer: &str, request: Request<hyper::body::Incoming>) -> Response<Full<Bytes>> {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let target = request.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".to_owned());
    let path = target.split(['?', '#']).next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = match value.to_str() {
                Ok(text) => text.to_owned(),
                Err(_) => String::from_utf8_lossy(value.as_bytes()).into_owned(),
            };
            (name.as_str().to_owned(), value)
        })
        .collect();
    let limit = emulator.config().body_limit_bytes;
    let body: Body =
        Limited::new(request.into_body(), limit).collect().await.map(|b| b.to_bytes().to_vec()).map_err(|_| limit);
    let mut request = Incoming { method, target, path, headers, peer: peer.to_owned() };
    let control = request.path == "/_payspec" || request.path.starts_with("/_payspec/");
    let (answer, operation) = if control && !wiapay::owns(&request.path) {
        let answer = match body {
            Ok(body) => controls::handle(&emulator, &request.method, &request.target, &body).await,
            Err(_) => Answer::json(413, serde_json::json!({"error": format!("the body is over {limit} bytes")})),
        };
        (answer, "control")
    } else if finrota::owns(&request.path) {
        finrota::serve(&emulator, &mut request, body).await
    } else if wiapay::owns(&request.path) {
        wiapay::serve(&emulator, &mut request, body).await
    } else if let Some(served) = iyzico::serve(&emulator, &mut request, body).await {
        served
    } else {
        let detail = format!("no API of the emulator serves {}", request.path);
        (Answer::json(404, serde_json::json!({"error": "not_found", "detail": detail})), "-")
    };
    tracing::info!(
        target: "payspec::request",
        method = %request.method,
        path = %request.path,
        operation,
        status = answer.status,
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
    to_response(answer)
}
