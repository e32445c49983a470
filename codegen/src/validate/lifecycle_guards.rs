//! Rules that make a lifecycle executable: an instance key for every operation it mentions, typed attributes, a
//! typed `when` beside every prose guard (and prose beside every `when`), guards and effects that resolve and
//! type-check where they are used, refusal arguments that resolve, timer events with a condition, and entries that
//! evaluation order can reach (the first matching refusal, then the first matching transition).

use std::collections::{BTreeMap, BTreeSet};

use super::guards::{Place, Scope};
use super::names::is_snake;
use crate::diagnostics::Collector;
use crate::model::{Effect, EventKind, Guard, Lifecycle, Operand, Texts, ValueType};
use crate::spec::{ApiSpec, Located};

/// Whether a value of type `value` may be written into an attribute of type `attribute`.
fn writable(attribute: ValueType, value: ValueType) -> bool {
    attribute == value || (attribute == ValueType::Decimal && value == ValueType::Integer)
}

/// Checks one lifecycle.
pub fn check(api: &ApiSpec, lifecycle: &Located<Lifecycle>, collector: &mut Collector) {
    let file = lifecycle.file.as_str();
    let at = |suffix: &str| format!("{}{suffix}", lifecycle.pointer);
    let scope = |operation: Option<&str>, place: Place| Scope {
        api,
        lifecycle: Some(&lifecycle.value),
        operation: operation.and_then(|id| api.operation(id)),
        place,
        file,
    };
    check_attributes(lifecycle, file, &at(""), collector);
    check_keys(api, lifecycle, file, &at(""), collector);
    super::client_reference::check(lifecycle, file, &at(""), collector);
    for (i, transition) in lifecycle.transitions.iter().enumerate() {
        let t_at = at(&format!("/transitions/{i}"));
        let by_event = transition.event.is_some();
        let guard_place = if by_event { Place::EventGuard } else { Place::TransitionGuard };
        let operation = transition.operation.as_deref();
        check_prose(transition.when.as_ref(), transition.guard.as_ref(), file, &t_at, collector);
        if let Some(when) = &transition.when {
            scope(operation, guard_place).guard(collector, &format!("{t_at}/when"), when);
        }
        if let Some(event) = &transition.event
            && event.kind == EventKind::Timer
            && transition.when.is_none()
        {
            collector.report(file, &t_at, format!("timer event {} needs a `when` over the clock", event.id));
        }
        let effect_place = if by_event { Place::EventEffect } else { Place::Effect };
        for (j, effect) in transition.effects.iter().enumerate() {
            check_effect(&scope(operation, effect_place), lifecycle, effect, &format!("{t_at}/effects/{j}"), collector);
        }
    }
    for (i, forbidden) in lifecycle.forbidden.iter().enumerate() {
        let f_at = at(&format!("/forbidden/{i}"));
        check_prose(forbidden.when.as_ref(), forbidden.guard.as_ref(), file, &f_at, collector);
        let operation = Some(forbidden.operation.as_str());
        if let Some(when) = &forbidden.when {
            scope(operation, Place::RefusalGuard).guard(collector, &format!("{f_at}/when"), when);
        }
        for (name, argument) in &forbidden.error.arguments {
            let a_at = format!("{f_at}/error/arguments/{name}");
            if !matches!(
                argument,
                Operand::Request(_) | Operand::Attribute(_) | Operand::Literal(_) | Operand::Credential(_)
            ) {
                collector.report(
                    file,
                    &a_at,
                    "an argument is a request field, an attribute, a credential or a literal",
                );
            }
            scope(operation, Place::Argument).operand(collector, &a_at, argument);
        }
    }
    check_reachable(lifecycle, file, &lifecycle.pointer, collector);
}

/// A prose guard documents a typed `when`; one never stands without the other.
fn check_prose(when: Option<&Guard>, prose: Option<&Texts>, file: &str, at: &str, collector: &mut Collector) {
    match (when, prose) {
        (None, Some(_)) => collector.report(
            file,
            &format!("{at}/guard"),
            "a prose guard without a typed `when`: the condition must be machine-readable",
        ),
        (Some(_), None) => {
            collector.report(file, &format!("{at}/when"), "a `when` needs its prose `guard` in both languages")
        }
        _ => {}
    }
}

fn check_attributes(lifecycle: &Lifecycle, file: &str, at: &str, collector: &mut Collector) {
    let mut ids = BTreeSet::new();
    for (i, attribute) in lifecycle.attributes.iter().enumerate() {
        if !is_snake(&attribute.id) || !ids.insert(attribute.id.as_str()) {
            collector.report(
                file,
                &format!("{at}/attributes/{i}/id"),
                format!("attribute {} needs a unique snake_case id", attribute.id),
            );
        }
        super::texts::check(
            collector,
            file,
            &format!("{at}/attributes/{i}/doc"),
            &attribute.doc,
            &format!("attribute {} of lifecycle {}", attribute.id, lifecycle.id),
        );
    }
}

