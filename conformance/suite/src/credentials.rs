//! The credentials a run uses: a JSON file per target (`--credentials FILE`), or the emulator's fixed test data
//! (`conformance/cases/credentials.emulator.json`, embedded). Each API has a section that case templates read as
//! `{{credentials.<path>}}` (`{{credentials.vuk509.client_id}}`); `timers` overrides the spec's timers where the
//! target is configured otherwise; `target` names the implementation for the certificate.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value as Json;

use crate::error::SuiteError;

/// The emulator's fixed test data (README "Test data").
pub const EMULATOR: &str = include_str!("../../cases/credentials.emulator.json");

/// The fiscal mode an iyzico integration is registered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiscalMode {
    /// VUK 509.
    Vuk509,
    /// VUK 507.
    Vuk507,
}

/// An iyzico integration (OAuth client).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Integration {
    /// The client id.
    pub client_id: String,
    /// Its mode.
    pub mode: FiscalMode,
}

/// What the model needs of the iyzico section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IyzicoCredentials {
    /// The integrations, each in its mode.
    pub integrations: Vec<Integration>,
}

/// What the model needs of the WiaPay section: the keys requests are signed with and callbacks verified with. A
/// credentials file without the section (written before WiaPay joined) still parses: every field is empty, and a
/// WiaPay case then signs with an empty secret, which the recipe refuses (the step fails, naming it).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct WiapayCredentials {
    /// The API key (`X-API-Key`).
    pub api_key: String,
    /// The API secret requests are signed with.
    pub api_secret: String,
    /// The callback secret callbacks are signed with.
    pub callback_secret: String,
}

impl std::fmt::Debug for WiapayCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WiapayCredentials")
            .field("api_key", &"<redacted>")
            .field("api_secret", &"<redacted>")
            .field("callback_secret", &"<redacted>")
            .finish()
    }
}

/// The implementation's identity, for the certificate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// The implementation's name.
    #[serde(default)]
    pub name: String,
    /// Its version.
    #[serde(default)]
    pub version: String,
}

/// A run's credentials. `Debug` shows the sections and the identity, never the document's values (secrets,
/// passwords, card data).
#[derive(Clone, PartialEq)]
pub struct Credentials {
    /// The document as written: the sections templates read.
    pub document: Json,
    /// The iyzico integrations.
    pub iyzico: IyzicoCredentials,
    /// The WiaPay keys.
    pub wiapay: WiapayCredentials,
    /// Timer overrides, by the spec's timer id or configuration key.
    pub timers: BTreeMap<String, u64>,
    /// The implementation's identity.
    pub identity: Identity,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sections: Vec<&str> = match &self.document {
            Json::Object(map) => map.keys().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        f.debug_struct("Credentials")
            .field("sections", &sections)
            .field("iyzico", &self.iyzico)
            .field("wiapay", &self.wiapay)
            .field("timers", &self.timers)
            .field("identity", &self.identity)
            .finish()
    }
}

impl Credentials {
    /// The emulator's fixed test data.
    pub fn emulator() -> Self {
        Credentials::parse(EMULATOR, Path::new("credentials.emulator.json")).unwrap_or_else(|_| Credentials {
            document: Json::Null,
            iyzico: IyzicoCredentials::default(),
            wiapay: WiapayCredentials::default(),
            timers: BTreeMap::new(),
            identity: Identity::default(),
        })
    }

    /// Reads a credentials file, or the emulator's fixed test data without one (`--credentials` left out).
    pub fn from_file_or_emulator(path: Option<&Path>) -> Result<Self, SuiteError> {
        path.map_or_else(|| Ok(Credentials::emulator()), Credentials::from_file)
    }

