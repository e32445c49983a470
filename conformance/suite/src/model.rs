//! Model-based checking: the answer against what the generated evaluator predicted. A refusal the spec predicts
//! must be answered with its exact code, status and text; an answer that accepts a call the spec refuses lands the
//! implementation in a state the spec does not allow, and fails naming the rule; a call the spec lets through
//! must not be refused with a lifecycle's code that no rule gives in that state. Then the case's own
//! expectations: what it means to show must be what the spec predicts, and what no lifecycle decides (an outcome
//! trigger, the device's owner) must be what the case says.

use payspec::support::Basis;

use crate::apis::{ApiModel, Because, Carried, Prediction, Received, Row, RowKind};
use crate::case::Expect;
use crate::checks::{Broken, Tally};

fn guard_text(because: &Because) -> String {
    match because {
        Because::Lifecycle { guard: Some(guard), .. } => format!(" ({guard})"),
        _ => String::new(),
    }
}

#[allow(clippy::too_many_arguments)]
/// Checks an answer against the prediction (after it was committed: `moved` is what the model took).
pub fn prediction(
    api: &dyn ApiModel,
    operation: Option<&str>,
    prediction: &Prediction,
    received: &Received,
    carried: Option<&Carried>,
    expect: &Expect,
    moved: &[Row],
    tally: &mut Tally,
) {
    match prediction {
        Prediction::NotFound => tally.record(
            "model_route",
            if received.status == 404 {
                Ok(())
            } else {
                Err(Broken::vendor(
                    "a path no operation has is answered 404",
                    "HTTP 404",
                    format!("HTTP {}", received.status),
                ))
            },
        ),
        Prediction::MethodNotAllowed { allow } => {
            let answered = received.header("allow").unwrap_or_default();
            tally.record(
                "model_route",
                if received.status == 405 && answered == allow {
                    Ok(())
                } else {
                    Err(Broken::vendor(
                        "a method the path is not served with is answered 405 with Allow",
                        format!("HTTP 405, Allow: {allow}"),
                        format!("HTTP {}, Allow: {answered:?}", received.status),
                    ))
                },
            )
        }
        Prediction::Refused(expected) => {
            let operation = operation.unwrap_or_default();
            let rule = format!("{}{}", expected.rule(operation), guard_text(&expected.because));
            let broken = |expected_text: String, actual: String| Broken {
                rule: rule.clone(),
                basis: expected.basis,
                expected: expected_text,
                actual,
                pointer: None,
                source: expected.source,
            };
            let result = match carried {
                None => Err(broken(
                    format!("HTTP {} {}", expected.status, expected.code),
                    format!("HTTP {} with no error: the call was accepted", received.status),
                )),
                Some(carried) if carried.code != expected.code => Err(broken(
                    format!("HTTP {} {}", expected.status, expected.code),
                    format!("HTTP {} {}", received.status, carried.code),
                )),
                Some(_) if received.status != expected.status => Err(broken(
                    format!("HTTP {} {}", expected.status, expected.code),
                    format!("HTTP {} {}", received.status, expected.code),
                )),
                Some(carried) if carried.text.as_deref().is_some_and(|t| t != expected.message) && carried.typed => {
                    Err(broken(expected.message.clone(), carried.text.clone().unwrap_or_default()))
                }
                Some(_) => Ok(()),
            };
            tally.record("model_refusal", result);
        }
        Prediction::Admitted => {
            // A lifecycle's refusal code in the answer to a call the spec lets through is a refusal no rule gives,
            // unless the case says the code comes from elsewhere (an outcome trigger: a bank declining a
            // cancellation) and the spec took the answer as that outcome: the lifecycle moved on it. The case's
            // word alone never excuses it (the prediction wins).
            let excused = |c: &&Carried| {
                expect.code.as_deref() == Some(c.code.as_str())
                    && api.rows().iter().any(|row| {
                        row.kind == RowKind::Refusal
                            && Some(row.cause) == operation
                            && row.result == c.code
                            && moved.iter().any(|m| m.lifecycle == row.lifecycle)
                    })
            };
            let Some(carried) = carried.filter(|c| !excused(c)) else {
                tally.record("model_admitted", Ok(()));
                return;
            };
            let operation = operation.unwrap_or_default();
            let refusal_codes: Vec<_> = api
                .rows()
                .into_iter()
                .filter(|row| row.kind == RowKind::Refusal && row.cause == operation && row.result == carried.code)
                .collect();
            tally.record(
                "model_admitted",
                match refusal_codes.first() {
                    Some(row) => Err(Broken {
                        rule: format!(
                            "no rule of {} refuses {operation} with {} in the state it reaches",
                            row.lifecycle, carried.code
                        ),
                        basis: Basis::Vendor,
                        expected: "the call let through (the spec refuses it in no state it is in)".to_owned(),
                        actual: format!("HTTP {} {}", received.status, carried.code),
                        pointer: None,
                        source: Some(row.provenance),
                    }),
                    None => Ok(()),
                },
            );
        }
    }
}

/// Checks the case's expectations against the prediction and the answer. A broken expectation of the prediction
/// is the case's fault, and says so: an `expect.code` contradicting the refusal the spec predicts is one (the
/// prediction always wins; see [`prediction`] for a code the spec admits).
pub fn expectations(
    expect: &Expect,
    prediction: &Prediction,
    outcome: Option<&str>,
    received: &Received,
    carried: Option<&Carried>,
    tally: &mut Tally,
) {
    if let Some(code) = &expect.refusal {
        let predicted = match prediction {
            Prediction::Refused(expected) => Some(expected.code.as_str()),
            _ => None,
        };
        tally.record(
            "case_intent",
            if predicted == Some(code.as_str()) {
                Ok(())
            } else {
                Err(Broken::vendor(
                    "the case's refusal is the one the spec predicts (else the case is stale)",
                    format!("the spec refuses with {code}"),
                    format!("the spec predicts {}", predicted.unwrap_or("no refusal")),
                ))
            },
        );
    }
    if let Some(want) = &expect.outcome {
        tally.record(
            "outcome",
            if outcome == Some(want.as_str()) {
                Ok(())
            } else {
                Err(Broken::vendor(
                    "the step's outcome, as the operation's outcome binding reads the answer",
                    want.clone(),
                    outcome.unwrap_or("none").to_owned(),
                ))
            },
        );
    }
    if let Some(code) = &expect.code {
        let predicted = match prediction {
            Prediction::Refused(expected) => Some(expected.code.as_str()),
            _ => None,
        };
        if predicted.is_some_and(|predicted| predicted != code) {
            tally.record(
                "case_intent",
                Err(Broken::vendor(
                    "a case's expected code is one no lifecycle decides, or the refusal the spec predicts (else the \
                     case contradicts the spec)",
                    format!("the case expects {code}"),
                    format!("the spec predicts {}", predicted.unwrap_or("no refusal")),
                )),
            );
        }
        let answered = carried.map(|c| c.code.as_str());
        tally.record(
            "expected_code",
            if answered == Some(code.as_str()) {
                Ok(())
            } else {
                Err(Broken::vendor(
                    expect.because.clone().unwrap_or_else(|| "the case's expectation".to_owned()),
                    code.clone(),
                    answered.unwrap_or("no error").to_owned(),
                ))
            },
        );
    }
    if let Some(status) = expect.status {
        tally.record(
            "expected_status",
            if received.status == status {
                Ok(())
            } else {
                Err(Broken::vendor(
                    expect.because.clone().unwrap_or_else(|| "the case's expectation".to_owned()),
                    format!("HTTP {status}"),
                    format!("HTTP {}", received.status),
                ))
            },
        );
    }
}
