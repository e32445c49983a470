//! Memory stays bounded under sustained logins: used authorization codes, and codes and access tokens expired for
//! longer than the retention (a day of test clock by default), are evicted from the lifecycles and the emulator's
//! session bookkeeping, while a live token keeps working.

mod common;

use common::*;
use serde_json::Value;

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
