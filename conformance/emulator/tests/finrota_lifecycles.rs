//! Every transition and every refusal of Finrota PWS's lifecycle tables, reached over loopback HTTP: each scenario
//! below drives a payment or a token into a state and makes the call the row is about; the coverage control then
//! reports what was reached, and the test fails on any row no scenario reached.

mod common;
mod finrota_common;

use serde_json::{Value, json};

use common::{Emu, advance, config, control_get, unique};
use finrota_common::*;
use payspec::finrota_pws::OperationId;

struct Api {
    emu: Emu,
    token: String,
}

impl Api {
    fn new(auto_commit: bool) -> Api {
        let mut config = config();
        config.finrota.auto_commit = auto_commit;
        let emu = Emu::with(config, None);
        let token = token(emu.addr);
        Api { emu, token }
    }

    fn pay(&self, amount: &str, use_3d: bool, order: &str) -> common::Reply {
        pay(self.emu.addr, &self.token, amount, use_3d, order)
    }

    /// A 3D payment waiting on its bank page: its order and page.
    fn waiting_3d(&self, amount: &str) -> (String, String) {
        let order = unique("ORDER3D");
        let started = self.pay(amount, true, &order);
        assert_ok(&started);
        (order, started.json()["data"]["redirectUrl"].as_str().expect("a redirectUrl").to_owned())
    }

    fn both_queries(&self, order: &str) -> String {
        let target = format!("/pws/payment/transaction?clientReferenceNumber={order}");
        let get = call(self.emu.addr, OperationId::GetTransaction, Some(&self.token), &target, None);
        assert_ok(&get);
        reference_of(self.emu.addr, &self.token, order)
    }

    fn commit(&self, reference: &str) -> common::Reply {
        let body = json!({"referenceCode": reference});
        call(self.emu.addr, OperationId::CommitPayment, Some(&self.token), "/pws/payment/commit", Some(&body))
    }

    fn refund(&self, reference: &str, amount: Option<&str>) -> common::Reply {
        refund(self.emu.addr, &self.token, reference, amount)
    }

    fn cancel(&self, reference: &str) -> common::Reply {
        cancel(self.emu.addr, &self.token, reference)
    }

    /// The calls by reference a payment can be refused in, in whatever state it is in (the evaluator answers).
    fn everything(&self, reference: &str) {
        let _ = self.commit(reference);
        let _ = self.cancel(reference);
        let _ = self.refund(reference, Some("1000000"));
        let _ = self.refund(reference, None);
    }

    fn coverage(&self) -> Value {
        control_get(self.emu.addr, "/_payspec/finrota-pws/coverage").json()
    }
}

