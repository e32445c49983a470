//! The emulator's whole state and the inputs that change it. Every change is an [`Input`] applied by
//! [`EmulatorState::apply`], a pure function of the state, the input and the configuration: the journal stores the
//! inputs, and replaying them rebuilds the state exactly (the test clock's reading travels in each input).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::answer::{Answer, HttpInput};
use crate::config::Config;
use crate::finrota::{FinrotaInput, FinrotaState};
use crate::iyzico::{self, Arrival, Context, IyzicoState, Now, Tap};
use crate::timers;
use crate::wiapay::{WiapayInput, WiapayState};

/// Everything the emulator keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EmulatorState {
    /// The iyzico Terminal API.
    pub iyzico: IyzicoState,
    /// Finrota PWS.
    pub finrota: FinrotaState,
    /// WiaPay.
    pub wiapay: WiapayState,
    /// How far the test clock runs ahead of the wall clock, in milliseconds.
    pub clock_offset_ms: i64,
    /// The last arrival number handed out.
    pub arrivals: u64,
}

/// A change to the state, as the journal keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Input {
    /// A call of the iyzico Terminal API arrived.
    IyzicoArrive {
        /// Its arrival number.
        number: u64,
        /// The test clock, Unix milliseconds.
        at_ms: i64,
        /// The operation's id.
        operation: String,
        /// The request.
        request: HttpInput,
        /// The request decoded before the lock was taken (not journaled: a replay decodes it again).
        #[serde(skip)]
        prepared: Prepared,
    },
    /// A call waiting for its card completed.
    IyzicoComplete {
        /// Its arrival number.
        number: u64,
        /// The test clock, Unix milliseconds.
        at_ms: i64,
        /// How the card was presented.
        tap: Tap,
    },
    /// An external event of a lifecycle happened (the world outside the API: a bank, a session).
    IyzicoEvent {
        /// The test clock, Unix milliseconds.
        at_ms: i64,
        /// The lifecycle's id.
        lifecycle: String,
        /// The event's id.
        event: String,
        /// The instances it happens to, by text attribute.
        attributes: Vec<(String, String)>,
    },
    /// A device switched between automatic and manual taps.
    IyzicoDeviceMode {
        /// The device.
        device: String,
        /// Whether its calls wait for `present`.
        manual: bool,
    },
    /// Something happened to Finrota PWS (a call, a step on the 3D bank page).
    Finrota {
        /// The test clock, Unix milliseconds.
        at_ms: i64,
        /// What happened.
        input: FinrotaInput,
    },
    /// Something happened to WiaPay (a call, a step on the checkout page, a callback attempt).
    Wiapay {
        /// The test clock, Unix milliseconds.
        at_ms: i64,
        /// What happened.
        input: WiapayInput,
    },
    /// The test clock moved forward.
    AdvanceClock {
        /// By how many seconds.
        seconds: i64,
    },
    /// Everything was forgotten.
    Reset {
        /// The new state's epoch.
        epoch: u64,
        /// The test clock's offset kept across the reset, in milliseconds.
        clock_offset_ms: i64,
    },
}

/// Work done on an input before the emulator's lock is taken (decoding a request), so the lock is held for the
/// evaluation only. It is derived from the input alone: it is not journaled, and inputs are equal whatever it holds.
#[derive(Clone, Default)]
pub struct Prepared(Option<Arc<iyzico::Prepared>>);

impl Prepared {
    /// The decoding of an iyzico request.
    pub fn iyzico(operation: &str, request: &HttpInput) -> Prepared {
        Prepared(
            payspec::iyzico_terminal::OperationId::from_id(operation)
                .map(|operation| Arc::new(iyzico::prepare(operation, request))),
        )
    }

    /// The decoding, taken out (an input is applied once; a replayed one, never prepared, is decoded then).
    fn take(&mut self) -> Option<iyzico::Prepared> {
        self.0.take().and_then(|shared| Arc::try_unwrap(shared).ok())
    }
}

impl PartialEq for Prepared {
    fn eq(&self, _: &Prepared) -> bool {
        true
    }
}

impl Eq for Prepared {}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "Prepared" } else { "Unprepared" })
    }
}

