//! The APIs the suite certifies, each behind one object-safe trait, [`ApiModel`]: what the generated crate says
//! of a request (its route, its decoding, the refusal a correct implementation must answer), what an answer
//! carries (its error, read by the generated envelopes), and the model world the answers move (the generated
//! `World`, fed with the same facts an implementation sees). Nothing here decides a rule: every decision is the
//! generated code's. An API joins by implementing the trait in a module of its own (`iyzico`, `finrota`, and
//! `wiapay` with `payspec::wiapay`'s signing recipes: its requests signed, its callbacks verified).

pub mod finrota;
mod glue;
pub mod iyzico;
mod render;
pub mod wiapay;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use payspec::support::{Basis, Lang, OperationInfo, Problem, Provenance};

use crate::credentials::Credentials;
use crate::error::SuiteError;

/// How a step's request of an API with a signing recipe is signed (WiaPay's `request` recipe): correctly by
/// default, or wrong in one way, so that every authentication refusal is a case of data. What a correct
/// implementation answers is predicted from the headers actually sent, never from this name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signature {
    /// Signed with the recipe, the API secret and the target's clock.
    #[default]
    Valid,
    /// A correct-looking signature of other bytes (the right signature with one hex digit changed).
    Tampered,
    /// A signature that is not hexadecimal HMAC-SHA256.
    Malformed,
    /// No signature header.
    Missing,
    /// Signed correctly, but with a timestamp outside the recipe's window behind the target's clock.
    Stale,
    /// No timestamp header (the signature made with the current timestamp).
    NoTimestamp,
    /// A timestamp that is not whole Unix seconds (milliseconds with a fraction).
    TimestampNotSeconds,
    /// No API key header.
    NoKey,
    /// An API key the target does not know.
    WrongKey,
    /// No signing headers at all: the request as a client that never signs sends it.
    Unsigned,
}

/// A request as the suite sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// The method.
    pub method: String,
    /// The path, without the query string.
    pub path: String,
    /// The query string, without `?`.
    pub query: String,
    /// The headers, as sent.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Sent {
    /// A header's value, the name compared without case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// An answer as the suite received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// The HTTP status.
    pub status: u16,
    /// The headers (names in lower case).
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Received {
    /// A header's value, the name compared without case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as JSON, if it is JSON.
    pub fn json(&self) -> Option<Json> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// Where a predicted error comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Because {
    /// The generated decoder cannot read the request (the problem, with its JSON pointer or parameter).
    Decode {
        /// What is wrong and where.
        problem: String,
    },
    /// The operation's authentication scheme refuses the request (a signing recipe's verification).
    Authentication {
        /// The scheme's id.
        scheme: &'static str,
        /// What is wrong.
        problem: String,
    },
    /// A lifecycle refuses the call in the state the call reaches.
    Lifecycle {
        /// The lifecycle's id.
        lifecycle: &'static str,
        /// The state of the instance that refuses, by id.
        state: Option<&'static str>,
        /// The rule, in English.
        guard: Option<&'static str>,
    },
}

/// An error a correct implementation must answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Why.
    pub because: Because,
    /// The code, as it travels.
    pub code: String,
    /// The HTTP status.
    pub status: u16,
    /// The message, as the catalog renders it in the request's language.
    pub message: String,
    /// The basis of the rule.
    pub basis: Basis,
    /// Where the rule comes from: the lifecycle row's provenance, or the code's for a request that cannot be read.
    pub source: Option<&'static Provenance>,
}

impl Expected {
    /// The rule's name in reports: `decode`, or `<lifecycle>: <state> refuses with <code>`.
    pub fn rule(&self, operation: &str) -> String {
        match &self.because {
            Because::Decode { problem } => format!("decode {operation}: {problem} answers {}", self.code),
            Because::Authentication { scheme, problem } => {
                format!("authentication {scheme} of {operation}: {problem} answers {}", self.code)
            }
            Because::Lifecycle { lifecycle, state, .. } => {
                format!("{lifecycle}: {} refuses {operation} with {}", state.unwrap_or("(fresh)"), self.code)
            }
        }
    }
}

/// What the spec says a correct implementation does with a request, before it answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prediction {
    /// No operation has the path: 404 in the API's envelope.
    NotFound,
    /// The path is served with other methods: 405 with `Allow`.
    MethodNotAllowed {
        /// The `Allow` header's value.
        allow: String,
    },
    /// The request must be answered with this error.
    Refused(Expected),
    /// Every check lets the call through: its outcome is the implementation's (and its bank's) to decide.
    Admitted,
}

