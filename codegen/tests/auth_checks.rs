//! The signature schemes' authentication checks as generated: each generated table is the spec's (order, codes,
//! statuses, bases), the recipes carry the spec's basis, and the runner answers the first check that fails in the
//! spec's order, one request per check, each failing only that check.

mod common;

use payspec::support::{AuthCheck, AuthRequest, Basis, SignatureError, SignedRequest};
use payspec::wiapay::{CALLBACK_SIGNATURE_AUTH, Error, REQUEST_SIGNATURE_AUTH, authentication_error};
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{self, AuthKind};

fn basis(basis: model::Basis) -> Basis {
    match basis {
        model::Basis::Vendor => Basis::Vendor,
        model::Basis::Translation => Basis::Translation,
        model::Basis::Decision => Basis::Decision,
    }
}

#[test]
fn the_generated_checks_and_recipe_bases_are_the_specs() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let api = spec.apis.iter().find(|api| api.id == "wiapay").expect("wiapay");
    for recipe in &api.signing {
        let generated = payspec::signing_recipes("wiapay").iter().find(|r| r.id == recipe.id).expect("generated");
        assert_eq!(generated.basis, basis(recipe.provenance.basis), "{}", recipe.id);
        assert_eq!(generated.source, recipe.provenance.source);
        assert_eq!(generated.reason, recipe.provenance.reason.as_deref());
    }
    let mut schemes = 0;
    for scheme in &api.auth_schemes {
        let AuthKind::Signature { signing, key_header, checks: Some(checks) } = &scheme.kind else { continue };
        schemes += 1;
        let generated = payspec::wiapay::signature_auth(&scheme.id).expect("generated scheme");
        assert_eq!(generated.recipe.id, signing);
        assert_eq!(generated.key_header, key_header.as_deref());
        assert_eq!(generated.order_basis, basis(checks.provenance.basis));
        assert_eq!(generated.checks.len(), checks.steps.len(), "{}", scheme.id);
        for (made, step) in generated.checks.iter().zip(&checks.steps) {
            assert_eq!(made.check.as_str(), step.check.as_str(), "{}", scheme.id);
            assert_eq!(made.code, step.code.as_deref());
            let status = match &step.code {
                Some(code) => api.code(code).and_then(|c| c.http_status.as_ref()).map(|s| s.value),
                None => step.status.as_ref().map(|s| s.value),
            };
            assert_eq!(Some(made.status), status, "{} {}", scheme.id, step.check.as_str());
            assert_eq!(made.basis, basis(step.provenance.basis));
            assert_eq!(made.reason, step.provenance.reason.as_deref());
        }
    }
    assert_eq!(schemes, payspec::wiapay::SIGNATURE_AUTHS.len());
}

const NOW: i64 = 1_705_320_000;
const KEY: &str = "pk_test";
const SECRET: &[u8] = b"sk_test";

fn signed(headers: &mut Vec<(String, String)>, timestamp: i64, body: &str) {
    let request = SignedRequest { timestamp, method: "POST", path_with_query: "/v1/deposit", body };
    let signature = REQUEST_SIGNATURE_AUTH.recipe.sign(SECRET, &request).expect("signs");
    headers.push(("X-Signature".to_owned(), signature));
}

/// The code the request scheme answers for these headers, or `None` if they authenticate.
fn answer(headers: &[(String, String)], body: &str) -> Option<&'static str> {
    let request = AuthRequest { headers, method: "POST", path_with_query: "/v1/deposit", body: body.as_bytes() };
    let secret_of = |key: Option<&str>| (key == Some(KEY)).then_some(SECRET);
    REQUEST_SIGNATURE_AUTH.authenticate(&request, NOW, secret_of).err().map(|f| f.code().expect("a code"))
}

