//! Passive mode (`payspec proxy`): the suite sits between a real client and a real implementation, forwards the
//! traffic unchanged and checks both sides of every exchange.
//!
//! - [`forward`]: the HTTP/1.1 forwarder (hyper server and client on tokio), many connections at once; WiaPay
//!   callbacks to the client's receiver when `callback_upstream` is given.
//! - [`checker`]: the exchanges in the order they arrived, each one event of the suite's stream, so the same
//!   report writers serve `check` and `proxy`.
//! - [`server_side`]: every answer checked as `payspec check` checks it, against the model fed with what the
//!   client really sent; the model's clock is the answer's `Date` ([`clock`]).
//! - [`client_side`]: what a correct client does (valid requests, a new reference per transaction, a status query
//!   before a retry after an unknown outcome); [`callbacks`]: a callback verified before it is trusted.
//! - [`generated`]: the generated crate's view of a request for every API, modelled or not; [`options`]: what a
//!   run is given and ends with.
//!
//! The model has no notion of calls in flight: overlapping calls of one API are checked as if they had run one
//! after the other in the order they arrived. Start the proxy before the client logs in: the model learns tokens
//! from the answers it sees.

pub mod callbacks;
pub mod checker;
pub mod client_side;
pub mod clock;
pub mod forward;
pub mod generated;
pub mod options;
pub mod server_side;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize};

use crate::event::Event;

pub use checker::{Checker, Observed};
pub use forward::Upstream;
pub use options::{ProxyError, ProxyOptions, ProxySummary};

/// A running proxy: the forwarder on a runtime of its own and the checker on a thread of its own.
pub struct Proxy {
    address: std::net::SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<std::thread::JoinHandle<()>>,
    checker: Option<std::thread::JoinHandle<(ProxySummary, Vec<Event>)>>,
}

impl Proxy {
    /// Starts forwarding on a bound listener; every event also goes to `sink` as it happens.
    pub fn start(
        options: ProxyOptions,
        listener: std::net::TcpListener,
        sink: Box<dyn FnMut(&Event) + Send>,
    ) -> Result<Proxy, ProxyError> {
        for api in &options.apis {
            if generated::by_id(api).is_none() {
                return Err(ProxyError::UnknownApi(api.clone()));
            }
        }
        let upstream = Upstream::parse(&options.upstream)?;
        let callback_upstream = options.callback_upstream.as_deref().map(Upstream::parse).transpose()?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        let (observed, arrivals) = std::sync::mpsc::channel::<Observed>();
        let shared = Arc::new(forward::Shared {
            upstream,
            callback_upstream,
            timeout: options.timeout,
            seq: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
            observed,
        });
        let checker = std::thread::spawn(move || {
            let mut checker = Checker::new(options, sink);
            while let Ok(observed) = arrivals.recv() {
                checker.accept(observed);
            }
            checker.finish()
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = std::thread::spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
                forward::serve(listener, shared, async {
                    let _ = stopped.await;
                })
                .await;
            });
            // Dropping the runtime ends every connection, and with them the last senders of the checker's channel.
            drop(runtime);
        });
        Ok(Proxy { address, stop: Some(stop), server: Some(server), checker: Some(checker) })
    }

    /// The address it listens on.
    pub fn address(&self) -> std::net::SocketAddr {
        self.address
    }

    /// Its URL, `http://address`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Stops forwarding, checks what is left and ends the run: the summary and every event.
    pub fn stop(mut self) -> (ProxySummary, Vec<Event>) {
        self.shut_down().unwrap_or_default()
    }

    fn shut_down(&mut self) -> Option<(ProxySummary, Vec<Event>)> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.join();
        }
        self.checker.take().and_then(|checker| checker.join().ok())
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.shut_down();
    }
}
