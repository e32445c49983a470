//! The coverage control: after a sale, a partial refund, an end of day and the void it refuses, the report names
//! exactly those rows of the lifecycle tables as reached (and not, say, the PRE_AUTH rows), and a reset keeps it.

mod common;

use common::*;
use serde_json::Value;

/// Whether the report lists a row of a lifecycle as missing.
fn missing(report: &Value, lifecycle: &str, kind: &str, state: &str, result: &str, cause: &str) -> bool {
    let field = if kind == "transitions" { "to" } else { "code" };
    report["lifecycles"]
        .as_array()
        .expect("lifecycles")
        .iter()
        .find(|l| l["lifecycle"] == lifecycle)
        .expect("the lifecycle is reported")[kind]["missing"]
        .as_array()
        .expect("missing rows")
        .iter()
        .any(|row| row["state"] == state && row[field] == result && row["cause"] == cause)
}

#[test]
fn the_report_names_the_rows_the_calls_reached_and_a_reset_keeps_them() {
    let emu = Emu::start();
    let addr = emu.addr;
    let fresh = control_get(addr, "/_payspec/iyzico-terminal/coverage").json();
    assert_eq!(fresh["transitions"]["reached"], 0, "{fresh}");
    assert!(fresh["transitions"]["total"].as_u64().expect("a total") > 100, "{fresh}");
    assert!(missing(&fresh, "vuk509-payment", "transitions", "not_created", "sale", "vuk509-payment"));

    let tokens = login(addr, VUK509);
    let sale = sale509(addr, &tokens.access, DEVICE, &unique("cov"), "100.00");
    assert_ok(&sale);
    assert_ok(&refund509(addr, &tokens.access, &sale, "40"));
    assert_ok(&eod509(addr, &tokens.access, DEVICE));
    let void = void509(addr, &tokens.access, &sale);
    assert_eq!(void.status, 422, "{}", void.show());

    let report = control_get(addr, "/_payspec/iyzico-terminal/coverage").json();
    for (lifecycle, from, to, cause) in [
        ("auth-code", "not_issued", "issued", "oauth-authorize"),
        ("auth-code", "issued", "used", "oauth-token"),
        ("access-token", "not_issued", "valid", "oauth-token"),
        ("vuk509-payment", "not_created", "sale", "vuk509-payment"),
        ("vuk509-payment", "sale", "partially_refunded", "vuk509-refund"),
        ("device", "idle", "busy", "vuk509-payment"),
        ("device", "busy", "idle", "device_finishes"),
        ("batch", "open", "closed", "vuk509-end-of-day"),
    ] {
        assert!(
            !missing(&report, lifecycle, "transitions", from, to, cause),
            "{lifecycle} {from} -> {to} ({cause}) reached"
        );
    }
    assert!(
        missing(&report, "vuk509-payment", "transitions", "not_created", "pre_auth", "vuk509-payment"),
        "no PRE_AUTH was made"
    );
    assert_eq!(report["refusals"]["reached"], 1, "the void after end of day: {}", report["refusals"]);
    // Two rows refuse a void of a partly refunded sale with 380104: after an end of day (reached) and on a later day
    // with none (not reached).
    let still_missing: Vec<&Value> = report["lifecycles"]
        .as_array()
        .expect("lifecycles")
        .iter()
        .flat_map(|l| l["refusals"]["missing"].as_array().expect("missing rows").iter())
        .filter(|r| r["cause"] == "vuk509-void" && r["state"] == "partially_refunded" && r["code"] == "380104")
        .collect();
    assert_eq!(still_missing.len(), 1, "{still_missing:?}");
    assert!(still_missing[0]["guard"].as_str().is_some_and(|g| g.contains("earlier day")), "{still_missing:?}");

    assert_eq!(control_post(addr, "/_payspec/reset", &serde_json::json!({})).status, 200);
    let after = control_get(addr, "/_payspec/iyzico-terminal/coverage").json();
    assert_eq!(after["transitions"], report["transitions"], "a reset keeps the coverage");
}
