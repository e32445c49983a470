//! Property tests: the schemas and the Rust types agree. For every message of every API, values are generated from
//! the spec's own description of the message (types, formats, patterns, enums, nullability, rules), sent under
//! canonical names or documented aliases, with alias and unknown values of enums and fields the spec does not know;
//! each must validate against the message's generated JSON Schema, parse into the generated Rust type, and come back
//! out in canonical form with nothing lost (decimals with the same text, exponents included). Decimals round-trip in
//! both wire forms.

mod common;

use std::collections::BTreeMap;

use payspec::{Decimal, DecimalWire};
use payspec_codegen::emit::json_schema;
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{
    DecimalWire as SpecWire, EnumWire, FieldType, IntegerUnit, Message, RuleCheck, StringFormat,
};
use payspec_codegen::spec::ApiSpec;
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Union};
use proptest::test_runner::{Config, TestRunner};
use serde_json::json;
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

/// A value as sent and as the generated writer sends it back: the reader accepts aliases, the writer answers with the
/// canonical form; everything else comes back unchanged.
type Pair = (Value, Value);

fn same(strategy: BoxedStrategy<Value>) -> BoxedStrategy<Pair> {
    strategy.prop_map(|value| (value.clone(), value)).boxed()
}

/// A value the spec does not describe, as a newer server may send it; it must come back exactly.
fn unknown_json() -> BoxedStrategy<Value> {
    prop::sample::select(vec![
        Value::Null,
        number("1.50"),
        number("-2e3"),
        Value::String("İstanbul".into()),
        serde_json::json!({ "nested": [true, 2.50, null] }),
    ])
    .boxed()
}

fn type_value(api: &ApiSpec, kind: &FieldType, depth: u32) -> BoxedStrategy<Pair> {
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            same(string_value(*min_length, *max_length, pattern.as_deref(), *format))
        }
        FieldType::Integer { minimum, maximum, unit } => same(match unit {
            Some(IntegerUnit::DateYyyymmdd) => {
                date().prop_map(|(y, m, d)| Value::from(y * 10000 + m * 100 + d)).boxed()
            }
            _ => {
                let low = minimum.unwrap_or(-1_000_000);
                let high = maximum.unwrap_or(2_000_000_000).max(low);
                (low..=high).prop_map(Value::from).boxed()
            }
        }),
        FieldType::Decimal { wire, minimum, .. } => {
            // Any JSON number (signs, fractions, exponents; its exact text must survive), or a decimal string; a
            // bounded amount (every bound in the spec is 0) is never negative, and never 0 when the bound is excluded.
            let sign = if minimum.is_some() { "" } else { "-?" };
            let exponent = if *wire == SpecWire::Number { "([eE][+-]?[0-9]{1,2})?" } else { "" };
            let pattern = format!("{sign}(0|[1-9][0-9]{{0,8}})(\\.[0-9]{{1,3}})?{exponent}");
            let excluded = minimum.as_ref().is_some_and(|m| m.exclusive);
            let digits = proptest::string::string_regex(&pattern).expect("a regex").prop_filter(
                "a positive amount",
                move |d: &String| {
                    !excluded
                        || d.split(['e', 'E']).next().is_some_and(|m| m.bytes().any(|b| (b'1'..=b'9').contains(&b)))
                },
            );
            match wire {
                SpecWire::Number => same(digits.prop_map(|d| number(&d)).boxed()),
                SpecWire::String => same(digits.prop_map(Value::String).boxed()),
            }
        }
        FieldType::Boolean { constant: Some(value) } => same(Just(Value::Bool(*value)).boxed()),
        FieldType::Boolean { constant: None } => same(any::<bool>().prop_map(Value::Bool).boxed()),
        FieldType::Enum { name } => {
            let mut pairs: Vec<Pair> = Vec::new();
            if let Some(enumeration) = api.enumeration(name) {
                // An integer enumeration's values travel as JSON integers.
                let on_the_wire = |wire: &str| match enumeration.wire_type {
                    EnumWire::String => Value::String(wire.to_owned()),
                    EnumWire::Integer => number(wire),
                };
                for value in &enumeration.values {
                    let canonical = on_the_wire(&value.wire);
                    pairs.push((canonical.clone(), canonical.clone()));
                    for alias in &value.aliases {
                        pairs.push((on_the_wire(&alias.wire), canonical.clone()));
                    }
                }
                if enumeration.open {
                    // A newer server's value; an integer one of any size, `-0` included, comes back as the same text.
                    let newer = match enumeration.wire_type {
                        EnumWire::String => vec![Value::String("A_VALUE_FROM_THE_FUTURE".into())],
                        EnumWire::Integer => ["987654", "-99999999999999999999", "-0"].map(number).to_vec(),
                    };
                    pairs.extend(newer.into_iter().map(|value| (value.clone(), value)));
                }
            }
            prop::sample::select(pairs).boxed()
        }
        FieldType::Message { message } => match api.message(message) {
            Some(message) => message_value(api, message, depth + 1),
            None => same(Just(Value::Null).boxed()),
        },
        FieldType::Array { items, min_items } => {
            let min = min_items.unwrap_or(0) as usize;
            let max = if depth > 2 { min } else { min + 2 };
            prop::collection::vec(type_value(api, items, depth + 1), min..=max)
                .prop_map(|pairs| {
                    let (sent, back): (Vec<Value>, Vec<Value>) = pairs.into_iter().unzip();
                    (Value::Array(sent), Value::Array(back))
                })
                .boxed()
        }
        FieldType::ErrorCode => {
            let mut codes: Vec<Value> = api.codes.iter().map(|c| Value::String(c.code.clone())).collect();
            codes.push(Value::String("A_CODE_FROM_THE_FUTURE".into()));
            same(prop::sample::select(codes).boxed())
        }
        FieldType::ErrorGroup => {
            let mut groups: Vec<Value> = api.groups.iter().map(|g| Value::String(g.id.clone())).collect();
            groups.push(Value::String("A_GROUP_FROM_THE_FUTURE".into()));
            same(prop::sample::select(groups).boxed())
        }
        FieldType::Json => same(unknown_json()),
    }
}

