//! Keyword in context: every occurrence of a query's words in the matching articles' bodies,
//! with the text either side, as linguists' and media researchers' concordances show it. The
//! occurrences are the ones search highlights (same analyzer: stemming and accent folding), found
//! over the whole body; the words of a phrase standing next to each other are one match.

use super::snippet;
use super::Ranked;
use crate::index::{document, Store};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use tantivy::schema::Field;
use tantivy::snippet::{collapse_overlapped_ranges, SnippetGenerator};
use tantivy::{Searcher, TantivyDocument};

/// One occurrence and its context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub path: String,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub left: String,
    #[serde(rename = "match")]
    pub matched: String,
    pub right: String,
}

/// How concordance lines are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KwicSort {
    /// Newest article first, occurrences in reading order.
    Date,
    /// By the words left of the match, the nearest word first, then the one before it (as
    /// concordancers sort).
    Left,
    /// By the words right of the match.
    Right,
}

/// Every occurrence in the ranked documents, `width` characters of context each side.
pub fn lines(store: &Store, searcher: &Searcher, ranked: &Ranked, width: usize) -> anyhow::Result<Vec<Line>> {
    let mut generators: HashMap<Field, SnippetGenerator> = HashMap::new();
    let mut lines = Vec::new();
    for (_, address) in &ranked.docs {
        let doc: TantivyDocument = searcher.doc(*address)?;
        let article = document::to_article(&store.fields, &doc);
        let field = store.fields.text_for(article.language.as_deref()).body;
        let generator = match generators.entry(field) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(snippet::generator(searcher, ranked.parsed(), field, article.language.as_deref())?)
            }
        };
        generator.set_max_num_chars(article.body.len().max(1));
        for mark in matches(generator, &article.body) {
            let (left, matched, right) = context(&article.body, mark, width);
            let (path, date, source) = (article.path.clone(), article.date, article.source.clone());
            lines.push(Line { path, date, source, left, matched, right });
        }
    }
    Ok(lines)
}

/// The byte ranges of the query's words in `body`; words of one phrase (apart by white space
/// only) are one range.
fn matches(generator: &SnippetGenerator, body: &str) -> Vec<Range<usize>> {
    let snippet = generator.snippet(body);
    let offset = snippet.fragment_range().start;
    let marks = collapse_overlapped_ranges(snippet.highlighted());
    let mut joined: Vec<Range<usize>> = Vec::new();
    for mark in marks.into_iter().map(|r| r.start + offset..r.end + offset) {
        match joined.last_mut() {
            Some(last) if &body[last.end..mark.start] == " " => last.end = mark.end,
            _ => joined.push(mark),
        }
    }
    joined
}

/// The match and up to `width` characters either side, white space squashed to single spaces.
fn context(body: &str, mark: Range<usize>, width: usize) -> (String, String, String) {
    let reach = width.saturating_mul(4);
    let before = &body[boundary(body, mark.start.saturating_sub(reach))..mark.start];
    let after = &body[mark.end..boundary(body, mark.end.saturating_add(reach).min(body.len()))];
    let mut left = squashed(before);
    if before.ends_with(char::is_whitespace) && !left.is_empty() {
        left.push(' ');
    }
    let mut right = squashed(after);
    if after.starts_with(char::is_whitespace) && !right.is_empty() {
        right.insert(0, ' ');
    }
    let skip = left.chars().count().saturating_sub(width);
    (left.chars().skip(skip).collect(), body[mark].to_string(), right.chars().take(width).collect())
}

fn squashed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The nearest character boundary at or before `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Orders the lines; ties keep reading order.
pub fn sort(lines: &mut [Line], by: KwicSort) {
    match by {
        KwicSort::Date => lines.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path))),
        KwicSort::Left => lines.sort_by_cached_key(|l| {
            l.left.to_lowercase().split_whitespace().rev().map(String::from).collect::<Vec<_>>()
        }),
        KwicSort::Right => lines.sort_by_cached_key(|l| l.right.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_to_the_width_on_one_line_with_the_spaces_around_the_match() {
        let body = "The harbour authority cut\nferry fares on Monday, officials said.";
        let at = body.find("ferry").expect("word");
        let (left, matched, right) = context(body, at..at + 5, 12);
        assert_eq!(
            (left.as_str(), matched.as_str(), right.as_str()),
            ("thority cut ", "ferry", " fares on Mo")
        );
        let (left, _, right) = context("ferry", 0..5, 10);
        assert_eq!((left.as_str(), right.as_str()), ("", ""));
    }

    #[test]
    fn left_sort_reads_the_words_nearest_the_match_first() {
        let line = |left: &str| Line {
            path: String::new(),
            date: None,
            source: None,
            left: left.to_string(),
            matched: "talks".into(),
            right: String::new(),
        };
        let mut lines = vec![line("the peace "), line("new trade "), line("open ")];
        sort(&mut lines, KwicSort::Left);
        let lefts: Vec<&str> = lines.iter().map(|l| l.left.as_str()).collect();
        assert_eq!(lefts, ["open ", "the peace ", "new trade "]);
    }
}
