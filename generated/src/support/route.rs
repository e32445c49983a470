// @generated from spec/ (template codegen/templates/support/route.rs) by `cargo xtask codegen`; do not edit by hand.

//! Routing in the server direction: an HTTP method and path matched to an operation with its path parameters, or why
//! nothing matched (no such path: 404; the path with another method: 405 and the methods its `Allow` lists).

use super::form::percent_decode;
use super::operation::Method;

impl Method {
    /// Every method an operation may have, in the order an `Allow` header lists them.
    pub const ALL: [Method; 4] = [Method::Get, Method::Post, Method::Put, Method::Delete];

    /// The method written `text` in HTTP (case-sensitive, as RFC 9110 §9.1 says), if an operation may have it.
    pub fn from_http(text: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|method| method.as_str() == text)
    }
}

/// One row of an API's route table: an operation served at a method and documented path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteEntry<O> {
    /// The operation.
    pub operation: O,
    /// Its method.
    pub method: Method,
    /// Its documented path, with `{name}` for path parameters.
    pub path: &'static str,
}

/// What a method and path route to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route<O> {
    /// The operation, with its path parameters (wire name, percent-decoded value) in path order.
    Found {
        /// The operation.
        operation: O,
        /// The path parameters, in the order the path has them.
        path_parameters: Vec<(&'static str, String)>,
    },
    /// No operation has this path (HTTP 404).
    NotFound,
    /// Operations have this path, but none this method (HTTP 405); `allow` is what the `Allow` header lists.
    MethodNotAllowed {
        /// The methods the path is served with, in [`Method::ALL`] order.
        allow: Vec<Method>,
    },
}

/// The value of an `Allow` header listing `methods`: `GET, POST`.
pub fn allow_header(methods: &[Method]) -> String {
    methods.iter().map(|method| method.as_str()).collect::<Vec<_>>().join(", ")
}

/// The path parameters of `path` if it has the shape of `template` (literal segments equal, each `{name}` segment
/// one non-empty segment), with the number of literal segments, which ranks a literal match above a parameter.
fn matches(template: &'static str, path: &str) -> Option<(usize, Vec<(&'static str, String)>)> {
    // Up to its first parameter a template is literal text: a path that differs from it before then cannot fit, and
    // nor can one that differs from a template without parameters. Most of a table is ruled out here, before any
    // segment is split.
    let (wanted, given) = (template.as_bytes(), path.as_bytes());
    let mut at = 0;
    while at < wanted.len() && at < given.len() && wanted[at] == given[at] && wanted[at] != b'{' {
        at += 1;
    }
    match wanted.get(at) {
        Some(b'{') => {}
        None if at == given.len() => {}
        _ => return None,
    }
    let (mut wanted, mut given) = (template.split('/'), path.split('/'));
    let (mut literals, mut parameters) = (0, Vec::new());
    loop {
        match (wanted.next(), given.next()) {
            (None, None) => return Some((literals, parameters)),
            (Some(segment), Some(actual)) => {
                if let Some(name) = segment.strip_prefix('{').and_then(|rest| rest.strip_suffix('}')) {
                    if actual.is_empty() {
                        return None;
                    }
                    parameters.push((name, percent_decode(actual, false)?));
                } else if segment == actual {
                    literals += 1;
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

/// A documented path that fits: its number of literal segments, its entry and its path parameters.
type Fit<'t, O> = (usize, &'t RouteEntry<O>, Vec<(&'static str, String)>);

/// Routes `method` and `path` (a query string or fragment after it is ignored) through `table`. Where several
/// documented paths fit, those with the most literal segments win.
pub fn route<O: Copy>(table: &[RouteEntry<O>], method: &str, path: &str) -> Route<O> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    // A documented path without parameters that is the path itself has every segment literal, more than any other
    // that fits: those rows alone decide, found by comparing the path with each row once.
    let literal = |entry: &&RouteEntry<O>| entry.path == path && !entry.path.contains('{');
    if table.iter().any(|entry| literal(&entry)) {
        let wanted = Method::from_http(method);
        if let Some(entry) = table.iter().filter(literal).find(|entry| Some(entry.method) == wanted) {
            return Route::Found { operation: entry.operation, path_parameters: Vec::new() };
        }
        let allow = Method::ALL.into_iter().filter(|m| table.iter().filter(literal).any(|e| e.method == *m)).collect();
        return Route::MethodNotAllowed { allow };
    }
    let fitting: Vec<Fit<'_, O>> = table
        .iter()
        .filter_map(|entry| matches(entry.path, path).map(|(literals, parameters)| (literals, entry, parameters)))
        .collect();
    let Some(best) = fitting.iter().map(|(literals, ..)| *literals).max() else {
        return Route::NotFound;
    };
    let fitting: Vec<_> = fitting.into_iter().filter(|(literals, ..)| *literals == best).collect();
    let wanted = Method::from_http(method);
    if let Some((_, entry, parameters)) = fitting.iter().find(|(_, entry, _)| Some(entry.method) == wanted) {
        return Route::Found { operation: entry.operation, path_parameters: parameters.clone() };
    }
    let allow = Method::ALL.into_iter().filter(|m| fitting.iter().any(|(_, entry, _)| entry.method == *m)).collect();
    Route::MethodNotAllowed { allow }
}
