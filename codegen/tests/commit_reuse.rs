//! What a commit may use again of its call's check: the instances the check found in a lifecycle are kept unless the
//! lifecycle's key for the operation reads the call's answer (its body, HTTP status or error), which a server checks
//! a call without. (`lifecycle_rules` checks that a call's commit after its check decides as a commit on its own.)
//! The spec's validator refuses a key that reads the answer, so no generated lifecycle clears anything: the check
//! keeps the reuse right for tables built otherwise, and its pieces are checked here on their own.

use std::cell::OnceCell;

use payspec::iyzico_terminal::{OperationId, Vuk509PaymentState};
use payspec::support::{ErrorFacet, OperandInfo, Population, Reach, StateMachine, ValueKind};

#[test]
fn operands_reading_the_answer_are_told_apart() {
    static REQUEST: OperandInfo = OperandInfo::Request("price", ValueKind::Decimal);
    static STATUS: OperandInfo = OperandInfo::HttpStatus;
    static WITH_STATUS: [OperandInfo; 2] = [OperandInfo::Request("price", ValueKind::Decimal), OperandInfo::HttpStatus];
    static REQUESTS: [OperandInfo; 2] =
        [OperandInfo::Request("price", ValueKind::Decimal), OperandInfo::Count("items")];
    assert!(OperandInfo::Response("paymentId", ValueKind::Text).reads_answer());
    assert!(OperandInfo::HttpStatus.reads_answer());
    assert!(OperandInfo::Error(ErrorFacet::Code).reads_answer());
    assert!(OperandInfo::Difference(&REQUEST, &STATUS).reads_answer(), "a difference with the status");
    assert!(OperandInfo::Sum(&WITH_STATUS).reads_answer(), "a sum with the status");
    assert!(!OperandInfo::Sum(&REQUESTS).reads_answer());
    assert!(!REQUEST.reads_answer());
    assert!(!OperandInfo::Attribute("refunded").reads_answer());
}

/// A filled cell, as a check leaves it.
fn found() -> OnceCell<Reach> {
    let cell = OnceCell::new();
    let _ = cell.set(None);
    cell
}

#[test]
fn a_commit_keeps_what_the_check_found_unless_the_key_reads_the_answer() {
    let table = Vuk509PaymentState::LIFECYCLE;
    assert!(!table.keys.is_empty());
    for key in table.keys {
        let reads_answer = key.matches.iter().any(|(_, operand)| operand.reads_answer());
        let kept = Population::<Vuk509PaymentState>::kept_for_commit(key.operation, found());
        assert_eq!(kept.get().is_some(), !reads_answer, "{:?}", key.operation);
    }
    // An operation the lifecycle has no key for reaches nothing in it, before or after its answer.
    let unkeyed = [OperationId::OauthToken, OperationId::Vuk507Payment];
    for operation in unkeyed.into_iter().filter(|o| table.key(*o).is_none()) {
        assert!(Population::<Vuk509PaymentState>::kept_for_commit(operation, found()).get().is_some());
    }
}
