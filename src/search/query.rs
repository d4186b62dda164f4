//! From the user's query text and filter flags to one Tantivy query: words ANDed by default,
//! `OR`, `NOT`/`-word`, `"phrases"`, field prefixes, title boosted over body.

use super::period::{parse_date, PeriodEnd};
use crate::error::UserError;
use crate::index::schema::{exact_key, Fields, TextFields};
use chrono::NaiveDate;
use newsidx_extract::agency_name;
use std::ops::Bound;
use tantivy::query::QueryParserError;
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::query_grammar::{
    self as grammar, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};

/// How much a title match outweighs a body match.
pub const TITLE_BOOST: f32 = 2.5;

/// Restrictions on top of the query text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filters {
    /// Words of an author's name (`Holland`, `Steve Holland`).
    pub author: Option<String>,
    /// Words of the dateline place (`Moscow`).
    pub location: Option<String>,
    /// The agency, by any spelling (`AP`, `Associated Press`).
    pub source: Option<String>,
    /// The section, case-insensitive.
    pub section: Option<String>,
    /// The publication, case-insensitive (`The Harbour Gazette`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The host of the articles' addresses, or a domain above it (`example.org`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// First day included.
    pub since: Option<NaiveDate>,
    /// Last day included.
    pub until: Option<NaiveDate>,
    /// Count and list every copy of a syndicated story instead of the story once.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub all_copies: bool,
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
    if let Some(outlet) = &filters.outlet {
        clauses.push((Occur::Must, exact(fields.outlet_exact, outlet)));
    }
    if let Some(site) = &filters.site {
        let host = newsidx_extract::address::host(site).unwrap_or_else(|| exact_key(site));
        clauses.push((Occur::Must, exact(fields.site, &host)));
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
    let ast = grammar::parse_query(text).map_err(|_| bad(syntax_error(text)))?;
    let ast = rewrite(ast, &Prefixes::of(index, languages)).map_err(bad)?;
    parser.build_query_from_user_input_ast(ast).map_err(|e| bad(explain(e)))
}

/// The query text as newsidx reads it — syntax checked, fuzzy words refused, `date:` periods
/// made ranges of RFC 3339 instants — with its field names left as typed, for an engine that
/// holds the exported documents; `None` for a query of every article (empty or `*`).
pub fn parse_portable(text: &str) -> Result<Option<UserInputAst>, UserError> {
    if text.trim().is_empty() || text.trim() == "*" {
        return Ok(None);
    }
    check_shape(text)?;
    let bad = |reason: String| UserError::BadQuery { query: shorten(text), reason };
    let ast = grammar::parse_query(text).map_err(|_| bad(syntax_error(text)))?;
    let as_typed = Prefixes { titles: Vec::new(), bodies: Vec::new() };
    rewrite(ast, &as_typed).map(Some).map_err(bad)
}

/// The fields a query may name, as the README lists them.
pub const QUERY_FIELDS: &str = "title, body, author, location, source, section, outlet, date";

/// Where the query stops parsing and what the grammar expected there, from Tantivy's lenient
/// parser (the strict one only says that it failed).
fn syntax_error(text: &str) -> String {
    let (_, errors) = grammar::parse_query_lenient(text);
    let Some(first) = errors.first() else {
        return "syntax error".to_string();
    };
    let at = text.get(..first.pos).map_or(first.pos, |before| before.chars().count()) + 1;
    format!("syntax error at character {at}: {}", first.message)
}