#[test]
fn each_check_answers_its_code_in_the_specs_order() {
    let body = r#"{"amount":1}"#;
    let header = |n: &str, v: &str| (n.to_owned(), v.to_owned());
    let mut valid = vec![header("x-api-key", KEY), header("X-Timestamp", &NOW.to_string())];
    signed(&mut valid, NOW, body);
    assert_eq!(answer(&valid, body), None);
    let without = |name: &str| valid.iter().filter(|(n, _)| !n.eq_ignore_ascii_case(name)).cloned().collect::<Vec<_>>();
    let with = |name: &str, value: &str| {
        let mut headers = without(name);
        headers.push(header(name, value));
        headers
    };
    assert_eq!(answer(&without("X-API-Key"), body), Some("MISSING_API_KEY"));
    assert_eq!(answer(&with("X-API-Key", "  "), body), Some("MISSING_API_KEY"), "whitespace is absent");
    assert_eq!(answer(&with("X-API-Key", "pk_other"), body), Some("INVALID_API_KEY"));
    assert_eq!(answer(&without("X-Signature"), body), Some("MISSING_SIGNATURE"));
    assert_eq!(answer(&without("X-Timestamp"), body), Some("MISSING_TIMESTAMP"));
    assert_eq!(answer(&with("X-Timestamp", "1705320000.5"), body), Some("INVALID_TIMESTAMP"));
    assert_eq!(answer(&with("X-Timestamp", "+1705320000"), body), Some("INVALID_TIMESTAMP"));
    assert_eq!(answer(&with("X-Signature", "not-hex"), body), Some("INVALID_SIGNATURE"));
    assert_eq!(answer(&valid, r#"{"amount":2}"#), Some("INVALID_SIGNATURE"));
    let mut stale = vec![header("X-API-Key", KEY), header("X-Timestamp", &(NOW - 301).to_string())];
    signed(&mut stale, NOW - 301, body);
    assert_eq!(answer(&stale, body), Some("TIMESTAMP_EXPIRED"));
    // Two checks failing at once: the earlier one in the spec's order answers.
    let mut neither = without("X-API-Key");
    neither.retain(|(n, _)| n != "X-Signature");
    assert_eq!(answer(&neither, body), Some("MISSING_API_KEY"));
    let malformed_and_stale = {
        let mut headers = stale.clone();
        headers.retain(|(n, _)| n != "X-Signature");
        headers.push(header("X-Signature", "zz"));
        headers
    };
    assert_eq!(answer(&malformed_and_stale, body), Some("INVALID_SIGNATURE"), "form before window");
    assert_eq!(answer(&with("X-Signature", &"0".repeat(64)), body), Some("INVALID_SIGNATURE"));
}

#[test]
fn a_failure_is_the_apis_error_and_an_empty_secret_fails_the_match() {
    let headers = vec![("X-API-Key".to_owned(), KEY.to_owned())];
    let request = AuthRequest { headers: &headers, method: "GET", path_with_query: "/", body: b"" };
    let failure = REQUEST_SIGNATURE_AUTH.authenticate(&request, NOW, |_| Some(SECRET)).expect_err("refused");
    assert_eq!(authentication_error(&failure), Some(Error::MissingSignature));
    assert_eq!((failure.status(), failure.basis()), (401, Basis::Vendor));
    assert_eq!(failure.to_string(), "no X-Signature");
    let stamp = NOW.to_string();
    let headers = vec![
        ("X-API-Key".to_owned(), KEY.to_owned()),
        ("X-Timestamp".to_owned(), stamp),
        ("X-Signature".to_owned(), "0".repeat(64)),
    ];
    let request = AuthRequest { headers: &headers, ..request };
    let failure = REQUEST_SIGNATURE_AUTH.authenticate(&request, NOW + 1000, |_| Some(b"")).expect_err("refused");
    assert_eq!((failure.check.check, failure.cause), (AuthCheck::SignatureMatch, Some(SignatureError::EmptySecret)));
    assert_eq!(failure.code(), Some("INVALID_SIGNATURE"));
}

#[test]
fn a_callback_answers_bare_statuses_and_its_recipe_checks_hold_as_decisions() {
    let body = r#"{"status":"completed"}"#;
    let secret = b"whsec";
    let signed = SignedRequest { timestamp: NOW, method: "POST", path_with_query: "/cb", body };
    let signature = CALLBACK_SIGNATURE_AUTH.recipe.sign(secret, &signed).expect("signs");
    let stamp = NOW.to_string();
    let headers = vec![("X-Timestamp".to_owned(), stamp), ("X-Signature".to_owned(), signature)];
    let request = AuthRequest { headers: &headers, method: "POST", path_with_query: "/cb", body: body.as_bytes() };
    let run = |secret: &'static [u8], now| {
        CALLBACK_SIGNATURE_AUTH.authenticate(&request, now, |key| {
            assert_eq!(key, None, "a callback has no key");
            Some(secret)
        })
    };
    assert_eq!(run(secret, NOW).map(|a| a.key), Ok(None));
    let forged = run(b"other", NOW).expect_err("forged");
    assert_eq!((forged.code(), forged.status(), forged.basis()), (None, 401, Basis::Decision));
    assert_eq!(authentication_error(&forged), None);
    let missing = AuthRequest { headers: &headers[..1], ..request };
    let failure = CALLBACK_SIGNATURE_AUTH.authenticate(&missing, NOW, |_| Some(secret)).expect_err("no signature");
    assert_eq!((failure.check.check, failure.basis()), (AuthCheck::SignaturePresent, Basis::Vendor));
}
