//! The running emulator: the state behind one lock ([`StateLock`]), the journal written under it (so its order is
//! the order of application), the test clock, and the calls waiting for a card. The HTTP server and the test
//! controls both act through [`Emulator::submit`]. The lock is asynchronous: a call waiting for it yields its worker
//! thread to the other connections instead of blocking it (with a blocking lock, a worker parked behind the holder
//! stops serving every other connection on it). Only the state's own work is done under it: a request is decoded
//! before, and an answer is written and an input dropped after. The test clock's offset is mirrored in an atomic, so
//! reading the clock takes no lock.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::oneshot;

use crate::answer::{Answer, HttpInput};
use crate::config::Config;
use crate::iyzico::Tap;
use crate::journal::{Journal, JournalError};
use crate::state::{Applied, EmulatorState, Input, Prepared};
use crate::state_lock::StateLock;

/// The state and the journal it is written to.
struct Inner {
    state: EmulatorState,
    journal: Option<Journal>,
}

/// The emulator, shared by every connection.
pub struct Emulator {
    config: Config,
    inner: StateLock<Inner>,
    /// The state's `clock_offset_ms`, updated after every input.
    clock_offset_ms: AtomicI64,
    waiters: Mutex<HashMap<u64, oneshot::Sender<Tap>>>,
}

/// Why the emulator cannot start or go on.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// The state file failed.
    #[error(transparent)]
    Journal(#[from] JournalError),
}

fn wall_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)).unwrap_or(0)
}

fn epoch() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