/// Every operation the lifecycle mentions has exactly one key, and every key's match resolves.
fn check_keys(api: &ApiSpec, lifecycle: &Lifecycle, file: &str, at: &str, collector: &mut Collector) {
    let mentioned: BTreeSet<&str> = lifecycle
        .transitions
        .iter()
        .filter_map(|t| t.operation.as_deref())
        .chain(lifecycle.forbidden.iter().map(|f| f.operation.as_str()))
        .collect();
    let Some(instance) = &lifecycle.instance else {
        if !mentioned.is_empty() {
            collector.report(
                file,
                at,
                format!("lifecycle {} needs an `instance`: how each call names the instance it acts on", lifecycle.id),
            );
        }
        return;
    };
    super::texts::check(collector, file, &format!("{at}/instance/doc"), &instance.doc, "an instance key");
    let mut keyed: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, key) in instance.keys.iter().enumerate() {
        let k_at = format!("{at}/instance/keys/{i}");
        *keyed.entry(key.operation.as_str()).or_default() += 1;
        if api.operation(&key.operation).is_none() {
            collector.report(
                file,
                &format!("{k_at}/operation"),
                format!("operation {} is not declared", key.operation),
            );
            continue;
        }
        if !mentioned.contains(key.operation.as_str()) {
            collector.report(
                file,
                &format!("{k_at}/operation"),
                format!("operation {} causes no transition or refusal of lifecycle {}", key.operation, lifecycle.id),
            );
        }
        if key.matches.is_empty() {
            collector.report(file, &format!("{k_at}/match"), "a key matches at least one attribute");
        }
        let scope = Scope {
            api,
            lifecycle: Some(lifecycle),
            operation: api.operation(&key.operation),
            place: Place::Key,
            file,
        };
        for (attribute, operand) in &key.matches {
            let m_at = format!("{k_at}/match/{attribute}");
            let declared = lifecycle.attributes.iter().find(|a| &a.id == attribute);
            let kind = scope.operand(collector, &m_at, operand);
            match (declared, kind) {
                (None, _) => collector.report(
                    file,
                    &m_at,
                    format!("attribute {attribute} is not declared in lifecycle {}", lifecycle.id),
                ),
                (Some(declared), Some(kind)) if !writable(declared.kind, kind.value) => collector.report(
                    file,
                    &m_at,
                    format!("attribute {attribute} is a {:?}; the key gives a {:?}", declared.kind, kind.value),
                ),
                _ => {}
            }
        }
    }
    for operation in &mentioned {
        match keyed.get(operation) {
            None => collector.report(
                file,
                &format!("{at}/instance/keys"),
                format!("operation {operation} has no key: which instance of {} does it act on?", lifecycle.id),
            ),
            Some(n) if *n > 1 => collector.report(
                file,
                &format!("{at}/instance/keys"),
                format!("operation {operation} has {n} keys; it needs exactly one"),
            ),
            _ => {}
        }
    }
}

fn check_effect(scope: &Scope<'_>, lifecycle: &Lifecycle, effect: &Effect, at: &str, collector: &mut Collector) {
    let attribute = lifecycle.attributes.iter().find(|a| a.id == effect.attribute());
    let (name, operand_at) = match effect {
        Effect::Set { .. } => ("set", format!("{at}/set/to")),
        Effect::Add { .. } => ("add", format!("{at}/add/value")),
        Effect::Clear { .. } => ("clear", String::new()),
    };
    let Some(attribute) = attribute else {
        collector.report(
            scope.file,
            &format!("{at}/{name}/attribute"),
            format!("attribute {} is not declared in lifecycle {}", effect.attribute(), lifecycle.id),
        );
        return;
    };
    let Some(operand) = effect.operand() else { return };
    let Some(kind) = scope.operand(collector, &operand_at, operand) else { return };
    let fits = match effect {
        Effect::Add { .. } => match attribute.kind {
            ValueType::Integer => kind.value == ValueType::Integer,
            ValueType::Decimal => matches!(kind.value, ValueType::Integer | ValueType::Decimal),
            ValueType::Duration | ValueType::Instant => kind.value == ValueType::Duration,
            _ => false,
        },
        _ => kind.null || writable(attribute.kind, kind.value),
    };
    if !fits {
        collector.report(
            scope.file,
            &operand_at,
            format!("attribute {} is a {:?}; cannot {name} a {:?}", attribute.id, attribute.kind, kind.value),
        );
    }
}

/// Reports entries that an earlier unconditional entry of the same state and operation hides from evaluation.
fn check_reachable(lifecycle: &Lifecycle, file: &str, pointer: &str, collector: &mut Collector) {
    let mut refused: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (i, forbidden) in lifecycle.forbidden.iter().enumerate() {
        let key = (forbidden.state.as_str(), forbidden.operation.as_str());
        if refused.contains(&key) {
            collector.report(
                file,
                &format!("{pointer}/forbidden/{i}"),
                format!("never answered: an earlier refusal of {} in state {} has no `when`", key.1, key.0),
            );
        }
        if forbidden.when.is_none() {
            refused.insert(key);
        }
    }
    let mut taken: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (i, transition) in lifecycle.transitions.iter().enumerate() {
        let cause = match (&transition.operation, &transition.event) {
            (Some(operation), _) => operation.as_str(),
            (None, Some(event)) => event.id.as_str(),
            _ => continue,
        };
        let key = (transition.from.as_str(), cause);
        if refused.contains(&key) {
            collector.report(
                file,
                &format!("{pointer}/transitions/{i}"),
                format!("never taken: {cause} is always refused in state {}", key.0),
            );
        } else if taken.contains(&key) {
            collector.report(
                file,
                &format!("{pointer}/transitions/{i}"),
                format!("never taken: an earlier transition by {cause} from {} has no `when`", key.0),
            );
        }
        if transition.when.is_none() {
            taken.insert(key);
        }
    }
}
