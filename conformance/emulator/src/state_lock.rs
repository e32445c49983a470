//! The emulator's one lock: every input is applied under it, in a synchronous section (nothing is awaited while it
//! is held), and it is handed on without stalling.
//!
//! The lock is asynchronous and fair (`tokio::sync::Mutex`): a caller waiting for it yields its worker thread to
//! the other connections instead of blocking it, and at release the lock passes to the oldest waiter. That waiter
//! is woken by the releasing task, and tokio runs a task woken that way on the same worker, but only after the
//! releasing task's poll ends, which goes on to write its answer to the socket (a system call that, on loopback,
//! also delivers it): all that time the lock is owned by a task that cannot run, and under load almost every call
//! waits behind it (measured: 77% of a status query's lock requests found it taken, though it was held a third of
//! the time). So a section that releases the lock while another caller waits steps aside once: it wakes itself and
//! returns `Pending`, which puts it at the back of its worker's run queue, where an idle worker can take it and
//! write its answer, while the waiter runs at once (`tokio::task::yield_now` defers the wake instead, so the answer
//! waited for the next holder's section). On the load benchmark this took the status query from about a quarter of
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

    /// Runs `section` on the locked value and releases it; if another caller waits, steps aside once so that it
    /// takes the lock now rather than after this task's next system call.
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
            StepAside(false).await;
        }
        result
    }

    /// Runs `section` on the locked value from a thread outside the async runtime (a test, a benchmark); it must not
    /// be called from within the runtime.
    pub fn with_blocking<R>(&self, section: impl FnOnce(&mut T) -> R) -> R {
        section(&mut self.value.blocking_lock())
    }
}

/// Returns `Pending` once, having woken its own task first: the task goes to the back of its worker's run queue
/// (where another worker may take it), and the waiter just handed the lock runs now.
struct StepAside(bool);

impl std::future::Future for StepAside {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, context: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 {
            return std::task::Poll::Ready(());
        }
        self.0 = true;
        context.waker().wake_by_ref();
        std::task::Poll::Pending
    }
}

#[cfg(test)]
mod tests {
    use std::future::Future as _;
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
    fn stepping_aside_wakes_its_task_and_is_pending_once() {
        struct Count(std::sync::atomic::AtomicUsize);
        impl std::task::Wake for Count {
            fn wake(self: Arc<Self>) {
                self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        }
        let count = Arc::new(Count(std::sync::atomic::AtomicUsize::new(0)));
        let waker = std::task::Waker::from(Arc::clone(&count));
        let mut context = std::task::Context::from_waker(&waker);
        let mut step = std::pin::pin!(super::StepAside(false));
        assert!(step.as_mut().poll(&mut context).is_pending());
        assert_eq!(count.0.load(std::sync::atomic::Ordering::SeqCst), 1, "woken before it is pending");
        assert!(step.as_mut().poll(&mut context).is_ready());
    }

    #[test]
    fn a_blocking_section_sees_what_an_async_one_wrote() {
        let lock = StateLock::new(1);
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(lock.with(|value| *value = 7));
        assert_eq!(lock.with_blocking(|value| *value), 7);
    }
}
