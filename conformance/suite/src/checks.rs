//! The checks of every exchange, as schemathesis runs them on every answer: a documented status, the content
//! type, the body read by the generated shape of the documented message (the first problem named by its JSON
//! pointer), the API's error envelope and message text as the generated code renders the error in the requested
//! language, the code declared by the operation and answered at the operation's status for it, echoed fields, no
//! 5xx for a client's error, and no secret or card number echoed back. Each check's result goes to a [`Tally`]
//! that turns a rule's basis into a failure or (for the project's decisions, unless strict) a warning.

use serde_json::Value as Json;

use payspec::support::{Basis, Lang, OperationInfo, Provenance, ResponseInfo};

use crate::apis::{ApiModel, Carried, Prediction, Received, Sent};
use crate::event::{Citation, Finding, Verdict};

/// The checks of one exchange: which passed, which did not.
#[derive(Debug, Default)]
pub struct Tally {
    /// Whether decisions fail.
    pub strict: bool,
    /// The checks that passed.
    pub passed: Vec<&'static str>,
    /// The checks that did not.
    pub findings: Vec<Finding>,
}

/// A basis as reports write it.
pub fn basis_name(basis: Basis) -> &'static str {
    match basis {
        Basis::Vendor => "vendor",
        Basis::Translation => "translation",
        Basis::Decision => "decision",
    }
}

/// A check's failure, before the tally weighs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    /// The rule.
    pub rule: String,
    /// Its basis.
    pub basis: Basis,
    /// What the spec expects.
    pub expected: String,
    /// What the implementation did.
    pub actual: String,
    /// Where, if known.
    pub pointer: Option<String>,
    /// Where the spec's rule comes from, from the generated table the check read.
    pub source: Option<&'static Provenance>,
}

impl Broken {
    /// A vendor rule broken.
    pub fn vendor(rule: impl Into<String>, expected: impl Into<String>, actual: impl Into<String>) -> Broken {
        Broken {
            rule: rule.into(),
            basis: Basis::Vendor,
            expected: expected.into(),
            actual: actual.into(),
            pointer: None,
            source: None,
        }
    }

    /// The same, citing the provenance of the generated table the check read.
    pub fn cited(mut self, provenance: Option<&'static Provenance>) -> Broken {
        self.source = provenance;
        self
    }

    /// The same, at a JSON pointer.
    pub fn at(mut self, pointer: impl Into<String>) -> Broken {
        self.pointer = Some(pointer.into());
        self
    }
}

impl Tally {
    /// Records a check: passed, or broken.
    pub fn record(&mut self, check: &'static str, result: Result<(), Broken>) {
        match result {
            Ok(()) => self.passed.push(check),
            Err(broken) => {
                let verdict =
                    if broken.basis == Basis::Decision && !self.strict { Verdict::Warning } else { Verdict::Failed };
                self.findings.push(Finding {
                    check,
                    verdict,
                    rule: broken.rule,
                    basis: basis_name(broken.basis),
                    source: broken.source.map(Citation::from),
                    expected: broken.expected,
                    actual: broken.actual,
                    pointer: broken.pointer,
                    accepted: None,
                });
            }
        }
    }

    /// The worst verdict so far.
    pub fn verdict(&self) -> Verdict {
        self.findings.iter().map(|f| f.verdict).max().unwrap_or(Verdict::Passed)
    }
}

/// The documented message of a status, if the operation documents the status.
pub fn documented(info: &OperationInfo, status: u16) -> Option<Option<&'static str>> {
    response(info, status).map(|r| r.message)
}

/// The documented response of a status, if the operation documents the status.
fn response(info: &OperationInfo, status: u16) -> Option<&ResponseInfo> {
    info.responses.iter().find(|r| r.status == status)
}

fn short(value: &Json) -> String {
    let text = value.to_string();
    if text.chars().count() > 120 { format!("{}…", text.chars().take(120).collect::<String>()) } else { text }
}

/// Everything an exchange's checks read.
pub struct Context<'a> {
    /// The API's model.
    pub api: &'a dyn ApiModel,
    /// The operation the request routes to, if it does.
    pub info: Option<&'static OperationInfo>,
    /// What the spec predicted.
    pub prediction: &'a Prediction,
    /// The request.
    pub sent: &'a Sent,
    /// The answer.
    pub received: &'a Received,
    /// The language asked for.
    pub lang: Lang,
    /// The error the answer carries, read by the API's envelopes.
    pub carried: Option<&'a Carried>,
    /// The secrets of the run (credentials) and the values of the request's sensitive fields.
    pub secrets: &'a [String],
    /// The raw answer's body as text, only the fields its documented message flags sensitive (the tokens it
    /// issues) blanked: never masked with the secrets `no_secret_echoed` looks for.
    pub answer_text: &'a str,
}

