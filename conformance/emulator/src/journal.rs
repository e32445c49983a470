//! Durable state (`--state FILE`): an embedded SQLite database holding a snapshot of the state and the journal of
//! every input applied since. An input is written (and committed, in WAL mode) before its answer is sent, so a
//! restart — even after `kill -9` — replays everything that was answered. The journal is folded into a new snapshot
//! once it holds as many inputs as the snapshot already folded ([`fold_after`]: at least [`COMPACT_EVERY`], at most
//! [`COMPACT_AT_MOST`]). A fold writes the whole state under the emulator's lock, so folding every fixed number of
//! inputs would stall a growing state ever longer, ever as often; folding geometrically keeps the folds a fixed share of
//! the work, and a restart replays at most as many inputs as the state has folded.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use crate::config::Config;
use crate::state::{EmulatorState, Input};

/// The fewest inputs the journal holds before they are folded into the snapshot.
pub const COMPACT_EVERY: u64 = 10_000;

/// The most inputs the journal holds before they are folded into the snapshot.
pub const COMPACT_AT_MOST: u64 = 1_000_000;

/// How many journaled inputs make a fold, for a snapshot that has folded `folded` inputs so far.
pub fn fold_after(folded: u64) -> u64 {
    folded.clamp(COMPACT_EVERY, COMPACT_AT_MOST)
}

/// Why the state file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// SQLite refused.
    #[error("state file: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored record cannot be read.
    #[error("state file: record {seq} cannot be read: {source}")]
    Record {
        /// The record's number.
        seq: i64,
        /// Why.
        source: serde_json::Error,
    },
    /// The state cannot be written.
    #[error("state file: the state cannot be written: {0}")]
    Encode(serde_json::Error),
}

/// The open state file.
pub struct Journal {
    connection: Connection,
    since_snapshot: u64,
    /// How many inputs the snapshot has folded (the journal's last number when it was written).
    folded: u64,
}

