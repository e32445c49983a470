//! The outcome table: trigger values (amounts) that make a call fail the way a real flow can — a bank decline passed
//! through, a definitive payment-service decline, each device error, a host timeout after which the payment turns out
//! approved or declined. Anything else is approved. Which of these answers is an unknown outcome is the spec's
//! outcome binding, not the table's: the table only says what the simulated device and bank answer, and what a status
//! query finds out later.

use serde::{Deserialize, Serialize};

use payspec::support::{Decimal, DecimalWire};

/// Every trigger, by API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutcomeTable {
    /// The iyzico Terminal API's triggers.
    pub iyzico: Vec<Trigger>,
    /// Finrota PWS's triggers.
    pub finrota: Vec<FinrotaTrigger>,
    /// WiaPay's triggers: deposit amounts, withdrawal amounts and IBANs.
    pub wiapay: Vec<crate::wiapay::WiapayTrigger>,
}

/// One trigger: the amount that selects it, what the call answers, and what really happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    /// Its name, also what `present` of a manual-tap device chooses.
    pub name: String,
    /// The amount (`price`, or a refund's total) that selects it, compared as an amount (`11.1` = `11.10`).
    pub amount: String,
    /// The failure answered.
    pub answer: Failure,
    /// What a status query later finds, where the spec says the answer leaves the outcome unknown.
    #[serde(default)]
    pub eventually: Eventually,
    /// What it shows, for the README and `--print-config`.
    pub doc: String,
}

/// What a failed call answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Failure {
    /// The bank declined: BANK_ERROR with the bank's own code and message passed through.
    BankError {
        /// The bank's code.
        code: String,
        /// The bank's message.
        message: String,
    },
    /// The payment service declined: PAYMENT_ERROR with its code and message passed through.
    PaymentError {
        /// The payment service's code.
        code: String,
        /// Its message.
        message: String,
    },
    /// One of the API's own codes (a device error, a timeout).
    Code {
        /// The code, e.g. `380202`.
        code: String,
        /// Read from configuration files written before the spec said which codes end a session (its signals: 380204
        /// revokes the caller's access token), and ignored: the spec's signals decide, whatever the table says.
        #[serde(default, skip_serializing, rename = "ends_session")]
        legacy_ends_session: bool,
    },
}

/// What really happened after an answer whose outcome is unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Eventually {
    /// The payment went through after all.
    Approved,
    /// Nothing was charged.
    #[default]
    Declined,
}

impl Default for OutcomeTable {
    fn default() -> Self {
        let trigger = |name: &str, amount: &str, answer, eventually, doc: &str| Trigger {
            name: name.to_owned(),
            amount: amount.to_owned(),
            answer,
            eventually,
            doc: doc.to_owned(),
        };
        let code = |code: &str| Failure::Code { code: code.to_owned(), legacy_ends_session: false };
        OutcomeTable {
            finrota: finrota_defaults(),
            iyzico: vec![
                trigger(
                    "bank-decline",
                    "11.01",
                    Failure::BankError { code: "51".to_owned(), message: "Yetersiz bakiye".to_owned() },
                    Eventually::Declined,
                    "The bank declines (BANK_ERROR, its code 51 and message passed through).",
                ),
                trigger(
                    "payment-decline",
                    "11.02",
                    Failure::PaymentError {
                        code: "10051".to_owned(),
                        message: "Kart limiti yetersiz, yetersiz bakiye".to_owned(),
                    },
                    Eventually::Declined,
                    "The payment service declines for good (PAYMENT_ERROR 10051, retry after a fix).",
                ),
                trigger(
                    "techpos-start-failed",
                    "11.03",
                    code("380202"),
                    Eventually::Declined,
                    "The device's payment application does not start (380202).",
                ),
                trigger(
                    "techpos-null-response",
                    "11.04",
                    code("380203"),
                    Eventually::Declined,
                    "The device's payment application answers nothing (380203); a status query finds it declined.",
                ),
                trigger(
                    "session-ended",
                    "11.05",
                    code("380204"),
                    Eventually::Declined,
                    "The device's token refresh fails and the session ends (380204): the access token is revoked.",
                ),
                trigger(
                    "device-response-not-created",
                    "11.06",
                    code("380205"),
                    Eventually::Approved,
                    "The device fails building its answer (380205); a status query finds the payment approved.",
                ),
                trigger(
                    "timeout-then-approved",
                    "11.07",
                    code("380103"),
                    Eventually::Approved,
                    "The host stops waiting (380103); a status query finds the payment approved.",
                ),
                trigger(
                    "timeout-then-declined",
                    "11.08",
                    code("380103"),
                    Eventually::Declined,
                    "The host stops waiting (380103); a status query finds the payment declined.",
                ),
            ],
            wiapay: crate::wiapay::default_triggers(),
        }
    }
}

