//! Articles like a given one: Tantivy's more-like-this over the article's own title and body
//! (its most telling words, by frequency in it and rarity in the archive), the article itself
//! left out, and so are its copies (the same story republished is not a related one). The result
//! is ranked like a search, each syndicated story once with its copies counted beside it, so
//! every printer of hits prints it.
//!
//! More-like-this matches every article sharing one of those words, and ranks by how much each
//! shares; an article sharing a word or two (`agreement`, `minister`) is no related story. So an
//! article counts only when it scores [`FLOOR_SHARE`] of what the article itself scores against
//! its own words, and `total` counts those (each story once; `total_copies` counts every copy).

use super::stories::TopStories;
use super::{spread, Ranked, SortBy};
use crate::copies::Clusters;
use crate::index::{document, Store};
use std::sync::Arc;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, MoreLikeThisQuery, Occur, Query, TermQuery, TermSetQuery};
use tantivy::schema::{IndexRecordOption, OwnedValue};
use tantivy::{Score, Searcher, TantivyDocument, Term};

/// Words of the article the query is made of, at most.
const QUERY_TERMS: usize = 30;

/// The share of the article's score against its own words that a related one must reach.
const FLOOR_SHARE: Score = 0.1;

/// The `limit` articles most like the one indexed under `key`, each syndicated story once, or
/// `None` when no article is.
pub fn rank(store: &Store, searcher: &Searcher, key: &str, limit: usize) -> anyhow::Result<Option<Ranked>> {
    let this = Term::from_field_text(store.fields.path, key);
    let Some(like) = like_query(store, searcher, &this)? else { return Ok(None) };
    let floor = itself(searcher, &like, this.clone())? * FLOOR_SHARE;
    let clusters = Arc::new(Clusters::load(&store.dir)?);
    let parsed: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
        (Occur::Must, Box::new(like) as Box<dyn Query>),
        (Occur::MustNot, Box::new(TermSetQuery::new(same_story(store, &clusters, key, this)))),
    ]));
    let window = limit.clamp(1, usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX).max(1));
    let top =
        TopStories { clusters: Arc::clone(&clusters), sort: SortBy::Relevance, window, floor: Some(floor) };
    let found = spread::search(searcher, &parsed, &top)?;
    let (total, total_copies) = (found.stories, found.matched);
    let query = format!("related to {key}");
    Ok(Some(Ranked { query, total, total_copies, offset: 0, docs: found.docs, parsed, clusters }))
}

/// More-like-this over the title and body of the article indexed as `this`, if one is.
fn like_query(store: &Store, searcher: &Searcher, this: &Term) -> anyhow::Result<Option<MoreLikeThisQuery>> {
    let fields = &store.fields;
    let query = TermQuery::new(this.clone(), IndexRecordOption::Basic);
    let found = spread::search(searcher, &query, &TopDocs::with_limit(1).order_by_score())?;
    let Some((_, address)) = found.first().copied() else { return Ok(None) };
    let article = document::to_article(fields, &searcher.doc::<TantivyDocument>(address)?);
    let text = fields.text_for(article.language.as_deref());
    let words = |s: &str| vec![OwnedValue::Str(s.to_string())];
    let own_fields =
        vec![(text.title, words(article.title.as_deref().unwrap_or(""))), (text.body, words(&article.body))];
    let common = (searcher.num_docs() / 2).max(1);
    Ok(Some(
        MoreLikeThisQuery::builder()
            .with_min_doc_frequency(1)
            .with_max_doc_frequency(common)
            .with_min_term_frequency(1)
            .with_min_word_length(3)
            .with_max_query_terms(QUERY_TERMS)
            .with_document_fields(own_fields),
    ))
}

/// The article under `key` and its copies: no related story.
fn same_story(store: &Store, clusters: &Clusters, key: &str, this: Term) -> Vec<Term> {
    match clusters.place_of(key) {
        Some(place) => clusters
            .members(place.cluster)
            .iter()
            .map(|&h| Term::from_field_u64(store.fields.path_hash, h))
            .collect(),
        None => vec![this],
    }
}

/// What the article scores against its own words: the most any article can share with it.
fn itself(searcher: &Searcher, like: &MoreLikeThisQuery, this: Term) -> tantivy::Result<Score> {
    let own: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
        (Occur::Must, Box::new(like.clone())),
        (Occur::Must, Box::new(TermQuery::new(this, IndexRecordOption::Basic))),
    ]));
    let found = spread::search(searcher, &own, &TopDocs::with_limit(1).order_by_score())?;
    Ok(found.first().map_or(0.0, |(score, _)| *score))
}
