//! Searching: run a query against the index, rank the matching documents, and turn them into
//! [`Hit`]s with highlighted snippets one at a time, as a printer asks for them, so a full export
//! (`--limit 0`) never holds more than one hit's text.

pub mod collapse;
pub mod facets;
pub mod kwic;
pub mod matching;
mod passage;
pub mod period;
pub mod query;
pub mod related;
mod snippet;
pub mod spread;
pub mod stats;
mod stories;
pub mod timeline;
pub mod watch;
pub mod words;

use crate::copies::Clusters;
use crate::index::{document, Store};
use newsidx_extract::article::Article;
use serde::Serialize;
use std::collections::hash_map::{Entry, HashMap};
use std::sync::Arc;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, DocId, Order, Score, Searcher, SegmentReader, TantivyDocument};

pub use query::Filters;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Best BM25 score first.
    #[default]
    Relevance,
    /// Newest first.
    Date,
    /// A reproducible random order: the same seed orders the same articles the same way, run
    /// after run and index after index (each article's place comes from its path and the seed).
    Random { seed: u64 },
}

/// One search.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The query text.
    pub query: String,
    /// Filters on top of it.
    pub filters: Filters,
    /// Hits to return; 0 means every hit.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Order.
    pub sort: SortBy,
}

/// One ranked article.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    /// 1-based position in the whole result list.
    pub rank: usize,
    /// BM25 score; `None` when sorted by date.
    pub score: Option<f32>,
    pub path: String,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<chrono::NaiveDate>,
    pub location: Option<String>,
    pub source: Option<String>,
    pub section: Option<String>,
    /// The publication, when it is no wire (research-database exports name it).
    pub outlet: Option<String>,
    pub language: Option<String>,
    /// The article's web address, when it has one.
    pub url: Option<String>,
    /// A passage of the body around the matches.
    pub snippet: String,
    /// Byte ranges of the matched words in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    /// The id shared by the copies of one syndicated story, when the article has copies.
    pub cluster: Option<String>,
    /// How many other articles are copies of the same story.
    pub copies: usize,
}

impl Hit {
    fn new(rank: usize, score: Option<f32>, a: Article, snippet: (String, Vec<[usize; 2]>)) -> Hit {
        let (snippet, highlights) = snippet;
        Hit {
            cluster: None,
            copies: 0,
            rank,
            score,
            path: a.path,
            title: a.title,
            authors: a.authors,
            date: a.date,
            location: a.location,
            source: a.source,
            section: a.section,
            outlet: a.outlet,
            language: a.language,
            url: a.url,
            snippet,
            highlights,
        }
    }
}

/// A page of hits read whole, and the number of matching articles.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    /// The query text.
    pub query: String,
    /// Every matching article, not just this page, each syndicated story once.
    pub total: usize,
    /// Every matching article, each copy counted.
    pub total_copies: usize,
    /// This page.
    pub hits: Vec<Hit>,
}

/// Runs a search and reads its page of hits.
pub fn run(store: &Store, request: &Request) -> anyhow::Result<Results> {
    let searcher = store.searcher()?;
    let ranked = rank(store, &searcher, request)?;
    let hits = ranked.hits(store, &searcher).collect::<anyhow::Result<Vec<Hit>>>()?;
    Ok(Results { query: ranked.query.clone(), total: ranked.total, total_copies: ranked.total_copies, hits })
}

/// A ranked document: its score (none when sorted otherwise) and where it is.
pub(crate) type RankedDoc = (Option<f32>, DocAddress);

/// The matching documents of one search in rank order, before any is read from the store.
pub struct Ranked {
    /// The query text.
    pub query: String,
    /// Every matching article, not just this page, each syndicated story once (unless the
    /// request asked for every copy).
    pub total: usize,
    /// Every matching article, each copy counted.
    pub total_copies: usize,
    /// Hits skipped before this page.
    pub offset: usize,
    docs: Vec<RankedDoc>,
    parsed: Box<dyn Query>,
    clusters: Arc<Clusters>,
}

/// Ranks the documents of a search with a searcher already opened (repeated searches in one
/// process share one). The page is bounded by the number of documents indexed, so no limit or
/// offset a script passes can size an allocation beyond what the index holds.
pub fn rank(store: &Store, searcher: &Searcher, request: &Request) -> anyhow::Result<Ranked> {
    rank_with(store, searcher, request, Arc::new(Clusters::load(&store.dir)?))
}

