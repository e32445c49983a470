//! Message templates: a text with `{n}` placeholders, split into literal pieces and placeholder indices.

/// One piece of a message template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text.
    Literal(String),
    /// The placeholder `{n}`.
    Placeholder(u8),
}

/// Splits a validated text into pieces. Braces that are not placeholders stay literal (the validator rejects them).
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut literal = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let parsed = after.find('}').and_then(|close| after[..close].parse::<u8>().ok().map(|n| (close, n)));
        match parsed {
            Some((close, index)) => {
                literal.push_str(&rest[..open]);
                if !literal.is_empty() {
                    out.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                out.push(Piece::Placeholder(index));
                rest = &after[close + 1..];
            }
            None => {
                literal.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        out.push(Piece::Literal(literal));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Piece, pieces};

    #[test]
    fn splits_literals_and_placeholders() {
        assert_eq!(
            pieces("{0} işlemi {1} model"),
            vec![
                Piece::Placeholder(0),
                Piece::Literal(" işlemi ".into()),
                Piece::Placeholder(1),
                Piece::Literal(" model".into())
            ]
        );
        assert_eq!(pieces("plain"), vec![Piece::Literal("plain".into())]);
    }
}
