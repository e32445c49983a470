//! WiaPay's flows over loopback HTTP: available banks, deposits through the checkout page, withdrawals, every code
//! the outcome table and the back office reach, expiry by the test clock, the status control; and at the end every
//! transition and refusal of the `wiapay-transaction` lifecycle reached.

mod common;
mod wiapay_common;

use common::*;
use payspec::wiapay::OperationId;
use serde_json::json;
use wiapay_common::*;

const DEPOSIT: OperationId = OperationId::CreateDeposit;
const WITHDRAW: OperationId = OperationId::CreateWithdrawal;

#[test]
fn available_banks_list_limits_and_fast() {
    let emu = Emu::start();
    let reply = signed(emu.addr, "GET", "/v1/available-banks", "");
    assert_eq!(reply.status, 200);
    let data = &reply.json()["data"];
    assert_eq!(
        data["banks"][0],
        json!({"_id": BANK, "name": "Ziraat Bankası", "minAmount": 1000, "maxAmount": 10000000})
    );
    assert_eq!(data["fast"], json!({"minAmount": 100, "maxAmount": 5000000}));
}

#[test]
fn a_deposit_answers_a_checkout_page_that_confirms_it() {
    let emu = Emu::start();
    let process = unique("order");
    let reply = deposit(emu.addr, &deposit_body(&process, 15_000));
    assert_eq!(reply.status, 201, "{}", reply.show());
    let data = &reply.json()["data"];
    assert_eq!(data["status"], json!("pending"));
    assert_eq!(data["processId"], json!(process));
    let id = data["transactionId"].as_str().expect("id");
    assert_eq!(data["checkoutUrl"], json!(format!("http://{}/checkout/{id}", emu.addr)));
    let page = request(emu.addr, "GET", &format!("/checkout/{id}"), &[], b"");
    assert_eq!(page.status, 200);
    let html = String::from_utf8_lossy(&page.body);
    for needle in ["id=\"confirm\"", "id=\"cancel\"", "150.00 TRY", "Ayşe Öztürk", "2101"] {
        assert!(html.contains(needle), "{needle} missing from the page");
    }
    assert_eq!(outcome_of(&page), "pending");
    let (_, outcome) = checkout(emu.addr, id, "confirm");
    assert_eq!(outcome, "completed");
    assert_eq!(state_of(emu.addr, id), "completed");
    // A paid deposit cannot be paid or cancelled again.
    let (again, outcome) = checkout(emu.addr, id, "cancel");
    assert_eq!(outcome, "completed");
    assert!(String::from_utf8_lossy(&again.body).contains("Nothing changed"));
    let callbacks = wait_callbacks(emu.addr, id, 5, all_delivered);
    assert_eq!(statuses(&callbacks), ["processing", "completed"]);
    // The same processId again: DUPLICATE_TRANSACTION, whatever the state.
    let reply = deposit(emu.addr, &deposit_body(&process, 15_000));
    assert_error(DEPOSIT, &reply, 409, "DUPLICATE_TRANSACTION");
}

#[test]
fn the_page_escapes_what_the_merchant_sent() {
    let emu = Emu::start();
    let mut body = deposit_body(&unique("xss"), 15_000);
    body["customer"]["name"] = json!("<script>alert(1)</script>");
    let reply = deposit(emu.addr, &body);
    let id = reply.json()["data"]["transactionId"].as_str().expect("id").to_owned();
    let page = request(emu.addr, "GET", &format!("/checkout/{id}"), &[], b"");
    let html = String::from_utf8_lossy(&page.body);
    assert!(!html.contains("<script>"), "the name is escaped");
    assert!(html.contains("&lt;script&gt;") || html.contains("&#60;script&#62;"));
    let missing = request(emu.addr, "GET", "/checkout/TXN-none", &[], b"");
    assert_eq!((missing.status, outcome_of(&missing).as_str()), (404, "not_found"));
}

