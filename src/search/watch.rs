//! Saved searches that report what is new: each watch keeps its query, its filters and the
//! articles it has already reported (path and content hash, so a changed file is new again).
//! The state is one JSON file beside the index, replaced atomically (written aside, synced,
//! renamed), so a killed `run` reports the same hits again and never loses them; it is no index
//! file, so `index --rebuild` keeps it, and a rebuilt index's old articles are not new.

use super::query::Filters;
use super::{Ranked, Request, SortBy};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tantivy::{DocAddress, Searcher};

/// The state file, in the index folder.
pub const STATE_FILE: &str = crate::state::WATCHES_FILE;

/// One saved search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watch {
    pub query: String,
    pub filters: Filters,
    /// `path\thash` of every article reported (or matching when the watch was added).
    pub seen: BTreeSet<String>,
}

/// Every watch, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watches {
    pub watches: BTreeMap<String, Watch>,
}

impl Watches {
    /// The watches saved beside the index in `dir` (none when the file is absent).
    pub fn load(dir: &Path) -> anyhow::Result<Watches> {
        crate::state::load(dir, STATE_FILE, "watch")
    }

    /// Replaces the state file atomically: a crash leaves the old state or the new, whole.
    pub fn save(&self, dir: &Path) -> anyhow::Result<()> {
        crate::state::save(dir, STATE_FILE, self)
    }
}

/// The request a watch runs: every matching article, newest first.
pub fn request(watch: &Watch) -> Request {
    Request {
        query: watch.query.clone(),
        filters: watch.filters.clone(),
        limit: 0,
        offset: 0,
        sort: SortBy::Date,
    }
}

/// Every article a ranked search holds, with its key; the ones not in `seen` are new.
pub fn keyed(searcher: &Searcher, ranked: &Ranked) -> anyhow::Result<Vec<(String, DocAddress)>> {
    ranked.docs.iter().map(|(_, address)| Ok((key_of(searcher, *address)?, *address))).collect()
}

/// `path\thash`: an article, and the content it had when seen; both read from fast columns.
fn key_of(searcher: &Searcher, address: DocAddress) -> anyhow::Result<String> {
    let path = super::path_at(searcher, address)?;
    let hashes = searcher.segment_reader(address.segment_ord).fast_fields().u64("hash")?;
    let hash = hashes.first(address.doc_id).unwrap_or(0);
    Ok(format!("{path}\t{hash:016x}"))
}

/// The same search keeping only the documents at `new`, in their order.
pub fn only(ranked: Ranked, new: &BTreeSet<DocAddress>) -> Ranked {
    let docs: Vec<_> = ranked.docs.into_iter().filter(|(_, a)| new.contains(a)).collect();
    Ranked { total: docs.len(), docs, ..ranked }
}