/// Runs every exchange check.
pub fn exchange(context: &Context<'_>, tally: &mut Tally) {
    let received = context.received;
    let body = received.json();
    tally.record("not_a_server_error", not_a_server_error(context));
    let Some(info) = context.info else {
        return;
    };
    let documented = documented(info, received.status);
    let answered = response(info, received.status).map(|r| &r.provenance);
    tally.record(
        "status_documented",
        match documented {
            Some(_) => Ok(()),
            None => Err(Broken::vendor(
                format!("{} answers one of its documented statuses", info.id),
                format!("{:?}", info.responses.iter().map(|r| r.status).collect::<Vec<_>>()),
                format!("HTTP {}", received.status),
            )
            .cited(Some(&info.provenance))),
        },
    );
    let message = documented.flatten();
    if message.is_some() {
        let content_type = received.header("content-type").unwrap_or_default();
        tally.record(
            "content_type",
            if content_type.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")) {
                Ok(())
            } else {
                Err(Broken::vendor(
                    format!("{} answers JSON", info.id),
                    "Content-Type: application/json",
                    format!("Content-Type: {content_type:?}"),
                )
                .cited(answered))
            },
        );
    }
    if let Some(message) = message {
        let result = match &body {
            None => Err(Broken::vendor(
                format!("{} answers HTTP {} with a {message}", info.id, received.status),
                message,
                "a body that is not JSON",
            )
            .cited(answered)),
            Some(value) => context.api.check_message(message, value).map_err(|problem| {
                Broken::vendor(
                    format!("{} answers HTTP {} with a {message}", info.id, received.status),
                    format!("a {message}"),
                    problem.to_string(),
                )
                .at(problem.field.clone())
                .cited(answered)
            }),
        };
        tally.record("response_schema", result);
    }
    if let Some(carried) = context.carried {
        carried_checks(info, received, carried, tally);
    }
    if let Some(body) = &body {
        echo(context, info, message, body, tally);
    }
    tally.record("no_secret_echoed", no_secret_echoed(context));
}

fn not_a_server_error(context: &Context<'_>) -> Result<(), Broken> {
    let client_error = matches!(context.prediction, Prediction::Refused(e) if e.status < 500)
        || matches!(context.prediction, Prediction::NotFound | Prediction::MethodNotAllowed { .. });
    if client_error && context.received.status >= 500 {
        // The refusal the spec predicts, where it is one (routing's 404 and 405 cite no source).
        let source = match context.prediction {
            Prediction::Refused(expected) => expected.source,
            _ => None,
        };
        return Err(Broken::vendor(
            "a client's error is never answered with a server error",
            "HTTP 4xx",
            format!("HTTP {}", context.received.status),
        )
        .cited(source));
    }
    Ok(())
}

fn carried_checks(info: &'static OperationInfo, received: &Received, carried: &Carried, tally: &mut Tally) {
    tally.record(
        "code_declared",
        if carried.declared || !carried.known {
            Ok(())
        } else {
            // The operation's list of codes is as strict as its provenance: where the spec decided the list (the
            // vendor's page lists no errors of the operation), an undeclared code of the catalog warns.
            let mut broken = Broken::vendor(
                format!("{} answers only the codes it declares", info.id),
                format!("one of {:?}", info.errors),
                carried.code.clone(),
            )
            .cited(Some(&info.provenance));
            broken.basis = info.provenance.basis;
            Err(broken)
        },
    );
    tally.record(
        "code_status",
        match carried.status {
            Some(status) if status != received.status && carried.known => Err(Broken::vendor(
                format!("{} answers {} with HTTP {status}", info.id, carried.code),
                format!("HTTP {status}"),
                format!("HTTP {}", received.status),
            )
            .cited(carried.source)),
            _ => Ok(()),
        },
    );
    let (texts, constants): (Vec<_>, Vec<_>) = carried.envelope.iter().partition(|m| m.text);
    tally.record(
        "error_envelope",
        match constants.first() {
            None => Ok(()),
            Some(m) => Err(Broken::vendor(
                format!("{} carries {} in the API's error envelope", info.id, carried.code),
                short(&m.expected),
                m.actual.as_ref().map_or_else(|| "absent".to_owned(), short),
            )
            .at(m.pointer.clone())
            .cited(carried.source)),
        },
    );
    let untyped = carried.known && !carried.typed && !carried.passthrough;
    tally.record(
        "message_text",
        match (texts.first(), untyped) {
            (Some(m), _) => Err(Broken::vendor(
                format!("the text of {} is the catalog's, in the requested language", carried.code),
                short(&m.expected),
                m.actual.as_ref().map_or_else(|| "absent".to_owned(), short),
            )
            .at(m.pointer.clone())
            .cited(carried.source)),
            (None, true) => Err(Broken::vendor(
                format!("the text of {} is the catalog's", carried.code),
                "the catalog's message with its arguments",
                carried.text.clone().unwrap_or_else(|| "no text".to_owned()),
            )
            .cited(carried.source)),
            (None, false) => Ok(()),
        },
    );
}

/// The fields the answer's message carries back from the request (the spec's `echoes`): each holds what the request
/// sent there, as strict as the echo's provenance.
fn echo(context: &Context<'_>, info: &OperationInfo, message: Option<&str>, body: &Json, tally: &mut Tally) {
    let Some(message) = message else { return };
    let echoes = context.api.echoes(message);
    if echoes.is_empty() {
        return;
    }
    let request: Json = serde_json::from_slice(&context.sent.body).unwrap_or_default();
    for echo in echoes {
        let Some(sent) = echo.expected(&request) else { continue };
        let result = match body.get(echo.field) {
            Some(answered) if answered == sent => Ok(()),
            answered => {
                let place =
                    if echo.field == echo.request_field { String::new() } else { format!(" in {}", echo.field) };
                let mut broken = Broken::vendor(
                    format!("{} echoes the request's {}{place}", info.id, echo.request_field),
                    short(sent),
                    answered.map_or_else(|| "absent".to_owned(), short),
                )
                .at(format!("/{}", echo.field))
                .cited(Some(&echo.provenance));
                broken.basis = echo.provenance.basis;
                Err(broken)
            }
        };
        tally.record("echo", result);
    }
}

fn no_secret_echoed(context: &Context<'_>) -> Result<(), Broken> {
    let text = context.answer_text;
    match context.secrets.iter().find(|secret| crate::redact::holds_secret(text, secret)) {
        Some(_) => Err(Broken::vendor(
            "an answer never carries a secret or a card number",
            "no secret in the body",
            "a secret of the request in the body (redacted here)",
        )),
        None => Ok(()),
    }
}
