//! The iyzico Terminal API, served: a handler is decode → evaluate → answer. Every rule (tokens, codes, modes,
//! references, payments, batches, devices) is the generated evaluator's (`payspec::iyzico_terminal::World`), checked
//! in the spec's precedence; this module authenticates the caller, simulates the device and bank (the outcome table)
//! and writes the answers.
//!
//! A call that reaches a device runs in two phases, as on a real terminal: on arrival the device lifecycle takes it
//! (a second call on a busy device is refused by the evaluator with 380201), then the card is presented (after the
//! card delay, or by hand through the test controls) and the call completes: it is checked again, simulated,
//! committed to every lifecycle, and the device is released.

mod answers;
pub mod coverage;
mod faces;
mod flows;
mod records;
mod session;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use payspec::iyzico_terminal::{LifecycleId, OperationId, World};
use payspec::support::{Attributes, Clock, Instance, KeyValues, Lang, StateMachine, Timers, Value};

pub use answers::{Now, rfc3339};
pub use flows::{Prepared, prepare};
pub use records::{Ledger, PaymentRecord, TEST_CARDS, TestCard};
pub use session::{Caller, Grant, Sessions};

use crate::answer::{Answer, HttpInput};
use crate::config::{Config, FiscalMode};

/// The path prefixes the iyzico Terminal API owns (an unknown path under one is answered in its envelope).
pub const PREFIXES: &[&str] = &["/in-store/", "/v2/terminal-host/"];

/// Everything the emulator keeps of the iyzico Terminal API.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IyzicoState {
    /// Every lifecycle instance.
    pub world: World,
    /// Who each code and token was issued to.
    pub sessions: Sessions,
    /// What the simulated bank remembers.
    pub ledger: Ledger,
    /// Calls waiting for their card, by arrival number.
    pub pending: BTreeMap<u64, PendingCall>,
    /// Devices in manual-tap mode: their calls wait for `present`.
    pub manual_devices: BTreeSet<String>,
    /// A number fixed when the state was created, part of every issued code and token.
    pub epoch: u64,
    /// The test-clock second the timers were last fired at: they fire once a second (the resolution of every
    /// timer), not on every call.
    pub ticked_at: i64,
    /// The rows of the lifecycle tables the calls have reached.
    pub coverage: coverage::Coverage,
    /// The call whose arrival was the last input, with the test clock it arrived at: completed by the very next
    /// input at the same instant (a card delay of 0), its arrival's checks still hold and are not run again.
    #[serde(skip)]
    pub just_admitted: JustAdmitted,
    /// The faces of the payments answered last (only a cache: neither journaled nor compared).
    #[serde(skip)]
    pub faces: faces::PaymentFaces,
}

/// The arrival number and test clock of the call the last input admitted to a device, if the last input was one.
/// It only saves work: a state without it checks the call again and decides the same, so it is neither journaled
/// nor compared.
#[derive(Debug, Clone, Copy, Default)]
pub struct JustAdmitted(pub Option<(u64, i64)>);

impl PartialEq for JustAdmitted {
    fn eq(&self, _: &JustAdmitted) -> bool {
        true
    }
}

impl Eq for JustAdmitted {}

/// A call that took a device and waits for its card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingCall {
    /// The operation's id.
    pub operation: String,
    /// The request view (canonical wire names).
    pub view: Json,
    /// The caller.
    pub caller: Caller,
    /// The device.
    pub device: String,
}

/// How a waiting call's card is presented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tap {
    /// After the card delay, the outcome chosen by the request's trigger amount.
    Automatic,
    /// By hand, with the outcome table's trigger of this name (`approved` for none).
    Presented(String),
    /// Never: the emulator stopped while the call waited; the device is released and nothing is committed.
    Abandoned,
}

/// What the arrival of a call produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// The answer.
    Answered(Answer),
    /// The call took the device and waits for its card.
    Waiting {
        /// The device.
        device: String,
        /// Whether the device waits for a manual `present`.
        manual: bool,
    },
}

/// The clock and configuration a call is handled under.
pub struct Context<'a> {
    /// The configuration.
    pub config: &'a Config,
    /// The timers under it.
    pub timers: &'a Timers,
    /// The test clock.
    pub now: Now,
}

impl Context<'_> {
    fn clock(&self) -> Clock {
        Clock::turkey(self.now.seconds)
    }
}

