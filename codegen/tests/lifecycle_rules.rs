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
    assert_eq!(AuthCodeState::Used.transitions_by("oauth-token").count(), 0, "a code is used once");
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
fn a_used_or_expired_code_and_a_spent_refresh_token_answer_invalid_grant() {
    use payspec::iyzico_terminal::{Code, Error, Group};
    for state in [AuthCodeState::Used, AuthCodeState::Expired] {
        assert_eq!(refusal(AuthCodeState::FORBIDDEN, state, "oauth-token"), [("invalid_grant", 400)], "{state:?}");
    }
    assert!(refusal(AuthCodeState::FORBIDDEN, AuthCodeState::Issued, "oauth-token").is_empty());
    for state in [AccessTokenState::Revoked, AccessTokenState::Refreshed] {
        for operation in ["oauth-token", "oauth-token-refresh"] {
            assert_eq!(
                refusal(AccessTokenState::FORBIDDEN, state, operation),
                [("invalid_grant", 400)],
                "{state:?} {operation}"
            );
        }
    }
    // The refusal is a catalog error like any other: typed, grouped, with advice.
    let error = Error::from_wire(None, "invalid_grant", None);
    assert_eq!(error.code(), Some(Code::InvalidGrant));
    assert_eq!(error.group(), Some(Group::OauthError));
    assert_eq!(error.retry(), Some(payspec::Retry::AfterFix));
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

#[test]
fn finrota_an_abandoned_3d_step_ends_failed_and_autocommit_finalizes() {
    use FinrotaPayment as S;
    let abandoned = S::TRANSITIONS
        .iter()
        .find(|t| t.from == S::AwaitingThreeD && t.to == S::Failed && t.event.is_some_and(|e| e.contains("abandons")));
    assert!(
        abandoned.is_some(),
        "a cardholder who never finishes the OTP step does not leave the payment awaiting for ever"
    );
    assert!(
        S::TRANSITIONS.iter().any(|t| t.from == S::AwaitingThreeD
            && t.to == S::Committed
            && t.event.is_some_and(|e| e.contains("autoCommit"))),
        "autoCommit finalizes a 3D payment"
    );
    for operation in ["cancel-payment", "refund-payment"] {
        assert!(
            refusal(S::FORBIDDEN, S::Failed, operation).contains(&("P005", 409)),
            "nothing to {operation} after a failed or abandoned 3D step"
        );
    }
}

#[test]
fn wiapay_callbacks_report_each_status_change_per_transaction_type() {
    use TransactionState as S;
    for callback in ["deposit-callback", "withdrawal-callback"] {
        for to in [S::Processing, S::Completed, S::Failed, S::Cancelled] {
            assert!(S::Pending.transitions_by(callback).any(|t| t.to == to), "{callback}: pending -> {to:?}");
        }
        for to in [S::Completed, S::Failed] {
            assert!(S::Processing.transitions_by(callback).any(|t| t.to == to), "{callback}: processing -> {to:?}");
        }
        assert_eq!(S::NotCreated.transitions_by(callback).count(), 0, "{callback} never creates a transaction");
        for state in [S::Completed, S::Failed, S::Cancelled] {
            assert!(state.is_terminal(), "{state:?} is final");
            assert_eq!(state.transitions_by(callback).count(), 0, "{callback} never leaves {state:?}");
        }
    }
    for t in S::TRANSITIONS.iter().filter(|t| t.from != S::NotCreated) {
        assert!(
            matches!(t.operation, Some("deposit-callback" | "withdrawal-callback")) || t.event.is_some(),
            "{t:?}: after creation a status changes only by a callback or by the expiry"
        );
    }
    assert!(
        S::TRANSITIONS.iter().any(|t| {
            t.from == S::Pending
                && t.to == S::Cancelled
                && t.operation.is_none()
                && t.event.is_some_and(|e| e.contains("30 minutes"))
        }),
        "a deposit expires after 30 minutes and is reported cancelled"
    );
}

#[test]
fn an_unknown_payment_outcome_is_settled_by_a_query_never_declined() {
    use payspec::iyzico_terminal::Vuk507PaymentState as G;
    use payspec::iyzico_terminal::Vuk509PaymentState as S;
    assert!(
        S::NotCreated.transitions_by("vuk509-payment").any(|t| t.to == S::OutcomeUnknown),
        "a query_first failure (380103, ...) leaves the outcome unknown"
    );
    let declined = S::NotCreated.transitions_by("vuk509-payment").find(|t| t.to == S::Declined).expect("a refusal");
    assert!(declined.guard.is_some_and(|g| g.contains("not query_first")), "{declined:?}");
    assert!(S::PreAuth.transitions_by("vuk509-payment").any(|t| t.to == S::OutcomeUnknown), "a POST_AUTH may time out");
    assert!(!S::OutcomeUnknown.is_terminal());
    for to in [S::Sale, S::PreAuth, S::PostAuthCompleted, S::Declined] {
        assert!(
            S::OutcomeUnknown.transitions_by("vuk509-query-transaction-status").any(|t| t.to == to),
            "the query tells {to:?}"
        );
    }
    assert!(
        refusal(S::FORBIDDEN, S::OutcomeUnknown, "vuk509-payment").contains(&("380104", 400)),
        "no retry with the same reference before the query"
    );
    for operation in ["vuk507-payment", "vuk507-partial-payment-complete"] {
        assert!(G::NotCreated.transitions_by(operation).any(|t| t.to == G::OutcomeUnknown), "{operation}");
    }
    for to in [G::Sale, G::Declined] {
        assert!(G::OutcomeUnknown.transitions_by("vuk507-query-transaction-status").any(|t| t.to == to), "{to:?}");
    }
}

#[test]
fn a_reused_transaction_reference_is_refused() {
    use payspec::iyzico_terminal::Vuk507PaymentState as G;
    use payspec::iyzico_terminal::Vuk509PaymentState as S;
    let reused =
        |arguments: &[(&str, &str)]| arguments.contains(&("details", "transactionReferenceId is already used"));
    for state in S::ALL.iter().filter(|s| **s != S::INITIAL) {
        assert!(
            S::FORBIDDEN.iter().any(|f| f.state == *state
                && f.operation == "vuk509-payment"
                && (f.code, f.http_status) == ("380104", 400)
                && reused(f.arguments)),
            "{state:?}"
        );
    }
    for state in G::ALL.iter().filter(|s| **s != G::INITIAL) {
        assert!(
            G::FORBIDDEN.iter().any(|f| f.state == *state
                && f.operation == "vuk507-payment"
                && (f.code, f.http_status) == ("380104", 400)
                && reused(f.arguments)),
            "{state:?}"
        );
    }
}

#[test]
fn an_integration_is_bound_to_one_mode() {
    use payspec::iyzico_terminal::{IntegrationModeState as S, OPERATIONS};
    for info in OPERATIONS {
        let (bound, other) = match info.mode {
            Some("vuk509") => (S::BoundToVuk509, S::BoundToVuk507),
            Some("vuk507") => (S::BoundToVuk507, S::BoundToVuk509),
            _ => {
                for state in S::ALL {
                    assert!(refusal(S::FORBIDDEN, *state, info.id).is_empty(), "{} is common to both modes", info.id);
                }
                continue;
            }
        };
        assert!(S::Unbound.transitions_by(info.id).any(|t| t.to == bound), "{} binds the integration", info.id);
        assert!(bound.transitions_by(info.id).any(|t| t.to == bound), "{} keeps the mode", info.id);
        assert!(refusal(S::FORBIDDEN, bound, info.id).is_empty(), "{} is allowed in its own mode", info.id);
        let status = if info.id == "vuk509-void" { 422 } else { 400 };
        let refused: Vec<_> = S::FORBIDDEN.iter().filter(|f| f.state == other && f.operation == info.id).collect();
        assert_eq!(refused.len(), 1, "{}", info.id);
        assert_eq!((refused[0].code, refused[0].http_status), ("380105", status), "{}", info.id);
        assert!(refused[0].arguments.contains(&("operation", info.id)), "{:?}", refused[0]);
        assert!(info.errors.contains(&"380105"), "{} lists 380105", info.id);
    }
}

#[test]
fn the_silences_of_the_sources_are_decided() {
    use payspec::iyzico_terminal::Vuk507PaymentState as G;
    use payspec::iyzico_terminal::Vuk509PaymentState as S;
    // A void needs both halves: the payment's day and before end of day.
    assert!(refusal(S::FORBIDDEN, S::Sale, "vuk509-void").contains(&("380104", 422)), "an earlier-day sale");
    assert!(refusal(S::FORBIDDEN, S::PostAuthCompleted, "vuk509-void").contains(&("380104", 422)));
    assert!(refusal(G::FORBIDDEN, G::Sale, "vuk507-void").contains(&("380104", 400)));
    // A PRE_AUTH survives end of day; one never closed lapses.
    assert!(S::PreAuth.transitions_by("vuk509-end-of-day").any(|t| t.to == S::PreAuth));
    assert!(S::TRANSITIONS.iter().any(|t| t.from == S::PreAuth && t.to == S::PreAuthLapsed && t.event.is_some()));
    assert!(S::PreAuthLapsed.is_terminal());
    assert!(refusal(S::FORBIDDEN, S::PreAuthLapsed, "vuk509-payment").contains(&("380104", 400)));
    // POST_AUTH naming a declined payment.
    assert!(refusal(S::FORBIDDEN, S::Declined, "vuk509-payment").contains(&("380104", 400)));
    // A token replaced by a refresh is refused.
    for (operation, status) in [("vuk509-payment", 400), ("vuk509-void", 422), ("vuk507-end-of-day", 400)] {
        assert!(
            refusal(AccessTokenState::FORBIDDEN, AccessTokenState::Refreshed, operation).contains(&("100310", status)),
            "{operation}"
        );
    }
    // An open partial payment blocks its device's end of day.
    use Vuk507PartialPaymentState as P;
    for state in [P::Started, P::PaidDown, P::FullyPaid] {
        assert!(refusal(P::FORBIDDEN, state, "vuk507-end-of-day").contains(&("380104", 400)), "{state:?}");
    }
    assert!(refusal(P::FORBIDDEN, P::Completed, "vuk507-end-of-day").is_empty());
}
