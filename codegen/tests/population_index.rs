//! A population's index finds exactly the instances its key names: for every lifecycle of every API, random
//! populations (key attributes drawn from a small pool of values, some left out) and random calls are checked
//! against a scan of every instance with `Instance::matches` — the first match, every match for a key that reaches
//! each, or a fresh instance when none matches — after steps that rewrite key attributes, after a serde round trip
//! (which rebuilds the index) and after timers fire.

use payspec::support::{
    Cause, Clock, Credentials, Facts, Instance, OperandInfo, Outcome, Population, Reached, ResponseFacts, StateMachine,
    Timers, Value,
};
use proptest::prelude::*;

/// The texts request fields, credentials and attributes are drawn from: few, so that keys collide often.
const TEXTS: [&str; 3] = ["a", "b", "c"];

/// An attribute value from a pick: a text of the pool, a boolean, or nothing.
fn attribute_value(pick: usize) -> Option<Value> {
    match pick % 6 {
        0..=2 => Some(Value::Text(TEXTS[pick % 6].to_owned())),
        3 => Some(Value::Boolean(true)),
        4 => Some(Value::Boolean(false)),
        _ => None,
    }
}

/// Puts `value` at a `/`-separated path of wire names.
fn put(root: &mut serde_json::Value, path: &str, value: serde_json::Value) {
    let mut at = root;
    let mut parts = path.split('/').peekable();
    while let Some(part) = parts.next() {
        if !at.is_object() {
            *at = serde_json::Value::Object(serde_json::Map::new());
        }
        let Some(object) = at.as_object_mut() else { return };
        if parts.peek().is_none() {
            object.insert(part.to_owned(), value);
            return;
        }
        at = object.entry(part.to_owned()).or_insert(serde_json::Value::Null);
    }
}

/// A request giving every request field a key of the lifecycle reads a text of the pool, or leaving it out.
fn request<S: StateMachine>(picks: &[usize]) -> serde_json::Value {
    let mut request = serde_json::Value::Object(serde_json::Map::new());
    let fields = S::LIFECYCLE.keys.iter().flat_map(|key| key.matches.iter()).filter_map(|(_, operand)| match operand {
        OperandInfo::Request(path, _) => Some(*path),
        _ => None,
    });
    for (n, path) in fields.enumerate() {
        let pick = picks.get(n % picks.len().max(1)).copied().unwrap_or(0) + n;
        if pick % 4 != 3 {
            put(&mut request, path, serde_json::Value::String(TEXTS[pick % 3].to_owned()));
        }
    }
    request
}

/// What a call reaches, found by looking at every instance.
fn scanned<S: StateMachine>(population: &Population<S>, operation: S::Operation, facts: &Facts<'_>) -> Reached<S> {
    let Some(key) = population.key(operation, facts) else { return Reached::None };
    let mut matching: Vec<usize> =
        population.instances().iter().enumerate().filter(|(_, i)| i.matches(&key)).map(|(n, _)| n).collect();
    if !key.each {
        matching.truncate(1);
    }
    if matching.is_empty() && !key.each { Reached::Fresh(Instance::fresh(&key)) } else { Reached::Existing(matching) }
}

