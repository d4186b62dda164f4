//! JSON exports: one article per object, with the usual key names; a file may hold one object,
//! an array of them, or an object wrapping such an array (`{"articles": [...]}`) or one article
//! (`{"article": {...}}`, `{"data": {...}}`, as APIs answer).

use super::fields::{self, BODY};
use crate::page::{Page, Shape};
use crate::rules::lines::split_lines;
use serde_json::{Map, Value};

/// The article records in a parsed JSON document.
pub(crate) fn records(document: &Value) -> Vec<&Map<String, Value>> {
    match document {
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        Value::Object(o) if fields::get(o, BODY).is_none() => match (wrapped_list(o), wrapped_record(o)) {
            (Some(items), _) => items.iter().filter_map(Value::as_object).collect(),
            (None, Some(record)) => vec![record],
            (None, None) => vec![o],
        },
        Value::Object(o) => vec![o],
        _ => Vec::new(),
    }
}

fn wrapped_list(object: &Map<String, Value>) -> Option<&Vec<Value>> {
    object.values().find_map(|v| v.as_array().filter(|a| a.iter().any(Value::is_object)))
}

/// The one object among a wrapper's values that holds a story.
fn wrapped_record(object: &Map<String, Value>) -> Option<&Map<String, Value>> {
    let mut stories = object.values().filter_map(Value::as_object).filter(|o| fields::get(o, BODY).is_some());
    stories.next().filter(|_| stories.next().is_none())
}

/// The page of one record: its body text as lines (HTML bodies reduced to text), and its keys.
pub(crate) fn page(record: &Map<String, Value>) -> Page {
    let body = fields::get(record, BODY).and_then(fields::first_text).unwrap_or_default();
    let lines = if looks_like_html(&body) { super::html::text_lines(&body) } else { split_lines(&body) };
    Page { lines, shape: Shape::Body, meta: fields::meta(record), ..Page::default() }
}

fn looks_like_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("<p>") || lower.contains("<p ") || lower.contains("<br")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_records_in_every_layout() {
        assert_eq!(records(&json!({"title": "a", "body": "b"})).len(), 1);
        assert_eq!(records(&json!([{"title": "a"}, {"title": "b"}, 3])).len(), 2);
        assert_eq!(records(&json!({"articles": [{"title": "a"}, {"title": "b"}]})).len(), 2);
        assert!(records(&json!("text")).is_empty());
        let wrapped = json!({"status": "ok", "article": {"title": "a", "html": "<p>b</p>"}});
        assert_eq!(records(&wrapped)[0].get("title"), Some(&json!("a")));
        let two = json!({"first": {"title": "a", "body": "b"}, "second": {"title": "c", "body": "d"}});
        assert_eq!(records(&two).len(), 1, "two stories side by side: the wrapper stays one record");
    }

    #[test]
    fn a_record_becomes_a_body_page() {
        let record = json!({"title": "T", "text": "CAPE TOWN, South Africa (AP) — South Africa will extend a ban.\n\nMore text follows here."});
        let p = page(record.as_object().expect("object"));
        assert_eq!(p.lines.len(), 2);
        assert_eq!(p.shape, Shape::Body);
        assert_eq!(p.meta.title.as_deref(), Some("T"));
    }
}
