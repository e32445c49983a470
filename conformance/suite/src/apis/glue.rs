//! What every API's model shares, written once: a macro over the generated module of an API (its `World`,
//! `OperationId`, `Code`, `Error`, `decode`, `outcome_of`, replies, envelopes and shapes all have the same names in
//! each), and the rows of a lifecycle's tables read from its static `LIFECYCLE`.

use payspec::support::{CatalogCode, Cause, StateMachine};

use super::{Row, RowKind};

/// The rows of a lifecycle's tables: its transitions, then its refusals, in table order.
pub fn rows_of<S: StateMachine>(operation_id: fn(S::Operation) -> &'static str) -> Vec<Row> {
    let lifecycle = S::LIFECYCLE.id;
    let cause = |cause: Cause<S::Operation>| match cause {
        Cause::Operation(operation) => operation_id(operation),
        Cause::Timer(id) | Cause::External(id) => id,
    };
    let transitions = S::LIFECYCLE.transitions.iter().map(|t| Row {
        kind: RowKind::Transition,
        lifecycle,
        state: t.from.state_id(),
        result: t.to.state_id().to_owned(),
        cause: cause(t.cause),
        guard: t.guard,
        provenance: &t.provenance,
    });
    let refusals = S::LIFECYCLE.forbidden.iter().map(|f| Row {
        kind: RowKind::Refusal,
        lifecycle,
        state: f.state.state_id(),
        result: f.code.wire().to_owned(),
        cause: operation_id(f.operation),
        guard: f.guard,
        provenance: &f.provenance,
    });
    transitions.chain(refusals).collect()
}

