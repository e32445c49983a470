//! An answer ready to be sent: status, headers and the exact body.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The status.
    pub status: u16,
    /// Extra headers (`Allow`, `Location`).
    pub headers: Vec<(String, String)>,
    /// The `Content-Type`, if there is a body.
    pub content_type: Option<String>,
    /// The body.
    pub body: Body,
}

/// An answer's body: JSON is kept as a value and written out only when it is sent, outside the emulator's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Text, sent as it is.
    Text(String),
    /// A JSON value, sent as its exact text (numbers keep their digits).
    Json(Json),
    /// A JSON object written straight to text ([`crate::json_bytes::ObjectWriter`]), when the answer is made or when
    /// it is sent, with the fields a lifecycle or an outcome binding may read kept as a value: the response facts of
    /// the commit. The rest of the object is never built as a value.
    Later {
        /// What writes the exact text sent.
        text: Later,
        /// The fields of it the evaluator reads.
        read: Json,
    },
}

/// What writes a body's text when it is sent: everything it reads is its own (a copy taken under the lock).
pub trait Render: Send + Sync + std::fmt::Debug {
    /// The exact text.
    fn render(&self) -> Vec<u8>;
}

/// A body to be written when it is sent. Two are equal when they write the same text.
#[derive(Debug, Clone)]
pub struct Later(pub Arc<dyn Render>);

impl PartialEq for Later {
    fn eq(&self, other: &Later) -> bool {
        self.0.render() == other.0.render()
    }
}

impl Eq for Later {}

impl Answer {
    /// A JSON answer.
    pub fn json(status: u16, body: Json) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            content_type: Some("application/json".to_owned()),
            body: Body::Json(body),
        }
    }

    /// The same answer with one more header.
    pub fn with_header(mut self, name: &str, value: String) -> Answer {
        self.headers.push((name.to_owned(), value));
        self
    }

    /// The body as JSON (`Null` for text that is not JSON).
    pub fn json_body(&self) -> Cow<'_, Json> {
        match &self.body {
            Body::Json(json) => Cow::Borrowed(json),
            Body::Text(text) => Cow::Owned(serde_json::from_str(text).unwrap_or(Json::Null)),
            Body::Later { text, .. } => Cow::Owned(serde_json::from_slice(&text.0.render()).unwrap_or(Json::Null)),
        }
    }

    /// Lends the body's JSON to a commit, as its response facts' body: a JSON body as it is, a text body read as
    /// JSON, a written body's kept fields. [`Answer::give_back`] returns it once the commit is done.
    pub fn lend_body(&mut self) -> Json {
        match std::mem::replace(&mut self.body, Body::Json(Json::Null)) {
            Body::Json(body) => body,
            Body::Text(text) => {
                let body = serde_json::from_str(&text).unwrap_or(Json::Null);
                self.body = Body::Text(text);
                body
            }
            Body::Later { text, read } => {
                self.body = Body::Later { text, read: Json::Null };
                read
            }
        }
    }

    /// Returns what [`Answer::lend_body`] lent: a JSON body is sent as the value it was; text is sent as it was.
    pub fn give_back(&mut self, body: Json) {
        if self.body == Body::Json(Json::Null) {
            self.body = Body::Json(body);
        }
    }

    /// The exact bytes sent (a body to be written later is written now).
    pub fn into_bytes(self) -> Vec<u8> {
        match self.body {
            Body::Text(text) => text.into_bytes(),
            Body::Json(json) => crate::json_bytes::to_bytes(&json),
            Body::Later { text, .. } => text.0.render(),
        }
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
