//! Finrota PWS over loopback HTTP: the token, the catalog services, non-3D and 3D payments (through the bank page),
//! transaction details by exactly one identifier, cancellations and refunds with their limits and duplicates, every
//! outcome-table trigger, the envelope's pseudo-status codes, and the test clock expiring tokens.

mod common;
mod finrota_common;

use serde_json::json;

use common::{Emu, advance, request, unique};
use finrota_common::*;
use payspec::finrota_pws::OperationId;

#[test]
fn the_token_is_issued_for_the_test_keys_only_and_expires_by_the_test_clock() {
    let emu = Emu::start();
    let wrong = json!({"apiKey": "payspec-finrota-key", "secretKey": "wrong"});
    let reply = call(emu.addr, OperationId::TokenConnect, None, "/auth/api/token/connect", Some(&wrong));
    assert_code(&reply, 401, 401, "P002");
    let token = token(emu.addr);
    let sets = call(emu.addr, OperationId::ListPaymentSets, Some(&token), "/pws/paymentSet", None);
    assert_ok(&sets);
    assert_eq!(sets.json()["data"][0]["id"], json!(PAYMENT_SET));
    let none = call(emu.addr, OperationId::ListPaymentSets, None, "/pws/paymentSet", None);
    assert_code(&none, 401, 401, "P002");
    let forged = call(emu.addr, OperationId::ListPaymentSets, Some("fpws_forged"), "/pws/paymentSet", None);
    assert_code(&forged, 401, 401, "P002");
    advance(emu.addr, 3601);
    let expired = call(emu.addr, OperationId::ListPaymentSets, Some(&token), "/pws/paymentSet", None);
    assert_code(&expired, 401, 401, "P002");
    assert_ok(&call(emu.addr, OperationId::ListPaymentSets, Some(&token_again(&emu)), "/pws/paymentSet", None));
}

fn token_again(emu: &Emu) -> String {
    token(emu.addr)
}

#[test]
fn payment_options_know_the_test_currencies_and_bins() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let target = format!("/pws/paymentOptions?currency=TRY&paymentSetId={PAYMENT_SET}");
    let options = call(emu.addr, OperationId::ListPaymentOptions, Some(&token), &target, None);
    assert_ok(&options);
    let missing =
        call(emu.addr, OperationId::ListPaymentOptions, Some(&token), "/pws/paymentOptions?currency=TRY", None);
    assert_code(&missing, 400, 400, "P001");
    let target = format!("/pws/paymentOptions?currency=JPY&paymentSetId={PAYMENT_SET}");
    let yen = call(emu.addr, OperationId::ListPaymentOptions, Some(&token), &target, None);
    assert_code(&yen, 200, 609, "P020");
    let target = format!("/pws/paymentOptions/415565?currency=TRY&paymentSetId={PAYMENT_SET}");
    let by_bin = call(emu.addr, OperationId::PaymentOptionsByBin, Some(&token), &target, None);
    assert_ok(&by_bin);
    assert_eq!(by_bin.json()["data"]["poses"][0]["tenantPosId"], json!(POS));
    let target = format!("/pws/paymentOptions/111111?currency=TRY&paymentSetId={PAYMENT_SET}");
    let undefined = call(emu.addr, OperationId::PaymentOptionsByBin, Some(&token), &target, None);
    assert_code(&undefined, 200, 607, "P018");
    let seven = call(
        emu.addr,
        OperationId::PaymentOptionsByBin,
        Some(&token),
        "/pws/paymentOptions/4155650?currency=TRY&paymentSetId=x",
        None,
    );
    assert_code(&seven, 400, 400, "P001");
}

