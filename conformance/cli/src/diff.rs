//! The comparison of two spec versions, element by element: APIs, codes, messages and their fields, enumerations,
//! operations, lifecycles (states, transitions, refusals) and discrepancies. A change is breaking when a consumer
//! built for the old spec can fail against the new one: a removed or re-grouped code, a changed HTTP status, a removed
//! message or field, a field that became required or changed type, a narrowed enumeration, a removed or re-routed
//! operation, a removed state or transition.

use std::collections::BTreeSet;

use payspec_codegen::model::{ErrorCode, Field, Lifecycle, Message, Operation, Transition};
use payspec_codegen::spec::{ApiSpec, Spec};
use serde::Serialize;

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The API.
    pub api: String,
    /// What kind of element: `api`, `code`, `message`, `field`, `enum`, `operation`, `lifecycle`, `transition`,
    /// `refusal`, `discrepancy`.
    pub kind: &'static str,
    /// Which element.
    pub item: String,
    /// What happened, in words.
    pub change: String,
    /// Whether it breaks a consumer of the old spec.
    pub breaking: bool,
}

struct Changes<'a> {
    api: &'a str,
    list: Vec<Change>,
}

impl Changes<'_> {
    fn push(&mut self, kind: &'static str, item: impl Into<String>, change: impl Into<String>, breaking: bool) {
        self.list.push(Change { api: self.api.to_owned(), kind, item: item.into(), change: change.into(), breaking });
    }
}

/// Every change from `old` to `new`.
pub fn diff(old: &Spec, new: &Spec) -> Vec<Change> {
    let mut all = Vec::new();
    for old_api in &old.apis {
        let mut changes = Changes { api: &old_api.id, list: Vec::new() };
        match new.apis.iter().find(|a| a.id == old_api.id) {
            Some(new_api) => api(&mut changes, old_api, new_api),
            None => changes.push("api", old_api.id.clone(), "removed", true),
        }
        all.extend(changes.list);
    }
    for new_api in new.apis.iter().filter(|n| !old.apis.iter().any(|o| o.id == n.id)) {
        let mut changes = Changes { api: &new_api.id, list: Vec::new() };
        changes.push("api", new_api.id.clone(), "added", false);
        all.extend(changes.list);
    }
    all
}

/// Pairs elements by key: (removed, both, added).
fn pair<'a, T>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&T) -> String,
) -> (Vec<&'a T>, Vec<(&'a T, &'a T)>, Vec<&'a T>) {
    let removed = old.iter().filter(|o| !new.iter().any(|n| key(n) == key(o))).collect();
    let both = old.iter().filter_map(|o| new.iter().find(|n| key(n) == key(o)).map(|n| (o, n))).collect();
    let added = new.iter().filter(|n| !old.iter().any(|o| key(o) == key(n))).collect();
    (removed, both, added)
}

fn api(changes: &mut Changes, old: &ApiSpec, new: &ApiSpec) {
    codes(changes, old, new);
    messages(changes, old, new);
    enums(changes, old, new);
    operations(changes, old, new);
    lifecycles(changes, old, new);
    let (removed, _, added) = pair(&old.discrepancies, &new.discrepancies, |d| d.id.clone());
    for d in removed {
        changes.push("discrepancy", d.id.clone(), "removed", false);
    }
    for d in added {
        changes.push("discrepancy", d.id.clone(), "added", false);
    }
}

fn status(code: &ErrorCode) -> String {
    match (&code.http_status, &code.pseudo_status) {
        (Some(s), _) => s.value.to_string(),
        (None, Some(p)) => format!("pseudo-status {}", p.value),
        (None, None) => "none".to_owned(),
    }
}

