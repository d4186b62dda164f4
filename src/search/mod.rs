//! Searching: run a query against the index and turn the top documents into [`Hit`]s with
//! highlighted snippets (made only for the hits returned).

pub mod query;
mod snippet;

use crate::article::Article;
use crate::index::{document, Store};
use serde::Serialize;
use std::collections::hash_map::{Entry, HashMap};
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument};

pub use query::Filters;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Best BM25 score first.
    #[default]
    Relevance,
    /// Newest first.
    Date,
}

/// One search.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The query text.
    pub query: String,
    /// Filters on top of it.
    pub filters: Filters,
    /// Hits to return.
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
    pub language: Option<String>,
    /// A passage of the body around the matches.
    pub snippet: String,
    /// Byte ranges of the matched words in `snippet`.
    pub highlights: Vec<[usize; 2]>,
}

impl Hit {
    fn new(rank: usize, score: Option<f32>, a: Article, snippet: (String, Vec<[usize; 2]>)) -> Hit {
        let (snippet, highlights) = snippet;
        Hit {
            rank,
            score,
            path: a.path,
            title: a.title,
            authors: a.authors,
            date: a.date,
            location: a.location,
            source: a.source,
            section: a.section,
            language: a.language,
            snippet,
            highlights,
        }
    }
}

/// The page of hits and the number of matching articles.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    /// The query text.
    pub query: String,
    /// Every matching article, not just this page.
    pub total: usize,
    /// This page.
    pub hits: Vec<Hit>,
}

/// Runs a search.
pub fn run(store: &Store, request: &Request) -> anyhow::Result<Results> {
    run_with(store, &store.searcher()?, request)
}

/// Runs a search with a searcher already opened (for repeated searches in one process).
pub fn run_with(store: &Store, searcher: &Searcher, request: &Request) -> anyhow::Result<Results> {
    let languages = store.text_in_use(searcher);
    let query = query::build(&store.index, &store.fields, &languages, &request.query, &request.filters)?;
    let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
    let (scored, total): (Vec<(Option<f32>, DocAddress)>, usize) = match request.sort {
        SortBy::Relevance => {
            let (docs, total) = searcher.search(&query, &(top.order_by_score(), Count))?;
            (docs.into_iter().map(|(s, a)| (Some(s), a)).collect(), total)
        }
        SortBy::Date => {
            let by_date = top.order_by_fast_field::<tantivy::DateTime>("date", Order::Desc);
            let (docs, total) = searcher.search(&query, &(by_date, Count))?;
            (docs.into_iter().map(|(_, a)| (None, a)).collect(), total)
        }
    };
    let hits = to_hits(store, searcher, &*query, &scored, request.offset)?;
    Ok(Results { query: request.query.clone(), total, hits })
}

fn to_hits(
    store: &Store,
    searcher: &Searcher,
    query: &dyn tantivy::query::Query,
    scored: &[(Option<f32>, DocAddress)],
    offset: usize,
) -> anyhow::Result<Vec<Hit>> {
    let mut generators: HashMap<Field, SnippetGenerator> = HashMap::new();
    let mut hits = Vec::with_capacity(scored.len());
    for (i, (score, address)) in scored.iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(*address)?;
        let article = document::to_article(&store.fields, &doc);
        let field = store.fields.text_for(article.language.as_deref()).body;
        let generator = match generators.entry(field) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                e.insert(snippet::generator(searcher, query, field, article.language.as_deref())?)
            }
        };
        let snippet = snippet::snippet_of(generator, &article.body);
        hits.push(Hit::new(offset + i + 1, *score, article, snippet));
    }
    Ok(hits)
}

/// Looks up one stored article by its path.
pub fn show(store: &Store, path: &str) -> anyhow::Result<Option<Article>> {
    let searcher = store.searcher()?;
    let term = tantivy::Term::from_field_text(store.fields.path, path);
    let query = tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
    let found = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    match found.first() {
        Some((_, address)) => Ok(Some(document::to_article(&store.fields, &searcher.doc(*address)?))),
        None => Ok(None),
    }
}
