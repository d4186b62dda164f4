//! The article a page describes in its JSON-LD: the first object typed as an article (inside a
//! `@graph` too), with organisations dropped from its authors and character references decoded
//! in their names; the story's text when it states one (`articleBody`); and the levels of its
//! `BreadcrumbList`. The decoding of
//! character references ([`decode_entities`]) serves the page's other metadata too (`meta`
//! imports this module, never the other way).

use crate::rules::dateline::agency_name;
use scraper::Html;
use serde_json::{Map, Value};

crate::selectors! {
    JSON_LD = "script[type='application/ld+json']";
}

/// The JSON-LD `articleBody`, as paragraphs (it may hold markup or entities).
pub(super) fn stated_body(linked: &Map<String, Value>) -> Option<String> {
    let text = linked.get("articleBody")?.as_str()?;
    let lines = if text.contains('<') {
        super::blocks::text_lines(text)
    } else {
        decode_entities(text).lines().map(crate::rules::lines::squash).filter(|l| !l.is_empty()).collect()
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

/// Every JSON-LD object of the page, those inside a `@graph` too.
fn linked_objects(doc: &Html) -> impl Iterator<Item = Map<String, Value>> + '_ {
    doc.select(&JSON_LD)
        .filter_map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).ok())
        .flat_map(flatten_graph)
}

/// The first JSON-LD object typed as an article, with organisations removed from its authors.
pub(super) fn linked_data(doc: &Html) -> Option<Map<String, Value>> {
    let mut found = linked_objects(doc).find(|o| has_type(o, ARTICLE_TYPES))?;
    let wire = found.get("author").and_then(wire_author);
    if let Some(authors) = found.get_mut("author") {
        drop_organisations(authors);
        decode_names(authors);
    }
    if let Some(wire) = wire {
        found.entry("agency").or_insert(Value::String(wire));
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

/// The levels of the page's JSON-LD `BreadcrumbList` in order, without the front page (a level
/// linking to the site's root, whatever its name) and the last level when it is the page itself:
/// `Transport` of `Home › Transport › Ferry timetable changes`. A last level linking one step
/// below the root (`Home › Transport`, `/transport`) is a section, not the page.
pub(super) fn breadcrumb_levels(doc: &Html) -> Vec<String> {
    let Some(list) = linked_objects(doc).find(|o| has_type(o, &["BreadcrumbList"])) else {
        return Vec::new();
    };
    let items = list.get("itemListElement").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut levels: Vec<Level> = items.iter().filter_map(level).collect();
    levels.sort_by_key(|l| l.position);
    if levels.last().is_some_and(|l| !l.top_level) {
        levels.pop();
    }
    levels.into_iter().filter(|l| !l.front_page).map(|l| decode_entities(&l.name)).collect()
}

/// One level of a `BreadcrumbList`.
struct Level {
    position: i64,
    name: String,
    /// It links to the site's root.
    front_page: bool,
    /// It links one step below the root (`https://news.example/transport/`).
    top_level: bool,
}

/// A `ListItem`'s position, name (its own, or its `item`'s) and whether it links to the root.
fn level(item: &Value) -> Option<Level> {
    let position = item.get("position").and_then(|p| p.as_i64().or_else(|| p.as_str()?.parse().ok()))?;
    let linked = item.get("item");
    let name = item.get("name").or_else(|| linked?.get("name"))?.as_str()?.trim().to_string();
    let url = linked.and_then(|i| i.as_str().or_else(|| i.get("@id")?.as_str()));
    let depth = url
        .map(|u| u.split_once("://").map_or(u, |(_, rest)| rest).trim_end_matches('/').matches('/').count());
    Some(Level { position, name, front_page: depth == Some(0), top_level: depth == Some(1) })
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

/// The JSON-LD types of an author that is no person.
const ORGANISATION_TYPES: &[&str] = &["Organization", "NewsMediaOrganization"];

/// A wire agency listed among the authors as an organisation (`{"@type": "Organization", "name":
/// "Associated Press"}`): not a person, but the story's source.
fn wire_author(authors: &Value) -> Option<String> {
    match authors {
        Value::Array(items) => items.iter().find_map(wire_author),
        Value::Object(o) if has_type(o, ORGANISATION_TYPES) => o
            .get("name")
            .and_then(Value::as_str)
            .filter(|name| agency_name(name).is_some())
            .map(str::to_string),
        _ => None,
    }
}

fn drop_organisations(authors: &mut Value) {
    match authors {
        Value::Array(items) => {
            items.retain(|a| !a.as_object().is_some_and(|o| has_type(o, ORGANISATION_TYPES)))
        }
        Value::Object(o) if has_type(o, ORGANISATION_TYPES) => *authors = Value::Null,
        _ => {}
    }
}
/// Decodes character references left in a string (JSON-LD is raw script text, and some sites
/// escape twice), with the HTML parser itself.
pub(crate) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    crate::rules::lines::squash(&Html::parse_fragment(text).root_element().text().collect::<String>())
}