#[test]
fn a_non_3d_payment_commits_at_once_and_is_found_by_exactly_one_identifier() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let order = unique("ORDER");
    let paid = pay(emu.addr, &token, "250.0", false, &order);
    assert_ok(&paid);
    assert_eq!(paid.json()["data"]["isSuccess"], json!(true));
    assert_eq!(paid.json()["data"]["transactionStatusId"], json!(1));
    // The same order again is a transaction already completed.
    assert_code(&pay(emu.addr, &token, "250.0", false, &order), 200, 606, "P017");
    let by_order = query(emu.addr, &token, &json!({"clientReferenceNumber": order}));
    assert_ok(&by_order);
    let data = by_order.json()["data"].clone();
    assert_eq!(data["lastAmount"].to_string(), "250.00");
    let reference = data["referenceNumber"].as_str().expect("a text field").to_owned();
    let by_reference = query(emu.addr, &token, &json!({"referenceNumber": reference}));
    assert_eq!(by_reference.json()["data"]["clientReferenceNumber"], json!(order));
    let get = call(
        emu.addr,
        OperationId::GetTransaction,
        Some(&token),
        &format!("/pws/payment/transaction?clientOrderReferenceCode={order}"),
        None,
    );
    assert_ok(&get);
    assert_eq!(get.json()["data"]["referenceNumber"], json!(reference));
    assert_code(&query(emu.addr, &token, &json!({})), 400, 400, "P001");
    assert_code(
        &query(emu.addr, &token, &json!({"referenceNumber": reference, "clientReferenceNumber": order})),
        404,
        404,
        "P004",
    );
    assert_code(&query(emu.addr, &token, &json!({"referenceNumber": "NTH2P99999999999"})), 404, 404, "P004");
    assert_code(&query(emu.addr, &token, &json!({"clientReferenceNumber": "never-paid"})), 404, 404, "P004");
}

#[test]
fn refunds_stop_at_the_amount_and_a_repeated_refund_is_a_duplicate() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let (_, reference) = paid(emu.addr, &token, "250.0");
    let partial = refund(emu.addr, &token, &reference, Some("15"));
    assert_ok(&partial);
    assert_eq!(partial.json()["data"]["lastAmount"].to_string(), "235.00");
    assert_eq!(partial.json()["data"]["transactionStatusId"], json!(6));
    assert_code(&refund(emu.addr, &token, &reference, Some("15")), 409, 409, "P005");
    assert_code(&refund(emu.addr, &token, &reference, Some("300")), 200, 604, "P015");
    advance(emu.addr, 61);
    assert_ok(&refund(emu.addr, &token, &reference, Some("15")));
    let full = refund(emu.addr, &token, &reference, None);
    assert_ok(&full);
    assert_eq!(full.json()["data"]["lastAmount"].to_string(), "0.00");
    assert_code(&refund(emu.addr, &token, &reference, None), 409, 409, "P005");
    // fully_refunded refuses cancel-payment with P013 (the spec's row).
    assert_code(&cancel(emu.addr, &token, &reference), 200, 602, "P013");
}

#[test]
fn a_cancellation_zeroes_the_payment_and_cannot_be_repeated() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let (_, reference) = paid(emu.addr, &token, "99.90");
    let cancelled = cancel(emu.addr, &token, &reference);
    assert_ok(&cancelled);
    assert_eq!(cancelled.json()["data"]["lastAmount"].to_string(), "0.00");
    assert_code(&cancel(emu.addr, &token, &reference), 409, 409, "P005");
    assert_code(&cancel(emu.addr, &token, "NTH2P00000000000"), 404, 404, "P004");
    let refused = refund(emu.addr, &token, &reference, Some("1"));
    // cancelled refuses refund-payment with P014 (the spec's row).
    assert_code(&refused, 200, 603, "P014");
}

