//! The concurrency rules under parallel clients: one operation at a time per device, a status query answered while
//! the device is busy, no refund race past the amount, no double end of day.

mod common;

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use common::*;
use payspec_emulator::Config;
use serde_json::{Value, json};

#[test]
fn a_second_operation_on_a_busy_device_is_refused_and_a_query_is_answered() {
    let emu = Emu::with(Config { card_delay_ms: 300, ..config() }, None);
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let earlier = sold509(addr, &tokens.access, DEVICE, "5.00");
    let access = tokens.access.clone();
    let first = std::thread::spawn(move || sale509(addr, &access, DEVICE, &unique("busy"), "10.00"));
    wait_busy(&emu, DEVICE);
    let second = sale509(addr, &tokens.access, DEVICE, &unique("busy"), "10.00");
    assert_failure(&second, 400, "380201");
    assert_eq!(second.json()["errorGroup"], json!("DEVICE_ERROR"));
    // The VUK 509 void documents 422 for its failures, the device's too.
    assert_failure(&void509(addr, &tokens.access, &earlier), 422, "380201");
    // A status query takes no device: answered at once, while the card is still awaited.
    let started = Instant::now();
    let query = query509_by_id(addr, &tokens.access, &earlier.text("paymentId"));
    assert_ok(&query);
    assert!(started.elapsed() < Duration::from_millis(250), "the query waited for the device");
    // Another device is free.
    assert_ok(&sale509(addr, &tokens.access, DEVICE2, &unique("busy"), "10.00"));
    let first = first.join().expect("the first sale's thread");
    assert_ok(&first);
    // Released: the device takes a new call.
    assert_ok(&sale509(addr, &tokens.access, DEVICE, &unique("busy"), "10.00"));
}

#[test]
fn parallel_refunds_never_exceed_the_payment() {
    // A card delay long enough for refunds on the two devices to overlap (both admitted, then completed).
    let emu = Emu::with(Config { card_delay_ms: 20, ..config() }, None);
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let sale = sold509(addr, &tokens.access, DEVICE, "100.00");
    let threads = 8;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|n| {
            let (barrier, access, sale) = (Arc::clone(&barrier), tokens.access.clone(), sale.clone());
            let device = if n % 2 == 0 { DEVICE } else { DEVICE2 };
            std::thread::spawn(move || {
                barrier.wait();
                // Retried while the device is busy: each thread ends with an answer of the payment's rules.
                loop {
                    let reply = refund509_on(addr, &access, &sale, device, "30.00");
                    if reply.code().as_deref() != Some("380201") {
                        return reply;
                    }
                }
            })
        })
        .collect();
    let replies: Vec<Reply> = handles.into_iter().map(|h| h.join().expect("a refund thread")).collect();
    let refunded = replies.iter().filter(|r| r.status == 200).count();
    for reply in replies.iter().filter(|r| r.status != 200) {
        assert_failure(reply, 400, "380112");
    }
    assert_eq!(refunded, 3, "30.00 fits three times into 100.00: {replies:?}");
    let lifecycle = control_get(
        addr,
        &format!("/_payspec/iyzico-terminal/lifecycles/vuk509-payment?payment_id={}", sale.text("paymentId")),
    );
    let instance = &lifecycle.json()["instances"][0];
    assert_eq!(instance["state"], json!("partially_refunded"), "{}", lifecycle.show());
    assert_ok(&refund509(addr, &tokens.access, &sale, "10.00"));
    assert_failure(&refund509(addr, &tokens.access, &sale, "0.01"), 400, "380112");
}

#[test]
fn parallel_end_of_day_closes_each_batch_once() {
    let emu = Emu::with(Config { card_delay_ms: 30, ..config() }, None);
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    sold509(addr, &tokens.access, DEVICE, "100.00");
    let threads = 6;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (barrier, access) = (Arc::clone(&barrier), tokens.access.clone());
            std::thread::spawn(move || {
                barrier.wait();
                eod509(addr, &access, DEVICE)
            })
        })
        .collect();
    let replies: Vec<Reply> = handles.into_iter().map(|h| h.join().expect("an end-of-day thread")).collect();
    let mut batches: Vec<u64> = Vec::new();
    let mut totals: Vec<Value> = Vec::new();
    for reply in &replies {
        if reply.status == 200 {
            batches.push(reply.text("batchNo").parse().expect("a batch number"));
            totals.push(reply.json()["totals"].clone());
        } else {
            assert_failure(reply, 400, "380201");
        }
    }
    batches.sort_unstable();
    assert!(!batches.is_empty(), "one end of day succeeds: {replies:?}");
    let expected: Vec<u64> = (1..=batches.len() as u64).collect();
    assert_eq!(batches, expected, "each batch closed once, in order");
    let with_sale = totals.iter().filter(|t| t.as_array().is_some_and(|a| !a.is_empty())).count();
    assert_eq!(with_sale, 1, "the sale is counted in one batch only: {totals:?}");
    let next = eod509(addr, &tokens.access, DEVICE);
    assert_eq!(next.text("batchNo"), (batches.len() + 1).to_string());
}