/// What applying an input produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// An answer to send.
    Answer(Answer),
    /// A call took a device and waits for its card.
    Waiting {
        /// Its arrival number.
        number: u64,
        /// The device.
        device: String,
        /// Whether it waits for a manual `present`.
        manual: bool,
    },
    /// Transitions an event caused (`lifecycle from -> to`); `None` for an unknown lifecycle.
    Moved(Option<Vec<String>>),
    /// Nothing to answer.
    Done,
}

fn now(at_ms: i64) -> Now {
    Now { seconds: at_ms.div_euclid(1000), millis: at_ms }
}

impl EmulatorState {
    /// A fresh state under a configuration.
    pub fn new(config: &Config, epoch: u64) -> Self {
        EmulatorState {
            iyzico: IyzicoState::new(config, epoch),
            finrota: FinrotaState::new(epoch),
            wiapay: WiapayState::new(epoch),
            clock_offset_ms: 0,
            arrivals: 0,
        }
    }

    /// Applies one input.
    pub fn apply(&mut self, config: &Config, input: &mut Input) -> Applied {
        let timers = timers::iyzico(config);
        // Only the input right after an arrival may rely on that arrival's checks.
        let admitted = std::mem::take(&mut self.iyzico.just_admitted);
        match input {
            Input::IyzicoArrive { number, at_ms, operation, request, prepared } => {
                self.arrivals = self.arrivals.max(*number);
                let Some(operation) = payspec::iyzico_terminal::OperationId::from_id(operation) else {
                    return Applied::Done;
                };
                let context = Context { config, timers: &timers, now: now(*at_ms) };
                match self.iyzico.arrive(&context, *number, operation, request, prepared.take()) {
                    Arrival::Answered(answer) => Applied::Answer(answer),
                    Arrival::Waiting { device, manual } => Applied::Waiting { number: *number, device, manual },
                }
            }
            Input::IyzicoComplete { number, at_ms, tap } => {
                let context = Context { config, timers: &timers, now: now(*at_ms) };
                match self.iyzico.complete(&context, *number, tap, admitted) {
                    Some(answer) => Applied::Answer(answer),
                    None => Applied::Done,
                }
            }
            Input::IyzicoEvent { at_ms, lifecycle, event, attributes } => {
                let context = Context { config, timers: &timers, now: now(*at_ms) };
                Applied::Moved(self.iyzico.external_event(&context, lifecycle, event, attributes))
            }
            Input::Finrota { at_ms, input } => {
                self.note_arrival(input.number());
                self.finrota.apply(config, now(*at_ms), input).map_or(Applied::Done, Applied::Answer)
            }
            Input::Wiapay { at_ms, input } => {
                self.note_arrival(input.number());
                self.wiapay.apply(config, now(*at_ms), input).map_or(Applied::Done, Applied::Answer)
            }
            Input::IyzicoDeviceMode { device, manual } => {
                if *manual {
                    self.iyzico.manual_devices.insert(device.clone());
                } else {
                    self.iyzico.manual_devices.remove(device);
                }
                Applied::Done
            }
            Input::AdvanceClock { seconds } => {
                self.clock_offset_ms = self.clock_offset_ms.saturating_add(seconds.saturating_mul(1000));
                Applied::Done
            }
            Input::Reset { epoch, clock_offset_ms } => {
                // The coverage of a run outlives the resets between its cases.
                let coverage = std::mem::take(&mut self.iyzico.coverage);
                let wiapay_coverage = std::mem::take(&mut self.wiapay.coverage);
                *self = EmulatorState::new(config, *epoch);
                self.clock_offset_ms = *clock_offset_ms;
                self.iyzico.coverage = coverage;
                self.wiapay.coverage = wiapay_coverage;
                Applied::Done
            }
        }
    }

    fn note_arrival(&mut self, number: Option<u64>) {
        if let Some(number) = number {
            self.arrivals = self.arrivals.max(number);
        }
    }

    /// The arrival number for the next call.
    pub fn next_arrival(&mut self) -> u64 {
        self.arrivals += 1;
        self.arrivals
    }
}