impl Emulator {
    /// An emulator in memory, or on a state file (rebuilt from it; calls left waiting for a card by a stop are
    /// abandoned and their devices released).
    pub fn new(config: Config, state_file: Option<&Path>) -> Result<Arc<Emulator>, EmulatorError> {
        let (journal, state) = match state_file {
            Some(path) => {
                let (journal, state) = Journal::open(path, &config, || EmulatorState::new(&config, epoch()))?;
                (Some(journal), state)
            }
            None => (None, EmulatorState::new(&config, epoch())),
        };
        let mut inner = Inner { state, journal };
        let left: Vec<u64> = inner.state.iyzico.pending.keys().copied().collect();
        for number in left {
            let at_ms = wall_ms().saturating_add(inner.state.clock_offset_ms);
            submit_on(&mut inner, &config, |_| Input::IyzicoComplete { number, at_ms, tap: Tap::Abandoned })?;
        }
        let clock_offset_ms = AtomicI64::new(inner.state.clock_offset_ms);
        Ok(Arc::new(Emulator {
            config,
            inner: StateLock::new(inner),
            clock_offset_ms,
            waiters: Mutex::new(HashMap::new()),
        }))
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The test clock, Unix milliseconds.
    pub fn now_ms(&self) -> i64 {
        wall_ms().saturating_add(self.clock_offset_ms.load(Ordering::Acquire))
    }

    /// Applies an input under the lock: what it produced, and the input itself, to be dropped after the lock.
    fn applied(
        &self,
        inner: &mut Inner,
        make: impl FnOnce(&mut EmulatorState) -> Input,
    ) -> Result<(Applied, Input), EmulatorError> {
        let applied = submit_on(inner, &self.config, make);
        self.clock_offset_ms.store(inner.state.clock_offset_ms, Ordering::Release);
        applied
    }

    /// Builds an input from the state (arrival numbers, the clock), journals it, then applies it.
    pub async fn submit(&self, make: impl FnOnce(&mut EmulatorState) -> Input) -> Result<Applied, EmulatorError> {
        let applied = self.inner.with(|inner| self.applied(inner, make)).await;
        applied.map(|(applied, _input)| applied)
    }

    /// [`Emulator::submit`] from a thread outside the async runtime (a test, a benchmark); it must not be called from
    /// within the runtime.
    pub fn submit_blocking(&self, make: impl FnOnce(&mut EmulatorState) -> Input) -> Result<Applied, EmulatorError> {
        self.inner.with_blocking(|inner| self.applied(inner, make)).map(|(applied, _input)| applied)
    }

    /// Reads the state.
    pub async fn read<T>(&self, read: impl FnOnce(&EmulatorState) -> T) -> T {
        self.inner.with(|inner| read(&inner.state)).await
    }

    /// [`Emulator::read`] from a thread outside the async runtime.
    pub fn read_blocking<T>(&self, read: impl FnOnce(&EmulatorState) -> T) -> T {
        self.inner.with_blocking(|inner| read(&inner.state))
    }

    /// Handles a call of the iyzico Terminal API to the end: its arrival, its card (after the card delay, or by hand
    /// on a manual device), its completion.
    pub async fn iyzico_call(
        self: &Arc<Self>,
        operation: &'static str,
        request: HttpInput,
    ) -> Result<Answer, EmulatorError> {
        let prepared = Prepared::iyzico(operation, &request);
        let offset_free_wall = wall_ms();
        let instant = self.config.card_delay_ms == 0;
        // Its arrival and, with no card delay, its card at the same instant: one section, so that no other input comes
        // between them. The inputs are dropped after the lock.
        let (applied, _inputs) = self
            .inner
            .with(|inner| -> Result<_, EmulatorError> {
                let mut arrived_at = 0;
                let (arrived, arrival) = self.applied(inner, |state| {
                    let number = state.next_arrival();
                    arrived_at = offset_free_wall.saturating_add(state.clock_offset_ms);
                    Input::IyzicoArrive {
                        number,
                        at_ms: arrived_at,
                        operation: operation.to_owned(),
                        request,
                        prepared,
                    }
                })?;
                match arrived {
                    Applied::Waiting { number, manual: false, .. } if instant => {
                        let (completed, completion) = self.applied(inner, |_| Input::IyzicoComplete {
                            number,
                            at_ms: arrived_at,
                            tap: Tap::Automatic,
                        })?;
                        Ok((Arrived::Completed(completed), [Some(arrival), Some(completion)]))
                    }
                    arrived => Ok((Arrived::Applied(arrived), [Some(arrival), None])),
                }
            })
            .await?;
        let (number, manual) = match applied {
            Arrived::Completed(Applied::Answer(answer)) => return Ok(answer),
            Arrived::Completed(_) => {
                return Ok(Answer::json(503, serde_json::json!({"error": "the call was abandoned"})));
            }
            Arrived::Applied(Applied::Answer(answer)) => return Ok(answer),
            Arrived::Applied(Applied::Done | Applied::Moved(_)) => {
                return Ok(Answer::json(404, serde_json::json!({"error": "not_found", "detail": "no such operation"})));
            }
            Arrived::Applied(Applied::Waiting { number, manual, .. }) => (number, manual),
        };
        // The card is presented in a task of its own, so a caller that hangs up never leaves the device busy.
        let (answer_to, answer) = oneshot::channel();
        let emulator = Arc::clone(self);
        let (tap_to, tap) = oneshot::channel();
        if manual {
            self.waiters.lock().unwrap_or_else(|p| p.into_inner()).insert(number, tap_to);
        }
        let delay = Duration::from_millis(self.config.card_delay_ms);
        tokio::spawn(async move {
            let tap = if manual {
                tap.await.unwrap_or(Tap::Abandoned)
            } else {
                tokio::time::sleep(delay).await;
                Tap::Automatic
            };
            let result = emulator
                .submit(|state| Input::IyzicoComplete {
                    number,
                    at_ms: wall_ms().saturating_add(state.clock_offset_ms),
                    tap,
                })
                .await;
            let _ = answer_to.send(result);
        });
        match answer.await {
            Ok(Ok(Applied::Answer(answer))) => Ok(answer),
            Ok(Ok(_)) | Err(_) => Ok(Answer::json(503, serde_json::json!({"error": "the call was abandoned"}))),
            Ok(Err(error)) => Err(error),
        }
    }

    /// Handles a call that is answered at once (Finrota PWS, WiaPay): `make` builds its input from its arrival number
    /// and the test clock's reading.
    pub async fn answer_call(&self, make: impl FnOnce(u64, i64) -> Input) -> Result<Answer, EmulatorError> {
        let offset_free_wall = wall_ms();
        let applied = self
            .submit(|state| {
                let number = state.next_arrival();
                make(number, offset_free_wall.saturating_add(state.clock_offset_ms))
            })
            .await?;
        Ok(match applied {
            Applied::Answer(answer) => answer,
            _ => Answer::json(404, serde_json::json!({"error": "not_found", "detail": "nothing answers this call"})),
        })
    }

    /// Presents a card on a manual device's oldest waiting call; `false` if none waits.
    pub async fn present(&self, device: &str, tap: Tap) -> bool {
        let waiting = self.read(|state| state.iyzico.waiting_on(device)).await;
        let mut waiters = self.waiters.lock().unwrap_or_else(|p| p.into_inner());
        for number in waiting {
            if let Some(sender) = waiters.remove(&number) {
                return sender.send(tap).is_ok();
            }
        }
        false
    }

    /// Abandons every call waiting for a manual tap (on reset and shutdown).
    pub fn abandon_waiting(&self) {
        let mut waiters = self.waiters.lock().unwrap_or_else(|p| p.into_inner());
        for (_, sender) in waiters.drain() {
            let _ = sender.send(Tap::Abandoned);
        }
    }
}

/// What the arrival of an iyzico call produced under the lock: its arrival's result, or, with no card delay, its
/// completion's.
enum Arrived {
    Applied(Applied),
    Completed(Applied),
}

/// Builds an input, journals it, then applies it, on the locked state: what it produced, and the input.
fn submit_on(
    inner: &mut Inner,
    config: &Config,
    make: impl FnOnce(&mut EmulatorState) -> Input,
) -> Result<(Applied, Input), EmulatorError> {
    let mut input = make(&mut inner.state);
    let Inner { state, journal } = inner;
    if let Some(journal) = journal {
        journal.append(&input)?;
    }
    let applied = state.apply(config, &mut input);
    if let Some(journal) = journal
        && let Err(error) = journal.compact_if_long(state)
    {
        // The input is journaled; only the folding failed, and the next input tries again.
        tracing::warn!(%error, "the journal could not be folded into a snapshot");
    }
    Ok((applied, input))
}
