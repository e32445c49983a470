// @generated from spec/ (template codegen/templates/support/population.rs) by `cargo xtask codegen`; do not edit by hand.

//! The instances of one lifecycle and how a call reaches them: which instance(s) its key names (a fresh one in the
//! initial state when none matches), the refusal among them, and the steps it takes. An API's generated `World`
//! holds one population per lifecycle and walks them in the spec's precedence order. Instances are indexed by the
//! text values of their key attributes, so a call finds its instance without scanning them all: a server holding
//! thousands of payments answers in the same time as one holding none. The index keeps each value's hash, not its
//! text: a call's instances are checked against its key anyway, so two values with one hash cost a comparison, and
//! growing the index moves numbers instead of hashing every text again (with hundreds of thousands of payments,
//! hashing them all again stalled the server for milliseconds at each doubling).

use std::cell::OnceCell;
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use super::guard::Facts;
use super::lifecycle::{Cause, Instance, KeyValues, Refusal, StateMachine, Step, TransitionInfo};
use super::value::{Attributes, Value};

/// A hasher for keys that are hashes already: it passes the `u64` through.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; any other input is folded in, so the hasher stays correct.
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// A keyed hash of text: the folded multiply of foldhash and wyhash (a 64×64→128-bit product folded to 64 bits), eight
/// bytes a step, with two keys drawn from the system's randomness for each population. An id of twenty bytes takes a
/// few multiplications where SipHash took a hundred and fifty instructions, on every call's key and every new
/// instance. The keys keep the hashes unpredictable to a client; a collision costs one comparison, since the
/// instances a hash names are checked against the key.
#[derive(Debug, Clone)]
struct TextHash {
    seed: u64,
    step: u64,
}

impl TextHash {
    const MULTIPLE: u64 = 0x9E37_79B9_7F4A_7C15;

    fn new() -> TextHash {
        let random = RandomState::new();
        TextHash { seed: random.hash_one(1_u64), step: random.hash_one(2_u64) | 1 }
    }

    fn folded(a: u64, b: u64) -> u64 {
        let full = u128::from(a) * u128::from(b);
        (full as u64) ^ ((full >> 64) as u64)
    }

    fn of(&self, text: &str) -> u64 {
        let bytes = text.as_bytes();
        let mut hash = self.seed ^ (bytes.len() as u64).wrapping_mul(Self::MULTIPLE);
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let word = <[u8; 8]>::try_from(word).map(u64::from_le_bytes).unwrap_or_default();
            hash = Self::folded(hash ^ word, self.step);
        }
        let mut last = [0_u8; 8];
        last[..words.remainder().len()].copy_from_slice(words.remainder());
        hash = Self::folded(hash ^ u64::from_le_bytes(last), self.step);
        Self::folded(hash, Self::MULTIPLE)
    }
}

/// Hash of a text value → the indices of the instances with a value of that hash.
type Positions = HashMap<u64, Vec<usize>, BuildHasherDefault<Prehashed>>;

/// The instances of one lifecycle.
#[derive(Debug, Clone)]
pub struct Population<S> {
    /// Every instance that has left its initial state, in the order they were created.
    instances: Vec<Instance<S>>,
    /// Per attribute keys use, each once (a handful, found by a short scan of static ids, and there from the
    /// start): the hash of a text value → the indices of the instances with a value of that hash (looked up
    /// without allocating).
    index: Vec<(&'static str, Positions)>,
    /// How the index hashes a text value (with keys of its own).
    hashing: TextHash,
}

impl<S: StateMachine> Default for Population<S> {
    fn default() -> Self {
        let index = indexed_attributes::<S>().into_iter().map(|id| (id, Positions::default())).collect();
        Population { instances: Vec::new(), index, hashing: TextHash::new() }
    }
}

impl<S: PartialEq> PartialEq for Population<S> {
    fn eq(&self, other: &Self) -> bool {
        self.instances == other.instances
    }
}

impl<S: Eq> Eq for Population<S> {}

impl<S: serde::Serialize> serde::Serialize for Population<S> {
    fn serialize<Z: serde::Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        self.instances.serialize(serializer)
    }
}

