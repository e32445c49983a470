//! Which rows of the `wiapay-transaction` lifecycle table the calls, the checkout page, the controls and the timer
//! have reached: every transition taken and every refusal answered. `GET /_payspec/wiapay/coverage` reports them
//! against the whole table.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use payspec::support::{Cause, StateMachine, WireEnum};
use payspec::wiapay::{Code, Moved, OperationId, TransactionState};

/// The rows reached, as `from -> to by cause` and `state x operation = code`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Coverage {
    /// Transitions taken.
    pub transitions: BTreeSet<String>,
    /// Refusals answered.
    pub refusals: BTreeSet<String>,
}

fn transition_key(from: &str, to: &str, cause: &str) -> String {
    format!("{from} -> {to} by {cause}")
}

fn refusal_key(state: &str, operation: &str, code: &str) -> String {
    format!("{state} x {operation} = {code}")
}

fn cause_id(cause: Cause<OperationId>) -> &'static str {
    match cause {
        Cause::Operation(operation) => operation.id(),
        Cause::Timer(id) | Cause::External(id) => id,
    }
}

impl Coverage {
    /// Records transitions taken by a call of `operation` (`None`: a timer or an event).
    pub fn moved(&mut self, operation: Option<OperationId>, moved: &[Moved]) {
        for m in moved {
            let cause = match (m.event, operation) {
                (Some(event), _) => event,
                (None, Some(operation)) => operation.id(),
                (None, None) => continue,
            };
            self.transitions.insert(transition_key(m.from, m.to, cause));
        }
    }

    /// Records a refusal answered in a state.
    pub fn refused(&mut self, state: Option<&'static str>, operation: OperationId, code: Code) {
        if let Some(state) = state {
            self.refusals.insert(refusal_key(state, operation.id(), code.as_wire()));
        }
    }

    /// The report: every row of the table, reached or not.
    pub fn report(&self) -> Json {
        let table = TransactionState::LIFECYCLE;
        let transitions: Vec<Json> = table
            .transitions
            .iter()
            .map(|t| {
                let key = transition_key(t.from.state_id(), t.to.state_id(), cause_id(t.cause));
                json!({"from": t.from.state_id(), "to": t.to.state_id(), "cause": cause_id(t.cause),
                    "guard": t.guard, "reached": self.transitions.contains(&key)})
            })
            .collect();
        let refusals: Vec<Json> = table
            .forbidden
            .iter()
            .map(|f| {
                let key = refusal_key(f.state.state_id(), f.operation.id(), f.code.as_wire());
                json!({"state": f.state.state_id(), "operation": f.operation.id(), "code": f.code.as_wire(),
                    "guard": f.guard, "reached": self.refusals.contains(&key)})
            })
            .collect();
        let reached = |rows: &[Json]| rows.iter().filter(|r| r["reached"] == json!(true)).count();
        json!({"lifecycles": [{"lifecycle": table.id,
            "transitions": {"total": transitions.len(), "reached": reached(&transitions), "rows": transitions},
            "refusals": {"total": refusals.len(), "reached": reached(&refusals), "rows": refusals}}]})
    }
}