/// The query parser's complaint in the user's words.
fn explain(err: QueryParserError) -> String {
    match err {
        QueryParserError::FieldDoesNotExist(name) => {
            format!("there is no field {name:?}; the fields are {QUERY_FIELDS}")
        }
        other => other.to_string(),
    }
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

/// Rewrites what the user typed into what the index holds: `title:word` and `body:word` as an
/// OR over the title (body) field of each language, so a prefixed word finds a German article's
/// title as a bare word does; `date:2025-12` and `date:[2025-01 TO 2025-06]` as ranges of whole
/// days (the index stores instants); a group of nothing but `-word`s as every article without
/// them (Tantivy refuses a query that only excludes). Refuses `word~1`, which Tantivy would take for a phrase of
/// one word and so match nothing fuzzily.
fn rewrite(ast: UserInputAst, prefixes: &Prefixes) -> Result<UserInputAst, String> {
    Ok(match ast {
        UserInputAst::Clause(clauses) => {
            let mut clauses: Vec<_> = clauses
                .into_iter()
                .map(|(o, a)| Ok((o, rewrite(a, prefixes)?)))
                .collect::<Result<_, String>>()?;
            if clauses.iter().all(|(occur, _)| *occur == Some(grammar::Occur::MustNot)) {
                clauses.push((Some(grammar::Occur::Must), UserInputAst::Leaf(Box::new(UserInputLeaf::All))));
            }
            UserInputAst::Clause(clauses)
        }
        UserInputAst::Boost(inner, boost) => UserInputAst::Boost(Box::new(rewrite(*inner, prefixes)?), boost),
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal) => rewrite_literal(literal, prefixes)?,
            UserInputLeaf::Range { field: Some(field), lower, upper } if field == "date" => {
                date_leaf(range_start(&lower)?, range_end(&upper)?)
            }
            other => UserInputAst::Leaf(Box::new(other)),
        },
    })
}

fn rewrite_literal(literal: UserInputLiteral, prefixes: &Prefixes) -> Result<UserInputAst, String> {
    if literal.field_name.as_deref() == Some("date") {
        let (text, first, last) = (&literal.phrase, PeriodEnd::First, PeriodEnd::Last);
        return Ok(date_leaf(Some(period_day(text, first)?), Some(period_day(text, last)?)));
    }
    if is_fuzzy(&literal) {
        return Err(format!(
            "fuzzy matching ({}) is not supported: a word already finds its other forms (talks \
             finds talk), and ~N belongs after a \"phrase of words\"",
            literal.phrase
        ));
    }
    Ok(widen_literal(literal, prefixes))
}

/// `swift~1`: the grammar reads a bare word with its `~1` as one word, which the analyzer then
/// splits into `swift 1`; `"one"~1` is a phrase of one word with a slop.
fn is_fuzzy(literal: &UserInputLiteral) -> bool {
    let one_word = !literal.phrase.trim().contains(' ');
    let tilde_number = literal
        .phrase
        .rsplit_once('~')
        .is_some_and(|(word, n)| !word.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    one_word && (literal.slop > 0 || tilde_number)
}

/// The first or last day of a period typed in a query, its error as the query's reason.
fn period_day(text: &str, end: PeriodEnd) -> Result<NaiveDate, String> {
    parse_date(text, end).map_err(|e| e.to_string())
}

/// The first day a range's lower bound lets in (`{2025 TO …` starts in 2026).
fn range_start(bound: &UserInputBound) -> Result<Option<NaiveDate>, String> {
    match bound {
        UserInputBound::Inclusive(text) => period_day(text, PeriodEnd::First).map(Some),
        UserInputBound::Exclusive(text) => Ok(period_day(text, PeriodEnd::Last)?.succ_opt()),
        UserInputBound::Unbounded => Ok(None),
    }
}

/// The last day a range's upper bound lets in (`… TO 2025}` ends in 2024).
fn range_end(bound: &UserInputBound) -> Result<Option<NaiveDate>, String> {
    match bound {
        UserInputBound::Inclusive(text) => period_day(text, PeriodEnd::Last).map(Some),
        UserInputBound::Exclusive(text) => Ok(period_day(text, PeriodEnd::First)?.pred_opt()),
        UserInputBound::Unbounded => Ok(None),
    }
}

/// A range leaf on the date field from its first to its last day, both included.
fn date_leaf(first: Option<NaiveDate>, last: Option<NaiveDate>) -> UserInputAst {
    let instant = |d: NaiveDate| format!("{d}T00:00:00Z");
    let lower = first.map_or(UserInputBound::Unbounded, |d| UserInputBound::Inclusive(instant(d)));
    let upper = last
        .and_then(|d| d.succ_opt())
        .map_or(UserInputBound::Unbounded, |d| UserInputBound::Exclusive(instant(d)));
    UserInputAst::Leaf(Box::new(UserInputLeaf::Range { field: Some("date".to_string()), lower, upper }))
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
