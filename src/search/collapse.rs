//! Each syndicated story once in a count: which matching articles are copies of another match,
//! so that stats, timeline and facets count a story once. (Search collapses its ranking in the
//! same pass that ranks it: [`super::stories`].)
//!
//! The clusters come from the file saved beside the index ([`crate::copies::Clusters`]); the
//! members of each that a query matches are found by a collector over the fast path hash column,
//! without loading stored documents or reading a path.

use crate::copies::{Clusters, Place};
use crate::index::schema::Fields;
use rustc_hash::FxHashMap;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query, TermSetQuery};
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader, Term};

/// The cluster members a query matches, by cluster: their ranks in it (0 the original).
#[derive(Debug, Default)]
struct Matched {
    ranks: FxHashMap<u32, Vec<u32>>,
}

impl Matched {
    /// Finds the members of `clusters` that `query` matches.
    fn find(searcher: &Searcher, query: &dyn Query, clusters: &Arc<Clusters>) -> tantivy::Result<Matched> {
        if clusters.is_empty() {
            return Ok(Matched::default());
        }
        let members = Members { clusters: Arc::clone(clusters) };
        let mut ranks: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for place in searcher.search(query, &members)? {
            ranks.entry(place.cluster).or_default().push(place.rank);
        }
        ranks.values_mut().for_each(|r| r.sort_unstable());
        Ok(Matched { ranks })
    }

    /// The path hashes of the extra matches: every matched member but the earliest-ranked (the
    /// original when it matches), which is the one counted.
    fn extra_hashes<'a>(&'a self, clusters: &'a Clusters) -> impl Iterator<Item = u64> + 'a {
        self.ranks.iter().flat_map(move |(&cluster, ranks)| {
            ranks.iter().skip(1).filter_map(move |&r| clusters.member(cluster, r))
        })
    }
}

/// `query` without the matches that are copies of another match, so that an aggregation over it
/// counts each story once (by its earliest matching member, whose author, agency and date it
/// counts).
pub fn once(
    searcher: &Searcher,
    fields: &Fields,
    query: Box<dyn Query>,
    clusters: &Arc<Clusters>,
) -> tantivy::Result<Box<dyn Query>> {
    let matched = Matched::find(searcher, query.as_ref(), clusters)?;
    let extra: Vec<Term> =
        matched.extra_hashes(clusters).map(|h| Term::from_field_u64(fields.path_hash, h)).collect();
    if extra.is_empty() {
        return Ok(query);
    }
    let without: Box<dyn Query> = Box::new(TermSetQuery::new(extra));
    Ok(Box::new(BooleanQuery::new(vec![(Occur::Must, query), (Occur::MustNot, without)])))
}

/// The clusters a count over `filters` goes by: none when the filters ask for every copy (so
/// [`once`] leaves the query as it is), else those saved beside the index, read once a command.
pub fn clusters_for(store: &crate::index::Store, filters: &super::Filters) -> anyhow::Result<Arc<Clusters>> {
    if filters.all_copies {
        return Ok(Arc::default());
    }
    Ok(Arc::new(Clusters::load(&store.dir)?))
}

/// Collects the place of every matching cluster member, read from the path hash column.
struct Members {
    clusters: Arc<Clusters>,
}

impl Collector for Members {
    type Fruit = Vec<Place>;
    type Child = SegmentMembers;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentMembers> {
        let hashes = segment.fast_fields().u64("path_hash")?;
        Ok(SegmentMembers { hashes, clusters: Arc::clone(&self.clusters), found: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Place>>) -> tantivy::Result<Vec<Place>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

struct SegmentMembers {
    hashes: Column<u64>,
    clusters: Arc<Clusters>,
    found: Vec<Place>,
}

impl SegmentCollector for SegmentMembers {
    type Fruit = Vec<Place>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(place) = self.hashes.first(doc).and_then(|h| self.clusters.place(h)) {
            self.found.push(place);
        }
    }

    fn harvest(self) -> Vec<Place> {
        self.found
    }
}
