//! The lifecycle tables, as the generated crate publishes them, cover the rules the sources state: void only before
//! end of day, cumulative refunds never above the sale, one operation at a time per device, VUK 507 and VUK 509 never
//! mixed, single-use authorization codes, expiring tokens, partial payments paid down before completion, Finrota's
//! 3D flow and refund limit, WiaPay's 30-minute expiry and unique processId. Each refusal carries the exact error.

use payspec::finrota_pws::PaymentState as FinrotaPayment;
use payspec::iyzico_terminal::{
    AccessTokenState, AuthCodeState, BatchState, DeviceState, Vuk507PartialPaymentState, Vuk507PaymentState,
    Vuk509PaymentState,
};
use payspec::support::ForbiddenInfo;
use payspec::wiapay::TransactionState;

fn refusal<S: Copy + PartialEq + std::fmt::Debug>(
    table: &'static [ForbiddenInfo<S>],
    state: S,
    operation: &str,
) -> Vec<(&'static str, u16)> {
    table.iter().filter(|f| f.state == state && f.operation == operation).map(|f| (f.code, f.http_status)).collect()
}

#[test]
fn vuk509_void_only_before_end_of_day_and_refunds_never_above_the_sale() {
    use Vuk509PaymentState as S;
    assert!(S::Sale.transitions_by("vuk509-void").any(|t| t.to == S::Voided), "a same-day sale can be voided");
    assert!(S::Sale.transitions_by("vuk509-end-of-day").any(|t| t.to == S::Settled), "end of day settles the sale");
    assert_eq!(S::Settled.transitions_by("vuk509-void").count(), 0, "no void after end of day");
    assert!(
        !refusal(S::FORBIDDEN, S::Settled, "vuk509-void").is_empty(),
        "a void after end of day is answered with an error"
    );
    assert!(
        S::Settled.transitions_by("vuk509-refund").any(|t| t.to == S::PartiallyRefunded || t.to == S::FullyRefunded)
    );
    assert!(
        refusal(S::FORBIDDEN, S::PartiallyRefunded, "vuk509-refund").contains(&("380112", 400)),
        "refunds beyond the sale"
    );
    assert!(refusal(S::FORBIDDEN, S::FullyRefunded, "vuk509-refund").contains(&("380112", 400)));
    assert!(
        S::PreAuth.transitions_by("vuk509-payment").any(|t| t.to == S::PostAuthCompleted),
        "POST_AUTH closes a PRE_AUTH"
    );
}

#[test]
fn vuk507_and_vuk509_never_mix() {
    for state in Vuk509PaymentState::ALL.iter().filter(|s| **s != Vuk509PaymentState::INITIAL) {
        for operation in ["vuk507-void", "vuk507-refund", "vuk507-query-transaction-status"] {
            assert!(
                refusal(Vuk509PaymentState::FORBIDDEN, *state, operation).contains(&("380107", 400)),
                "a VUK 509 payment ({state:?}) is unknown to {operation}"
            );
        }
    }
    for state in Vuk507PaymentState::ALL.iter().filter(|s| **s != Vuk507PaymentState::INITIAL) {
        assert!(refusal(Vuk507PaymentState::FORBIDDEN, *state, "vuk509-void").contains(&("380107", 422)), "{state:?}");
    }
}

#[test]
fn one_operation_at_a_time_per_device() {
    for operation in ["vuk509-payment", "vuk509-refund", "vuk507-payment", "vuk507-end-of-day"] {
        assert!(
            DeviceState::Idle.transitions_by(operation).any(|t| t.to == DeviceState::Busy),
            "{operation} occupies the device"
        );
        assert!(
            refusal(DeviceState::FORBIDDEN, DeviceState::Busy, operation).iter().any(|(code, _)| *code == "380201"),
            "{operation}"
        );
    }
    assert!(
        DeviceState::TRANSITIONS
            .iter()
            .any(|t| t.from == DeviceState::Busy && t.to == DeviceState::Idle && t.event.is_some())
    );
}

#[test]
fn codes_are_single_use_and_tokens_expire() {
    assert!(AuthCodeState::Issued.transitions_by("oauth-token").any(|t| t.to == AuthCodeState::Used));
    assert!(
        AuthCodeState::Used.is_terminal() || AuthCodeState::Used.transitions_by("oauth-token").count() == 0,
        "a code is used once"
    );
    assert!(
        AuthCodeState::TRANSITIONS
            .iter()
            .any(|t| t.from == AuthCodeState::Issued && t.to == AuthCodeState::Expired && t.event.is_some())
    );
    assert!(AccessTokenState::TRANSITIONS.iter().any(|t| t.to == AccessTokenState::Expired && t.event.is_some()));
    assert!(
        refusal(AccessTokenState::FORBIDDEN, AccessTokenState::Expired, "vuk509-payment").contains(&("100311", 400))
    );
    assert!(
        AccessTokenState::TRANSITIONS
            .iter()
            .any(|t| t.from == AccessTokenState::Expired && t.to == AccessTokenState::Refreshed)
    );
}

#[test]
fn the_batch_closes_at_end_of_day() {
    assert!(BatchState::Open.transitions_by("vuk509-end-of-day").any(|t| t.to == BatchState::Closed));
    assert!(BatchState::Open.transitions_by("vuk507-end-of-day").any(|t| t.to == BatchState::Closed));
}

#[test]
fn a_partial_payment_is_paid_down_before_it_completes() {
    use Vuk507PartialPaymentState as S;
    assert!(S::NotStarted.transitions_by("vuk507-partial-payment-start").any(|t| t.to == S::Started));
    assert!(
        S::Started
            .transitions_by("vuk507-partial-payment-add-payment")
            .any(|t| t.to == S::PaidDown || t.to == S::FullyPaid)
    );
    assert!(S::FullyPaid.transitions_by("vuk507-partial-payment-complete").any(|t| t.to == S::Completed));
    assert!(
        !refusal(S::FORBIDDEN, S::Started, "vuk507-partial-payment-complete").is_empty(),
        "not while something remains"
    );
    assert!(
        !refusal(S::FORBIDDEN, S::PaidDown, "vuk507-partial-payment-add-payment").is_empty(),
        "not above the remainder"
    );
}

#[test]
fn finrota_3d_payments_commit_and_refunds_stay_within_the_amount() {
    use FinrotaPayment as S;
    assert!(S::TRANSITIONS.iter().any(|t| t.from == S::AwaitingThreeD && t.to == S::Committed));
    assert!(S::Committed.transitions_by("cancel-payment").any(|t| t.to == S::Cancelled));
    assert!(refusal(S::FORBIDDEN, S::Committed, "refund-payment").iter().any(|(code, _)| *code == "P015"));
    assert!(refusal(S::FORBIDDEN, S::NotSubmitted, "refund-payment").contains(&("P004", 404)));
}

#[test]
fn wiapay_transactions_expire_after_30_minutes_and_process_ids_are_unique() {
    use TransactionState as S;
    let expiry =
        S::TRANSITIONS.iter().find(|t| t.from == S::Pending && t.event.is_some_and(|e| e.contains("30 minutes")));
    assert!(expiry.is_some(), "a pending transaction expires after 30 minutes");
    assert!(S::TRANSITIONS.iter().any(|t| t.from == S::Processing && t.to == S::Completed));
    for state in S::ALL.iter().filter(|s| **s != S::INITIAL) {
        assert!(refusal(S::FORBIDDEN, *state, "deposit").contains(&("DUPLICATE_TRANSACTION", 409)), "{state:?}");
    }
}
