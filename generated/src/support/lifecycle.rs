// @generated from spec/ (template codegen/templates/support/lifecycle.rs) by `cargo xtask codegen`; do not edit by hand.

//! Lifecycles as static tables and the one evaluator both the emulator and the conformance suite run: given an
//! instance's state and attributes, an operation with its request, the clock and (once known) the outcome, it returns
//! the refusal (code, HTTP status, arguments in both languages) or the transition (new state, attributes after the
//! effects). The emulator uses it to decide; the suite to predict what a correct implementation must answer.
//!
//! Evaluation order, as the spec defines it: the refusals of the instance's state and that operation, in the order
//! written, the first whose guard holds; otherwise the transitions from that state by that operation, in order, the
//! first whose guard holds; otherwise the call leaves this lifecycle unchanged.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::hash::Hash;

use super::catalog::Lang;
use super::guard::{EffectInfo, Facts, GuardInfo, OperandInfo};
use super::provenance::{Basis, Provenance};
use super::template::{Piece, render};
use super::value::{Attributes, Value};

/// An error code of a catalog, as the lifecycle tables name it.
pub trait CatalogCode: Copy + Eq + Hash + Debug + 'static {
    /// The code on the wire.
    fn wire(self) -> &'static str;
    /// The message template in a language.
    fn message_template(self, lang: Lang) -> &'static [Piece];
    /// The placeholder names, in placeholder order.
    fn placeholder_names(self) -> &'static [&'static str];
}

/// A state enum of a lifecycle, with its tables.
pub trait StateMachine: Copy + Eq + Hash + Ord + Debug + 'static {
    /// The API's operation ids.
    type Operation: Copy + Eq + Hash + Debug + 'static;
    /// The API's error codes.
    type Code: CatalogCode;
    /// The lifecycle's tables.
    const LIFECYCLE: &'static LifecycleInfo<Self>;
    /// The state's id in the spec.
    fn state_id(self) -> &'static str;
}

/// What causes a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cause<O> {
    /// An operation.
    Operation(O),
    /// Time: the transition happens as soon as its guard holds on the clock.
    Timer(&'static str),
    /// The world (a bank, a device, a cardholder), simulated by an emulator.
    External(&'static str),
}

/// A transition as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransitionInfo<S: StateMachine> {
    /// The state it leaves.
    pub from: S,
    /// The state it enters.
    pub to: S,
    /// What causes it.
    pub cause: Cause<S::Operation>,
    /// When it happens (`None`: whenever its cause reaches `from`).
    pub when: Option<GuardInfo>,
    /// What it writes into the attributes, in order.
    pub effects: &'static [EffectInfo],
    /// The condition in English; for an event without one, what happens.
    pub guard: Option<&'static str>,
    /// The basis of the rule (the same as `provenance.basis`).
    pub basis: Basis,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

/// A refusal as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForbiddenInfo<S: StateMachine> {
    /// The state.
    pub state: S,
    /// The operation refused.
    pub operation: S::Operation,
    /// When it is refused (`None`: always in this state).
    pub when: Option<GuardInfo>,
    /// The condition in English.
    pub guard: Option<&'static str>,
    /// The code answered.
    pub code: S::Code,
    /// The HTTP status answered.
    pub http_status: u16,
    /// The arguments of the code's placeholders, by placeholder name.
    pub arguments: &'static [(&'static str, OperandInfo)],
    /// The basis of the rule (the same as `provenance.basis`).
    pub basis: Basis,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

/// How an operation names the instance(s) of a lifecycle it acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyInfo<O: 'static> {
    /// The operation.
    pub operation: O,
    /// Attribute id → the operand it must equal.
    pub matches: &'static [(&'static str, OperandInfo)],
    /// Whether the call acts on every matching instance.
    pub each: bool,
}

/// Which answers tell an external event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignalOn {
    /// Any answer carrying this error code.
    AnswerCode(&'static str),
    /// The answer to a call that moved an instance of the lifecycle (on its arrival or its commit).
    Answer,
}

/// An answer that tells an external event of a lifecycle happened (the spec's `signals`): a server and a client of
/// the API apply the event alike, once the call is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignalInfo<L: 'static> {
    /// The lifecycle.
    pub lifecycle: L,
    /// The external event's id.
    pub event: &'static str,
    /// Which answers tell it.
    pub on: SignalOn,
    /// Attribute id → the operand of the answered call it must equal.
    pub key: &'static [(&'static str, OperandInfo)],
    /// Where the rule comes from.
    pub provenance: Provenance,
}

impl<L: Copy + PartialEq> SignalInfo<L> {
    /// Whether an answered call tells the event: `facts` with its response (none for a call that ended unanswered),
    /// `moved` the lifecycles the call itself moved, on its arrival or its commit.
    pub fn fires(&self, facts: &Facts<'_>, moved: &[L]) -> bool {
        match self.on {
            SignalOn::AnswerCode(code) => facts.response.and_then(|r| r.error_code.as_deref()) == Some(code),
            SignalOn::Answer => moved.contains(&self.lifecycle),
        }
    }

