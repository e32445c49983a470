// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! Every lifecycle instance of the WiaPay API in one world, from `spec/wiapay/`.
use crate::support::{
    Basis, Cause, Check, Facts, KeyValues, Lang, Population, Provenance, Reach, Refusal,
    StateMachine, TransitionInfo, WireEnum,
};
use std::cell::OnceCell;
use super::errors::{Code, Error};
use super::lifecycles::*;
use super::operations::OperationId;
/// Every lifecycle instance of the API.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct World {
    /// The instances of `wiapay-transaction`.
    pub wiapay_transaction: Population<TransactionState>,
}
/// The instances one call reaches in each lifecycle, each found when first asked and then kept: a call's
/// refusals, its steps and the states its guards read (`state_of`) look for the same instances. Valid for one
/// state of the world and one call's facts (request, response, credentials, clock); a new evaluation takes a
/// new one.
#[derive(Debug, Default)]
pub struct Reaches {
    wiapay_transaction: OnceCell<Reach>,
}
/// A call refused by a lifecycle: the exact error a server answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The lifecycle that refused it.
    pub lifecycle: LifecycleId,
    /// The code answered.
    pub code: Code,
    /// The HTTP status answered.
    pub http_status: u16,
    /// The arguments of the code's placeholders, in placeholder order.
    pub arguments: Vec<String>,
    /// The rule, in English.
    pub guard: Option<&'static str>,
    /// The basis of the rule: a vendor rule must hold, a decision is a warning unless strict.
    pub basis: Basis,
    /// Where the rule comes from: the document the spec cites, and a decision's reason (the table row's).
    pub provenance: &'static Provenance,
}
impl Refused {
    fn from<S: StateMachine<Code = Code>>(
        lifecycle: LifecycleId,
        refusal: Refusal<S>,
    ) -> Self {
        Refused {
            lifecycle,
            code: refusal.code(),
            http_status: refusal.http_status(),
            arguments: refusal.ordered_arguments(),
            guard: refusal.entry.guard,
            basis: refusal.entry.basis,
            provenance: &refusal.entry.provenance,
        }
    }
    /// The message in a language, as the catalog renders it.
    pub fn message(&self, lang: Lang) -> String {
        crate::support::render(self.code.template(lang), &self.arguments)
    }
    /// The typed error, as a client reads it back from the message in a language.
    pub fn error(&self, lang: Lang) -> Error {
        Error::from_wire(
            Some(self.code.group().as_wire()),
            self.code.as_wire(),
            Some(&self.message(lang)),
        )
    }
}
/// A transition a lifecycle instance took.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    /// The lifecycle.
    pub lifecycle: LifecycleId,
    /// The state it left, by id.
    pub from: &'static str,
    /// The state it entered, by id.
    pub to: &'static str,
    /// The event's id, for a transition no call caused.
    pub event: Option<&'static str>,
    /// The rule, in English.
    pub guard: Option<&'static str>,
    /// The basis of the rule.
    pub basis: Basis,
    /// Where the rule comes from (the table row's).
    pub provenance: &'static Provenance,
}
impl Moved {
    fn from<S: StateMachine>(
        lifecycle: LifecycleId,
        entry: &'static TransitionInfo<S>,
    ) -> Self {
        let event = match entry.cause {
            Cause::Operation(_) => None,
            Cause::Timer(id) | Cause::External(id) => Some(id),
        };
        Moved {
            lifecycle,
            from: entry.from.state_id(),
            to: entry.to.state_id(),
            event,
            guard: entry.guard,
            basis: entry.basis,
            provenance: &entry.provenance,
        }
    }
}
impl World {
    /// The state (by id) of the instance of a lifecycle (by id) that a call of `operation` reaches: what a
    /// guard's `state_of` reads.
    pub fn state_reached(
        &self,
        lifecycle: &str,
        operation: OperationId,
        facts: &Facts<'_>,
    ) -> Option<&'static str> {
        self.state_reached_in(lifecycle, operation, facts, &Reaches::default())
    }
    /// [`World::state_reached`], with the instances the call reaches kept in `reaches`.
    pub fn state_reached_in(
        &self,
        lifecycle: &str,
        operation: OperationId,
        facts: &Facts<'_>,
        reaches: &Reaches,
    ) -> Option<&'static str> {
        match LifecycleId::from_id(lifecycle)? {
            LifecycleId::WiapayTransaction => {
                self.wiapay_transaction
                    .state_reached_in(operation, facts, &reaches.wiapay_transaction)
                    .map(StateMachine::state_id)
            }
        }
    }
    /// The refusal of a call by one lifecycle, if it refuses it.
    pub fn refusal_of(
        &self,
        lifecycle: LifecycleId,
        operation: OperationId,
        facts: &Facts<'_>,
    ) -> Option<Refused> {
        self.refusal_of_in(lifecycle, operation, facts, &Reaches::default())
    }
    /// [`World::refusal_of`], with the instances the call reaches kept in `reaches`.
    pub fn refusal_of_in(
        &self,
        lifecycle: LifecycleId,
        operation: OperationId,
        facts: &Facts<'_>,
        reaches: &Reaches,
    ) -> Option<Refused> {
        let related = |id: &str| self.state_reached_in(id, operation, facts, reaches);
        let facts = Facts {
            related: &related,
            ..*facts
        };
        match lifecycle {
            LifecycleId::WiapayTransaction => {
                self.wiapay_transaction
                    .refusal_in(operation, &facts, &reaches.wiapay_transaction)
                    .map(|r| Refused::from(lifecycle, r))
            }
        }
    }
    /// The refusal of a call by its lifecycles, in the spec's precedence order: the first that refuses
    /// answers. The outcome is never read.
    pub fn refusal(&self, operation: OperationId, facts: &Facts<'_>) -> Option<Refused> {
        self.refusal_in(operation, facts, &Reaches::default())
    }
    /// [`World::refusal`], with the instances the call reaches kept in `reaches`.
    pub fn refusal_in(
        &self,
        operation: OperationId,
        facts: &Facts<'_>,
        reaches: &Reaches,
    ) -> Option<Refused> {
        PRECEDENCE
            .iter()
            .find_map(|check| match check {
                Check::Lifecycle(lifecycle) => {
                    self.refusal_of_in(*lifecycle, operation, facts, reaches)
                }
                _ => None,
            })
    }
    /// Commits a call that was not refused: every lifecycle it acts on takes the transition whose guard holds
    /// (with the facts' outcome), each computed on the world as it was before the call. Returns the
    /// transitions taken.
    pub fn commit(&mut self, operation: OperationId, facts: &Facts<'_>) -> Vec<Moved> {
        self.commit_in(operation, facts, Reaches::default())
    }
    /// [`World::commit`] of a call its refusals were checked for with `checked` (on this same state of the
    /// world, with the same request, credentials and clock): the instances found then are used again, but in
    /// a lifecycle whose key for the operation reads the answer, which the check did not have.
    pub fn commit_checked(
        &mut self,
        operation: OperationId,
        facts: &Facts<'_>,
        checked: Reaches,
    ) -> Vec<Moved> {
        let reaches = Reaches {
            wiapay_transaction: Population::<
                TransactionState,
            >::kept_for_commit(operation, checked.wiapay_transaction),
        };
        self.commit_in(operation, facts, reaches)
    }
    fn commit_in(
        &mut self,
        operation: OperationId,
        facts: &Facts<'_>,
        reaches: Reaches,
    ) -> Vec<Moved> {
        let (steps_wiapay_transaction,) = {
            let related = |id: &str| {
                self.state_reached_in(id, operation, facts, &reaches)
            };
            let facts = Facts {
                related: &related,
                ..*facts
            };
            (
                self
                    .wiapay_transaction
                    .steps_in(operation, &facts, &reaches.wiapay_transaction),
            )
        };
        let mut moved = Vec::new();
        moved
            .extend(
                self
                    .wiapay_transaction
                    .apply(steps_wiapay_transaction)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::WiapayTransaction, t)),
            );
        moved
    }
    /// Checks a call and, if no lifecycle refuses it, commits it: the refusal, or the transitions taken.
    pub fn call(
        &mut self,
        operation: OperationId,
        facts: &Facts<'_>,
    ) -> Result<Vec<Moved>, Refused> {
        let reaches = Reaches::default();
        match self.refusal_in(operation, facts, &reaches) {
            Some(refused) => Err(refused),
            None => Ok(self.commit_checked(operation, facts, reaches)),
        }
    }
    /// Fires every timer whose guard holds at the facts' clock, in every lifecycle.
    pub fn fire_timers(&mut self, facts: &Facts<'_>) -> Vec<Moved> {
        let mut moved = Vec::new();
        moved
            .extend(
                self
                    .wiapay_transaction
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::WiapayTransaction, t)),
            );
        moved
    }
    /// An external event (by id) of a lifecycle, in the instances whose attributes equal `key`.
    pub fn event(
        &mut self,
        lifecycle: LifecycleId,
        event: &str,
        key: &KeyValues,
        facts: &Facts<'_>,
    ) -> Vec<Moved> {
        match lifecycle {
            LifecycleId::WiapayTransaction => {
                let steps = self.wiapay_transaction.event_steps(event, key, facts);
                self.wiapay_transaction
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
        }
    }
    /// Applies the external events an answered call tells (the spec's `SIGNALS`): `facts` with its response
    /// (none for a call that ended unanswered), `moved` the lifecycles the call itself moved, on its arrival
    /// or its commit. The transitions taken, in signal order.
    pub fn signalled(&mut self, facts: &Facts<'_>, moved: &[LifecycleId]) -> Vec<Moved> {
        let mut fired = Vec::new();
        for signal in super::lifecycles::SIGNALS {
            if signal.fires(facts, moved) {
                fired
                    .extend(
                        self
                            .event(
                                signal.lifecycle,
                                signal.event,
                                &signal.key_values(facts),
                                facts,
                            ),
                    );
            }
        }
        fired
    }
}
