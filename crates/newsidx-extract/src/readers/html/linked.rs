//! The article a page describes in its JSON-LD: the first object typed as an article (inside a
//! `@graph` too), with organisations dropped from its authors and character references decoded
//! in their names; and the story's text when it states one (`articleBody`). The decoding of
//! character references ([`decode_entities`]) serves the page's other metadata too (`meta`
//! imports this module, never the other way).

use scraper::Html;
use serde_json::{Map, Value};

crate::selectors! {
    JSON_LD = "script[type='application/ld+json']";
}

/// The JSON-LD `articleBody`, as paragraphs (it may hold markup or entities).
pub(super) fn stated_body(linked: &Map<String, Value>) -> Option<String> {
    let text = linked.get("articleBody")?.as_str()?;
    let lines = if text.contains('<') {
        super::text_lines(text)
    } else {
        decode_entities(text).lines().map(super::squash).filter(|l| !l.is_empty()).collect()
    };
    (!lines.is_empty()).then(|| lines.join("\n\n"))
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "BackgroundNewsArticle",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
];

/// The first JSON-LD object typed as an article, with organisations removed from its authors.
pub(super) fn linked_data(doc: &Html) -> Option<Map<String, Value>> {
    let mut found = doc
        .select(&JSON_LD)
        .filter_map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).ok())
        .flat_map(flatten_graph)
        .find(|o| has_type(o, ARTICLE_TYPES))?;
    if let Some(authors) = found.get_mut("author") {
        drop_organisations(authors);
        decode_names(authors);
    }
    Some(found)
}

/// JSON-LD is raw script text: a name may carry a character reference (`O&#039;Neil`) whose `&`
/// and `;` would otherwise split it as a list of names.
fn decode_names(value: &mut Value) {
    match value {
        Value::String(s) if s.contains('&') => *s = decode_entities(s),
        Value::Array(items) => items.iter_mut().for_each(decode_names),
        Value::Object(o) => o.values_mut().for_each(decode_names),
        _ => {}
    }
}

fn flatten_graph(value: Value) -> Vec<Map<String, Value>> {
    match value {
        Value::Array(items) => items.into_iter().flat_map(flatten_graph).collect(),
        Value::Object(mut o) => match o.remove("@graph") {
            Some(graph) => flatten_graph(graph).into_iter().chain(std::iter::once(o)).collect(),
            None => vec![o],
        },
        _ => Vec::new(),
    }
}

fn has_type(object: &Map<String, Value>, types: &[&str]) -> bool {
    match object.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| types.contains(&t))),
        _ => false,
    }
}

fn drop_organisations(authors: &mut Value) {
    match authors {
        Value::Array(items) => items.retain(|a| {
            !a.as_object().is_some_and(|o| has_type(o, &["Organization", "NewsMediaOrganization"]))
        }),
        Value::Object(o) if has_type(o, &["Organization", "NewsMediaOrganization"]) => *authors = Value::Null,
        _ => {}
    }
}
/// Decodes character references left in a string (JSON-LD is raw script text, and some sites
/// escape twice), with the HTML parser itself.
pub(crate) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    super::squash(&Html::parse_fragment(text).root_element().text().collect::<String>())
}
