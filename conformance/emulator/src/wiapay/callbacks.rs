//! The outbox of signed callbacks: one entry per status change of a deposit or withdrawal, with its exact body and
//! every delivery attempt. It lives in the state (so `--state` keeps pending callbacks across a `kill -9`); the
//! attempts are made by the delivery task outside the state lock and come back as journaled inputs. A callback is
//! retried after each failure (any answer but 2xx, no connection, a timeout) with the configured delays, until it
//! is delivered or has had one attempt more than there are delays. Callbacks of one transaction go out in order.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::config::WiapayConfig;

/// Where a callback stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// Not yet delivered; attempted again at `next_at_ms`.
    Pending,
    /// A 2xx answered.
    Delivered,
    /// Every attempt failed.
    GaveUp,
}

/// One attempt to deliver a callback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// When it was made (test clock, Unix milliseconds).
    pub at_ms: i64,
    /// The URL it was sent to.
    pub url: String,
    /// Its `X-Timestamp`.
    pub timestamp: i64,
    /// Its `X-Signature` (over the test callback secret).
    pub signature: String,
    /// The status the receiver answered, if it answered.
    pub status: Option<u16>,
    /// Why it failed without an answer (no connection, a timeout).
    pub error: Option<String>,
    /// How long it took, wall-clock milliseconds.
    pub took_ms: u64,
}

impl Attempt {
    /// Whether the receiver acknowledged it (any 2xx).
    pub fn delivered(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// One callback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Callback {
    /// Its number.
    pub id: u64,
    /// The transaction it reports.
    pub transaction_id: String,
    /// `deposit-callback` or `withdrawal-callback`.
    pub operation: String,
    /// The status it reports.
    pub status: String,
    /// The deposit's own `callbackUrl`, if it gave one; else the site's.
    pub url: Option<String>,
    /// The exact body, as signed and sent.
    pub body: String,
    /// When it was queued (test clock, Unix milliseconds).
    pub created_at_ms: i64,
    /// When it is attempted next.
    pub next_at_ms: i64,
    /// Where it stands.
    pub delivery: Delivery,
    /// Every attempt, oldest first.
    pub attempts: Vec<Attempt>,
}

/// A callback due for an attempt: what the delivery task needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// Its number.
    pub id: u64,
    /// The deposit's own URL, if any.
    pub url: Option<String>,
    /// The exact body.
    pub body: String,
}

/// Every callback, by number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Outbox {
    /// The callbacks.
    pub callbacks: BTreeMap<u64, Callback>,
    /// The last number given.
    pub last: u64,
}

impl Outbox {
    /// Queues a callback, due at once.
    pub fn push(
        &mut self,
        transaction_id: &str,
        operation: &str,
        status: &str,
        url: Option<String>,
        body: String,
        now_ms: i64,
    ) {
        self.last += 1;
        let callback = Callback {
            id: self.last,
            transaction_id: transaction_id.to_owned(),
            operation: operation.to_owned(),
            status: status.to_owned(),
            url,
            body,
            created_at_ms: now_ms,
            next_at_ms: now_ms,
            delivery: Delivery::Pending,
            attempts: Vec::new(),
        };
        self.callbacks.insert(callback.id, callback);
    }

    /// The callbacks due at `now_ms`: of each transaction, its oldest pending one, if due.
    pub fn due(&self, now_ms: i64) -> Vec<Due> {
        let mut seen = std::collections::BTreeSet::new();
        let mut due = Vec::new();
        for callback in self.callbacks.values().filter(|c| c.delivery == Delivery::Pending) {
            if !seen.insert(callback.transaction_id.as_str()) {
                continue;
            }
            if callback.next_at_ms <= now_ms {
                due.push(Due { id: callback.id, url: callback.url.clone(), body: callback.body.clone() });
            }
        }
        due
    }

    /// Records an attempt: delivered, retried after the next delay, or given up.
    pub fn record(&mut self, config: &WiapayConfig, id: u64, attempt: Attempt) {
        let Some(callback) = self.callbacks.get_mut(&id) else { return };
        if callback.delivery != Delivery::Pending {
            return;
        }
        let at = attempt.at_ms;
        let delivered = attempt.delivered();
        callback.attempts.push(attempt);
        let failures = callback.attempts.len();
        callback.delivery = if delivered {
            Delivery::Delivered
        } else if let Some(delay) = config.callback_retry_delays_ms.get(failures - 1) {
            callback.next_at_ms = at.saturating_add(i64::try_from(*delay).unwrap_or(i64::MAX));
            Delivery::Pending
        } else {
            Delivery::GaveUp
        };
    }

    /// Forgets the callbacks delivered or given up before `before_ms` (their last attempt, test clock), so the outbox
    /// stays bounded under sustained load; returns how many.
    pub fn forget_finished(&mut self, before_ms: i64) -> usize {
        let count = self.callbacks.len();
        self.callbacks.retain(|_, callback| {
            let finished_at = callback.attempts.last().map_or(callback.created_at_ms, |a| a.at_ms);
            callback.delivery == Delivery::Pending || finished_at >= before_ms
        });
        count - self.callbacks.len()
    }

    /// How many callbacks are not yet delivered or given up.
    pub fn pending(&self) -> usize {
        self.callbacks.values().filter(|c| c.delivery == Delivery::Pending).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(at_ms: i64, status: Option<u16>) -> Attempt {
        Attempt { at_ms, url: "u".into(), timestamp: 0, signature: String::new(), status, error: None, took_ms: 0 }
    }

    #[test]
    fn retries_then_gives_up() {
        let config = WiapayConfig { callback_retry_delays_ms: vec![10, 20], ..WiapayConfig::default() };
        let mut outbox = Outbox::default();
        outbox.push("TXN-1", "deposit-callback", "processing", None, "{}".into(), 0);
        outbox.push("TXN-1", "deposit-callback", "completed", None, "{}".into(), 0);
        assert_eq!(outbox.due(0).iter().map(|d| d.id).collect::<Vec<_>>(), vec![1]);
        outbox.record(&config, 1, attempt(0, Some(500)));
        assert!(outbox.due(9).is_empty());
        assert_eq!(outbox.due(10).len(), 1);
        outbox.record(&config, 1, attempt(10, None));
        outbox.record(&config, 1, attempt(30, Some(503)));
        assert_eq!(outbox.callbacks[&1].delivery, Delivery::GaveUp);
        assert_eq!(outbox.due(30).iter().map(|d| d.id).collect::<Vec<_>>(), vec![2]);
        outbox.record(&config, 2, attempt(30, Some(204)));
        assert_eq!(outbox.callbacks[&2].delivery, Delivery::Delivered);
        assert_eq!(outbox.pending(), 0);
        outbox.push("TXN-2", "deposit-callback", "processing", None, "{}".into(), 40);
        assert_eq!(outbox.forget_finished(30), 0, "finished at 30 is not before 30");
        assert_eq!(outbox.forget_finished(31), 2, "both finished callbacks go, the pending one stays");
        assert_eq!(outbox.callbacks.keys().copied().collect::<Vec<_>>(), vec![3]);
    }
}
