//! The suite passes against the reference emulator: every case of every API, with zero failures and zero
//! warnings, even strict.

mod common;

use payspec_suite::event::Event;
use payspec_suite::report;

#[test]
fn every_case_passes_against_the_emulator() {
    let emu = common::Emu::start();
    let (summary, events) = common::run(&emu.url(), &[]);
    let console = report::console::summary(&events);
    assert_eq!(summary.failed + summary.errors + summary.warnings, 0, "{console}");
    assert_eq!(summary.skipped, 0, "the emulator answers the controls: {console}");
    assert!(summary.passed > 10, "{console}");
    assert!(events.iter().any(|e| matches!(e, Event::RunFinished { .. })));
}
