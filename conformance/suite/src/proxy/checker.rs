//! The checker: one thread that takes the exchanges the forwarder observed and checks them in the order their
//! requests arrived (an exchange that finished early waits for the ones that arrived before it), so the model
//! sees the calls in the order the implementation did. Each exchange becomes one event of the suite's stream,
//! its server-side and client-side findings together; the exchanges of an API form one case, `proxy/<api>`
//! (callbacks: `proxy/wiapay/callbacks`).

use std::collections::BTreeMap;
use std::time::Instant;

use crate::apis::{self, ApiModel, Received, Sent};
use crate::checks::{Broken, Tally};
use crate::event::{Event, Exchange, Verdict};

use super::generated::{self, GeneratedApi};
use super::options::{ProxyOptions, ProxySummary};
use super::{callbacks, client_side, server_side};

/// Whether an exchange is a call of the client or a callback to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The client called the implementation.
    Request,
    /// A callback posted to the client's receiver.
    Callback,
}

/// One exchange as the forwarder saw it.
#[derive(Debug, Clone)]
pub struct Observed {
    /// Its place in the order of arrival.
    pub seq: u64,
    /// Which way it went.
    pub direction: Direction,
    /// The request, as received and forwarded.
    pub sent: Sent,
    /// The answer, or why there was none.
    pub received: Result<Received, String>,
    /// Milliseconds it took.
    pub millis: u64,
}

/// A case's verdict so far.
struct CaseState {
    verdict: Verdict,
    started: Instant,
}

/// The checking half of the proxy.
pub struct Checker {
    options: ProxyOptions,
    secrets: Vec<String>,
    callback_secret: String,
    models: BTreeMap<&'static str, Box<dyn ApiModel>>,
    watch: client_side::ClientWatch,
    next: u64,
    waiting: BTreeMap<u64, Observed>,
    cases: BTreeMap<String, CaseState>,
    checks: usize,
    exchanges: usize,
    started: Instant,
    events: Vec<Event>,
    sink: Box<dyn FnMut(&Event) + Send>,
}

impl Checker {
    /// A checker for these options; every event also goes to `sink` as it happens.
    pub fn new(options: ProxyOptions, sink: Box<dyn FnMut(&Event) + Send>) -> Checker {
        let secrets = options.credentials.secrets();
        let callback_secret = callbacks::callback_secret(&options.credentials.document);
        let mut checker = Checker {
            secrets,
            callback_secret,
            models: BTreeMap::new(),
            watch: client_side::ClientWatch::default(),
            next: 0,
            waiting: BTreeMap::new(),
            cases: BTreeMap::new(),
            checks: 0,
            exchanges: 0,
            started: Instant::now(),
            events: Vec::new(),
            sink,
            options,
        };
        let identity = &checker.options.credentials.identity;
        let started = Event::RunStarted {
            suite_version: crate::VERSION,
            target: checker.options.upstream.clone(),
            implementation: format!("{} {}", identity.name, identity.version).trim().to_owned(),
            seed: 0,
            strict: checker.options.strict,
            controls: false,
            spec_hash: crate::runner::spec_hash(),
            cases: 0,
            started_unix_millis: u64::try_from(super::clock::local_now()).unwrap_or_default().saturating_mul(1000),
        };
        checker.emit(started);
        checker
    }

    fn emit(&mut self, event: Event) {
        (self.sink)(&event);
        self.events.push(event);
    }

    /// Takes an observed exchange; checks every one whose turn has come.
    pub fn accept(&mut self, observed: Observed) {
        self.waiting.insert(observed.seq, observed);
        while let Some(observed) = self.waiting.remove(&self.next) {
            self.next += 1;
            self.check(observed);
        }
    }