    /// Reads a credentials file.
    pub fn from_file(path: &Path) -> Result<Self, SuiteError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| SuiteError::Credentials { path: path.to_owned(), problem: source.to_string() })?;
        Credentials::parse(&text, path)
    }

    /// Parses a credentials document.
    pub fn parse(text: &str, path: &Path) -> Result<Self, SuiteError> {
        let problem = |problem: String| SuiteError::Credentials { path: path.to_owned(), problem };
        let document: Json = serde_json::from_str(text).map_err(|e| problem(format!("not JSON: {e}")))?;
        let Json::Object(map) = &document else {
            return Err(problem("must be a JSON object with a section per API".to_owned()));
        };
        for key in map.keys() {
            if !["$comment", "target", "timers", "iyzico-terminal", "finrota-pws", "wiapay"].contains(&key.as_str()) {
                return Err(problem(format!("unknown section {key:?}")));
            }
        }
        let mut iyzico = IyzicoCredentials::default();
        if let Some(section) = map.get("iyzico-terminal") {
            for (key, mode) in [("vuk509", FiscalMode::Vuk509), ("vuk507", FiscalMode::Vuk507)] {
                if let Some(client) = section.get(key) {
                    let client_id = client
                        .get("client_id")
                        .and_then(Json::as_str)
                        .ok_or_else(|| problem(format!("/iyzico-terminal/{key}/client_id: a string is required")))?;
                    iyzico.integrations.push(Integration { client_id: client_id.to_owned(), mode });
                }
            }
        }
        let mut wiapay = WiapayCredentials::default();
        if let Some(section) = map.get("wiapay") {
            let text = |key: &str| -> Result<String, SuiteError> {
                match section.get(key) {
                    None => Ok(String::new()),
                    Some(Json::String(value)) => Ok(value.clone()),
                    Some(_) => Err(problem(format!("/wiapay/{key}: a string is required"))),
                }
            };
            wiapay = WiapayCredentials {
                api_key: text("api_key")?,
                api_secret: text("api_secret")?,
                callback_secret: text("callback_secret")?,
            };
        }
        let timers = match map.get("timers") {
            None => BTreeMap::new(),
            Some(value) => serde_json::from_value(value.clone())
                .map_err(|e| problem(format!("/timers: seconds by timer id: {e}")))?,
        };
        let identity = match map.get("target") {
            None => Identity::default(),
            Some(value) => serde_json::from_value(value.clone()).map_err(|e| problem(format!("/target: {e}")))?,
        };
        Ok(Credentials { document, iyzico, wiapay, timers, identity })
    }

    /// A value of an API's section by a dotted path (`vuk509.client_id`).
    pub fn lookup(&self, api: &str, path: &str) -> Option<&Json> {
        path.split('.').try_fold(self.document.get(api)?, |value, segment| value.get(segment))
    }

    /// Every secret of the file (the values of keys naming a secret, password or key), for redaction.
    pub fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        collect_secrets(&self.document, false, &mut out);
        out.sort();
        out.dedup();
        out
    }
}

fn collect_secrets(value: &Json, secret: bool, out: &mut Vec<String>) {
    match value {
        Json::Object(map) => {
            for (key, value) in map {
                let key = key.to_ascii_lowercase();
                let named = [
                    "secret",
                    "password",
                    "otp",
                    "cvv",
                    "cvc",
                    "card_number",
                    "api_key",
                    "apikey",
                    "token",
                    "signature",
                ]
                .iter()
                .any(|w| key.contains(w));
                collect_secrets(value, secret || named, out);
            }
        }
        Json::Array(items) => items.iter().for_each(|item| collect_secrets(item, secret, out)),
        Json::String(text) if secret && !text.is_empty() => out.push(text.clone()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_emulator_data_parses_and_names_its_secrets() {
        let credentials = Credentials::parse(EMULATOR, Path::new("x")).expect("the embedded data parses");
        assert_eq!(credentials.iyzico.integrations.len(), 2);
        assert!(credentials.secrets().contains(&"payspec-vuk509-secret".to_owned()));
        assert_eq!(
            credentials.lookup("iyzico-terminal", "vuk509.client_id").and_then(Json::as_str),
            Some("payspec-vuk509")
        );
    }

    #[test]
    fn the_wiapay_keys_are_read_and_a_file_without_them_still_parses() {
        let credentials = Credentials::parse(EMULATOR, Path::new("x")).expect("the embedded data parses");
        assert_eq!(credentials.wiapay.api_key, "pk_test_payspec");
        assert_eq!(credentials.wiapay.api_secret, "sk_test_payspec");
        assert!(credentials.secrets().contains(&"whsec_test_payspec".to_owned()));
        assert!(!format!("{:?}", credentials.wiapay).contains("sk_test_payspec"));
        let older = Credentials::parse(r#"{"finrota-pws": {"api_key": "k"}}"#, Path::new("x")).expect("parses");
        assert_eq!(older.wiapay, WiapayCredentials::default());
        assert!(Credentials::parse(r#"{"wiapay": {"api_secret": 1}}"#, Path::new("x")).is_err());
    }

    #[test]
    fn debug_shows_no_secret_of_the_document() {
        let credentials = Credentials::parse(EMULATOR, Path::new("x")).expect("the embedded data parses");
        let shown = format!("{credentials:?}");
        assert!(shown.contains("iyzico-terminal"), "{shown}");
        let secrets = credentials.secrets();
        assert!(!secrets.is_empty());
        for secret in secrets {
            assert!(!shown.contains(&secret), "{secret} in {shown}");
        }
    }

    #[test]
    fn unknown_sections_are_refused() {
        assert!(Credentials::parse(r#"{"iyzico": {}}"#, Path::new("x")).is_err());
        assert!(Credentials::parse("[]", Path::new("x")).is_err());
    }
}
