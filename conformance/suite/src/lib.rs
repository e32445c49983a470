//! The payspec conformance suite: certifies any implementation of the iyzico Terminal API, Finrota PWS or WiaPay
//! over HTTP against the spec.
//!
//! - **Cases are data** ([`case`]): JSON files under `conformance/cases/<api>/`, validated by
//!   `conformance/cases/case.schema.json`. A case names what it covers, its tags and profile, its preconditions and
//!   its steps: request templates filled with values captured from earlier answers and values generated from the
//!   run's seed ([`template`]).
//! - **Every answer is predicted** ([`model`]): the suite keeps its own copy of the generated `World` of the API,
//!   fed with the same facts an implementation sees (the request as decoded by the generated decoder, the
//!   credentials, the answer, its outcome as `outcome_of` classifies it). Before a step it asks the evaluator
//!   whether a correct implementation must refuse it, and with which exact error; after it, which transitions the
//!   answer takes. An answer the spec does not allow fails, naming the rule.
//! - **Every exchange is checked** ([`checks`]): documented status, content type, the body read by the generated
//!   reply shape (with the JSON pointer of the first problem), the API's error envelope, code and status consistent
//!   with the catalog and the operation, the message equal to the catalog's rendering in the requested language,
//!   echoed fields, no 5xx for a client's error, no card number or secret echoed back.
//! - **One event stream** ([`event`]) feeds every report ([`report`]): the console summary, JSON, JUnit XML, a HAR
//!   1.2 log of every exchange and a Markdown certificate, with a `SHA256SUMS` manifest next to the files. A
//!   baseline ([`baseline`]) of accepted deviations and expected failures rewrites the stream before any report.
//! - **Coverage** ([`coverage`]): every operation, code, transition and refusal of the spec, and which cases reach
//!   it; what no case reaches yet is waived in `conformance/cases/waivers.json` with a reason.
//!
//! - **Callbacks** ([`callbacks`]): a loopback receiver the implementation calls back; every callback is checked
//!   (its signature by the API's callback recipe, its body by the generated shape, the transition it reports) and
//!   committed to the model, and shows in the same event stream as the exchanges.
//! - **Passive mode** ([`proxy`]): between a real client and a real implementation, the traffic forwarded
//!   unchanged and both sides checked: the answers as above, and the client's behaviour.
//!
//! The suite talks to an implementation only over HTTP ([`http`]); it never reads an implementation's state.
#![forbid(unsafe_code)]

pub mod apis;
pub mod baseline;
pub mod callbacks;
pub mod case;
pub mod checks;
pub mod coverage;
pub mod credentials;
pub mod error;
pub mod event;
pub mod http;
pub mod model;
pub mod prompt;
pub mod proxy;
pub mod redact;
pub mod report;
pub mod runner;
pub mod seed;
pub mod target;
pub mod template;

pub use error::SuiteError;
pub use runner::{RunOptions, RunSummary, run};

/// The suite's version, as reports name it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
