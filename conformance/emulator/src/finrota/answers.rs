//! Finrota PWS answers: the envelope (`message`, `statusCode`, `data`, `errors[]`), errors as the generated replies
//! write them (HTTP status and pseudo-status exactly as the spec says), and the bare AccessToken object.

use serde_json::{Value as Json, json};

use payspec::finrota_pws::{Error, OperationId, replies};
use payspec::support::Lang;

use crate::answer::Answer;
use crate::clock::Now;

/// The language a request asks for, by its headers (the spec's `request_language`).
pub fn lang_of(headers: &[(String, String)]) -> Lang {
    payspec::finrota_pws::REQUEST_LANGUAGE.of_decoded(headers, &Json::Null)
}

/// A successful answer: the envelope with statusCode 200 and `data`.
pub fn ok(data: Json) -> Answer {
    Answer::json(
        200,
        json!({"message": null, "statusCode": 200, "exceptions": null, "data": data, "oldData": null, "errors": null}),
    )
}

/// An error as `operation` answers it.
pub fn error(operation: OperationId, error: &Error, lang: Lang, now: Now) -> Answer {
    match replies::error_reply(operation, error, lang, now.millis) {
        Some(Ok(reply)) => Answer::json(reply.status, serde_json::from_str(&reply.body).unwrap_or(Json::Null)),
        _ => Answer::json(
            400,
            json!({"message": error.message(lang), "statusCode": 400, "exceptions": null, "data": null,
                "oldData": null, "errors": [{"code": error.wire_code(), "message": error.message(lang)}]}),
        ),
    }
}

/// An error whose envelope also carries the operation's result in `data` (a declined payment, cancellation or
/// refund: `isSuccess` false with the code and the bank's message).
pub fn declined(operation: OperationId, error: &Error, lang: Lang, now: Now, data: Json) -> Answer {
    let mut answer = self::error(operation, error, lang, now);
    if let crate::answer::Body::Json(Json::Object(map)) = &mut answer.body {
        map.insert("data".to_owned(), data);
    }
    answer
}
