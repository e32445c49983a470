//! Property tests: the schemas and the Rust types agree. For every message of every API, values are generated from
//! the spec's own description of the message (types, formats, patterns, enums, nullability, rules); each must parse
//! into the generated Rust type, come back out as the same JSON (decimals with the same digits), and validate
//! against the message's generated JSON Schema. Decimals round-trip in both wire forms.

mod common;

use std::collections::BTreeMap;

use payspec::{Decimal, DecimalWire};
use payspec_codegen::emit::json_schema;
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{DecimalWire as SpecWire, FieldType, IntegerUnit, Message, RuleCheck, StringFormat};
use payspec_codegen::spec::ApiSpec;
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Union};
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};

fn number(text: &str) -> Value {
    Value::Number(text.parse().expect("a JSON number"))
}

fn date() -> BoxedStrategy<(i64, i64, i64)> {
    (2000i64..2031, 1i64..13, 1i64..29).boxed()
}

fn string_value(
    min: Option<u32>,
    max: Option<u32>,
    pattern: Option<&str>,
    format: Option<StringFormat>,
) -> BoxedStrategy<Value> {
    if let Some(pattern) = pattern {
        let bare = pattern.trim_start_matches('^').trim_end_matches('$');
        return proptest::string::string_regex(bare)
            .expect("a pattern proptest can generate")
            .prop_map(Value::String)
            .boxed();
    }
    match format {
        Some(StringFormat::DateYyyymmdd) => {
            date().prop_map(|(y, m, d)| Value::String(format!("{y:04}{m:02}{d:02}"))).boxed()
        }
        Some(StringFormat::DateTime) => {
            (date(), 0i64..24, 0i64..60, prop::sample::select(vec!["Z", "+03:00", "-01:30"]))
                .prop_map(|((y, m, d), h, min, offset)| {
                    Value::String(format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:05.379{offset}"))
                })
                .boxed()
        }
        Some(StringFormat::Uuid) => {
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}".prop_map(Value::String).boxed()
        }
        Some(StringFormat::Uri) => {
            "[a-z]{1,10}".prop_map(|path| Value::String(format!("https://shop.example/{path}"))).boxed()
        }
        Some(StringFormat::Email) => {
            "[a-z]{1,10}".prop_map(|user| Value::String(format!("{user}@example.com"))).boxed()
        }
        None => {
            let min = min.unwrap_or(0);
            let max = max.unwrap_or(24).max(min);
            proptest::string::string_regex(&format!("[a-zA-Z0-9 çğıöşüÇĞİÖŞÜ._-]{{{min},{max}}}"))
                .expect("a character class")
                .prop_map(Value::String)
                .boxed()
        }
    }
}

fn type_value(api: &ApiSpec, kind: &FieldType, depth: u32) -> BoxedStrategy<Value> {
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            string_value(*min_length, *max_length, pattern.as_deref(), *format)
        }
        FieldType::Integer { minimum, maximum, unit } => match unit {
            Some(IntegerUnit::DateYyyymmdd) => {
                date().prop_map(|(y, m, d)| Value::from(y * 10000 + m * 100 + d)).boxed()
            }
            _ => {
                let low = minimum.unwrap_or(-1_000_000);
                let high = maximum.unwrap_or(2_000_000_000).max(low);
                (low..=high).prop_map(Value::from).boxed()
            }
        },
        FieldType::Decimal { wire, .. } => {
            let wire = *wire;
            "(0|[1-9][0-9]{0,8})(\\.[0-9]{1,3})?"
                .prop_map(move |digits| match wire {
                    SpecWire::Number => number(&digits),
                    SpecWire::String => Value::String(digits),
                })
                .boxed()
        }
        FieldType::Boolean { constant: Some(value) } => Just(Value::Bool(*value)).boxed(),
        FieldType::Boolean { constant: None } => any::<bool>().prop_map(Value::Bool).boxed(),
        FieldType::Enum { name } => {
            let values: Vec<Value> = api
                .enumeration(name)
                .map(|e| e.values.iter().map(|v| Value::String(v.wire.clone())).collect())
                .unwrap_or_default();
            prop::sample::select(values).boxed()
        }
        FieldType::Message { message } => match api.message(message) {
            Some(message) => message_value(api, message, depth + 1),
            None => Just(Value::Null).boxed(),
        },
        FieldType::Array { items, min_items } => {
            let min = min_items.unwrap_or(0) as usize;
            let max = if depth > 2 { min } else { min + 2 };
            prop::collection::vec(type_value(api, items, depth + 1), min..=max).prop_map(Value::Array).boxed()
        }
        FieldType::ErrorCode => {
            let mut codes: Vec<Value> = api.codes.iter().map(|c| Value::String(c.code.clone())).collect();
            codes.push(Value::String("A_CODE_FROM_THE_FUTURE".into()));
            prop::sample::select(codes).boxed()
        }
        FieldType::ErrorGroup => {
            let mut groups: Vec<Value> = api.groups.iter().map(|g| Value::String(g.id.clone())).collect();
            groups.push(Value::String("A_GROUP_FROM_THE_FUTURE".into()));
            prop::sample::select(groups).boxed()
        }
        FieldType::Json => prop::sample::select(vec![
            Value::Null,
            number("1"),
            Value::String("x".into()),
            serde_json::json!({ "nested": [true, 2.50] }),
        ])
        .boxed(),
    }
}

