//! The iyzico lifecycles' rules reached through HTTP: refunds bounded by the sale, references single-use, the two
//! fiscal modes exclusive, the access token's session, authorization codes, client authentication, device
//! ownership, PRE_AUTH then POST_AUTH, and the VUK 507 flows. Every answer is checked against the generated types.

mod common;

use common::*;
use payspec::iyzico_terminal::OperationId;
use serde_json::json;

#[test]
fn refunds_never_exceed_the_sale() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let sale = sold509(addr, &tokens.access, DEVICE, "100.00");
    assert_ok(&refund509(addr, &tokens.access, &sale, "60.00"));
    assert_failure(&refund509(addr, &tokens.access, &sale, "40.01"), 400, "380112");
    assert_ok(&refund509(addr, &tokens.access, &sale, "40.00"));
    assert_failure(&refund509(addr, &tokens.access, &sale, "0.01"), 400, "380112");
    // Fully refunded: a void is refused too (380112 at the void's 422).
    assert_failure(&void509(addr, &tokens.access, &sale), 422, "380112");
}

#[test]
fn a_reused_transaction_reference_is_refused() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let reference = unique("dup");
    assert_ok(&sale509(addr, &tokens.access, DEVICE, &reference, "10.00"));
    let again = sale509(addr, &tokens.access, DEVICE, &reference, "10.00");
    assert_failure(&again, 400, "380104");
    // The refused call changed nothing: one payment for the reference.
    let query = query509_by_ref(addr, &tokens.access, DEVICE, &reference);
    assert_ok(&query);
}

#[test]
fn a_client_of_one_fiscal_mode_is_refused_the_other_modes_calls() {
    let emu = Emu::start();
    let addr = emu.addr;
    let vuk509 = login(addr, VUK509);
    let vuk507 = login(addr, VUK507);
    let sale507 = call(addr, OperationId::Vuk507Payment, Some(&vuk509.access), &sale507_body(DEVICE, &unique("m")));
    assert_failure(&sale507, 400, "380105");
    let eod507 = eod507(addr, &vuk509.access, DEVICE);
    assert_failure(&eod507, 400, "380105");
    let sale509 = sale509(addr, &vuk507.access, DEVICE, &unique("m"), "10.00");
    assert_failure(&sale509, 400, "380105");
    // The VUK 509 void documents 422 for its failures.
    let sold = sold509(addr, &vuk509.access, DEVICE, "10.00");
    assert_failure(&void509(addr, &vuk507.access, &sold), 422, "380105");
    // The right mode still works.
    assert_ok(&call(addr, OperationId::Vuk507Payment, Some(&vuk507.access), &sale507_body(DEVICE, &unique("m"))));
}

#[test]
fn a_token_never_issued_and_an_expired_token_are_refused() {
    let emu = Emu::start();
    let addr = emu.addr;
    let never = sale509(addr, "at-never-issued", DEVICE, &unique("t"), "10.00");
    assert_failure(&never, 400, "100310");
    let missing = call(addr, OperationId::Vuk509Payment, None, &sale509_body(DEVICE, &unique("t"), "10.00", "SALE"));
    assert_failure(&missing, 400, "100310");
    let tokens = login(addr, VUK509);
    assert_ok(&sale509(addr, &tokens.access, DEVICE, &unique("t"), "10.00"));
    advance(addr, 7200);
    let expired = sale509(addr, &tokens.access, DEVICE, &unique("t"), "10.00");
    assert_failure(&expired, 400, "100311");
    let expired_void = void509(addr, &tokens.access, &sold_placeholder());
    assert_failure(&expired_void, 422, "100311");
}

/// A sale reply naming a payment that does not matter (the call is refused before the payment is looked at).
fn sold_placeholder() -> Reply {
    Reply {
        status: 200,
        headers: Vec::new(),
        body: json!({"paymentId": "1", "paymentDate": "20250101", "deviceUniqueId": DEVICE}).to_string().into_bytes(),
    }
}