#[test]
fn the_outcome_table_declines_times_out_and_fails_cancellations_and_refunds() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let declined = pay(emu.addr, &token, "21.11", false, &unique("ORDER"));
    assert_code(&declined, 200, 600, "P011");
    assert_eq!(declined.json()["data"]["isSuccess"], json!(false));
    assert_eq!(declined.json()["data"]["errorMessage"], json!("Yetersiz limit"));
    assert_code(&pay(emu.addr, &token, "21.09", false, &unique("ORDER")), 503, 503, "P009");
    assert_code(&pay(emu.addr, &token, "21.06", false, &unique("ORDER")), 422, 422, "P006");
    assert_code(&pay(emu.addr, &token, "21.16", false, &unique("ORDER")), 200, 605, "P016");
    assert_code(&pay(emu.addr, &token, "21.19", false, &unique("ORDER")), 200, 608, "P019");
    // A timeout leaves the outcome unknown; a transaction query tells what the bank did.
    for (amount, status) in [("21.10", 1), ("21.12", 2)] {
        let order = unique("ORDER");
        assert_code(&pay(emu.addr, &token, amount, false, &order), 504, 504, "P010");
        let found = query(emu.addr, &token, &json!({"clientReferenceNumber": order}));
        assert_ok(&found);
        assert_eq!(found.json()["data"]["transactionStatusId"], json!(status), "{amount}: {}", found.show());
    }
    let (_, reference) = paid(emu.addr, &token, "21.13");
    assert_code(&cancel(emu.addr, &token, &reference), 200, 602, "P013");
    let (_, reference) = paid(emu.addr, &token, "100");
    assert_code(&refund(emu.addr, &token, &reference, Some("21.14")), 200, 603, "P014");
    assert_ok(&refund(emu.addr, &token, &reference, Some("21.15")));
}

#[test]
fn a_3d_payment_goes_through_the_bank_page_right_wrong_or_cancelled() {
    let emu = Emu::start();
    let token = token(emu.addr);
    for (form, success, status, error) in [
        ("otp=123456&action=submit", true, 1, None),
        ("otp=000000&action=submit", false, 2, Some("P012")),
        ("otp=&action=cancel", false, 2, Some("P012")),
    ] {
        let order = unique("ORDER3D");
        let started = pay(emu.addr, &token, "250.0", true, &order);
        assert_ok(&started);
        assert_eq!(started.json()["data"]["transactionStatusId"], json!(3));
        let page = started.json()["data"]["redirectUrl"].as_str().expect("a text field").to_owned();
        assert!(page.starts_with(&format!("http://{}/bank/3d/", emu.addr)), "{page}");
        let shown = request(emu.addr, "GET", &page_path(&page), &[], b"");
        assert_eq!(shown.status, 200, "{}", shown.show());
        let html = String::from_utf8_lossy(&shown.body).to_string();
        assert!(html.contains("name=\"otp\"") && html.contains("123456") && html.contains("21.11"), "{html}");
        assert!(!html.contains(CARD), "the bank page shows the whole card number");
        let redirect = bank_step(emu.addr, &page, form);
        assert_eq!(redirect.status, 303, "{}", redirect.show());
        let parameters = location_parameters(&redirect);
        assert!(redirect.header("location").expect("a Location").starts_with("http://127.0.0.1/bank/return?"));
        assert_eq!(parameter(&parameters, "isSuccess").as_deref(), Some(if success { "true" } else { "false" }));
        assert_eq!(parameter(&parameters, "clientOrderReferenceCode").as_deref(), Some(order.as_str()));
        assert_eq!(parameter(&parameters, "errorCode").as_deref(), error);
        let found = query(emu.addr, &token, &json!({"clientReferenceNumber": order}));
        assert_eq!(found.json()["data"]["transactionStatusId"], json!(status), "{form}: {}", found.show());
        // The page is finished: a second step is refused, and the commit is refused by the lifecycle.
        assert_eq!(bank_step(emu.addr, &page, form).status, 409);
        let reference = found.json()["data"]["referenceNumber"].as_str().expect("a text field").to_owned();
        let commit = call(
            emu.addr,
            OperationId::CommitPayment,
            Some(&token),
            "/pws/payment/commit",
            Some(&json!({"referenceCode": reference})),
        );
        // committed refuses commit-payment with P017, failed with P011 (the spec's rows).
        let (pseudo, refused) = if success { (606, "P017") } else { (600, "P011") };
        assert_code(&commit, 200, pseudo, refused);
    }
    // A 3D payment needs its returnUrl.
    let no_return = payment_body("10", true, &unique("ORDER3D"), None);
    let reply = call(emu.addr, OperationId::CreatePayment, Some(&token), "/pws/payment", Some(&no_return));
    assert_code(&reply, 400, 400, "P001");
}