/// The generic half of an API's model over `payspec::$api`: the model world and its clock, routing, the
/// prediction of refusals, the commit of answers, the errors answers carry (read by the envelopes named in
/// `readers`; `default_reader` reads any other body) and the tables of the lifecycles named in `states`.
macro_rules! glue {
    (api: $api:ident, states: [$($state:ident),* $(,)?], readers: [$($reader:ident),* $(,)?], default_reader: $default:ident $(,)?) => {
        use payspec::$api as generated;
        use payspec::WireEnum as _;
        use payspec::support::{Credentials as Who, Facts, Lang, Outcome, ResponseFacts, Timers};
        use $crate::apis::{Because, Carried, Committed, Expected, Prediction, Row};

        /// The model world: every lifecycle instance a correct implementation holds after the calls the suite
        /// made, and the implementation's clock.
        #[derive(Debug, Clone)]
        pub(super) struct Model {
            pub world: generated::World,
            pub timers: Timers,
            pub now: i64,
        }

        impl Model {
            pub fn new() -> Self {
                Model { world: generated::World::default(), timers: Timers::new(generated::TIMERS), now: 0 }
            }

            /// Fires the timers due at the clock (tokens expire, codes lapse).
            pub fn tick(&mut self) -> Vec<Row> {
                let (view, who) = (serde_json::Value::Null, Who::default());
                let facts = facts_at(self.now, &self.timers, &view, &who, None, None);
                let moved = self.world.fire_timers(&facts);
                moved.iter().map(moved_row_event).collect()
            }

            /// The refusal a correct implementation answers: of one lifecycle, or of the first in the spec's
            /// precedence.
            pub fn refusal(
                &self,
                operation: generated::OperationId,
                view: &serde_json::Value,
                who: &Who,
                lang: Lang,
                only: Option<generated::LifecycleId>,
            ) -> Option<Expected> {
                let facts = facts_at(self.now, &self.timers, view, who, None, None);
                let refused = match only {
                    Some(lifecycle) => self.world.refusal_of(lifecycle, operation, &facts),
                    None => self.world.refusal(operation, &facts),
                }?;
                let state = self.world.state_reached(refused.lifecycle.id(), operation, &facts);
                Some(Expected {
                    because: Because::Lifecycle { lifecycle: refused.lifecycle.id(), state, guard: refused.guard },
                    code: refused.code.as_wire().to_owned(),
                    status: refused.http_status,
                    message: refused.message(lang),
                    basis: refused.basis,
                    source: Some(refused.provenance),
                })
            }

            /// Commits an answer: its outcome as the operation's binding classifies it, and every transition.
            pub fn commit(
                &mut self,
                operation: generated::OperationId,
                view: &serde_json::Value,
                who: &Who,
                response: &ResponseFacts,
            ) -> Committed {
                // An operation without an outcome binding has no transition that reads an outcome: its answer is
                // approved when it is one of its documented success responses (the spec has no other fact).
                let documented = operation
                    .info()
                    .responses
                    .iter()
                    .any(|r| r.status == response.status && (200..300).contains(&r.status) && r.tolerated.is_none());
                let outcome = match generated::outcome_of(operation) {
                    Some(binding) => binding.classify(response),
                    None if documented => Outcome::Approved,
                    None => Outcome::Declined,
                };
                let facts = facts_at(self.now, &self.timers, view, who, Some(response), Some(outcome));
                let moved = self.world.commit(operation, &facts);
                let outcome = match outcome {
                    Outcome::Approved => "approved",
                    Outcome::Declined => "declined",
                    Outcome::Unknown => "unknown",
                };
                Committed { outcome, moved: moved.iter().map(|m| moved_row(m, operation.id())).collect() }
            }

            /// Commits a call the API makes to the merchant (a callback): no answer is read, so no outcome; the
            /// transitions are the ones the call's body names.
            #[allow(dead_code)]
            pub fn deliver(&mut self, operation: generated::OperationId, view: &serde_json::Value) -> Vec<Row> {
                let who = Who::default();
                let facts = facts_at(self.now, &self.timers, view, &who, None, None);
                self.world.commit(operation, &facts).iter().map(|m| moved_row(m, operation.id())).collect()
            }

            /// An external event a case says a step caused (by the lifecycle's and the attributes' ids, the
            /// values as text): the transitions it took, or why it names nothing of the spec.
            pub fn case_event(
                &mut self,
                lifecycle: &str,
                event: &str,
                matching: &[(String, String)],
            ) -> Result<Vec<Row>, String> {
                let id = generated::LifecycleId::from_id(lifecycle)
                    .ok_or_else(|| format!("{lifecycle:?} is no lifecycle of {}", generated::API_ID))?;
                let attributes: &[payspec::support::AttributeInfo] = match lifecycle {
                    $(l if l == <generated::$state as payspec::support::StateMachine>::LIFECYCLE.id => {
                        <generated::$state as payspec::support::StateMachine>::LIFECYCLE.attributes
                    })*
                    _ => &[],
                };
                let mut values = Vec::new();
                for (name, value) in matching {
                    let attribute = attributes
                        .iter()
                        .find(|a| a.id == name)
                        .ok_or_else(|| format!("{lifecycle} has no attribute {name:?}"))?;
                    values.push((attribute.id, Some(payspec::support::Value::Text(value.clone()))));
                }
                let key = payspec::support::KeyValues { values, each: false };
                Ok(self.event(id, event, &key))
            }

            /// What an answer tells of external events (the spec's signals): `touched` are the lifecycles the call
            /// moved, on its arrival or its commit.
            #[allow(dead_code)]
            pub fn signalled(
                &mut self,
                view: &serde_json::Value,
                who: &Who,
                response: &ResponseFacts,
                touched: &[generated::LifecycleId],
            ) -> Vec<Row> {
                let facts = facts_at(self.now, &self.timers, view, who, Some(response), None);
                self.world.signalled(&facts, touched).iter().map(moved_row_event).collect()
            }

            /// An external event of a lifecycle in the instances whose attributes equal `key`.
            pub fn event(
                &mut self,
                lifecycle: generated::LifecycleId,
                event: &str,
                key: &payspec::support::KeyValues,
            ) -> Vec<Row> {
                let (view, who) = (serde_json::Value::Null, Who::default());
                let facts = facts_at(self.now, &self.timers, &view, &who, None, None);
                self.world.event(lifecycle, event, key, &facts).iter().map(moved_row_event).collect()
            }
        }

        /// The facts of a call at the model's clock.
        fn facts_at<'a>(
            now: i64,
            timers: &'a Timers,
            view: &'a serde_json::Value,
            who: &'a Who,
            response: Option<&'a ResponseFacts>,
            outcome: Option<Outcome>,
        ) -> Facts<'a> {
            Facts {
                request: view,
                response,
                credentials: who,
                clock: payspec::support::Clock::turkey(now),
                timers,
                outcome,
                related: &|_| None,
            }
        }

        fn moved_row(moved: &generated::Moved, operation: &'static str) -> Row {
            Row {
                kind: $crate::apis::RowKind::Transition,
                lifecycle: moved.lifecycle.id(),
                state: moved.from,
                result: moved.to.to_owned(),
                cause: moved.event.unwrap_or(operation),
                guard: moved.guard,
                provenance: moved.provenance,
            }
        }

        fn moved_row_event(moved: &generated::Moved) -> Row {
            moved_row(moved, "")
        }

        /// The lifecycles the spec's precedence checks before the request is decoded (an access token's
        /// session), in order.
        // WiaPay checks nothing of a lifecycle before decoding (its signing scheme comes first), so its model does not
        // call this.
        #[allow(dead_code)]
        pub(super) fn before_decode() -> impl Iterator<Item = generated::LifecycleId> {
            generated::PRECEDENCE
                .iter()
                .take_while(|check| !matches!(check, payspec::support::Check::Decode))
                .filter_map(|check| match check {
                    payspec::support::Check::Lifecycle(lifecycle) => Some(*lifecycle),
                    _ => None,
                })
        }

        /// Decodes a request as the generated decoder reads it, or what a correct implementation answers one it
        /// cannot read: its documented refusal, or admitted where the spec names none.
        pub(super) fn decode_sent(
            operation: generated::OperationId,
            path_parameters: &[(&'static str, String)],
            sent: &$crate::apis::Sent,
            lang: Lang,
        ) -> Result<generated::DecodedRequest, Prediction> {
            let headers: Vec<(&str, &str)> = sent.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            let incoming = payspec::support::IncomingRequest {
                path_parameters,
                query: &sent.query,
                headers: &headers,
                body: &sent.body,
            };
            generated::decode(operation, &incoming).map_err(|error| match decode_expected(&error, lang) {
                Some(expected) => Prediction::Refused(expected),
                None => Prediction::Admitted,
            })
        }

        /// Routes a request: the operation and its path parameters, or what a correct implementation answers.
        pub(super) fn route(
            method: &str,
            path: &str,
        ) -> Result<(generated::OperationId, Vec<(&'static str, String)>), Prediction> {
            match generated::route(method, path) {
                payspec::support::Route::Found { operation, path_parameters } => Ok((operation, path_parameters)),
                payspec::support::Route::NotFound => Err(Prediction::NotFound),
                payspec::support::Route::MethodNotAllowed { allow } => {
                    Err(Prediction::MethodNotAllowed { allow: payspec::support::allow_header(&allow) })
                }
            }
        }

        /// The error a correct implementation answers a request the generated decoder cannot read with.
        pub(super) fn decode_expected(error: &generated::DecodeError, lang: Lang) -> Option<Expected> {
            let status = error.status?;
            Some(Expected {
                because: Because::Decode { problem: error.problem.to_string() },
                code: error.code.as_wire().to_owned(),
                status,
                message: error.message(lang),
                basis: payspec::support::Basis::Vendor,
                source: Some(error.code.provenance()),
            })
        }

        /// Every operation the API serves.
        pub(super) fn operations() -> Vec<&'static payspec::support::OperationInfo> {
            generated::OperationId::ALL.iter().map(|operation| operation.info()).collect()
        }

        /// Every code of the catalog.
        pub(super) fn codes() -> Vec<&'static str> {
            <generated::Code as payspec::WireEnum>::ALL.iter().map(|code| code.as_wire()).collect()
        }

        /// The references the client must take anew, from the lifecycles' `client_reference`.
        pub(super) fn client_references() -> Vec<$crate::apis::ClientReference> {
            let mut references = Vec::new();
            $(
                let lifecycle = <generated::$state as payspec::support::StateMachine>::LIFECYCLE;
                if let Some(reference) = lifecycle.client_reference {
                    references.push($crate::apis::ClientReference {
                        lifecycle: lifecycle.id,
                        reused: reference.reused.as_wire(),
                        field: reference.field,
                    });
                }
            )*
            references
        }

        /// Every row of every lifecycle table.
        pub(super) fn rows() -> Vec<Row> {
            let id = |operation: generated::OperationId| operation.id();
            let mut rows = Vec::new();
            $(rows.extend($crate::apis::glue::rows_of::<generated::$state>(id));)*
            rows
        }

        /// The error a body carries, read by the envelope of its documented message (or the API's own). A
        /// success answer whose documented message is no error envelope carries no error: its fields (a status
        /// query's `errorCode` of the payment it reports) describe something else.
        fn read_error(message: Option<&str>, status: u16, body: &[u8]) -> Option<generated::Error> {
            match message {
                $(Some(stringify!($reader)) => serde_json::from_slice::<generated::$reader>(body).ok()?.to_error(),)*
                Some(_) if (200..300).contains(&status) => None,
                _ => serde_json::from_slice::<generated::$default>(body).ok()?.to_error(),
            }
        }

        /// The error an answer of `operation` carries, with what the catalog says of it and where the answer
        /// differs from the generated rendering of that error (in the requested language).
        pub(super) fn carried(
            operation: generated::OperationId,
            received: &$crate::apis::Received,
            lang: Lang,
        ) -> Option<Carried> {
            let info = operation.info();
            let message = info.responses.iter().find(|r| r.status == received.status).and_then(|r| r.message);
            let error = read_error(message, received.status, &received.body)?;
            let code = error.wire_code().to_owned();
            let known = error.code();
            let typed = !matches!(error, generated::Error::Unrecognized { .. });
            let declared = info.errors.contains(&code.as_str())
                || error.group().is_some_and(|g| info.error_groups.contains(&g.as_wire()));
            let render = |lang: Lang, millis: i64| -> Option<serde_json::Value> {
                let reply = generated::replies::error_reply(operation, &error, lang, millis)?.ok()?;
                serde_json::from_str(&reply.body).ok()
            };
            // Two instants on different days, so every rendered time differs between them.
            const FIRST: i64 = 1_000_000_000_000;
            const LATER: i64 = 1_800_000_000_123;
            let other = if lang == Lang::En { Lang::Tr } else { Lang::En };
            let actual: serde_json::Value = serde_json::from_slice(&received.body).unwrap_or_default();
            let envelope = match (render(lang, FIRST), render(lang, LATER), render(other, FIRST)) {
                (Some(first), Some(later), Some(translated)) => {
                    $crate::apis::render::mismatches(&actual, &first, &later, &translated)
                }
                _ => Vec::new(),
            };
            Some(Carried {
                text: match &error {
                    generated::Error::Unrecognized { message, .. } => message.clone(),
                    typed => Some(typed.message(lang)),
                },
                code,
                typed,
                known: known.is_some(),
                passthrough: error.group().is_some_and(|group| group.passthrough().is_some()),
                status: generated::replies::error_status(operation, &error),
                declared,
                envelope,
                source: known.map(|code| code.provenance()),
            })
        }

        /// The facts of an answer the outcome bindings and effects read.
        pub(super) fn response_facts(
            operation: generated::OperationId,
            received: &$crate::apis::Received,
        ) -> ResponseFacts {
            let body: serde_json::Value = serde_json::from_slice(&received.body).unwrap_or(serde_json::Value::Null);
            let info = operation.info();
            let message = info.responses.iter().find(|r| r.status == received.status).and_then(|r| r.message);
            let error = read_error(message, received.status, &received.body);
            ResponseFacts {
                status: received.status,
                body,
                error_code: error.as_ref().map(|e| e.wire_code().to_owned()),
                error_group: error.as_ref().and_then(|e| e.group()).map(|g| g.as_wire().to_owned()),
                error_retry: error.as_ref().and_then(|e| e.retry()),
            }
        }

        /// Checks a body against a message's generated shape and rules.
        pub(super) fn check_message(
            message: &str,
            body: &serde_json::Value,
        ) -> Result<(), payspec::support::Problem> {
            generated::shapes::check_message(message, body).unwrap_or(Ok(()))
        }
    };
}

