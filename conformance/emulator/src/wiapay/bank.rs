//! The simulated WiaPay back office: the banks it offers with their limits, the merchant's balance, the IBAN check a
//! bank makes, and the outcome table's WiaPay triggers (deposit amounts, withdrawal amounts and IBANs that make a
//! call fail, or a transaction end, a chosen way). None of this is a rule of the spec: it is the world the spec's
//! rules run in, and every value is configuration.

use serde::{Deserialize, Serialize};

use payspec::support::WireEnum;

use crate::config::WiapayConfig;

/// A deposit's limits, in kuruş (the unit of deposit amounts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// The smallest amount accepted.
    pub min_amount: i64,
    /// The largest amount accepted.
    pub max_amount: i64,
}

impl Limits {
    /// Whether an amount is within the limits.
    pub fn holds(self, amount: i64) -> bool {
        (self.min_amount..=self.max_amount).contains(&amount)
    }
}

/// A bank available-banks lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    /// Its id, the `bankCode` of a deposit and the `bankId` of a withdrawal.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its deposit limits.
    #[serde(flatten)]
    pub limits: Limits,
}

/// The default banks.
pub fn default_banks() -> Vec<Bank> {
    let bank = |id: &str, name: &str, min_amount, max_amount| Bank {
        id: id.to_owned(),
        name: name.to_owned(),
        limits: Limits { min_amount, max_amount },
    };
    vec![
        bank("5fe0f093bb4f0b001b5ea63d", "Ziraat Bankası", 1_000, 10_000_000),
        bank("5fe0f093bb4f0b001b5ea63e", "Garanti BBVA", 1_000, 2_500_000),
    ]
}

/// What a `bankCode` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankChoice<'a> {
    /// No bank was named: any option's limits.
    Any,
    /// A listed bank.
    Bank(&'a Bank),
    /// The FAST option.
    Fast(Limits),
    /// Nothing available-banks lists.
    Unknown,
}

/// The bank a deposit's `bankCode` (or a withdrawal's `bankId`) names.
pub fn choose<'a>(config: &'a WiapayConfig, code: Option<&str>, fast_allowed: bool) -> BankChoice<'a> {
    match code {
        None => BankChoice::Any,
        Some("FAST") if fast_allowed => config.fast.map_or(BankChoice::Unknown, BankChoice::Fast),
        Some(code) => config.banks.iter().find(|b| b.id == code).map_or(BankChoice::Unknown, BankChoice::Bank),
    }
}

/// Whether a deposit amount is within the limits of the chosen option (of any option when none is named).
pub fn within_limits(config: &WiapayConfig, choice: BankChoice<'_>, amount: i64) -> bool {
    match choice {
        BankChoice::Any => {
            config.banks.iter().any(|b| b.limits.holds(amount)) || config.fast.is_some_and(|f| f.holds(amount))
        }
        BankChoice::Bank(bank) => bank.limits.holds(amount),
        BankChoice::Fast(limits) => limits.holds(amount),
        BankChoice::Unknown => false,
    }
}

/// Whether an IBAN's check digits are right (ISO 13616: the number formed by moving the first four characters to
/// the end, letters as 10–35, is 1 modulo 97). The receiving bank's check, not the spec's pattern, which the
/// decoder applies.
pub fn iban_checksum_ok(iban: &str) -> bool {
    if iban.len() < 5 || !iban.is_ascii() {
        return false;
    }
    let (head, tail) = iban.split_at(4);
    let mut remainder: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let value = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        let digits = if value >= 10 { 100 } else { 10 };
        remainder = (remainder * digits + value) % 97;
    }
    remainder == 1
}

/// The two kinds of WiaPay transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A deposit: the payer pays at the checkout page.
    Deposit,
    /// A withdrawal: the merchant pays out to an IBAN.
    Withdrawal,
}

impl Kind {
    /// The callback payload's `type`.
    pub fn wire(self) -> &'static str {
        match self {
            Kind::Deposit => "deposit",
            Kind::Withdrawal => "withdrawal",
        }
    }
}

/// One WiaPay trigger of the outcome table: the value that selects it, and either the error the call answers or
/// the statuses the transaction then goes through (a deposit's when the payer confirms at the checkout, a
/// withdrawal's as soon as it is created). A call no trigger selects is accepted, and its transaction goes
/// `processing` then `completed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WiapayTrigger {
    /// Its name.
    pub name: String,
    /// The transactions it applies to.
    pub kind: Kind,
    /// The amount that selects it (a deposit's kuruş, a withdrawal's amount), compared as an amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The IBAN that selects it (withdrawals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// The code the call answers instead of creating the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The statuses the transaction goes through, each reported by a callback.
    #[serde(default)]
    pub then: Vec<String>,
    /// The `failureReason` of a failed transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    /// The amount a completed transaction is confirmed with, where it differs from the one requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_amount: Option<String>,
    /// What it shows, for the README and `--print-config`.
    pub doc: String,
}

