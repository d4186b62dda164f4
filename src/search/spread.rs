//! Reading the segments of a large index on several cores at once.
//!
//! A search reads each segment on its own and then merges what each found, so segments can be
//! read side by side. An index of a million articles keeps four segments of ~250,000 (the cap of
//! [`crate::index::compact`]), and reading them was most of a common query's time: on two
//! cores, the p50 of the benchmark's one-shot searches fell from 6.11 to 5.43 ms. An index of
//! one large segment and a small one has nothing to share out, and starting the threads cost its
//! one-shot search 0.3–0.45 ms, so a search is spread only over an index with two or more large
//! segments. A server keeps each request on one thread ([`keep_each_search_on_one_thread`]): its
//! cores are busy with the other requests, and handing one search over would only add work.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use tantivy::collector::Collector;
use tantivy::query::{EnableScoring, Query};
use tantivy::{Executor, Searcher};

/// A segment this large is worth a thread of its own.
const LARGE_SEGMENT_DOCS: u32 = 100_000;

/// Threads past this many wait on memory more than they read.
const MOST_THREADS: usize = 8;

static ONE_THREAD_EACH: AtomicBool = AtomicBool::new(false);
static POOL: OnceLock<Option<Executor>> = OnceLock::new();

/// `searcher.search`, with the segments read side by side when the index has several large ones.
pub fn search<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &C,
) -> tantivy::Result<C::Fruit> {
    let scoring = if collector.requires_scoring() {
        EnableScoring::enabled_from_searcher(searcher)
    } else {
        EnableScoring::disabled_from_searcher(searcher)
    };
    searcher.search_with_executor(query, collector, executor_for(searcher), scoring)
}

/// From now on, every search of this process stays on the thread that asks for it.
pub fn keep_each_search_on_one_thread() {
    ONE_THREAD_EACH.store(true, Ordering::Relaxed);
}

fn executor_for(searcher: &Searcher) -> &Executor {
    let single = searcher.index().search_executor();
    let sizes = searcher.segment_readers().iter().map(|segment| segment.num_docs());
    if ONE_THREAD_EACH.load(Ordering::Relaxed) || !worth_spreading(sizes) {
        return single;
    }
    POOL.get_or_init(pool).as_ref().unwrap_or(single)
}

/// Two large segments or more: enough work on each side to pay for the threads.
fn worth_spreading(segment_docs: impl Iterator<Item = u32>) -> bool {
    segment_docs.filter(|&docs| docs >= LARGE_SEGMENT_DOCS).count() >= 2
}

/// A thread per core, or none on a machine of one core (or one that refuses new threads).
fn pool() -> Option<Executor> {
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get).min(MOST_THREADS);
    if cores < 2 {
        return None;
    }
    Executor::multi_thread(cores, "newsidx-search-").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_index_of_two_large_segments_or_more_is_spread() {
        let worth = |sizes: &[u32]| worth_spreading(sizes.iter().copied());
        assert!(!worth(&[]));
        assert!(!worth(&[900_000]));
        assert!(!worth(&[97_019, 2_981]), "the 100,000-article benchmark's index");
        assert!(worth(&[247_230, 152_770]), "the 400,000-article one");
        assert!(worth(&[245_768, 244_004, 241_752, 240_480, 27_996, 1_000]));
    }
}
