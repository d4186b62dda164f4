//! From the user's query text and filter flags to one Tantivy query: words ANDed by default,
//! `OR`, `NOT`/`-word`, `"phrases"`, field prefixes, title boosted over body.

use crate::agency::agency_name;
use crate::error::UserError;
use crate::index::schema::{exact_key, Fields, TextFields};
use chrono::{Datelike, NaiveDate};
use std::ops::Bound;
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::query_grammar::{self as grammar, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};

/// How much a title match outweighs a body match.
pub const TITLE_BOOST: f32 = 2.5;

/// Restrictions on top of the query text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Words of an author's name (`Holland`, `Steve Holland`).
    pub author: Option<String>,
    /// Words of the dateline place (`Moscow`).
    pub location: Option<String>,
    /// The agency, by any spelling (`AP`, `Associated Press`).
    pub source: Option<String>,
    /// The section, case-insensitive.
    pub section: Option<String>,
    /// First day included.
    pub since: Option<NaiveDate>,
    /// Last day included.
    pub until: Option<NaiveDate>,
}

/// Parses the query text and adds the filters. Bare words are looked up in the title (boosted)
/// and body fields of each language in `languages` (each analysing the query with its own
/// stemmer), the authors and the dateline place, so `Müller` finds articles by Müller.
pub fn build(
    index: &Index,
    fields: &Fields,
    languages: &[TextFields],
    text: &str,
    filters: &Filters,
) -> Result<Box<dyn Query>, UserError> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, parse_text(index, fields, languages, text)?)];
    let mut phrase = |field: Field, value: &Option<String>| {
        if let Some(value) = value {
            clauses.push((Occur::Must, words_query(index, field, value)));
        }
    };
    phrase(fields.author, &filters.author);
    phrase(fields.location, &filters.location);
    if let Some(source) = &filters.source {
        let canonical = agency_name(source).unwrap_or_else(|| source.clone());
        clauses.push((Occur::Must, exact(fields.source_exact, &canonical)));
    }
    if let Some(section) = &filters.section {
        clauses.push((Occur::Must, exact(fields.section_exact, section)));
    }
    if filters.since.is_some() || filters.until.is_some() {
        clauses.push((Occur::Must, date_range(fields.date, filters.since, filters.until)));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

fn parse_text(
    index: &Index,
    fields: &Fields,
    languages: &[TextFields],
    text: &str,
) -> Result<Box<dyn Query>, UserError> {
    if text.trim().is_empty() || text.trim() == "*" {
        return Ok(Box::new(AllQuery));
    }
    check_shape(text)?;
    let texts = languages.iter().flat_map(|t| [t.title, t.body]);
    let defaults = texts.chain([fields.author, fields.location]).collect();
    let mut parser = QueryParser::for_index(index, defaults);
    parser.set_conjunction_by_default();
    for t in languages {
        parser.set_field_boost(t.title, TITLE_BOOST);
    }
    let bad = |reason: String| UserError::BadQuery { query: shorten(text), reason };
    let ast = grammar::parse_query(text).map_err(|_| bad("syntax error".to_string()))?;
    let ast = widen_prefixes(ast, &Prefixes::of(index, languages));
    parser.build_query_from_user_input_ast(ast).map_err(|e| bad(e.to_string()))
}

/// The fields that `title:` and `body:` stand for: those of every language in use.
struct Prefixes {
    titles: Vec<String>,
    bodies: Vec<String>,
}

impl Prefixes {
    fn of(index: &Index, languages: &[TextFields]) -> Prefixes {
        let schema = index.schema();
        let names = |pick: fn(&TextFields) -> Field| {
            languages.iter().map(|t| schema.get_field_name(pick(t)).to_string()).collect()
        };
        Prefixes { titles: names(|t| t.title), bodies: names(|t| t.body) }
    }

    fn fields_for(&self, prefix: &str) -> Option<&[String]> {
        match prefix {
            "title" => Some(&self.titles),
            "body" => Some(&self.bodies),
            _ => None,
        }
    }
}

/// Rewrites `title:word` and `body:word` as an OR over the title (body) field of each language,
/// so a prefixed word finds a German article's title as a bare word does.
fn widen_prefixes(ast: UserInputAst, prefixes: &Prefixes) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => {
            UserInputAst::Clause(clauses.into_iter().map(|(o, a)| (o, widen_prefixes(a, prefixes))).collect())
        }
        UserInputAst::Boost(inner, boost) => {
            UserInputAst::Boost(Box::new(widen_prefixes(*inner, prefixes)), boost)
        }
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal) => widen_literal(literal, prefixes),
            other => UserInputAst::Leaf(Box::new(other)),
        },
    }
}