/// The statuses of a transaction no trigger selects.
pub fn default_then() -> Vec<String> {
    vec!["processing".to_owned(), "completed".to_owned()]
}

/// The IBANs of the default withdrawal triggers (each with correct check digits).
pub const TRIGGER_IBANS: [&str; 6] = [
    "TR150006100000000000000101",
    "TR850006100000000000000102",
    "TR580006100000000000000103",
    "TR310006100000000000000104",
    "TR040006100000000000000105",
    "TR740006100000000000000106",
];

/// The default WiaPay triggers.
pub fn default_triggers() -> Vec<WiapayTrigger> {
    let base = |name: &str, kind, doc: &str| WiapayTrigger {
        name: name.to_owned(),
        kind,
        amount: None,
        iban: None,
        answer: None,
        then: Vec::new(),
        failure_reason: None,
        confirmed_amount: None,
        doc: doc.to_owned(),
    };
    let answer = |name: &str, kind, amount: &str, code: &str, doc: &str| WiapayTrigger {
        amount: Some(amount.to_owned()),
        answer: Some(code.to_owned()),
        ..base(name, kind, doc)
    };
    let then = |name: &str, kind, statuses: &[&str], doc: &str| WiapayTrigger {
        then: statuses.iter().map(|s| (*s).to_owned()).collect(),
        ..base(name, kind, doc)
    };
    let by_amount = |mut t: WiapayTrigger, amount: &str| {
        t.amount = Some(amount.to_owned());
        t
    };
    let by_iban = |mut t: WiapayTrigger, iban: &str| {
        t.iban = Some(iban.to_owned());
        t
    };
    let failing = |mut t: WiapayTrigger, reason: &str| {
        t.failure_reason = Some(reason.to_owned());
        t
    };
    use Kind::{Deposit, Withdrawal};
    let mut triggers = Vec::new();
    for (kind, prefix, amounts) in [
        (Deposit, "deposit", ["1111", "1112", "1113", "1114", "1115", "1116"]),
        (Withdrawal, "withdrawal", ["11.11", "11.12", "11.13", "11.14", "11.15", "11.16"]),
    ] {
        let codes = [
            (
                "internal-error",
                "INTERNAL_SERVER_ERROR",
                "answers INTERNAL_SERVER_ERROR (500), an unknown outcome: nothing is created",
            ),
            ("service-unavailable", "SERVICE_UNAVAILABLE", "answers SERVICE_UNAVAILABLE (500): nothing is created"),
            ("site-inactive", "SITE_INACTIVE", "answers SITE_INACTIVE (403)"),
            ("bank-not-found", "BANK_NOT_FOUND", "answers BANK_NOT_FOUND (404)"),
            ("invalid-currency", "INVALID_CURRENCY", "answers INVALID_CURRENCY (400)"),
            ("invalid-amount", "INVALID_AMOUNT", "answers INVALID_AMOUNT (400)"),
        ];
        for ((name, code, doc), amount) in codes.iter().zip(amounts) {
            triggers.push(answer(&format!("{prefix}-{name}"), kind, amount, code, &format!("The {prefix} {doc}.")));
        }
    }
    triggers.push(answer(
        "withdrawal-amount-out-of-range",
        Withdrawal,
        "11.17",
        "AMOUNT_OUT_OF_RANGE",
        "The withdrawal answers AMOUNT_OUT_OF_RANGE (400).",
    ));
    triggers.extend([
        by_amount(
            failing(
                then(
                    "deposit-fails",
                    Deposit,
                    &["processing", "failed"],
                    "Confirmed at the checkout, the deposit goes processing, then failed.",
                ),
                "Transfer rejected by the sending bank",
            ),
            "2101",
        ),
        by_amount(
            failing(
                then(
                    "deposit-fails-at-once",
                    Deposit,
                    &["failed"],
                    "Confirmed at the checkout, the deposit fails with no processing callback.",
                ),
                "Transfer rejected by the sending bank",
            ),
            "2102",
        ),
        by_amount(
            then(
                "deposit-completes-at-once",
                Deposit,
                &["completed"],
                "Confirmed at the checkout, the deposit completes with no processing callback.",
            ),
            "2103",
        ),
        WiapayTrigger {
            confirmed_amount: Some("2000".to_owned()),
            ..by_amount(
                then(
                    "deposit-confirmed-less",
                    Deposit,
                    &["processing", "completed"],
                    "Confirmed at the checkout, the deposit completes with a confirmed amount of 2000 (not 2104).",
                ),
                "2104",
            )
        },
        by_amount(
            then(
                "deposit-stays-processing",
                Deposit,
                &["processing"],
                "Confirmed at the checkout, the deposit stays processing (move it on with the status control).",
            ),
            "2105",
        ),
        by_iban(
            failing(
                then(
                    "withdrawal-fails",
                    Withdrawal,
                    &["processing", "failed"],
                    "The withdrawal goes processing, then failed.",
                ),
                "Alıcı hesabı kapalı: İşlem reddedildi",
            ),
            TRIGGER_IBANS[0],
        ),
        by_iban(
            failing(
                then(
                    "withdrawal-fails-at-once",
                    Withdrawal,
                    &["failed"],
                    "The withdrawal fails with no processing callback.",
                ),
                "Alıcı hesabı kapalı: İşlem reddedildi",
            ),
            TRIGGER_IBANS[1],
        ),
        by_iban(
            then(
                "withdrawal-completes-at-once",
                Withdrawal,
                &["completed"],
                "The withdrawal completes with no processing callback.",
            ),
            TRIGGER_IBANS[2],
        ),
        by_iban(
            then(
                "withdrawal-cancelled",
                Withdrawal,
                &["cancelled"],
                "The withdrawal is cancelled before it is processed.",
            ),
            TRIGGER_IBANS[3],
        ),
        by_iban(
            then(
                "withdrawal-stays-pending",
                Withdrawal,
                &[],
                "The withdrawal stays pending (move it on with the status control).",
            ),
            TRIGGER_IBANS[4],
        ),
        by_iban(
            then(
                "withdrawal-stays-processing",
                Withdrawal,
                &["processing"],
                "The withdrawal stays processing (move it on with the status control).",
            ),
            TRIGGER_IBANS[5],
        ),
    ]);
    triggers
}