impl IyzicoState {
    /// A fresh state: each configured integration bound to its fiscal mode (an unbound one is left to the
    /// integration-mode lifecycle: its first terminal-host call binds it).
    pub fn new(config: &Config, epoch: u64) -> Self {
        let mut state = IyzicoState { epoch, ..IyzicoState::default() };
        for integration in &config.iyzico.integrations {
            let mode = match integration.mode {
                FiscalMode::Vuk509 => payspec::iyzico_terminal::IntegrationModeState::BoundToVuk509,
                FiscalMode::Vuk507 => payspec::iyzico_terminal::IntegrationModeState::BoundToVuk507,
                FiscalMode::Unbound => continue,
            };
            let attributes = [("client".into(), Value::Text(integration.client_id.clone()))].into();
            state.world.integration_mode.push(Instance { state: mode, attributes });
        }
        state
    }

    /// Fires the timers due at the test clock and forgets what no lifecycle can accept any more.
    pub fn tick(&mut self, context: &Context<'_>) {
        if context.now.seconds <= self.ticked_at {
            return;
        }
        self.ticked_at = context.now.seconds;
        // Time passing or an event: no request, no caller, no outcome.
        let (request, credentials) = (Json::Null, payspec::support::Credentials::default());
        let facts = flows::facts(context, &request, &credentials, None, None);
        let moved = self.world.fire_timers(&facts);
        self.coverage.moved(None, &moved);
        self.evict(context);
    }

    fn evict(&mut self, context: &Context<'_>) {
        use payspec::iyzico_terminal::{AccessTokenState, AuthCodeState};
        let retention = context.config.expired_token_retention_seconds;
        let now = context.now.seconds;
        let expired_long_ago = |attributes: &Attributes| match attributes.get("expires_at") {
            Some(Value::Instant(at)) => *at + retention < now,
            _ => false,
        };
        // A used code goes at once; an expired one, like an expired token, is kept for the retention, so that an
        // exchange of it is refused as an expired code's (the lifecycle's own row), not as a code never issued's.
        self.world.auth_code.evict(|code| code.state == AuthCodeState::Expired && !expired_long_ago(&code.attributes));
        // A terminated session's token (revoked, a terminal state) is kept as long as it would have been had it
        // expired, so that its calls and its refresh are refused as a revoked token's, whenever the clock ticks.
        self.world
            .access_token
            .evict(|token| token.state == AccessTokenState::Revoked && !expired_long_ago(&token.attributes));
        self.world
            .access_token
            .retain(|token| !(token.state == AccessTokenState::Expired && expired_long_ago(&token.attributes)));
        let text = |instance: &Attributes, id: &str| match instance.get(id) {
            Some(Value::Text(text)) => Some(text.clone()),
            _ => None,
        };
        let codes = self.world.auth_code.instances().iter().filter_map(|i| text(&i.attributes, "code")).collect();
        let access =
            self.world.access_token.instances().iter().filter_map(|i| text(&i.attributes, "access_token")).collect();
        let refresh =
            self.world.access_token.instances().iter().filter_map(|i| text(&i.attributes, "refresh_token")).collect();
        self.sessions.retain(&codes, &access, &refresh);
    }

    /// Ends a call that took a device and is never answered (the emulator stopped while it waited): what the spec's
    /// signals say of a call that took the device, without an answer (the device finishes).
    fn end_unanswered(&mut self, context: &Context<'_>, pending: &PendingCall) {
        let credentials = pending.caller.credentials();
        let facts = flows::facts(context, &pending.view, &credentials, None, None);
        let moved = self.world.signalled(&facts, &[LifecycleId::Device]);
        self.coverage.moved(None, &moved);
    }

