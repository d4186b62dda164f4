//! The words most over-represented in a search's hits against the whole archive (`stats --by
//! word`), as Media Cloud's top words and Elasticsearch's significant terms give them: each word
//! of the best hits (up to a sample) is counted once per article, and scored by JLH — how much
//! more often it stands in the hits than in the archive, times how much more often relatively.
//! A word as common in the archive as in the hits (`the`, `said`) scores nothing, so no stop-word
//! list is needed; words are compared stemmed, as the index holds them, and shown as printed.

use super::spread;
use super::stats::Bucket;
use crate::index::{document, Store};
use std::collections::{HashMap, HashSet};
use tantivy::collector::TopDocs;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::{Searcher, TantivyDocument, Term};

/// Hits read, at most: the best ones by relevance.
const SAMPLE: usize = 2000;

/// One word's count in the sampled hits and the forms it was printed in.
#[derive(Default)]
struct Seen {
    articles: u64,
    forms: HashMap<String, u32>,
}

/// The `top` words of the hits most over-represented against the archive, best first.
pub fn significant(
    store: &Store,
    searcher: &Searcher,
    query: &dyn Query,
    top: usize,
) -> anyhow::Result<Vec<Bucket>> {
    let hits = spread::search(searcher, query, &TopDocs::with_limit(SAMPLE).order_by_score())?;
    let mut seen: HashMap<(Field, String), Seen> = HashMap::new();
    for (_, address) in &hits {
        let article = document::to_article(&store.fields, &searcher.doc::<TantivyDocument>(*address)?);
        let field = store.fields.text_for(article.language.as_deref()).body;
        count_words(store, field, &article.body, &mut seen)?;
    }
    let (sampled, all) = (hits.len().max(1) as f64, searcher.num_docs().max(1) as f64);
    let mut words = Vec::new();
    for ((field, term), found) in seen.into_iter().filter(|(_, s)| s.articles >= 2) {
        let archive = searcher.doc_freq(&Term::from_field_text(field, &term))?.max(found.articles);
        let (foreground, background) = (found.articles as f64 / sampled, archive as f64 / all);
        if foreground > background {
            let score = (foreground - background) * (foreground / background);
            let count = found.articles;
            words.push(Bucket {
                key: found.commonest_form(term),
                count,
                archive: Some(archive),
                score: Some(round(score)),
            });
        }
    }
    words.sort_by(|a, b| {
        b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)).then_with(|| a.key.cmp(&b.key))
    });
    words.truncate(if top == 0 { words.len() } else { top });
    Ok(words)
}

impl Seen {
    /// The form the word was printed in most often (the first in order among equals), else
    /// `term` as the analyzer left it.
    fn commonest_form(self, term: String) -> String {
        self.forms
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(f, _)| f)
            .unwrap_or(term)
    }
}

/// Counts each word of `body` once (as the field's analyzer cuts and stems it), with the form
/// it was printed in; numbers and words under three letters are left out.
fn count_words(
    store: &Store,
    field: Field,
    body: &str,
    seen: &mut HashMap<(Field, String), Seen>,
) -> anyhow::Result<()> {
    let mut analyzer = store.index.tokenizer_for_field(field)?;
    let mut stream = analyzer.token_stream(body);
    let mut in_this: HashSet<String> = HashSet::new();
    while stream.advance() {
        let token = stream.token();
        let printed = body.get(token.offset_from..token.offset_to).unwrap_or(&token.text);
        if printed.chars().count() < 3 || printed.chars().any(|c| c.is_numeric()) {
            continue;
        }
        let entry = seen.entry((field, token.text.clone())).or_default();
        *entry.forms.entry(printed.to_lowercase()).or_insert(0) += 1;
        if in_this.insert(token.text.clone()) {
            entry.articles += 1;
        }
    }
    Ok(())
}

fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}