/// A random population and calls: the index and the scan agree on every call, before and after each step.
fn check<S: StateMachine + serde::Serialize + for<'de> serde::Deserialize<'de>>(
    instances: &[(usize, Vec<usize>)],
    calls: &[(usize, Vec<usize>, bool)],
) {
    let table = S::LIFECYCLE;
    let attributes: Vec<&'static str> = table.attributes.iter().map(|a| a.id).collect();
    let mut population = Population::<S>::default();
    for (state, picks) in instances {
        let mut instance = Instance::<S> { state: table.states[state % table.states.len()], ..Instance::default() };
        for (n, id) in attributes.iter().enumerate() {
            if let Some(value) = attribute_value(picks.get(n % picks.len().max(1)).copied().unwrap_or(5) + n) {
                instance.attributes.insert((*id).into(), value);
            }
        }
        population.push(instance);
    }
    let timers = Timers::default();
    let related = |_: &str| None;
    for (choice, picks, take_step) in calls {
        if table.keys.is_empty() {
            return;
        }
        let operation = table.keys[choice % table.keys.len()].operation;
        let request = request::<S>(picks);
        let text = |n: usize| Some(TEXTS[picks.get(n).copied().unwrap_or(n) % 3].to_owned());
        let credentials =
            Credentials { client_id: text(0), username: text(1), bearer_token: text(2), api_key: text(3) };
        let response = ResponseFacts { status: 200, body: request.clone(), ..ResponseFacts::default() };
        let facts = Facts {
            request: &request,
            response: Some(&response),
            credentials: &credentials,
            clock: Clock::turkey(1_790_000_000 + *choice as i64 % 200_000),
            timers: &timers,
            outcome: Some([Outcome::Approved, Outcome::Declined, Outcome::Unknown][choice % 3]),
            related: &related,
        };
        assert_eq!(population.reached(operation, &facts), scanned(&population, operation, &facts), "{}", table.id);
        if *take_step {
            let steps = population.steps(operation, &facts);
            population.apply(steps);
            assert_eq!(population.reached(operation, &facts), scanned(&population, operation, &facts), "{}", table.id);
        }
        if choice % 5 == 0 {
            // A round trip rebuilds the index from the instances alone.
            let text = serde_json::to_string(&population).expect("a population serializes");
            let read: Population<S> = serde_json::from_str(&text).expect("a population reads back");
            assert_eq!(read.instances(), population.instances(), "{}: the round trip kept every instance", table.id);
            assert_eq!(read.reached(operation, &facts), scanned(&population, operation, &facts), "{}", table.id);
        }
        if choice % 7 == 0 {
            // Timers fire in exactly the instances that fire them on their own.
            let mut each: Vec<Instance<S>> = population.instances().to_vec();
            let fired_each: usize = each.iter_mut().map(|i| i.fire_timers(&facts).len()).sum();
            let fired = population.fire_timers(&facts);
            assert!(fired.iter().all(|t| matches!(t.cause, Cause::Timer(_))), "{}: only timers fire", table.id);
            assert_eq!((fired.len(), population.instances()), (fired_each, each.as_slice()), "{}", table.id);
            assert_eq!(population.reached(operation, &facts), scanned(&population, operation, &facts), "{}", table.id);
        }
    }
}

fn instances() -> impl Strategy<Value = Vec<(usize, Vec<usize>)>> {
    proptest::collection::vec((any::<usize>(), proptest::collection::vec(0usize..64, 1..8)), 0..40)
}

fn calls() -> impl Strategy<Value = Vec<(usize, Vec<usize>, bool)>> {
    proptest::collection::vec((any::<usize>(), proptest::collection::vec(0usize..64, 1..8), any::<bool>()), 1..30)
}

macro_rules! lifecycles {
    ($api:ident: $($state:ident),+ $(,)?) => {
        mod $api {
            use super::*;
            use payspec::$api::{LifecycleId, $($state),+};

            #[test]
            fn every_lifecycle_of_the_api_is_checked_here() {
                let checked = [$(<$state as StateMachine>::LIFECYCLE.id),+];
                let declared: Vec<&str> = LifecycleId::ALL.iter().map(|l| l.id()).collect();
                assert_eq!(checked.to_vec(), declared, "add the new lifecycle to this test");
            }

            proptest! {
                #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
                #[test]
                fn the_index_finds_what_a_scan_finds(instances in instances(), calls in calls()) {
                    $( check::<$state>(&instances, &calls); )+
                }
            }
        }
    };
}

lifecycles!(iyzico_terminal:
    Vuk509PaymentState, Vuk507PaymentState, IntegrationModeState, TransactionReferenceState, BatchState, AuthCodeState, AccessTokenState,
    DeviceState, Vuk507PartialPaymentState);
lifecycles!(finrota_pws: PaymentState, AccessTokenState);
lifecycles!(wiapay: TransactionState);