fn codes(changes: &mut Changes, old: &ApiSpec, new: &ApiSpec) {
    let (removed, both, added) = pair(&old.codes, &new.codes, |c| c.code.clone());
    for c in removed {
        changes.push("code", c.code.clone(), format!("removed (was in {})", c.group), true);
    }
    for (o, n) in both {
        if o.group != n.group {
            changes.push("code", o.code.clone(), format!("moved from group {} to {}", o.group, n.group), true);
        }
        if status(o) != status(n) {
            changes.push("code", o.code.clone(), format!("HTTP status {} → {}", status(o), status(n)), true);
        }
        if o.placeholders.iter().map(|p| &p.name).ne(n.placeholders.iter().map(|p| &p.name)) {
            changes.push("code", o.code.clone(), "placeholders changed", true);
        }
        for (lang, old_text, new_text) in [
            ("English", o.messages.en.as_ref(), n.messages.en.as_ref()),
            ("Turkish", o.messages.tr.as_ref(), n.messages.tr.as_ref()),
        ] {
            if old_text.map(|t| &t.text) != new_text.map(|t| &t.text) {
                changes.push("code", o.code.clone(), format!("{lang} message changed"), false);
            }
        }
        if o.retry.value != n.retry.value {
            changes.push("code", o.code.clone(), format!("retry {:?} → {:?}", o.retry.value, n.retry.value), false);
        }
        if o.actor.value != n.actor.value {
            changes.push("code", o.code.clone(), format!("actor {:?} → {:?}", o.actor.value, n.actor.value), false);
        }
    }
    for c in added {
        changes.push("code", c.code.clone(), format!("added in {}", c.group), false);
    }
}

fn messages(changes: &mut Changes, old: &ApiSpec, new: &ApiSpec) {
    let (removed, both, added) = pair(&old.messages, &new.messages, |m| m.name.clone());
    for m in removed {
        changes.push("message", m.name.clone(), "removed", true);
    }
    for (o, n) in both {
        fields(changes, o, n);
    }
    for m in added {
        changes.push("message", m.name.clone(), "added", false);
    }
}

fn fields(changes: &mut Changes, old: &Message, new: &Message) {
    let item = |f: &Field| format!("{}.{}", old.name, f.wire);
    let (removed, both, added) = pair(&old.fields, &new.fields, |f| f.wire.clone());
    for f in removed {
        changes.push("field", item(f), "removed", true);
    }
    for (o, n) in both {
        if !o.required && n.required {
            changes.push("field", item(o), "became required", true);
        }
        if o.required && !n.required {
            changes.push("field", item(o), "became optional", false);
        }
        if o.kind != n.kind {
            changes.push("field", item(o), "type changed", true);
        }
        if o.nullable && !n.nullable {
            changes.push("field", item(o), "may no longer be null", true);
        }
        if o.aliases.iter().any(|a| !n.aliases.iter().any(|b| b.wire == a.wire)) {
            changes.push("field", item(o), "an alias is no longer read", true);
        }
    }
    for f in added {
        let required = if f.required { "added, required" } else { "added, optional" };
        changes.push("field", item(f), required, f.required);
    }
    if old.rules != new.rules {
        changes.push("message", old.name.clone(), "cross-field rules changed", new.rules.len() > old.rules.len());
    }
}

fn enums(changes: &mut Changes, old: &ApiSpec, new: &ApiSpec) {
    let (removed, both, added) = pair(&old.enums, &new.enums, |e| e.name.clone());
    for e in removed {
        changes.push("enum", e.name.clone(), "removed", true);
    }
    for (o, n) in both {
        let old_values: BTreeSet<&str> = o.values.iter().map(|v| v.wire.as_str()).collect();
        let new_values: BTreeSet<&str> = n.values.iter().map(|v| v.wire.as_str()).collect();
        for value in old_values.difference(&new_values) {
            changes.push("enum", o.name.clone(), format!("narrowed: value {value} removed"), true);
        }
        for value in new_values.difference(&old_values) {
            changes.push("enum", o.name.clone(), format!("value {value} added"), !n.open);
        }
        if o.open && !n.open {
            changes.push("enum", o.name.clone(), "narrowed: open → closed", true);
        }
        if !o.open && n.open {
            changes.push("enum", o.name.clone(), "closed → open", false);
        }
    }
    for e in added {
        changes.push("enum", e.name.clone(), "added", false);
    }
}

fn operations(changes: &mut Changes, old: &ApiSpec, new: &ApiSpec) {
    let (removed, both, added) = pair(&old.operations, &new.operations, |o| o.id.clone());
    for o in removed {
        changes.push("operation", o.id.clone(), format!("removed ({} {})", o.method.as_str(), o.path), true);
    }
    for (o, n) in both {
        operation(changes, o, n);
    }
    for o in added {
        changes.push("operation", o.id.clone(), format!("added ({} {})", o.method.as_str(), o.path), false);
    }
}

