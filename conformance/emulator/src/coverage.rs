//! Which rows of an API's lifecycle tables the calls have reached: every transition taken and every refusal answered,
//! by its place in the generated tables. Each API's module records its own moves and refusals into a [`Coverage`]
//! and reports it against its tables (`GET /_payspec/<api>/coverage`), so a test run — the emulator's, or a
//! conformance run against it — shows which rules it exercised and which it never reached.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use payspec::support::{CatalogCode, Cause, StateMachine};

/// An API's coverage: a `Coverage` newtype over [`Coverage`] (serialized the same) that records the API's own
/// `Moved` transitions and refusals and reports against its tables. The invoking module provides `OperationId`,
/// `LifecycleId`, `Code`, `Moved`, `LIFECYCLES` and a `with_lifecycle!` macro binding a lifecycle's state type.
macro_rules! api_coverage {
    () => {
        /// The rows of the API's lifecycle tables reached so far.
        #[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct Coverage(pub $crate::coverage::Coverage);

        impl Coverage {
            /// Records transitions taken by a call of `operation` (`None` for timers and events, which the moves
            /// name).
            pub fn moved(&mut self, operation: Option<OperationId>, moved: &[Moved]) {
                for step in moved {
                    let cause = step.event.or(operation.map(OperationId::id)).unwrap_or_default();
                    let index = with_lifecycle!(step.lifecycle, S => $crate::coverage::transition_index::<S>(
                        OperationId::id, step.from, step.to, cause, step.guard));
                    if let Some(index) = index {
                        self.0.transition(step.lifecycle.id(), index);
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
                let index = with_lifecycle!(lifecycle, S => $crate::coverage::refusal_index::<S>(
                    state, operation, code, guard));
                if let Some(index) = index {
                    self.0.refusal(lifecycle.id(), index);
                }
            }

            /// The report: per lifecycle, how many rows were reached, and the rows never reached.
            pub fn report(&self) -> serde_json::Value {
                let tables: Vec<(&'static str, $crate::coverage::Tables)> = LIFECYCLES
                    .iter()
                    .map(|l| (l.id(), with_lifecycle!(*l, S => $crate::coverage::rows::<S>(OperationId::id))))
                    .collect();
                self.0.report(&tables)
            }
        }
    };
}
pub(crate) use api_coverage;

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

/// A lifecycle's tables as rows: its transitions, then its refusals, in table order.
pub type Tables = (Vec<Row>, Vec<Row>);

fn cause_id<O: Copy>(cause: Cause<O>, operation_id: fn(O) -> &'static str) -> &'static str {
    match cause {
        Cause::Operation(operation) => operation_id(operation),
        Cause::Timer(id) | Cause::External(id) => id,
    }
}

/// The rows of a lifecycle's tables; `operation_id` names the API's operations.
pub fn rows<S: StateMachine>(operation_id: fn(S::Operation) -> &'static str) -> Tables {
    let transitions = S::LIFECYCLE
        .transitions
        .iter()
        .map(|t| Row {
            state: t.from.state_id(),
            result: t.to.state_id().to_owned(),
            cause: cause_id(t.cause, operation_id),
            guard: t.guard,
        })
        .collect();
    let refusals = S::LIFECYCLE
        .forbidden
        .iter()
        .map(|f| Row {
            state: f.state.state_id(),
            result: f.code.wire().to_owned(),
            cause: operation_id(f.operation),
            guard: f.guard,
        })
        .collect();
    (transitions, refusals)
}

/// The place of a transition in its table, read straight from the static table (no rows are built).
pub fn transition_index<S: StateMachine>(
    operation_id: fn(S::Operation) -> &'static str,
    from: &str,
    to: &str,
    cause: &str,
    guard: Option<&str>,
) -> Option<usize> {
    S::LIFECYCLE.transitions.iter().position(|t| {
        t.from.state_id() == from
            && t.to.state_id() == to
            && cause_id(t.cause, operation_id) == cause
            && t.guard == guard
    })
}

/// The place of a refusal in its table.
pub fn refusal_index<S: StateMachine>(
    state: Option<&str>,
    operation: S::Operation,
    code: S::Code,
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
fn mark(reached: &mut BTreeMap<String, BTreeSet<usize>>, lifecycle: &str, index: usize) {
    match reached.get_mut(lifecycle) {
        Some(rows) => {
            rows.insert(index);
        }
        None => {
            reached.insert(lifecycle.to_owned(), BTreeSet::from([index]));
        }
    }
}

fn count(reached: &BTreeMap<String, BTreeSet<usize>>) -> usize {
    reached.values().map(BTreeSet::len).sum()
}

impl Coverage {
    /// Records a transition taken.
    pub fn transition(&mut self, lifecycle: &str, index: usize) {
        mark(&mut self.transitions, lifecycle, index);
    }

    /// Records a refusal answered.
    pub fn refusal(&mut self, lifecycle: &str, index: usize) {
        mark(&mut self.refusals, lifecycle, index);
    }

    /// The report against an API's tables: per lifecycle, how many rows were reached, and the rows never reached.
    pub fn report(&self, tables: &[(&'static str, Tables)]) -> Json {
        let mut lifecycles = Vec::new();
        let (mut transitions_total, mut refusals_total) = (0, 0);
        for (id, (transitions, refusals)) in tables {
            transitions_total += transitions.len();
            refusals_total += refusals.len();
            let missing = |rows: &[Row], reached: &BTreeMap<String, BTreeSet<usize>>, result: &str| -> Vec<Json> {
                let reached = reached.get(*id);
                rows.iter()
                    .enumerate()
                    .filter(|(n, _)| !reached.is_some_and(|r| r.contains(n)))
                    .map(|(_, r)| json!({"state": r.state, result: r.result, "cause": r.cause, "guard": r.guard}))
                    .collect()
            };
            let reached = |set: &BTreeMap<String, BTreeSet<usize>>| set.get(*id).map_or(0, BTreeSet::len);
            lifecycles.push(json!({
                "lifecycle": id,
                "transitions": {"total": transitions.len(), "reached": reached(&self.transitions),
                    "missing": missing(transitions, &self.transitions, "to")},
                "refusals": {"total": refusals.len(), "reached": reached(&self.refusals),
                    "missing": missing(refusals, &self.refusals, "code")},
            }));
        }
        json!({
            "transitions": {"total": transitions_total, "reached": count(&self.transitions)},
            "refusals": {"total": refusals_total, "reached": count(&self.refusals)},
            "lifecycles": lifecycles,
        })
    }
}
