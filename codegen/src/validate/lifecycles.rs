//! Rules for the shape of lifecycles: known states, exactly one initial state, every state reachable, transitions
//! caused by a declared operation or by an event, and forbidden operations answered with a catalog code, an HTTP
//! status the operation declares and every argument its message needs. The typed guards, keys and effects are
//! checked by [`super::lifecycle_guards`].

use std::collections::BTreeSet;

use super::names::{is_kebab, is_snake, is_upper_camel};
use super::texts;
use crate::diagnostics::Collector;
use crate::spec::ApiSpec;

/// Checks every lifecycle of one API.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    check_shapes(api, collector);
    for lifecycle in &api.lifecycles {
        super::lifecycle_guards::check(api, lifecycle, collector);
    }
}

fn check_shapes(api: &ApiSpec, collector: &mut Collector) {
    let mut ids = BTreeSet::new();
    for lifecycle in &api.lifecycles {
        let file = lifecycle.file.as_str();
        let at = |suffix: &str| format!("{}{suffix}", lifecycle.pointer);
        let what = format!("lifecycle {}", lifecycle.id);
        if !is_kebab(&lifecycle.id) || !ids.insert(lifecycle.id.clone()) || !is_upper_camel(&lifecycle.rust_name) {
            collector.report(
                file,
                &at("/id"),
                format!("{what} needs a unique kebab-case id and an UpperCamelCase rust_name"),
            );
        }
        texts::check(collector, file, &at("/doc"), &lifecycle.doc, &what);
        let mut states = BTreeSet::new();
        let mut names = BTreeSet::new();
        for (i, state) in lifecycle.states.iter().enumerate() {
            if !is_snake(&state.id)
                || !states.insert(state.id.clone())
                || !is_upper_camel(&state.rust_name)
                || !names.insert(state.rust_name.clone())
            {
                collector.report(
                    file,
                    &at(&format!("/states/{i}")),
                    format!("state {} needs a unique snake_case id and a unique UpperCamelCase rust_name", state.id),
                );
            }
            texts::check(
                collector,
                file,
                &at(&format!("/states/{i}/doc")),
                &state.doc,
                &format!("state {} of {what}", state.id),
            );
        }
        let initial = lifecycle.states.iter().filter(|s| s.initial).count();
        if initial != 1 {
            collector.report(
                file,
                &at("/states"),
                format!("{what} has {initial} initial states; it needs exactly one"),
            );
        }
        let terminal: BTreeSet<&str> = lifecycle.states.iter().filter(|s| s.terminal).map(|s| s.id.as_str()).collect();
        for (i, transition) in lifecycle.transitions.iter().enumerate() {
            let t_at = at(&format!("/transitions/{i}"));
            for (end, state) in [("from", &transition.from), ("to", &transition.to)] {
                if !states.contains(state) {
                    collector.report(file, &format!("{t_at}/{end}"), format!("state {state} is not a state of {what}"));
                }
            }
            if terminal.contains(transition.from.as_str()) {
                collector.report(
                    file,
                    &format!("{t_at}/from"),
                    format!("state {} is terminal; nothing leaves it", transition.from),
                );
            }
            match (&transition.operation, &transition.event) {
                (Some(operation), None) if api.operation(operation).is_none() => {
                    collector.report(
                        file,
                        &format!("{t_at}/operation"),
                        format!("operation {operation} is not declared"),
                    );
                }
                (Some(_), None) => {}
                (None, Some(event)) => {
                    if !is_snake(&event.id) {
                        collector.report(file, &format!("{t_at}/event/id"), "an event needs a snake_case id");
                    }
                    texts::check(
                        collector,
                        file,
                        &format!("{t_at}/event/doc"),
                        &event.doc,
                        &format!("an event of {what}"),
                    );
                }
                _ => collector.report(file, &t_at, "a transition is caused by exactly one of `operation` and `event`"),
            }
            if let Some(guard) = &transition.guard {
                texts::check(collector, file, &format!("{t_at}/guard"), guard, &format!("a guard of {what}"));
            }
        }
        if let Some(start) = lifecycle.states.iter().find(|s| s.initial) {
            let mut reached: BTreeSet<&str> = BTreeSet::from([start.id.as_str()]);
            loop {
                let before = reached.len();
                for transition in &lifecycle.transitions {
                    if reached.contains(transition.from.as_str()) {
                        reached.insert(transition.to.as_str());
                    }
                }
                if reached.len() == before {
                    break;
                }
            }
            for (i, state) in lifecycle.states.iter().enumerate() {
                if !reached.contains(state.id.as_str()) {
                    collector.report(
                        file,
                        &at(&format!("/states/{i}")),
                        format!("state {} cannot be reached from the initial state {}", state.id, start.id),
                    );
                }
            }
        }
        for (i, forbidden) in lifecycle.forbidden.iter().enumerate() {
            let f_at = at(&format!("/forbidden/{i}"));
            if !states.contains(&forbidden.state) {
                collector.report(
                    file,
                    &format!("{f_at}/state"),
                    format!("state {} is not a state of {what}", forbidden.state),
                );
            }
            match api.operation(&forbidden.operation) {
                None => collector.report(
                    file,
                    &format!("{f_at}/operation"),
                    format!("operation {} is not declared", forbidden.operation),
                ),
                Some(operation) => {
                    if !operation.errors.contains(&forbidden.error.code) {
                        collector.report(
                            file,
                            &format!("{f_at}/error/code"),
                            format!(
                                "code {} is not among the `errors` of operation {}",
                                forbidden.error.code, operation.id
                            ),
                        );
                    }
                    if !operation.responses.iter().any(|r| r.status == forbidden.error.http_status) {
                        collector.report(
                            file,
                            &format!("{f_at}/error/http_status"),
                            format!("operation {} declares no {} response", operation.id, forbidden.error.http_status),
                        );
                    }
                }
            }
            if let Some(guard) = &forbidden.guard {
                texts::check(collector, file, &format!("{f_at}/guard"), guard, &format!("a guard of {what}"));
            }
            let error = &forbidden.error;
            if !(100..=599).contains(&error.http_status) {
                collector.report(
                    file,
                    &format!("{f_at}/error/http_status"),
                    format!("HTTP status {} is outside 100–599", error.http_status),
                );
            }
            match api.code(&error.code) {
                None => collector.report(
                    file,
                    &format!("{f_at}/error/code"),
                    format!("code {} is not in the catalog", error.code),
                ),
                Some(code) => {
                    if let Some(status) = &code.http_status
                        && status.value != error.http_status
                    {
                        collector.report(
                            file,
                            &format!("{f_at}/error/http_status"),
                            format!(
                                "code {} is answered with HTTP status {} in the catalog, not {}",
                                code.code, status.value, error.http_status
                            ),
                        );
                    }
                    let needed: BTreeSet<&str> = code.placeholders.iter().map(|p| p.name.as_str()).collect();
                    let given: BTreeSet<&str> = error.arguments.keys().map(String::as_str).collect();
                    if needed != given {
                        collector.report(
                            file,
                            &format!("{f_at}/error/arguments"),
                            format!("code {} needs the arguments {needed:?}, given {given:?}", code.code),
                        );
                    }
                }
            }
        }
    }
}
