//! Every facet `stats --by` and `search --facets` can ask for, in one call: the counted ones by
//! the index's aggregations ([`super::stats`]), the significant words from the hits' text
//! ([`super::words`]), in the order asked.

use super::stats::{self, Facet, FacetCounts, Stats};
use super::words;
use crate::index::Store;
use tantivy::query::Query;
use tantivy::Searcher;

/// The counts of `query`'s hits for each facet of `by`; `top` as in [`stats::count`].
pub fn count(
    store: &Store,
    searcher: &Searcher,
    query: &dyn Query,
    by: &[Facet],
    top: usize,
) -> anyhow::Result<Stats> {
    let mut counted = stats::count(searcher, &store.fields, query, by, top)?;
    if let Some(at) = by.iter().position(|f| *f == Facet::Word) {
        let buckets = words::significant(store, searcher, query, top)?;
        counted.facets.insert(at.min(counted.facets.len()), FacetCounts { by: Facet::Word.name(), buckets });
    }
    Ok(counted)
}