#[test]
fn refresh_issues_new_tokens_and_the_old_access_token_is_then_refused() {
    let emu = Emu::start();
    let addr = emu.addr;
    let first = login(addr, VUK509);
    let authorization = basic(VUK509, "payspec-vuk509-secret");
    // Through /in-store/oauth2/token/refresh.
    let refreshed = token_call(
        addr,
        OperationId::OauthTokenRefresh,
        &authorization,
        &[("grant_type", "refresh_token"), ("refresh_token", &first.refresh)],
    );
    assert_eq!(refreshed.status, 200, "refresh: {}", refreshed.show());
    let second = Tokens { access: refreshed.text("access_token"), refresh: refreshed.text("refresh_token") };
    assert_ne!(second.access, first.access);
    assert_failure(&sale509(addr, &first.access, DEVICE, &unique("r"), "10.00"), 400, "100310");
    assert_ok(&sale509(addr, &second.access, DEVICE, &unique("r"), "10.00"));
    // Through /in-store/oauth2/token with grant_type=refresh_token, after the access token expired.
    advance(addr, 7200);
    assert_failure(&sale509(addr, &second.access, DEVICE, &unique("r"), "10.00"), 400, "100311");
    let again = token_call(
        addr,
        OperationId::OauthToken,
        &authorization,
        &[("grant_type", "refresh_token"), ("refresh_token", &second.refresh)],
    );
    assert_eq!(again.status, 200, "refresh by grant_type: {}", again.show());
    let third = again.text("access_token");
    assert_ne!(third, second.access);
    assert_failure(&sale509(addr, &second.access, DEVICE, &unique("r"), "10.00"), 400, "100310");
    assert_ok(&sale509(addr, &third, DEVICE, &unique("r"), "10.00"));
    // A refresh token never issued is an invalid grant.
    let unknown = token_call(
        addr,
        OperationId::OauthTokenRefresh,
        &authorization,
        &[("grant_type", "refresh_token"), ("refresh_token", "rt-never-issued")],
    );
    assert_failure(&unknown, 400, "invalid_grant");
}

#[test]
fn an_authorization_code_is_single_use_and_expires() {
    let emu = Emu::start();
    let addr = emu.addr;
    let code = authorize(addr, VUK509, "payspec-vuk509-secret", USER, PASSWORD);
    assert_eq!(code.status, 200, "{}", code.show());
    let code = code.text("code");
    assert_eq!(exchange(addr, VUK509, &code).status, 200);
    assert_failure(&exchange(addr, VUK509, &code), 400, "invalid_grant");

    let late = authorize(addr, VUK509, "payspec-vuk509-secret", USER, PASSWORD).text("code");
    advance(addr, 601);
    assert_failure(&exchange(addr, VUK509, &late), 400, "invalid_grant");

    let in_time = authorize(addr, VUK509, "payspec-vuk509-secret", USER, PASSWORD).text("code");
    advance(addr, 599);
    assert_eq!(exchange(addr, VUK509, &in_time).status, 200, "599 s is within the 600 s lifetime");

    assert_failure(&exchange(addr, VUK509, "ac-never-issued"), 400, "invalid_grant");
}

#[test]
fn a_wrong_client_secret_is_an_invalid_client() {
    let emu = Emu::start();
    let addr = emu.addr;
    let code = authorize(addr, VUK509, "payspec-vuk509-secret", USER, PASSWORD).text("code");
    let wrong = token_call(
        addr,
        OperationId::OauthToken,
        &basic(VUK509, "not-the-secret"),
        &[("grant_type", "authorization_code"), ("code", &code)],
    );
    assert_failure(&wrong, 401, "invalid_client");
    let no_basic = request(
        addr,
        "POST",
        "/in-store/oauth2/token",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form(&[("grant_type", "authorization_code"), ("code", &code)]).as_bytes(),
    );
    check(OperationId::OauthToken, &no_basic);
    assert_failure(&no_basic, 401, "invalid_client");
    // The refused exchange did not spend the code.
    assert_eq!(exchange(addr, VUK509, &code).status, 200);
    // At authorize, in the body.
    let authorize_wrong = authorize(addr, VUK509, "not-the-secret", USER, PASSWORD);
    assert_failure(&authorize_wrong, 401, "invalid_client");
    let wrong_password = authorize(addr, VUK509, "payspec-vuk509-secret", USER, "not-the-password");
    assert_failure(&wrong_password, 401, "380101");
}