/// [`rank`] with the clusters of copies already loaded (a server keeps them between requests).
pub fn rank_with(
    store: &Store,
    searcher: &Searcher,
    request: &Request,
    clusters: Arc<Clusters>,
) -> anyhow::Result<Ranked> {
    let parsed = parse(store, searcher, &request.query, &request.filters)?;
    let (offset, limit) = page_bounds(request, searcher.num_docs());
    let (docs, total, total_copies) = if request.filters.all_copies || clusters.is_empty() {
        let (docs, total) = ranked_docs(searcher, &*parsed, request.sort, offset, limit)?;
        (docs, total, total)
    } else {
        let window = if limit == 0 { 0 } else { offset.saturating_add(limit) };
        let top =
            stories::TopStories { clusters: Arc::clone(&clusters), sort: request.sort, window, floor: None };
        let found = spread::search(searcher, &*parsed, &top)?;
        (found.docs.into_iter().skip(offset).collect(), found.stories, found.matched)
    };
    Ok(Ranked {
        query: request.query.clone(),
        total,
        total_copies,
        offset: request.offset,
        docs,
        parsed,
        clusters,
    })
}

/// The query text and filters as one query over the title and body fields of every language
/// the searcher's index holds.
pub fn parse(
    store: &Store,
    searcher: &Searcher,
    text: &str,
    filters: &Filters,
) -> Result<Box<dyn Query>, crate::error::UserError> {
    let languages = store.text_in_use(searcher);
    query::build(&store.index, &store.fields, &languages, text, filters)
}

/// The first `limit` documents past `offset` in `sort` order, and how many match in all.
fn ranked_docs(
    searcher: &Searcher,
    parsed: &dyn Query,
    sort: SortBy,
    offset: usize,
    limit: usize,
) -> tantivy::Result<(Vec<RankedDoc>, usize)> {
    let limit = limit.min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
    Ok(match (limit, sort) {
        (0, _) => (Vec::new(), spread::search(searcher, parsed, &Count)?),
        (_, SortBy::Relevance) => {
            let top = TopDocs::with_limit(limit).and_offset(offset).order_by_score();
            let (docs, total) = spread::search(searcher, parsed, &(top, Count))?;
            (docs.into_iter().map(|(s, a)| (Some(s), a)).collect(), total)
        }
        (_, SortBy::Random { seed }) => {
            let top =
                TopDocs::with_limit(limit).and_offset(offset).tweak_score(move |segment: &SegmentReader| {
                    let paths = segment.fast_fields().str("path").ok().flatten();
                    move |doc: DocId, _: Score| paths.as_ref().map_or(0, |column| shuffled(column, doc, seed))
                });
            let (docs, total) = spread::search(searcher, parsed, &(top, Count))?;
            (docs.into_iter().map(|(_, a)| (None, a)).collect(), total)
        }
        (_, SortBy::Date) => {
            let top = TopDocs::with_limit(limit).and_offset(offset);
            let by_date = top.order_by_fast_field::<tantivy::DateTime>("date", Order::Desc);
            let (docs, total) = spread::search(searcher, parsed, &(by_date, Count))?;
            (docs.into_iter().map(|(_, a)| (None, a)).collect(), total)
        }
    })
}

/// An article's place in the random order of `seed`: a hash of the seed and its path.
fn shuffled(paths: &tantivy::columnar::StrColumn, doc: DocId, seed: u64) -> u64 {
    let mut hasher = blake3::Hasher::new();
    hasher.update(&seed.to_le_bytes());
    hasher.update(path_in(paths, doc).as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&hasher.finalize().as_bytes()[..8]);
    u64::from_le_bytes(first)
}

/// A document's path, read from the fast path column (no stored document is loaded).
fn path_in(paths: &tantivy::columnar::StrColumn, doc: DocId) -> String {
    let mut path = String::new();
    if let Some(ord) = paths.term_ords(doc).next() {
        if paths.ord_to_str(ord, &mut path).is_err() {
            path.clear();
        }
    }
    path
}

/// The path of the document at `address`, from the fast path column.
pub(crate) fn path_at(searcher: &Searcher, address: DocAddress) -> anyhow::Result<String> {
    let paths = searcher.segment_reader(address.segment_ord).fast_fields().str("path")?;
    Ok(paths.map(|column| path_in(&column, address.doc_id)).unwrap_or_default())
}

