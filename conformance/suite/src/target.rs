//! The implementation under test: where it is, whether it answers the emulator's test controls (`GET /_payspec/`),
//! and its clock (the test clock of an emulator, else this machine's).

use std::time::Duration;

use serde_json::Value as Json;

use crate::apis::{Received, Sent};
use crate::http::{Endpoint, HttpError};

/// The target of a run.
#[derive(Debug, Clone)]
pub struct Target {
    /// The URL as given.
    pub url: String,
    /// Where requests go.
    pub endpoint: Endpoint,
    /// Whether the target answers the emulator's controls.
    pub controls: bool,
}

fn get(path: &str) -> Sent {
    Sent {
        method: "GET".to_owned(),
        path: path.to_owned(),
        query: String::new(),
        headers: Vec::new(),
        body: Vec::new(),
    }
}

impl Target {
    /// Connects to a target: it must answer; `GET /_payspec/` tells whether it has the controls.
    pub fn connect(url: &str, timeout: Duration) -> Result<Target, String> {
        let endpoint = Endpoint::parse(url, timeout)?;
        let probe = endpoint.send(&get("/_payspec/")).map_err(|e| e.to_string())?;
        let controls = probe.status == 200 && probe.json().is_some_and(|body| body.get("controls").is_some());
        Ok(Target { url: url.to_owned(), endpoint, controls })
    }

    /// Sends a request.
    pub fn send(&self, sent: &Sent) -> Result<Received, HttpError> {
        self.endpoint.send(sent)
    }

    /// The target's clock, Unix milliseconds: the emulator's test clock, else this machine's.
    pub fn now_millis(&self) -> i64 {
        if self.controls
            && let Ok(answer) = self.endpoint.send(&get("/_payspec/clock"))
            && let Some(millis) = answer.json().as_ref().and_then(|b| b.get("unix_millis")).and_then(Json::as_i64)
        {
            return millis;
        }
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or_default())
            .unwrap_or_default()
    }
}