    /// Checks what is still waiting (in order, past any exchange that never finished), closes every case and
    /// the run, and hands back the summary and every event.
    pub fn finish(mut self) -> (ProxySummary, Vec<Event>) {
        for (_, observed) in std::mem::take(&mut self.waiting) {
            self.check(observed);
        }
        let mut summary = ProxySummary { exchanges: self.exchanges, checks: self.checks, ..ProxySummary::default() };
        let (mut passed, mut warnings, mut failed) = (0, 0, 0);
        for (case, state) in std::mem::take(&mut self.cases) {
            match state.verdict {
                Verdict::Passed => passed += 1,
                Verdict::Warning => warnings += 1,
                _ => failed += 1,
            }
            let millis = u64::try_from(state.started.elapsed().as_millis()).unwrap_or(u64::MAX);
            self.emit(Event::CaseFinished { case, verdict: state.verdict, reason: None, millis });
        }
        for event in &self.events {
            if let Event::Exchange(exchange) = event {
                for finding in &exchange.findings {
                    match finding.verdict {
                        Verdict::Warning => summary.warnings += 1,
                        _ => summary.violations += 1,
                    }
                }
            }
        }
        let millis = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.emit(Event::RunFinished {
            passed,
            warnings,
            accepted: 0,
            failed,
            errors: 0,
            skipped: 0,
            checks: self.checks,
            millis,
        });
        (summary, self.events)
    }

