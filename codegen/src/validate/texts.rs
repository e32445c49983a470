//! Text rules: every human-readable text in both languages, trimmed, on one line, with well-formed placeholders.

use std::collections::BTreeSet;

use crate::diagnostics::Collector;
use crate::model::{Lang, Texts};

/// Checks that `texts` has a non-empty, trimmed text in every language and that its braces are placeholders.
/// Returns the placeholder indices used per language (only for languages whose text is present).
pub fn check(
    collector: &mut Collector,
    file: &str,
    pointer: &str,
    texts: &Texts,
    what: &str,
) -> Vec<(Lang, BTreeSet<u8>)> {
    let mut used = Vec::new();
    for lang in Lang::ALL {
        let at = format!("{pointer}/{}", lang.tag());
        match texts.get(lang) {
            None => collector.report(file, pointer, format!("{} text is missing for {what}", lang.name())),
            Some(text) if text.text.trim().is_empty() => {
                collector.report(file, &format!("{at}/text"), format!("{} text is empty for {what}", lang.name()))
            }
            Some(text) => {
                if text.text.trim() != text.text {
                    collector.report(
                        file,
                        &format!("{at}/text"),
                        format!("{} text of {what} has leading or trailing white space", lang.name()),
                    );
                }
                // A text is one line: Fluent resources, doc comments and catalog entries all carry it as one.
                if text.text.chars().any(char::is_control) {
                    collector.report(
                        file,
                        &format!("{at}/text"),
                        format!("{} text of {what} has a line break or another control character", lang.name()),
                    );
                }
                match placeholders(&text.text) {
                    Ok(found) => used.push((lang, found)),
                    Err(problem) => collector.report(file, &format!("{at}/text"), format!("{problem} in {what}")),
                }
            }
        }
    }
    used
}

/// The placeholder indices `{n}` in `text`, or what is wrong with its braces.
pub fn placeholders(text: &str) -> Result<BTreeSet<u8>, String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a `}` without `{`".to_owned());
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("a `{` without `}`")?;
        let inner = &after[..close];
        let index: u8 = inner
            .parse()
            .map_err(|_| format!("`{{{inner}}}` is not a placeholder (placeholders are `{{0}}`, `{{1}}`, ...)"))?;
        found.insert(index);
        rest = &after[close + 1..];
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn finds_placeholders_and_rejects_stray_braces() {
        assert_eq!(placeholders("a {0} b {1} {0}").map(|s| s.into_iter().collect::<Vec<_>>()), Ok(vec![0, 1]));
        assert_eq!(placeholders("none").map(|s| s.len()), Ok(0));
        assert!(placeholders("a {name}").is_err());
        assert!(placeholders("a {0").is_err());
        assert!(placeholders("a }").is_err());
    }
}
