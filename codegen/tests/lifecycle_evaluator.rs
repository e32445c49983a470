//! The generated evaluator agrees with the lifecycle tables it runs, for every lifecycle of every API: random
//! sequences of operations (with requests built from the values the tables compare), outcomes, external events and
//! clock moves are driven through it, and every decision is checked against the tables themselves — a refusal is
//! the first entry of the instance's state and operation whose guard holds, a transition the first one after no
//! refusal applies, and "unchanged" only when neither applies; every state reached is one of the lifecycle's, the
//! effects are applied in order, a terminal state is never left, and every refusal renders the catalog's message in
//! both languages with one argument per placeholder.

use std::collections::BTreeMap;

use payspec::support::{
    CatalogCode, Cause, Clock, Credentials, Decision, EffectInfo, Facts, GuardInfo, Instance, Lang, OperandInfo,
    Outcome, ResponseFacts, StateMachine, Timers, TransitionInfo, Value, ValueKind,
};
use proptest::prelude::*;

/// Every operand of a guard, effect list or argument list, nested ones included.
fn operands_of_guard(guard: &GuardInfo, out: &mut Vec<OperandInfo>) {
    match guard {
        GuardInfo::All(guards) | GuardInfo::Any(guards) => guards.iter().for_each(|g| operands_of_guard(g, out)),
        GuardInfo::Not(inner) => operands_of_guard(inner, out),
        GuardInfo::Compare(_, a, b) => {
            operand(a, out);
            operand(b, out);
        }
        GuardInfo::Present(a) => operand(a, out),
        GuardInfo::Outcome(_) | GuardInfo::StateOf(..) => {}
    }
}

fn operand(operand_info: &OperandInfo, out: &mut Vec<OperandInfo>) {
    out.push(*operand_info);
    match operand_info {
        OperandInfo::Sum(operands) => operands.iter().for_each(|o| operand(o, out)),
        OperandInfo::Difference(a, b) => {
            operand(a, out);
            operand(b, out);
        }
        _ => {}
    }
}

/// Every operand the tables of a lifecycle read.
fn table_operands<S: StateMachine>() -> Vec<OperandInfo> {
    let mut out = Vec::new();
    let table = S::LIFECYCLE;
    for transition in table.transitions {
        if let Some(guard) = &transition.when {
            operands_of_guard(guard, &mut out);
        }
        for effect in transition.effects {
            match effect {
                EffectInfo::Set(_, o) | EffectInfo::Add(_, o) => operand(o, &mut out),
                EffectInfo::Clear(_) => {}
            }
        }
    }
    for forbidden in table.forbidden {
        if let Some(guard) = &forbidden.when {
            operands_of_guard(guard, &mut out);
        }
        for (_, o) in forbidden.arguments {
            operand(o, &mut out);
        }
    }
    for key in table.keys {
        for (_, o) in key.matches {
            operand(o, &mut out);
        }
    }
    out
}

/// The text literals the tables compare with: the values that make their guards go both ways.
fn text_literals(operands: &[OperandInfo]) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = operands
        .iter()
        .filter_map(|o| match o {
            OperandInfo::Literal(payspec::support::Literal::Text(text)) => Some(*text),
            _ => None,
        })
        .collect();
    texts.extend(["A", "B"]);
    texts.sort_unstable();
    texts.dedup();
    texts
}

/// One random choice of a value of a kind, by index into a small pool that includes the tables' literals.
fn value_of(kind: ValueKind, pick: usize, texts: &[&'static str]) -> serde_json::Value {
    let decimals = ["0", "1", "10", "49.99", "50", "100", "100.00", "150.5"];
    match kind {
        ValueKind::Text => serde_json::Value::String(texts[pick % texts.len()].to_owned()),
        ValueKind::Decimal => serde_json::from_str(decimals[pick % decimals.len()]).expect("a JSON number"),
        ValueKind::Integer => serde_json::Value::from([0, 1, 2, 3, 5][pick % 5]),
        ValueKind::Boolean => serde_json::Value::Bool(pick.is_multiple_of(2)),
        ValueKind::Instant => serde_json::Value::from(1_790_000_000 + (pick % 4) as i64 * 3600),
        ValueKind::Duration => serde_json::Value::from([0, 60, 3600][pick % 3]),
        ValueKind::Day => serde_json::Value::String(["20261201", "20261202"][pick % 2].to_owned()),
    }
}

/// Puts a value at a `/`-separated path, making objects (and a one-item array for `*`) on the way.
fn put(root: &mut serde_json::Value, path: &str, value: serde_json::Value) {
    let mut current = root;
    let segments: Vec<&str> = path.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        if *segment == "*" || segment.parse::<usize>().is_ok() {
            if !current.is_array() {
                *current = serde_json::Value::Array(vec![serde_json::Value::Null]);
            }
            let items = current.as_array_mut().expect("an array");
            if items.is_empty() {
                items.push(serde_json::Value::Null);
            }
            current = &mut items[0];
        } else {
            if !current.is_object() {
                *current = serde_json::json!({});
            }
            let map = current.as_object_mut().expect("an object");
            current = map.entry((*segment).to_owned()).or_insert(serde_json::Value::Null);
        }
        if last {
            *current = value.clone();
        }
    }
}