/// The offset and page size of a request, each at most the number of documents indexed; a
/// limit of 0 asks for every hit past the offset.
fn page_bounds(request: &Request, indexed: u64) -> (usize, usize) {
    let indexed = usize::try_from(indexed).unwrap_or(usize::MAX);
    let offset = request.offset.min(indexed);
    let left = indexed - offset;
    let limit = if request.limit == 0 { left } else { request.limit.min(left) };
    (offset, limit)
}

impl Ranked {
    /// How many hits this page holds.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// The clusters of copies the hits were collapsed and annotated by.
    pub fn clusters(&self) -> &Arc<Clusters> {
        &self.clusters
    }

    /// The query the documents were ranked by.
    pub fn parsed(&self) -> &dyn Query {
        self.parsed.as_ref()
    }

    /// True when this page holds no hit (none matched, or the offset skipped them all).
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The page's hits, each read from the store and given its snippet when asked for.
    pub fn hits<'a>(&'a self, store: &'a Store, searcher: &'a Searcher) -> Hits<'a> {
        Hits { ranked: self, store, searcher, generators: HashMap::new(), next: 0 }
    }
}

/// The hits of a [`Ranked`] page, read one at a time.
pub struct Hits<'a> {
    ranked: &'a Ranked,
    store: &'a Store,
    searcher: &'a Searcher,
    /// One snippet generator per body field (language) met so far.
    generators: HashMap<Field, SnippetGenerator>,
    next: usize,
}

impl Iterator for Hits<'_> {
    type Item = anyhow::Result<Hit>;

    fn next(&mut self) -> Option<Self::Item> {
        let (score, address) = *self.ranked.docs.get(self.next)?;
        self.next += 1;
        Some(self.read(self.ranked.offset + self.next, score, address))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.ranked.docs.len() - self.next;
        (left, Some(left))
    }
}

impl Hits<'_> {
    fn read(&mut self, rank: usize, score: Option<f32>, address: DocAddress) -> anyhow::Result<Hit> {
        let doc: TantivyDocument = self.searcher.doc(address)?;
        let article = document::to_article(&self.store.fields, &doc);
        let field = self.store.fields.text_for(article.language.as_deref()).body;
        let generator = match self.generators.entry(field) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let language = article.language.as_deref();
                e.insert(snippet::generator(self.searcher, &*self.ranked.parsed, field, language)?)
            }
        };
        let snippet = snippet::snippet_of(generator, &article.body);
        let copies = self.ranked.clusters.copies_of(&article.path);
        let mut hit = Hit::new(rank, score, article, snippet);
        if let Some((cluster, copies)) = copies {
            (hit.cluster, hit.copies) = (Some(cluster), copies);
        }
        Ok(hit)
    }
}

/// Looks up one stored article by its path.
pub fn show(store: &Store, path: &str) -> anyhow::Result<Option<Article>> {
    article_at(store, &store.searcher()?, path)
}

/// Looks up one stored article by its path, with a searcher already opened.
pub fn article_at(store: &Store, searcher: &Searcher, path: &str) -> anyhow::Result<Option<Article>> {
    article_by(store, searcher, tantivy::Term::from_field_text(store.fields.path, path))
}

/// Looks up one stored article by the hash of its path, as the clusters of copies know it.
pub fn show_by_hash(store: &Store, searcher: &Searcher, hash: u64) -> anyhow::Result<Option<Article>> {
    article_by(store, searcher, tantivy::Term::from_field_u64(store.fields.path_hash, hash))
}

/// The article indexed under `term`, a term of a field that names one article.
fn article_by(store: &Store, searcher: &Searcher, term: tantivy::Term) -> anyhow::Result<Option<Article>> {
    let query = tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
    let found = spread::search(searcher, &query, &TopDocs::with_limit(1).order_by_score())?;
    match found.first() {
        Some((_, address)) => Ok(Some(document::to_article(&store.fields, &searcher.doc(*address)?))),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(limit: usize, offset: usize, indexed: u64) -> (usize, usize) {
        page_bounds(&Request { limit, offset, ..Request::default() }, indexed)
    }

    #[test]
    fn a_page_never_asks_for_more_than_is_indexed() {
        assert_eq!(bounds(10, 0, 12), (0, 10));
        assert_eq!(bounds(usize::MAX, usize::MAX, 12), (12, 0));
        assert_eq!(bounds(100_000_000_000, 5, 12), (5, 7));
        assert_eq!(bounds(0, 4, 12), (4, 8), "0 asks for every hit past the offset");
        assert_eq!(bounds(0, 0, 0), (0, 0));
    }
}