fn same_amount(a: &str, b: &str) -> bool {
    matches!((crate::money::cents(a), crate::money::cents(b)), (Some(x), Some(y)) if x == y)
}

/// The trigger a call selects: by IBAN first, then by amount.
pub fn trigger<'a>(
    triggers: &'a [WiapayTrigger],
    kind: Kind,
    amount: &str,
    iban: Option<&str>,
) -> Option<&'a WiapayTrigger> {
    let of_kind = || triggers.iter().filter(move |t| t.kind == kind);
    iban.and_then(|iban| of_kind().find(|t| t.iban.as_deref() == Some(iban)))
        .or_else(|| of_kind().find(|t| t.amount.as_deref().is_some_and(|a| same_amount(a, amount))))
}

const STATUSES: [&str; 4] = ["processing", "completed", "failed", "cancelled"];

/// Every problem of the WiaPay triggers.
pub fn trigger_problems(triggers: &[WiapayTrigger]) -> Vec<String> {
    let mut problems = Vec::new();
    for (n, trigger) in triggers.iter().enumerate() {
        let at = format!("/outcomes/wiapay/{n}");
        if triggers[..n].iter().any(|t| t.name == trigger.name) {
            problems.push(format!("{at}/name: {:?} is taken", trigger.name));
        }
        if trigger.amount.is_none() && trigger.iban.is_none() {
            problems.push(format!("{at}: give an amount or an iban"));
        }
        if let Some(amount) = &trigger.amount
            && crate::money::cents(amount).is_none()
        {
            problems.push(format!("{at}/amount: {amount:?} is not an amount"));
        }
        if let Some(code) = &trigger.answer
            && payspec::wiapay::Code::from_wire(code).is_none()
        {
            problems.push(format!("{at}/answer: {code} is not a code of the WiaPay API"));
        }
        for status in &trigger.then {
            if !STATUSES.contains(&status.as_str()) {
                problems.push(format!("{at}/then: {status:?} is not one of {}", STATUSES.join(", ")));
            }
        }
    }
    problems
}

/// Every problem of WiaPay's configuration.
pub fn config_problems(config: &WiapayConfig) -> Vec<String> {
    let mut problems = Vec::new();
    if crate::money::cents(&config.balance).is_none() {
        problems.push(format!("/wiapay/balance: {:?} is not an amount", config.balance));
    }
    if let Some(url) = &config.callback_url
        && !url.starts_with("http://")
    {
        problems
            .push(format!("/wiapay/callback_url: {url:?} must start with http:// (the emulator has no TLS client)"));
    }
    for (n, bank) in config.banks.iter().enumerate() {
        if bank.limits.min_amount > bank.limits.max_amount {
            problems.push(format!("/wiapay/banks/{n}: min_amount is over max_amount"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_check_digits() {
        assert!(iban_checksum_ok("TR330006100519786457841326"));
        assert!(!iban_checksum_ok("TR340006100519786457841326"));
        for iban in TRIGGER_IBANS {
            assert!(iban_checksum_ok(iban), "{iban}");
        }
    }

    #[test]
    fn default_triggers_are_sound() {
        assert_eq!(trigger_problems(&default_triggers()), Vec::<String>::new());
    }
}
