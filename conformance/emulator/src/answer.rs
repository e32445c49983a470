//! An answer ready to be sent: status, headers and the exact body.

use serde::{Deserialize, Serialize};

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The status.
    pub status: u16,
    /// Extra headers (`Allow`, `Location`).
    pub headers: Vec<(String, String)>,
    /// The `Content-Type`, if there is a body.
    pub content_type: Option<String>,
    /// The exact body.
    pub body: String,
    /// The body as JSON, for the evaluator's response facts (not journaled: the body says it).
    #[serde(skip)]
    pub json: Option<serde_json::Value>,
}

impl Answer {
    /// A JSON answer.
    pub fn json(status: u16, body: &serde_json::Value) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            content_type: Some("application/json".to_owned()),
            body: body.to_string(),
            json: Some(body.clone()),
        }
    }

    /// The same answer with one more header.
    pub fn with_header(mut self, name: &str, value: String) -> Answer {
        self.headers.push((name.to_owned(), value));
        self
    }
}

/// A request as the server received it: what the handlers and the journal see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpInput {
    /// The method.
    pub method: String,
    /// The path with its query string.
    pub target: String,
    /// The headers that matter to the APIs (every header, names lower-case).
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
    /// The client's address, without port.
    pub peer: String,
}

impl HttpInput {
    /// The path, without the query string.
    pub fn path(&self) -> &str {
        self.target.split(['?', '#']).next().unwrap_or_default()
    }

    /// The query string, without `?`.
    pub fn query(&self) -> &str {
        self.target.split('#').next().and_then(|t| t.split_once('?')).map(|(_, q)| q).unwrap_or_default()
    }
}
