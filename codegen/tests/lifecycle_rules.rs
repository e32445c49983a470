//! The documented rules, walked through the generated evaluator the way an emulator runs them and a conformance
//! suite predicts them: each test drives an API's `World` with calls (request, response, outcome) and the test clock,
//! and checks the transitions taken and the exact refusals — code, HTTP status, and the catalog's message in both
//! languages. The rules come from the sources: a void only before end of day, refunds never above the sale, one
//! operation at a time per device, VUK 507 and VUK 509 never mixed, single-use authorization codes, expiring tokens,
//! partial payments paid down before completion, Finrota's 3D flow and refund limit, WiaPay's 30-minute expiry and
//! unique processId.

use payspec::support::{Clock, Credentials, Facts, KeyValues, Lang, Outcome, ResponseFacts, Timers, Value};
use serde_json::{Value as Json, json};

/// One API's world with its clock, timers and the caller's credentials.
struct Bench<W> {
    world: W,
    now: i64,
    timers: Timers,
    credentials: Credentials,
}

/// What a call answered: the transitions taken, or the refusal's (code, HTTP status, English message, Turkish).
type Answer = Result<Vec<(String, &'static str, &'static str)>, (String, u16, String, String)>;

/// The facts of something no call causes (an event, time passing): no request, no caller, no outcome.
fn idle_facts<'a>(request: &'a Json, credentials: &'a Credentials, timers: &'a Timers, now: i64) -> Facts<'a> {
    Facts { request, response: None, credentials, clock: Clock::turkey(now), timers, outcome: None, related: &|_| None }
}