    /// The key of the instance the event reaches, from the call's facts.
    pub fn key_values(&self, facts: &Facts<'_>) -> KeyValues {
        key_values_of(self.key, facts, false)
    }
}

/// The values a call's facts give a key's attributes (operands read with no instance attributes).
fn key_values_of(matches: &'static [(&'static str, OperandInfo)], facts: &Facts<'_>, each: bool) -> KeyValues {
    let none = BTreeMap::new();
    KeyValues { values: matches.iter().map(|(id, operand)| (*id, facts.value(operand, &none))).collect(), each }
}

/// A typed attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttributeInfo {
    /// Its id.
    pub id: &'static str,
    /// Its type.
    pub kind: super::value::ValueKind,
}

/// A lifecycle's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LifecycleInfo<S: StateMachine> {
    /// The lifecycle's id.
    pub id: &'static str,
    /// Every state, in spec order.
    pub states: &'static [S],
    /// The initial state.
    pub initial: S,
    /// The states nothing leaves.
    pub terminal: &'static [S],
    /// The attributes.
    pub attributes: &'static [AttributeInfo],
    /// The instance keys, one per operation.
    pub keys: &'static [KeyInfo<S::Operation>],
    /// Every transition, in evaluation order.
    pub transitions: &'static [TransitionInfo<S>],
    /// Every refusal, in evaluation order.
    pub forbidden: &'static [ForbiddenInfo<S>],
    /// The reference the client chooses anew for every transaction, where the lifecycle keeps it unique.
    pub client_reference: Option<ClientReferenceInfo<S::Code>>,
}

/// A key attribute that holds a reference the client chooses for each new transaction: a refusal answering `reused`
/// by an instance that exists says the client sent a reference it had used before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientReferenceInfo<C: 'static> {
    /// The attribute.
    pub attribute: &'static str,
    /// The request field it is read from (`/`-separated wire names).
    pub field: &'static str,
    /// The code of the refusal that means the reference was used before.
    pub reused: C,
    /// The basis of the rule (the same as `provenance.basis`).
    pub basis: Basis,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

/// The key values a call gives: which instance(s) it addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValues {
    /// Attribute id → the value the call gives (`None`: the call does not give it).
    pub values: Vec<(&'static str, Option<Value>)>,
    /// Whether the call acts on every matching instance.
    pub each: bool,
}

/// One instance of a lifecycle: its state and attributes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Instance<S> {
    /// The state.
    pub state: S,
    /// The attributes that are set.
    pub attributes: Attributes,
}

/// A refusal the evaluator found.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal<S: StateMachine> {
    /// The table entry.
    pub entry: &'static ForbiddenInfo<S>,
    /// The arguments, by placeholder name, as rendered.
    pub arguments: Vec<(&'static str, String)>,
}

impl<S: StateMachine> Refusal<S> {
    /// The code answered.
    pub fn code(&self) -> S::Code {
        self.entry.code
    }

    /// The HTTP status answered.
    pub fn http_status(&self) -> u16 {
        self.entry.http_status
    }

    /// The arguments in placeholder order.
    pub fn ordered_arguments(&self) -> Vec<String> {
        self.code()
            .placeholder_names()
            .iter()
            .map(|name| self.arguments.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default())
            .collect()
    }

    /// The message in a language, as the catalog renders it with these arguments.
    pub fn message(&self, lang: Lang) -> String {
        render(self.code().message_template(lang), &self.ordered_arguments())
    }
}

/// A transition the evaluator chose, with the attributes after its effects.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<S: StateMachine> {
    /// The table entry.
    pub entry: &'static TransitionInfo<S>,
    /// The attributes after the effects; `None` when the transition has no effects and the instance keeps its
    /// attributes as they are (most calls: a status query moves nothing, and copies nothing).
    pub attributes: Option<Attributes>,
}

impl<S: StateMachine> Step<S> {
    /// The state entered.
    pub fn to(&self) -> S {
        self.entry.to
    }
}

/// What a call does to one instance.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision<S: StateMachine> {
    /// The call is refused with this error.
    Refused(Refusal<S>),
    /// The call takes this transition.
    Transition(Step<S>),
    /// The call does not change this lifecycle.
    Unchanged,
}

impl<S: StateMachine> Default for Instance<S> {
    fn default() -> Self {
        Instance { state: S::LIFECYCLE.initial, attributes: BTreeMap::new() }
    }
}

impl<S: StateMachine> Instance<S> {
    /// A fresh instance in the initial state, with the key attributes a call gives.
    pub fn fresh(key: &KeyValues) -> Self {
        let mut instance = Instance::default();
        for (id, value) in &key.values {
            if let Some(value) = value {
                instance.attributes.insert(Cow::Borrowed(*id), value.clone());
            }
        }
        instance
    }