/// For each field: the value it gets (absent as `None`) and a filler value used where a rule needs it present.
fn message_value(api: &ApiSpec, message: &Message, depth: u32) -> BoxedStrategy<Value> {
    let fields: Vec<BoxedStrategy<(String, Option<Value>, Value)>> = message
        .fields
        .iter()
        .map(|field| {
            let value = type_value(api, &field.kind, depth);
            let mut choices: Vec<BoxedStrategy<Option<Value>>> = vec![value.clone().prop_map(Some).boxed()];
            if field.nullable {
                choices.push(Just(Some(Value::Null)).boxed());
            }
            if !field.required && depth < 3 {
                choices.push(Just(None).boxed());
            }
            let wire = field.wire.clone();
            (Union::new(choices), value).prop_map(move |(actual, filler)| (wire.clone(), actual, filler)).boxed()
        })
        .collect();
    let rules: Vec<RuleCheck> = message.rules.iter().map(|r| r.check.clone()).collect();
    fields
        .prop_map(move |fields| {
            let fillers: BTreeMap<String, Value> = fields.iter().map(|(w, _, f)| (w.clone(), f.clone())).collect();
            let mut object: Map<String, Value> = fields.into_iter().filter_map(|(w, v, _)| v.map(|v| (w, v))).collect();
            repair(&mut object, &rules, &fillers);
            Value::Object(object)
        })
        .boxed()
}

/// Makes a generated object keep the message's cross-field rules.
fn repair(object: &mut Map<String, Value>, rules: &[RuleCheck], fillers: &BTreeMap<String, Value>) {
    let present = |object: &Map<String, Value>, field: &str| object.get(field).is_some_and(|v| !v.is_null());
    let fill = |object: &mut Map<String, Value>, field: &str| {
        if let Some(value) = fillers.get(field) {
            object.insert(field.to_owned(), value.clone());
        }
    };
    for rule in rules {
        if let RuleCheck::RequiredIf { field, when } = rule
            && object.get(&when.field) == Some(&when.equals)
            && !present(object, field)
        {
            fill(object, field);
        }
    }
    for rule in rules {
        match rule {
            RuleCheck::AtLeastOneOf { fields } if !fields.iter().any(|f| present(object, f)) => {
                fill(object, &fields[0])
            }
            RuleCheck::ExactlyOneOf { fields } => {
                let keep = fields.iter().find(|f| present(object, f)).unwrap_or(&fields[0]).clone();
                for other in fields.iter().filter(|f| **f != keep) {
                    object.remove(other);
                }
                if !present(object, &keep) {
                    fill(object, &keep);
                }
            }
            _ => {}
        }
    }
}

#[test]
fn generated_values_of_every_message_parse_round_trip_and_validate() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut messages = 0;
    for api in &spec.apis {
        for message in &api.messages {
            let path = common::repo_root().join(format!(
                "generated/schemas/{}/{}",
                api.id,
                json_schema::file_name(&message.name)
            ));
            let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
            let validator = jsonschema::draft202012::new(&schema).expect("schema compiles");
            let mut runner = TestRunner::new(Config { cases: 48, failure_persistence: None, ..Config::default() });
            let strategy = message_value(api, message, 0);
            let result = runner.run(&strategy, |value| {
                let json = serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
                let errors: Vec<String> =
                    validator.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect();
                prop_assert!(
                    errors.is_empty(),
                    "{} {}: generated value does not validate: {errors:?}\n{json}",
                    api.id,
                    message.name
                );
                let again = payspec::round_trip(&api.id, &message.name, &json)
                    .ok_or_else(|| TestCaseError::fail("no generated type"))?
                    .map_err(|e| {
                        TestCaseError::fail(format!("{} {}: does not parse: {e}\n{json}", api.id, message.name))
                    })?;
                let again: Value = serde_json::from_str(&again).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(&again, &value, "{} {}: changed in the round trip", api.id, message.name);
                Ok(())
            });
            if let Err(error) = result {
                panic!("{error}");
            }
            messages += 1;
        }
    }
    assert!(messages >= 5, "only {messages} messages were checked");
}

proptest! {
    #[test]
    fn decimals_keep_their_digits_and_wire_form(digits in "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,12})?", as_string in any::<bool>()) {
        let wire = if as_string { DecimalWire::String } else { DecimalWire::Number };
        let decimal = Decimal::new(&digits, wire).expect("valid digits");
        let json = serde_json::to_string(&decimal).expect("serialize");
        let expected = if as_string { format!("\"{digits}\"") } else { digits.clone() };
        prop_assert_eq!(&json, &expected);
        let back: Decimal = serde_json::from_str(&json).expect("parse");
        prop_assert_eq!(back.digits(), digits.as_str());
        prop_assert_eq!(back.wire(), wire);
    }

    #[test]
    fn decimals_convert_to_minor_units_without_rounding(whole in 0i64..1_000_000_000, cents in 0i64..100) {
        let decimal = Decimal::new(&format!("{whole}.{cents:02}"), DecimalWire::Number).expect("valid");
        prop_assert_eq!(decimal.to_minor_units(2), Some(i128::from(whole) * 100 + i128::from(cents)));
        let finer = Decimal::new(&format!("{whole}.{cents:02}1"), DecimalWire::Number).expect("valid");
        prop_assert_eq!(finer.to_minor_units(2), None);
    }
}

#[test]
fn decimals_refuse_what_is_not_a_plain_decimal() {
    for bad in ["", "-", "1.", ".5", "1e5", "0x10", "1,5", " 1", "NaN"] {
        assert!(Decimal::new(bad, DecimalWire::String).is_err(), "{bad:?} was accepted");
        assert!(serde_json::from_str::<Decimal>(&format!("\"{bad}\"")).is_err(), "{bad:?} was parsed");
    }
    assert!(serde_json::from_str::<Decimal>("true").is_err());
    let exact: Decimal = serde_json::from_str("12345678901234567890.123456789").expect("parse");
    assert_eq!(serde_json::to_string(&exact).expect("serialize"), "12345678901234567890.123456789");
}