#[test]
fn cancel_and_expiry_cancel_a_deposit() {
    let emu = Emu::start();
    let id = deposited(emu.addr, &unique("c"), 15_000);
    assert_eq!(checkout(emu.addr, &id, "cancel").1, "cancelled");
    let id = deposited(emu.addr, &unique("e"), 15_000);
    advance(emu.addr, 29 * 60);
    assert_eq!(state_of(emu.addr, &id), "pending");
    advance(emu.addr, 61);
    assert_eq!(state_of(emu.addr, &id), "cancelled");
    let callbacks = wait_callbacks(emu.addr, &id, 5, all_delivered);
    assert_eq!(statuses(&callbacks), ["cancelled"]);
    // Too late to pay.
    let (page, outcome) = checkout(emu.addr, &id, "confirm");
    assert_eq!(outcome, "cancelled");
    assert!(!String::from_utf8_lossy(&page.body).contains("id=\"confirm\""));
}

#[test]
fn the_expiry_fires_by_itself_when_the_clock_moves() {
    let emu = Emu::start();
    let id = deposited(emu.addr, &unique("e"), 15_000);
    advance(emu.addr, 1801);
    // No call of WiaPay: the delivery task fires the timer and sends the callback.
    let callbacks = wait_callbacks(emu.addr, &id, 5, all_delivered);
    assert_eq!(statuses(&callbacks), ["cancelled"]);
}

#[test]
fn deposit_limits_and_banks() {
    let emu = Emu::start();
    let with_bank = |amount: i64, bank: &str| {
        let mut body = deposit_body(&unique("l"), amount);
        body["bankCode"] = json!(bank);
        deposit(emu.addr, &body)
    };
    assert_error(DEPOSIT, &deposit(emu.addr, &deposit_body(&unique("l"), 99)), 400, "AMOUNT_OUT_OF_RANGE");
    assert_error(DEPOSIT, &deposit(emu.addr, &deposit_body(&unique("l"), 10_000_001)), 400, "AMOUNT_OUT_OF_RANGE");
    assert_error(DEPOSIT, &with_bank(500, BANK), 400, "AMOUNT_OUT_OF_RANGE");
    assert_eq!(with_bank(500, "FAST").status, 201);
    assert_error(DEPOSIT, &with_bank(3_000_000, "5fe0f093bb4f0b001b5ea63e"), 400, "AMOUNT_OUT_OF_RANGE");
    assert_error(DEPOSIT, &with_bank(15_000, "no-such-bank"), 400, "INVALID_BANK");
    let mut body = withdraw_body(&unique("w"), "10.00", IBAN);
    body["bankId"] = json!("FAST");
    assert_error(WITHDRAW, &withdraw(emu.addr, &body), 400, "INVALID_BANK");
}

#[test]
fn every_code_of_the_outcome_table() {
    let emu = Emu::start();
    for (amount, status, code) in [
        (1111, 500, "INTERNAL_SERVER_ERROR"),
        (1112, 500, "SERVICE_UNAVAILABLE"),
        (1113, 403, "SITE_INACTIVE"),
        (1114, 404, "BANK_NOT_FOUND"),
        (1115, 400, "INVALID_CURRENCY"),
        (1116, 400, "INVALID_AMOUNT"),
    ] {
        let process = unique("t");
        assert_error(DEPOSIT, &deposit(emu.addr, &deposit_body(&process, amount)), status, code);
        // Nothing was created: the same processId with another amount is accepted.
        assert_eq!(deposit(emu.addr, &deposit_body(&process, 15_000)).status, 201);
    }
    for (amount, status, code) in [
        ("11.11", 500, "INTERNAL_SERVER_ERROR"),
        ("11.12", 500, "SERVICE_UNAVAILABLE"),
        ("11.13", 403, "SITE_INACTIVE"),
        ("11.14", 404, "BANK_NOT_FOUND"),
        ("11.15", 400, "INVALID_CURRENCY"),
        ("11.16", 400, "INVALID_AMOUNT"),
        ("11.17", 400, "AMOUNT_OUT_OF_RANGE"),
    ] {
        assert_error(WITHDRAW, &withdraw(emu.addr, &withdraw_body(&unique("t"), amount, IBAN)), status, code);
    }
    // An IBAN of the right form with wrong check digits; one of the wrong form is the decoder's.
    let bad = "TR340006100519786457841326";
    assert_error(WITHDRAW, &withdraw(emu.addr, &withdraw_body(&unique("i"), "10.00", bad)), 400, "INVALID_IBAN");
    let reply = withdraw(emu.addr, &withdraw_body(&unique("i"), "10.00", "DE89370400440532013000"));
    assert_error(WITHDRAW, &reply, 400, "VALIDATION_ERROR");
}