    /// Whether the call's key names this instance: every key value is given and equals the instance's attribute.
    /// A call that leaves a key value out (or gives null) names no existing instance, so it addresses a fresh one.
    pub fn matches(&self, key: &KeyValues) -> bool {
        key.values.iter().all(|(id, value)| {
            value.as_ref().is_some_and(|value| {
                self.attributes.get(*id).is_some_and(|own| own.compare(value) == Some(std::cmp::Ordering::Equal))
            })
        })
    }

    /// The refusal of `operation` in this instance's state, if one applies (the first in table order whose guard
    /// holds). The outcome is never read: refusals come before the call has one.
    pub fn refusal(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<Refusal<S>> {
        let entry = S::LIFECYCLE.forbidden.iter().find(|f| {
            f.state == self.state
                && f.operation == operation
                && f.when.as_ref().is_none_or(|g| facts.holds(g, &self.attributes))
        })?;
        let arguments = entry
            .arguments
            .iter()
            .map(|(name, operand)| (*name, facts.value(operand, &self.attributes).map(|v| v.render()).unwrap_or_default()))
            .collect();
        Some(Refusal { entry, arguments })
    }

    /// The transition `operation` takes from this instance's state, if any (the first in table order whose guard
    /// holds), with the attributes after its effects.
    pub fn transition(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<Step<S>> {
        self.step(|cause| cause == Cause::Operation(operation), facts)
    }

    /// The external event `event` (by id) from this instance's state, if the spec has one whose guard holds.
    pub fn event(&self, event: &str, facts: &Facts<'_>) -> Option<Step<S>> {
        self.step(|cause| matches!(cause, Cause::External(id) | Cause::Timer(id) if id == event), facts)
    }

    fn step(&self, cause: impl Fn(Cause<S::Operation>) -> bool, facts: &Facts<'_>) -> Option<Step<S>> {
        let entry = S::LIFECYCLE.transitions.iter().find(|t| {
            t.from == self.state && cause(t.cause) && t.when.as_ref().is_none_or(|g| facts.holds(g, &self.attributes))
        })?;
        let attributes = (!entry.effects.is_empty()).then(|| {
            let mut attributes = self.attributes.clone();
            facts.apply(entry.effects, &mut attributes);
            attributes
        });
        Some(Step { entry, attributes })
    }

    /// What `operation` does to this instance: refused, a transition, or nothing.
    pub fn evaluate(&self, operation: S::Operation, facts: &Facts<'_>) -> Decision<S> {
        if let Some(refusal) = self.refusal(operation, facts) {
            return Decision::Refused(refusal);
        }
        match self.transition(operation, facts) {
            Some(step) => Decision::Transition(step),
            None => Decision::Unchanged,
        }
    }

    /// Takes a step the evaluator chose.
    pub fn apply(&mut self, step: Step<S>) {
        self.state = step.entry.to;
        if let Some(attributes) = step.attributes {
            self.attributes = attributes;
        }
    }

    /// Fires every timer event whose guard holds at the facts' clock, one after another, and returns the
    /// transitions taken (at most one per state, so a cycle of timers cannot loop).
    pub fn fire_timers(&mut self, facts: &Facts<'_>) -> Vec<&'static TransitionInfo<S>> {
        let mut taken = Vec::new();
        while taken.len() < S::LIFECYCLE.states.len() {
            let Some(step) = self.step(|cause| matches!(cause, Cause::Timer(_)), facts) else { break };
            taken.push(step.entry);
            self.apply(step);
        }
        taken
    }
}

impl<S: StateMachine> LifecycleInfo<S> {
    /// The key of an operation, if it acts on this lifecycle.
    pub fn key(&self, operation: S::Operation) -> Option<&'static KeyInfo<S::Operation>>
    where
        S: 'static,
    {
        S::LIFECYCLE.keys.iter().find(|k| k.operation == operation)
    }

    /// The key values a call gives, if the operation acts on this lifecycle.
    pub fn key_values(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<KeyValues> {
        let key = self.key(operation)?;
        Some(key_values_of(key.matches, facts, key.each))
    }

    /// The state with this id.
    pub fn state(&self, id: &str) -> Option<S> {
        self.states.iter().copied().find(|s| s.state_id() == id)
    }

    /// The transitions an operation may cause from a state, in evaluation order.
    pub fn transitions_by(&self, from: S, operation: S::Operation) -> impl Iterator<Item = &'static TransitionInfo<S>> {
        S::LIFECYCLE.transitions.iter().filter(move |t| t.from == from && t.cause == Cause::Operation(operation))
    }

    /// The refusals of an operation in a state, in evaluation order.
    pub fn refusals_of(&self, state: S, operation: S::Operation) -> impl Iterator<Item = &'static ForbiddenInfo<S>> {
        S::LIFECYCLE.forbidden.iter().filter(move |f| f.state == state && f.operation == operation)
    }
}

/// One check of a call, in the order the spec's precedence gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check<L> {
    /// Method and path.
    Route,
    /// The operation's authentication scheme.
    Authentication,
    /// The body and parameters.
    Decode,
    /// Message rules and parameter rules.
    Rules,
    /// The refusals of one lifecycle.
    Lifecycle(L),
}
