//! Markdown helpers for the books: the page being written (its language, API and depth, for relative links),
//! escaping, texts with their translation mark, provenance links and anchors.

use crate::model::{Basis, Lang, Provenance, Texts};
use crate::spec::ApiSpec;

use super::words::{self, Words};

/// The page being written: what links and texts on it need.
pub struct Page<'a> {
    /// The language of the book.
    pub lang: Lang,
    /// The API the page is about, if any.
    pub api: Option<&'a ApiSpec>,
    /// `../` repeated up to the book's `src/`.
    pub root: &'static str,
}

impl<'a> Page<'a> {
    /// The labels of the page's language.
    pub fn w(&self) -> &'static Words {
        words::words(self.lang)
    }

    /// A link from this page to `path` (relative to the book's `src/`), with an optional anchor.
    pub fn href(&self, path: &str, anchor: Option<&str>) -> String {
        match anchor {
            Some(anchor) => format!("{}{path}#{anchor}", self.root),
            None => format!("{}{path}", self.root),
        }
    }

    /// A link to a page of this page's API.
    pub fn api_href(&self, page: &str, anchor: Option<&str>) -> String {
        let api = self.api.map_or("", |a| a.id.as_str());
        self.href(&format!("{api}/{page}"), anchor)
    }

    /// The text in the page's language, escaped for inline Markdown, with ‡ linked to the explanation where the
    /// spec's provenance says it is the project's translation.
    pub fn text(&self, texts: &Texts) -> String {
        let Some(text) = texts.get(self.lang) else { return String::new() };
        let mut out = inline(&text.text);
        if text.provenance.basis == Basis::Translation {
            out.push_str(&format!(
                " [‡]({} \"{}\")",
                self.href("intro.md", Some("translations")),
                words::basis(self.lang, Basis::Translation)
            ));
        }
        out
    }

    /// The source link of the text in the page's language (empty when the text is missing).
    pub fn text_prov(&self, texts: &Texts) -> String {
        texts.get(self.lang).map(|t| self.prov(&t.provenance)).unwrap_or_default()
    }

    /// A link to the source of a fact, with its basis (and a decision's reason as the link's title).
    pub fn prov(&self, provenance: &Provenance) -> String {
        let number = self.api.map_or(0, |api| api.source_number(&provenance.source));
        let basis = words::basis(self.lang, provenance.basis);
        let title = provenance.reason.as_deref().map(title_text).unwrap_or_else(|| provenance.source.clone());
        format!(
            "[S{number}]({} \"{}\") {basis}",
            self.api_href("sources.md", Some(&format!("s{number}"))),
            title_text(&title)
        )
    }
}

/// Text made safe for a link title (no double quotes, no line breaks).
fn title_text(text: &str) -> String {
    text.replace('"', "'").replace(['\n', '\r'], " ")
}

/// Text made safe for one line of Markdown, in a table cell too: no HTML, no emphasis, no cell breaks, no lines.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '*' => out.push_str("\\*"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A code span that survives a table cell.
pub fn code(text: &str) -> String {
    let text = text.replace('|', "\\|");
    if text.contains('`') { format!("`` {text} ``") } else { format!("`{text}`") }
}

/// An anchor for HTML (letters, digits, `-` and `_`; anything else becomes `-`).
pub fn anchor(prefix: &str, id: &str) -> String {
    let id: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{prefix}-{id}")
}

/// An HTML anchor to place before a row or paragraph.
pub fn mark(id: &str) -> String {
    format!("<a id=\"{id}\"></a>")
}

/// A table: header and rows, each cell already inline Markdown.
pub fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out.push('\n');
}

/// The first line of every page: where it comes from.
pub fn header(from: &str) -> String {
    format!("<!-- {} -->\n\n", crate::emit::header::line(from))
}