/// The error an answer carries, read by the API's generated envelopes.
#[derive(Debug, Clone, PartialEq)]
pub struct Carried {
    /// The code as sent.
    pub code: String,
    /// The text, as the typed error reads it (the catalog's rendering in the requested language), or as sent
    /// when it renders no catalog text.
    pub text: Option<String>,
    /// Whether the text is a rendering of the catalog's (in some language) with its arguments.
    pub typed: bool,
    /// Whether the catalog knows the code.
    pub known: bool,
    /// Whether the code travels through a pass-through group (another party's code and text).
    pub passthrough: bool,
    /// The status the operation answers this error with.
    pub status: Option<u16>,
    /// Whether the operation declares the code (or its pass-through group).
    pub declared: bool,
    /// Where the answer differs from the generated rendering of this error in the requested language.
    pub envelope: Vec<Mismatch>,
    /// Where the catalog's code comes from, when the catalog knows the code.
    pub source: Option<&'static Provenance>,
}

/// A place where an answer differs from what the generated code renders.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// The JSON pointer.
    pub pointer: String,
    /// The value rendered.
    pub expected: Json,
    /// The value sent (`None`: absent).
    pub actual: Option<Json>,
    /// Whether it is a text in a language (else a constant of the envelope: a status, a group, a flag).
    pub text: bool,
}

/// A row of a lifecycle table, as coverage and reports name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Row {
    /// `transition` or `refusal`.
    pub kind: RowKind,
    /// The lifecycle's id.
    pub lifecycle: &'static str,
    /// The state it applies in (`from` for a transition).
    pub state: &'static str,
    /// The state entered, or the code answered.
    pub result: String,
    /// The operation or event.
    pub cause: &'static str,
    /// The rule, in English.
    pub guard: Option<&'static str>,
    /// Where the rule comes from.
    pub provenance: &'static Provenance,
}

/// A row's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RowKind {
    /// A transition.
    Transition,
    /// A refusal.
    Refusal,
}

impl Row {
    /// The row's id as cases and waivers name it: `vuk509-payment: settled -> partially_refunded on vuk509-refund`
    /// or `vuk509-payment: partially_refunded refuses vuk509-refund with 380112`. Rows that differ only by guard
    /// share an id.
    pub fn id(&self) -> String {
        match self.kind {
            RowKind::Transition => {
                format!("{}: {} -> {} on {}", self.lifecycle, self.state, self.result, self.cause)
            }
            RowKind::Refusal => {
                format!("{}: {} refuses {} with {}", self.lifecycle, self.state, self.cause, self.result)
            }
        }
    }
}

/// What committing an answer to the model did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    /// The outcome, as the operation's outcome binding classifies the answer.
    pub outcome: &'static str,
    /// The transitions the model took.
    pub moved: Vec<Row>,
}

/// A callback the implementation sent to the suite's receiver, as the API's generated code reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Callback {
    /// The callback operation, when the body names which (`deposit-callback`).
    pub operation: Option<&'static str>,
    /// The transaction it names.
    pub transaction: Option<String>,
    /// The status it reports.
    pub status: Option<String>,
    /// The signature against the API's callback recipe: `Err` names why it is refused, with the basis of the rule
    /// broken (the headers are documented; what they sign may be the project's assumption).
    pub signature: Result<(), (Basis, String)>,
    /// The body against the callback's generated message shape and rules: `Err` names the first problem.
    pub body: Result<(), Problem>,
    /// Whether the lifecycle can take the status it reports from the state the model holds (a repeat of the state
    /// reached is idempotent, and fine); `Err` names the rule broken, with its basis.
    pub lifecycle: Result<(), (Basis, String)>,
    /// The transitions the model took (none unless the signature and the body hold).
    pub moved: Vec<Row>,
}

/// A reference the client must take anew for every transaction, as a lifecycle of the spec keeps it unique
/// (`instance.client_reference`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientReference {
    /// The lifecycle that keeps it.
    pub lifecycle: &'static str,
    /// The code of that lifecycle's refusal that means the reference was used before.
    pub reused: &'static str,
    /// The request field it travels in.
    pub field: &'static str,
}