/// One generated field: its canonical wire name, the name it is sent under (the canonical one or an alias), its
/// value (absent as `None`), and a filler used where a rule needs it present.
type GeneratedField = (String, String, Option<Pair>, Pair);

/// A value of a message: each field present or absent (or null), under its canonical name or an alias, plus at times
/// a field the spec does not know; the expected echo has canonical names and values and keeps the unknown field.
fn message_value(api: &ApiSpec, message: &Message, depth: u32) -> BoxedStrategy<Pair> {
    let fields: Vec<BoxedStrategy<GeneratedField>> = message
        .fields
        .iter()
        .map(|field| {
            let value = type_value(api, &field.kind, depth);
            let mut choices: Vec<BoxedStrategy<Option<Pair>>> = vec![value.clone().prop_map(Some).boxed()];
            if field.nullable {
                choices.push(Just(Some((Value::Null, Value::Null))).boxed());
            }
            if !field.required && depth < 3 {
                choices.push(Just(None).boxed());
            }
            let names: Vec<String> =
                std::iter::once(field.wire.clone()).chain(field.aliases.iter().map(|a| a.wire.clone())).collect();
            let wire = field.wire.clone();
            (Union::new(choices), value, prop::sample::select(names))
                .prop_map(move |(actual, filler, sent_as)| (wire.clone(), sent_as, actual, filler))
                .boxed()
        })
        .collect();
    let rules: Vec<RuleCheck> = message.rules.iter().map(|r| r.check.clone()).collect();
    let known: Vec<String> = message.fields.iter().map(|f| f.wire.clone()).collect();
    let unknown_name = (0..).map(|n| format!("aFieldFromTheFuture{n}")).find(|name| !known.contains(name));
    let extra = prop::option::weighted(0.25, unknown_json());
    (fields, extra)
        .prop_map(move |(fields, extra)| {
            let fillers: BTreeMap<String, Pair> = fields.iter().map(|(w, _, _, f)| (w.clone(), f.clone())).collect();
            let sent_as: BTreeMap<String, String> = fields.iter().map(|(w, s, _, _)| (w.clone(), s.clone())).collect();
            let mut object: BTreeMap<String, Pair> =
                fields.into_iter().filter_map(|(w, _, v, _)| v.map(|v| (w, v))).collect();
            repair(&mut object, &rules, &fillers);
            let mut sent = Map::new();
            let mut back = Map::new();
            for (wire, (value_sent, value_back)) in object {
                sent.insert(sent_as.get(&wire).cloned().unwrap_or_else(|| wire.clone()), value_sent);
                back.insert(wire, value_back);
            }
            if let (Some(value), Some(name)) = (extra, &unknown_name) {
                sent.insert(name.clone(), value.clone());
                back.insert(name.clone(), value);
            }
            (Value::Object(sent), Value::Object(back))
        })
        .boxed()
}