impl<'de, S: StateMachine + serde::Deserialize<'de>> serde::Deserialize<'de> for Population<S> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let instances = Vec::<Instance<S>>::deserialize(deserializer)?;
        let mut population = Population { instances, ..Population::default() };
        population.reindex();
        Ok(population)
    }
}

/// Every attribute some key of the lifecycle names instances by, each once, in the order the keys name them.
fn indexed_attributes<S: StateMachine>() -> Vec<&'static str> {
    let mut attributes = Vec::new();
    for (attribute, _) in S::LIFECYCLE.keys.iter().flat_map(|key| key.matches.iter()) {
        if !attributes.contains(attribute) {
            attributes.push(*attribute);
        }
    }
    attributes
}

/// The key values a call gives a lifecycle and the positions of the existing instances it reaches (the first that
/// matches, unless the key reaches each); `None` when the operation does not act on the lifecycle. A call's refusals,
/// its steps and the states its guards read (`state_of`) all ask it, so an API's generated `Reaches` keeps it once per
/// lifecycle for one evaluation: for one state of the world and one call's facts.
pub type Reach = Option<(KeyValues, Vec<usize>)>;

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
    /// Every instance, in the order they were created.
    pub fn instances(&self) -> &[Instance<S>] {
        &self.instances
    }

    /// Adds an instance (e.g. a precondition set up directly).
    pub fn push(&mut self, instance: Instance<S>) {
        self.instances.push(instance);
        self.index_instance(self.instances.len() - 1);
    }

    /// Keeps the instances for which `keep` says yes, returning how many were removed.
    pub fn retain(&mut self, keep: impl Fn(&Instance<S>) -> bool) -> usize {
        let before = self.instances.len();
        self.instances.retain(|instance| keep(instance));
        let removed = before - self.instances.len();
        if removed > 0 {
            self.reindex();
        }
        removed
    }

    /// Rebuilds the index from the instances.
    fn reindex(&mut self) {
        for (_, values) in &mut self.index {
            values.clear();
        }
        for position in 0..self.instances.len() {
            self.index_instance(position);
        }
    }

    /// Adds the instance at `position` to the index: each attribute keys use looked up in its map (a handful of
    /// lookups, rather than every attribute it holds compared with every key's).
    fn index_instance(&mut self, position: usize) {
        let Population { instances, index, hashing } = self;
        let attributes = &instances[position].attributes;
        for (id, values) in index.iter_mut() {
            if let Some(Value::Text(text)) = attributes.get(*id) {
                // In creation order, also for an instance indexed again after a step changed its key.
                let positions = values.entry(hashing.of(text)).or_default();
                let at = positions.partition_point(|p| *p < position);
                positions.insert(at, position);
            }
        }
    }

    /// Removes the instance at `position` from the index.
    fn unindex_instance(&mut self, position: usize) {
        let Population { instances, index, hashing } = self;
        let attributes = &instances[position].attributes;
        for (id, values) in index.iter_mut() {
            let Some(Value::Text(text)) = attributes.get(*id) else { continue };
            let hash = hashing.of(text);
            if let Some(positions) = values.get_mut(&hash) {
                positions.retain(|p| *p != position);
                if positions.is_empty() {
                    values.remove(&hash);
                }
            }
        }
    }

    /// Whether two attribute maps give the same values to every attribute keys use (so the index stays right).
    fn same_key_values(&self, old: &Attributes, new: &Attributes) -> bool {
        self.index.iter().all(|(id, _)| old.get(*id) == new.get(*id))
    }

    /// The index of one attribute.
    fn values_of(&self, id: &str) -> Option<&Positions> {
        self.index.iter().find(|(indexed, _)| *indexed == id).map(|(_, values)| values)
    }

    /// The positions of the instances a key names, in creation order: through the index where the key gives a text
    /// value of an indexed attribute (its positions are those of the value's hash, each checked against the key),
    /// else by looking at every instance.
    fn matching(&self, key: &KeyValues) -> Vec<usize> {
        // A key value the call leaves out names no instance (see `Instance::matches`): a sale that gives no payment id
        // is not checked against every payment of its sales type.
        if key.values.iter().any(|(_, value)| value.is_none()) {
            return Vec::new();
        }
        // The most selective indexed value: a payment's id names one instance, its client many.
        let indexed = key
            .values
            .iter()
            .filter_map(|(id, value)| match value {
                Some(Value::Text(text)) => self.values_of(id).map(|values| {
                    values.get(&self.hashing.of(text)).map(Vec::as_slice).unwrap_or_default()
                }),
                _ => None,
            })
            .min_by_key(|positions| positions.len());
        match indexed {
            Some(positions) => positions.iter().copied().filter(|p| self.instances[*p].matches(key)).collect(),
            None => self.instances.iter().enumerate().filter(|(_, i)| i.matches(key)).map(|(n, _)| n).collect(),
        }
    }

    /// The instances a call of `operation` reaches.
    pub fn reached(&self, operation: S::Operation, facts: &Facts<'_>) -> Reached<S> {
        Self::reached_from(&self.reached_positions(operation, facts))
    }

    fn reached_from(reach: &Reach) -> Reached<S> {
        match reach {
            None => Reached::None,
            Some((key, indices)) if indices.is_empty() && !key.each => Reached::Fresh(Instance::fresh(key)),
            Some((_, indices)) => Reached::Existing(indices.clone()),
        }
    }

    /// The key a call of `operation` gives and the positions of the existing instances it reaches (the first that
    /// matches, unless the key reaches each), if the operation acts on this lifecycle.
    fn reached_positions(&self, operation: S::Operation, facts: &Facts<'_>) -> Reach {
        let key = S::LIFECYCLE.key_values(operation, facts)?;
        let mut indices = self.matching(&key);
        if !key.each {
            indices.truncate(1);
        }
        Some((key, indices))
    }

    /// [`Population::reached_positions`], computed once into `cell` for one evaluation of a call.
    fn reach_in<'c>(&self, operation: S::Operation, facts: &Facts<'_>, cell: &'c OnceCell<Reach>) -> &'c Reach {
        cell.get_or_init(|| self.reached_positions(operation, facts))
    }

    /// The instances a call's check found in this lifecycle (`reach`), kept for its commit, unless the lifecycle's
    /// key for the operation reads the answer, which the check did not have: then they are found again. (The spec's
    /// validator refuses such a key, so this guards tables built by hand.)
    pub fn kept_for_commit(operation: S::Operation, reach: OnceCell<Reach>) -> OnceCell<Reach> {
        match S::LIFECYCLE.key(operation) {
            Some(key) if key.matches.iter().any(|(_, operand)| operand.reads_answer()) => OnceCell::new(),
            _ => reach,
        }
    }

    /// The key values a call gives, if the operation acts on this lifecycle.
    pub fn key(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<KeyValues> {
        S::LIFECYCLE.key_values(operation, facts)
    }

    /// The state of the instance a call reaches (the first, for a call reaching several), if the operation acts on
    /// this lifecycle.
    pub fn state_reached(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<S> {
        self.state_reached_in(operation, facts, &OnceCell::new())
    }

    /// [`Population::state_reached`], with the instances the call reaches kept in `cell` for the evaluation.
    pub fn state_reached_in(&self, operation: S::Operation, facts: &Facts<'_>, cell: &OnceCell<Reach>) -> Option<S> {
        let (key, indices) = self.reach_in(operation, facts, cell).as_ref()?;
        match indices.first() {
            Some(index) => Some(self.instances[*index].state),
            // A fresh instance is in the initial state; a call reaching each matching instance reaches none.
            None if !key.each => Some(S::LIFECYCLE.initial),
            None => None,
        }
    }

    /// The refusal of the call by an instance it reaches, if any. A lifecycle with no refusal row for the operation
    /// refuses it in no state, so its instances are not looked for.
    pub fn refusal(&self, operation: S::Operation, facts: &Facts<'_>) -> Option<Refusal<S>> {
        self.refusal_in(operation, facts, &OnceCell::new())
    }

    /// [`Population::refusal`], with the instances the call reaches kept in `cell` for the evaluation.
    pub fn refusal_in(&self, operation: S::Operation, facts: &Facts<'_>, cell: &OnceCell<Reach>) -> Option<Refusal<S>> {
        if !S::LIFECYCLE.forbidden.iter().any(|f| f.operation == operation) {
            return None;
        }
        let (key, indices) = self.reach_in(operation, facts, cell).as_ref()?;
        if indices.is_empty() && !key.each {
            // A fresh instance: it can refuse only where the initial state has a refusal row for the operation, so
            // it is built only then.
            let initial = S::LIFECYCLE.initial;
            let refuses = S::LIFECYCLE.forbidden.iter().any(|f| f.operation == operation && f.state == initial);
            return if refuses { Instance::fresh(key).refusal(operation, facts) } else { None };
        }
        indices.iter().find_map(|i| self.instances[*i].refusal(operation, facts))
    }

    /// The steps the call takes in the instances it reaches (computed, not applied). A lifecycle with no transition
    /// the operation causes takes no step in any state, so its instances are not looked for.
    pub fn steps(&self, operation: S::Operation, facts: &Facts<'_>) -> Vec<Taken<S>> {
        self.steps_in(operation, facts, &OnceCell::new())
    }

    /// [`Population::steps`], with the instances the call reaches kept in `cell` for the evaluation.
    pub fn steps_in(&self, operation: S::Operation, facts: &Facts<'_>, cell: &OnceCell<Reach>) -> Vec<Taken<S>> {
        if !S::LIFECYCLE.transitions.iter().any(|t| t.cause == Cause::Operation(operation)) {
            return Vec::new();
        }
        match Self::reached_from(self.reach_in(operation, facts, cell)) {
            Reached::None => Vec::new(),
            Reached::Existing(indices) => indices
                .into_iter()
                .filter_map(|index| {
                    let instance = &self.instances[index];
                    let step = instance.transition(operation, facts)?;
                    Some(Taken { index: Some(index), from: instance.state, step })
                })
                .collect(),
            // A fresh instance is pushed with the attributes its key gave it, effects or none.
            Reached::Fresh(instance) => instance
                .transition(operation, facts)
                .map(|mut step| {
                    let from = instance.state;
                    step.attributes.get_or_insert(instance.attributes);
                    Taken { index: None, from, step }
                })
                .into_iter()
                .collect(),
        }
    }

    /// The steps an external event takes in the instances whose attributes equal `key` (every one for `each`).
    pub fn event_steps(&self, event: &str, key: &KeyValues, facts: &Facts<'_>) -> Vec<Taken<S>> {
        self.matching(key)
            .into_iter()
            .take(if key.each { usize::MAX } else { 1 })
            .filter_map(|index| {
                let instance = &self.instances[index];
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
            match index.filter(|i| *i < self.instances.len()) {
                Some(position)
                    if step
                        .attributes
                        .as_ref()
                        .is_none_or(|attributes| self.same_key_values(&self.instances[position].attributes, attributes)) =>
                {
                    self.instances[position].apply(step);
                }
                Some(position) => {
                    self.unindex_instance(position);
                    self.instances[position].apply(step);
                    self.index_instance(position);
                }
                None => {
                    let mut instance = Instance::default();
                    instance.apply(step);
                    self.push(instance);
                }
            }
        }
        entries
    }

    /// Fires the timers of every instance at the facts' clock; returns the transitions taken.
    pub fn fire_timers(&mut self, facts: &Facts<'_>) -> Vec<&'static TransitionInfo<S>> {
        // Only an instance in a state a timer leaves can fire one: the others (with hundreds of thousands of payments,
        // which no timer moves, nearly all) are passed over without looking at the transitions.
        let timed = |state: S| {
            S::LIFECYCLE.transitions.iter().any(|t| t.from == state && matches!(t.cause, Cause::Timer(_)))
        };
        if !S::LIFECYCLE.transitions.iter().any(|t| matches!(t.cause, Cause::Timer(_))) {
            return Vec::new();
        }
        let fired: Vec<&'static TransitionInfo<S>> = self
            .instances
            .iter_mut()
            .filter(|instance| timed(instance.state))
            .flat_map(|instance| instance.fire_timers(facts))
            .collect();
        if !fired.is_empty() {
            self.reindex();
        }
        fired
    }

    /// Removes the instances in a terminal state for which `keep` says no (to bound memory), returning how many.
    pub fn evict(&mut self, keep: impl Fn(&Instance<S>) -> bool) -> usize {
        self.retain(|instance| !S::LIFECYCLE.terminal.contains(&instance.state) || keep(instance))
    }
}