#[test]
fn a_device_of_another_user_is_refused() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    assert_failure(&sale509(addr, &tokens.access, OTHER_DEVICE, &unique("d"), "10.00"), 400, "380102");
    assert_failure(&eod509(addr, &tokens.access, OTHER_DEVICE), 400, "380102");
    // The other user may use it.
    let other = login_as(addr, VUK509, "other@payspec.test", "payspec-other-pass");
    assert_ok(&sale509(addr, &other.access, OTHER_DEVICE, &unique("d"), "10.00"));
    assert_failure(&sale509(addr, &other.access, DEVICE, &unique("d"), "10.00"), 400, "380102");
}

#[test]
fn pre_auth_then_post_auth() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let pre = call(
        addr,
        OperationId::Vuk509Payment,
        Some(&tokens.access),
        &sale509_body(DEVICE, &unique("pre"), "80.00", "PRE_AUTH"),
    );
    assert_ok(&pre);
    let payment_id = pre.text("paymentId");
    // A reservation cannot be refunded.
    assert_failure(&refund509(addr, &tokens.access, &pre, "10.00"), 400, "380104");
    // POST_AUTH without a paymentId breaks the message's rule.
    let no_id = call(
        addr,
        OperationId::Vuk509Payment,
        Some(&tokens.access),
        &sale509_body(DEVICE, &unique("post"), "75.00", "POST_AUTH"),
    );
    assert_failure(&no_id, 400, "380104");
    // POST_AUTH of an unknown payment.
    let mut unknown = sale509_body(DEVICE, &unique("post"), "75.00", "POST_AUTH");
    unknown["paymentId"] = json!("999999999");
    assert_failure(&call(addr, OperationId::Vuk509Payment, Some(&tokens.access), &unknown), 400, "380107");
    let mut post = sale509_body(DEVICE, &unique("post"), "75.00", "POST_AUTH");
    post["paymentId"] = json!(payment_id);
    let completed = call(addr, OperationId::Vuk509Payment, Some(&tokens.access), &post);
    assert_ok(&completed);
    assert_eq!(completed.text("paymentId"), payment_id);
    // Completed once: a second POST_AUTH is refused, a refund of the captured amount works.
    post["transactionReferenceId"] = json!(unique("post"));
    assert_failure(&call(addr, OperationId::Vuk509Payment, Some(&tokens.access), &post), 400, "380104");
    assert_failure(&refund509(addr, &tokens.access, &completed, "75.01"), 400, "380112");
    assert_ok(&refund509(addr, &tokens.access, &completed, "75.00"));
    let lifecycle =
        control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/vuk509-payment?payment_id={payment_id}"));
    assert_eq!(lifecycle.json()["instances"][0]["state"], json!("fully_refunded"), "{}", lifecycle.show());
}