#[test]
fn withdrawals_hold_the_balance() {
    let mut config = config();
    config.wiapay.balance = "100.00".to_owned();
    let emu = Emu::with(config, None);
    let first = withdrawn(emu.addr, &unique("b"), "60.00", IBAN);
    let reply = withdraw(emu.addr, &withdraw_body(&unique("b"), "40.01", IBAN));
    assert_error(WITHDRAW, &reply, 403, "INSUFFICIENT_BALANCE");
    wait_callbacks(emu.addr, &first, 5, all_delivered);
    // A failed withdrawal gives its hold back.
    let failed = withdrawn(emu.addr, &unique("b"), "40.00", TRIGGER_IBANS[0]);
    assert_eq!(state_of(emu.addr, &failed), "failed");
    let callbacks = wait_callbacks(emu.addr, &failed, 5, all_delivered);
    assert_eq!(statuses(&callbacks), ["processing", "failed"]);
    let body: serde_json::Value = serde_json::from_str(callbacks[1]["body"].as_str().expect("body")).expect("json");
    assert_eq!(body["failureReason"], json!("Alıcı hesabı kapalı: İşlem reddedildi"));
    assert_eq!(withdraw(emu.addr, &withdraw_body(&unique("b"), "40.00", IBAN)).status, 201);
    assert_error(
        WITHDRAW,
        &withdraw(emu.addr, &withdraw_body(&unique("b"), "0.01", IBAN)),
        403,
        "INSUFFICIENT_BALANCE",
    );
}

use payspec_emulator::wiapay::TRIGGER_IBANS;