impl OutcomeTable {
    /// The iyzico trigger an amount selects.
    pub fn iyzico_by_amount(&self, amount: &Decimal) -> Option<&Trigger> {
        let wanted = plain(amount.digits());
        self.iyzico.iter().find(|t| match (wanted, plain(&t.amount)) {
            (Some(wanted), Some(own)) => wanted == own,
            _ => parse(&t.amount).is_some_and(|own| own.same_amount(amount)),
        })
    }

    /// The iyzico trigger by name.
    pub fn iyzico_by_name(&self, name: &str) -> Option<&Trigger> {
        self.iyzico.iter().find(|t| t.name == name)
    }

    /// Every problem of the table: amounts that are not decimals, names or amounts used twice, unknown codes.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (n, trigger) in self.iyzico.iter().enumerate() {
            let at = format!("/outcomes/iyzico/{n}");
            match parse(&trigger.amount) {
                None => problems.push(format!("{at}/amount: {:?} is not a decimal amount", trigger.amount)),
                Some(amount) => {
                    if self.iyzico[..n].iter().any(|t| parse(&t.amount).is_some_and(|a| a.same_amount(&amount))) {
                        problems.push(format!("{at}/amount: {} selects an earlier trigger", trigger.amount));
                    }
                }
            }
            if trigger.name == "approved" || self.iyzico[..n].iter().any(|t| t.name == trigger.name) {
                problems.push(format!("{at}/name: {:?} is taken", trigger.name));
            }
            if let Failure::Code { code, .. } = &trigger.answer
                && <payspec::iyzico_terminal::Code as payspec::WireEnum>::from_wire(code).is_none()
            {
                problems.push(format!("{at}/answer/code: {code} is not a code of the iyzico Terminal API"));
            }
        }
        for (n, trigger) in self.finrota.iter().enumerate() {
            let at = format!("/outcomes/finrota/{n}");
            if parse(&trigger.amount).is_none() {
                problems.push(format!("{at}/amount: {:?} is not a decimal amount", trigger.amount));
            }
            if <payspec::finrota_pws::Code as payspec::WireEnum>::from_wire(&trigger.code).is_none() {
                problems.push(format!("{at}/code: {} is not a code of Finrota PWS", trigger.code));
            }
            if self.finrota[..n].iter().any(|t| t.name == trigger.name) {
                problems.push(format!("{at}/name: {:?} is taken", trigger.name));
            }
        }
        problems.extend(crate::wiapay::trigger_problems(&self.wiapay));
        problems
    }

    /// The Finrota trigger an amount selects for a step of a payment.
    pub fn finrota_by_amount(&self, on: FinrotaStep, amount: &Decimal) -> Option<&FinrotaTrigger> {
        self.finrota.iter().find(|t| t.on == on && parse(&t.amount).is_some_and(|own| own.same_amount(amount)))
    }
}

/// The step of a Finrota payment a trigger fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinrotaStep {
    /// The payment request (its `amount`).
    Payment,
    /// The cancellation of a payment of this amount.
    Cancel,
    /// A refund of this amount (or, for a full refund, of a payment of this amount).
    Refund,
}

/// A Finrota trigger: the amount that selects it, at which step, what the bank answers, and what really happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinrotaTrigger {
    /// Its name.
    pub name: String,
    /// The step it fails.
    pub on: FinrotaStep,
    /// The amount that selects it, compared as an amount.
    pub amount: String,
    /// The code answered (`P009`–`P014`, `P006`, `P016`, `P019`, `P020`).
    pub code: String,
    /// The bank's own message, passed through in `data.errorMessage` (the catalog's text when absent).
    #[serde(default)]
    pub bank_message: Option<String>,
    /// What a transaction query later finds, where the answer leaves the outcome unknown (P010).
    #[serde(default)]
    pub eventually: Eventually,
    /// What it shows, for the README and `--print-config`.
    pub doc: String,
}

fn finrota_defaults() -> Vec<FinrotaTrigger> {
    let trigger =
        |name: &str, on, amount: &str, code: &str, bank: Option<&str>, eventually, doc: &str| FinrotaTrigger {
            name: name.to_owned(),
            on,
            amount: amount.to_owned(),
            code: code.to_owned(),
            bank_message: bank.map(str::to_owned),
            eventually,
            doc: doc.to_owned(),
        };
    use Eventually::{Approved, Declined};
    use FinrotaStep::{Cancel, Payment, Refund};
    vec![
        trigger(
            "bank-decline",
            Payment,
            "21.11",
            "P011",
            Some("Yetersiz limit"),
            Declined,
            "The bank declines the payment (P011: HTTP 200, statusCode 600, the bank's message in data.errorMessage).",
        ),
        trigger(
            "bank-unavailable",
            Payment,
            "21.09",
            "P009",
            None,
            Declined,
            "The bank's service is unavailable (P009, HTTP 503); nothing is charged.",
        ),
        trigger(
            "timeout-then-approved",
            Payment,
            "21.10",
            "P010",
            None,
            Approved,
            "The bank does not answer in time (P010, HTTP 504); a transaction query finds the payment approved.",
        ),
        trigger(
            "timeout-then-declined",
            Payment,
            "21.12",
            "P010",
            None,
            Declined,
            "The bank does not answer in time (P010, HTTP 504); a transaction query finds the payment failed.",
        ),
        trigger(
            "invalid-card",
            Payment,
            "21.06",
            "P006",
            None,
            Declined,
            "The card, BIN or amount is invalid (P006, HTTP 422).",
        ),
        trigger(
            "unsupported-type",
            Payment,
            "21.16",
            "P016",
            None,
            Declined,
            "The transaction type is not supported (P016: HTTP 200, statusCode 605).",
        ),
        trigger(
            "pos-not-found",
            Payment,
            "21.19",
            "P019",
            None,
            Declined,
            "No POS of the payment set can take it (P019: HTTP 200, statusCode 608).",
        ),
        trigger(
            "cancel-declined",
            Cancel,
            "21.13",
            "P013",
            Some("Iptal onaylanmadi"),
            Declined,
            "Cancelling a payment of this amount is declined by the bank (P013: HTTP 200, statusCode 602).",
        ),
        trigger(
            "refund-declined",
            Refund,
            "21.14",
            "P014",
            Some("Iade reddedildi"),
            Declined,
            "A refund of this amount is rejected by the bank (P014: HTTP 200, statusCode 603).",
        ),
    ]
}

