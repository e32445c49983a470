// @generated from spec/ (template codegen/templates/support/population.rs) by `cargo xtask codegen`; do not edit by hand.

//! The instances of one lifecycle and how a call reaches them: which instance(s) its key names (a fresh one in the
//! initial state when none matches), the refusal among them, and the steps it takes. An API's generated `World`
//! holds one population per lifecycle and walks them in the spec's precedence order.

use super::guard::Facts;
use super::lifecycle::{Instance, KeyValues, Refusal, StateMachine, Step, TransitionInfo};

/// The instances of one lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Population<S> {
    /// Every instance that has left its initial state, in the order they were created.
    pub instances: Vec<Instance<S>>,
}

impl<S> Default for Population<S> {
    fn default() -> Self {
        Population { instances: Vec::new() }
    }
}

/// Which instances a call reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reached<S> {
    /// The operation does not act on this lifecycle.
    None,
    /// These existing instances, by index.
    Existing(Vec<usize>),
    /// A fresh instance in the initial state (no existing one matches), with the key's attributes.
    Fresh(Instance<S>),
}

/// A step taken by one instance of a lifecycle: where it was (an index, or a fresh instance) and the step.
#[derive(Debug, Clone, PartialEq)]
pub struct Taken<S: StateMachine> {
    /// The index of the instance, `None` for a fresh one (pushed when the step is applied).
    pub index: Option<usize>,
    /// The state it left.
    pub from: S,
    /// The step.
    pub step: Step<S>,
}

impl<S: StateMachine> Population<S> {
    /// The instances a call of `operation` reaches.
    pub fn reached(&self, operation: S::Operation, facts: &Facts<'_>) -> Reached<S> {
        let Some(key) = S::LIFECYCLE.key_values(operation, facts) else { return Reached::None };
        let mut matching = self.instances.iter().enumerate().filter(|(_, i)| i.matches(&key)).map(|(n, _)| n);
        let indices: Vec<usize> = if key.each { matching.collect() } else { matching.next().into_iter().collect() };
        if indices.is_empty() && !key.each { Reached::Fresh(Instance::fresh(&key)) } else { Reached::Existing(indices) }
    }

    /// The key values a call gives, if the operation acts on this lifecycle.
    pub fn key(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<KeyValues> {
        S::LIFECYCLE.key_values(operation, facts)
    }

    /// The state of the instance a call reaches (the first, for a call reaching several), if the operation acts on
    /// this lifecycle.
    pub fn state_reached(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<S> {
        match self.reached(operation, facts) {
            Reached::None => None,
            Reached::Existing(indices) => indices.first().map(|i| self.instances[*i].state),
            Reached::Fresh(instance) => Some(instance.state),
        }
    }

    /// The refusal of the call by an instance it reaches, if any.
    pub fn refusal(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<Refusal<S>> {
        match self.reached(operation, facts) {
            Reached::None => None,
            Reached::Existing(indices) => indices.iter().find_map(|i| self.instances[*i].refusal(operation, facts)),
            Reached::Fresh(instance) => instance.refusal(operation, facts),
        }
    }

    /// The steps the call takes in the instances it reaches (computed, not applied).
    pub fn steps(&self, operation: S::Operation, facts: &Facts<'_>) -> Vec<Taken<S>> {
        match self.reached(operation, facts) {
            Reached::None => Vec::new(),
            Reached::Existing(indices) => indices
                .into_iter()
                .filter_map(|index| {
                    let instance = &self.instances[index];
                    let step = instance.transition(operation, facts)?;
                    Some(Taken { index: Some(index), from: instance.state, step })
                })
                .collect(),
            Reached::Fresh(instance) => instance
                .transition(operation, facts)
                .map(|step| Taken { index: None, from: instance.state, step })
                .into_iter()
                .collect(),
        }
    }

    /// The steps an external event takes in the instances whose attributes equal `key` (every one for `each`).
    pub fn event_steps(&self, event: &str, key: &KeyValues, facts: &Facts<'_>) -> Vec<Taken<S>> {
        self.instances
            .iter()
            .enumerate()
            .filter(|(_, instance)| instance.matches(key))
            .take(if key.each { usize::MAX } else { 1 })
            .filter_map(|(index, instance)| {
                let step = instance.event(event, facts)?;
                Some(Taken { index: Some(index), from: instance.state, step })
            })
            .collect()
    }

    /// Applies steps computed by [`Population::steps`] or [`Population::event_steps`] on this population.
    pub fn apply(&mut self, taken: Vec<Taken<S>>) -> Vec<&'static TransitionInfo<S>> {
        let mut entries = Vec::new();
        for Taken { index, step, .. } in taken {
            entries.push(step.entry);
            match index.and_then(|i| self.instances.get_mut(i)) {
                Some(instance) => instance.apply(step),
                None => {
                    let mut instance = Instance::default();
                    instance.apply(step);
                    self.instances.push(instance);
                }
            }
        }
        entries
    }

    /// Fires the timers of every instance at the facts' clock; returns the transitions taken.
    pub fn fire_timers(&mut self, facts: &Facts<'_>) -> Vec<&'static TransitionInfo<S>> {
        self.instances.iter_mut().flat_map(|instance| instance.fire_timers(facts)).collect()
    }

    /// Removes the instances in a terminal state for which `keep` says no (to bound memory), returning how many.
    pub fn evict(&mut self, keep: impl Fn(&Instance<S>) -> bool) -> usize {
        let before = self.instances.len();
        self.instances.retain(|instance| !S::LIFECYCLE.terminal.contains(&instance.state) || keep(instance));
        before - self.instances.len()
    }
}