#[test]
fn without_auto_commit_a_3d_payment_waits_for_its_commit() {
    let mut config = common::config();
    config.finrota.auto_commit = false;
    let emu = Emu::with(config, None);
    let token = token(emu.addr);
    for (otp, committed) in [("123456", true), ("111111", false)] {
        let order = unique("ORDER3D");
        let started = pay(emu.addr, &token, "40", true, &order);
        let page = started.json()["data"]["redirectUrl"].as_str().expect("a text field").to_owned();
        assert_eq!(bank_step(emu.addr, &page, &format!("otp={otp}")).status, 303);
        let reference = reference_of(emu.addr, &token, &order);
        let commit = call(
            emu.addr,
            OperationId::CommitPayment,
            Some(&token),
            "/pws/payment/commit",
            Some(&json!({"referenceCode": reference})),
        );
        if committed {
            assert_ok(&commit);
            assert_eq!(commit.json()["data"]["transactionStatusId"], json!(1));
            let again = call(
                emu.addr,
                OperationId::CommitPayment,
                Some(&token),
                "/pws/payment/commit",
                Some(&json!({"referenceCode": reference})),
            );
            assert_code(&again, 200, 606, "P017");
        } else {
            assert_code(&commit, 200, 601, "P012");
        }
    }
}

#[test]
fn parallel_refunds_never_exceed_the_payment() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let (_, reference) = paid(emu.addr, &token, "100");
    let amounts = ["30", "30.01", "30.02", "30.03", "30.04", "30.05"];
    let approved: Vec<bool> = std::thread::scope(|scope| {
        let handles: Vec<_> = amounts
            .iter()
            .map(|amount| {
                let (addr, token, reference) = (emu.addr, token.clone(), reference.clone());
                scope.spawn(move || refund(addr, &token, &reference, Some(amount)).json()["statusCode"] == json!(200))
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a refund thread")).collect()
    });
    // Money in cents, never floating point.
    let cents = |text: &str| -> i64 {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let fraction = format!("{fraction:0<2}");
        whole.parse::<i64>().expect("whole units") * 100 + fraction[..2].parse::<i64>().expect("cents")
    };
    let refunded: i64 = amounts.iter().zip(&approved).filter(|(_, ok)| **ok).map(|(a, _)| cents(a)).sum();
    assert_eq!(approved.iter().filter(|ok| **ok).count(), 3, "{approved:?}");
    assert!(refunded <= 10_000);
    let left = query(emu.addr, &token, &json!({"referenceNumber": reference})).json()["data"]["lastAmount"].to_string();
    assert_eq!(cents(&left) + refunded, 10_000, "left {left}, refunded {refunded} cents");
}

#[test]
fn malformed_requests_get_the_envelope_never_a_500() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let bearer = format!("Bearer {token}");
    let json_headers = [("Content-Type", "application/json"), ("Authorization", bearer.as_str())];
    for body in [&b"{not json"[..], b"[]", b"{\"referenceCode\": 12}", b""] {
        let reply = request(emu.addr, "POST", "/pws/payment/refund", &json_headers, body);
        check(OperationId::RefundPayment, &reply);
        assert_code(&reply, 400, 400, "P001");
    }
    let form = request(
        emu.addr,
        "POST",
        "/pws/payment/cancel",
        &[("Content-Type", "text/plain"), ("Authorization", &bearer)],
        b"referenceCode=x",
    );
    assert_code(&form, 400, 400, "P001");
    let big = vec![b' '; 70_000];
    let over = request(emu.addr, "POST", "/pws/payment", &json_headers, &big);
    assert_code(&over, 400, 400, "P001");
    let wrong_method = request(emu.addr, "DELETE", "/pws/payment", &[], b"");
    assert_eq!(wrong_method.status, 405, "{}", wrong_method.show());
    assert_eq!(wrong_method.header("allow"), Some("POST"));
    assert_eq!(code(&wrong_method).as_deref(), Some("P001"));
    let unknown = request(emu.addr, "GET", "/pws/nothing-here", &[], b"");
    assert_eq!(unknown.status, 404);
    assert_eq!(code(&unknown).as_deref(), Some("P001"));
    assert_eq!(request(emu.addr, "GET", "/bank/3d/unknown", &[], b"").status, 404);
    // Nothing above hurt the state: a payment still goes through.
    assert_ok(&pay(emu.addr, &token, "5", false, &unique("ORDER")));
}
