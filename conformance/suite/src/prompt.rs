//! Prompts for a person at a real device: a step that needs a card presented (its `card`) is announced (which
//! device, which amount, what to do, how long the suite waits) and, while its answer is awaited, the time passing is
//! shown (a dot a second, the seconds every five). The wait ends with the answer, or with the step's timeout or a
//! connection failure as the HTTP client reports them: never a hang.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::apis::Received;
use crate::http::HttpError;

/// Where prompts go: stderr, or (in tests) anything that takes text.
#[derive(Clone)]
pub struct PromptSink(Arc<dyn Fn(&str) + Send + Sync>);

impl PromptSink {
    /// Prompts on stderr.
    pub fn stderr() -> PromptSink {
        PromptSink(Arc::new(|text: &str| {
            use std::io::Write as _;
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
        }))
    }

    /// Prompts handed to a function.
    pub fn to(write: impl Fn(&str) + Send + Sync + 'static) -> PromptSink {
        PromptSink(Arc::new(write))
    }

    fn say(&self, text: &str) {
        (self.0)(text);
    }
}

impl std::fmt::Debug for PromptSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PromptSink")
    }
}

/// What a person must do for a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardPrompt {
    /// The case.
    pub case: String,
    /// The step.
    pub step: String,
    /// The device.
    pub device: String,
    /// The amount the device shows.
    pub amount: Option<String>,
    /// What to do (default: present a card).
    pub action: Option<String>,
    /// How long the suite waits.
    pub timeout: Duration,
}

impl CardPrompt {
    /// The prompt's text.
    pub fn text(&self) -> String {
        let action = self.action.as_deref().unwrap_or("present a card");
        let amount = self.amount.as_deref().map(|a| format!(" for {a}")).unwrap_or_default();
        format!(
            "\n>>> {}: on device {}, {action}{amount} (step {} of {}); waiting up to {} s ",
            "ACTION NEEDED",
            self.device,
            self.step,
            self.case,
            self.timeout.as_secs()
        )
    }
}

/// Runs `send` (the HTTP exchange, bounded by its own timeout) while prompting for the card and showing progress.
pub fn wait_for_card(
    prompt: &CardPrompt,
    sink: &PromptSink,
    send: impl FnOnce() -> Result<Received, HttpError> + Send + 'static,
) -> Result<Received, HttpError> {
    sink.say(&prompt.text());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(send());
    });
    let start = Instant::now();
    let mut ticks = 0u64;
    let result = loop {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(result) => break result,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                ticks += 1;
                sink.say(&if ticks.is_multiple_of(5) { format!("{ticks}s") } else { ".".to_owned() });
                // The client's own timeout ends the exchange; this bound only guards against a client that
                // would not.
                if start.elapsed() > prompt.timeout + Duration::from_secs(5) {
                    break Err(HttpError::Timeout {
                        address: prompt.device.clone(),
                        seconds: prompt.timeout.as_secs(),
                    });
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                break Err(HttpError::Malformed("the exchange ended without an answer".to_owned()));
            }
        }
    };
    let seconds = start.elapsed().as_secs();
    match &result {
        Ok(received) => sink.say(&format!(" answered after {seconds} s (HTTP {})\n", received.status)),
        Err(error) => sink.say(&format!(" no card answer after {seconds} s: {error}\n")),
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prompt_names_the_device_the_amount_and_the_wait() {
        let prompt = CardPrompt {
            case: "iyzico-terminal/x".to_owned(),
            step: "sale".to_owned(),
            device: "PAV1".to_owned(),
            amount: Some("100.00".to_owned()),
            action: None,
            timeout: Duration::from_secs(90),
        };
        let text = prompt.text();
        for part in ["PAV1", "present a card for 100.00", "step sale of iyzico-terminal/x", "up to 90 s"] {
            assert!(text.contains(part), "{part:?} in {text:?}");
        }
    }
}
