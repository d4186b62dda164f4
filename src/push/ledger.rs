//! What an engine holds of this index, as newsidx last knew it: for each document id the hash of
//! the document the engine acknowledged, or a mark that it was sent and no answer came. A push
//! reads it to send only what changed (and delete what left), and appends to it as each batch is
//! answered, synced, so a push that is killed loses at most the batch on the wire — and knows
//! which one it was.
//!
//! The file is a journal of lines — `~ ID` sent, `+ ID HASH` acknowledged, `- ID` deleted — made
//! compact again when a push ends. A line torn by a kill is the last one and is skipped.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder beside the index that holds one ledger per engine index pushed to.
pub const LEDGERS_DIR: &str = "newsidx-push";

/// What the engine holds of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Sent, with no answer read: the engine may or may not hold it.
    Pending,
    /// Acknowledged, with the hash of the document as sent.
    Acked(u64),
}

/// The ledger of one engine index.
#[derive(Debug)]
pub struct Ledger {
    path: PathBuf,
    entries: HashMap<u64, Entry>,
    journal: File,
}

impl Ledger {
    /// Opens (or starts) the ledger `name` in the index folder `index_dir`.
    pub fn open(index_dir: &Path, name: &str) -> anyhow::Result<Ledger> {
        let dir = index_dir.join(LEDGERS_DIR);
        std::fs::create_dir_all(&dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
        let path = dir.join(name);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => anyhow::bail!("{}: {e}", path.display()),
        };
        let entries = replay(&path, &text)?;
        let journal = append_to(&path)?;
        let mut ledger = Ledger { path, entries, journal };
        if !text.is_empty() && !text.ends_with('\n') {
            ledger.compact()?;
        }
        Ok(ledger)
    }

    pub fn get(&self, id: u64) -> Option<Entry> {
        self.entries.get(&id).copied()
    }

    /// Every id the engine may hold.
    pub fn ids(&self) -> impl Iterator<Item = u64> + '_ {
        self.entries.keys().copied()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Marks `ids` as sent, before they are.
    pub fn sending(&mut self, ids: impl IntoIterator<Item = u64>) -> anyhow::Result<()> {
        self.record(ids.into_iter().map(|id| (id, Some(Entry::Pending))))
    }

    /// Records documents the engine acknowledged, each with its hash.
    pub fn acknowledged(&mut self, docs: impl IntoIterator<Item = (u64, u64)>) -> anyhow::Result<()> {
        self.record(docs.into_iter().map(|(id, hash)| (id, Some(Entry::Acked(hash)))))
    }

    /// Records documents the engine deleted.
    pub fn deleted(&mut self, ids: impl IntoIterator<Item = u64>) -> anyhow::Result<()> {
        self.record(ids.into_iter().map(|id| (id, None)))
    }

    fn record(&mut self, changes: impl Iterator<Item = (u64, Option<Entry>)>) -> anyhow::Result<()> {
        let mut text = String::new();
        for (id, entry) in changes {
            text.push_str(&line(id, entry));
            match entry {
                Some(entry) => self.entries.insert(id, entry),
                None => self.entries.remove(&id),
            };
        }
        self.journal.write_all(text.as_bytes())?;
        self.journal.sync_data().map_err(|e| anyhow::anyhow!("{}: {e}", self.path.display()))
    }

    /// Rewrites the journal as one line per document held, atomically.
    pub fn compact(&mut self) -> anyhow::Result<()> {
        let mut ids: Vec<u64> = self.entries.keys().copied().collect();
        ids.sort_unstable();
        let text: String = ids.iter().map(|id| line(*id, self.entries.get(id).copied())).collect();
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let name = self.path.file_name().and_then(|n| n.to_str()).unwrap_or("ledger.log");
        crate::state::save_bytes(dir, name, text.as_bytes())?;
        self.journal = append_to(&self.path)?;
        Ok(())
    }
}

fn append_to(path: &Path) -> anyhow::Result<File> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

fn line(id: u64, entry: Option<Entry>) -> String {
    match entry {
        Some(Entry::Pending) => format!("~ {id:016x}\n"),
        Some(Entry::Acked(hash)) => format!("+ {id:016x} {hash:016x}\n"),
        None => format!("- {id:016x}\n"),
    }
}

fn replay(path: &Path, text: &str) -> anyhow::Result<HashMap<u64, Entry>> {
    let mut entries = HashMap::new();
    let torn = !text.ends_with('\n');
    let lines: Vec<&str> = text.lines().collect();
    for (number, text) in lines.iter().enumerate() {
        match parse_line(text) {
            Some((id, Some(entry))) => entries.insert(id, entry),
            Some((id, None)) => entries.remove(&id),
            None if torn && number + 1 == lines.len() => None,
            None => anyhow::bail!("{}:{}: not a line of a push ledger: {text:?}", path.display(), number + 1),
        };
    }
    Ok(entries)
}

fn parse_line(text: &str) -> Option<(u64, Option<Entry>)> {
    let hex = |s: &str| u64::from_str_radix(s, 16).ok();
    let mut parts = text.split(' ');
    let (mark, id) = (parts.next()?, hex(parts.next()?)?);
    let entry = match mark {
        "~" => Some(Entry::Pending),
        "+" => Some(Entry::Acked(hex(parts.next()?)?)),
        "-" => None,
        _ => return None,
    };
    parts.next().is_none().then_some((id, entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reopened_ledger_holds_what_was_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let mut ledger = Ledger::open(dir.path(), "q.log").unwrap();
        ledger.sending([1, 2, 3]).unwrap();
        ledger.acknowledged([(1, 10), (2, 20)]).unwrap();
        ledger.deleted([2]).unwrap();
        drop(ledger);
        let again = Ledger::open(dir.path(), "q.log").unwrap();
        assert_eq!(
            (again.get(1), again.get(2), again.get(3)),
            (Some(Entry::Acked(10)), None, Some(Entry::Pending))
        );
    }

    #[test]
    fn compacting_keeps_the_entries_and_drops_the_history() {
        let dir = tempfile::tempdir().unwrap();
        let mut ledger = Ledger::open(dir.path(), "q.log").unwrap();
        ledger.acknowledged([(5, 50), (4, 40)]).unwrap();
        ledger.deleted([5]).unwrap();
        ledger.compact().unwrap();
        ledger.acknowledged([(6, 60)]).unwrap();
        let text = std::fs::read_to_string(dir.path().join(LEDGERS_DIR).join("q.log")).unwrap();
        assert_eq!(text, "+ 0000000000000004 0000000000000028\n+ 0000000000000006 000000000000003c\n");
    }

    #[test]
    fn a_line_torn_by_a_kill_is_skipped_and_any_other_bad_line_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(LEDGERS_DIR).join("q.log");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "+ 0000000000000001 000000000000000a\n+ 00000000000").unwrap();
        let mut ledger = Ledger::open(dir.path(), "q.log").unwrap();
        ledger.acknowledged([(2, 20)]).unwrap();
        drop(ledger);
        assert_eq!(Ledger::open(dir.path(), "q.log").unwrap().len(), 2);
        std::fs::write(&file, "garbage\n+ 0000000000000001 000000000000000a\n").unwrap();
        let err = Ledger::open(dir.path(), "q.log").unwrap_err().to_string();
        assert!(err.contains("q.log:1"), "{err}");
    }
}
