//! The rules of a lifecycle's `client_reference`: it names one of the lifecycle's attributes that an instance key
//! reads from a request field (the reference travels in the request), and its `reused` code is one the lifecycle's
//! refusals answer.

use crate::diagnostics::Collector;
use crate::model::{Lifecycle, Operand};

/// The request field a key reads the attribute from, if any key does.
pub fn request_field<'l>(lifecycle: &'l Lifecycle, attribute: &str) -> Option<&'l str> {
    lifecycle.instance.iter().flat_map(|instance| &instance.keys).find_map(|key| match key.matches.get(attribute) {
        Some(Operand::Request(path)) => Some(path.as_str()),
        _ => None,
    })
}

/// Checks the lifecycle's `client_reference`, if it has one.
pub fn check(lifecycle: &Lifecycle, file: &str, at: &str, collector: &mut Collector) {
    let Some(reference) = lifecycle.instance.as_ref().and_then(|instance| instance.client_reference.as_ref()) else {
        return;
    };
    let at = format!("{at}/instance/client_reference");
    if !lifecycle.attributes.iter().any(|a| a.id == reference.attribute) {
        collector.report(
            file,
            &format!("{at}/attribute"),
            format!("{} is not an attribute of lifecycle {}", reference.attribute, lifecycle.id),
        );
    } else if request_field(lifecycle, &reference.attribute).is_none() {
        collector.report(
            file,
            &format!("{at}/attribute"),
            format!("no instance key of lifecycle {} reads {} from a request field", lifecycle.id, reference.attribute),
        );
    }
    if !lifecycle.forbidden.iter().any(|f| f.error.code == reference.reused) {
        collector.report(
            file,
            &format!("{at}/reused"),
            format!("no refusal of lifecycle {} answers {}", lifecycle.id, reference.reused),
        );
    }
}
