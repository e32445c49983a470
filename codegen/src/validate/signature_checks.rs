//! Rules for the authentication checks of signature schemes: every check known and listed once, after the checks
//! it reads from, the key checks only on a scheme with a key header, every check a signature needs present, and
//! each answering a declared code (and so its HTTP status) or, with no code, a bare HTTP status.

use std::collections::BTreeSet;

use crate::diagnostics::Collector;
use crate::model::{AuthKind, SignatureCheckKind};
use crate::spec::ApiSpec;

/// Checks the authentication checks of every signature scheme of an API.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    for scheme in &api.auth_schemes {
        let AuthKind::Signature { key_header, checks, .. } = &scheme.kind else { continue };
        let file = scheme.file.as_str();
        let Some(checks) = checks else { continue };
        let at = format!("{}/kind/checks/steps", scheme.pointer);
        let mut seen = BTreeSet::new();
        for (i, step) in checks.steps.iter().enumerate() {
            let here = format!("{at}/{i}");
            let name = step.check.as_str();
            if !seen.insert(step.check) {
                collector.report(file, &format!("{here}/check"), format!("the check {name} is listed twice"));
            }
            if step.check.reads_key() && key_header.is_none() {
                collector.report(
                    file,
                    &format!("{here}/check"),
                    format!("the check {name} reads the key header, which scheme {} has not", scheme.id),
                );
            }
            for needed in step.check.needs() {
                if !checks.steps[..i].iter().any(|earlier| earlier.check == *needed) {
                    collector.report(
                        file,
                        &format!("{here}/check"),
                        format!("the check {name} must come after {}, whose result it reads", needed.as_str()),
                    );
                }
            }
            match (&step.code, &step.status) {
                (Some(code), None) => match api.code(code) {
                    None => collector.report(file, &format!("{here}/code"), format!("code {code} is not declared")),
                    Some(declared) if declared.http_status.is_none() => collector.report(
                        file,
                        &format!("{here}/code"),
                        format!("code {code} has no HTTP status for the check {name} to answer"),
                    ),
                    Some(_) => {}
                },
                (None, Some(status)) if !(400..=599).contains(&status.value) => collector.report(
                    file,
                    &format!("{here}/status"),
                    format!("the check {name} answers {}, which is not an HTTP error status", status.value),
                ),
                (None, Some(_)) => {}
                _ => collector.report(
                    file,
                    &here,
                    format!("the check {name} needs either a `code` or, answering none, a `status`"),
                ),
            }
        }
        for kind in SignatureCheckKind::ALL {
            if !seen.contains(&kind) && (!kind.reads_key() || key_header.is_some()) {
                collector.report(
                    file,
                    &at,
                    format!(
                        "scheme {} misses the check {}: a signature cannot be verified without it",
                        scheme.id,
                        kind.as_str()
                    ),
                );
            }
        }
    }
}
