//! Counts the connections in flight, so that a shutdown can wait for them to finish.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The counter.
#[derive(Default, Clone)]
pub struct Tracker(Arc<AtomicUsize>);

/// One connection in flight.
pub struct Guard(Arc<AtomicUsize>);

impl Tracker {
    /// One more connection, until the guard is dropped.
    pub fn enter(&self) -> Guard {
        self.0.fetch_add(1, Ordering::SeqCst);
        Guard(Arc::clone(&self.0))
    }

    /// Waits until no connection is in flight, or `at_most`.
    pub async fn wait(&self, at_most: Duration) {
        let start = tokio::time::Instant::now();
        while self.0.load(Ordering::SeqCst) > 0 && start.elapsed() < at_most {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