pub(crate) use glue;

/// The [`super::ApiModel`] methods every API answers from its generated module alone (its id, its operations, its
/// codes, its lifecycles' rows and client references, the errors answers carry, its messages' checks, echoes,
/// request language and redaction), for the
/// `impl ApiModel` block of a module `glue!` expanded in.
macro_rules! catalog_methods {
    () => {
        fn api(&self) -> &'static str {
            API
        }

        fn operations(&self) -> Vec<&'static payspec::support::OperationInfo> {
            operations()
        }

        fn codes(&self) -> Vec<&'static str> {
            codes()
        }

        fn rows(&self) -> Vec<Row> {
            rows()
        }

        fn client_references(&self) -> Vec<$crate::apis::ClientReference> {
            client_references()
        }

        fn carried(
            &self,
            operation: &str,
            received: &$crate::apis::Received,
            lang: payspec::support::Lang,
        ) -> Option<$crate::apis::Carried> {
            carried(generated::OperationId::from_id(operation)?, received, lang)
        }

        fn check_message(&self, message: &str, body: &serde_json::Value) -> Result<(), payspec::support::Problem> {
            check_message(message, body)
        }

        fn lang(&self, sent: &$crate::apis::Sent) -> payspec::support::Lang {
            generated::REQUEST_LANGUAGE.of_request(&sent.headers, &sent.body)
        }

        fn echoes(&self, message: &str) -> Vec<&'static payspec::support::EchoInfo> {
            generated::echoes(message).collect()
        }

        fn redact(&self, message: &str, body: &mut serde_json::Value) {
            generated::redact(message, body);
        }
    };
}

pub(crate) use catalog_methods;