    /// Handles the arrival of a routed call: it is answered at once, or it takes a device and waits for its card.
    pub fn arrive(
        &mut self,
        context: &Context<'_>,
        number: u64,
        operation: OperationId,
        input: &HttpInput,
        prepared: Option<Prepared>,
    ) -> Arrival {
        self.tick(context);
        match flows::admit(self, context, operation, input, prepared) {
            Err(answer) => Arrival::Answered(answer),
            Ok((view, caller, found)) => {
                let device = view.get("deviceUniqueId").and_then(Json::as_str).map(str::to_owned);
                // A call the device lifecycle keys takes the device (its key needs no caller).
                let takes_device =
                    <payspec::iyzico_terminal::DeviceState as StateMachine>::LIFECYCLE.key(operation).is_some();
                match device {
                    Some(device) if takes_device => {
                        let credentials = caller.credentials();
                        let facts = flows::facts(context, &view, &credentials, None, None);
                        let steps = self.world.device.steps(operation, &facts);
                        let taken = self.world.device.apply(steps);
                        self.coverage.device_steps(&taken);
                        let manual = self.manual_devices.contains(&device);
                        let pending =
                            PendingCall { operation: operation.id().to_owned(), view, caller, device: device.clone() };
                        self.pending.insert(number, pending);
                        self.just_admitted = JustAdmitted(Some((number, context.now.millis)));
                        Arrival::Waiting { device, manual }
                    }
                    // Answered at once: nothing changed the world since its admission found the instances.
                    _ => Arrival::Answered(flows::complete(
                        self,
                        context,
                        operation,
                        &view,
                        &caller,
                        None,
                        true,
                        &[],
                        Some(found),
                    )),
                }
            }
        }
    }

    /// Completes a call that waited for its card; `None` if there is no such call (or it was abandoned).
    /// `admitted` is what [`IyzicoState::just_admitted`] held before this input: the call is checked again unless it
    /// arrived by the input just before, at the same instant.
    pub fn complete(
        &mut self,
        context: &Context<'_>,
        number: u64,
        tap: &Tap,
        admitted: JustAdmitted,
    ) -> Option<Answer> {
        self.tick(context);
        let pending = self.pending.remove(&number)?;
        let operation = OperationId::from_id(&pending.operation)?;
        let checked = admitted.0 == Some((number, context.now.millis));
        // The call took the device on arrival: its answer tells the device finished.
        let took = [LifecycleId::Device];
        let (view, caller) = (&pending.view, &pending.caller);
        match tap {
            Tap::Abandoned => {
                self.end_unanswered(context, &pending);
                None
            }
            Tap::Automatic => Some(flows::complete(self, context, operation, view, caller, None, checked, &took, None)),
            Tap::Presented(name) => {
                Some(flows::complete(self, context, operation, view, caller, Some(name), checked, &took, None))
            }
        }
    }

    /// An external event of a lifecycle (the bank releasing a hold, a session terminated), in the instances whose
    /// text attributes equal `attributes`: the transitions taken, as `lifecycle from -> to`. `None` for an unknown
    /// lifecycle; an event no instance takes moves nothing.
    pub fn external_event(
        &mut self,
        context: &Context<'_>,
        lifecycle: &str,
        event: &str,
        attributes: &[(String, String)],
    ) -> Option<Vec<String>> {
        self.tick(context);
        let lifecycle = LifecycleId::from_id(lifecycle)?;
        let (table, _) = coverage::tables(lifecycle);
        // The key's attribute ids must outlive the call: take them from the table's own attribute list.
        let ids: Vec<&'static str> =
            attributes.iter().filter_map(|(id, _)| coverage::attribute_id(lifecycle, id)).collect();
        if ids.len() != attributes.len() || !table.iter().any(|row| row.cause == event) {
            return Some(Vec::new());
        }
        let key = KeyValues {
            values: ids.iter().zip(attributes).map(|(id, (_, v))| (*id, Some(Value::Text(v.clone())))).collect(),
            each: true,
        };
        // Time passing or an event: no request, no caller, no outcome.
        let (request, credentials) = (Json::Null, payspec::support::Credentials::default());
        let facts = flows::facts(context, &request, &credentials, None, None);
        let moved = self.world.event(lifecycle, event, &key, &facts);
        self.coverage.moved(None, &moved);
        Some(moved.iter().map(|m| format!("{} {} -> {}", m.lifecycle.id(), m.from, m.to)).collect())
    }

    /// The arrival numbers of the calls waiting on a device, oldest first.
    pub fn waiting_on(&self, device: &str) -> Vec<u64> {
        self.pending.iter().filter(|(_, p)| p.device == device).map(|(n, _)| *n).collect()
    }

    /// The language of a decoded request, for an answer that has no request view.
    pub fn lang(view: &Json) -> Lang {
        answers::lang_of(view)
    }
}

/// An error as `operation` answers it, with no request to echo from (an unreadable or misrouted request).
pub fn error_answer(
    operation: OperationId,
    error: &payspec::iyzico_terminal::Error,
    lang: Lang,
    now: Now,
    status: Option<u16>,
) -> Answer {
    answers::error(operation, error, lang, now, &Json::Null, status)
}
