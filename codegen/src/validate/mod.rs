//! The spec's rules beyond its schema: uniqueness, references, both languages, placeholders, statuses, echoes,
//! the request language, lifecycle signals, provenance and the code lock. Each rule reports into a [`Collector`] and
//! never stops at the first problem.

mod client_reference;
mod echoes;
mod error_wire;
mod errors;
mod execution;
mod guards;
mod lifecycle_guards;
mod lifecycles;
mod lock;
mod messages;
mod names;
mod operations;
mod provenance;
mod request_language;
mod rules;
mod shape;
mod signals;
mod signature_checks;
mod texts;

pub use client_reference::request_field as client_reference_field;
pub use errors::UNRECOGNIZED;
pub use guards::{request_kind, response_kind};
pub use lock::{lock_entries, summarize as summarize_lock_changes};
pub use messages::EXTRA_FIELD;
pub use operations::path_parameters;
pub use provenance::{Citation, check_provenance, check_sources_listed};

use std::collections::BTreeSet;

use crate::diagnostics::Collector;
use crate::spec::Spec;

/// What the loader checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockCheck {
    /// Compare every API's codes with its committed code lock (the normal mode).
    Enforce,
    /// Skip the lock comparison (used by `cargo xtask lock-codes`, which rewrites the lock).
    Skip,
}

/// Checks every rule on every API of the spec. The APIs in `incomplete` (a file of theirs could not be read as a
/// spec file, which is reported already) are skipped: with part of their declarations unread, references and the
/// code lock would be reported broken when they are not.
pub fn check(spec: &Spec, lock: LockCheck, incomplete: &BTreeSet<String>, collector: &mut Collector) {
    names::check_modules(&spec.apis, collector);
    for api in spec.apis.iter().filter(|api| !incomplete.contains(&api.id)) {
        names::check_info(api, collector);
        errors::check(api, collector);
        messages::check(api, collector);
        echoes::check(api, collector);
        request_language::check(api, collector);
        shape::check(api, collector);
        operations::check(api, collector);
        signature_checks::check(api, collector);
        error_wire::check(api, collector);
        lifecycles::check(api, collector);
        signals::check(api, collector);
        execution::check(api, collector);
        names::check_namespace(api, collector);
        names::check_variants(api, collector);
        if lock == LockCheck::Enforce {
            lock::check(api, collector);
        }
    }
}
