//! A JSON value written as compact text, byte for byte what `serde_json::to_vec` writes (numbers keep their exact
//! digits, strings escape what JSON requires and nothing else), in one pass into one buffer sized up front: an
//! answer's body is written for every call, and serde's generic path spent more on it than on many a call's rules.

use serde_json::Value as Json;

/// The compact JSON text of `value`.
pub fn to_bytes(value: &Json) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    write(&mut out, value);
    out
}

/// A JSON object written field by field, in the order given, with the fields `keep` names also kept as a value.
/// Written in key order, its text is what the JSON value of the same fields writes.
pub struct ObjectWriter {
    out: Vec<u8>,
    kept: serde_json::Map<String, Json>,
    keep: &'static [&'static str],
}

impl ObjectWriter {
    /// An empty object keeping the fields `keep` names (`RESPONSE_FIELDS_READ`).
    pub fn new(keep: &'static [&'static str]) -> ObjectWriter {
        let mut out = Vec::with_capacity(768);
        out.push(b'{');
        ObjectWriter { out, kept: serde_json::Map::new(), keep }
    }

    /// Starts a field; whether it is one to keep. A field's name is the program's own text, never escaped.
    fn name(&mut self, name: &'static str) -> bool {
        debug_assert!(!name.bytes().any(|byte| ESCAPED[usize::from(byte)]), "{name} needs no escape");
        if self.out.len() > 1 {
            self.out.push(b',');
        }
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.keep.contains(&name)
    }

    /// A string field.
    pub fn text(&mut self, name: &'static str, value: &str) {
        if self.name(name) {
            self.kept.insert(name.to_owned(), Json::String(value.to_owned()));
        }
        string(&mut self.out, value);
    }

    /// An integer field.
    pub fn integer(&mut self, name: &'static str, value: i64) {
        if self.name(name) {
            self.kept.insert(name.to_owned(), Json::from(value));
        }
        self.out.extend_from_slice(value.to_string().as_bytes());
    }

    /// A number field with exactly these digits (a decimal amount's wire form); text that is not a JSON number is
    /// written as a string.
    pub fn number(&mut self, name: &'static str, digits: &str) {
        match serde_json::from_str::<Json>(digits) {
            Ok(number @ Json::Number(_)) => self.json(name, &number),
            _ => self.text(name, digits),
        }
    }

    /// A field with any JSON value.
    pub fn json(&mut self, name: &'static str, value: &Json) {
        if self.name(name) {
            self.kept.insert(name.to_owned(), value.clone());
        }
        write(&mut self.out, value);
    }

    /// The body: its text, and the fields kept.
    pub fn finish(mut self) -> (Vec<u8>, Json) {
        self.out.push(b'}');
        (self.out, Json::Object(self.kept))
    }
}

fn write(out: &mut Vec<u8>, value: &Json) {
    match value {
        Json::Null => out.extend_from_slice(b"null"),
        Json::Bool(true) => out.extend_from_slice(b"true"),
        Json::Bool(false) => out.extend_from_slice(b"false"),
        Json::Number(number) => out.extend_from_slice(number.as_str().as_bytes()),
        Json::String(text) => string(out, text),
        Json::Array(items) => {
            out.push(b'[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(b',');
                }
                write(out, item);
            }
            out.push(b']');
        }
        Json::Object(fields) => {
            out.push(b'{');
            for (n, (name, item)) in fields.iter().enumerate() {
                if n > 0 {
                    out.push(b',');
                }
                string(out, name);
                out.push(b':');
                write(out, item);
            }
            out.push(b'}');
        }
    }
}

/// Whether JSON requires a byte escaped in a string: the quote, the backslash and the control characters below
/// U+0020.
static ESCAPED: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// A string with JSON's required escapes (the short forms where JSON has one); everything else, non-ASCII included,
/// as it is.
fn string(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let mut rest = text.as_bytes();
    while let Some(at) = rest.iter().position(|&byte| ESCAPED[usize::from(byte)]) {
        out.extend_from_slice(&rest[..at]);
        let byte = rest[at];
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ]),
        }
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    fn same_as_serde(value: &Json) {
        assert_eq!(to_bytes(value), serde_json::to_vec(value).unwrap_or_default(), "{value}");
    }

    #[test]
    fn every_control_character_and_escape() {
        let all: String = (0u8..0x80).map(char::from).collect();
        same_as_serde(&json!({"all": all, "ç": "Şeker – \u{2028} 😀", "q": "\"\\/"}));
    }

    #[test]
    fn numbers_keep_their_digits() {
        let value: Json =
            serde_json::from_str(r#"{"a":100.10,"b":-0.0,"c":1e-7,"d":12345678901234567890123,"e":[1,2.50]}"#)
                .unwrap_or_default();
        same_as_serde(&value);
        assert_eq!(to_bytes(&value), br#"{"a":100.10,"b":-0.0,"c":1e-7,"d":12345678901234567890123,"e":[1,2.50]}"#);
    }

    fn any_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::from),
            "[0-9]{1,6}\\.[0-9]{2}".prop_map(|t| serde_json::from_str(&t).unwrap_or_default()),
            any::<String>().prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|fields| Json::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn writes_what_serde_json_writes(value in any_json()) {
            prop_assert_eq!(to_bytes(&value), serde_json::to_vec(&value).unwrap_or_default());
        }
    }
}
