//! Comparing an answer with the generated rendering of the error it carries, without restating where an API
//! keeps its texts: the error is rendered twice in the requested language at two instants and once in the other
//! language. A `null` the rendering writes is left to the implementation (a bank's data beside the error). A value
//! that changes with the instant is a time (not compared); one that changes with the language is
//! a text (it must be the requested language's); every other value is a constant of the envelope (a status
//! field, a group, a pseudo-status, a flag) and must be as rendered.

use serde_json::Value as Json;

use super::Mismatch;

/// Every place where `actual` differs from the rendering `first` (with `later` the same error rendered at another
/// instant and `translated` in the other language).
pub fn mismatches(actual: &Json, first: &Json, later: &Json, translated: &Json) -> Vec<Mismatch> {
    let mut out = Vec::new();
    walk(String::new(), actual, first, later, translated, &mut out);
    out
}

fn walk(pointer: String, actual: &Json, first: &Json, later: &Json, translated: &Json, out: &mut Vec<Mismatch>) {
    match first {
        Json::Object(map) => {
            for (key, value) in map {
                let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                let next = |v: &Json| v.get(key).cloned().unwrap_or(Json::Null);
                match actual.get(key) {
                    Some(sent) => walk(at, sent, value, &next(later), &next(translated), out),
                    None if value.is_null() => {}
                    None => out.push(Mismatch { pointer: at, expected: value.clone(), actual: None, text: false }),
                }
            }
        }
        Json::Array(items) => {
            for (n, value) in items.iter().enumerate() {
                let at = format!("{pointer}/{n}");
                let next = |v: &Json| v.get(n).cloned().unwrap_or(Json::Null);
                match actual.get(n) {
                    Some(sent) => walk(at, sent, value, &next(later), &next(translated), out),
                    None => out.push(Mismatch { pointer: at, expected: value.clone(), actual: None, text: false }),
                }
            }
        }
        leaf => {
            if leaf != later || leaf.is_null() {
                return; // a time, or a value the rendering leaves to the implementation
            }
            if leaf != actual {
                out.push(Mismatch {
                    pointer,
                    expected: leaf.clone(),
                    actual: Some(actual.clone()),
                    text: leaf != translated,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::mismatches;

    #[test]
    fn times_are_skipped_texts_and_constants_compared() {
        let first = json!({"status": "FAILURE", "errorMessage": "Geçersiz", "systemTime": 1});
        let later = json!({"status": "FAILURE", "errorMessage": "Geçersiz", "systemTime": 2});
        let translated = json!({"status": "FAILURE", "errorMessage": "Invalid", "systemTime": 1});
        let actual = json!({"status": "FAILURE", "errorMessage": "Invalid", "systemTime": 99});
        let found = mismatches(&actual, &first, &later, &translated);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer, "/errorMessage");
        assert!(found[0].text);
        let actual = json!({"status": "SUCCESS", "errorMessage": "Geçersiz", "systemTime": 99});
        let found = mismatches(&actual, &first, &later, &translated);
        assert_eq!((found[0].pointer.as_str(), found[0].text), ("/status", false));
    }
}
