//! Rules across the fields of a message or the parameters of an operation: the fields they name exist, one-of rules
//! name at least two, their error is in the catalog and their doc is complete.

use super::texts;
use crate::diagnostics::Collector;
use crate::model::{Message, Rule, RuleCheck};
use crate::spec::{ApiSpec, Located};

/// Checks the cross-field rules of a message: every field named exists, every error code is in the catalog.
pub fn check_rules(api: &ApiSpec, message: &Located<Message>, collector: &mut Collector) {
    let known = |wire: &str| message.fields.iter().any(|f| f.wire == wire);
    let at = format!("{}/rules", message.pointer);
    let (what_field, what_rule) = (format!("a field of {}", message.name), format!("a rule of {}", message.name));
    check_rule_list(api, collector, (&message.file, &at), &message.rules, &known, (&what_field, &what_rule));
}

/// Checks the rules written at `(file, at)`, whose fields must satisfy `known`; `what_field` and `what_rule` say what
/// a field and a rule are in messages (e.g. "a field of PayRequest", "a rule of PayRequest"): the fields exist, one-of
/// rules name at least two, the error is in the catalog, the doc is complete.
pub fn check_rule_list(
    api: &ApiSpec,
    collector: &mut Collector,
    (file, at): (&str, &str),
    rules: &[Rule],
    known: &dyn Fn(&str) -> bool,
    (what_field, what_rule): (&str, &str),
) {
    for (i, rule) in rules.iter().enumerate() {
        let at = format!("{at}/{i}");
        let fields: Vec<&str> = match &rule.check {
            RuleCheck::RequiredIf { field, when } => vec![field.as_str(), when.field.as_str()],
            RuleCheck::AtLeastOneOf { fields }
            | RuleCheck::ExactlyOneOf { fields }
            | RuleCheck::AtMostOneOf { fields } => {
                if fields.len() < 2 {
                    collector.report(file, &format!("{at}/check/fields"), "a one-of rule needs at least two fields");
                }
                fields.iter().map(String::as_str).collect()
            }
        };
        for field in fields {
            if !known(field) {
                collector.report(file, &format!("{at}/check"), format!("field {field} is not {what_field}"));
            }
        }
        if let Some(code) = &rule.error
            && api.code(code).is_none()
        {
            collector.report(file, &format!("{at}/error"), format!("code {code} is not in the catalog"));
        }
        texts::check(collector, file, &format!("{at}/doc"), &rule.doc, what_rule);
    }
}