impl Journal {
    /// Opens (or creates) the state file and rebuilds the state it holds.
    pub fn open(
        path: &Path,
        config: &Config,
        fresh: impl FnOnce() -> EmulatorState,
    ) -> Result<(Journal, EmulatorState), JournalError> {
        let connection = Connection::open(path)?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.execute_batch(
            "CREATE TABLE IF NOT EXISTS snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, state TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, input TEXT NOT NULL);",
        )?;
        let snapshot: Option<(i64, String)> = connection
            .query_row("SELECT seq, state FROM snapshot WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        let (from, mut state) = match snapshot {
            Some((seq, text)) => {
                (seq, serde_json::from_str(&text).map_err(|source| JournalError::Record { seq, source })?)
            }
            None => {
                // A new file: its first state is written at once, so that what it was created with (the epoch in
                // every issued code and token) is the same at every replay.
                let state = fresh();
                let text = serde_json::to_string(&state).map_err(JournalError::Encode)?;
                let last: i64 =
                    connection.query_row("SELECT COALESCE(MAX(seq), 0) FROM journal", [], |row| row.get(0))?;
                if last == 0 {
                    connection.execute("INSERT INTO snapshot (id, seq, state) VALUES (1, 0, ?1)", params![text])?;
                }
                (0, state)
            }
        };
        let mut replayed = 0;
        {
            let mut statement = connection.prepare("SELECT seq, input FROM journal WHERE seq > ?1 ORDER BY seq")?;
            let rows =
                statement.query_map(params![from], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)))?;
            for row in rows {
                let (seq, text) = row?;
                let mut input: Input =
                    serde_json::from_str(&text).map_err(|source| JournalError::Record { seq, source })?;
                state.apply(config, &mut input);
                replayed += 1;
            }
        }
        let folded = u64::try_from(from).unwrap_or(0);
        Ok((Journal { connection, since_snapshot: replayed, folded }, state))
    }

    /// Writes an input (committed before this returns), before it is applied: an input that cannot be written is
    /// never applied, so the state in memory never holds what the file would lose.
    pub fn append(&mut self, input: &Input) -> Result<(), JournalError> {
        let text = serde_json::to_string(input).map_err(JournalError::Encode)?;
        self.connection.execute("INSERT INTO journal (input) VALUES (?1)", params![text])?;
        self.since_snapshot += 1;
        Ok(())
    }

    /// Folds the journal into a snapshot of `state_after` once it holds [`fold_after`] inputs.
    pub fn compact_if_long(&mut self, state_after: &EmulatorState) -> Result<(), JournalError> {
        if self.since_snapshot >= fold_after(self.folded) { self.compact(state_after) } else { Ok(()) }
    }

    /// Folds the journal into a snapshot of `state` (the state after every journaled input).
    pub fn compact(&mut self, state: &EmulatorState) -> Result<(), JournalError> {
        let text = serde_json::to_string(state).map_err(JournalError::Encode)?;
        let transaction = self.connection.transaction()?;
        let last: i64 = transaction.query_row("SELECT COALESCE(MAX(seq), 0) FROM journal", [], |row| row.get(0))?;
        let kept: i64 = transaction
            .query_row("SELECT seq FROM snapshot WHERE id = 1", [], |row| row.get(0))
            .optional()?
            .unwrap_or(0);
        let seq = last.max(kept);
        transaction.execute(
            "INSERT INTO snapshot (id, seq, state) VALUES (1, ?1, ?2) ON CONFLICT(id) DO UPDATE SET seq = ?1, state = ?2",
            params![seq, text],
        )?;
        transaction.execute("DELETE FROM journal WHERE seq <= ?1", params![seq])?;
        transaction.commit()?;
        self.since_snapshot = 0;
        self.folded = u64::try_from(seq).unwrap_or(0);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Input;

    #[test]
    fn folds_grow_with_the_state() {
        assert_eq!(fold_after(0), COMPACT_EVERY);
        assert_eq!(fold_after(COMPACT_EVERY), COMPACT_EVERY);
        assert_eq!(fold_after(3 * COMPACT_EVERY), 3 * COMPACT_EVERY);
        assert_eq!(fold_after(u64::MAX), COMPACT_AT_MOST);
        // Folds at 10k, 20k, 40k, ...: after n inputs, about log2(n / 10k) folds, not n / 10k.
        let (mut folded, mut journal, mut folds) = (0, 0, 0);
        for _ in 0..1_000_000u64 {
            journal += 1;
            if journal >= fold_after(folded) {
                folded += journal;
                journal = 0;
                folds += 1;
            }
        }
        assert_eq!(folds, 7, "10k, 20k, 40k, 80k, 160k, 320k, 640k");
    }

    /// A state folded into a snapshot, then journaled further, is rebuilt exactly on reopening, and a reopened
    /// journal knows how much its snapshot folded.
    #[test]
    fn a_fold_and_the_inputs_after_it_survive_a_reopen() -> Result<(), Box<dyn std::error::Error>> {
        let directory = std::env::temp_dir().join(format!("payspec-journal-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&directory);
        std::fs::create_dir_all(&directory)?;
        let path = directory.join("state.sqlite");
        let config = Config::default();
        let (mut journal, mut state) = Journal::open(&path, &config, || EmulatorState::new(&config, 7))?;
        let apply = |journal: &mut Journal, state: &mut EmulatorState, mut input: Input| -> Result<(), JournalError> {
            journal.append(&input)?;
            state.apply(&config, &mut input);
            Ok(())
        };
        for seconds in 1..=3 {
            apply(&mut journal, &mut state, Input::AdvanceClock { seconds })?;
        }
        journal.compact(&state)?;
        assert_eq!(journal.folded, 3);
        apply(&mut journal, &mut state, Input::IyzicoDeviceMode { device: "PAV860047264".to_owned(), manual: true })?;
        apply(&mut journal, &mut state, Input::AdvanceClock { seconds: 10 })?;
        drop(journal);
        let (reopened, rebuilt) = Journal::open(&path, &config, || EmulatorState::new(&config, 8))?;
        assert_eq!(rebuilt, state);
        assert_eq!(rebuilt.clock_offset_ms, 16_000);
        assert_eq!((reopened.folded, reopened.since_snapshot), (3, 2));
        let _ = std::fs::remove_dir_all(&directory);
        Ok(())
    }
}
