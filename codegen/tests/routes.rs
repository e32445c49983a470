//! Routing in the server direction, checked against the spec: every operation the API serves is found at its own
//! method and path (path parameters read out and percent-decoded, the query string ignored), another method answers
//! 405 with the methods the spec documents for that path, an unknown path is not found, and callbacks are not routed.

mod common;

use std::collections::BTreeSet;

use payspec::support::{Method, Route, allow_header};
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{Direction, HttpMethod};

/// What the generated `route` of `api` answers, with the operation as its id.
fn route(api: &str, method: &str, path: &str) -> Route<&'static str> {
    fn by_id<O: Copy>(route: Route<O>, id: impl Fn(O) -> &'static str) -> Route<&'static str> {
        match route {
            Route::Found { operation, path_parameters } => Route::Found { operation: id(operation), path_parameters },
            Route::NotFound => Route::NotFound,
            Route::MethodNotAllowed { allow } => Route::MethodNotAllowed { allow },
        }
    }
    match api {
        "iyzico-terminal" => by_id(payspec::iyzico_terminal::route(method, path), |o| o.id()),
        "finrota-pws" => by_id(payspec::finrota_pws::route(method, path), |o| o.id()),
        "wiapay" => by_id(payspec::wiapay::route(method, path), |o| o.id()),
        other => panic!("no routes generated for {other}"),
    }
}

fn method_of(method: HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::Get,
        HttpMethod::Post => Method::Post,
        HttpMethod::Put => Method::Put,
        HttpMethod::Delete => Method::Delete,
    }
}

/// The path with each `{name}` filled by a value that needs percent-decoding, and the values expected back.
fn filled(path: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::new();
    let mut expected = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').expect("closed") + open;
        let name = &rest[open + 1..close];
        let value = format!("v {}ü", expected.len());
        out.push_str(&format!("v%20{}%C3%BC", expected.len()));
        expected.push((name.to_owned(), value));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    (out, expected)
}

#[test]
fn every_served_operation_routes_to_itself_and_other_methods_answer_405() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut checked = 0;
    for api in &spec.apis {
        for operation in api.operations.iter().filter(|o| o.direction == Direction::Request) {
            let (path, expected) = filled(&operation.path);
            for path in [path.clone(), format!("{path}?currency=TRY&x=%2F"), format!("{path}#top")] {
                match route(&api.id, operation.method.as_str(), &path) {
                    Route::Found { operation: id, path_parameters } => {
                        assert_eq!(id, operation.id, "{} {path}", api.id);
                        let got: Vec<(String, String)> =
                            path_parameters.into_iter().map(|(n, v)| (n.to_owned(), v)).collect();
                        assert_eq!(got, expected, "{} {path}", api.id);
                    }
                    other => panic!("{} {} {path}: {other:?}", api.id, operation.method.as_str()),
                }
            }
            // The methods the spec serves this path with (the same template); every other one is refused with them.
            let allowed: BTreeSet<&str> = api
                .operations
                .iter()
                .filter(|o| o.direction == Direction::Request && o.path == operation.path)
                .map(|o| o.method.as_str())
                .collect();
            let allow: Vec<Method> = Method::ALL.into_iter().filter(|m| allowed.contains(m.as_str())).collect();
            for wrong in ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "get"] {
                if allowed.contains(wrong) {
                    continue;
                }
                assert_eq!(
                    route(&api.id, wrong, &path),
                    Route::MethodNotAllowed { allow: allow.clone() },
                    "{} {wrong} {path}",
                    api.id
                );
            }
            assert!(!allow.is_empty() && allow.contains(&method_of(operation.method)));
            checked += 1;
        }
    }
    assert_eq!(checked, 17 + 10 + 3, "every served operation of the three APIs");
}

#[test]
fn unknown_paths_are_not_found_and_callbacks_are_not_routed() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    for api in &spec.apis {
        for operation in &api.operations {
            let (path, _) = filled(&operation.path);
            for unknown in [format!("{path}/extra/more"), format!("/nope{path}"), format!("{path}/"), String::new()] {
                assert_eq!(
                    route(&api.id, operation.method.as_str(), &unknown),
                    Route::NotFound,
                    "{} {unknown}",
                    api.id
                );
            }
            if operation.direction == Direction::Callback {
                assert_eq!(route(&api.id, operation.method.as_str(), &path), Route::NotFound, "{}", operation.id);
            }
        }
    }
}