fn parse(text: &str) -> Option<Decimal> {
    Decimal::new(text, DecimalWire::String).ok()
}

/// A plain non-negative amount (`0`, `11.1`, `100.10`: no sign, exponent or leading zero) as its whole digits and
/// its fraction without trailing zeros, which two such amounts share exactly when they are the same amount; `None`
/// for any other text, which is compared as a [`Decimal`]. Every call with an amount is looked up in the table, and
/// this spares it parsing both sides of every row.
fn plain(text: &str) -> Option<(&str, &str)> {
    // Split at the point by bytes: the text is ASCII wherever it is plain.
    let point = text.as_bytes().iter().position(|&b| b == b'.');
    let (whole, fraction) = match point {
        Some(at) => (text.get(..at).unwrap_or_default(), text.get(at + 1..).unwrap_or_default()),
        None => (text, ""),
    };
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let canonical_whole = whole == "0" || (!whole.is_empty() && !whole.starts_with('0'));
    let fraction_ok = point.is_none() || !fraction.is_empty();
    (canonical_whole && digits(whole) && digits(fraction) && fraction_ok)
        .then(|| (whole, fraction.trim_end_matches('0')))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn an_old_configuration_file_with_ends_session_is_read_and_the_flag_is_not_written_again() {
        let old = r#"{"kind":"code","code":"380204","ends_session":true}"#;
        let failure: Failure = serde_json::from_str(old).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(&failure, Failure::Code { code, .. } if code == "380204"));
        let written = serde_json::to_string(&failure).unwrap_or_default();
        assert_eq!(written, r#"{"kind":"code","code":"380204"}"#);
        assert!(serde_json::from_str::<Failure>(r#"{"kind":"code","code":"1","end_session":true}"#).is_err());
    }

    fn slow(table: &OutcomeTable, amount: &Decimal) -> Option<String> {
        table
            .iyzico
            .iter()
            .find(|t| parse(&t.amount).is_some_and(|own| own.same_amount(amount)))
            .map(|t| t.name.clone())
    }

    #[test]
    fn plain_amounts() {
        assert_eq!(plain("11.10"), Some(("11", "1")));
        assert_eq!(plain("11.1"), plain("11.10"));
        assert_eq!(plain("0"), plain("0.00"));
        assert_eq!(plain("011.1"), None);
        assert_eq!(plain("-1.5"), None);
        assert_eq!(plain("1e2"), None);
        assert_eq!(plain("1."), None);
        assert_eq!(plain(".5"), None);
    }

    proptest! {
        /// The fast comparison agrees with the decimal one on every amount, plain or not, against the default table.
        #[test]
        fn lookup_agrees_with_decimal_comparison(
            text in prop_oneof![
                "(0|[1-9][0-9]{0,4})(\\.[0-9]{1,4})?",
                "-?0*[0-9]{1,4}(\\.[0-9]{0,3})?(e-?[0-9])?",
            ],
        ) {
            let table = OutcomeTable::default();
            let Ok(amount) = Decimal::new(&text, DecimalWire::String) else { return Ok(()) };
            prop_assert_eq!(table.iyzico_by_amount(&amount).map(|t| t.name.clone()), slow(&table, &amount));
        }

        /// Every trigger is found by its own amount written with more trailing zeros.
        #[test]
        fn triggers_found_with_trailing_zeros(zeros in 0usize..3) {
            let table = OutcomeTable::default();
            for trigger in &table.iyzico {
                let padded = if trigger.amount.contains('.') {
                    format!("{}{}", trigger.amount, "0".repeat(zeros))
                } else {
                    trigger.amount.clone()
                };
                let amount = Decimal::new(&padded, DecimalWire::String).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(table.iyzico_by_amount(&amount).map(|t| t.name.clone()), Some(trigger.name.clone()));
            }
        }
    }
}
