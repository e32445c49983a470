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
    /// The lengths of the names in `keep`, as bits (length mod 64): most names are told not to be kept by one test.
    keep_lengths: u64,
    /// Fields carried back from the request, the last in key order first: each is written when the writer reaches
    /// its place.
    carried: Vec<(&'static str, Json)>,
    /// Each field written, with where its name's quote is in `out`.
    starts: Vec<(&'static str, usize)>,
}

impl ObjectWriter {
    /// An empty object keeping the fields `keep` names (`RESPONSE_FIELDS_READ`).
    pub fn new(keep: &'static [&'static str]) -> ObjectWriter {
        let mut out = Vec::with_capacity(768);
        out.push(b'{');
        let keep_lengths = keep.iter().fold(0, |bits, name| bits | 1_u64 << (name.len() % 64));
        ObjectWriter {
            out,
            kept: serde_json::Map::new(),
            keep,
            keep_lengths,
            carried: Vec::new(),
            starts: Vec::with_capacity(32),
        }
    }

    /// The same writer, carrying these fields (request fields its message echoes, the spec's `echoes`, as the request
    /// sent them): each is written at its place in key order among the fields written after this, which must not
    /// include them.
    pub fn carrying(mut self, mut carried: Vec<(&'static str, Json)>) -> ObjectWriter {
        carried.sort_by(|a, b| b.0.cmp(a.0));
        self.carried = carried;
        self
    }

    /// Writes the carried fields that come before `name` in key order (every one for `None`).
    fn carry_before(&mut self, name: Option<&str>) {
        while let Some((next, _)) = self.carried.last() {
            // Told apart by their first bytes, as a rule, before their whole text is compared.
            if name.is_some_and(|name| match next.as_bytes().first().cmp(&name.as_bytes().first()) {
                std::cmp::Ordering::Equal => *next >= name,
                order => order == std::cmp::Ordering::Greater,
            }) {
                break;
            }
            let Some((field, value)) = self.carried.pop() else { break };
            if self.start(field) {
                self.kept.insert(field.to_owned(), value.clone());
            }
            write(&mut self.out, &value);
        }
    }

    /// Starts a field after the carried ones before it; whether it is one to keep.
    fn name(&mut self, name: &'static str) -> bool {
        self.carry_before(Some(name));
        debug_assert!(self.carried.last().is_none_or(|(next, _)| *next != name), "{name} is carried back");
        self.start(name)
    }

    /// Starts a field; whether it is one to keep. A field's name is the program's own text, never escaped.
    fn start(&mut self, name: &'static str) -> bool {
        debug_assert!(!name.bytes().any(|byte| ESCAPED[usize::from(byte)]), "{name} needs no escape");
        if self.out.len() > 1 {
            self.out.push(b',');
        }
        self.starts.push((name, self.out.len()));
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.keeps(name)
    }

    /// Whether `name` is a field to keep: asked for every field written, so most names are told apart by their
    /// length and first byte before any comparison of their text.
    fn keeps(&self, name: &str) -> bool {
        let (length, first) = (name.len(), name.as_bytes().first());
        self.keep_lengths & (1 << (length % 64)) != 0
            && self.keep.iter().any(|kept| kept.len() == length && kept.as_bytes().first() == first && *kept == name)
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
        self.out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    }

    /// A number field with exactly these digits (a decimal amount's wire form); text that is not a JSON number is
    /// written as a string.
    pub fn number(&mut self, name: &'static str, digits: &str) {
        let digits = digits.trim_matches([' ', '\t', '\n', '\r']);
        if !is_json_number(digits) {
            return self.text(name, digits);
        }
        if digits.contains(['e', 'E']) {
            // serde_json writes an exponent its own way (`0E0` as `0e+0`): write what it reads.
            if let Ok(number) = digits.parse::<serde_json::Number>() {
                return self.json(name, &Json::Number(number));
            }
        }
        if self.name(name) {
            match digits.parse::<serde_json::Number>() {
                Ok(number) => self.kept.insert(name.to_owned(), Json::Number(number)),
                Err(_) => self.kept.insert(name.to_owned(), Json::String(digits.to_owned())),
            };
        }
        self.out.extend_from_slice(digits.as_bytes());
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
        self.carry_before(None);
        self.out.push(b'}');
        (self.out, Json::Object(self.kept))
    }

    /// The object as written, to be spliced with other fields later, and the fields kept.
    pub fn finish_written(mut self) -> (WrittenObject, Json) {
        let starts = std::mem::take(&mut self.starts);
        let (text, kept) = self.finish();
        (WrittenObject { text, starts }, kept)
    }
}

/// An object's text written once, with where each field starts, so that the same fields can be written again with
/// others among them (in key order) by copying runs of its text instead of writing each field anew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenObject {
    /// `{...}` as written, its fields in key order.
    text: Vec<u8>,
    /// Each field's name and where its quote is in `text`, in key order.
    starts: Vec<(&'static str, usize)>,
}

impl WrittenObject {
    /// The text of this object's fields that `skip` does not name, with `others` among them, every field in key
    /// order: what an [`ObjectWriter`] writes given all of them. `others` must not name a field of this object
    /// that is not skipped.
    pub fn splice(&self, mut others: Vec<(&'static str, Json)>, skip: impl Fn(&str) -> bool) -> Vec<u8> {
        others.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = Vec::with_capacity(self.text.len() + 32 * others.len() + 2);
        out.push(b'{');
        let mut next = 0;
        for (name, value) in &others {
            next = self.copy_fields(&mut out, next, Some(name), &skip);
            debug_assert!(self.starts.get(next).is_none_or(|(own, _)| own != name || skip(own)), "{name} twice");
            if out.len() > 1 {
                out.push(b',');
            }
            string(&mut out, name);
            out.push(b':');
            write(&mut out, value);
        }
        self.copy_fields(&mut out, next, None, &skip);
        out.push(b'}');
        out
    }

    /// Copies the fields from the `from`th on that come before `before` in key order (every one for `None`), leaving
    /// out those `skip` names, in runs; the position of the first field not copied.
    fn copy_fields(&self, out: &mut Vec<u8>, from: usize, before: Option<&str>, skip: &impl Fn(&str) -> bool) -> usize {
        // Where the fields before `before` end, found by halving: most of them are copied without a comparison.
        let stop = match (before, self.starts.get(from..)) {
            (Some(before), Some(rest)) => from + rest.partition_point(|(name, _)| *name < before),
            _ => self.starts.len(),
        };
        let mut run: Option<usize> = None;
        for (name, start) in self.starts.get(from..stop).unwrap_or_default() {
            if skip(name) {
                self.copy_run(out, run.take(), *start);
            } else {
                run.get_or_insert(*start);
            }
        }
        let at = stop.max(from);
        let end = self.starts.get(at).map_or(self.text.len() - 1, |(_, start)| *start);
        self.copy_run(out, run, end);
        at
    }

    /// Copies the text of a run of whole fields from the quote at `start` to the field (or the object's end) at
    /// `end`, without the comma before that one.
    fn copy_run(&self, out: &mut Vec<u8>, start: Option<usize>, end: usize) {
        let Some(start) = start else { return };
        let end = if self.text.get(end) == Some(&b'}') { end } else { end - 1 };
        if out.len() > 1 {
            out.push(b',');
        }
        out.extend_from_slice(&self.text[start..end]);
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

/// Whether text is a JSON number exactly as JSON writes one: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn is_json_number(text: &str) -> bool {
    let digits = |bytes: &[u8]| bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let bytes = text.as_bytes();
    let mut at = usize::from(bytes.first() == Some(&b'-'));
    match digits(&bytes[at..]) {
        0 => return false,
        n if n > 1 && bytes[at] == b'0' => return false,
        n => at += n,
    }
    if bytes.get(at) == Some(&b'.') {
        match digits(&bytes[at + 1..]) {
            0 => return false,
            n => at += 1 + n,
        }
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        match digits(&bytes[at..]) {
            0 => return false,
            n => at += n,
        }
    }
    at == bytes.len()
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

    /// Fields carried back before, between and after the written ones; `ca` shares its first byte with written ones.
    fn carried(request: &Json) -> Vec<(&'static str, Json)> {
        [("d", "d"), ("0", "zero"), ("b", "bee"), ("ca", "sea"), ("z", "zed")]
            .into_iter()
            .filter_map(|(field, from)| Some((field, request.get(from)?.clone())))
            .collect()
    }

    #[test]
    fn carried_fields_take_their_place_in_key_order_and_are_kept_when_named() {
        let request = json!({"d": [1, "x"], "zero": null, "bee": "B\"", "sea": "C", "zed": 7});
        let mut writer = ObjectWriter::new(&["b", "c", "z"]).carrying(carried(&request));
        writer.text("a", "1");
        writer.text("c", "3");
        writer.number("cb", "12.50");
        writer.integer("e", 5);
        let (text, kept) = writer.finish();
        let whole = br#"{"0":null,"a":"1","b":"B\"","c":"3","ca":"C","cb":12.50,"d":[1,"x"],"e":5,"z":7}"#;
        assert_eq!(text, whole, "{}", String::from_utf8_lossy(&text));
        let value: Json = serde_json::from_slice(&text).unwrap_or_default();
        assert_eq!(crate::json_bytes::to_bytes(&value), text, "written in key order, as a JSON value writes it");
        assert_eq!(kept, json!({"b": "B\"", "c": "3", "z": 7}));
    }

    proptest! {
        /// A number field is written as its digits exactly where serde_json reads the text as a number, else as a
        /// string, and kept as the value serde_json reads.
        #[test]
        fn a_number_field_is_what_serde_json_reads(text in "[ -]?[0-9]{0,3}(\\.[0-9]{0,3})?([eE][+-]?[0-9]{0,2})?x?") {
            let mut writer = ObjectWriter::new(&["n"]);
            writer.number("n", &text);
            let (written, kept) = writer.finish();
            let expected = match serde_json::from_str::<Json>(&text) {
                Ok(number @ Json::Number(_)) => number,
                _ => Json::String(text.trim_matches([' ', '\t', '\n', '\r']).to_owned()),
            };
            prop_assert_eq!(&kept["n"], &expected);
            prop_assert_eq!(written, serde_json::to_vec(&serde_json::json!({"n": expected})).unwrap_or_default());
        }
    }

    const NAMES: [&str; 8] = ["a", "b", "ba", "c", "locale", "price", "systemTime", "z"];

    proptest! {
        /// An object written once and spliced with other fields (some replacing its own, which are skipped) is what
        /// one writer writes given all of them: the same text, its keys in order.
        #[test]
        fn a_spliced_object_is_what_one_writer_writes(
            own in prop::collection::btree_map(0..NAMES.len(), "[a-z\"é]{0,4}", 0..8),
            others in prop::collection::btree_map(0..NAMES.len(), any::<i64>(), 0..5),
            replaced in prop::collection::btree_set(0..NAMES.len(), 0..4),
        ) {
            // Another field may be among the object's own only where it replaces it.
            let others: Vec<(&'static str, Json)> = others
                .into_iter()
                .filter(|(n, _)| !own.contains_key(n) || replaced.contains(n))
                .map(|(n, value)| (NAMES[n], Json::from(value)))
                .collect();
            let skipped: Vec<&str> = others.iter().map(|(name, _)| *name).collect();
            let mut once = ObjectWriter::new(&[]);
            for (n, text) in &own {
                once.text(NAMES[*n], text);
            }
            let (written, _) = once.finish_written();
            let spliced = written.splice(others.clone(), |name| skipped.contains(&name));
            let mut whole = ObjectWriter::new(&[]).carrying(others);
            for (n, text) in own.iter().filter(|(n, _)| !skipped.contains(&NAMES[**n])) {
                whole.text(NAMES[*n], text);
            }
            let (whole, _) = whole.finish();
            prop_assert_eq!(&spliced, &whole, "{}", String::from_utf8_lossy(&spliced));
            let value: Json = serde_json::from_slice(&spliced).unwrap_or_default();
            prop_assert_eq!(to_bytes(&value), spliced);
        }
    }

    #[test]
    fn with_nothing_carried_the_object_is_only_its_written_fields() {
        let mut writer = ObjectWriter::new(&[]).carrying(carried(&Json::Null));
        writer.text("a", "1");
        assert_eq!(writer.finish().0, br#"{"a":"1"}"#);
    }
}
