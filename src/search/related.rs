//! Articles like a given one: Tantivy's more-like-this over the article's own title and body
//! (its most telling words, by frequency in it and rarity in the archive), the article itself
//! left out, and so are its copies (the same story republished is not a related one). The result
//! is ranked like a search, so every printer of hits prints it.

use super::spread;
use super::Ranked;
use crate::copies::Clusters;
use crate::index::{document, Store};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, MoreLikeThisQuery, Occur, Query, TermQuery, TermSetQuery};
use tantivy::schema::{IndexRecordOption, OwnedValue};
use tantivy::{Searcher, TantivyDocument, Term};

/// Words of the article the query is made of, at most.
const QUERY_TERMS: usize = 30;

/// The `limit` articles most like the one indexed under `key`, or `None` when no article is.
pub fn rank(store: &Store, searcher: &Searcher, key: &str, limit: usize) -> anyhow::Result<Option<Ranked>> {
    let fields = &store.fields;
    let this = Term::from_field_text(fields.path, key);
    let found = spread::search(
        searcher,
        &TermQuery::new(this.clone(), IndexRecordOption::Basic),
        &TopDocs::with_limit(1).order_by_score(),
    )?;
    let Some((_, address)) = found.first().copied() else { return Ok(None) };
    let article = document::to_article(fields, &searcher.doc::<TantivyDocument>(address)?);
    let text = fields.text_for(article.language.as_deref());
    let words = |s: &str| vec![OwnedValue::Str(s.to_string())];
    let own_fields =
        vec![(text.title, words(article.title.as_deref().unwrap_or(""))), (text.body, words(&article.body))];
    let common = (searcher.num_docs() / 2).max(1);
    let like = MoreLikeThisQuery::builder()
        .with_min_doc_frequency(1)
        .with_max_doc_frequency(common)
        .with_min_term_frequency(1)
        .with_min_word_length(3)
        .with_max_query_terms(QUERY_TERMS)
        .with_document_fields(own_fields);
    let clusters = Clusters::load(&store.dir)?;
    let same_story = match clusters.place_of(key) {
        Some(place) => clusters
            .members(place.cluster)
            .iter()
            .map(|&h| Term::from_field_u64(fields.path_hash, h))
            .collect(),
        None => vec![this],
    };
    let parsed: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
        (Occur::Must, Box::new(like) as Box<dyn Query>),
        (Occur::MustNot, Box::new(TermSetQuery::new(same_story))),
    ]));
    let limit = limit.clamp(1, usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX).max(1));
    let (docs, total) =
        spread::search(searcher, &parsed, &(TopDocs::with_limit(limit).order_by_score(), Count))?;
    let docs = docs.into_iter().map(|(score, address)| (Some(score), address)).collect();
    let query = format!("related to {key}");
    Ok(Some(Ranked { query, total, total_copies: total, offset: 0, docs, parsed, clusters: clusters.into() }))
}
