//! An answer ready to be sent: status, headers and the exact body.

use std::borrow::Cow;

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

/// An answer's body: JSON is kept as a value and written out only when it is sent, outside the emulator's lock; an
/// answer written straight to text is sent as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Text, sent as it is.
    Text(String),
    /// A JSON value, sent as its exact text (numbers keep their digits).
    Json(Json),
    /// A JSON object written straight to text ([`crate::json_bytes::ObjectWriter`]), with the fields a lifecycle or
    /// an outcome binding may read kept as a value: the response facts of the commit. The rest of the object is never
    /// built as a value.
    Written {
        /// The exact text sent.
        text: Vec<u8>,
        /// The fields of it the evaluator reads.
        read: Json,
    },
}

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
            Body::Written { text, .. } => Cow::Owned(serde_json::from_slice(text).unwrap_or(Json::Null)),
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
            Body::Written { text, read } => {
                self.body = Body::Written { text, read: Json::Null };
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

    /// The exact bytes sent.
    pub fn into_bytes(self) -> Vec<u8> {
        match self.body {
            Body::Text(text) => text.into_bytes(),
            Body::Json(json) => crate::json_bytes::to_bytes(&json),
            Body::Written { text, .. } => text,
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
