//! The index as the server holds it between requests: one reader that picks up each new commit
//! of a running `newsidx index` (Tantivy reloads it when the index's meta file changes), and the
//! clusters of copies, mapped again whenever their file is replaced.

use crate::copies::{Clusters, CLUSTERS_FILE, PLACES_FILE};
use crate::index::store::{self, Store};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;
use tantivy::{IndexReader, ReloadPolicy, Searcher};

/// What every request reads.
pub struct Archive {
    pub store: Store,
    /// Two turns per core for the work of answering (see [`super::api::answer`]).
    pub turns: Arc<tokio::sync::Semaphore>,
    reader: IndexReader,
    clusters: Mutex<Mapped>,
}

/// The clusters last mapped, and the stamps of their file and of the places file when they were
/// (an index run writes the places after the clusters).
#[derive(Default)]
struct Mapped {
    stamp: Option<(SystemTime, u64)>,
    places: Option<(SystemTime, u64)>,
    clusters: Arc<Clusters>,
}

/// A file's time and size, when it is there.
fn file_stamp(path: &Path) -> Option<(SystemTime, u64)> {
    std::fs::metadata(path).ok().and_then(|m| Some((m.modified().ok()?, m.len())))
}

impl Archive {
    /// Opens the index in `dir` for serving; fails as `search` does when there is none.
    pub fn open(dir: &Path) -> anyhow::Result<Archive> {
        let store = store::open(dir)?;
        let reader = store
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .map_err(|e: tantivy::TantivyError| store.read_error(e.into()))?;
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Ok(Archive {
            store,
            reader,
            clusters: Mutex::default(),
            turns: Arc::new(tokio::sync::Semaphore::new(cores * 2)),
        })
    }

    /// A searcher on the last commit the reader has picked up.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Asks the reader to pick up the last commit now (tests, and a request that must see it).
    pub fn reload(&self) -> anyhow::Result<()> {
        Ok(self.reader.reload()?)
    }

    /// The clusters of copies as saved now: the file is looked at (one `stat`) on each call and
    /// mapped again when an index run has replaced it.
    pub fn clusters(&self) -> anyhow::Result<Arc<Clusters>> {
        let stamp = file_stamp(&self.store.dir.join(CLUSTERS_FILE));
        let places = file_stamp(&self.store.dir.join(PLACES_FILE));
        let mut mapped = self.clusters.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if mapped.stamp != stamp || mapped.places != places || stamp.is_none() && !mapped.clusters.is_empty()
        {
            *mapped = Mapped { stamp, places, clusters: Arc::new(Clusters::load(&self.store.dir)?) };
        }
        Ok(Arc::clone(&mapped.clusters))
    }

    /// The clusters a count or a search over `filters` goes by: none when they ask for every copy.
    pub fn clusters_for(&self, filters: &crate::search::Filters) -> anyhow::Result<Arc<Clusters>> {
        if filters.all_copies {
            return Ok(Arc::default());
        }
        self.clusters()
    }
}
