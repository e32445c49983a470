//! Finds the line and column of the value a JSON pointer names, by scanning the source text.
//!
//! `serde_json::Value` forgets positions, so diagnostics found on the parsed value are mapped back to the text here.
//! The scanner assumes the text is valid JSON (it runs only on files that parsed).

/// The 1-based line and column of the value `pointer` names in `text`; where the pointer goes further than the
/// document (a missing member), the position of the deepest value that exists.
pub fn position(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let tokens: Vec<String> = if pointer.is_empty() {
        Vec::new()
    } else {
        pointer.strip_prefix('/')?.split('/').map(|token| token.replace("~1", "/").replace("~0", "~")).collect()
    };
    let mut scanner = Scanner { bytes: text.as_bytes(), at: 0 };
    scanner.skip_space();
    let offset = scanner.find(&tokens)?;
    Some(line_column(text, offset))
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
    (line, column)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    /// With the scanner at the start of a value, the offset of the value that `tokens` lead to (or the deepest one).
    fn find(&mut self, tokens: &[String]) -> Option<usize> {
        let start = self.at;
        let Some((token, rest)) = tokens.split_first() else {
            return Some(start);
        };
        match self.bytes.get(self.at)? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_space();
                    if self.peek()? == b'}' {
                        return Some(start);
                    }
                    let key = self.string()?;
                    self.skip_space();
                    self.expect(b':')?;
                    self.skip_space();
                    if key == *token {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.skip_space();
                    if self.peek()? == b',' {
                        self.at += 1;
                    }
                }
            }
            b'[' => {
                let wanted: usize = token.parse().ok()?;
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_space();
                    if self.peek()? == b']' {
                        return Some(start);
                    }
                    if index == wanted {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.skip_space();
                    if self.peek()? == b',' {
                        self.at += 1;
                    }
                    index += 1;
                }
            }
            _ => Some(start),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Reads a string literal, decoding its escapes.
    fn string(&mut self) -> Option<String> {
        let start = self.at;
        self.skip_string()?;
        serde_json::from_slice(&self.bytes[start..self.at]).ok()
    }

    fn skip_string(&mut self) -> Option<()> {
        self.expect(b'"')?;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.at += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}],\n  \"c/d\": {\"e\": true}\n}";

    #[test]
    fn finds_nested_values_and_falls_back_to_the_deepest_parent() {
        assert_eq!(position(TEXT, ""), Some((1, 1)));
        assert_eq!(position(TEXT, "/a"), Some((2, 8)));
        assert_eq!(position(TEXT, "/a/1/b"), Some((2, 18)));
        assert_eq!(position(TEXT, "/c~1d/e"), Some((3, 16)));
        assert_eq!(position(TEXT, "/c~1d/missing"), Some((3, 10)));
        assert_eq!(position(TEXT, "/a/7"), Some((2, 8)));
    }
}
