//! The runner: selects cases, runs their setups and steps in order against the target, and emits one event per
//! exchange and per case. Before each step the model's clock is set to the target's; the model predicts what a
//! correct implementation must answer; the answer is checked ([`crate::checks`], [`crate::model`]) and committed
//! to the model, and the values the case captures are kept for later steps. A request of an API with a signing
//! recipe is signed at the target's clock; the callbacks the run's receiver got are checked and committed before
//! each step (and while a step awaits one), each shown as an exchange of its own.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::Value as Json;

use payspec::support::{BodyEncoding, OperationInfo, percent_encode};

use crate::apis::Received;
use crate::apis::{self, ApiModel, Prediction, Sent};
use crate::callbacks::Receiver;
use crate::case::{AwaitCallback, Case, Concurrent, Library, Page, Profile, Step, Until};
use crate::checks::{self, Tally};
use crate::credentials::Credentials;
use crate::error::SuiteError;
use crate::event::{Event, Exchange, ShownResponse, Verdict};
use crate::http::{Endpoint, HttpError};
use crate::seed::Seed;
use crate::target::Target;
use crate::template::Scope;

/// What to run, and how.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// The target URL (`http://host:port`).
    pub target: String,
    /// The APIs to run (empty: every API).
    pub apis: Vec<String>,
    /// The credentials.
    pub credentials: Credentials,
    /// Only cases with one of these tags (empty: any).
    pub tags: Vec<String>,
    /// Only these cases, by id (empty: any).
    pub cases: Vec<String>,
    /// Only cases of this profile.
    pub profile: Option<Profile>,
    /// The seed of generated values.
    pub seed: Seed,
    /// Whether the project's decisions fail.
    pub strict: bool,
    /// The folder of the cases.
    pub cases_dir: PathBuf,
    /// How long one answer may take.
    pub timeout: Duration,
    /// Set to stop the run after the current step.
    pub interrupted: Arc<AtomicBool>,
    /// The receiver the target calls back (its URL configured at the target, WiaPay's site callback URL); none:
    /// callbacks are not received, and a step that awaits one is an error.
    pub callbacks: Option<Arc<Receiver>>,
    /// Where a prompt for a person goes (a card to present on a real device): stderr unless replaced.
    pub prompt: crate::prompt::PromptSink,
}

impl RunOptions {
    /// Options for a target with the committed cases, the emulator's test data and seed 0.
    pub fn new(target: impl Into<String>) -> RunOptions {
        RunOptions {
            target: target.into(),
            apis: Vec::new(),
            credentials: Credentials::emulator(),
            tags: Vec::new(),
            cases: Vec::new(),
            profile: None,
            seed: Seed(0),
            strict: false,
            cases_dir: crate::case::default_dir(),
            timeout: Duration::from_secs(30),
            interrupted: Arc::new(AtomicBool::new(false)),
            callbacks: None,
            prompt: crate::prompt::PromptSink::stderr(),
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// Cases passed.
    pub passed: usize,
    /// Cases with warnings only.
    pub warnings: usize,
    /// Cases accepted by a baseline (see [`crate::baseline`]).
    pub accepted: usize,
    /// Cases failed.
    pub failed: usize,
    /// Cases in error.
    pub errors: usize,
    /// Cases skipped.
    pub skipped: usize,
    /// Checks run.
    pub checks: usize,
    /// Whether the run was interrupted.
    pub interrupted: bool,
}

impl RunSummary {
    /// The exit code: 0 passed, 1 a check failed (or a case could not finish), 2 nothing tested, 130 interrupted.
    pub fn exit_code(&self) -> u8 {
        if self.interrupted {
            130
        } else if self.failed + self.errors > 0 {
            1
        } else if self.passed + self.warnings + self.accepted == 0 {
            2
        } else {
            0
        }
    }
}

/// The cases the options select.
pub fn select<'a>(library: &'a Library, options: &RunOptions) -> Vec<&'a Case> {
    library
        .cases
        .iter()
        .filter(|case| options.apis.is_empty() || options.apis.contains(&case.api))
        .filter(|case| options.tags.is_empty() || case.tags.iter().any(|t| options.tags.contains(t)))
        .filter(|case| options.cases.is_empty() || options.cases.contains(&case.id))
        .filter(|case| options.profile.is_none_or(|p| p == case.profile))
        .collect()
}

