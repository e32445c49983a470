//! Which rows of the iyzico Terminal API's lifecycle tables the calls have reached: every transition taken and every
//! refusal answered, by its place in the generated tables. `GET /_payspec/iyzico-terminal/coverage` reports them
//! against the whole tables, so a test run (the emulator's, or a conformance run against it) shows which rules it
//! exercised and which it never reached.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use payspec::iyzico_terminal::{
    AccessTokenState, AuthCodeState, BatchState, Code, DeviceState, IntegrationModeState, LifecycleId, Moved,
    OperationId, TransactionReferenceState, Vuk507PartialPaymentState, Vuk507PaymentState, Vuk509PaymentState,
};
use payspec::support::{Cause, StateMachine, WireEnum};

/// One row of a lifecycle table, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The state it applies in (`from` for a transition).
    pub state: &'static str,
    /// The state entered (transitions), or the code answered (refusals).
    pub result: String,
    /// The operation or event id.
    pub cause: &'static str,
    /// The rule, in English.
    pub guard: Option<&'static str>,
}

fn cause_id(cause: Cause<OperationId>) -> &'static str {
    match cause {
        Cause::Operation(operation) => operation.id(),
        Cause::Timer(id) | Cause::External(id) => id,
    }
}

fn attributes_of<S: StateMachine>() -> &'static [payspec::support::AttributeInfo] {
    S::LIFECYCLE.attributes
}

/// A lifecycle's attribute id, as the static string its tables use.
pub fn attribute_id(lifecycle: LifecycleId, id: &str) -> Option<&'static str> {
    let attributes = match lifecycle {
        LifecycleId::Vuk509Payment => attributes_of::<Vuk509PaymentState>(),
        LifecycleId::Vuk507Payment => attributes_of::<Vuk507PaymentState>(),
        LifecycleId::IntegrationMode => attributes_of::<IntegrationModeState>(),
        LifecycleId::TransactionReference => attributes_of::<TransactionReferenceState>(),
        LifecycleId::Batch => attributes_of::<BatchState>(),
        LifecycleId::AuthCode => attributes_of::<AuthCodeState>(),
        LifecycleId::AccessToken => attributes_of::<AccessTokenState>(),
        LifecycleId::Device => attributes_of::<DeviceState>(),
        LifecycleId::Vuk507PartialPayment => attributes_of::<Vuk507PartialPaymentState>(),
    };
    attributes.iter().map(|a| a.id).find(|a| *a == id)
}

fn rows_of<S: StateMachine<Operation = OperationId, Code = Code>>() -> (Vec<Row>, Vec<Row>) {
    let transitions = S::LIFECYCLE
        .transitions
        .iter()
        .map(|t| Row {
            state: t.from.state_id(),
            result: t.to.state_id().to_owned(),
            cause: cause_id(t.cause),
            guard: t.guard,
        })
        .collect();
    let refusals = S::LIFECYCLE
        .forbidden
        .iter()
        .map(|f| Row {
            state: f.state.state_id(),
            result: f.code.as_wire().to_owned(),
            cause: f.operation.id(),
            guard: f.guard,
        })
        .collect();
    (transitions, refusals)
}

/// The transitions and refusals of a lifecycle, in table order.
pub fn tables(lifecycle: LifecycleId) -> (Vec<Row>, Vec<Row>) {
    match lifecycle {
        LifecycleId::Vuk509Payment => rows_of::<Vuk509PaymentState>(),
        LifecycleId::Vuk507Payment => rows_of::<Vuk507PaymentState>(),
        LifecycleId::IntegrationMode => rows_of::<IntegrationModeState>(),
        LifecycleId::TransactionReference => rows_of::<TransactionReferenceState>(),
        LifecycleId::Batch => rows_of::<BatchState>(),
        LifecycleId::AuthCode => rows_of::<AuthCodeState>(),
        LifecycleId::AccessToken => rows_of::<AccessTokenState>(),
        LifecycleId::Device => rows_of::<DeviceState>(),
        LifecycleId::Vuk507PartialPayment => rows_of::<Vuk507PartialPaymentState>(),
    }
}

/// Every lifecycle of the API.
pub const LIFECYCLES: &[LifecycleId] = &[
    LifecycleId::Vuk509Payment,
    LifecycleId::Vuk507Payment,
    LifecycleId::IntegrationMode,
    LifecycleId::TransactionReference,
    LifecycleId::Batch,
    LifecycleId::AuthCode,
    LifecycleId::AccessToken,
    LifecycleId::Device,
    LifecycleId::Vuk507PartialPayment,
];

/// Runs `$body` with `$S` bound to the state type of `$lifecycle`.
macro_rules! with_lifecycle {
    ($lifecycle:expr, $S:ident => $body:expr) => {
        match $lifecycle {
            LifecycleId::Vuk509Payment => {
                type $S = Vuk509PaymentState;
                $body
            }
            LifecycleId::Vuk507Payment => {
                type $S = Vuk507PaymentState;
                $body
            }
            LifecycleId::IntegrationMode => {
                type $S = IntegrationModeState;
                $body
            }
            LifecycleId::TransactionReference => {
                type $S = TransactionReferenceState;
                $body
            }
            LifecycleId::Batch => {
                type $S = BatchState;
                $body
            }
            LifecycleId::AuthCode => {
                type $S = AuthCodeState;
                $body
            }
            LifecycleId::AccessToken => {
                type $S = AccessTokenState;
                $body
            }
            LifecycleId::Device => {
                type $S = DeviceState;
                $body
            }
            LifecycleId::Vuk507PartialPayment => {
                type $S = Vuk507PartialPaymentState;
                $body
            }
        }
    };
}

