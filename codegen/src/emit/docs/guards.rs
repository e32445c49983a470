//! Guards, operands and effects written as short formulas (`request.amount <= attribute.remaining`), the same in
//! both books: they are the typed tables, beside the spec's words for them.

use crate::model::{Effect, Guard, Operand, Outcome};

/// An operand as a formula.
pub fn operand(operand: &Operand) -> String {
    match operand {
        Operand::Request(field) => format!("request.{field}"),
        Operand::Total(field) => format!("sum(request.{field})"),
        Operand::Count(field) => format!("count(request.{field})"),
        Operand::Response(field) => format!("response.{field}"),
        Operand::Attribute(attribute) => format!("attribute.{attribute}"),
        Operand::Literal(value) => value.to_string(),
        Operand::Clock(reading) => format!("clock.{}", format!("{reading:?}").to_lowercase()),
        Operand::Credential(credential) => format!("credential.{}", snake(&format!("{credential:?}"))),
        Operand::Timer(timer) => format!("timer.{timer}"),
        Operand::Sum(operands) => format!("({})", operands.iter().map(self::operand).collect::<Vec<_>>().join(" + ")),
        Operand::Difference(pair) => format!("({} - {})", self::operand(&pair[0]), self::operand(&pair[1])),
        Operand::Http(facet) => format!("http.{}", format!("{facet:?}").to_lowercase()),
        Operand::Error(facet) => format!("error.{}", format!("{facet:?}").to_lowercase()),
    }
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A guard as a formula.
pub fn guard(guard: &Guard) -> String {
    let pair = |op: &str, pair: &[Operand; 2]| format!("{} {op} {}", operand(&pair[0]), operand(&pair[1]));
    let join = |guards: &[Guard], op: &str| {
        let parts: Vec<String> = guards.iter().map(|g| format!("({})", self::guard(g))).collect();
        parts.join(op)
    };
    match guard {
        Guard::All(guards) => join(guards, " and "),
        Guard::Any(guards) => join(guards, " or "),
        Guard::Not(inner) => format!("not ({})", self::guard(inner)),
        Guard::Eq(p) => pair("=", p),
        Guard::Ne(p) => pair("≠", p),
        Guard::Lt(p) => pair("<", p),
        Guard::Le(p) => pair("≤", p),
        Guard::Gt(p) => pair(">", p),
        Guard::Ge(p) => pair("≥", p),
        Guard::Present(o) => format!("present({})", operand(o)),
        Guard::Outcome(outcome) => format!(
            "outcome = {}",
            match outcome {
                Outcome::Approved => "approved",
                Outcome::Declined => "declined",
                Outcome::Unknown => "unknown",
            }
        ),
        Guard::StateOf(state_of) => format!("state({}) ∈ {{{}}}", state_of.lifecycle, state_of.states.join(", ")),
    }
}

/// An effect as a formula.
pub fn effect(effect: &Effect) -> String {
    match effect {
        Effect::Set { attribute, to } => format!("{attribute} := {}", operand(to)),
        Effect::Add { attribute, value } => format!("{attribute} += {}", operand(value)),
        Effect::Clear { attribute } => format!("{attribute} := unset"),
    }
}
