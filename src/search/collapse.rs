//! Each syndicated story once: which matching articles are copies of another match, so that
//! search lists a cluster as its best-ranked member and stats and timeline count it once.
//!
//! The clusters come from the file saved beside the index ([`crate::copies::Clusters`]); the
//! members of each that a query matches are found by a collector over the fast path hash column,
//! without loading stored documents or reading a path.

use crate::copies::{Clusters, Place};
use crate::index::schema::Fields;
use std::collections::HashMap;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query, TermSetQuery};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader, Term};

/// The cluster members a query matches, by cluster: their ranks in it (0 the original).
#[derive(Debug, Default)]
pub struct Matched {
    ranks: HashMap<u32, Vec<u32>>,
    /// Where each matching member stands, by its document.
    at: HashMap<DocAddress, Place>,
}

impl Matched {
    /// Finds the members of `clusters` that `query` matches.
    pub fn find(
        searcher: &Searcher,
        query: &dyn Query,
        clusters: &Arc<Clusters>,
    ) -> tantivy::Result<Matched> {
        if clusters.is_empty() {
            return Ok(Matched::default());
        }
        let members = Members { clusters: Arc::clone(clusters) };
        let at: HashMap<DocAddress, Place> = searcher.search(query, &members)?.into_iter().collect();
        let mut ranks: HashMap<u32, Vec<u32>> = HashMap::new();
        for place in at.values() {
            ranks.entry(place.cluster).or_default().push(place.rank);
        }
        ranks.values_mut().for_each(|r| r.sort_unstable());
        Ok(Matched { ranks, at })
    }

    /// The documents in rank order with every one dropped whose story a document before it
    /// stands for (every ranked document is a match, so its place is known).
    pub fn one_per_story(&self, docs: Vec<super::RankedDoc>) -> Vec<super::RankedDoc> {
        let mut shown = std::collections::HashSet::new();
        let one =
            |(_, address): &super::RankedDoc| self.at.get(address).is_none_or(|p| shown.insert(p.cluster));
        docs.into_iter().filter(one).collect()
    }

    /// Matches that stand for another match of their cluster: left out when each story counts once.
    pub fn extra(&self) -> usize {
        self.ranks.values().map(|r| r.len() - 1).sum()
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
    type Fruit = Vec<(DocAddress, Place)>;
    type Child = SegmentMembers;

    fn for_segment(
        &self,
        segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentMembers> {
        let hashes = segment.fast_fields().u64("path_hash")?;
        Ok(SegmentMembers { segment_ord, hashes, clusters: Arc::clone(&self.clusters), found: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(DocAddress, Place)>>,
    ) -> tantivy::Result<Vec<(DocAddress, Place)>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

struct SegmentMembers {
    segment_ord: SegmentOrdinal,
    hashes: Column<u64>,
    clusters: Arc<Clusters>,
    found: Vec<(DocAddress, Place)>,
}

impl SegmentCollector for SegmentMembers {
    type Fruit = Vec<(DocAddress, Place)>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(place) = self.hashes.first(doc).and_then(|h| self.clusters.place(h)) {
            self.found.push((DocAddress::new(self.segment_ord, doc), place));
        }
    }

    fn harvest(self) -> Vec<(DocAddress, Place)> {
        self.found
    }
}
