//! Rules for what executes across an API's lifecycles: the timers (unique ids and configuration keys), the
//! precedence of a server's checks (every refusing lifecycle placed once), and the outcome bindings of operations
//! (guards that read only the response).

use std::collections::BTreeSet;

use super::guards::{Place, Scope};
use super::names::is_snake;
use super::texts;
use crate::diagnostics::Collector;
use crate::model::Check;
use crate::spec::ApiSpec;

/// Checks an API's timers, precedence and outcome bindings.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    check_timers(api, collector);
    check_precedence(api, collector);
    check_outcomes(api, collector);
}

fn check_timers(api: &ApiSpec, collector: &mut Collector) {
    let (mut ids, mut keys) = (BTreeSet::new(), BTreeSet::new());
    for timer in &api.timers {
        if !is_snake(&timer.id) || !ids.insert(timer.id.as_str()) {
            collector.report(&timer.file, &format!("{}/id", timer.pointer), "a timer needs a unique snake_case id");
        }
        let (prefix, key) = timer.config.split_once('.').unwrap_or(("", ""));
        if prefix.is_empty()
            || !prefix.bytes().all(|b| b.is_ascii_lowercase())
            || !is_snake(key)
            || !keys.insert(&timer.config)
        {
            collector.report(
                &timer.file,
                &format!("{}/config", timer.pointer),
                format!("config key {} must be unique and read `<api>.<snake_case>`", timer.config),
            );
        }
        if timer.seconds == 0 {
            collector.report(&timer.file, &format!("{}/seconds", timer.pointer), "a timer lasts at least a second");
        }
        texts::check(
            collector,
            &timer.file,
            &format!("{}/doc", timer.pointer),
            &timer.doc,
            &format!("timer {}", timer.id),
        );
    }
}

fn check_precedence(api: &ApiSpec, collector: &mut Collector) {
    let Some(precedence) = &api.precedence else {
        if let Some(first) = api.lifecycles.first() {
            collector.report(
                &first.file,
                &first.pointer,
                format!("{} has lifecycles but no `precedence`: the order of a server's checks", api.id),
            );
        }
        return;
    };
    let file = precedence.file.as_str();
    texts::check(collector, file, &format!("{}/doc", precedence.pointer), &precedence.doc, "the precedence");
    let mut seen = BTreeSet::new();
    for (i, step) in precedence.steps.iter().enumerate() {
        let at = format!("{}/steps/{i}", precedence.pointer);
        let key = match step {
            Check::Route => "route".to_owned(),
            Check::Authentication => "authentication".to_owned(),
            Check::Decode => "decode".to_owned(),
            Check::Rules => "rules".to_owned(),
            Check::Lifecycle { lifecycle } => {
                if api.lifecycle(lifecycle).is_none() {
                    collector.report(
                        file,
                        &format!("{at}/lifecycle"),
                        format!("lifecycle {lifecycle} is not declared"),
                    );
                }
                format!("lifecycle {lifecycle}")
            }
        };
        if !seen.insert(key.clone()) {
            collector.report(file, &at, format!("the check {key} is listed twice"));
        }
    }
    for lifecycle in &api.lifecycles {
        if !lifecycle.forbidden.is_empty() && !seen.contains(&format!("lifecycle {}", lifecycle.id)) {
            collector.report(
                file,
                &format!("{}/steps", precedence.pointer),
                format!("lifecycle {} refuses operations but has no place in the precedence", lifecycle.id),
            );
        }
    }
}

fn check_outcomes(api: &ApiSpec, collector: &mut Collector) {
    for operation in &api.operations {
        let Some(binding) = &operation.outcome else { continue };
        let at = format!("{}/outcome", operation.pointer);
        let scope =
            Scope { api, lifecycle: None, operation: Some(operation), place: Place::Outcome, file: &operation.file };
        scope.guard(collector, &format!("{at}/approved"), &binding.approved);
        if let Some(unknown) = &binding.unknown {
            scope.guard(collector, &format!("{at}/unknown"), unknown);
        }
        texts::check(
            collector,
            &operation.file,
            &format!("{at}/doc"),
            &binding.doc,
            &format!("the outcome of {}", operation.id),
        );
    }
}