macro_rules! bench {
    ($api:ident) => {
        impl Bench<payspec::$api::World> {
            fn new() -> Self {
                Bench {
                    world: payspec::$api::World::default(),
                    // 2026-12-01 10:00 in Türkiye.
                    now: 1_796_108_400,
                    timers: Timers::new(payspec::$api::TIMERS),
                    credentials: Credentials::default(),
                }
            }

            fn call(
                &mut self,
                operation: payspec::$api::OperationId,
                request: Json,
                response: Json,
                outcome: Outcome,
            ) -> Answer {
                let response = ResponseFacts { status: 200, body: response, ..ResponseFacts::default() };
                let related = |_: &str| None;
                let facts = Facts {
                    request: &request,
                    response: Some(&response),
                    credentials: &self.credentials,
                    clock: Clock::turkey(self.now),
                    timers: &self.timers,
                    outcome: Some(outcome),
                    related: &related,
                };
                self.world.fire_timers(&facts);
                // A call's commit uses again the instances its check found: the same as checking, then committing
                // on its own. Also where the check had no answer yet (as a server checks a call before answering
                // it): the commit finds again what the answer decides.
                let mut checked_unanswered = self.world.clone();
                let unanswered = Facts { response: None, outcome: None, ..facts };
                let found = payspec::$api::Reaches::default();
                let refused_unanswered = checked_unanswered.refusal_in(operation, &unanswered, &found).is_some();
                let mut apart = self.world.clone();
                let expected = match apart.refusal(operation, &facts) {
                    Some(refused) => Err(refused),
                    None => Ok(apart.commit(operation, &facts)),
                };
                let called = self.world.call(operation, &facts);
                assert_eq!(called, expected, "a call is its check and then its commit");
                assert_eq!(self.world, apart, "the world a call leaves is the one its check and commit leave");
                if let (false, Ok(moved)) = (refused_unanswered, &expected) {
                    let moved_after_check = checked_unanswered.commit_checked(operation, &facts, found);
                    assert_eq!(&moved_after_check, moved, "a commit after a check without the answer");
                    assert_eq!(checked_unanswered, apart, "the world a commit after a check without the answer leaves");
                }
                match called {
                    Ok(moved) => Ok(moved.into_iter().map(|m| (m.lifecycle.id().to_owned(), m.from, m.to)).collect()),
                    Err(refused) => Err((
                        payspec::WireEnum::as_wire(refused.code).to_owned(),
                        refused.http_status,
                        refused.message(Lang::En),
                        refused.message(Lang::Tr),
                    )),
                }
            }

            #[allow(dead_code, reason = "WiaPay has no external event")]
            fn event(
                &mut self,
                lifecycle: payspec::$api::LifecycleId,
                event: &str,
                key: &[(&'static str, Value)],
            ) -> usize {
                let key = KeyValues { values: key.iter().map(|(id, v)| (*id, Some(v.clone()))).collect(), each: true };
                let (request, credentials) = (Json::Null, Credentials::default());
                let facts = idle_facts(&request, &credentials, &self.timers, self.now);
                self.world.event(lifecycle, event, &key, &facts).len()
            }

            fn tick(&mut self, seconds: i64) {
                self.now += seconds;
                let (request, credentials) = (Json::Null, Credentials::default());
                let facts = idle_facts(&request, &credentials, &self.timers, self.now);
                self.world.fire_timers(&facts);
            }
        }
    };
}

bench!(iyzico_terminal);
bench!(finrota_pws);
bench!(wiapay);

fn moved(answer: &Answer, lifecycle: &str) -> Vec<(&'static str, &'static str)> {
    match answer {
        Ok(moved) => moved.iter().filter(|(l, _, _)| l == lifecycle).map(|(_, from, to)| (*from, *to)).collect(),
        Err(refused) => panic!("refused: {refused:?}"),
    }
}

fn refused(answer: &Answer) -> (&str, u16) {
    match answer {
        Err((code, status, _, _)) => (code.as_str(), *status),
        Ok(moved) => panic!("not refused; moved {moved:?}"),
    }
}

mod iyzico {
    use super::*;
    use payspec::iyzico_terminal::{LifecycleId, OperationId as Op, World};

    const DEVICE: &str = "PAV860047264";

    /// An OAuth login of the VUK 509 integration: an authorization code, then a token.
    fn logged_in(client: &str) -> Bench<World> {
        let mut bench = Bench::<World>::new();
        bench.credentials.client_id = Some(client.to_owned());
        let authorize = json!({"client_id": client, "username": "kasa@payspec.test", "response_type": "code"});
        bench.call(Op::OauthAuthorize, authorize, json!({"code": "C1"}), Outcome::Approved).expect("a code");
        let token = json!({"grant_type": "authorization_code", "code": "C1"});
        let answer =
            bench.call(Op::OauthToken, token, json!({"access_token": "T1", "refresh_token": "R1"}), Outcome::Approved);
        assert_eq!(moved(&answer, "access-token"), [("not_issued", "valid")]);
        bench.credentials.bearer_token = Some("T1".to_owned());
        bench
    }

    fn finish(bench: &mut Bench<World>) {
        bench.event(LifecycleId::Device, "device_finishes", &[("device", Value::Text(DEVICE.to_owned()))]);
    }

    fn sale(bench: &mut Bench<World>, reference: &str, price: &str, payment_id: &str) -> Answer {
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": reference,
            "price": serde_json::from_str::<Json>(price).expect("a number"), "currency": "TRY", "installment": 1, "salesType": "SALE"});
        let answer = bench.call(
            Op::Vuk509Payment,
            request,
            json!({"status": "SUCCESS", "paymentId": payment_id}),
            Outcome::Approved,
        );
        finish(bench);
        answer
    }

    fn refund(bench: &mut Bench<World>, reference: &str, price: &str, payment_id: &str) -> Answer {
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": reference,
            "price": serde_json::from_str::<Json>(price).expect("a number"), "paymentId": payment_id, "paymentDate": "20261201"});
        let answer = bench.call(
            Op::Vuk509Refund,
            request,
            json!({"status": "SUCCESS", "paymentId": payment_id}),
            Outcome::Approved,
        );
        finish(bench);
        answer
    }

    fn void(bench: &mut Bench<World>, reference: &str, payment_id: &str) -> Answer {
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": reference,
            "paymentId": payment_id, "paymentDate": "20261201"});
        let answer = bench.call(
            Op::Vuk509Void,
            request,
            json!({"status": "SUCCESS", "paymentId": payment_id}),
            Outcome::Approved,
        );
        finish(bench);
        answer
    }

    fn end_of_day(bench: &mut Bench<World>) -> Answer {
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE});
        let answer =
            bench.call(Op::Vuk509EndOfDay, request, json!({"status": "SUCCESS", "batchNo": "7"}), Outcome::Approved);
        finish(bench);
        answer
    }

    #[test]
    fn refunds_of_a_partly_refunded_sale_never_exceed_it() {
        let mut bench = logged_in("payspec-vuk509");
        assert_eq!(moved(&sale(&mut bench, "R-1", "100.00", "P1"), "vuk509-payment"), [("not_created", "sale")]);
        assert_eq!(moved(&refund(&mut bench, "R-2", "40", "P1"), "vuk509-payment"), [("sale", "partially_refunded")]);
        // 60.00 remain: 70 is refused with 380112 (seed 000: the amount is not available), and nothing changes.
        let too_much = refund(&mut bench, "R-3", "70", "P1");
        assert_eq!(refused(&too_much), ("380112", 400));
        let Err((_, _, english, turkish)) = &too_much else { unreachable!() };
        assert!(!english.is_empty() && !turkish.is_empty() && english != turkish, "{english} / {turkish}");
        assert_eq!(
            moved(&refund(&mut bench, "R-4", "59.99", "P1"), "vuk509-payment"),
            [("partially_refunded", "partially_refunded")]
        );
        assert_eq!(
            moved(&refund(&mut bench, "R-5", "0.01", "P1"), "vuk509-payment"),
            [("partially_refunded", "fully_refunded")]
        );
        assert!(refund(&mut bench, "R-6", "0.01", "P1").is_err(), "nothing is left to refund");
    }

    #[test]
    fn a_void_only_before_end_of_day() {
        let mut bench = logged_in("payspec-vuk509");
        sale(&mut bench, "R-1", "100", "P1").expect("approved");
        sale(&mut bench, "R-2", "50", "P2").expect("approved");
        assert_eq!(moved(&void(&mut bench, "R-3", "P1"), "vuk509-payment"), [("sale", "voided")]);
        let closed = end_of_day(&mut bench);
        assert_eq!(moved(&closed, "vuk509-payment"), [("sale", "settled")], "end of day settles P2 only");
        assert_eq!(moved(&closed, "batch"), [("open", "closed")]);
        let after = void(&mut bench, "R-4", "P2");
        assert!(after.is_err(), "a void after end of day is refused: {after:?}");
        // A refund still works after end of day.
        assert_eq!(
            moved(&refund(&mut bench, "R-5", "10", "P2"), "vuk509-payment"),
            [("settled", "partially_refunded")]
        );
    }

    #[test]
    fn one_operation_at_a_time_per_device() {
        let mut bench = logged_in("payspec-vuk509");
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": "R-1",
            "price": 10, "currency": "TRY", "installment": 1, "salesType": "SALE"});
        let first = bench.call(
            Op::Vuk509Payment,
            request.clone(),
            json!({"status": "SUCCESS", "paymentId": "P1"}),
            Outcome::Approved,
        );
        assert_eq!(moved(&first, "device"), [("idle", "busy")]);
        let mut second = request;
        second["transactionReferenceId"] = json!("R-2");
        assert_eq!(
            refused(&bench.call(Op::Vuk509Payment, second.clone(), json!({}), Outcome::Approved)),
            ("380201", 400)
        );
        finish(&mut bench);
        assert!(
            bench
                .call(Op::Vuk509Payment, second, json!({"status": "SUCCESS", "paymentId": "P2"}), Outcome::Approved)
                .is_ok()
        );
    }

    #[test]
    fn an_integration_never_mixes_vuk507_and_vuk509() {
        let mut bench = logged_in("payspec-vuk509");
        sale(&mut bench, "R-1", "10", "P1").expect("approved");
        let request = json!({"deviceUniqueId": DEVICE, "paymentId": "P1", "paymentDate": 20261201, "transactionReferenceId": "R-2",
            "saleAppName": "kasa", "saleAppVersion": "1", "saleItems": []});
        assert_eq!(refused(&bench.call(Op::Vuk507Refund, request, json!({}), Outcome::Approved)).0, "380105");
    }

    #[test]
    fn an_authorization_code_is_used_once_and_tokens_expire() {
        let mut bench = logged_in("payspec-vuk509");
        let again = json!({"grant_type": "authorization_code", "code": "C1"});
        assert_eq!(refused(&bench.call(Op::OauthToken, again, json!({}), Outcome::Approved)), ("invalid_grant", 400));
        bench.tick(7199);
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": "R-1",
            "price": 10, "currency": "TRY", "installment": 1, "salesType": "SALE"});
        assert_eq!(refused(&bench.call(Op::Vuk509Payment, request, json!({}), Outcome::Approved)), ("100311", 400));
        let refresh = json!({"grant_type": "refresh_token", "refresh_token": "R1"});
        let answer = bench.call(
            Op::OauthToken,
            refresh,
            json!({"access_token": "T2", "refresh_token": "R2"}),
            Outcome::Approved,
        );
        assert_eq!(moved(&answer, "access-token"), [("expired", "valid")]);
    }

    #[test]
    fn a_reused_transaction_reference_is_refused() {
        let mut bench = logged_in("payspec-vuk509");
        sale(&mut bench, "R-1", "10", "P1").expect("approved");
        let reused = sale(&mut bench, "R-1", "20", "P2");
        assert_eq!(refused(&reused).0, "380104", "{reused:?}");
    }

    #[test]
    fn an_unknown_outcome_waits_for_a_status_query() {
        let mut bench = logged_in("payspec-vuk509");
        let request = json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": "R-1",
            "price": 10, "currency": "TRY", "installment": 1, "salesType": "SALE"});
        let timeout = bench.call(
            Op::Vuk509Payment,
            request,
            json!({"status": "FAILURE", "errorCode": "380103"}),
            Outcome::Unknown,
        );
        assert_eq!(moved(&timeout, "vuk509-payment"), [("not_created", "outcome_unknown")]);
        finish(&mut bench);
        let query =
            json!({"conversationId": "c", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": "R-1"});
        let answer = bench.call(
            Op::Vuk509QueryTransactionStatus,
            query,
            json!({"status": "SUCCESS", "paymentId": "P1"}),
            Outcome::Approved,
        );
        assert_eq!(
            moved(&answer, "vuk509-payment"),
            [("outcome_unknown", "sale")],
            "the query tells the sale was approved"
        );
    }
}

