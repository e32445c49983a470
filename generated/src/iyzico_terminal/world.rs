// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! Every lifecycle instance of the iyzico Terminal API in one world, from `spec/iyzico-terminal/`.
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
    /// The instances of `vuk509-payment`.
    pub vuk509_payment: Population<Vuk509PaymentState>,
    /// The instances of `vuk507-payment`.
    pub vuk507_payment: Population<Vuk507PaymentState>,
    /// The instances of `integration-mode`.
    pub integration_mode: Population<IntegrationModeState>,
    /// The instances of `transaction-reference`.
    pub transaction_reference: Population<TransactionReferenceState>,
    /// The instances of `batch`.
    pub batch: Population<BatchState>,
    /// The instances of `auth-code`.
    pub auth_code: Population<AuthCodeState>,
    /// The instances of `access-token`.
    pub access_token: Population<AccessTokenState>,
    /// The instances of `device`.
    pub device: Population<DeviceState>,
    /// The instances of `vuk507-partial-payment`.
    pub vuk507_partial_payment: Population<Vuk507PartialPaymentState>,
}
/// The instances one call reaches in each lifecycle, each found when first asked and then kept: a call's
/// refusals, its steps and the states its guards read (`state_of`) look for the same instances. Valid for one
/// state of the world and one call's facts (request, response, credentials, clock); a new evaluation takes a
/// new one.
#[derive(Debug, Default)]
pub struct Reaches {
    vuk509_payment: OnceCell<Reach>,
    vuk507_payment: OnceCell<Reach>,
    integration_mode: OnceCell<Reach>,
    transaction_reference: OnceCell<Reach>,
    batch: OnceCell<Reach>,
    auth_code: OnceCell<Reach>,
    access_token: OnceCell<Reach>,
    device: OnceCell<Reach>,
    vuk507_partial_payment: OnceCell<Reach>,
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
            LifecycleId::Vuk509Payment => {
                self.vuk509_payment
                    .state_reached_in(operation, facts, &reaches.vuk509_payment)
                    .map(StateMachine::state_id)
            }
            LifecycleId::Vuk507Payment => {
                self.vuk507_payment
                    .state_reached_in(operation, facts, &reaches.vuk507_payment)
                    .map(StateMachine::state_id)
            }
            LifecycleId::IntegrationMode => {
                self.integration_mode
                    .state_reached_in(operation, facts, &reaches.integration_mode)
                    .map(StateMachine::state_id)
            }
            LifecycleId::TransactionReference => {
                self.transaction_reference
                    .state_reached_in(operation, facts, &reaches.transaction_reference)
                    .map(StateMachine::state_id)
            }
            LifecycleId::Batch => {
                self.batch
                    .state_reached_in(operation, facts, &reaches.batch)
                    .map(StateMachine::state_id)
            }
            LifecycleId::AuthCode => {
                self.auth_code
                    .state_reached_in(operation, facts, &reaches.auth_code)
                    .map(StateMachine::state_id)
            }
            LifecycleId::AccessToken => {
                self.access_token
                    .state_reached_in(operation, facts, &reaches.access_token)
                    .map(StateMachine::state_id)
            }
            LifecycleId::Device => {
                self.device
                    .state_reached_in(operation, facts, &reaches.device)
                    .map(StateMachine::state_id)
            }
            LifecycleId::Vuk507PartialPayment => {
                self.vuk507_partial_payment
                    .state_reached_in(operation, facts, &reaches.vuk507_partial_payment)
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
            LifecycleId::Vuk509Payment => {
                self.vuk509_payment
                    .refusal_in(operation, &facts, &reaches.vuk509_payment)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::Vuk507Payment => {
                self.vuk507_payment
                    .refusal_in(operation, &facts, &reaches.vuk507_payment)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::IntegrationMode => {
                self.integration_mode
                    .refusal_in(operation, &facts, &reaches.integration_mode)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::TransactionReference => {
                self.transaction_reference
                    .refusal_in(operation, &facts, &reaches.transaction_reference)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::Batch => {
                self.batch
                    .refusal_in(operation, &facts, &reaches.batch)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::AuthCode => {
                self.auth_code
                    .refusal_in(operation, &facts, &reaches.auth_code)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::AccessToken => {
                self.access_token
                    .refusal_in(operation, &facts, &reaches.access_token)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::Device => {
                self.device
                    .refusal_in(operation, &facts, &reaches.device)
                    .map(|r| Refused::from(lifecycle, r))
            }
            LifecycleId::Vuk507PartialPayment => {
                self.vuk507_partial_payment
                    .refusal_in(operation, &facts, &reaches.vuk507_partial_payment)
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
            vuk509_payment: Population::<
                Vuk509PaymentState,
            >::kept_for_commit(operation, checked.vuk509_payment),
            vuk507_payment: Population::<
                Vuk507PaymentState,
            >::kept_for_commit(operation, checked.vuk507_payment),
            integration_mode: Population::<
                IntegrationModeState,
            >::kept_for_commit(operation, checked.integration_mode),
            transaction_reference: Population::<
                TransactionReferenceState,
            >::kept_for_commit(operation, checked.transaction_reference),
            batch: Population::<BatchState>::kept_for_commit(operation, checked.batch),
            auth_code: Population::<
                AuthCodeState,
            >::kept_for_commit(operation, checked.auth_code),
            access_token: Population::<
                AccessTokenState,
            >::kept_for_commit(operation, checked.access_token),
            device: Population::<
                DeviceState,
            >::kept_for_commit(operation, checked.device),
            vuk507_partial_payment: Population::<
                Vuk507PartialPaymentState,
            >::kept_for_commit(operation, checked.vuk507_partial_payment),
        };
        self.commit_in(operation, facts, reaches)
    }
    fn commit_in(
        &mut self,
        operation: OperationId,
        facts: &Facts<'_>,
        reaches: Reaches,
    ) -> Vec<Moved> {
        let (
            steps_vuk509_payment,
            steps_vuk507_payment,
            steps_integration_mode,
            steps_transaction_reference,
            steps_batch,
            steps_auth_code,
            steps_access_token,
            steps_device,
            steps_vuk507_partial_payment,
        ) = {
            let related = |id: &str| {
                self.state_reached_in(id, operation, facts, &reaches)
            };
            let facts = Facts {
                related: &related,
                ..*facts
            };
            (
                self.vuk509_payment.steps_in(operation, &facts, &reaches.vuk509_payment),
                self.vuk507_payment.steps_in(operation, &facts, &reaches.vuk507_payment),
                self
                    .integration_mode
                    .steps_in(operation, &facts, &reaches.integration_mode),
                self
                    .transaction_reference
                    .steps_in(operation, &facts, &reaches.transaction_reference),
                self.batch.steps_in(operation, &facts, &reaches.batch),
                self.auth_code.steps_in(operation, &facts, &reaches.auth_code),
                self.access_token.steps_in(operation, &facts, &reaches.access_token),
                self.device.steps_in(operation, &facts, &reaches.device),
                self
                    .vuk507_partial_payment
                    .steps_in(operation, &facts, &reaches.vuk507_partial_payment),
            )
        };
        let mut moved = Vec::new();
        moved
            .extend(
                self
                    .vuk509_payment
                    .apply(steps_vuk509_payment)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Vuk509Payment, t)),
            );
        moved
            .extend(
                self
                    .vuk507_payment
                    .apply(steps_vuk507_payment)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Vuk507Payment, t)),
            );
        moved
            .extend(
                self
                    .integration_mode
                    .apply(steps_integration_mode)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::IntegrationMode, t)),
            );
        moved
            .extend(
                self
                    .transaction_reference
                    .apply(steps_transaction_reference)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::TransactionReference, t)),
            );
        moved
            .extend(
                self
                    .batch
                    .apply(steps_batch)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Batch, t)),
            );
        moved
            .extend(
                self
                    .auth_code
                    .apply(steps_auth_code)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::AuthCode, t)),
            );
        moved
            .extend(
                self
                    .access_token
                    .apply(steps_access_token)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::AccessToken, t)),
            );
        moved
            .extend(
                self
                    .device
                    .apply(steps_device)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Device, t)),
            );
        moved
            .extend(
                self
                    .vuk507_partial_payment
                    .apply(steps_vuk507_partial_payment)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Vuk507PartialPayment, t)),
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
                    .vuk509_payment
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Vuk509Payment, t)),
            );
        moved
            .extend(
                self
                    .vuk507_payment
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Vuk507Payment, t)),
            );
        moved
            .extend(
                self
                    .integration_mode
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::IntegrationMode, t)),
            );
        moved
            .extend(
                self
                    .transaction_reference
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::TransactionReference, t)),
            );
        moved
            .extend(
                self
                    .batch
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Batch, t)),
            );
        moved
            .extend(
                self
                    .auth_code
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::AuthCode, t)),
            );
        moved
            .extend(
                self
                    .access_token
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::AccessToken, t)),
            );
        moved
            .extend(
                self
                    .device
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Device, t)),
            );
        moved
            .extend(
                self
                    .vuk507_partial_payment
                    .fire_timers(facts)
                    .into_iter()
                    .map(|t| Moved::from(LifecycleId::Vuk507PartialPayment, t)),
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
            LifecycleId::Vuk509Payment => {
                let steps = self.vuk509_payment.event_steps(event, key, facts);
                self.vuk509_payment
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::Vuk507Payment => {
                let steps = self.vuk507_payment.event_steps(event, key, facts);
                self.vuk507_payment
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::IntegrationMode => {
                let steps = self.integration_mode.event_steps(event, key, facts);
                self.integration_mode
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::TransactionReference => {
                let steps = self.transaction_reference.event_steps(event, key, facts);
                self.transaction_reference
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::Batch => {
                let steps = self.batch.event_steps(event, key, facts);
                self.batch
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::AuthCode => {
                let steps = self.auth_code.event_steps(event, key, facts);
                self.auth_code
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::AccessToken => {
                let steps = self.access_token.event_steps(event, key, facts);
                self.access_token
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::Device => {
                let steps = self.device.event_steps(event, key, facts);
                self.device
                    .apply(steps)
                    .into_iter()
                    .map(|t| Moved::from(lifecycle, t))
                    .collect()
            }
            LifecycleId::Vuk507PartialPayment => {
                let steps = self.vuk507_partial_payment.event_steps(event, key, facts);
                self.vuk507_partial_payment
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
