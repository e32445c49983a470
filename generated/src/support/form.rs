// @generated from spec/ (template codegen/templates/support/form.rs) by `cargo xtask codegen`; do not edit by hand.

//! Text on the wire in the server direction: percent-decoding (paths, query strings, form bodies) and the name-value
//! pairs of a query string or an `application/x-www-form-urlencoded` body.

/// The value of a hexadecimal digit.
fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes `text` (and, where `plus_is_space`, as in query strings and form bodies, reads `+` as a space).
/// `None` for a broken escape (`%`, `%4`, `%zz`) or bytes that are not UTF-8.
pub fn percent_decode(text: &str, plus_is_space: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'%' => {
                let high = hex(*bytes.get(i + 1)?)?;
                let low = hex(*bytes.get(i + 2)?)?;
                out.push(high * 16 + low);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The name-value pairs of a query string or form body (`a=1&b=x+y`), decoded, in order; a pair without `=` has an
/// empty value, empty pairs are skipped. `Err` names the first pair that does not decode.
pub fn form_pairs(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    for pair in text.split('&').filter(|pair| !pair.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match (percent_decode(name, true), percent_decode(value, true)) {
            (Some(name), Some(value)) => pairs.push((name, value)),
            _ => return Err(pair.to_owned()),
        }
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::{form_pairs, percent_decode};

    #[test]
    fn decodes_escapes_and_plus() {
        assert_eq!(percent_decode("a%20b+c", true).as_deref(), Some("a b c"));
        assert_eq!(percent_decode("a+b", false).as_deref(), Some("a+b"));
        assert_eq!(percent_decode("%C3%BC", false).as_deref(), Some("ü"));
        assert_eq!(percent_decode("%zz", false), None);
        assert_eq!(percent_decode("%4", false), None);
        assert_eq!(percent_decode("%FF", false), None);
        assert_eq!(
            form_pairs("a=1&&b=x+y&c"),
            Ok(vec![("a".into(), "1".into()), ("b".into(), "x y".into()), ("c".into(), String::new())])
        );
        assert_eq!(form_pairs("a=%"), Err("a=%".to_owned()));
    }
}