#[test]
fn every_transition_and_refusal_is_reached() {
    let emu = Emu::start();
    let addr = emu.addr;
    // Deposits: confirmed (processing, completed), each trigger, cancelled, expired.
    for (amount, end) in
        [(15_000, "completed"), (2101, "failed"), (2102, "failed"), (2103, "completed"), (2104, "completed")]
    {
        let id = deposited(addr, &unique("d"), amount);
        assert_eq!(checkout(addr, &id, "confirm").1, end, "deposit of {amount}");
    }
    let id = deposited(addr, &unique("d"), 2104);
    checkout(addr, &id, "confirm");
    let callbacks = wait_callbacks(addr, &id, 5, |c| c.len() == 2);
    assert!(callbacks[1]["body"].as_str().is_some_and(|b| b.contains("\"amount\":2000")), "{callbacks:?}");
    let processing = deposited(addr, &unique("d"), 2105);
    assert_eq!(checkout(addr, &processing, "confirm").1, "processing");
    let pending = deposited(addr, &unique("d"), 15_000);
    let cancelled = deposited(addr, &unique("d"), 15_000);
    checkout(addr, &cancelled, "cancel");
    // Withdrawals: each IBAN trigger.
    let w_pending = withdrawn(addr, &unique("w"), "10.00", TRIGGER_IBANS[4]);
    assert_eq!(state_of(addr, &w_pending), "pending");
    let w_processing = withdrawn(addr, &unique("w"), "10.00", TRIGGER_IBANS[5]);
    assert_eq!(state_of(addr, &w_processing), "processing");
    for (iban, end) in [
        (IBAN, "completed"),
        (TRIGGER_IBANS[0], "failed"),
        (TRIGGER_IBANS[1], "failed"),
        (TRIGGER_IBANS[2], "completed"),
        (TRIGGER_IBANS[3], "cancelled"),
    ] {
        let id = withdrawn(addr, &unique("w"), "10.00", iban);
        assert_eq!(state_of(addr, &id), end, "{iban}");
    }
    // The status control moves the rest, and refuses what the lifecycle has no transition for.
    let set = |id: &str, status: &str| {
        control_post(addr, &format!("/_payspec/wiapay/transactions/{id}/status"), &json!({"status": status}))
    };
    assert_eq!(set(&processing, "failed").status, 200);
    assert_eq!(set(&w_processing, "failed").status, 200);
    let p2 = deposited(addr, &unique("d"), 2105);
    checkout(addr, &p2, "confirm");
    assert_eq!(set(&p2, "completed").status, 200);
    let w2 = withdrawn(addr, &unique("w"), "10.00", TRIGGER_IBANS[5]);
    assert_eq!(set(&w2, "completed").status, 200);
    assert_eq!(set(&w2, "cancelled").status, 409);
    // Duplicates in every state, of both kinds.
    let process_of = |id: &str| {
        control_get(addr, &format!("/_payspec/wiapay/transactions/{id}")).json()["processId"]
            .as_str()
            .expect("p")
            .to_owned()
    };
    let w_processing2 = withdrawn(addr, &unique("w"), "10.00", TRIGGER_IBANS[5]);
    let expired = deposited(addr, &unique("d"), 15_000);
    for id in [&pending, &w_processing2, &processing, &w_pending, &cancelled, &id] {
        let process = process_of(id);
        assert_error(DEPOSIT, &deposit(addr, &deposit_body(&process, 15_000)), 409, "DUPLICATE_TRANSACTION");
        assert_error(WITHDRAW, &withdraw(addr, &withdraw_body(&process, "10.00", IBAN)), 409, "DUPLICATE_TRANSACTION");
    }
    let p3 = deposited(addr, &unique("d"), 2105);
    checkout(addr, &p3, "confirm");
    let process = process_of(&p3);
    assert_error(DEPOSIT, &deposit(addr, &deposit_body(&process, 15_000)), 409, "DUPLICATE_TRANSACTION");
    let w_done = withdrawn(addr, &unique("w"), "10.00", IBAN);
    let process = process_of(&w_done);
    assert_error(DEPOSIT, &deposit(addr, &deposit_body(&process, 15_000)), 409, "DUPLICATE_TRANSACTION");
    assert_error(WITHDRAW, &withdraw(addr, &withdraw_body(&process, "10.00", IBAN)), 409, "DUPLICATE_TRANSACTION");
    let w_failed = withdrawn(addr, &unique("w"), "10.00", TRIGGER_IBANS[1]);
    let process = process_of(&w_failed);
    assert_error(DEPOSIT, &deposit(addr, &deposit_body(&process, 15_000)), 409, "DUPLICATE_TRANSACTION");
    assert_error(WITHDRAW, &withdraw(addr, &withdraw_body(&process, "10.00", IBAN)), 409, "DUPLICATE_TRANSACTION");
    advance(addr, 1801);
    assert_eq!(state_of(addr, &expired), "cancelled");
    let report = control_get(addr, "/_payspec/wiapay/coverage").json();
    let lifecycle = &report["lifecycles"][0];
    let missing: Vec<&serde_json::Value> = ["transitions", "refusals"]
        .iter()
        .flat_map(|k| lifecycle[k]["rows"].as_array().expect("rows").iter())
        .filter(|row| row["reached"] != json!(true))
        .collect();
    assert!(missing.is_empty(), "never reached: {missing:#?}");
    // The totals are the spec's tables, read from the generated lifecycle.
    use payspec::support::StateMachine as _;
    let tables = payspec::wiapay::TransactionState::LIFECYCLE;
    assert_eq!(lifecycle["transitions"]["total"], json!(tables.transitions.len()));
    assert_eq!(lifecycle["refusals"]["total"], json!(tables.forbidden.len()));
}
