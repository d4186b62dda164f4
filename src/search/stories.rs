//! The top of a ranking with each syndicated story once, found in one pass: every matching
//! document gets its sort key, a member of a cluster competes only with the other members of
//! its cluster for the cluster's place, and the rest compete for the page. (Ranking every copy
//! and dropping them afterwards needed a window widened by every extra copy, 6,000 documents for
//! a common word on a 100,000-article archive, and a second pass to count them.)

use super::{shuffled, RankedDoc, SortBy};
use crate::copies::{Clusters, SegmentPlaces};
use rustc_hash::FxHashMap;
use std::cmp::Ordering;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// One matching document and its place in the order: a higher key first, ties by address.
#[derive(Debug, Clone, Copy)]
struct Entry {
    key: u64,
    score: Option<f32>,
    address: DocAddress,
}

impl Entry {
    fn order(&self, other: &Entry) -> Ordering {
        other.key.cmp(&self.key).then_with(|| self.address.cmp(&other.address))
    }
}

/// The first `window` stories of a ranking, each cluster of copies as its best-ranked member.
pub struct TopStories {
    pub clusters: Arc<Clusters>,
    pub sort: SortBy,
    /// Stories kept from the top, in order (`usize::MAX`: all).
    pub window: usize,
    /// The lowest score a document must reach to match at all (`related` leaves out articles
    /// sharing only a word or two); every document a query matches when `None`.
    pub floor: Option<Score>,
}

/// What a [`TopStories`] search found.
#[derive(Debug, Default)]
pub struct Stories {
    /// The first stories, in order.
    pub docs: Vec<RankedDoc>,
    /// Matching stories (each cluster once).
    pub stories: usize,
    /// Matching documents (each copy).
    pub matched: usize,
}

/// A segment's part: its best documents outside any cluster, each cluster's best member, and
/// how many documents matched.
pub struct Part {
    singles: Vec<Entry>,
    single_count: usize,
    best: FxHashMap<u32, Entry>,
    matched: usize,
}

impl Collector for TopStories {
    type Fruit = Stories;
    type Child = SegmentStories;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentStories> {
        let fast = segment.fast_fields();
        let key = match self.sort {
            SortBy::Relevance => Key::Score,
            SortBy::Date => Key::Date(fast.date("date")?),
            SortBy::Random { seed } => Key::Random(fast.str("path")?, seed),
        };
        let part = Part { singles: Vec::new(), single_count: 0, best: FxHashMap::default(), matched: 0 };
        let places = SegmentPlaces::of(&self.clusters, segment)?;
        Ok(SegmentStories { segment_ord, places, key, window: self.window, floor: self.floor, part })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == SortBy::Relevance || self.floor.is_some()
    }

    fn merge_fruits(&self, parts: Vec<Part>) -> tantivy::Result<Stories> {
        let mut best: FxHashMap<u32, Entry> = FxHashMap::default();
        let (mut matched, mut singles, mut single_count) = (0, Vec::new(), 0);
        for part in parts {
            matched += part.matched;
            single_count += part.single_count;
            singles.extend(part.singles);
            part.best.into_iter().for_each(|(cluster, entry)| keep_better(&mut best, cluster, entry));
        }
        let stories = single_count + best.len();
        singles.extend(best.into_values());
        let docs = top(singles, self.window).into_iter().map(|e| (e.score, e.address)).collect();
        Ok(Stories { docs, stories, matched })
    }
}

/// How a document's sort key is read.
enum Key {
    Score,
    Date(Column<tantivy::DateTime>),
    Random(Option<StrColumn>, u64),
}

impl Key {
    fn of(&self, doc: DocId, score: Score) -> (u64, Option<f32>) {
        match self {
            Key::Score => (ordered_f32(score), Some(score)),
            Key::Date(dates) => (dates.first(doc).map_or(0, |d| ordered_i64(d.into_timestamp_nanos())), None),
            Key::Random(paths, seed) => (paths.as_ref().map_or(0, |p| shuffled(p, doc, *seed)), None),
        }
    }
}

pub struct SegmentStories {
    segment_ord: SegmentOrdinal,
    places: SegmentPlaces,
    key: Key,
    window: usize,
    floor: Option<Score>,
    part: Part,
}

impl SegmentCollector for SegmentStories {
    type Fruit = Part;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.floor.is_some_and(|floor| score < floor) {
            return;
        }
        let (key, score) = self.key.of(doc, score);
        let entry = Entry { key, score, address: DocAddress::new(self.segment_ord, doc) };
        self.part.matched += 1;
        match self.places.cluster(doc) {
            Some(cluster) => keep_better(&mut self.part.best, cluster, entry),
            None => {
                self.part.single_count += 1;
                self.part.singles.push(entry);
                if self.part.singles.len() >= self.window.saturating_mul(2).max(1024) {
                    self.part.singles = top(std::mem::take(&mut self.part.singles), self.window);
                }
            }
        }
    }

    fn harvest(mut self) -> Part {
        self.part.singles = top(self.part.singles, self.window);
        self.part
    }
}

fn keep_better(best: &mut FxHashMap<u32, Entry>, cluster: u32, entry: Entry) {
    best.entry(cluster)
        .and_modify(|kept| {
            if entry.order(kept) == Ordering::Less {
                *kept = entry;
            }
        })
        .or_insert(entry);
}

/// The first `window` entries, in order.
fn top(mut entries: Vec<Entry>, window: usize) -> Vec<Entry> {
    if entries.len() > window {
        entries.select_nth_unstable_by(window, Entry::order);
        entries.truncate(window);
    }
    entries.sort_unstable_by(Entry::order);
    entries
}

/// A float's order as an unsigned number's (scores are never NaN).
fn ordered_f32(x: f32) -> u64 {
    let bits = x.to_bits();
    u64::from(if bits & 0x8000_0000 != 0 { !bits } else { bits | 0x8000_0000 })
}

/// A signed number's order as an unsigned number's.
fn ordered_i64(x: i64) -> u64 {
    (x as u64) ^ (1 << 63)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_the_order_of_scores_and_dates() {
        let scores = [-2.5f32, -0.0, 0.0, 0.1, 3.0, 17.25];
        assert!(scores.windows(2).all(|w| ordered_f32(w[0]) <= ordered_f32(w[1])));
        let dates = [i64::MIN, -5, 0, 7, i64::MAX];
        assert!(dates.windows(2).all(|w| ordered_i64(w[0]) < ordered_i64(w[1])));
    }

    #[test]
    fn the_top_is_the_highest_keys_with_ties_by_address() {
        let entry = |key, doc| Entry { key, score: None, address: DocAddress::new(0, doc) };
        let entries = vec![entry(1, 0), entry(5, 3), entry(5, 1), entry(9, 2), entry(0, 4)];
        let kept: Vec<DocId> = top(entries, 3).iter().map(|e| e.address.doc_id).collect();
        assert_eq!(kept, [2, 1, 3]);
    }
}