/// A request view and a response body for one call, from the paths the tables read.
fn bodies(operands: &[OperandInfo], picks: &[usize], texts: &[&'static str]) -> (serde_json::Value, serde_json::Value) {
    let (mut request, mut response) = (serde_json::json!({}), serde_json::json!({}));
    for (i, o) in operands.iter().enumerate() {
        let pick = picks[i % picks.len()];
        // Every fifth field is left out, so `present` and missing operands are exercised too.
        if pick % 5 == 4 {
            continue;
        }
        match o {
            OperandInfo::Request(path, kind) | OperandInfo::Total(path, kind) => {
                put(&mut request, path, value_of(*kind, pick, texts))
            }
            OperandInfo::Count(path) => put(&mut request, &format!("{path}/0"), serde_json::json!({})),
            OperandInfo::Response(path, kind) => put(&mut response, path, value_of(*kind, pick, texts)),
            _ => {}
        }
    }
    (request, response)
}

/// What the tables say a call must do: the first refusal whose guard holds, else the first transition.
fn expected<S: StateMachine>(
    instance: &Instance<S>,
    operation: S::Operation,
    facts: &Facts<'_>,
) -> (Option<usize>, Option<usize>) {
    let table = S::LIFECYCLE;
    let holds = |when: &Option<GuardInfo>| when.as_ref().is_none_or(|g| facts.holds(g, &instance.attributes));
    let refusal =
        table.forbidden.iter().position(|f| f.state == instance.state && f.operation == operation && holds(&f.when));
    let transition = table
        .transitions
        .iter()
        .position(|t| t.from == instance.state && t.cause == Cause::Operation(operation) && holds(&t.when));
    (refusal, transition)
}

fn index_of<T>(table: &'static [T], entry: &'static T) -> usize {
    table.iter().position(|e| std::ptr::eq(e, entry)).expect("an entry of the table")
}

/// Drives one lifecycle through a sequence of random steps and checks every decision against its tables.
fn drive<S: StateMachine>(steps: &[(usize, usize, Vec<usize>, u64)]) {
    let table = S::LIFECYCLE;
    let operations: Vec<S::Operation> = table.keys.iter().map(|k| k.operation).collect();
    let externals: Vec<&'static TransitionInfo<S>> =
        table.transitions.iter().filter(|t| matches!(t.cause, Cause::External(_))).collect();
    let operands = table_operands::<S>();
    let texts = text_literals(&operands);
    let timers = Timers::default();
    let credentials = Credentials {
        client_id: Some("payspec-vuk509".into()),
        username: Some("kasa@payspec.test".into()),
        bearer_token: Some("token".into()),
        api_key: Some("pk_test_payspec".into()),
    };
    let mut instance = Instance::<S>::default();
    let mut now = 1_790_000_000_i64;
    for (choice, outcome, picks, advance) in steps {
        now += *advance as i64;
        let (request, body) = bodies(&operands, picks, &texts);
        let response = ResponseFacts { status: 200, body, ..ResponseFacts::default() };
        let outcome = [Outcome::Approved, Outcome::Declined, Outcome::Unknown][outcome % 3];
        let related = |_: &str| None;
        let facts = Facts {
            request: &request,
            response: Some(&response),
            credentials: &credentials,
            clock: Clock::turkey(now),
            timers: &timers,
            outcome: Some(outcome),
            related: &related,
        };
        let before = instance.clone();
        // Timers first: each one fired is a timer transition from the state it left.
        let mut state = instance.state;
        for fired in instance.fire_timers(&facts) {
            assert!(matches!(fired.cause, Cause::Timer(_)), "{}: only timers fire by themselves", table.id);
            assert_eq!(fired.from, state, "{}: a timer fired from another state", table.id);
            state = fired.to;
        }
        if externals.is_empty() || choice % 4 != 3 {
            if operations.is_empty() {
                continue;
            }
            let operation = operations[choice % operations.len()];
            let (refusal, transition) = expected(&instance, operation, &facts);
            match instance.evaluate(operation, &facts) {
                Decision::Refused(refused) => {
                    assert_eq!(Some(index_of(table.forbidden, refused.entry)), refusal, "{}: {operation:?}", table.id);
                    let code = refused.code();
                    assert_eq!(refused.ordered_arguments().len(), code.placeholder_names().len());
                    for lang in Lang::ALL {
                        assert_eq!(
                            refused.message(lang),
                            payspec::support::render(code.message_template(lang), &refused.ordered_arguments())
                        );
                    }
                }
                Decision::Transition(step) => {
                    assert_eq!(refusal, None, "{}: a refusal applies to {operation:?}", table.id);
                    assert_eq!(Some(index_of(table.transitions, step.entry)), transition, "{}", table.id);
                    assert!(!table.terminal.contains(&instance.state), "{}: left a terminal state", table.id);
                    let mut attributes = instance.attributes.clone();
                    facts.apply(step.entry.effects, &mut attributes);
                    // A transition without effects leaves the attributes as they are (and copies nothing).
                    let after = step.attributes.clone().unwrap_or_else(|| instance.attributes.clone());
                    assert_eq!(step.attributes.is_none(), step.entry.effects.is_empty(), "{}", table.id);
                    assert_eq!(after, attributes, "{}: effects in order", table.id);
                    instance.apply(step);
                    assert_eq!(instance.attributes, attributes, "{}: the step applied", table.id);
                }
                Decision::Unchanged => {
                    assert_eq!((refusal, transition), (None, None), "{}: {operation:?}", table.id);
                }
            }
        } else {
            let event = externals[choice % externals.len()];
            let Cause::External(id) = event.cause else { unreachable!("filtered above") };
            if let Some(step) = instance.event(id, &facts) {
                assert_eq!(step.entry.from, instance.state);
                instance.apply(step);
            }
        }
        assert!(table.states.contains(&instance.state), "{}: reached a state not its own", table.id);
        if table.terminal.contains(&before.state) {
            assert_eq!(instance.state, before.state, "{}: left the terminal state {:?}", table.id, before.state);
        }
    }
}

fn steps() -> impl Strategy<Value = Vec<(usize, usize, Vec<usize>, u64)>> {
    proptest::collection::vec(
        (
            any::<usize>(),
            0usize..3,
            proptest::collection::vec(0usize..64, 1..12),
            prop_oneof![Just(0u64), Just(3600), Just(90_000), 0u64..4000],
        ),
        1..40,
    )
}

macro_rules! lifecycles {
    ($api:ident: $($state:ident),+ $(,)?) => {
        mod $api {
            use super::*;
            use payspec::$api::{LifecycleId, $($state),+};

            #[test]
            fn every_lifecycle_of_the_api_is_driven_here() {
                let driven = [$(<$state as StateMachine>::LIFECYCLE.id),+];
                let declared: Vec<&str> = LifecycleId::ALL.iter().map(|l| l.id()).collect();
                assert_eq!(driven.to_vec(), declared, "add the new lifecycle to this test");
            }

            proptest! {
                #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
                #[test]
                fn the_evaluator_agrees_with_the_tables(steps in steps()) {
                    $( drive::<$state>(&steps); )+
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

#[test]
fn values_compare_and_add_exactly() {
    let decimal = |text: &str| {
        Value::from_json(&serde_json::from_str(text).expect("JSON"), ValueKind::Decimal).expect("a decimal")
    };
    assert_eq!(decimal("1.50").compare(&decimal("1.5")), Some(std::cmp::Ordering::Equal));
    assert_eq!(decimal("\"100.00\"").compare(&Value::Integer(100)), Some(std::cmp::Ordering::Equal));
    assert_eq!(
        decimal("0.1").add(&decimal("0.2")).expect("a sum").compare(&decimal("0.3")),
        Some(std::cmp::Ordering::Equal)
    );
    assert_eq!(decimal("100").subtract(&decimal("49.99")).map(|v| v.render()), Some("50.01".to_owned()));
    assert_eq!(decimal("1e2").compare(&decimal("99.999")), Some(std::cmp::Ordering::Greater));
    assert_eq!(Value::Text("a".into()).compare(&Value::Integer(1)), None, "unlike kinds never compare");
    assert_eq!(Value::Instant(10).add(&Value::Duration(5)), Some(Value::Instant(15)));
    assert_eq!(Value::Instant(10).subtract(&Value::Instant(4)), Some(Value::Duration(6)));
    let day = Value::from_json(&serde_json::json!("20261201"), ValueKind::Day).expect("a day");
    assert_eq!(day.render(), "20261201");
    assert_eq!(Value::from_json(&serde_json::json!("20260230"), ValueKind::Day), None, "no 30 February");
    assert_eq!(Value::from_json(&serde_json::json!(20261201), ValueKind::Day), Some(day));
    let instant = |text: &str| payspec::support::instant_from_rfc3339(text);
    assert_eq!(instant("2026-11-30T21:30:00Z"), Some(1_796_074_200));
    assert_eq!(instant("2026-12-01T00:30:00.379055098+03:00"), Some(1_796_074_200));
    assert_eq!(instant("2026-11-30T16:30:00-05:00"), Some(1_796_074_200));
    for bad in [
        "2026-11-30",
        "2026-11-31T00:00:00Z",
        "2026-11-30T21:30:00",
        "2026-11-30T24:00:00Z",
        "2026-11-30T21:30:00+3:00",
    ] {
        assert_eq!(instant(bad), None, "{bad}");
    }
    // 2026-11-30T21:30Z is already 1 December in Türkiye (UTC+3), still 30 November in UTC.
    assert_eq!(payspec::support::yyyymmdd(Clock::turkey(1_796_074_200).today()), "20261201");
    assert_eq!(payspec::support::yyyymmdd(Clock { now: 1_796_074_200, utc_offset: 0 }.today()), "20261130");
}

#[test]
fn guards_read_missing_values_as_the_spec_says() {
    use payspec::support::{Comparison, Literal};
    let request = serde_json::json!({"price": 10, "items": [{"amount": "1.5"}, {"amount": "2.25"}]});
    let (credentials, timers) = (Credentials::default(), Timers::default());
    let facts = Facts {
        request: &request,
        response: None,
        credentials: &credentials,
        clock: Clock::turkey(0),
        timers: &timers,
        outcome: None,
        related: &|_| None,
    };
    let attributes = BTreeMap::new();
    let missing = OperandInfo::Request("absent", ValueKind::Decimal);
    let price = OperandInfo::Request("price", ValueKind::Decimal);
    let null = OperandInfo::Literal(Literal::Null);
    let holds = |comparison, a, b| facts.holds(&GuardInfo::Compare(comparison, a, b), &attributes);
    assert!(holds(Comparison::Eq, missing, null), "absent equals null");
    assert!(!holds(Comparison::Ne, missing, null));
    assert!(!holds(Comparison::Eq, missing, price), "absent equals no value");
    assert!(holds(Comparison::Ne, missing, price));
    assert!(!holds(Comparison::Lt, missing, price) && !holds(Comparison::Ge, missing, price), "orderings are false");
    assert!(!facts.holds(&GuardInfo::Present(missing), &attributes));
    assert!(facts.holds(&GuardInfo::Present(price), &attributes));
    let total = facts.value(&OperandInfo::Total("items/*/amount", ValueKind::Decimal), &attributes);
    assert_eq!(total.map(|v| v.render()), Some("3.75".to_owned()));
    assert!(!facts.holds(&GuardInfo::Outcome(Outcome::Approved), &attributes), "no outcome before the call");
    let mut written = BTreeMap::new();
    facts.apply(&[EffectInfo::Add("refunded", price), EffectInfo::Add("refunded", price)], &mut written);
    assert_eq!(written.get("refunded").map(Value::render), Some("20".to_owned()), "add starts from 0");
    facts.apply(&[EffectInfo::Set("refunded", missing)], &mut written);
    assert!(written.is_empty(), "setting a missing value unsets the attribute");
}
