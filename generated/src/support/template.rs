// @generated from spec/ (template codegen/templates/support/template.rs) by `cargo xtask codegen`; do not edit by hand.

//! Message templates of the catalogs: rendering a message from its arguments and reading them back out.

/// One piece of a message template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Piece {
    /// Literal text.
    Literal(&'static str),
    /// The argument of placeholder `{n}`.
    Placeholder(u8),
}

/// Fills a template with its arguments, given in placeholder order (`args[n]` for `{n}`).
pub fn render(template: &[Piece], args: &[String]) -> String {
    let mut out = String::new();
    for piece in template {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Placeholder(index) => {
                out.push_str(args.get(usize::from(*index)).map_or("", String::as_str));
            }
        }
    }
    out
}

/// Reads the arguments back out of a text made from `template` (surrounding white space ignored); `None` when the
/// text does not have the template's shape. Arguments come in placeholder order.
pub fn extract(template: &[Piece], text: &str) -> Option<Vec<String>> {
    let count = template
        .iter()
        .filter_map(|piece| match piece {
            Piece::Placeholder(index) => Some(usize::from(*index) + 1),
            Piece::Literal(_) => None,
        })
        .max()
        .unwrap_or(0);
    let mut args = vec![String::new(); count];
    let mut rest = text.trim();
    let mut pending: Option<u8> = None;
    for (position, piece) in template.iter().enumerate() {
        match (piece, pending.take()) {
            (Piece::Placeholder(_), Some(_)) => return None,
            (Piece::Placeholder(index), None) => pending = Some(*index),
            (Piece::Literal(literal), None) => rest = rest.strip_prefix(literal)?,
            (Piece::Literal(literal), Some(index)) => {
                let end = if position + 1 == template.len() {
                    rest.strip_suffix(literal)?.len()
                } else {
                    rest.find(literal)?
                };
                *args.get_mut(usize::from(index))? = rest[..end].to_owned();
                rest = &rest[end + literal.len()..];
            }
        }
    }
    if let Some(index) = pending {
        *args.get_mut(usize::from(index))? = rest.to_owned();
        rest = "";
    }
    rest.is_empty().then_some(args)
}

#[cfg(test)]
mod tests {
    use super::{Piece, extract, render};

    const TWO: &[Piece] = &[
        Piece::Literal("Operation "),
        Piece::Placeholder(0),
        Piece::Literal(" is not supported for device modal: "),
        Piece::Placeholder(1),
    ];

    #[test]
    fn render_and_extract_are_inverse() {
        let args = vec!["VOID".to_owned(), "A910".to_owned()];
        let text = render(TWO, &args);
        assert_eq!(text, "Operation VOID is not supported for device modal: A910");
        assert_eq!(extract(TWO, &text), Some(args));
        assert_eq!(extract(TWO, "Something else"), None);
    }
}