mod wiapay {
    use super::*;
    use payspec::wiapay::{OperationId as Op, World};

    #[test]
    fn a_deposit_expires_after_30_minutes_and_a_process_id_is_used_once() {
        let mut bench = Bench::<World>::new();
        bench.credentials.api_key = Some("pk_test_payspec".to_owned());
        let deposit = json!({"processId": "D-1", "amount": 100, "bankCode": "X", "customer": {"username": "u"}});
        let accepted = bench.call(
            Op::CreateDeposit,
            deposit.clone(),
            json!({"success": true, "data": {"transactionId": "T-1"}}),
            Outcome::Approved,
        );
        assert_eq!(moved(&accepted, "wiapay-transaction"), [("not_created", "pending")]);
        assert_eq!(
            refused(&bench.call(Op::CreateDeposit, deposit, json!({}), Outcome::Approved)),
            ("DUPLICATE_TRANSACTION", 409)
        );
        bench.tick(30 * 60 - 1);
        assert_eq!(bench.world.wiapay_transaction.instances()[0].state.id(), "pending", "not yet expired");
        bench.tick(1);
        assert_eq!(bench.world.wiapay_transaction.instances()[0].state.id(), "cancelled", "expired after 30 minutes");
    }
}

mod finrota {
    use super::*;
    use payspec::finrota_pws::{LifecycleId, OperationId as Op, World};

