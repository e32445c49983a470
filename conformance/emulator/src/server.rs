//! The HTTP server: one listener for every API (their paths do not collide) and the test controls under
//! `/_payspec/`. A request is read with a size limit, routed by the generated routes, and handed to the emulator; a
//! client's error is always answered in the API's own envelope, never with a 500. One log line per request, without
//! bodies or headers, so no secret or card number is ever logged.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use payspec::iyzico_terminal::{Code, Error, OperationId};
use payspec::support::{Lang, Route, WireEnum, allow_header};

use crate::answer::{Answer, HttpInput};
use crate::controls;
use crate::emulator::Emulator;
use crate::iyzico::{self, Now};

/// Serves the emulator on a bound listener until `shutdown` resolves; connections in flight are given a moment to
/// finish.
pub async fn serve(
    emulator: Arc<Emulator>,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    tokio::pin!(shutdown);
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
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let emulator = Arc::clone(&emulator);
                        async move { Ok::<_, Infallible>(handle(emulator, peer, request).await) }
                    });
                    if let Err(error) = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await {
                        tracing::debug!(%error, "connection ended");
                    }
                    drop(guard);
                });
            }
        }
    }
    emulator.abandon_waiting();
    connections.wait(std::time::Duration::from_secs(5)).await;
    Ok(())
}

fn to_response(answer: Answer) -> Response<Full<Bytes>> {
    let mut builder = Response::builder().status(answer.status);
    if let Some(content_type) = &answer.content_type {
        builder = builder.header("content-type", content_type.as_str());
    }
    for (name, value) in &answer.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder.body(Full::new(Bytes::from(answer.into_bytes()))).unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

/// The error an operation answers a request it cannot read with.
fn unreadable(operation: OperationId, details: String) -> Error {
    match payspec::iyzico_terminal::request_invalid_code(operation) {
        Code::RequestValidationFailed => Error::RequestValidationFailed { details },
        other => Error::from_wire(None, other.as_wire(), None),
    }
}

fn iyzico_error(emulator: &Emulator, operation: OperationId, error: &Error, status: Option<u16>) -> Answer {
    let millis = emulator.now_ms();
    let now = Now { seconds: millis.div_euclid(1000), millis };
    iyzico::error_answer(operation, error, Lang::Tr, now, status)
}

async fn handle(emulator: Arc<Emulator>, peer: SocketAddr, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let target = request.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".to_owned());
    let path = target.split(['?', '#']).next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
        .collect();
    let limit = emulator.config().body_limit_bytes;
    let body = Limited::new(request.into_body(), limit).collect().await.map(|b| b.to_bytes().to_vec());
    let (answer, operation) = match iyzico_route(&method, &path) {
        _ if path == "/_payspec" || path.starts_with("/_payspec/") => {
            let answer = match body {
                Ok(body) => controls::handle(&emulator, &method, &target, &body).await,
                Err(_) => Answer::json(413, serde_json::json!({"error": format!("the body is over {limit} bytes")})),
            };
            (answer, "control")
        }
        Route::Found { operation, .. } => {
            let answer = match body {
                Err(_) => iyzico_error(
                    &emulator,
                    operation,
                    &unreadable(operation, format!("the body is over {limit} bytes")),
                    None,
                ),
                Ok(body) => {
                    let input = HttpInput {
                        method: method.clone(),
                        target: target.clone(),
                        headers,
                        body,
                        peer: peer.ip().to_string(),
                    };
                    match emulator.iyzico_call(operation.id(), input).await {
                        Ok(answer) => answer,
                        Err(error) => {
                            tracing::error!(%error, "the state file failed");
                            Answer::json(
                                503,
                                serde_json::json!({"error": "the state file failed; the call was not recorded"}),
                            )
                        }
                    }
                }
            };
            (answer, operation.id())
        }
        Route::MethodNotAllowed { allow } => {
            let operation = payspec::iyzico_terminal::ROUTES
                .iter()
                .find(|r| r.path == path)
                .map(|r| r.operation)
                .unwrap_or(OperationId::Vuk509Payment);
            let error = unreadable(operation, format!("{method} is not served on {path}"));
            (iyzico_error(&emulator, operation, &error, Some(405)).with_header("allow", allow_header(&allow)), "-")
        }
        Route::NotFound if iyzico::PREFIXES.iter().any(|p| path.starts_with(p)) => {
            let error = Error::RequestValidationFailed { details: format!("no operation is served on {path}") };
            (iyzico_error(&emulator, OperationId::Vuk509Payment, &error, Some(404)), "-")
        }
        Route::NotFound => (
            Answer::json(
                404,
                serde_json::json!({"error": "not_found", "detail": format!("no API of the emulator serves {path}")}),
            ),
            "-",
        ),
    };
    tracing::info!(
        target: "payspec::request",
        method = %method,
        path = %path,
        operation,
        status = answer.status,
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
    to_response(answer)
}

fn iyzico_route(method: &str, path: &str) -> Route<OperationId> {
    payspec::iyzico_terminal::routes::route(method, path)
}
