//! Which rows of Finrota PWS's lifecycle tables the calls have reached (`GET /_payspec/finrota-pws/coverage`).

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use payspec::finrota_pws::{AccessTokenState, Code, LifecycleId, Moved, OperationId, PaymentState};

use crate::coverage::{self as shared, Tables};

/// Every lifecycle of the API.
pub const LIFECYCLES: &[LifecycleId] = &[LifecycleId::FinrotaPayment, LifecycleId::AccessToken];

/// Runs `$body` with `$S` bound to the state type of `$lifecycle`.
macro_rules! with_lifecycle {
    ($lifecycle:expr, $S:ident => $body:expr) => {
        match $lifecycle {
            LifecycleId::FinrotaPayment => {
                type $S = PaymentState;
                $body
            }
            LifecycleId::AccessToken => {
                type $S = AccessTokenState;
                $body
            }
        }
    };
}

/// The rows of Finrota PWS's tables reached so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Coverage(pub shared::Coverage);

impl Coverage {
    /// Records transitions taken by a call of `operation` (`None` for timers and events, which the moves name).
    pub fn moved(&mut self, operation: Option<OperationId>, moved: &[Moved]) {
        for step in moved {
            let cause = step.event.or(operation.map(OperationId::id)).unwrap_or_default();
            let index = with_lifecycle!(step.lifecycle, S => shared::transition_index::<S>(
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
        if let Some(index) = with_lifecycle!(lifecycle, S => shared::refusal_index::<S>(state, operation, code, guard))
        {
            self.0.refusal(lifecycle.id(), index);
        }
    }

    /// The report: per lifecycle, how many rows were reached, and the rows never reached.
    pub fn report(&self) -> Json {
        let tables: Vec<(&'static str, Tables)> =
            LIFECYCLES.iter().map(|l| (l.id(), with_lifecycle!(l, S => shared::rows::<S>(OperationId::id)))).collect();
        self.0.report(&tables)
    }
}