/// Makes a generated object keep the message's cross-field rules (judged on the canonical values).
fn repair(object: &mut BTreeMap<String, Pair>, rules: &[RuleCheck], fillers: &BTreeMap<String, Pair>) {
    let present = |object: &BTreeMap<String, Pair>, field: &str| object.get(field).is_some_and(|v| !v.1.is_null());
    let fill = |object: &mut BTreeMap<String, Pair>, field: &str| {
        if let Some(value) = fillers.get(field) {
            object.insert(field.to_owned(), value.clone());
        }
    };
    for rule in rules {
        if let RuleCheck::RequiredIf { field, when } = rule
            && object.get(&when.field).map(|v| &v.1) == Some(&when.equals)
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
            RuleCheck::AtMostOneOf { fields } => {
                let keep = fields.iter().find(|f| present(object, f)).cloned();
                for other in fields.iter().filter(|f| Some(*f) != keep.as_ref()) {
                    object.remove(other);
                }
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
            let result = runner.run(&strategy, |(value, expected)| {
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
                prop_assert_eq!(&again, &expected, "{} {}: changed in the round trip", api.id, message.name);
                // A field sent under its name and an alias at once: the schema and the reader both refuse it.
                for field in message.fields.iter().filter(|f| !f.aliases.is_empty()) {
                    let Some(present) = expected.get(&field.wire) else { continue };
                    let mut twice = expected.clone();
                    if let Some(object) = twice.as_object_mut() {
                        object.insert(field.aliases[0].wire.clone(), present.clone());
                    }
                    prop_assert!(!validator.is_valid(&twice), "{}: {} twice is valid", message.name, field.wire);
                    let json = serde_json::to_string(&twice).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let parsed = payspec::round_trip(&api.id, &message.name, &json);
                    prop_assert!(matches!(parsed, Some(Err(_))), "{}: {} twice parses", message.name, field.wire);
                }
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

proptest! {
    #[test]
    fn number_decimals_with_exponents_keep_their_exact_text(
        digits in "-?(0|[1-9][0-9]{0,8})(\\.[0-9]{1,6})?[eE][+-]?[0-9]{1,2}"
    ) {
        // serde_json writes every exponent it reads as `e+N` or `e-N`; the digits themselves never change.
        let (mantissa, exponent) = digits.split_once(['e', 'E']).expect("an exponent");
        let sign = if exponent.starts_with(['+', '-']) { "" } else { "+" };
        let on_the_wire = format!("{mantissa}e{sign}{exponent}");
        let decimal = Decimal::new(&digits, DecimalWire::Number).expect("a JSON number");
        prop_assert_eq!(decimal.digits(), on_the_wire.as_str());
        prop_assert_eq!(serde_json::to_string(&decimal).expect("serialize"), on_the_wire.clone());
        let back: Decimal = serde_json::from_str(&digits).expect("parse");
        prop_assert_eq!(back.digits(), on_the_wire.as_str());
        prop_assert_eq!(serde_json::to_string(&back).expect("serialize"), on_the_wire);
        prop_assert!(Decimal::new(&digits, DecimalWire::String).is_err(), "the string form takes no exponent");
    }

    #[test]
    fn exponents_shift_minor_units_exactly(whole in 0i128..1_000_000, cents in 0i128..100, exponent in -4i32..=4) {
        // whole.cents × 10^exponent in minor units (scale 2), worked out in integers.
        let hundredths = whole * 100 + cents;
        let expected = if exponent >= 0 {
            Some(hundredths * 10i128.pow(exponent.unsigned_abs()))
        } else {
            let divisor = 10i128.pow(exponent.unsigned_abs());
            (hundredths % divisor == 0).then_some(hundredths / divisor)
        };
        let decimal = Decimal::new(&format!("{whole}.{cents:02}e{exponent}"), DecimalWire::Number).expect("valid");
        prop_assert_eq!(decimal.to_minor_units(2), expected);
        let negative = Decimal::new(&format!("-{whole}.{cents:02}E{exponent:+}"), DecimalWire::Number).expect("valid");
        prop_assert_eq!(negative.to_minor_units(2), expected.map(|value| -value));
    }
}

#[test]
fn number_decimals_refuse_what_json_refuses_and_minor_units_stay_bounded() {
    for bad in ["007", "-01.5", "00", "1e", "1e+", "+1", "1.e5", ".5e1", "1e5.0"] {
        assert!(Decimal::new(bad, DecimalWire::Number).is_err(), "{bad:?} was accepted as a JSON number");
    }
    for good in ["0", "-0", "0.5", "10", "1E+2", "2.50e-1"] {
        assert!(Decimal::new(good, DecimalWire::Number).is_ok(), "{good:?} was refused");
    }
    let amount = Decimal::new("0.5", DecimalWire::String).expect("valid");
    assert_eq!(amount.to_minor_units(payspec::support::MAX_SCALE), Some(5 * 10i128.pow(37)));
    assert_eq!(amount.to_minor_units(payspec::support::MAX_SCALE + 1), None);
    assert_eq!(amount.to_minor_units(u32::MAX), None);
    // A huge exponent is refused without building a huge number.
    for huge in ["1e999999999", "1e-999999999", "1e99999999999999999999"] {
        let decimal = Decimal::new(huge, DecimalWire::Number);
        assert_eq!(decimal.ok().and_then(|d| d.to_minor_units(2)), None, "{huge}");
    }
    assert_eq!(Decimal::new("0e999999999", DecimalWire::Number).expect("valid").to_minor_units(2), Some(0));
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

#[test]
fn integer_enumerations_travel_as_json_integers() {
    use payspec::Open;
    use payspec::finrota_pws::TransactionStatus;
    let known: Open<TransactionStatus> = serde_json::from_str("6").expect("a known value");
    assert_eq!(known.known(), Some(TransactionStatus::AfterPartialRefund));
    assert_eq!(serde_json::to_string(&known).expect("serialize"), "6");
    let newer: Open<TransactionStatus> = serde_json::from_str("99").expect("an unknown value is kept");
    assert_eq!(newer, Open::Unknown("99".to_owned()));
    assert_eq!(serde_json::to_string(&newer).expect("serialize"), "99");
    for refused in ["\"6\"", "1.5", "1e0", "null", "true"] {
        assert!(serde_json::from_str::<Open<TransactionStatus>>(refused).is_err(), "{refused} was read");
        assert!(serde_json::from_str::<TransactionStatus>(refused).is_err(), "{refused} was read");
    }
    assert_eq!(serde_json::from_str::<TransactionStatus>("1").expect("known"), TransactionStatus::Successful);
    assert!(serde_json::from_str::<TransactionStatus>("99").is_err(), "a closed reading refuses an unknown value");
    assert_eq!(TransactionStatus::Pending.to_string(), "3");
}

proptest! {
    #[test]
    fn integer_enumerations_keep_any_json_integer_exactly(wire in "-?(0|[1-9][0-9]{0,40})") {
        use payspec::Open;
        use payspec::finrota_pws::TransactionStatus;
        // The catalog's values are 1, 2, 3 and 6 (spec/finrota-pws/enums.json); every other integer, however large,
        // and `-0` too, is a newer server's value, kept and sent back as the same JSON number text.
        let known = match wire.as_str() {
            "1" => Some(TransactionStatus::Successful),
            "2" => Some(TransactionStatus::Failed),
            "3" => Some(TransactionStatus::Pending),
            "6" => Some(TransactionStatus::AfterPartialRefund),
            _ => None,
        };
        let read: Open<TransactionStatus> = serde_json::from_str(&wire).expect("any JSON integer is read");
        let expected = known.map_or_else(|| Open::Unknown(wire.clone()), Open::Known);
        prop_assert_eq!(&read, &expected);
        prop_assert_eq!(serde_json::to_string(&read).expect("serialize"), wire.clone());
        let closed = serde_json::from_str::<TransactionStatus>(&wire);
        prop_assert_eq!(closed.as_ref().ok().copied(), known);
        if known.is_none() {
            let error = closed.expect_err("unknown").to_string();
            prop_assert!(error.contains("is not a known"), "{}", error);
        }
    }
}

#[test]
fn integer_enumerations_keep_integers_beyond_i64_and_minus_zero() {
    use payspec::Open;
    use payspec::finrota_pws::TransactionStatus;
    for wire in ["9223372036854775808", "18446744073709551616", "-9223372036854775809", "-99999999999999999999", "-0"] {
        let read: Open<TransactionStatus> = serde_json::from_str(wire).unwrap_or_else(|e| panic!("{wire}: {e}"));
        assert_eq!(read, Open::Unknown(wire.to_owned()));
        assert_eq!(serde_json::to_string(&read).expect("serialize"), wire);
        let value = serde_json::to_value(&read).expect("to a JSON value");
        assert_eq!(value.to_string(), wire);
    }
    // An unknown value that is not an integer cannot be sent as one.
    for not_an_integer in ["1.5", "1e3", "x", "", "+1", "01"] {
        let open = Open::<TransactionStatus>::Unknown(not_an_integer.to_owned());
        assert!(serde_json::to_string(&open).is_err(), "{not_an_integer:?} was sent as an integer");
    }
}

#[test]
fn number_decimals_with_exponents_beyond_i64_are_read_and_keep_their_text() {
    // (text, as serde_json writes it, minor units at scale 2): the value is kept; only a zero has minor units.
    let cases = [
        ("1e99999999999999999999", "1e+99999999999999999999", None),
        ("-2.5E-99999999999999999999", "-2.5e-99999999999999999999", None),
        ("1e-9223372036854775809", "1e-9223372036854775809", None),
        ("0e99999999999999999999", "0e+99999999999999999999", Some(0)),
        ("-0.00e-99999999999999999999", "-0.00e-99999999999999999999", Some(0)),
    ];
    for (text, on_the_wire, minor) in cases {
        let decimal = Decimal::new(text, DecimalWire::Number).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(decimal.digits(), on_the_wire);
        assert_eq!(decimal.to_minor_units(2), minor, "{text}");
        let read: Decimal = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(serde_json::to_string(&read).expect("serialize"), on_the_wire);
    }
    // A whole message with such an amount is read, not refused.
    let body = r#"{"transactionId":"T","processId":"P","type":"deposit","status":"completed","amount":1e99999999999999999999,"currency":"TRY","timestamp":1705320900}"#;
    let payload: payspec::wiapay::CallbackPayload = serde_json::from_str(body).expect("the message is read");
    assert_eq!(payload.amount.digits(), "1e+99999999999999999999");
}

#[test]
fn decimal_equality_is_of_the_wire_text_and_same_amount_of_the_value() {
    let number = |text: &str| Decimal::new(text, DecimalWire::Number).expect("a JSON number");
    let string = |text: &str| Decimal::new(text, DecimalWire::String).expect("a decimal string");
    assert_ne!(number("1.5"), number("1.50"), "equality compares the text");
    assert_ne!(number("1.5"), string("1.5"), "and the wire form");
    // Worked out by hand: each pair is the same amount or not.
    let pairs = [
        (number("1.5"), number("1.50"), true),
        (number("100"), number("1e2"), true),
        (number("15e-1"), string("1.5"), true),
        (number("100.0"), string("00100.00"), true),
        (number("-0"), string("0.000"), true),
        (number("0e99999999999999999999"), number("0"), true),
        (number("-1.5"), number("1.5"), false),
        (number("1.5"), number("1.51"), false),
        (number("1e2"), number("1e3"), false),
        (number("0.01"), number("1e-2"), true),
        (number("1e99999999999999999999"), number("1e99999999999999999999"), true),
        (number("1e99999999999999999999"), number("1e99999999999999999998"), false),
        (number("1e-99999999999999999999"), number("0"), false),
    ];
    for (left, right, same) in pairs {
        assert_eq!(left.same_amount(&right), same, "{left} and {right}");
        assert_eq!(right.same_amount(&left), same, "{right} and {left}");
    }
}

proptest! {
    #[test]
    fn same_amount_ignores_how_an_amount_is_written(whole in 0i64..1_000_000, cents in 0i64..100, zeros in 0usize..4, negative in any::<bool>()) {
        let sign = if negative && (whole, cents) != (0, 0) { "-" } else { "" };
        let plain = Decimal::new(&format!("{sign}{whole}.{cents:02}"), DecimalWire::String).expect("valid");
        let padded = Decimal::new(&format!("{sign}{whole}.{cents:02}{}", "0".repeat(zeros)), DecimalWire::Number).expect("valid");
        let hundredths = Decimal::new(&format!("{sign}{}e-2", whole * 100 + cents), DecimalWire::Number).expect("valid");
        prop_assert!(plain.same_amount(&padded));
        prop_assert!(plain.same_amount(&hundredths));
        let other = Decimal::new(&format!("{sign}{whole}.{cents:02}1"), DecimalWire::Number).expect("valid");
        prop_assert!(!plain.same_amount(&other));
    }
}

fn user_agent_header(value: &str) -> Result<Vec<(&'static str, String)>, payspec::support::PrepareError> {
    use payspec::Integration;
    use payspec::wiapay::{CallbackPayload, Common, DepositCallback, DepositCallbackParameters};
    let body = r#"{"transactionId":"T","processId":"P","type":"deposit","status":"completed","amount":1000,"currency":"TRY","timestamp":1705320900}"#;
    let payload: CallbackPayload = serde_json::from_str(body).expect("a callback payload");
    let parameters = DepositCallbackParameters {
        deposit_callback_url: "https://merchant.example/cb".to_owned(),
        user_agent: Some(value.to_owned()),
    };
    Integration::<Common>::new().prepare::<DepositCallback>(&parameters, &payload).map(|prepared| prepared.headers)
}

#[test]
fn header_values_cannot_smuggle_headers() {
    for bad in ["x\r\nX-Evil: 1", "x\nX-Evil: 1", "x\rX-Evil: 1", "x\0", "\u{7f}", "a\u{1b}b"] {
        let prepared = user_agent_header(bad);
        assert!(
            matches!(prepared, Err(payspec::support::PrepareError::InvalidHeaderValue(name)) if name == "User-Agent"),
            "{bad:?}: {prepared:?}"
        );
    }
    assert_eq!(
        user_agent_header("WiaPay-Callback/1.0").expect("prepared"),
        [("User-Agent", "WiaPay-Callback/1.0".to_owned())]
    );
}

proptest! {
    #[test]
    fn header_values_pass_unless_they_hold_a_control_character(
        chars in prop::collection::vec(prop_oneof![(0u8..128).prop_map(char::from), any::<char>()], 0..12)
    ) {
        // RFC 9110 §5.5: a field value is visible characters, spaces, tabs and bytes from 0x80 up.
        let value: String = chars.into_iter().collect();
        let refused = value.chars().any(|c| (c < ' ' && c != '\t') || c == '\u{7f}');
        match user_agent_header(&value) {
            Ok(headers) => {
                prop_assert!(!refused, "{:?} was passed", value);
                prop_assert_eq!(headers, vec![("User-Agent", value.clone())]);
            }
            Err(error) => {
                prop_assert!(refused, "{:?} was refused: {}", value, error);
                prop_assert!(matches!(error, payspec::support::PrepareError::InvalidHeaderValue("User-Agent")));
            }
        }
    }
}

/// The checked reader of an API's messages: the shape check (the JSON Schema's rules) and then the typed parse.
fn reader_accepts(api: &str, message: &str, value: &Value) -> bool {
    let checked = match api {
        "iyzico-terminal" => payspec::iyzico_terminal::shapes::check_message(message, value),
        "finrota-pws" => payspec::finrota_pws::shapes::check_message(message, value),
        "wiapay" => payspec::wiapay::shapes::check_message(message, value),
        _ => None,
    };
    let json = serde_json::to_string(value).unwrap_or_default();
    checked.is_some_and(|c| c.is_ok()) && payspec::round_trip(api, message, &json).is_some_and(|r| r.is_ok())
}

/// Values that break a field of most types: wrong types, wrong wire forms, empty and overlong text, a negative and a
/// zero amount, a constant's other value, a value no enumeration has.
fn junk() -> Vec<Value> {
    vec![
        json!("x"),
        json!(""),
        json!("100.0"),
        json!("-1"),
        json!(1.5),
        json!(0),
        json!(-1),
        json!(100),
        json!(true),
        json!(false),
        json!(null),
        json!({}),
        json!([]),
        json!([1]),
        json!("x".repeat(300)),
        json!("not-a-value-of-any-enumeration"),
    ]
}

#[test]
fn the_checked_readers_accept_exactly_what_the_schemas_accept() {
    // Both directions, for every message: a generated valid value, and every mutation of it that puts a junk value in
    // one field or drops one, is accepted by the schema exactly when the checked reader accepts it.
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let (mut compared, mut refused) = (0usize, 0usize);
    for api in &spec.apis {
        for message in &api.messages {
            let path = common::repo_root().join(format!(
                "generated/schemas/{}/{}",
                api.id,
                json_schema::file_name(&message.name)
            ));
            let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
            let validator = jsonschema::draft202012::new(&schema).expect("schema compiles");
            let mut runner = TestRunner::new(Config { cases: 6, failure_persistence: None, ..Config::default() });
            let result = runner.run(&message_value(api, message, 0), |(value, _)| {
                let mut mutations = vec![value.clone()];
                for field in &message.fields {
                    for junk in junk() {
                        let mut mutated = value.clone();
                        if let Some(object) = mutated.as_object_mut() {
                            object.insert(field.wire.clone(), junk);
                        }
                        mutations.push(mutated);
                    }
                    let mut dropped = value.clone();
                    if let Some(object) = dropped.as_object_mut() {
                        object.remove(&field.wire);
                    }
                    mutations.push(dropped);
                }
                for mutated in mutations {
                    let by_schema = validator.is_valid(&mutated);
                    let by_reader = reader_accepts(&api.id, &message.name, &mutated);
                    prop_assert_eq!(
                        by_schema,
                        by_reader,
                        "{} {}: the schema says {}, the reader {}: {}",
                        api.id,
                        message.name,
                        by_schema,
                        by_reader,
                        mutated
                    );
                }
                Ok(())
            });
            if let Err(error) = result {
                panic!("{error}");
            }
            compared += 1;
            refused += usize::from(!message.fields.is_empty());
        }
    }
    assert!(compared >= 80 && refused > 0, "{compared} messages compared");
}

#[test]
fn the_one_documented_difference_an_integer_written_1_0() {
    // JSON Schema 2020-12 counts 1.0 as an integer; the typed readers do not. The README says so.
    let value = json!({"systemTime": 1.0});
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::repo_root().join("generated/schemas/iyzico-terminal/error-envelope.schema.json"),
        )
        .expect("schema"),
    )
    .expect("JSON");
    assert!(jsonschema::draft202012::new(&schema).expect("compiles").is_valid(&value));
    assert!(!reader_accepts("iyzico-terminal", "ErrorEnvelope", &value));
}

#[test]
fn writers_send_the_declared_wire_form() {
    // A decimal built in the other form is written in the form the spec declares.
    let mut request: payspec::finrota_pws::PaymentRefundRequest =
        serde_json::from_value(json!({"referenceCode": "REF-1"})).expect("a refund request");
    request.amount = Some(payspec::Decimal::new("12.50", payspec::DecimalWire::String).expect("a decimal"));
    let written: Value = serde_json::from_str(&request.write().expect("writes")).expect("JSON");
    assert!(written["amount"].is_number(), "declared a JSON number: {written}");
    assert_eq!(written["amount"].to_string(), "12.50", "with its digits");
    // A value the schema refuses is not written: a refund of zero.
    request.amount = Some(payspec::Decimal::new("0", payspec::DecimalWire::Number).expect("a decimal"));
    assert!(request.write().is_err());
    // And read: "100.0" where a number is declared, and a zero amount, are refused with the field named.
    let problem = payspec::finrota_pws::PaymentRefundRequest::read(r#"{"referenceCode": "REF-1", "amount": "100.0"}"#)
        .expect_err("a string where a number is declared");
    assert_eq!(problem.field, "/amount");
    assert!(payspec::finrota_pws::PaymentRefundRequest::read(r#"{"referenceCode": "REF-1", "amount": 0}"#).is_err());
    assert!(payspec::finrota_pws::PaymentRefundRequest::read(r#"{"referenceCode": "REF-1", "amount": 0.01}"#).is_ok());
}

#[test]
fn absent_null_and_a_value_are_three_cases_that_survive_a_round_trip() {
    use payspec::iyzico_terminal::Vuk509QueryRequest;
    use payspec::support::Nullable;
    let read = |json: Value| -> Vuk509QueryRequest { serde_json::from_value(json).expect("a query request") };
    let base =
        json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": "PAV860047264", "transactionReferenceId": "R"});
    let with = |payment_id: Option<Value>| {
        let mut json = base.clone();
        if let Some(value) = payment_id {
            json["paymentId"] = value;
        }
        let request = read(json.clone());
        assert_eq!(serde_json::to_value(&request).expect("JSON"), json, "the round trip keeps the case");
        request.payment_id
    };
    assert!(with(None).is_absent());
    assert!(with(Some(Value::Null)).is_null());
    assert_eq!(with(Some(json!("27812345"))), Nullable::Value("27812345".to_owned()));
    assert_eq!(with(Some(json!("27812345"))).value().map(String::as_str), Some("27812345"));
}
