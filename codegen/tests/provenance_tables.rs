//! Every rule-bearing table of the generated crate carries the provenance the spec gives the rule: each API's
//! `SOURCES` is its `info.sources` (numbered `S1`, `S2`, ... as the docs cite them), and every lifecycle transition
//! and refusal, every code of the catalog and every rule of a message cites the spec's source (number, title,
//! location), basis and reason. Operations and their responses are compared in `operations.rs`.

mod common;

use payspec::WireEnum;
use payspec::support::{RuleInfo, Source, StateMachine};
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::spec::{ApiSpec, Spec};

fn spec() -> Spec {
    load(&common::repo_root(), LockCheck::Enforce).expect("valid spec")
}

fn api<'a>(spec: &'a Spec, id: &str) -> &'a ApiSpec {
    spec.apis.iter().find(|a| a.id == id).expect("the API is in the spec")
}

fn check_sources(api: &ApiSpec, generated: &[Source]) {
    assert_eq!(generated.len(), api.info.sources.len(), "{}: one source per listed document", api.id);
    for (i, (source, listed)) in generated.iter().zip(&api.info.sources).enumerate() {
        assert_eq!(source.id, format!("S{}", i + 1), "{}: numbered in list order", api.id);
        assert_eq!((source.title, source.location), (listed.title.as_str(), listed.source.as_str()), "{}", api.id);
    }
}

/// Every transition and refusal of a lifecycle, in spec order, against the spec's.
fn check_lifecycle<S: StateMachine>(api: &ApiSpec) {
    let table = S::LIFECYCLE;
    let lifecycle = api.lifecycle(table.id).expect("a lifecycle of the spec");
    assert_eq!(table.transitions.len(), lifecycle.transitions.len(), "{}: transitions", table.id);
    for (i, (generated, spec)) in table.transitions.iter().zip(&lifecycle.transitions).enumerate() {
        let at = format!("{} {} transition {i}", api.id, table.id);
        assert_eq!(generated.basis, generated.provenance.basis, "{at}: basis is the provenance's");
        common::assert_provenance(&generated.provenance, &spec.provenance, api, &at);
    }
    assert_eq!(table.forbidden.len(), lifecycle.forbidden.len(), "{}: refusals", table.id);
    for (i, (generated, spec)) in table.forbidden.iter().zip(&lifecycle.forbidden).enumerate() {
        let at = format!("{} {} refusal {i}", api.id, table.id);
        assert_eq!(generated.basis, generated.provenance.basis, "{at}: basis is the provenance's");
        common::assert_provenance(&generated.provenance, &spec.provenance, api, &at);
    }
}

fn check_rules(api: &ApiSpec, message: &str, generated: &[RuleInfo]) {
    let spec = api.message(message).expect("a message of the spec");
    assert_eq!(generated.len(), spec.rules.len(), "{} {message}: rules", api.id);
    for (i, (rule, spec)) in generated.iter().zip(&spec.rules).enumerate() {
        common::assert_provenance(&rule.provenance, &spec.provenance, api, &format!("{} {message} rule {i}", api.id));
    }
}

macro_rules! api {
    ($api:ident: [$($state:ident),+ $(,)?], rules: [$($message:ident),* $(,)?]) => {
        mod $api {
            use super::*;
            use payspec::$api::{Code, LifecycleId, $($state),+};

            fn spec_api(spec: &Spec) -> &ApiSpec {
                api(spec, payspec::$api::API_ID)
            }

            #[test]
            fn sources_are_the_listed_documents() {
                let spec = spec();
                check_sources(spec_api(&spec), payspec::$api::SOURCES);
            }

            #[test]
            fn every_lifecycle_row_cites_the_spec_provenance() {
                let driven = [$(<$state as StateMachine>::LIFECYCLE.id),+];
                let declared: Vec<&str> = LifecycleId::ALL.iter().map(|l| l.id()).collect();
                assert_eq!(driven.to_vec(), declared, "add the new lifecycle to this test");
                let spec = spec();
                $( check_lifecycle::<$state>(spec_api(&spec)); )+
            }

            #[test]
            fn every_code_cites_the_spec_provenance() {
                let spec = spec();
                let api = spec_api(&spec);
                assert_eq!(Code::ALL.len(), api.codes.len());
                for code in Code::ALL {
                    let listed = api.code(code.as_wire()).expect("a code of the spec");
                    common::assert_provenance(code.provenance(), &listed.provenance, api, code.as_wire());
                }
            }

            #[test]
            fn message_rules_cite_the_spec_provenance() {
                let spec = spec();
                let api = spec_api(&spec);
                $( check_rules(api, stringify!($message), payspec::$api::$message::RULES); )*
                let with_rules: Vec<&str> =
                    api.messages.iter().filter(|m| !m.rules.is_empty()).map(|m| m.name.as_str()).collect();
                assert_eq!(with_rules, [$(stringify!($message)),*], "add the new message with rules to this test");
            }
        }
    };
}

api!(iyzico_terminal: [
    Vuk509PaymentState, Vuk507PaymentState, IntegrationModeState, TransactionReferenceState, BatchState, AuthCodeState,
    AccessTokenState, DeviceState, Vuk507PartialPaymentState,
], rules: [OauthTokenRequest, Vuk509SaleRequest, Vuk509QueryRequest, Vuk507SaleRequest, Vuk507QueryRequest]);
api!(finrota_pws: [PaymentState, AccessTokenState], rules: [PaymentRequest, TransactionQueryRequest]);
api!(wiapay: [TransactionState], rules: [CallbackPayload]);
