//! Every facet `stats --by` and `search --facets` can ask for, in one call: the counted ones by
//! the index's aggregations ([`super::stats`]), the significant words from the hits' text
//! ([`super::words`]), in the order asked.

use super::stats::{self, Facet, FacetCounts, Stats};
use super::words;
use crate::index::Store;
use tantivy::query::Query;
use tantivy::Searcher;

/// Names kept per facet beside a page of hits (`search --facets`, the web API), most frequent
/// first: more than a sidebar shows, few enough to print with every page.
pub const PAGE_FACET_VALUES: usize = 100;

/// The counts of the whole result set of a ranked page for each facet of `asked` (none when none
/// is asked), each story once unless `all_copies`: what `search --facets` prints beside the hits.
pub fn of_ranked(
    store: &Store,
    searcher: &Searcher,
    ranked: &super::Ranked,
    asked: &[Facet],
    all_copies: bool,
    top: usize,
) -> anyhow::Result<Vec<FacetCounts>> {
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let clusters = if all_copies { &std::sync::Arc::default() } else { ranked.clusters() };
    let counted = super::collapse::once(searcher, ranked.parsed().box_clone(), clusters)?;
    Ok(count(store, searcher, counted.as_ref(), asked, top).map_err(|e| store.read_error(e))?.facets)
}

/// The counts `stats` prints: the articles matching `text` under `filters`, each story once by
/// `clusters` (pass none to count every copy), per facet of `by`.
pub fn stats_of(
    store: &Store,
    searcher: &Searcher,
    clusters: &std::sync::Arc<crate::copies::Clusters>,
    text: &str,
    filters: &super::Filters,
    by: &[Facet],
    top: usize,
) -> anyhow::Result<Stats> {
    let parsed = super::parse(store, searcher, text, filters)?;
    let parsed = super::collapse::once(searcher, parsed, clusters)?;
    count(store, searcher, parsed.as_ref(), by, top).map_err(|e| store.read_error(e))
}

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
