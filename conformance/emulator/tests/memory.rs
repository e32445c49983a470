//! Memory stays bounded under sustained logins: used authorization codes, and codes and access tokens expired for
//! longer than the retention (a day of test clock by default), are evicted from the lifecycles and the emulator's
//! session bookkeeping, while a live token keeps working. A terminated session's token is kept as long as an
//! expired one, so that it is refused as revoked until then.

mod common;

use common::*;
use serde_json::{Value, json};

fn instances(addr: std::net::SocketAddr, lifecycle: &str) -> usize {
    let reply = control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/{lifecycle}"));
    reply.json()["instances"].as_array().map(Vec::len).expect("instances")
}

#[test]
fn codes_and_long_expired_tokens_are_evicted() {
    let emu = Emu::start();
    let addr = emu.addr;
    for _ in 0..40 {
        login(addr, VUK509);
    }
    // Every code was exchanged at once: a used code can never be accepted again, so none is kept.
    advance(addr, 1);
    let live = login(addr, VUK509);
    assert!(instances(addr, "auth-code") <= 1, "used codes are evicted");
    assert_eq!(instances(addr, "access-token"), 41);
    // Two days later the 41 tokens have been expired for longer than the retention.
    advance(addr, 2 * 86_400);
    let fresh = login(addr, VUK509);
    assert_eq!(instances(addr, "access-token"), 1, "only the fresh token is kept");
    let sessions =
        emu.emulator.read_blocking(|s| (s.iyzico.sessions.access_tokens.len(), s.iyzico.sessions.codes.len()));
    assert_eq!(sessions.0, 1, "the session bookkeeping follows the lifecycles");
    assert!(sessions.1 <= 1);
    // The evicted token is refused as a token never issued; the fresh one works.
    let old = query509_by_id(addr, &live.access, "1");
    assert_failure(&old, 400, "100310");
    let ok: Value = query509_by_id(addr, &fresh.access, "1").json();
    assert_ne!(ok["errorCode"], "100310", "{ok}");
}

#[test]
fn a_terminated_session_s_token_stays_revoked_for_the_retention_and_then_goes() {
    let emu = Emu::start();
    let addr = emu.addr;
    let ended = login(addr, VUK509);
    let live = login(addr, VUK509);
    event(addr, "access-token", "session_terminated", "access_token", &ended.access);
    let state_of = |token: &str| {
        let reply =
            control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/access-token?access_token={token}"));
        reply.json()["instances"].as_array().and_then(|found| found.first()).map(|instance| instance["state"].clone())
    };
    assert_eq!(state_of(&live.access), Some(json!("valid")), "the control finds a token by its value");
    // Seconds and hours of test clock pass (every tick evicts): the token is still known, and refused, as revoked.
    for seconds in [1, 60, 7_200] {
        advance(addr, seconds);
        assert_failure(&query509_by_id(addr, &ended.access, "1"), 400, "100310");
        assert_eq!(state_of(&ended.access), Some(json!("revoked")), "after {seconds} s more");
    }
    // Once it has been past its expiry for longer than the retention, it goes at the next call, as an expired token
    // does; it is then refused as a token never issued.
    advance(addr, 2 * 86_400);
    assert_failure(&query509_by_id(addr, &ended.access, "1"), 400, "100310");
    assert_eq!(state_of(&ended.access), None, "a long-revoked token is evicted");
    assert_eq!(state_of(&live.access), None, "a long-expired token is evicted");
}
