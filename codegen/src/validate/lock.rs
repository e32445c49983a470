//! The code lock rule: every code's identity (code, group, status) equals the committed lock, so that codes stay
//! fixed for backward compatibility (seed 001) unless the lock is changed on purpose with a recorded reason.

use std::collections::BTreeMap;

use crate::diagnostics::Collector;
use crate::model::LockedCode;
use crate::spec::ApiSpec;

const HOW: &str = "codes are frozen; if the change is deliberate, run `cargo xtask lock-codes --reason \"...\"`";

/// The lock entries the API's codes call for, sorted by code.
pub fn lock_entries(api: &ApiSpec) -> Vec<LockedCode> {
    let mut entries: Vec<LockedCode> = api
        .codes
        .iter()
        .map(|code| LockedCode {
            code: code.code.clone(),
            group: code.group.clone(),
            http_status: code.http_status.as_ref().map(|s| s.value),
            pseudo_status: code.pseudo_status.as_ref().map(|s| s.value),
        })
        .collect();
    entries.sort();
    entries
}

/// Compares the API's codes with its lock.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    let Some(lock) = &api.lock else {
        collector.report(
            &format!("spec/{}/codes.lock.json", api.id),
            "",
            format!("{} has no code lock; create it with `cargo xtask lock-codes --reason \"...\"`", api.id),
        );
        return;
    };
    let mut locked: BTreeMap<&str, (usize, &LockedCode)> = BTreeMap::new();
    for (i, entry) in lock.codes.iter().enumerate() {
        if let Some((first, _)) = locked.insert(entry.code.as_str(), (i, entry)) {
            collector.report(
                &lock.file,
                &format!("{}/codes/{i}", lock.pointer),
                format!("code {} is locked twice (first at /codes/{first}); a lock holds each code once", entry.code),
            );
            locked.insert(entry.code.as_str(), (first, &lock.codes[first]));
        }
    }
    let current: BTreeMap<&str, usize> =
        api.codes.iter().enumerate().map(|(i, code)| (code.code.as_str(), i)).collect();
    let wanted = lock_entries(api);
    for entry in &wanted {
        let Some(&index) = current.get(entry.code.as_str()) else { continue };
        let code = &api.codes[index];
        match locked.get(entry.code.as_str()) {
            None => collector.report(
                &code.file,
                &format!("{}/code", code.pointer),
                format!("code {} is not in the code lock; new codes are locked with `cargo xtask lock-codes --reason \"...\"`", entry.code),
            ),
            Some((_, old)) if *old != entry => collector.report(
                &code.file,
                &code.pointer,
                format!("locked code {} changed ({}); {HOW}", entry.code, describe_change(old, entry)),
            ),
            Some(_) => {}
        }
    }
    for (code, (index, _)) in &locked {
        if !current.contains_key(code) {
            collector.report(
                &lock.file,
                &format!("{}/codes/{index}", lock.pointer),
                format!("locked code {code} was removed from the spec; {HOW}"),
            );
        }
    }
}

fn status(value: Option<u16>) -> String {
    value.map_or_else(|| "none".to_owned(), |v| v.to_string())
}

/// A one-line description of how a code's identity changed.
pub fn describe_change(old: &LockedCode, new: &LockedCode) -> String {
    let mut parts = Vec::new();
    if old.group != new.group {
        parts.push(format!("group {} → {}", old.group, new.group));
    }
    if old.http_status != new.http_status {
        parts.push(format!("HTTP status {} → {}", status(old.http_status), status(new.http_status)));
    }
    if old.pseudo_status != new.pseudo_status {
        parts.push(format!("pseudo-status {} → {}", status(old.pseudo_status), status(new.pseudo_status)));
    }
    parts.join(", ")
}

/// One line per difference between the lock and the spec, for the lock's change log.
pub fn summarize(old: &[LockedCode], new: &[LockedCode]) -> Vec<String> {
    let old_map: BTreeMap<&str, &LockedCode> = old.iter().map(|e| (e.code.as_str(), e)).collect();
    let new_map: BTreeMap<&str, &LockedCode> = new.iter().map(|e| (e.code.as_str(), e)).collect();
    let mut lines = Vec::new();
    for (code, entry) in &new_map {
        match old_map.get(code) {
            None => lines.push(format!(
                "added {code} (group {}, HTTP status {}, pseudo-status {})",
                entry.group,
                status(entry.http_status),
                status(entry.pseudo_status)
            )),
            Some(previous) if previous != entry => {
                lines.push(format!("changed {code}: {}", describe_change(previous, entry)))
            }
            Some(_) => {}
        }
    }
    for code in old_map.keys().filter(|code| !new_map.contains_key(*code)) {
        lines.push(format!("removed {code}"));
    }
    lines
}
