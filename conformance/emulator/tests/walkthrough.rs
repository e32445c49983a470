//! The README's walk-through over real loopback HTTP: OAuth login, a VUK 509 sale, its status query, a partial
//! refund, end of day, and the void that end of day then refuses.

mod common;

use common::*;
use payspec::iyzico_terminal::OperationId;
use serde_json::json;

#[test]
fn walkthrough_login_sale_query_refund_end_of_day_and_the_refused_void() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);

    let reference = unique("walk");
    let sale = sale509(addr, &tokens.access, DEVICE, &reference, "100.00");
    assert_ok(&sale);
    assert_eq!(sale.json()["conversationId"], json!(format!("conv-{reference}")), "conversationId echoed");
    assert_eq!(sale.json()["price"], num("100.00"));
    assert_eq!(sale.text("transactionReferenceId"), reference);
    assert_eq!(sale.text("batchNo"), "1");
    let payment_id = sale.text("paymentId");

    let by_id = query509_by_id(addr, &tokens.access, &payment_id);
    assert_ok(&by_id);
    assert_eq!(by_id.text("paymentId"), payment_id);
    let by_ref = query509_by_ref(addr, &tokens.access, DEVICE, &reference);
    assert_ok(&by_ref);
    assert_eq!(by_ref.text("paymentId"), payment_id);

    let refund = refund509(addr, &tokens.access, &sale, "40");
    assert_ok(&refund);
    assert_eq!(refund.json()["price"], num("40"));

    let eod = eod509(addr, &tokens.access, DEVICE);
    assert_ok(&eod);
    assert_eq!(eod.text("batchNo"), "1");
    let totals = eod.json()["totals"].as_array().cloned().expect("totals");
    assert_eq!(totals.len(), 1, "one acquirer took the one payment: {}", eod.show());
    assert_eq!(totals[0]["totalTransactionAmount"], json!("60.00"), "100.00 sold, 40 refunded");
    assert_eq!(totals[0]["batchNo"], json!("1"));

    let second = eod509(addr, &tokens.access, DEVICE);
    assert_ok(&second);
    assert_eq!(second.text("batchNo"), "2", "end of day advances batchNo");
    assert_eq!(second.json()["totals"], json!([]), "nothing happened in batch 2");

    // The void end of day refuses: a settled payment is refused 380104 at the void's documented 422.
    let void = void509(addr, &tokens.access, &sale);
    assert_failure(&void, 422, "380104");
    assert_eq!(void.json()["errorGroup"], json!("VALIDATION_ERROR"));
    assert_eq!(void.json()["conversationId"], json!("conv-void"), "conversationId echoed on an error");
}

#[test]
fn messages_follow_the_request_locale() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let sale = sold509(addr, &tokens.access, DEVICE, "10.00");
    assert_ok(&eod509(addr, &tokens.access, DEVICE));
    let void = |locale: &str| {
        call(
            addr,
            OperationId::Vuk509Void,
            Some(&tokens.access),
            &json!({"conversationId": "c", "locale": locale, "paymentId": sale.text("paymentId"),
                "paymentDate": sale.text("paymentDate"), "deviceUniqueId": DEVICE, "transactionReferenceId": unique("loc")}),
        )
    };
    // A settled payment cannot be voided (380104); only the language differs.
    let english = void("en");
    let turkish = void("tr");
    assert_failure(&english, 422, "380104");
    assert_failure(&turkish, 422, "380104");
    let (en, tr) = (english.text("errorMessage"), turkish.text("errorMessage"));
    assert_ne!(en, tr, "the two languages differ");
    // The catalog's texts of 380104, with the refusal's details after them.
    assert!(en.starts_with("Device request validation error! Details: "), "English: {en}");
    assert!(tr.starts_with("Request doğrulama hatası! Detaylar: "), "Turkish: {tr}");
    eprintln!("{en}\n{tr}");
}
