//! The rules of a lifecycle's `signals`: each names an external event of the lifecycle, a code of the API's catalog
//! where an answer's code tells it, and attributes of the lifecycle in its key.

use crate::diagnostics::Collector;
use crate::model::{EventKind, SignalOn};
use crate::spec::ApiSpec;

/// Checks every signal of every lifecycle of one API.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    for lifecycle in &api.lifecycles {
        for (index, signal) in lifecycle.signals.iter().enumerate() {
            let at = |suffix: &str| format!("{}/signals/{index}{suffix}", lifecycle.pointer);
            let external = lifecycle
                .transitions
                .iter()
                .filter_map(|t| t.event.as_ref())
                .any(|e| e.id == signal.event && e.kind == EventKind::External);
            if !external {
                collector.report(
                    &lifecycle.file,
                    &at("/event"),
                    format!("{} is not an external event of lifecycle {}", signal.event, lifecycle.id),
                );
            }
            if let SignalOn::AnswerCode(code) = &signal.on
                && !api.codes.iter().any(|c| &c.code == code)
            {
                collector.report(&lifecycle.file, &at("/on/answer_code"), format!("code {code} is not declared"));
            }
            if signal.key.is_empty() {
                collector.report(&lifecycle.file, &at("/key"), "a signal names the instance it reaches by a key");
            }
            for attribute in signal.key.keys() {
                if !lifecycle.attributes.iter().any(|a| &a.id == attribute) {
                    collector.report(
                        &lifecycle.file,
                        &at(&format!("/key/{attribute}")),
                        format!("{attribute} is not an attribute of lifecycle {}", lifecycle.id),
                    );
                }
            }
        }
    }
}