/// The place of a transition in its table, read straight from the static table (no rows are built).
fn transition_index<S: StateMachine<Operation = OperationId, Code = Code>>(step: &Moved, cause: &str) -> Option<usize> {
    S::LIFECYCLE.transitions.iter().position(|t| {
        t.from.state_id() == step.from
            && t.to.state_id() == step.to
            && cause_id(t.cause) == cause
            && t.guard == step.guard
    })
}

/// The place of a refusal in its table.
fn refusal_index<S: StateMachine<Operation = OperationId, Code = Code>>(
    state: Option<&str>,
    operation: OperationId,
    code: Code,
    guard: Option<&str>,
) -> Option<usize> {
    S::LIFECYCLE.forbidden.iter().position(|f| {
        Some(f.state.state_id()) == state && f.operation == operation && f.code == code && f.guard == guard
    })
}

/// The rows reached so far: per lifecycle id, the row indices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Coverage {
    /// Transitions taken.
    pub transitions: BTreeMap<String, BTreeSet<usize>>,
    /// Refusals answered.
    pub refusals: BTreeMap<String, BTreeSet<usize>>,
}

/// Adds a row to a lifecycle's set (allocating the lifecycle's key only the first time).
fn mark(reached: &mut BTreeMap<String, BTreeSet<usize>>, lifecycle: LifecycleId, index: usize) {
    match reached.get_mut(lifecycle.id()) {
        Some(rows) => {
            rows.insert(index);
        }
        None => {
            reached.insert(lifecycle.id().to_owned(), BTreeSet::from([index]));
        }
    }
}

fn count(reached: &BTreeMap<String, BTreeSet<usize>>) -> usize {
    reached.values().map(BTreeSet::len).sum()
}

impl Coverage {
    /// Records transitions taken by a call of `operation` (`None` for timers and events, which the moves name).
    pub fn moved(&mut self, operation: Option<OperationId>, moved: &[Moved]) {
        for step in moved {
            let cause = step.event.or(operation.map(OperationId::id)).unwrap_or_default();
            if let Some(index) = with_lifecycle!(step.lifecycle, S => transition_index::<S>(step, cause)) {
                mark(&mut self.transitions, step.lifecycle, index);
            }
        }
    }

    /// Records device transitions taken directly (a call taking the device on arrival).
    pub fn device_steps(&mut self, taken: &[&'static payspec::support::TransitionInfo<DeviceState>]) {
        for entry in taken {
            if let Some(index) = DeviceState::LIFECYCLE.transitions.iter().position(|t| std::ptr::eq(t, *entry)) {
                mark(&mut self.transitions, LifecycleId::Device, index);
            }
        }
    }

    /// Records a refusal answered in a state.
    pub fn refused(
        &mut self,
        lifecycle: LifecycleId,
        state: Option<&str>,
        operation: OperationId,
        code: Code,
        guard: Option<&str>,
    ) {
        if let Some(index) = with_lifecycle!(lifecycle, S => refusal_index::<S>(state, operation, code, guard)) {
            mark(&mut self.refusals, lifecycle, index);
        }
    }

    /// The report: per lifecycle, how many rows were reached, and the rows never reached.
    pub fn report(&self) -> Json {
        let mut lifecycles = Vec::new();
        let (mut transitions_total, mut refusals_total) = (0, 0);
        for lifecycle in LIFECYCLES {
            let id = lifecycle.id();
            let (transitions, refusals) = tables(*lifecycle);
            transitions_total += transitions.len();
            refusals_total += refusals.len();
            let missing = |rows: &[Row], reached: &BTreeMap<String, BTreeSet<usize>>, result: &str| -> Vec<Json> {
                let reached = reached.get(id);
                rows.iter()
                    .enumerate()
                    .filter(|(n, _)| !reached.is_some_and(|r| r.contains(n)))
                    .map(|(_, r)| json!({"state": r.state, result: r.result, "cause": r.cause, "guard": r.guard}))
                    .collect()
            };
            let reached = |set: &BTreeMap<String, BTreeSet<usize>>| set.get(id).map_or(0, BTreeSet::len);
            lifecycles.push(json!({
                "lifecycle": id,
                "transitions": {"total": transitions.len(), "reached": reached(&self.transitions),
                    "missing": missing(&transitions, &self.transitions, "to")},
                "refusals": {"total": refusals.len(), "reached": reached(&self.refusals),
                    "missing": missing(&refusals, &self.refusals, "code")},
            }));
        }
        json!({
            "transitions": {"total": transitions_total, "reached": count(&self.transitions)},
            "refusals": {"total": refusals_total, "reached": count(&self.refusals)},
            "lifecycles": lifecycles,
        })
    }
}