/// A SHA-256 over the spec as the generated crate holds it: every operation, code and lifecycle row.
pub fn spec_hash() -> String {
    use sha2::Digest as _;
    let credentials = Credentials::emulator();
    let mut hasher = sha2::Sha256::new();
    for api in apis::APIS {
        if let Ok(model) = apis::model(api, &credentials) {
            hasher.update(api.as_bytes());
            for operation in model.operations() {
                hasher.update(format!("{operation:?}").as_bytes());
            }
            for code in model.codes() {
                hasher.update(code.as_bytes());
            }
            for row in model.rows() {
                hasher.update(format!("{row:?}").as_bytes());
            }
        }
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn elapsed_ms(start: Instant) -> u64 {
    u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Runs the selected cases against the target; every event goes to `sink`.
pub fn run(options: &RunOptions, sink: &mut dyn FnMut(&Event)) -> Result<RunSummary, SuiteError> {
    let start = Instant::now();
    for api in &options.apis {
        if !apis::APIS.contains(&api.as_str()) {
            return Err(SuiteError::UnknownApi(api.clone()));
        }
    }
    let library = crate::case::load(&options.cases_dir)?;
    let selected = select(&library, options);
    if selected.is_empty() {
        return Err(SuiteError::NothingSelected("no case matches the filters".to_owned()));
    }
    let target = Target::connect(&options.target, options.timeout)
        .map_err(|problem| SuiteError::Target { url: options.target.clone(), problem })?;
    let identity = &options.credentials.identity;
    sink(&Event::RunStarted {
        suite_version: crate::VERSION,
        target: options.target.clone(),
        implementation: format!("{} {}", identity.name, identity.version).trim().to_owned(),
        seed: options.seed.0,
        strict: options.strict,
        controls: target.controls,
        spec_hash: spec_hash(),
        cases: selected.len(),
        started_unix_millis: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or_default()),
    });
    let mut models: BTreeMap<String, Box<dyn ApiModel>> = BTreeMap::new();
    let mut seen: Vec<Seen> = Vec::new();
    let mut summary = RunSummary::default();
    for case in selected {
        if options.interrupted.load(Ordering::SeqCst) {
            summary.interrupted = true;
            break;
        }
        let case_start = Instant::now();
        sink(&Event::CaseStarted {
            case: case.id.clone(),
            title: case.title.clone(),
            api: case.api.clone(),
            profile: case.profile.as_str(),
        });
        let (verdict, reason) = if case.profile == Profile::Emulator && !target.controls {
            (
                Verdict::Skipped,
                Some("needs the emulator's /_payspec/ controls, which the target does not answer".to_owned()),
            )
        } else {
            let model = match models.get_mut(&case.api) {
                Some(model) => model,
                None => models.entry(case.api.clone()).or_insert(apis::model(&case.api, &options.credentials)?),
            };
            let mut runner =
                CaseRun { options, target: &target, model: model.as_mut(), case, sink, checks: 0, seen: &mut seen };
            let result = runner.run(&library);
            summary.checks += runner.checks;
            match result {
                Ok(verdict) => (verdict, None),
                Err(reason) => (Verdict::Error, Some(reason)),
            }
        };
        match verdict {
            Verdict::Passed => summary.passed += 1,
            Verdict::Warning => summary.warnings += 1,
            Verdict::Accepted => summary.accepted += 1,
            Verdict::Failed => summary.failed += 1,
            Verdict::Error => summary.errors += 1,
            Verdict::Skipped => summary.skipped += 1,
        }
        sink(&Event::CaseFinished { case: case.id.clone(), verdict, reason, millis: elapsed_ms(case_start) });
    }
    sink(&Event::RunFinished {
        passed: summary.passed,
        warnings: summary.warnings,
        accepted: summary.accepted,
        failed: summary.failed,
        errors: summary.errors,
        skipped: summary.skipped,
        checks: summary.checks,
        millis: elapsed_ms(start),
    });
    Ok(summary)
}

struct CaseRun<'a, 's> {
    options: &'a RunOptions,
    target: &'a Target,
    model: &'a mut dyn ApiModel,
    case: &'a Case,
    sink: &'s mut dyn FnMut(&Event),
    checks: usize,
    /// Every callback the run received, for the steps that await one.
    seen: &'a mut Vec<Seen>,
}

/// A callback received and checked.
#[derive(Debug, Clone)]
struct Seen {
    operation: Option<&'static str>,
    transaction: Option<String>,
    status: Option<String>,
    body: Json,
    /// Whether a step awaited it already.
    awaited: bool,
}

fn form_value(value: &Json) -> String {
    match value {
        Json::String(text) => text.clone(),
        other => other.to_string(),
    }
}

impl CaseRun<'_, '_> {
    fn run(&mut self, library: &Library) -> Result<Verdict, String> {
        let mut scope = Scope {
            case: &self.case.id,
            api: &self.case.api,
            seed: self.options.seed,
            credentials: &self.options.credentials,
            captured: BTreeMap::new(),
            now_millis: 0,
        };
        let mut worst = Verdict::Passed;
        let setups = library.setups.get(&self.case.api);
        for name in &self.case.preconditions {
            let setup = setups.and_then(|s| s.get(name)).ok_or_else(|| format!("no setup {name:?}"))?;
            for step in &setup.steps {
                worst = worst.max(self.step(&mut scope, &format!("{name}/{}", step.id), step)?);
            }
        }
        for step in &self.case.steps {
            if self.options.interrupted.load(Ordering::SeqCst) {
                return Err("interrupted".to_owned());
            }
            worst = worst.max(self.step(&mut scope, &step.id, step)?);
        }
        let now = self.target.now_millis().div_euclid(1000);
        worst = worst.max(self.drain("(after the last step)", now));
        Ok(worst)
    }

    /// Checks and commits every callback received so far, each shown as an exchange of the step `label`.
    fn drain(&mut self, label: &str, now: i64) -> Verdict {
        let Some(receiver) = self.options.callbacks.as_deref() else {
            return Verdict::Passed;
        };
        let mut worst = Verdict::Passed;
        let mut others = Vec::new();
        for received in receiver.take() {
            let started = Instant::now();
            let Some(callback) = self.model.callback(&received, now) else {
                others.push(received);
                continue;
            };
            let mut tally = Tally { strict: self.options.strict, ..Tally::default() };
            crate::callbacks::checks(&callback, &mut tally);
            let info = callback.operation.and_then(|op| self.info(op).ok());
            let secrets = self.options.credentials.secrets();
            let mut request = crate::redact::request(self.model, info, &received, &secrets);
            // A callback was sent to the receiver, not to the target: its URL says so.
            request.target = format!("http://{}{}", receiver.address(), request.target);
            worst = worst.max(tally.verdict());
            crate::redact::findings(&mut tally.findings, &secrets);
            self.checks += tally.passed.len() + tally.findings.len();
            let exchange = Exchange {
                case: self.case.id.clone(),
                step: format!("{label}/callback"),
                operation: callback.operation.map(str::to_owned),
                predicted: "callback".to_owned(),
                outcome: None,
                code: None,
                refusal: None,
                moved: callback.moved.iter().map(|row| row.id()).collect(),
                request,
                response: Some(ShownResponse {
                    status: 200,
                    content_type: None,
                    headers: vec![("content-length".to_owned(), "0".to_owned())],
                    body: Json::Null,
                }),
                transport_error: None,
                passed: tally.passed,
                findings: tally.findings,
                millis: elapsed_ms(started),
            };
            (self.sink)(&Event::Exchange(Box::new(exchange)));
            self.seen.push(Seen {
                operation: callback.operation,
                transaction: callback.transaction,
                status: callback.status,
                body: serde_json::from_slice(&received.body).unwrap_or(Json::Null),
                awaited: false,
            });
        }
        if !others.is_empty() {
            receiver.put_back(others);
        }
        worst
    }

    /// Waits for a callback: every one received meanwhile is checked and committed; the first that matches and no
    /// earlier step awaited ends the wait, and the step's captures read its body.
    fn await_callback(
        &mut self,
        scope: &mut Scope<'_>,
        label: &str,
        step: &Step,
        wait: &AwaitCallback,
    ) -> Result<Verdict, String> {
        if self.options.callbacks.is_none() {
            return Err(format!(
                "step {label}: the run has no callback receiver (payspec check --emulated starts one and points the \
                 emulator's callbacks at it)"
            ));
        }
        let transaction = scope.text(&wait.transaction).map_err(|e| format!("step {label}: {e}"))?;
        let deadline = Instant::now() + Duration::from_millis(wait.timeout_ms);
        let mut worst = Verdict::Passed;
        loop {
            let now = self.target.now_millis();
            scope.now_millis = now;
            self.model.set_now(now.div_euclid(1000));
            worst = worst.max(self.drain(label, now.div_euclid(1000)));
            let found = self.seen.iter_mut().find(|seen| {
                !seen.awaited
                    && seen.operation == Some(wait.operation.as_str())
                    && seen.transaction.as_deref() == Some(transaction.as_str())
                    && seen.status.as_deref() == Some(wait.status.as_str())
            });
            if let Some(seen) = found {
                seen.awaited = true;
                let body = seen.body.clone();
                let missing = capture(scope, step, &body, None);
                if !missing.is_empty() {
                    return Err(format!("step {label}: the callback has no {}", missing.join(", ")));
                }
                return Ok(worst);
            }
            if Instant::now() >= deadline {
                let received: Vec<String> = self
                    .seen
                    .iter()
                    .filter(|seen| seen.transaction.as_deref() == Some(transaction.as_str()))
                    .map(|seen| format!("{} {}", seen.operation.unwrap_or("?"), seen.status.as_deref().unwrap_or("?")))
                    .collect();
                return Err(format!(
                    "step {label}: no {} of {transaction} with status {} within {} ms (received for it: {})",
                    wait.operation,
                    wait.status,
                    wait.timeout_ms,
                    if received.is_empty() { "none".to_owned() } else { received.join(", ") }
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn info(&self, operation: &str) -> Result<&'static OperationInfo, String> {
        self.model
            .operations()
            .into_iter()
            .find(|info| info.id == operation)
            .ok_or_else(|| format!("{} has no operation {operation:?}", self.case.api))
    }

    fn build(&self, scope: &Scope<'_>, step: &Step) -> Result<(Sent, Option<&'static OperationInfo>), String> {
        let text = |t: &str| scope.text(t).map_err(|e| format!("step {}: {e}", step.id));
        if let Some(control) = &step.control {
            let (content_type, body) = match &control.body {
                Some(body) => (
                    "application/json",
                    serde_json::to_vec(&scope.json(body).map_err(|e| e.to_string())?).unwrap_or_default(),
                ),
                None if !control.form.is_empty() => {
                    let pairs = control
                        .form
                        .iter()
                        .map(|(k, v)| Ok(format!("{}={}", percent_encode(k), percent_encode(&text(v)?))))
                        .collect::<Result<Vec<_>, String>>()?;
                    ("application/x-www-form-urlencoded", pairs.join("&").into_bytes())
                }
                None => ("application/json", Vec::new()),
            };
            let headers = vec![("Content-Type".to_owned(), content_type.to_owned())];
            let sent = Sent {
                method: control.method.clone(),
                path: text(&control.path)?,
                query: String::new(),
                headers,
                body,
            };
            return Ok((sent, None));
        }
        let info = step.operation.as_deref().map(|op| self.info(op)).transpose()?;
        let method = match (&step.method, info) {
            (Some(method), _) => method.clone(),
            (None, Some(info)) => info.method.as_str().to_owned(),
            (None, None) => return Err(format!("step {}: no operation and no method", step.id)),
        };
        let mut path = match (&step.path, info) {
            (Some(path), _) => text(path)?,
            (None, Some(info)) => info.path.to_owned(),
            (None, None) => return Err(format!("step {}: no operation and no path", step.id)),
        };
        for (name, value) in &step.path_params {
            path = path.replace(&format!("{{{name}}}"), &percent_encode(&text(value)?));
        }
        let query = step
            .query
            .iter()
            .map(|(k, v)| Ok(format!("{}={}", percent_encode(k), percent_encode(&text(v)?))))
            .collect::<Result<Vec<_>, String>>()?
            .join("&");
        let mut headers = Vec::new();
        let mut body = Vec::new();
        if let Some(raw) = &step.raw {
            if let Some(content_type) = &raw.content_type {
                headers.push(("Content-Type".to_owned(), content_type.clone()));
            }
            body = text(&raw.text)?.into_bytes();
        } else if let Some(template) = &step.body {
            let value = scope.json(template).map_err(|e| format!("step {}: {e}", step.id))?;
            match info.map(|i| i.body) {
                Some(BodyEncoding::Form) => {
                    headers.push(("Content-Type".to_owned(), "application/x-www-form-urlencoded".to_owned()));
                    let pairs: Vec<String> = value
                        .as_object()
                        .map(|map| {
                            map.iter()
                                .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(&form_value(v))))
                                .collect()
                        })
                        .unwrap_or_default();
                    body = pairs.join("&").into_bytes();
                }
                _ => {
                    headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
                    body = serde_json::to_vec(&value).unwrap_or_default();
                }
            }
        }
        if let Some(bearer) = &step.bearer {
            headers.push(("Authorization".to_owned(), format!("Bearer {}", text(bearer)?)));
        }
        if let Some(basic) = &step.basic {
            let pair = format!("{}:{}", text(&basic.user)?, text(&basic.password)?);
            let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
            headers.push(("Authorization".to_owned(), format!("Basic {encoded}")));
        }
        for (name, value) in &step.headers {
            headers.push((name.clone(), text(value)?));
        }
        Ok((Sent { method, path, query, headers, body }, info))
    }

    /// The secrets of an exchange: the credentials' and the values of the request's sensitive fields.
    fn secrets(&self, info: Option<&OperationInfo>, sent: &Sent) -> Vec<String> {
        let mut secrets = self.options.credentials.secrets();
        if let (Some(message), Ok(original)) =
            (info.and_then(|i| i.request), serde_json::from_slice::<Json>(&sent.body))
        {
            let mut redacted = original.clone();
            self.model.redact(message, &mut redacted);
            collect_changed(&original, &redacted, &mut secrets);
        }
        secrets
    }

    fn prepare(&mut self, scope: &mut Scope<'_>, label: &str, step: &Step) -> Result<Prepared, String> {
        let now = self.target.now_millis();
        scope.now_millis = now;
        self.model.set_now(now.div_euclid(1000));
        let fired = self.model.fired();
        let before = self.drain(label, now.div_euclid(1000));
        let started = Instant::now();
        let (mut sent, info) = self.build(scope, step)?;
        if step.control.is_none() {
            self.model
                .sign(&mut sent, now.div_euclid(1000), step.signature.unwrap_or_default())
                .map_err(|e| format!("step {label}: {e}"))?;
        }
        let (operation, prediction, lang) = if step.control.is_some() {
            (None, None, payspec::support::Lang::En)
        } else {
            let lang = self.model.lang(&sent);
            let (operation, prediction) = self.model.predict(&sent);
            (operation, Some(prediction), lang)
        };
        let info = info.or_else(|| operation.and_then(|op| self.info(op).ok()));
        let secrets = self.secrets(info, &sent);
        let shown_request = crate::redact::request(self.model, info, &sent, &secrets);
        let endpoint = match step.timeout_seconds {
            Some(seconds) => Endpoint { timeout: Duration::from_secs(seconds), ..self.target.endpoint.clone() },
            None => self.target.endpoint.clone(),
        };
        let card = match &step.card {
            Some(card) if !self.target.controls => Some(crate::prompt::CardPrompt {
                case: self.case.id.clone(),
                step: step.id.clone(),
                device: scope.text(&card.device).map_err(|e| format!("step {}: {e}", step.id))?,
                amount: card.amount.as_deref().map(|a| scope.text(a)).transpose().map_err(|e| e.to_string())?,
                action: card.action.clone(),
                timeout: endpoint.timeout,
            }),
            _ => None,
        };
        Ok(Prepared {
            sent,
            info,
            operation,
            prediction,
            lang,
            secrets,
            shown_request,
            started,
            endpoint,
            card,
            fired,
            before,
        })
    }

    fn step(&mut self, scope: &mut Scope<'_>, label: &str, step: &Step) -> Result<Verdict, String> {
        if let Some(wait) = &step.await_callback {
            return self.await_callback(scope, label, step, wait);
        }
        if let Some(group) = &step.concurrent {
            return self.concurrent(scope, label, group);
        }
        if let Some(page) = &step.page {
            return self.page(scope, label, step, page);
        }
        let prepared = self.prepare(scope, label, step)?;
        let answer = match &step.until {
            Some(until) => self.until(&prepared, until),
            None => match &prepared.card {
                Some(card) => crate::prompt::wait_for_card(card, &self.options.prompt, {
                    let (endpoint, sent) = (prepared.endpoint.clone(), prepared.sent.clone());
                    move || endpoint.send(&sent)
                }),
                None => prepared.endpoint.send(&prepared.sent),
            },
        };
        self.finish(scope, label, step, prepared, answer, Vec::new())
    }

    /// A control sent again until its answer says what the case waits for.
    fn until(&self, prepared: &Prepared, until: &Until) -> Result<Received, HttpError> {
        let deadline = Instant::now() + Duration::from_millis(until.timeout_ms);
        loop {
            let received = prepared.endpoint.send(&prepared.sent)?;
            let body = received.json().unwrap_or(Json::Null);
            if body.pointer(&until.pointer) == Some(&until.equals) || Instant::now() >= deadline {
                return Ok(received);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// A step that waits (`held`) and the steps made meanwhile.
    fn concurrent(&mut self, scope: &mut Scope<'_>, label: &str, group: &Concurrent) -> Result<Verdict, String> {
        let held = &group.held;
        if held.concurrent.is_some() || held.page.is_some() || held.control.is_some() {
            return Err(format!("step {label}: the held step of a concurrent group is an API call"));
        }
        let prepared = self.prepare(scope, label, held)?;
        let Some(arrived) = self.model.hold() else {
            return Err(format!(
                "step {label}: the {} model keeps no call aside for a concurrent group",
                self.case.api
            ));
        };
        let (endpoint, sent) = (prepared.endpoint.clone(), prepared.sent.clone());
        let waiting = std::thread::spawn(move || endpoint.send(&sent));
        let mut worst = Verdict::Passed;
        let mut during = Ok(());
        for step in &group.during {
            match self.step(scope, &step.id, step) {
                Ok(verdict) => worst = worst.max(verdict),
                Err(reason) => {
                    during = Err(reason);
                    break;
                }
            }
        }
        let answer = waiting.join().unwrap_or_else(|_| {
            Err(HttpError::Malformed("the thread waiting for the held answer panicked".to_owned()))
        });
        self.model.resume();
        let held_label = if label == held.id { held.id.clone() } else { format!("{label}/{}", held.id) };
        let verdict = self.finish(scope, &held_label, held, prepared, answer, arrived)?;
        during?;
        Ok(worst.max(verdict))
    }

    /// A page outside the API (the bank's 3D page): a page is answered (2xx or a redirect); the events the case
    /// says it causes are the model's.
    fn page(&mut self, scope: &mut Scope<'_>, label: &str, step: &Step, page: &Page) -> Result<Verdict, String> {
        let started = Instant::now();
        let text = |t: &str| scope.text(t).map_err(|e| format!("step {}: {e}", step.id));
        let url = text(&page.url)?;
        let (endpoint, target) = match url.split_once("://") {
            Some((_, rest)) => {
                let (authority, path) =
                    rest.split_once('/').map(|(a, p)| (a, format!("/{p}"))).unwrap_or((rest, "/".to_owned()));
                let endpoint = Endpoint::parse(&format!("http://{authority}"), self.options.timeout)
                    .map_err(|e| format!("step {label}: {e}"))?;
                (endpoint, path)
            }
            None => (self.target.endpoint.clone(), url.clone()),
        };
        let (path, query) = match target.split_once('?') {
            Some((path, query)) => (path.to_owned(), query.to_owned()),
            None => (target, String::new()),
        };
        if self.model.owns_path(&path) {
            return Err(format!("step {label}: {path} is the API's: a page step would bypass the model"));
        }
        let mut headers = Vec::new();
        let mut body = Vec::new();
        if !page.form.is_empty() {
            headers.push(("Content-Type".to_owned(), "application/x-www-form-urlencoded".to_owned()));
            let pairs = page
                .form
                .iter()
                .map(|(k, v)| Ok(format!("{}={}", percent_encode(k), percent_encode(&text(v)?))))
                .collect::<Result<Vec<_>, String>>()?;
            body = pairs.join("&").into_bytes();
        }
        let sent = Sent { method: page.method.clone(), path, query, headers, body };
        let secrets = self.options.credentials.secrets();
        let shown_request = crate::redact::request(self.model, None, &sent, &secrets);
        let prepared = Prepared {
            sent,
            info: None,
            operation: None,
            prediction: None,
            lang: payspec::support::Lang::En,
            secrets,
            shown_request,
            started,
            endpoint,
            card: None,
            fired: self.model.fired(),
            before: Verdict::Passed,
        };
        let answer = prepared.endpoint.send(&prepared.sent);
        self.finish(scope, label, step, prepared, answer, Vec::new())
    }

    /// Checks an answer, commits it to the model, applies the step's events and keeps its captures.
    fn finish(
        &mut self,
        scope: &mut Scope<'_>,
        label: &str,
        step: &Step,
        prepared: Prepared,
        answer: Result<Received, HttpError>,
        arrived: Vec<apis::Row>,
    ) -> Result<Verdict, String> {
        let Prepared {
            sent, info, operation, prediction, lang, secrets, shown_request, started, fired, before, ..
        } = prepared;
        let received = match answer {
            Ok(received) => received,
            Err(error) => {
                let error = crate::redact::text(&error.to_string(), &secrets);
                let exchange = Exchange {
                    case: self.case.id.clone(),
                    step: label.to_owned(),
                    operation: operation.map(str::to_owned),
                    predicted: predicted(prediction.as_ref(), step.page.is_some()),
                    outcome: None,
                    code: None,
                    refusal: None,
                    moved: Vec::new(),
                    request: shown_request,
                    response: None,
                    transport_error: Some(error.clone()),
                    passed: Vec::new(),
                    findings: Vec::new(),
                    millis: elapsed_ms(started),
                };
                (self.sink)(&Event::Exchange(Box::new(exchange)));
                return Err(format!("step {label}: {error}"));
            }
        };
        let shown_response = crate::redact::response(self.model, info, &received, &secrets);
        let mut tally = Tally { strict: self.options.strict, ..Tally::default() };
        let mut outcome = None;
        let mut moved: Vec<String> = fired.iter().chain(&arrived).map(apis::Row::id).collect();
        let mut code = None;
        match &prediction {
            None if step.page.is_some() => tally.record(
                "page",
                if (200..400).contains(&received.status) {
                    Ok(())
                } else {
                    Err(checks::Broken::vendor(
                        "a page of the flow is answered (2xx or a redirect)",
                        "HTTP 2xx or 3xx",
                        format!("HTTP {}", received.status),
                    ))
                },
            ),
            None => tally.record(
                "control",
                if !(200..300).contains(&received.status) {
                    Err(checks::Broken::vendor(
                        "a test control answers 2xx",
                        "HTTP 2xx",
                        format!("HTTP {}", received.status),
                    ))
                } else if let Some(until) = step
                    .until
                    .as_ref()
                    .filter(|u| received.json().unwrap_or(Json::Null).pointer(&u.pointer) != Some(&u.equals))
                {
                    Err(checks::Broken::vendor(
                        "the control's answer comes to say what the case waits for",
                        format!("{} = {} within {} ms", until.pointer, until.equals, until.timeout_ms),
                        shown_response.body.to_string(),
                    ))
                } else {
                    Ok(())
                },
            ),
            Some(prediction) => {
                let carried = operation.and_then(|op| self.model.carried(op, &received, lang));
                code = carried.as_ref().map(|c| c.code.clone());
                let answer_text = crate::redact::answer_text(self.model, info, &received);
                let context = checks::Context {
                    api: self.model,
                    info,
                    prediction,
                    sent: &sent,
                    received: &received,
                    lang,
                    carried: carried.as_ref(),
                    secrets: &secrets,
                    answer_text: &answer_text,
                };
                checks::exchange(&context, &mut tally);
                let mut rows = Vec::new();
                if let (Some(op), Prediction::Admitted | Prediction::Refused(_)) = (operation, prediction) {
                    let committed = self.model.commit(op, &sent, &received);
                    outcome = Some(committed.outcome);
                    rows = committed.moved;
                }
                crate::model::prediction(
                    self.model,
                    operation,
                    prediction,
                    &received,
                    carried.as_ref(),
                    &step.expect,
                    &rows,
                    &mut tally,
                );
                moved.extend(rows.iter().map(|row| row.id()));
                crate::model::expectations(&step.expect, prediction, outcome, &received, carried.as_ref(), &mut tally);
            }
        }
        for event in &step.events {
            let matching = event
                .matching
                .iter()
                .map(|(name, value)| Ok((name.clone(), scope.text(value)?)))
                .collect::<Result<Vec<_>, crate::template::TemplateError>>()
                .map_err(|e| format!("step {label}: {e}"))?;
            let rows = self
                .model
                .event(&event.lifecycle, &event.event, &matching)
                .map_err(|e| format!("step {label}: {e}"))?;
            if rows.is_empty() {
                return Err(format!(
                    "step {label}: the event {} of {} moves no instance matching {matching:?}",
                    event.event, event.lifecycle
                ));
            }
            moved.extend(rows.iter().map(apis::Row::id));
        }
        let verdict = tally.verdict().max(before);
        crate::redact::findings(&mut tally.findings, &secrets);
        self.checks += tally.passed.len() + tally.findings.len();
        let body = received.json().unwrap_or(Json::Null);
        let missing = capture(scope, step, &body, Some(&received));
        let exchange = Exchange {
            case: self.case.id.clone(),
            step: label.to_owned(),
            operation: operation.map(str::to_owned),
            predicted: predicted(prediction.as_ref(), step.page.is_some()),
            outcome: outcome.map(str::to_owned),
            code,
            refusal: refusal_row(prediction.as_ref(), operation),
            moved,
            request: shown_request,
            response: Some(shown_response),
            transport_error: None,
            passed: tally.passed,
            findings: tally.findings,
            millis: elapsed_ms(started),
        };
        (self.sink)(&Event::Exchange(Box::new(exchange)));
        if !missing.is_empty() {
            return Err(format!("step {label}: the answer has no {}", missing.join(", ")));
        }
        Ok(verdict)
    }
}

/// Keeps the values a step captures from a body (and an answer's headers, `/~header/<name>`); the names it could not
/// find.
fn capture(scope: &mut Scope<'_>, step: &Step, body: &Json, received: Option<&Received>) -> Vec<String> {
    let mut missing = Vec::new();
    for (name, pointer) in &step.capture {
        let value = match pointer.strip_prefix("/~header/") {
            Some(header) => received.and_then(|r| r.header(header)).map(|v| Json::String(v.to_owned())),
            None => body.pointer(pointer).cloned(),
        };
        match value {
            Some(value) if !value.is_null() => {
                scope.captured.entry(step.id.clone()).or_default().insert(name.clone(), value);
            }
            _ => missing.push(format!("{name} ({pointer})")),
        }
    }
    missing
}

/// A step built and predicted, not yet answered.
struct Prepared {
    sent: Sent,
    info: Option<&'static OperationInfo>,
    operation: Option<&'static str>,
    prediction: Option<Prediction>,
    lang: payspec::support::Lang,
    secrets: Vec<String>,
    shown_request: crate::event::ShownRequest,
    started: Instant,
    endpoint: Endpoint,
    card: Option<crate::prompt::CardPrompt>,
    /// The timer transitions the clock fired before the step.
    fired: Vec<apis::Row>,
    /// The verdict of the callbacks checked before the step.
    before: Verdict,
}

/// The refusal row a prediction names, by id.
pub(crate) fn refusal_row(prediction: Option<&Prediction>, operation: Option<&str>) -> Option<String> {
    match (prediction, operation) {
        (Some(Prediction::Refused(expected)), Some(operation)) => match &expected.because {
            crate::apis::Because::Lifecycle { lifecycle, state: Some(state), .. } => {
                Some(format!("{lifecycle}: {state} refuses {operation} with {}", expected.code))
            }
            _ => None,
        },
        _ => None,
    }
}

/// What the spec predicted, as reports write it (`page`: a page outside the API, which the spec predicts nothing of).
pub(crate) fn predicted(prediction: Option<&Prediction>, page: bool) -> String {
    match prediction {
        None if page => "page".to_owned(),
        None => "control".to_owned(),
        Some(Prediction::Admitted) => "admitted".to_owned(),
        Some(Prediction::NotFound) => "not found".to_owned(),
        Some(Prediction::MethodNotAllowed { .. }) => "method not allowed".to_owned(),
        Some(Prediction::Refused(expected)) => format!("refused {} (HTTP {})", expected.code, expected.status),
    }
}

/// The values `redacted` blanked in `original` (of at least six characters): the secrets of a request.
pub(crate) fn collect_changed(original: &Json, redacted: &Json, out: &mut Vec<String>) {
    match (original, redacted) {
        (Json::Object(a), Json::Object(b)) => {
            for (key, value) in a {
                if let Some(other) = b.get(key) {
                    collect_changed(value, other, out);
                }
            }
        }
        (Json::Array(a), Json::Array(b)) => a.iter().zip(b).for_each(|(x, y)| collect_changed(x, y, out)),
        (a, b) if a != b => {
            let text = match a {
                Json::String(text) => text.clone(),
                other => other.to_string(),
            };
            if text.len() >= 6 {
                out.push(text);
            }
        }
        _ => {}
    }
}
