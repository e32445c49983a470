//! Request templates: `{{captured.<step>.<name>}}`, `{{gen.<name>}}`, `{{credentials.<path>}}`, `{{clock.millis}}`,
//! `{{clock.seconds}}` and `{{clock.day}}` in any string of a step. A string that is one template alone takes the
//! value's JSON type (a captured number stays a number with its digits); elsewhere values are written as text.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use crate::credentials::Credentials;
use crate::seed::Seed;

/// What a case's templates read.
#[derive(Debug)]
pub struct Scope<'a> {
    /// The case's id (generated values are per case).
    pub case: &'a str,
    /// The API (credentials are read from its section).
    pub api: &'a str,
    /// The run's seed.
    pub seed: Seed,
    /// The run's credentials.
    pub credentials: &'a Credentials,
    /// Values captured so far: step → name → value.
    pub captured: BTreeMap<String, BTreeMap<String, Json>>,
    /// The target's clock, Unix milliseconds.
    pub now_millis: i64,
}

/// A template that names nothing known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{{{{{reference}}}}}: {problem}")]
pub struct TemplateError {
    /// The reference as written.
    pub reference: String,
    /// What is wrong.
    pub problem: String,
}

impl Scope<'_> {
    fn value(&self, reference: &str) -> Result<Json, TemplateError> {
        let fail = |problem: &str| TemplateError { reference: reference.to_owned(), problem: problem.to_owned() };
        let (kind, rest) = reference.split_once('.').ok_or_else(|| fail("expected kind.name"))?;
        match kind {
            "captured" => {
                let (step, name) = rest.split_once('.').ok_or_else(|| fail("expected captured.<step>.<name>"))?;
                self.captured
                    .get(step)
                    .and_then(|values| values.get(name))
                    .cloned()
                    .ok_or_else(|| fail("not captured by an earlier step"))
            }
            "gen" => Ok(Json::String(self.seed.value(self.case, rest))),
            "credentials" => {
                self.credentials.lookup(self.api, rest).cloned().ok_or_else(|| fail("not in the credentials"))
            }
            "clock" => match rest {
                "millis" => Ok(Json::from(self.now_millis)),
                "seconds" => Ok(Json::from(self.now_millis.div_euclid(1000))),
                "day" => {
                    let clock = payspec::support::Clock::turkey(self.now_millis.div_euclid(1000));
                    Ok(Json::String(payspec::support::yyyymmdd(clock.today())))
                }
                _ => Err(fail("clock.millis, clock.seconds or clock.day")),
            },
            _ => Err(fail("captured, gen, credentials or clock")),
        }
    }

    /// A string with every template filled in, as text.
    pub fn text(&self, template: &str) -> Result<String, TemplateError> {
        let mut out = String::new();
        let mut rest = template;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let end = after.find("}}").ok_or_else(|| TemplateError {
                reference: after.to_owned(),
                problem: "unclosed template".to_owned(),
            })?;
            match self.value(after[..end].trim())? {
                Json::String(text) => out.push_str(&text),
                other => out.push_str(&other.to_string()),
            }
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// A JSON value with every template filled in.
    pub fn json(&self, template: &Json) -> Result<Json, TemplateError> {
        Ok(match template {
            Json::String(text) => {
                let trimmed = text.trim();
                let whole = trimmed.starts_with("{{") && trimmed.ends_with("}}") && trimmed.matches("{{").count() == 1;
                if whole { self.value(trimmed[2..trimmed.len() - 2].trim())? } else { Json::String(self.text(text)?) }
            }
            Json::Array(items) => Json::Array(items.iter().map(|item| self.json(item)).collect::<Result<_, _>>()?),
            Json::Object(map) => Json::Object(
                map.iter().map(|(k, v)| Ok((k.clone(), self.json(v)?))).collect::<Result<_, TemplateError>>()?,
            ),
            other => other.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn whole_templates_keep_their_type_and_parts_become_text() {
        let credentials = Credentials::emulator();
        let mut scope = Scope {
            case: "iyzico-terminal/x",
            api: "iyzico-terminal",
            seed: Seed(1),
            credentials: &credentials,
            captured: BTreeMap::new(),
            now_millis: 1_796_108_400_000,
        };
        let price: serde_json::Value = serde_json::from_str("100.10").expect("a number");
        scope.captured.entry("sale".into()).or_default().insert("price".into(), price.clone());
        let out = scope
            .json(&json!({"p": "{{captured.sale.price}}", "t": "x-{{captured.sale.price}}", "d": "{{clock.day}}",
                "c": "{{credentials.vuk509.client_id}}"}))
            .expect("fills in");
        assert_eq!(out["p"], price, "the digits as captured");
        assert_eq!(out["t"], json!("x-100.10"));
        assert_eq!(out["d"], json!("20261201"));
        assert_eq!(out["c"], json!("payspec-vuk509"));
        assert!(scope.json(&json!("{{captured.none.x}}")).is_err());
    }
}
