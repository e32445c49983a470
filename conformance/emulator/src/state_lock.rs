//! The emulator's one lock: every input is applied under it, in a synchronous section (nothing is awaited while it
//! is held), and it is handed on without stalling.
//!
//! The lock is asynchronous and fair (`tokio::sync::Mutex`): a caller waiting for it yields its worker thread to
//! the other connections instead of blocking it, and at release the lock passes to the oldest waiter. That waiter
//! is woken by the releasing task, and tokio runs a task woken that way on the same worker, but only after the
//! releasing task's poll ends, which goes on to write its answer to the socket (a system call that, on loopback,
//! also delivers it): all that time the lock is owned by a task that cannot run, and under load almost every call
//! waits behind it. So a section that releases the lock while another caller waits yields once, and the waiter
//! takes the lock at once. Measured on the load benchmark, this alone took the status query from about a quarter of
//! the floor's throughput to about a third.

use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::Mutex;

/// A value behind the emulator's lock.
pub struct StateLock<T> {
    value: Mutex<T>,
    /// How many callers wait for the lock.
    waiting: AtomicUsize,
}

impl<T> StateLock<T> {
    /// A lock holding `value`.
    pub fn new(value: T) -> StateLock<T> {
        StateLock { value: Mutex::new(value), waiting: AtomicUsize::new(0) }
    }

    /// Runs `section` on the locked value and releases it; if another caller waits, yields once so that it takes
    /// the lock now rather than after this task's next system call.
    pub async fn with<R>(&self, section: impl FnOnce(&mut T) -> R) -> R {
        let result = {
            let mut value = match self.value.try_lock() {
                Ok(value) => value,
                Err(_) => {
                    self.waiting.fetch_add(1, Ordering::AcqRel);
                    let value = self.value.lock().await;
                    self.waiting.fetch_sub(1, Ordering::AcqRel);
                    value
                }
            };
            section(&mut value)
        };
        if self.waiting.load(Ordering::Acquire) > 0 {
            tokio::task::yield_now().await;
        }
        result
    }

    /// Runs `section` on the locked value from a thread outside the async runtime (a test, a benchmark); it must not
    /// be called from within the runtime.
    pub fn with_blocking<R>(&self, section: impl FnOnce(&mut T) -> R) -> R {
        section(&mut self.value.blocking_lock())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::StateLock;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_section_runs_alone_and_none_is_lost() {
        let lock = Arc::new(StateLock::new((0_u64, false)));
        let mut tasks = Vec::new();
        for _ in 0..32 {
            let lock = Arc::clone(&lock);
            tasks.push(tokio::spawn(async move {
                for _ in 0..200 {
                    lock.with(|(count, inside)| {
                        assert!(!*inside, "two sections ran at once");
                        *inside = true;
                        *count += 1;
                        std::hint::black_box(&*count);
                        *inside = false;
                    })
                    .await;
                }
            }));
        }
        for task in tasks {
            task.await.expect("a section panicked");
        }
        assert_eq!(lock.with(|(count, _)| *count).await, 32 * 200);
        assert_eq!(lock.waiting.load(std::sync::atomic::Ordering::Acquire), 0);
    }

    #[test]
    fn a_blocking_section_sees_what_an_async_one_wrote() {
        let lock = StateLock::new(1);
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(lock.with(|value| *value = 7));
        assert_eq!(lock.with_blocking(|value| *value), 7);
    }
}