/// One API: the generated crate's view of requests and answers, and the model world.
pub trait ApiModel: Send {
    /// The API's id (`iyzico-terminal`).
    fn api(&self) -> &'static str;
    /// Every operation the API serves.
    fn operations(&self) -> Vec<&'static OperationInfo>;
    /// Every code of the catalog, as it travels.
    fn codes(&self) -> Vec<&'static str>;
    /// Every row of every lifecycle table.
    fn rows(&self) -> Vec<Row>;
    /// The references the client must take anew, one per lifecycle that keeps one unique.
    fn client_references(&self) -> Vec<ClientReference>;
    /// Sets the model's clock (Unix seconds of the implementation's clock).
    fn set_now(&mut self, unix_seconds: i64);
    /// The language an answer to this request must be in.
    fn lang(&self, sent: &Sent) -> Lang;
    /// What a correct implementation must do with this request, and the request view the guards read (`null`
    /// when it cannot be decoded).
    fn predict(&mut self, sent: &Sent) -> (Option<&'static str>, Prediction);
    /// The error an answer of `operation` carries, if it carries one.
    fn carried(&self, operation: &str, received: &Received, lang: Lang) -> Option<Carried>;
    /// Checks a body against a message's generated shape and rules.
    fn check_message(&self, message: &str, body: &Json) -> Result<(), Problem>;
    /// Commits the answer to the model: the outcome and the transitions the spec takes.
    fn commit(&mut self, operation: &str, sent: &Sent, received: &Received) -> Committed;
    /// The model watches traffic it did not make (`payspec proxy`): it may read from answers what happened off the
    /// API (a payer on a bank's page), which a run of cases names in its steps instead.
    fn watch_passively(&mut self) {}
    /// The fields an answer in the message named `message` carries back from its request (the spec's `echoes`).
    fn echoes(&self, message: &str) -> Vec<&'static payspec::support::EchoInfo>;
    /// Blanks the message's sensitive fields (card data, secrets, tokens) in a body.
    fn redact(&self, message: &str, body: &mut Json);
    /// Whether the path belongs to this API (a page step on it would bypass the model).
    fn owns_path(&self, path: &str) -> bool;
    /// Signs a request as the API's signing recipe says (or wrong, as the step asks), with the target's clock (Unix
    /// seconds); an API without a recipe sends requests as they are.
    fn sign(&self, _sent: &mut Sent, _now: i64, _signature: Signature) -> Result<(), String> {
        Ok(())
    }
    /// Reads a callback the implementation sent (`received` as the suite's receiver got it) at the target's clock,
    /// and commits it to the model if its signature and body hold; `None` for an API that sends no callbacks.
    fn callback(&mut self, _received: &Sent, _now: i64) -> Option<Callback> {
        None
    }
    /// The timer transitions (a token expiring, a code lapsing) the last [`ApiModel::set_now`] fired, once.
    fn fired(&mut self) -> Vec<Row> {
        Vec::new()
    }
    /// An external event of the spec a step caused (`match`: attribute ids and their values): the transitions the
    /// model took.
    fn event(&mut self, lifecycle: &str, event: &str, matching: &[(String, String)]) -> Result<Vec<Row>, String> {
        let _ = matching;
        Err(format!("{} has no external event {event} of {lifecycle} in its model", self.api()))
    }
    /// The call last predicted has reached the implementation and waits there (its answer comes later): the
    /// transitions the spec takes on its arrival, and the call kept aside until [`ApiModel::resume`]. An API whose
    /// model keeps no call aside refuses concurrent groups (`false`).
    fn hold(&mut self) -> Option<Vec<Row>> {
        None
    }
    /// The held call's answer is next: it becomes the call the next commit is about.
    fn resume(&mut self) {}
}

/// The model of an API, under the credentials of a run.
pub fn model(api: &str, credentials: &Credentials) -> Result<Box<dyn ApiModel>, SuiteError> {
    match api {
        iyzico::API => Ok(Box::new(iyzico::Iyzico::new(credentials))),
        finrota::API => Ok(Box::new(finrota::Finrota::new(credentials))),
        wiapay::API => Ok(Box::new(wiapay::Wiapay::new(credentials))),
        other => Err(SuiteError::UnknownApi(other.to_owned())),
    }
}

/// The APIs the suite certifies.
pub const APIS: &[&str] = &[iyzico::API, finrota::API, wiapay::API];
