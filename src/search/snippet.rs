//! Snippets: the passage of a hit's body that best matches the query, with its highlights.
//! Tantivy's snippet generator tokenises the whole body of each hit printed with the field's own
//! analyzer, and stemming every word of it was most of a one-shot search's own time. Here the
//! generator gets an analyzer that stems only the words that could stem to a query term: those
//! starting with the first letter of one (the Snowball stemmers strip suffixes and keep a word's
//! first letter, but for Russian `ё`, which it writes `е`, and Dutch, which strips a `ge-`
//! prefix and so stems every word); any other word is compared unstemmed, and cannot match.

use super::passage;
use crate::index::schema;
use crate::index::stem_cache::CachedStemmer;
use std::collections::{BTreeMap, BTreeSet};
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::{collapse_overlapped_ranges, SnippetGenerator};
use tantivy::{Searcher, Term};

/// Snippet length in characters.
pub const SNIPPET_CHARS: usize = 220;

/// A snippet generator for the body field `field` of articles in `language`, scoring the
/// query's terms in that field as Tantivy's own does (rarer terms weigh more).
pub fn generator(
    searcher: &Searcher,
    query: &dyn Query,
    field: Field,
    language: Option<&str>,
) -> tantivy::Result<SnippetGenerator> {
    let mut terms: BTreeSet<Term> = BTreeSet::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.insert(term.clone());
        }
    });
    let mut weights: BTreeMap<String, f32> = BTreeMap::new();
    for term in &terms {
        let doc_freq = searcher.doc_freq(term)?;
        if let (Some(text), true) = (term.value().as_str(), doc_freq > 0) {
            weights.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
        }
    }
    Ok(for_terms(weights, field, language))
}

/// A snippet generator for stemmed terms and their weights.
fn for_terms(weights: BTreeMap<String, f32>, field: Field, language: Option<&str>) -> SnippetGenerator {
    let algorithm = schema::stemmer_for(language);
    let mut initials: Vec<char> = weights.keys().filter_map(|t| t.chars().next()).collect();
    if initials.contains(&'е') {
        initials.push('ё');
    }
    let stemmer = if keeps_first_letter(algorithm) {
        CachedStemmer::only_starting_with(algorithm, initials)
    } else {
        CachedStemmer::new(algorithm)
    };
    let analyzer = schema::folded_words().filter(stemmer).build();
    SnippetGenerator::new(weights, analyzer, field, SNIPPET_CHARS)
}

/// The best passage with its highlights, or the body's opening when no word of the query is in
/// the body (a title-only or filter-only match). Highlights that overlap or touch are one (the
/// character pairs of a Chinese word). The passage is widened to whole sentences where one is
/// near and printed on one line ([`passage`]).
pub fn snippet_of(generator: &SnippetGenerator, body: &str) -> (String, Vec<[usize; 2]>) {
    let snippet = generator.snippet(body);
    if snippet.fragment().is_empty() {
        return (passage::opening(body, SNIPPET_CHARS), Vec::new());
    }
    let fragment = snippet.fragment_range();
    let marks: Vec<_> = collapse_overlapped_ranges(snippet.highlighted())
        .into_iter()
        .map(|r| r.start + fragment.start..r.end + fragment.start)
        .collect();
    passage::passage(body, fragment, &marks)
}

/// Whether a stemmer keeps the first letter of every word. Dutch strips the `ge-` of past
/// participles (`gewerkt` → `werk`), so its words are all stemmed.
fn keeps_first_letter(algorithm: frostem::Algorithm) -> bool {
    algorithm != frostem::Algorithm::Dutch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlighted(terms: &[&str], language: Option<&str>, body: &str) -> Vec<String> {
        let weights = terms.iter().map(|t| (t.to_string(), 1.0)).collect();
        let (snippet, ranges) = snippet_of(&for_terms(weights, Field::from_field_id(0), language), body);
        ranges.iter().map(|[start, end]| snippet[*start..*end].to_string()).collect()
    }

    #[test]
    fn words_stemming_to_a_term_are_highlighted_in_any_form() {
        let body = "Oil prices rose on Monday. Pricing of crude oils was steady, traders said.";
        assert_eq!(highlighted(&["price", "oil"], None, body), ["Oil", "prices", "Pricing", "oils"]);
    }

    #[test]
    fn each_language_stems_with_its_own_stemmer() {
        let body = "Die Ölpreise stiegen am Montag. Der Preis für Öl blieb stabil.";
        assert_eq!(highlighted(&["preis"], Some("de"), body), ["Preis"]);
        assert_eq!(highlighted(&["olpreis"], Some("de"), body), ["Ölpreise"]);
    }

    #[test]
    fn dutch_participles_lose_their_prefix_and_are_still_found() {
        let body = "Er werd hard gewerkt aan de dijk.";
        let stem = frostem::Stemmer::new(frostem::Algorithm::Dutch).stem("gewerkt").into_owned();
        assert_eq!(highlighted(&[stem.as_str()], Some("nl"), body), ["gewerkt"]);
    }

    #[test]
    fn the_pairs_of_a_chinese_word_are_one_highlight() {
        let body = "今年上海港集装箱吞吐量创新高。";
        assert_eq!(highlighted(&["集装", "装箱"], Some("zh"), body), ["集装箱"]);
    }

    #[test]
    fn a_body_without_the_terms_gives_its_opening() {
        let (snippet, ranges) =
            snippet_of(&for_terms(BTreeMap::new(), Field::from_field_id(0), None), "Short body.");
        assert_eq!((snippet.as_str(), ranges.len()), ("Short body.", 0));
    }
}

#[cfg(test)]
mod properties {
    use crate::index::schema::STEMMED;
    use proptest::prelude::*;

    proptest! {
        /// What the initials filter rests on: no stemmer newsidx uses changes a word's first
        /// letter, but for Russian `ё` written `е`.
        #[test]
        fn stemming_keeps_the_first_letter(word in "[a-z]{1,14}|[а-яё]{1,14}") {
            let algorithms = STEMMED.iter().map(|(_, a)| *a).chain([frostem::Algorithm::English]);
            for algorithm in algorithms.filter(|a| super::keeps_first_letter(*a)) {
                let stem = frostem::Stemmer::new(algorithm).stem(&word).into_owned();
                let (first, stem_first) = (word.chars().next(), stem.chars().next());
                let yo = first == Some('ё') && stem_first == Some('е');
                prop_assert!(stem_first == first || yo, "{:?} {} -> {}", algorithm, word, stem);
            }
        }
    }
}
