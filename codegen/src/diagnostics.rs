//! Diagnostics: every problem found in the spec, each with its file, JSON pointer and line:column.

use std::collections::BTreeMap;
use std::fmt;

use crate::locate;

/// One problem in one spec file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, relative to the repository root, with `/` separators (e.g. `spec/wiapay/errors.json`).
    pub file: String,
    /// Line and column (both 1-based) of the value the pointer names, or of its nearest existing parent.
    pub position: Option<(usize, usize)>,
    /// The JSON pointer (RFC 6901) of the offending value; empty for the whole document.
    pub pointer: String,
    /// What is wrong, and what to do about it where that is not obvious.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}", self.file)?,
            None => write!(f, "{}", self.file)?,
        }
        let pointer = if self.pointer.is_empty() { "(root)" } else { &self.pointer };
        write!(f, ": {pointer}: {}", self.message)
    }
}

/// Every problem found, sorted by file and position.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

fn render(list: &[Diagnostic]) -> String {
    let mut out =
        format!("the spec has {} problem{}; nothing was written:", list.len(), if list.len() == 1 { "" } else { "s" });
    for diagnostic in list {
        out.push_str("\n  ");
        out.push_str(&diagnostic.to_string());
    }
    out
}

/// Collects diagnostics, resolving each pointer to a line and column in the file's source text.
#[derive(Debug, Default)]
pub struct Collector {
    sources: BTreeMap<String, String>,
    found: Vec<Diagnostic>,
}

impl Collector {
    /// Remembers the source text of `file`, so that pointers into it can be given a line and column.
    pub fn add_source(&mut self, file: &str, text: &str) {
        self.sources.insert(file.to_owned(), text.to_owned());
    }

    /// Records a problem at `pointer` in `file`.
    pub fn report(&mut self, file: &str, pointer: &str, message: impl Into<String>) {
        let position = self.sources.get(file).and_then(|text| locate::position(text, pointer));
        self.found.push(Diagnostic {
            file: file.to_owned(),
            position,
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    /// Records a problem whose line and column are already known (a JSON syntax error).
    pub fn report_at(&mut self, file: &str, position: (usize, usize), message: impl Into<String>) {
        self.found.push(Diagnostic {
            file: file.to_owned(),
            position: Some(position),
            pointer: String::new(),
            message: message.into(),
        });
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Ends collection: `Ok(())` when nothing was reported, else every diagnostic, sorted and without repeats.
    pub fn finish(self) -> Result<(), Diagnostics> {
        let mut found = self.found;
        if found.is_empty() {
            return Ok(());
        }
        found.sort();
        found.dedup();
        Err(Diagnostics(found))
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}
