//! Facts of the server direction derived from a spec, shared by the validator and the emitters: the error message
//! mapping of a message, where a JSON pointer of a mapping leads, the code an operation answers a request it cannot
//! read with, and the HTTP status an operation answers each error with.

use crate::model::{EnvelopeMapping, ErrorCode, Field, FieldType, Message, Operation};
use crate::spec::ApiSpec;

/// The error message mapping of the message named `message`, if it is one of the API's error messages.
pub fn envelope<'a>(api: &'a ApiSpec, message: &str) -> Option<&'a EnvelopeMapping> {
    api.error_wire.as_ref()?.envelopes.iter().find(|e| e.message == message)
}

/// The code `operation` answers a request it cannot read with: its own `decode_error`, else the API's.
pub fn decode_code<'a>(api: &'a ApiSpec, operation: &'a Operation) -> Option<&'a str> {
    match &operation.decode_error {
        Some(code) => Some(code.value.as_str()),
        None => api.error_wire.as_ref().map(|wire| wire.request_invalid.code.as_str()),
    }
}

/// The placeholder of a code that receives what is wrong with a request, where the API names one.
pub fn detail_placeholder(api: &ApiSpec) -> Option<&str> {
    api.error_wire.as_ref()?.request_invalid.detail.as_deref()
}

/// Whether the operation has anything to decode (parameters or a body).
pub fn decodes(operation: &Operation) -> bool {
    !operation.parameters.is_empty() || operation.request.is_some()
}

/// The statuses of the operation's responses that can carry an error: those whose message has an error mapping (an
/// error envelope; Finrota's success envelopes, which carry P011–P020 with HTTP 200).
pub fn error_responses(api: &ApiSpec, operation: &Operation) -> Vec<u16> {
    operation
        .responses
        .iter()
        .filter(|r| r.tolerated.is_none() && r.message.as_deref().is_some_and(|m| envelope(api, m).is_some()))
        .map(|r| r.status)
        .collect()
}

/// The API's fallback status, if it declares one.
fn fallback(api: &ApiSpec) -> Option<u16> {
    api.error_wire.as_ref()?.fallback_status.as_ref().map(|s| s.value)
}

/// The status `operation` answers an error with whose catalog status is `catalog` (a code's or a pass-through
/// group's) and whose wire code is `code`: the catalog's; else the operation's `error_statuses`; else its only error
/// response; else the API's fallback status if the operation has it. `Err` says why none can be chosen.
pub fn status_of(api: &ApiSpec, operation: &Operation, code: &str, catalog: Option<u16>) -> Result<u16, String> {
    if let Some(status) = catalog {
        return Ok(status);
    }
    if let Some(declared) = operation.error_statuses.iter().find(|s| s.code == code) {
        return Ok(declared.status);
    }
    let responses = error_responses(api, operation);
    match (responses.as_slice(), fallback(api)) {
        ([only], _) => Ok(*only),
        (_, Some(status)) if responses.contains(&status) => Ok(status),
        ([], _) => Err("the operation documents no error response with an error message mapping".to_owned()),
        (several, _) => Err(format!(
            "the operation has several error responses ({}) and neither `error_statuses` nor the API's \
             `fallback_status` chooses one",
            several.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// The status of a catalog code for an operation.
pub fn code_status(api: &ApiSpec, operation: &Operation, code: &ErrorCode) -> Result<u16, String> {
    status_of(api, operation, &code.code, code.http_status.as_ref().map(|s| s.value))
}

/// The status for an error the operation does not declare (or one no catalog knows): its first error response of
/// 400 and up, else the API's fallback if it is one of its error responses, else its first.
pub fn default_status(api: &ApiSpec, operation: &Operation) -> Option<u16> {
    let responses = error_responses(api, operation);
    let failure = responses.iter().copied().find(|s| *s >= 400);
    failure.or_else(|| fallback(api).filter(|s| responses.contains(s))).or_else(|| responses.first().copied())
}

/// One step of a JSON pointer through messages: the field, and whether the step went into the first array item.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    /// The field.
    pub field: &'a Field,
    /// Whether the pointer goes on into the field's first array item (`/errors/0/...`).
    pub first_item: bool,
}

/// The fields a JSON pointer of a mapping passes through, from `message` down, and the type it ends at. `Err` says
/// where it breaks.
pub fn resolve<'a>(
    api: &'a ApiSpec,
    message: &'a Message,
    pointer: &str,
) -> Result<(Vec<Step<'a>>, &'a FieldType), String> {
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(format!("{pointer} is not a JSON pointer to a field (it starts with `/`)"));
    };
    let mut segments = rest.split('/').peekable();
    let mut current = message;
    let mut steps = Vec::new();
    while let Some(segment) = segments.next() {
        let Some(field) = current.fields.iter().find(|f| f.wire == segment) else {
            return Err(format!("message {} has no field {segment}", current.name));
        };
        let mut kind = &field.kind;
        let mut first_item = false;
        if let FieldType::Array { items, .. } = kind
            && segments.peek() == Some(&"0")
        {
            segments.next();
            kind = items;
            first_item = true;
        }
        steps.push(Step { field, first_item });
        if segments.peek().is_none() {
            return Ok((steps, kind));
        }
        match kind {
            FieldType::Message { message } => match api.message(message) {
                Some(next) => current = next,
                None => return Err(format!("message {message} is not declared")),
            },
            _ => return Err(format!("field {} of {} has no fields to point into", field.wire, current.name)),
        }
    }
    Err(format!("{pointer} names no field"))
}