fn missing(reports: &[Value]) -> Vec<String> {
    // A row is missing when no emulator of the run reached it.
    let mut missing: Option<Vec<String>> = None;
    for report in reports {
        let rows: Vec<String> = report["lifecycles"]
            .as_array()
            .expect("lifecycles")
            .iter()
            .flat_map(|l| {
                let id = l["lifecycle"].as_str().unwrap_or_default().to_owned();
                ["transitions", "refusals"].into_iter().flat_map(move |kind| {
                    let id = id.clone();
                    l[kind]["missing"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(move |row| format!("{id} {kind} {row}"))
                })
            })
            .collect();
        missing = Some(match missing {
            None => rows,
            Some(before) => before.into_iter().filter(|row| rows.contains(row)).collect(),
        });
    }
    missing.unwrap_or_default()
}

#[test]
fn every_transition_and_refusal_is_reached_over_http() {
    // With autoCommit (the default): the bank page finishes 3D payments.
    let api = Api::new(true);
    let addr = api.emu.addr;
    // not_submitted: every call naming an unknown payment.
    api.everything("NTH2P00000000000");
    let _ = query(addr, &api.token, &json!({"clientReferenceNumber": "never-created"}));
    let _ = call(
        addr,
        OperationId::GetTransaction,
        Some(&api.token),
        "/pws/payment/transaction?clientReferenceNumber=never-created",
        None,
    );
    // not_submitted → not_submitted (a timeout), then → committed on a new attempt.
    let timed_out = unique("ORDER");
    assert_code(&api.pay("21.10", false, &timed_out), 504, 504, "P010");
    let _ = api.both_queries(&timed_out);
    assert_ok(&api.pay("10", false, &timed_out));
    // A 3D payment: awaiting_3d, queried, refused, then finished on the bank page three ways.
    for (form, amount) in [("otp=123456", "30"), ("otp=999999", "30"), ("action=cancel", "30"), ("otp=123456", "21.11")]
    {
        let (order, page) = api.waiting_3d(amount);
        let reference = api.both_queries(&order);
        let _ = api.pay("10", false, &order);
        let _ = api.cancel(&reference);
        let _ = api.refund(&reference, None);
        assert_eq!(bank_step(addr, &page, form).status, 303);
        let reference = api.both_queries(&order);
        api.everything(&reference);
        if form == "otp=123456" && amount == "30" {
            let _ = api.pay("10", false, &order);
        }
    }
    // failed, then new attempts: failed → failed, failed → awaiting_3d, failed → committed.
    let declined = unique("ORDER");
    assert_code(&api.pay("21.11", false, &declined), 200, 600, "P011");
    let reference = api.both_queries(&declined);
    api.everything(&reference);
    assert_code(&api.pay("21.11", false, &declined), 200, 600, "P011");
    assert_ok(&api.pay("20", true, &declined));
    let declined_again = unique("ORDER");
    assert_code(&api.pay("21.11", false, &declined_again), 200, 600, "P011");
    assert_ok(&api.pay("20", false, &declined_again));
    // committed: refused calls, a declined cancel and refund, partial and full refunds, duplicates in and after the
    // duplicate window.
    let (order, reference) = paid(addr, &api.token, "21.13");
    let _ = api.both_queries(&order);
    let _ = api.pay("10", false, &order);
    let _ = api.commit(&reference);
    let _ = api.refund(&reference, Some("1000000"));
    assert_code(&api.cancel(&reference), 200, 602, "P013");
    let (order, reference) = paid(addr, &api.token, "100");
    assert_code(&api.refund(&reference, Some("21.14")), 200, 603, "P014");
    assert_ok(&api.cancel(&reference));
    let _ = api.pay("10", false, &order);
    api.everything(&reference);
    advance(addr, 61);
    let _ = api.cancel(&reference);
    let (order, reference) = paid(addr, &api.token, "100");
    assert_ok(&api.refund(&reference, Some("10")));
    let _ = api.both_queries(&order);
    let _ = api.pay("10", false, &order);
    let _ = api.commit(&reference);
    let _ = api.cancel(&reference);
    let _ = api.refund(&reference, Some("1000000"));
    let _ = api.refund(&reference, Some("10"));
    assert_ok(&api.refund(&reference, Some("20")));
    assert_ok(&api.refund(&reference, None));
    let _ = api.pay("10", false, &order);
    api.everything(&reference);
    advance(addr, 61);
    let _ = api.refund(&reference, None);
    let (_, reference) = paid(addr, &api.token, "100");
    assert_ok(&api.refund(&reference, None));
    // The token expires: every operation is refused.
    let token = api.token.clone();
    advance(addr, 3601);
    for (operation, target, body) in [
        (OperationId::ListPaymentSets, "/pws/paymentSet".to_owned(), None),
        (OperationId::ListPaymentOptions, format!("/pws/paymentOptions?currency=TRY&paymentSetId={PAYMENT_SET}"), None),
        (
            OperationId::PaymentOptionsByBin,
            format!("/pws/paymentOptions/415565?currency=TRY&paymentSetId={PAYMENT_SET}"),
            None,
        ),
        (OperationId::CreatePayment, "/pws/payment".to_owned(), Some(payment_body("1", false, "x", None))),
        (OperationId::CommitPayment, "/pws/payment/commit".to_owned(), Some(json!({"referenceCode": "x"}))),
        (OperationId::GetTransaction, "/pws/payment/transaction?referenceNumber=x".to_owned(), None),
        (OperationId::QueryTransaction, "/pws/payment/transaction".to_owned(), Some(json!({"referenceNumber": "x"}))),
        (OperationId::CancelPayment, "/pws/payment/cancel".to_owned(), Some(json!({"referenceCode": "x"}))),
        (OperationId::RefundPayment, "/pws/payment/refund".to_owned(), Some(json!({"referenceCode": "x"}))),
    ] {
        assert_code(&call(addr, operation, Some(&token), &target, body.as_ref()), 401, 401, "P002");
    }
    let with_auto_commit = api.coverage();

    // Without autoCommit: the commit service finishes 3D payments.
    let manual = Api::new(false);
    for (otp, committed) in [("123456", true), ("000000", false)] {
        let (order, page) = manual.waiting_3d("30");
        assert_eq!(bank_step(manual.emu.addr, &page, &format!("otp={otp}")).status, 303);
        let reference = manual.both_queries(&order);
        let commit = manual.commit(&reference);
        if committed {
            assert_ok(&commit);
        } else {
            assert_code(&commit, 200, 601, "P012");
        }
    }
    let without = manual.coverage();

    for kind in ["transitions", "refusals"] {
        let total = with_auto_commit[kind]["total"].as_u64().unwrap_or(0);
        assert!(total > 20, "{kind}: the tables have rows ({with_auto_commit})");
        let reached =
            with_auto_commit[kind]["reached"].as_u64().unwrap_or(0) + without[kind]["reached"].as_u64().unwrap_or(0);
        assert!(reached >= total, "{kind}: {reached} of {total} reached");
    }
    let missing = missing(&[with_auto_commit, without]);
    assert!(missing.is_empty(), "rows no scenario reached:\n{}", missing.join("\n"));
}
