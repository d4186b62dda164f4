//! Each syndicated story once in a count: which matching articles are copies of another match,
//! so that stats, timeline and facets count a story once. (Search collapses its ranking in the
//! same pass that ranks it: [`super::stories`].)
//!
//! The clusters come from the file saved beside the index ([`crate::copies::Clusters`]); the
//! members of each that a query matches are found by a collector reading each document's place
//! ([`crate::copies::SegmentPlaces`]), without loading stored documents or reading a path. The
//! copies to leave out are then marked in one bitset per segment, which the counting pass skips
//! as it goes. (A term set query over
//! their path hashes built an automaton of thousands of terms and looked each up in every
//! segment's dictionary: for a common query that took more time than the count itself.)

use super::spread;
use crate::copies::{Clusters, Place, SegmentPlaces};
use rustc_hash::FxHashMap;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::query::{
    BitSetDocSet, BooleanQuery, ConstScorer, EmptyScorer, EnableScoring, Explanation, Occur, Query, Scorer,
    Weight,
};
use tantivy::{BitSet, DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyError};

/// `query` without the matches that are copies of another match, so that an aggregation over it
/// counts each story once (by its earliest matching member, whose author, agency and date it
/// counts).
pub fn once(
    searcher: &Searcher,
    query: Box<dyn Query>,
    clusters: &Arc<Clusters>,
) -> tantivy::Result<Box<dyn Query>> {
    if clusters.is_empty() {
        return Ok(query);
    }
    let members = Members { clusters: Arc::clone(clusters) };
    let found = spread::search(searcher, query.as_ref(), &members)?;
    let copies = Copies::of(&found);
    if copies.is_empty() {
        return Ok(query);
    }
    Ok(Box::new(BooleanQuery::new(vec![(Occur::Must, query), (Occur::MustNot, Box::new(copies))])))
}

/// The clusters a count over `filters` goes by: none when the filters ask for every copy (so
/// [`once`] leaves the query as it is), else those saved beside the index, read once a command.
pub fn clusters_for(store: &crate::index::Store, filters: &super::Filters) -> anyhow::Result<Arc<Clusters>> {
    if filters.all_copies {
        return Ok(Arc::default());
    }
    Ok(Arc::new(Clusters::load(&store.dir)?))
}

/// The cluster members one segment matched: each document with its place.
struct SegmentFound {
    segment: SegmentId,
    max_doc: DocId,
    members: Vec<(DocId, Place)>,
}

/// The matches to leave out of a count, as a query: one bitset of documents per segment.
#[derive(Clone, Debug, Default)]
struct Copies {
    by_segment: Arc<FxHashMap<SegmentId, BitSet>>,
}

impl Copies {
    /// Every found member but the earliest-ranked of its cluster (the original when it matches),
    /// which is the one counted.
    fn of(found: &[SegmentFound]) -> Copies {
        let mut first: FxHashMap<u32, u32> = FxHashMap::default();
        for (_, place) in found.iter().flat_map(|s| &s.members) {
            let rank = first.entry(place.cluster).or_insert(place.rank);
            *rank = (*rank).min(place.rank);
        }
        let is_copy = |place: &Place| first.get(&place.cluster).is_some_and(|&r| place.rank > r);
        let by_segment = found
            .iter()
            .filter_map(|s| {
                let mut docs = BitSet::with_max_value(s.max_doc);
                let copies =
                    s.members.iter().filter(|(_, p)| is_copy(p)).map(|&(doc, _)| docs.insert(doc)).count();
                (copies > 0).then_some((s.segment, docs))
            })
            .collect();
        Copies { by_segment: Arc::new(by_segment) }
    }

    fn is_empty(&self) -> bool {
        self.by_segment.is_empty()
    }
}

impl Query for Copies {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for Copies {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.by_segment.get(&reader.segment_id()) {
            Some(docs) => Box::new(ConstScorer::new(BitSetDocSet::from(docs.clone()), boost)),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        match self.by_segment.get(&reader.segment_id()) {
            Some(docs) if docs.contains(doc) => Ok(Explanation::new("a copy of an earlier match", 1.0)),
            _ => Err(TantivyError::InvalidArgument(format!("document {doc} is no copy of another match"))),
        }
    }
}

/// Collects every matching cluster member with its place.
struct Members {
    clusters: Arc<Clusters>,
}

impl Collector for Members {
    type Fruit = Vec<SegmentFound>;
    type Child = SegmentMembers;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentMembers> {
        let places = SegmentPlaces::of(&self.clusters, segment)?;
        let found =
            SegmentFound { segment: segment.segment_id(), max_doc: segment.max_doc(), members: Vec::new() };
        Ok(SegmentMembers { places, found })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFound>) -> tantivy::Result<Vec<SegmentFound>> {
        Ok(fruits)
    }
}

struct SegmentMembers {
    places: SegmentPlaces,
    found: SegmentFound,
}

impl SegmentCollector for SegmentMembers {
    type Fruit = SegmentFound;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(place) = self.places.place(doc) {
            self.found.members.push((doc, place));
        }
    }

    fn harvest(self) -> SegmentFound {
        self.found
    }
}