    fn connected() -> Bench<World> {
        let mut bench = Bench::<World>::new();
        let connect = json!({"apiKey": "payspec-finrota-key", "secretKey": "payspec-finrota-secret"});
        let answer = bench.call(Op::TokenConnect, connect, json!({"token": "F1"}), Outcome::Approved);
        assert_eq!(moved(&answer, "access-token"), [("not_issued", "valid")]);
        bench.credentials.bearer_token = Some("F1".to_owned());
        bench
    }

    #[test]
    fn refunds_stay_within_what_is_left_and_an_expired_token_answers_p002() {
        let mut bench = connected();
        let payment = json!({"clientOrderReferenceCode": "O-1", "amount": 100, "use3D": false});
        assert_eq!(
            moved(&bench.call(Op::CreatePayment, payment, json!({}), Outcome::Approved), "finrota-payment"),
            [("not_submitted", "committed")]
        );
        // The reference a cancel or refund names comes from a transaction query.
        let query = json!({"clientReferenceNumber": "O-1"});
        bench
            .call(Op::GetTransaction, query, json!({"data": {"referenceNumber": "REF-1"}}), Outcome::Approved)
            .expect("found");
        let refund = |amount: i64| json!({"referenceCode": "REF-1", "amount": amount});
        assert_eq!(
            moved(&bench.call(Op::RefundPayment, refund(30), json!({}), Outcome::Approved), "finrota-payment"),
            [("committed", "partially_refunded")]
        );
        // Seed 001: P015, the total refund would exceed the original amount.
        assert_eq!(refused(&bench.call(Op::RefundPayment, refund(71), json!({}), Outcome::Approved)), ("P015", 200));
        bench.tick(3600);
        assert_eq!(refused(&bench.call(Op::RefundPayment, refund(70), json!({}), Outcome::Approved)), ("P002", 401));
    }