    /// The API a request belongs to, among those selected: routed by the generated routes, or a path under a
    /// modelled API's prefix.
    fn api_of(&mut self, sent: &Sent) -> Option<&'static GeneratedApi> {
        let apis = self.options.apis.clone();
        let selected = |api: &str| apis.is_empty() || apis.iter().any(|a| a == api);
        let by_route = generated::ALL.iter().find(|g| selected(g.api) && (g.routes)(&sent.path));
        if by_route.is_some() {
            return by_route;
        }
        generated::ALL
            .iter()
            .find(|g| selected(g.api) && self.model(g.api).is_some_and(|model| model.owns_path(&sent.path)))
    }

    fn model(&mut self, api: &'static str) -> Option<&mut Box<dyn ApiModel>> {
        if !self.models.contains_key(api) && apis::APIS.contains(&api) {
            let mut model = apis::model(api, &self.options.credentials).ok()?;
            model.watch_passively();
            self.models.insert(api, model);
        }
        self.models.get_mut(api)
    }

    fn open_case(&mut self, case: &str, api: &str) {
        if self.cases.contains_key(case) {
            return;
        }
        self.cases.insert(case.to_owned(), CaseState { verdict: Verdict::Passed, started: Instant::now() });
        self.emit(Event::CaseStarted {
            case: case.to_owned(),
            title: format!("{api} traffic through the proxy"),
            api: api.to_owned(),
            profile: "passive",
        });
    }

    fn check(&mut self, observed: Observed) {
        let step = format!("#{} {} {}", observed.seq, observed.sent.method, observed.sent.path);
        let mut tally = Tally { strict: self.options.strict, ..Tally::default() };
        let exchange = match observed.direction {
            Direction::Callback => self.callback(&observed, &step, &mut tally),
            Direction::Request => match self.api_of(&observed.sent) {
                None => return,
                Some(generated) => self.request(generated, &observed, &step, &mut tally),
            },
        };
        let verdict = tally.verdict();
        self.checks += tally.passed.len() + tally.findings.len();
        self.exchanges += 1;
        if let Some(state) = self.cases.get_mut(&exchange.case) {
            state.verdict = state.verdict.max(verdict);
        }
        let exchange = Exchange { passed: tally.passed, findings: tally.findings, ..exchange };
        self.emit(Event::Exchange(Box::new(exchange)));
    }

    fn blank(case: String, step: &str, observed: &Observed, request: crate::event::ShownRequest) -> Exchange {
        Exchange {
            case,
            step: step.to_owned(),
            operation: None,
            predicted: "admitted".to_owned(),
            outcome: None,
            code: None,
            refusal: None,
            moved: Vec::new(),
            request,
            response: None,
            transport_error: observed.received.as_ref().err().cloned(),
            passed: Vec::new(),
            findings: Vec::new(),
            millis: observed.millis,
        }
    }

    fn upstream_answered(tally: &mut Tally, error: &str) {
        tally.record(
            "upstream_answered",
            Err(Broken::vendor("the implementation answers every request", "an HTTP answer", error.to_owned())),
        );
    }

    fn callback(&mut self, observed: &Observed, step: &str, tally: &mut Tally) -> Exchange {
        let case = "proxy/wiapay/callbacks".to_owned();
        self.open_case(&case, "wiapay");
        let now = super::clock::local_now();
        callbacks::check(&observed.sent, observed.received.as_ref().ok(), &self.callback_secret, now, tally);
        let redact = |message: &str, body: &mut serde_json::Value| payspec::wiapay::redact(message, body);
        let info = payspec::wiapay::OperationId::ALL
            .iter()
            .map(|op| op.info())
            .find(|info| info.direction == payspec::support::Direction::Callback);
        let request = crate::redact::request_by(&redact, info, &observed.sent, &self.secrets);
        let mut exchange = Self::blank(case, step, observed, request);
        exchange.operation = info.map(|i| i.id.to_owned());
        exchange.predicted = "callback".to_owned();
        match &observed.received {
            Ok(received) => {
                exchange.response = Some(crate::redact::response_by(&redact, None, received, &self.secrets));
            }
            Err(error) => Self::upstream_answered(tally, &format!("the client's receiver: {error}")),
        }
        exchange
    }

    fn request(
        &mut self,
        generated: &'static GeneratedApi,
        observed: &Observed,
        step: &str,
        tally: &mut Tally,
    ) -> Exchange {
        let api = generated.api;
        let case = format!("proxy/{api}");
        self.open_case(&case, api);
        let sent = &observed.sent;
        let decoded_operation = client_side::request_valid(generated, sent, tally);
        let info = decoded_operation.and_then(generated.info);
        // The credentials' secrets and the values of the request's sensitive fields: never in a finding either.
        let secrets = server_side::secrets_of(&generated.redact, info, sent, &self.secrets);
        let exchange = self.request_checked(generated, observed, step, tally, decoded_operation, &secrets);
        crate::redact::findings(&mut tally.findings, &secrets);
        exchange
    }

    fn request_checked(
        &mut self,
        generated: &'static GeneratedApi,
        observed: &Observed,
        step: &str,
        tally: &mut Tally,
        decoded_operation: Option<&'static str>,
        secrets: &[String],
    ) -> Exchange {
        let api = generated.api;
        let case = format!("proxy/{api}");
        let sent = &observed.sent;
        let secrets = secrets.to_vec();
        let received = match &observed.received {
            Ok(received) => received,
            Err(error) => {
                let redact = generated.redact;
                let request = crate::redact::request_by(&redact, None, sent, &secrets);
                Self::upstream_answered(tally, error);
                return Self::blank(case, step, observed, request);
            }
        };
        let mut watch = std::mem::take(&mut self.watch);
        let exchange = match self.model(api) {
            Some(model) => {
                let checked = server_side::check(model.as_mut(), sent, received, &secrets, tally);
                watch.request(model.as_ref(), checked.operation, &checked.prediction, sent, tally);
                let code = checked.carried.as_ref().map(|c| c.code.clone());
                watch.answer(model.as_ref(), generated, checked.operation, code.as_deref(), sent, step);
                Exchange {
                    case,
                    step: step.to_owned(),
                    operation: checked.operation.map(str::to_owned),
                    predicted: crate::runner::predicted(Some(&checked.prediction), false),
                    outcome: checked.outcome.map(str::to_owned),
                    code,
                    refusal: crate::runner::refusal_row(Some(&checked.prediction), checked.operation),
                    moved: checked.moved,
                    request: checked.request,
                    response: Some(checked.response),
                    transport_error: None,
                    passed: Vec::new(),
                    findings: Vec::new(),
                    millis: observed.millis,
                }
            }
            None => {
                // No model of this API yet: the client side only, reported with the generated redaction.
                let redact = generated.redact;
                let info = decoded_operation.and_then(generated.info);
                let request = crate::redact::request_by(&redact, info, sent, &secrets);
                let mut exchange = Self::blank(case, step, observed, request);
                exchange.operation = decoded_operation.map(str::to_owned);
                exchange.predicted = "not modelled".to_owned();
                exchange.response = Some(crate::redact::response_by(&redact, info, received, &secrets));
                exchange
            }
        };
        self.watch = watch;
        exchange
    }
}
