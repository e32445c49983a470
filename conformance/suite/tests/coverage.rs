//! Coverage is enforced: every operation, code, transition and refusal of every API the suite certifies (the iyzico
//! Terminal API, Finrota PWS, WiaPay) is reached by a run of the suite against the emulator, or waived in
//! `conformance/cases/waivers.json` with a reason; a waiver of an element the run reaches is stale; and what a case
//! says it covers, the run reaches.

mod common;

use payspec_suite::apis;
use payspec_suite::coverage::{Coverage, Waivers, elements};
use payspec_suite::credentials::Credentials;

#[test]
fn every_element_of_the_spec_is_reached_or_waived() {
    let emu = common::Emu::start();
    let (_, events) = common::run(&emu.url(), &[]);
    let library = payspec_suite::case::load(&payspec_suite::case::default_dir()).expect("the cases load");
    let waivers = Waivers::load(&payspec_suite::case::default_dir().join("waivers.json")).expect("the waivers load");
    let credentials = Credentials::emulator();
    let mut all = std::collections::BTreeSet::new();
    for api in apis::APIS {
        all.extend(elements(apis::model(api, &credentials).expect("a model").as_ref()));
    }
    let coverage = Coverage::compute(all, &events, &library.cases, &waivers);
    for (kind, reached, waived, missing, total) in coverage.counts() {
        println!("{kind}: {reached} reached, {waived} waived, {missing} missing, of {total}");
    }
    if let Ok(path) = std::env::var("PAYSPEC_COVERAGE_MISSING") {
        let text: String = coverage.missing.iter().map(|e| format!("{e}\n")).collect();
        std::fs::write(path, text).expect("write the missing elements");
    }
    assert!(coverage.missing.is_empty(), "neither reached nor waived:\n{}", lines(&coverage.missing));
    assert!(coverage.stale.is_empty(), "waived but reached (remove the waiver):\n{}", lines(&coverage.stale));
    assert!(coverage.unproven.is_empty(), "declared by a case but not reached:\n{}", lines(&coverage.unproven));
    for waiver in &waivers.waivers {
        assert!(!waiver.reason.trim().is_empty(), "{} is waived without a reason", waiver.element);
    }
}

fn lines(set: &std::collections::BTreeSet<String>) -> String {
    set.iter().map(|e| format!("  {e}\n")).collect()
}