fn widen_literal(literal: UserInputLiteral, prefixes: &Prefixes) -> UserInputAst {
    let fields = literal.field_name.as_deref().and_then(|p| prefixes.fields_for(p));
    match fields {
        Some(fields) if fields.len() > 1 => {
            let each = |name: &String| {
                let one = UserInputLiteral { field_name: Some(name.clone()), ..literal.clone() };
                (Some(grammar::Occur::Should), UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(one))))
            };
            UserInputAst::Clause(fields.iter().map(each).collect())
        }
        _ => UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal))),
    }
}

/// Longest query accepted, in characters.
const MAX_QUERY_CHARS: usize = 10_000;
/// Deepest nesting of parentheses accepted (the grammar is parsed by recursion).
const MAX_NESTING: usize = 64;

/// Refuses queries whose size or nesting no person types, before the parser sees them.
fn check_shape(text: &str) -> Result<(), UserError> {
    let bad = |reason: String| UserError::BadQuery { query: shorten(text), reason };
    let chars = text.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(bad(format!("{chars} characters, more than the {MAX_QUERY_CHARS} allowed")));
    }
    let (mut depth, mut deepest) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        deepest = deepest.max(depth);
    }
    if deepest > MAX_NESTING {
        return Err(bad(format!("parentheses nested {deepest} deep, more than the {MAX_NESTING} allowed")));
    }
    Ok(())
}

/// A query as shown in an error: at most 80 characters.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// All the words of `value`, in order, in `field`: a phrase, or a term for one word.
fn words_query(index: &Index, field: Field, value: &str) -> Box<dyn Query> {
    let mut terms = Vec::new();
    if let Ok(mut analyzer) = index.tokenizer_for_field(field) {
        let mut stream = analyzer.token_stream(value);
        while let Some(token) = stream.next() {
            terms.push(Term::from_field_text(field, &token.text));
        }
    }
    match terms.len() {
        0 => Box::new(BooleanQuery::new(Vec::new())),
        1 => Box::new(TermQuery::new(terms.remove(0), IndexRecordOption::Basic)),
        _ => Box::new(PhraseQuery::new(terms)),
    }
}

fn exact(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, &exact_key(value)), IndexRecordOption::Basic))
}

fn date_range(field: Field, since: Option<NaiveDate>, until: Option<NaiveDate>) -> Box<dyn Query> {
    let term = |d: NaiveDate| Term::from_field_date_for_search(field, crate::index::document::to_datetime(d));
    let lower = since.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
    let upper = until.and_then(|d| d.succ_opt()).map_or(Bound::Unbounded, |d| Bound::Excluded(term(d)));
    Box::new(RangeQuery::new(lower, upper))
}

/// Which end of a period a partial date stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodEnd {
    /// `2025-12` as `--since`: December 1.
    First,
    /// `2025-12` as `--until`: December 31.
    Last,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first or last day of that period.
pub fn parse_date(text: &str, end: PeriodEnd) -> Result<NaiveDate, UserError> {
    let bad = || UserError::BadDate(text.to_string());
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let year = parts.first().and_then(|y| num(y, 4)).ok_or_else(bad)? as i32;
    let first_or_last = |m: u32| match end {
        PeriodEnd::First => NaiveDate::from_ymd_opt(year, m, 1),
        PeriodEnd::Last => NaiveDate::from_ymd_opt(year, m, 1)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .and_then(|d| d.pred_opt()),
    };
    let date = match parts.as_slice() {
        [_] => first_or_last(if end == PeriodEnd::First { 1 } else { 12 }),
        [_, m] => num(m, 2).and_then(first_or_last),
        [_, m, d] => NaiveDate::from_ymd_opt(year, num(m, 2).ok_or_else(bad)?, num(d, 2).ok_or_else(bad)?),
        _ => None,
    };
    date.filter(|d| d.year() == year).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test date")
    }

    #[test]
    fn partial_dates_cover_their_period() {
        assert_eq!(parse_date("2025", PeriodEnd::First).ok(), Some(d(2025, 1, 1)));
        assert_eq!(parse_date("2025", PeriodEnd::Last).ok(), Some(d(2025, 12, 31)));
        assert_eq!(parse_date("2024-02", PeriodEnd::Last).ok(), Some(d(2024, 2, 29)));
        assert_eq!(parse_date("2025-12-03", PeriodEnd::First).ok(), Some(d(2025, 12, 3)));
    }

    #[test]
    fn bad_dates_are_refused() {
        for bad in ["2026-13-45", "2026-02-30", "yesterday", "26", "2026-1", "2026-01-01-01", ""] {
            assert!(parse_date(bad, PeriodEnd::First).is_err(), "{bad}");
        }
    }
}
