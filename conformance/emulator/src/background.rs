//! The emulator served in the background on a loopback port: its own thread with a tokio runtime, stopped (and
//! joined) when the handle is dropped. `payspec check --emulated` and the suite's own tests start it this way, so the
//! launcher is written once, beside the emulator (the suite itself never depends on the emulator).

use std::net::SocketAddr;

use crate::{Config, Emulator, EmulatorError};

/// Why the background emulator cannot start.
#[derive(Debug, thiserror::Error)]
pub enum BackgroundError {
    /// The emulator refuses its configuration or state.
    #[error(transparent)]
    Emulator(#[from] EmulatorError),
    /// No loopback port can be listened on.
    #[error("cannot listen on a loopback port: {0}")]
    Listen(#[from] std::io::Error),
}

/// A running emulator; stopped when dropped.
#[derive(Debug)]
pub struct Background {
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    /// Serves an emulator of `config` (no state file) on `127.0.0.1:0`.
    pub fn start(config: Config) -> Result<Background, BackgroundError> {
        let emulator = Emulator::new(config, None)?;
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
                let _ = crate::serve(emulator, listener, async {
                    let _ = stopped.await;
                })
                .await;
            });
        });
        Ok(Background { addr, stop: Some(stop), thread: Some(thread) })
    }

    /// Its base URL, `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