#[test]
fn one_path_two_methods_and_a_parameter_beside_a_literal() {
    // Finrota serves /pws/payment/transaction with GET and POST; /pws/paymentOptions with and without a BIN.
    assert_eq!(
        route("finrota-pws", "PUT", "/pws/payment/transaction"),
        Route::MethodNotAllowed { allow: vec![Method::Get, Method::Post] }
    );
    assert_eq!(allow_header(&[Method::Get, Method::Post]), "GET, POST");
    assert_eq!(
        route("finrota-pws", "GET", "/pws/paymentOptions/45438912?currency=TRY"),
        Route::Found {
            operation: "payment-options-by-bin",
            path_parameters: vec![("binNumber", "45438912".to_owned())]
        }
    );
    assert_eq!(
        route("finrota-pws", "GET", "/pws/paymentOptions"),
        Route::Found { operation: "list-payment-options", path_parameters: vec![] }
    );
    // An empty or badly escaped segment is no value of a path parameter.
    assert_eq!(route("finrota-pws", "GET", "/pws/paymentOptions/"), Route::NotFound);
    assert_eq!(route("finrota-pws", "GET", "/pws/paymentOptions/%zz"), Route::NotFound);
}

#[test]
fn operation_ids_name_every_operation_once() {
    use payspec::finrota_pws::OperationId as Finrota;
    use payspec::iyzico_terminal::OperationId as Iyzico;
    use payspec::wiapay::OperationId as Wiapay;
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    for api in &spec.apis {
        let ids: Vec<&str> = match api.id.as_str() {
            "iyzico-terminal" => Iyzico::ALL.iter().map(|o| o.id()).collect(),
            "finrota-pws" => Finrota::ALL.iter().map(|o| o.id()).collect(),
            "wiapay" => Wiapay::ALL.iter().map(|o| o.id()).collect(),
            other => panic!("{other}"),
        };
        let spec_ids: Vec<&str> = api.operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, spec_ids);
    }
    for operation in Finrota::ALL {
        assert_eq!(Finrota::from_id(operation.id()), Some(*operation));
        assert_eq!(operation.info().id, operation.id());
    }
    assert_eq!(Iyzico::from_id("vuk509-payment"), Some(Iyzico::Vuk509Payment));
    assert_eq!(Iyzico::Vuk509Payment.info().path, "/v2/terminal-host/payment");
    assert_eq!(Wiapay::from_id("no-such-operation"), None);
}

#[test]
fn servers_and_auth_schemes_are_the_spec_s() {
    use payspec::support::AuthSchemeKind;
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    for api in &spec.apis {
        let (servers, schemes) = match api.id.as_str() {
            "iyzico-terminal" => (payspec::iyzico_terminal::SERVERS, payspec::iyzico_terminal::AUTH_SCHEMES),
            "finrota-pws" => (payspec::finrota_pws::SERVERS, payspec::finrota_pws::AUTH_SCHEMES),
            "wiapay" => (payspec::wiapay::SERVERS, payspec::wiapay::AUTH_SCHEMES),
            other => panic!("{other}"),
        };
        let urls: Vec<&str> = servers.iter().map(|s| s.url).collect();
        assert_eq!(urls, api.servers.iter().map(|s| s.url.as_str()).collect::<Vec<_>>());
        let ids: Vec<&str> = schemes.iter().map(|s| s.id).collect();
        assert_eq!(ids, api.auth_schemes.iter().map(|s| s.id.as_str()).collect::<Vec<_>>());
        for (generated, scheme) in schemes.iter().zip(&api.auth_schemes) {
            let same = match (&generated.kind, &scheme.kind) {
                (AuthSchemeKind::Bearer { format }, payspec_codegen::model::AuthKind::Bearer { format: f }) => {
                    *format == f.as_deref()
                }
                (AuthSchemeKind::Basic, payspec_codegen::model::AuthKind::Basic) => true,
                (
                    AuthSchemeKind::BodyCredentials { fields },
                    payspec_codegen::model::AuthKind::BodyCredentials { fields: f },
                ) => fields.iter().copied().eq(f.iter().map(String::as_str)),
                (
                    AuthSchemeKind::Signature { signing, key_header },
                    payspec_codegen::model::AuthKind::Signature { signing: s, key_header: k, .. },
                ) => *signing == s && *key_header == k.as_deref(),
                _ => false,
            };
            assert!(same, "{} {}", api.id, scheme.id);
        }
    }
    assert!(
        payspec::wiapay::AUTH_SCHEMES
            .iter()
            .any(|s| matches!(s.kind, AuthSchemeKind::Signature { key_header: Some("X-API-Key"), .. }))
    );
}
