//! Request signing against the known-answer vectors in the spec, which were worked out with an independent tool
//! (Python's hmac/hashlib), not with this code; and verification: constant-time comparison, the time window, and
//! refusal of tampered, malformed or stale signatures.

mod common;

use payspec::support::{SignatureError, SignedRequest};
use payspec_codegen::load::{LockCheck, load};

#[test]
fn every_vector_signs_to_its_expected_signature_and_verifies() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut checked = 0;
    for api in &spec.apis {
        for recipe in &api.signing {
            let generated = payspec::signing_recipes(&api.id)
                .iter()
                .find(|r| r.id == recipe.id)
                .unwrap_or_else(|| panic!("{}: recipe {} is not generated", api.id, recipe.id));
            assert_eq!(generated.window_seconds, recipe.window_seconds);
            for vector in &recipe.vectors {
                let what = format!("{} {} {}", api.id, recipe.id, vector.name);
                let request = SignedRequest {
                    timestamp: vector.timestamp,
                    method: &vector.method,
                    path_with_query: &vector.path,
                    body: &vector.body,
                };
                let secret = vector.secret.as_bytes();
                assert_eq!(generated.sign(secret, &request).as_ref(), Ok(&vector.signature), "{what}");
                assert_eq!(generated.verify(secret, &request, &vector.signature, vector.timestamp), Ok(()), "{what}");
                assert_eq!(
                    generated.verify(secret, &request, &vector.signature.to_ascii_uppercase(), vector.timestamp),
                    Ok(()),
                    "{what}: hexadecimal case does not matter"
                );
                let window = i64::from(recipe.window_seconds);
                assert_eq!(
                    generated.verify(secret, &request, &vector.signature, vector.timestamp + window),
                    Ok(()),
                    "{what}: at the edge"
                );
                assert_eq!(
                    generated.verify(secret, &request, &vector.signature, vector.timestamp + window + 1),
                    Err(SignatureError::Expired),
                    "{what}: one second past the window"
                );
                assert_eq!(
                    generated.verify(secret, &request, &vector.signature, vector.timestamp - window - 1),
                    Err(SignatureError::Expired),
                    "{what}: a timestamp from the future"
                );
                let tampered = format!("{} ", vector.body);
                let tampered = SignedRequest { body: &tampered, ..request };
                assert_eq!(
                    generated.verify(secret, &tampered, &vector.signature, vector.timestamp),
                    Err(SignatureError::Mismatch),
                    "{what}"
                );
                assert_eq!(
                    generated.verify(b"another secret", &request, &vector.signature, vector.timestamp),
                    Err(SignatureError::Mismatch)
                );
                assert_eq!(
                    generated.verify(secret, &request, &vector.signature[..62], vector.timestamp),
                    Err(SignatureError::Malformed)
                );
                assert_eq!(
                    generated.verify(secret, &request, &format!("+{}", &vector.signature[1..]), vector.timestamp),
                    Err(SignatureError::Malformed)
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 4, "only {checked} vectors were checked");
}

#[test]
fn an_empty_secret_is_refused_for_signing_and_verifying() {
    use hmac::{Hmac, Mac};
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut checked = 0;
    for api in &spec.apis {
        for recipe in payspec::signing_recipes(&api.id) {
            let request =
                SignedRequest { timestamp: 1_705_320_900, method: "POST", path_with_query: "/v1/deposit", body: "{}" };
            // What anyone can compute with an empty key, worked out with the hmac crate directly.
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(b"").expect("HMAC takes any key");
            mac.update(recipe.message(&request).as_bytes());
            let forged: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(recipe.sign(b"", &request), Err(SignatureError::EmptySecret), "{}", recipe.id);
            assert_eq!(
                recipe.verify(b"", &request, &forged, request.timestamp),
                Err(SignatureError::EmptySecret),
                "{}",
                recipe.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 1, "no signing recipe was checked");
}