    #[test]
    fn an_abandoned_3d_payment_ends_failed() {
        let mut bench = connected();
        let payment = json!({"clientOrderReferenceCode": "O-2", "amount": 10, "use3D": true});
        assert_eq!(
            moved(&bench.call(Op::CreatePayment, payment, json!({}), Outcome::Approved), "finrota-payment"),
            [("not_submitted", "awaiting_3d")]
        );
        let taken = bench.event(
            LifecycleId::FinrotaPayment,
            "three_d_abandoned",
            &[("client_reference", Value::Text("O-2".into()))],
        );
        assert_eq!(taken, 1);
        assert_eq!(bench.world.finrota_payment.instances()[0].state.id(), "failed");
    }

    #[test]
    fn a_world_serializes_and_reads_back() {
        let bench = connected();
        let text = serde_json::to_string(&bench.world).expect("a world serializes");
        let back: World = serde_json::from_str(&text).expect("and reads back");
        assert_eq!(back, bench.world);
    }
}

/// The README's "Using the evaluator from Rust" example, as written there: on an empty world the token was never
/// issued, so the refund is refused with 100310 before anything else is looked at.
#[test]
fn the_readme_evaluator_example_runs() {
    use payspec::WireEnum;
    use payspec::iyzico_terminal::{OperationId, TIMERS, World};
    use payspec::support::{Clock, Credentials, Facts, Lang, Outcome, ResponseFacts, Timers};

    let now = 1_796_108_400; // Unix seconds: 2026-12-01 10:00 in Türkiye
    let mut world = World::default();
    let timers = Timers::new(TIMERS);
    let credentials =
        Credentials { bearer_token: Some("T1".into()), client_id: Some("payspec-vuk509".into()), ..Default::default() };
    let request = serde_json::json!({"paymentId": "P1", "price": 70, "deviceUniqueId": "PAV860047264", "transactionReferenceId": "R-3"});
    let response = ResponseFacts::default();
    let facts = Facts {
        request: &request,
        response: Some(&response),
        credentials: &credentials,
        clock: Clock::turkey(now),
        timers: &timers,
        outcome: Some(Outcome::Approved),
        related: &|_| None,
    };
    world.fire_timers(&facts);
    match world.call(OperationId::Vuk509Refund, &facts) {
        Err(refused) => {
            assert_eq!((refused.code.as_wire(), refused.http_status), ("100310", 400));
            assert!(!refused.message(Lang::Tr).is_empty());
        }
        Ok(moved) => panic!("a refund with a token never issued was taken: {moved:?}"),
    }
}