fn operation(changes: &mut Changes, o: &Operation, n: &Operation) {
    let id = || o.id.clone();
    if o.method != n.method || o.path != n.path {
        let from = format!("{} {}", o.method.as_str(), o.path);
        changes.push("operation", id(), format!("moved from {from} to {} {}", n.method.as_str(), n.path), true);
    }
    if o.auth != n.auth {
        changes.push("operation", id(), format!("authentication {} → {}", o.auth, n.auth), true);
    }
    if o.request != n.request {
        changes.push("operation", id(), format!("request {:?} → {:?}", o.request, n.request), true);
    }
    if o.mode != n.mode {
        changes.push("operation", id(), format!("mode {:?} → {:?}", o.mode, n.mode), true);
    }
    let old_statuses: Vec<(u16, Option<&String>)> =
        o.responses.iter().map(|r| (r.status, r.message.as_ref())).collect();
    for r in &n.responses {
        if !old_statuses.contains(&(r.status, r.message.as_ref())) {
            changes.push("operation", id(), format!("response {} added or changed", r.status), true);
        }
    }
    for r in &o.responses {
        if !n.responses.iter().any(|x| x.status == r.status) {
            changes.push("operation", id(), format!("response {} removed", r.status), false);
        }
    }
    for code in n.errors.iter().filter(|c| !o.errors.contains(c)) {
        changes.push("operation", id(), format!("may now answer {code}"), false);
    }
    for code in o.errors.iter().filter(|c| !n.errors.contains(c)) {
        changes.push("operation", id(), format!("no longer answers {code}"), false);
    }
    let old_parameters: Vec<&str> = o.parameters.iter().filter(|p| p.required).map(|p| p.name.as_str()).collect();
    for p in n.parameters.iter().filter(|p| p.required && !old_parameters.contains(&p.name.as_str())) {
        changes.push("operation", id(), format!("parameter {} is now required", p.name), true);
    }
}

/// A transition's identity: its states, its cause and its guard (several transitions may share states and cause).
fn transition_key(t: &Transition) -> String {
    let cause = t.operation.clone().or_else(|| t.event.as_ref().map(|e| format!("event {}", e.id))).unwrap_or_default();
    let guard =
        t.when.as_ref().and_then(|g| serde_json::to_string(g).ok()).map(|g| format!(" when {g}")).unwrap_or_default();
    format!("{} → {} by {cause}{guard}", t.from, t.to)
}

fn lifecycles(changes: &mut Changes, old: &ApiSpec, new: &ApiSpec) {
    let (removed, both, added) = pair(&old.lifecycles, &new.lifecycles, |l| l.id.clone());
    for l in removed {
        changes.push("lifecycle", l.id.clone(), "removed", true);
    }
    for (o, n) in both {
        lifecycle(changes, o, n);
    }
    for l in added {
        changes.push("lifecycle", l.id.clone(), "added", false);
    }
}

fn lifecycle(changes: &mut Changes, o: &Lifecycle, n: &Lifecycle) {
    let (removed, _, added) = pair(&o.states, &n.states, |s| s.id.clone());
    for s in removed {
        changes.push("lifecycle", o.id.clone(), format!("state {} removed", s.id), true);
    }
    for s in added {
        changes.push("lifecycle", o.id.clone(), format!("state {} added", s.id), false);
    }
    let old_keys: BTreeSet<String> = o.transitions.iter().map(transition_key).collect();
    let new_keys: BTreeSet<String> = n.transitions.iter().map(transition_key).collect();
    for key in old_keys.difference(&new_keys) {
        changes.push("transition", o.id.clone(), format!("{key} removed"), true);
    }
    for key in new_keys.difference(&old_keys) {
        changes.push("transition", o.id.clone(), format!("{key} added"), false);
    }
    let refusal = |f: &payspec_codegen::model::Forbidden| {
        let guard = f
            .when
            .as_ref()
            .and_then(|g| serde_json::to_string(g).ok())
            .map(|g| format!(" when {g}"))
            .unwrap_or_default();
        format!("{} in {}{guard} answers {}", f.operation, f.state, f.error.code)
    };
    let old_refusals: BTreeSet<String> = o.forbidden.iter().map(refusal).collect();
    let new_refusals: BTreeSet<String> = n.forbidden.iter().map(refusal).collect();
    for key in new_refusals.difference(&old_refusals) {
        changes.push("refusal", o.id.clone(), format!("{key}: added"), true);
    }
    for key in old_refusals.difference(&new_refusals) {
        changes.push("refusal", o.id.clone(), format!("{key}: removed"), false);
    }
}
