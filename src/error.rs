//! Errors a user can act on, kept apart from internal failures. Each carries one line that
//! names the file, folder or query at fault; all of them end the process with exit code 2.

use std::path::PathBuf;

/// A problem with the user's input or environment, reported as one clear line.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    /// `search` or `show` before any `index` run.
    #[error("no index at {} — run newsidx index PATH first", .0.display())]
    NoIndex(PathBuf),
    /// The index was written by a newsidx with another schema.
    #[error("index at {} has schema version {found}, this newsidx needs {wanted} — run newsidx index --rebuild PATH", .dir.display())]
    SchemaMismatch { dir: PathBuf, found: String, wanted: u32 },
    /// Tantivy could not open what is on disk.
    #[error("index at {} is damaged ({reason}) — run newsidx index --rebuild PATH", .dir.display())]
    Damaged { dir: PathBuf, reason: String },
    /// Another process holds the writer lock.
    #[error("index {} is locked by another newsidx process", .0.display())]
    Locked(PathBuf),
    /// The query text does not parse.
    #[error("bad query {query:?}: {reason}")]
    BadQuery { query: String, reason: String },
    /// A `--since`/`--until` value that is not a date.
    #[error("bad date {0:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate(String),
    /// A date of the right shape that no calendar has (`2025-02-30`, `2025-13`).
    #[error("bad date {text:?}: there is no such {what}")]
    NoSuchDate { text: String, what: &'static str },
    /// `--since` after `--until`: a range no article can fall in.
    #[error("--since {since} is after --until {until}: no day is in that range")]
    EmptyRange { since: String, until: String },
    /// A number past what a flag can sensibly take.
    #[error("{flag} {given} is more than the {most} it takes")]
    TooMany { flag: &'static str, given: usize, most: usize },
    /// An index folder that holds other files than an index's.
    #[error("{} is not empty and holds no newsidx index (it holds {example}) — name an empty or new folder with --index", .dir.display())]
    NotAnIndex { dir: PathBuf, example: String },
    /// An indexing root that does not exist or cannot be read.
    #[error("cannot read {}: {reason}", .path.display())]
    BadRoot { path: PathBuf, reason: String },
    /// `index` when none of the paths it was given can be read: no index is created or touched.
    #[error("nothing to index: none of the paths given can be read")]
    NoRoots,
    /// `show` for a path that is not in the index.
    #[error("{0} is not in the index")]
    NotIndexed(String),
    /// An output file (`export --out`) that cannot be created or written.
    #[error("cannot write {}: {reason}", .path.display())]
    CannotWrite { path: PathBuf, reason: String },
    /// An engine address that is not one (`--engine`, `push URL`).
    #[error("bad engine address {given:?}: {reason}")]
    BadEngine { given: String, reason: String },
    /// No answer from an engine, after the retries.
    #[error("cannot reach {url}: {reason}")]
    EngineUnreachable { url: String, reason: String },
    /// An engine that answered a request with a failure.
    #[error("{url} answered {status}: {message}")]
    EngineRefused { url: String, status: u16, message: String },
    /// A document an engine would not index.
    #[error("the engine refused {path}: {message}")]
    EngineRejected { path: String, message: String },
    /// `watch rm` or `watch run` naming a watch never added.
    #[error("there is no watch named {0:?} (newsidx watch list shows them)")]
    NoSuchWatch(String),
    /// `watch add` with a name already taken.
    #[error("a watch named {0:?} exists already (newsidx watch rm {0} first)")]
    WatchExists(String),
}

/// How a command ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Work done, or hits found: exit 0.
    Success,
    /// A search with no hits: exit 1.
    NoMatch,
    /// The run went on past per-file errors, which were printed: exit 2.
    Errored,
}

impl Status {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Status::Success => 0,
            Status::NoMatch => 1,
            Status::Errored => 2,
        }
    }
}
