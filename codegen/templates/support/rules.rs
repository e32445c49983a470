//! Cross-field rules of messages (conditionally required fields, one-of groups) as static data, and their check.

use super::provenance::Provenance;

/// A rule across the fields of a message, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// What the rule requires.
    pub check: RuleKind,
    /// The error code the API answers when it is broken, if known.
    pub error: Option<&'static str>,
    /// The rule in English.
    pub doc: &'static str,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

/// What a rule requires; fields by wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// `field` must be present and not null when `when` has the JSON value `equals` (JSON text).
    RequiredIf {
        /// The field that becomes required.
        field: &'static str,
        /// The field the condition is on.
        when: &'static str,
        /// The value, as JSON text.
        equals: &'static str,
    },
    /// At least one of the fields must be present and not null.
    AtLeastOneOf(&'static [&'static str]),
    /// Exactly one of the fields must be present and not null.
    ExactlyOneOf(&'static [&'static str]),
    /// At most one of the fields may be present and not null.
    AtMostOneOf(&'static [&'static str]),
}

/// The rules a JSON object breaks.
pub fn broken_rules<'r>(value: &serde_json::Value, rules: &'r [RuleInfo]) -> Vec<&'r RuleInfo> {
    let present = |field: &str| value.get(field).is_some_and(|v| !v.is_null());
    rules
        .iter()
        .filter(|rule| match rule.check {
            // The value the rule names is read only for a call that leaves the field out.
            RuleKind::RequiredIf { field, when, equals } => {
                !present(field)
                    && value.get(when).is_some_and(|actual| {
                        serde_json::from_str::<serde_json::Value>(equals).is_ok_and(|expected| *actual == expected)
                    })
            }
            RuleKind::AtLeastOneOf(fields) => !fields.iter().any(|f| present(f)),
            RuleKind::ExactlyOneOf(fields) => fields.iter().filter(|f| present(f)).count() != 1,
            RuleKind::AtMostOneOf(fields) => fields.iter().filter(|f| present(f)).count() > 1,
        })
        .collect()
}
