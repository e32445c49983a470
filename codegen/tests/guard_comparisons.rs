//! A guard's comparison decides as the values of its operands say: for operands of every kind a comparison meets
//! (text read where it stands in the request, the response or an attribute; whole numbers of the spec and the HTTP
//! status; text, numbers, booleans and nulls that are converted first; missing ones), `Facts::holds` of every
//! comparison is what comparing the operands' `Facts::value`s gives, and a presence check is whether the value
//! exists. The evaluator reads text and whole-number operands without copying them; this holds it to the same
//! answers as reading every value.

use std::cmp::Ordering;

use payspec::support::{
    Attributes, Clock, Comparison, Credentials, Facts, GuardInfo, Literal, OperandInfo, ResponseFacts, Timers, Value,
    ValueKind,
};
use proptest::prelude::*;

const COMPARISONS: [Comparison; 6] =
    [Comparison::Eq, Comparison::Ne, Comparison::Lt, Comparison::Le, Comparison::Gt, Comparison::Ge];

/// What a comparison of two operands' values means, as the spec's guards define it: missing values are equal to
/// each other only, and not ordered.
fn expected(comparison: Comparison, a: Option<Value>, b: Option<Value>) -> bool {
    let both_missing = a.is_none() && b.is_none();
    let order = match (&a, &b) {
        (Some(a), Some(b)) => a.compare(b),
        _ => None,
    };
    match comparison {
        Comparison::Eq => order == Some(Ordering::Equal) || both_missing,
        Comparison::Ne => order != Some(Ordering::Equal) && !both_missing,
        Comparison::Lt => order == Some(Ordering::Less),
        Comparison::Le => matches!(order, Some(Ordering::Less | Ordering::Equal)),
        Comparison::Gt => order == Some(Ordering::Greater),
        Comparison::Ge => matches!(order, Some(Ordering::Greater | Ordering::Equal)),
    }
}

/// The JSON values a field may hold: text (some of it alike), numbers, booleans, null.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        prop_oneof![Just("A"), Just("B"), Just("10"), Just("")].prop_map(serde_json::Value::from),
        prop_oneof![Just(10), Just(9)].prop_map(serde_json::Value::from),
        any::<bool>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
    ]
}

/// The attribute values: text alike the fields', and numbers.
fn attribute_value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        prop_oneof![Just("A"), Just("B"), Just("10")].prop_map(|t| Some(Value::Text(t.to_owned()))),
        Just(Some(Value::Integer(10))),
    ]
}

/// The operands compared: fields of the request and the response (present or not) as text or numbers, the
/// attribute, and literals.
fn operands() -> Vec<OperandInfo> {
    vec![
        OperandInfo::Request("a", ValueKind::Text),
        OperandInfo::Request("b", ValueKind::Text),
        OperandInfo::Request("absent", ValueKind::Text),
        OperandInfo::Request("a", ValueKind::Integer),
        OperandInfo::Response("a", ValueKind::Text),
        OperandInfo::Response("absent", ValueKind::Text),
        OperandInfo::Attribute("kept"),
        OperandInfo::Attribute("unset"),
        OperandInfo::Literal(Literal::Text("A")),
        OperandInfo::Literal(Literal::Text("10")),
        OperandInfo::Literal(Literal::Integer(10)),
        OperandInfo::Literal(Literal::Integer(200)),
        OperandInfo::HttpStatus,
        OperandInfo::Literal(Literal::Null),
    ]
}

proptest! {
    #[test]
    fn comparisons_decide_as_the_operands_values_do(
        a in json_value(),
        b in json_value(),
        answered in any::<bool>(),
        status in prop_oneof![Just(200_u16), Just(10), Just(404)],
        kept in attribute_value(),
    ) {
        let request = serde_json::json!({"a": a, "b": b});
        let response = ResponseFacts { status, body: serde_json::json!({"a": b}), ..ResponseFacts::default() };
        let (credentials, timers) = (Credentials::default(), Timers::default());
        let facts = Facts {
            request: &request,
            response: answered.then_some(&response),
            credentials: &credentials,
            clock: Clock::turkey(0),
            timers: &timers,
            outcome: None,
            related: &|_| None,
        };
        let mut attributes = Attributes::new();
        if let Some(kept) = kept {
            attributes.insert("kept".into(), kept);
        }
        let operands = operands();
        for left in &operands {
            prop_assert_eq!(
                facts.holds(&GuardInfo::Present(*left), &attributes),
                facts.value(left, &attributes).is_some(),
                "present {:?}", left
            );
            for right in &operands {
                for comparison in COMPARISONS {
                    let wanted =
                        expected(comparison, facts.value(left, &attributes), facts.value(right, &attributes));
                    prop_assert_eq!(
                        facts.holds(&GuardInfo::Compare(comparison, *left, *right), &attributes),
                        wanted,
                        "{:?} {:?} {:?} with {}", left, comparison, right, request
                    );
                }
            }
        }
    }
}