#[test]
fn vuk507_sale_query_refundable_info_item_refund_and_end_of_day() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK507);
    let reference = unique("s507");
    let sale = call(addr, OperationId::Vuk507Payment, Some(&tokens.access), &sale507_body(DEVICE, &reference));
    assert_ok(&sale);
    assert_eq!(sale.json()["saleItems"].as_array().map(Vec::len), Some(2), "the sale's lines: {}", sale.show());
    assert_eq!(sale.json()["price"], json!("100.00"), "VUK 507 amounts are strings");

    let query = call(
        addr,
        OperationId::Vuk507QueryTransactionStatus,
        Some(&tokens.access),
        &json!({"locale": "tr", "conversationId": "q", "deviceUniqueId": DEVICE, "transactionReferenceId": reference}),
    );
    assert_ok(&query);
    assert_eq!(query.text("paymentId"), sale.text("paymentId"));

    let info = |tokens: &Tokens| {
        call(
            addr,
            OperationId::Vuk507RefundableSaleInfo,
            Some(&tokens.access),
            &json!({"locale": "tr", "conversationId": "i", "deviceUniqueId": DEVICE, "transactionReferenceId": reference}),
        )
    };
    let before = info(&tokens);
    assert_ok(&before);
    assert_eq!(before.json()["totalReturnableAmount"], json!("100.00"));

    assert_ok(&refund507(addr, &tokens.access, &sale, "30.00"));
    let after = info(&tokens);
    assert_eq!(after.json()["totalReturnableAmount"], json!("70.00"), "{}", after.show());
    assert_failure(&refund507(addr, &tokens.access, &sale, "70.01"), 400, "380112");

    let eod = eod507(addr, &tokens.access, DEVICE);
    assert_ok(&eod);
    assert_eq!(eod.text("batchNo"), "1");
    let tails = eod.json()["tails"].as_array().cloned().expect("tails");
    let net: Vec<_> = tails.iter().map(|t| t["totalTransactionAmount"].clone()).collect();
    assert_eq!(net, vec![json!("70.00")], "100.00 sold, 30.00 refunded: {}", eod.show());
    assert_eq!(eod507(addr, &tokens.access, DEVICE).text("batchNo"), "2");

    // After end of day the sale cannot be voided.
    let void = call(
        addr,
        OperationId::Vuk507Void,
        Some(&tokens.access),
        &json!({"locale": "tr", "conversationId": "v", "deviceUniqueId": DEVICE, "paymentId": sale.text("paymentId"),
            "paymentDate": sale.json()["paymentDate"].clone(), "transactionReferenceId": unique("v507")}),
    );
    assert_failure(&void, 400, "380104");
}

#[test]
fn vuk507_void_on_the_day() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK507);
    let sale = call(addr, OperationId::Vuk507Payment, Some(&tokens.access), &sale507_body(DEVICE, &unique("v")));
    assert_ok(&sale);
    let body = json!({"locale": "tr", "conversationId": "v", "deviceUniqueId": DEVICE,
        "paymentId": sale.text("paymentId"), "paymentDate": sale.json()["paymentDate"].clone(),
        "transactionReferenceId": unique("v507")});
    assert_ok(&call(addr, OperationId::Vuk507Void, Some(&tokens.access), &body));
    let mut twice = body.clone();
    twice["transactionReferenceId"] = json!(unique("v507"));
    assert_failure(&call(addr, OperationId::Vuk507Void, Some(&tokens.access), &twice), 400, "380104");
}

#[test]
fn vuk507_partial_payments() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK507);
    let start =
        call(addr, OperationId::Vuk507PartialPaymentStart, Some(&tokens.access), &sale507_body(DEVICE, &unique("pp")));
    assert_ok(&start);
    assert_eq!(start.json()["remainingPaymentAmount"], json!("100.00"));
    let sale_number = start.text("saleNumber");
    let add = |price: &str| {
        call(
            addr,
            OperationId::Vuk507PartialPaymentAddPayment,
            Some(&tokens.access),
            &json!({"deviceUniqueId": DEVICE, "transactionReferenceId": unique("pp-add"), "saleNumber": sale_number,
                "price": price, "installment": 1, "currency": "TRY"}),
        )
    };
    let complete = || {
        call(
            addr,
            OperationId::Vuk507PartialPaymentComplete,
            Some(&tokens.access),
            &json!({"deviceUniqueId": DEVICE, "transactionReferenceId": unique("pp-done"), "saleNumber": sale_number}),
        )
    };
    assert_ok(&add("60.00"));
    assert_failure(&complete(), 400, "380104");
    assert_failure(&add("40.01"), 400, "380104");
    assert_failure(&eod507(addr, &tokens.access, DEVICE), 400, "380104");
    assert_ok(&add("40.00"));
    assert_failure(&add("0.01"), 400, "380104");
    let done = complete();
    assert_ok(&done);
    assert_eq!(done.json()["remainingPaymentAmount"], json!("0.00"));
    assert_failure(&complete(), 400, "380104");
    // An unknown sale number.
    let unknown = call(
        addr,
        OperationId::Vuk507PartialPaymentAddPayment,
        Some(&tokens.access),
        &json!({"deviceUniqueId": DEVICE, "transactionReferenceId": unique("pp-add"), "saleNumber": "SN-unknown",
            "price": "1.00"}),
    );
    assert_failure(&unknown, 400, "380108");
    assert_ok(&eod507(addr, &tokens.access, DEVICE));
}
