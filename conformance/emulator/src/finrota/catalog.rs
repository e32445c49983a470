//! The simulated bank's fixed test data: the payment set, its POS, the BINs it knows and the currencies it takes.
//! Never random; documented in the README.

use serde_json::{Value as Json, json};

/// The one payment set of the test merchant.
pub const PAYMENT_SET_ID: &str = "504978bf-bebd-40c5-89aa-b76f3a20341c";
/// Its one POS.
pub const TENANT_POS_ID: &str = "384badef-11ec-ee11-98f2-005056b0d2e5";
/// The test merchant.
pub const TENANT_ID: &str = "670683c1-2fe0-4846-87b2-6cba9b793ab2";
/// The currencies the POS takes; any other answers P020.
pub const CURRENCIES: &[&str] = &["TRY", "USD", "EUR"];
/// The BINs the bank knows (6 digits); any other answers P018.
pub const BINS: &[&str] = &["415565", "540667", "979208"];
/// The test OTP of the 3D bank page.
pub const TEST_OTP: &str = "123456";
/// The commission rate of every installment, as the POS lists it.
const COMM_RATES: &[(u32, &str)] = &[(1, "0.0"), (2, "1.06"), (3, "1.59"), (6, "3.18")];

/// The payment sets, as `list-payment-sets` answers them.
pub fn payment_sets() -> Json {
    json!([{
        "id": PAYMENT_SET_ID, "name": "payspec test set", "isDefault": true, "description": "The emulator's payment set",
        "isActive": true, "isShowNetAmount": false, "canUserChangeCommApplyType": false, "erpCode": "PAYSPEC"
    }])
}

fn comm_rates() -> Json {
    Json::Array(
        COMM_RATES
            .iter()
            .map(|(installment, rate)| {
                json!({"installment": installment, "commApplyTypeId": 10,
                    "processCommRate": crate::money::number(rate), "plusInstallment": 0})
            })
            .collect(),
    )
}

fn logo() -> Json {
    json!({"id": "f394c327-4425-ed11-98e1-005056b0d2e5", "colorCode": "#ffffff", "isDefault": true,
        "logoSmall": "~/Content/themes/base/images/apilogo/payspec/small.png", "logoMedium": null, "logoBig": null,
        "installmentCellColor": "#f5ecfe"})
}

/// The POS entries, as `list-payment-options` answers them.
pub fn payment_options() -> Json {
    json!([{"name": "payspec POS", "colorCode": "#701f7e", "logo": logo(), "commRates": comm_rates(),
        "isVisibleCommRate": true, "isDefaultPos": true}])
}

/// The options for a known BIN, as `payment-options-by-bin` answers them.
pub fn options_by_bin(bin: &str) -> Json {
    let credit_card_type = if bin.starts_with('5') { 2 } else { 1 };
    json!({
        "commApplyTypeId": 10, "installmentLowerLimit": crate::money::number("100.00"),
        "threeDLimit": crate::money::number("0.00"), "generalInstallmentLimit": crate::money::number("100000.00"),
        "poses": [{
            "paymentSetPosId": "2d9c3c3e-0b7e-4d7e-9a55-5f2f0d6c1a01", "tenantPosId": TENANT_POS_ID, "vPosApiId": 1,
            "threeDStatus": 1, "isCvvUse": true, "isDefaultPos": true, "name": "payspec POS", "logo": logo(),
            "commRates": comm_rates(), "creditCardTypeId": credit_card_type, "isBusinessCard": false,
            "hasCampaign": false, "nonBinPos": false
        }]
    })
}

/// Whether the bank knows a card's BIN (its first six digits).
pub fn knows_bin(card_or_bin: &str) -> bool {
    card_or_bin.get(..6).is_some_and(|bin| BINS.contains(&bin))
}
