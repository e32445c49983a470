//! Reports, every one written from the same event list: the console summary, JSON (the events themselves) and
//! JUnit XML (one test case per case, a failure per finding, as CI systems ingest it).

pub mod console;
pub mod junit;

use crate::event::Event;

/// The JSON report: the suite's version and every event, in order.
pub fn json(events: &[Event]) -> String {
    let document = serde_json::json!({"report": "payspec check", "suite_version": crate::VERSION, "events": events});
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// The same events with every duration set to zero, so two runs compare equal (for snapshots).
pub fn without_times(events: &[Event]) -> Vec<Event> {
    events
        .iter()
        .cloned()
        .map(|mut event| {
            match &mut event {
                Event::Exchange(exchange) => exchange.millis = 0,
                Event::CaseFinished { millis, .. } | Event::RunFinished { millis, .. } => *millis = 0,
                _ => {}
            }
            event
        })
        .collect()
}
