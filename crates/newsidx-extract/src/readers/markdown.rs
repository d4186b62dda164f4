//! Markdown with front matter, YAML between `---` lines or TOML between `+++` lines (as Hugo and
//! Zola write it), or `Key: value` lines opening the file (MultiMarkdown, Pelican): the front
//! matter states the fields, and the document, reduced to text blocks by
//! a CommonMark parser, is the story.

use super::fields;
use crate::page::{Page, Shape};
use pulldown_cmark::{Event, Parser, TagEnd};
use serde_json::{Map, Value};
use yaml_rust2::{Yaml, YamlLoader};

/// The page of a Markdown file, and a warning when its front matter does not parse.
pub(crate) fn page(text: &str) -> (Page, Option<String>) {
    let (front, body) = split_front_matter(text);
    let parsed = front.map(|(kind, front)| match kind {
        FrontMatter::Yaml => parse_yaml(front),
        FrontMatter::Toml => parse_toml(front),
    });
    let (record, warning, body) = match parsed {
        Some(Ok(record)) => (record, None, body),
        Some(Err(e)) => (Map::new(), Some(format!("front matter ignored: {e}")), body),
        None => match metadata_lines(body) {
            Some((record, rest)) => (record, None, rest),
            None => (Map::new(), None, body),
        },
    };
    let mut meta = fields::meta(&record);
    let bad_date =
        fields::get(&record, &["date", "published", "datepublished"]).is_some() && meta.date.is_none();
    let warning =
        warning.or_else(|| bad_date.then(|| "front matter date is not a date; left empty".to_string()));
    if meta.title.is_none() {
        meta.title = first_heading(body);
    }
    (Page { lines: text_lines(body), shape: Shape::Body, meta, ..Page::default() }, warning)
}

/// The language of a front matter block.
#[derive(Clone, Copy)]
enum FrontMatter {
    Yaml,
    Toml,
}

/// `(front matter, rest)` when the text opens with a `---` (YAML) or `+++` (TOML) block.
fn split_front_matter(text: &str) -> (Option<(FrontMatter, &str)>, &str) {
    let text = text.trim_start_matches('\u{feff}');
    let blocks = [
        (FrontMatter::Yaml, "---", &["\n---\n", "\n...\n", "\n---\r\n", "\n---"][..]),
        (FrontMatter::Toml, "+++", &["\n+++\n", "\n+++\r\n", "\n+++"][..]),
    ];
    for (kind, fence, ends) in blocks {
        let opened =
            text.strip_prefix(fence).and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix("\r\n")));
        let Some(rest) = opened else { continue };
        if let Some((at, end)) = ends.iter().find_map(|end| rest.find(end).map(|at| (at, end))) {
            return (Some((kind, &rest[..at])), &rest[(at + end.len()).min(rest.len())..]);
        }
    }
    (None, text)
}

/// The `Key: value` lines that open a MultiMarkdown or Pelican document (`Title: …`, `Author:
/// …`, `Date: …`), up to the first blank line, and the text after them: only when every line of
/// the block is one and a title is among them.
fn metadata_lines(text: &str) -> Option<(Map<String, Value>, &str)> {
    let end = text.find("\n\n").or_else(|| text.find("\r\n\r\n"))?;
    let mut record = Map::new();
    for line in text[..end].lines() {
        let (key, value) = line.split_once(':')?;
        let key = key.trim();
        let named = !key.is_empty()
            && key.len() <= METADATA_KEY_BYTES
            && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == ' ');
        if !named || !key.starts_with(char::is_alphabetic) || value.trim().is_empty() {
            return None;
        }
        record.insert(key.to_lowercase(), Value::String(value.trim().to_string()));
    }
    record.contains_key("title").then(|| (record, &text[end..]))
}

/// Longest key of a metadata line, in bytes (`Title`, `Author`, `Date`, `Category`…).
const METADATA_KEY_BYTES: usize = 20;

/// A TOML front matter's keys, its values as JSON (a date as the text it was written as).
fn parse_toml(text: &str) -> Result<Map<String, Value>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.message().to_string())?;
    Ok(table.into_iter().map(|(key, value)| (key, toml_to_json(value))).collect())
}

fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::String(i.to_string()),
        toml::Value::Float(f) => Value::String(f.to_string()),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
    }
}

fn parse_yaml(text: &str) -> Result<Map<String, Value>, String> {
    let docs = YamlLoader::load_from_str(text).map_err(|e| e.to_string())?;
    match docs.into_iter().next().map(to_json) {
        Some(Value::Object(map)) => Ok(map),
        _ => Err("not a mapping of keys to values".to_string()),
    }
}

fn to_json(yaml: Yaml) -> Value {
    match yaml {
        Yaml::Hash(h) => Value::Object(
            h.into_iter().filter_map(|(k, v)| k.as_str().map(|k| (k.to_string(), to_json(v)))).collect(),
        ),
        Yaml::Array(a) => Value::Array(a.into_iter().map(to_json).collect()),
        Yaml::String(s) | Yaml::Real(s) => Value::String(s),
        Yaml::Integer(i) => Value::String(i.to_string()),
        Yaml::Boolean(b) => Value::Bool(b),
        _ => Value::Null,
    }
}

/// The document as text blocks: a line per paragraph, heading or list item; a thematic break
/// becomes a `---` line, which ends the story.
pub(crate) fn text_lines(markdown: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Rule => lines.push("---".to_string()),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_)) => {
                flush(&mut current, &mut lines)
            }
            _ => {}
        }
    }
    flush(&mut current, &mut lines);
    lines
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = current.trim();
    if !line.is_empty() {
        lines.push(line.to_string());
    }
    current.clear();
}

fn first_heading(markdown: &str) -> Option<String> {
    markdown.lines().find_map(|l| l.strip_prefix("# ")).map(|h| h.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "---\ntitle: 'Ferry order'\nauthors:\n  - Aino Virtanen\n  - Jonas Berg\ndate: 2026-05-04T10:00:00+03:00\ncategory: Business\n---\n\nHELSINKI, May 4 (Reuters) - The operator *ordered* two [ships](/x).\n\n*(Reporting by Aino Virtanen)*\n\n---\n*Filed under: Shipping*\n";

    #[test]
    fn front_matter_states_the_fields() {
        let (p, warning) = page(DOC);
        assert_eq!(warning, None);
        assert_eq!(p.meta.title.as_deref(), Some("Ferry order"));
        assert_eq!(p.meta.authors, ["Aino Virtanen", "Jonas Berg"]);
        assert_eq!(p.meta.date, chrono::NaiveDate::from_ymd_opt(2026, 5, 4));
        assert_eq!(p.meta.section.as_deref(), Some("Business"));
    }

    #[test]
    fn toml_front_matter_between_plus_lines_states_the_fields() {
        let doc = "+++\ntitle = \"Ferry order\"\nauthors = [\"Aino Virtanen\", \"Jonas Berg\"]\n\
                   date = 2026-05-04T10:00:00+03:00\ncategories = [\"Business\"]\n+++\n\nThe operator ordered two ships.\n";
        let (p, warning) = page(doc);
        assert_eq!(warning, None);
        assert_eq!(p.meta.title.as_deref(), Some("Ferry order"));
        assert_eq!(p.meta.authors, ["Aino Virtanen", "Jonas Berg"]);
        assert_eq!(p.meta.date, chrono::NaiveDate::from_ymd_opt(2026, 5, 4));
        assert_eq!(p.lines, ["The operator ordered two ships."]);
        let (broken, warning) = page("+++\ntitle = \"Ferry\n+++\n\nThe operator ordered two ships.\n");
        assert!(warning.is_some_and(|w| w.starts_with("front matter ignored")), "a TOML error is said");
        assert_eq!(broken.lines, ["The operator ordered two ships."], "and the story still read");
    }

    #[test]
    fn metadata_lines_opening_the_file_state_the_fields() {
        let doc =
            "Title: Ferry order: two ships\nAuthor: Aino Virtanen\nDate: 2026-05-04\nCategory: Business\n\n\
                   The operator ordered two ships.\n";
        let (p, warning) = page(doc);
        assert_eq!(warning, None);
        assert_eq!(p.meta.title.as_deref(), Some("Ferry order: two ships"));
        assert_eq!(p.meta.authors, ["Aino Virtanen"]);
        assert_eq!(p.meta.section.as_deref(), Some("Business"));
        assert_eq!(p.lines, ["The operator ordered two ships."]);
        let (plain, _) = page("Note: the ferry runs late.\n\nThe operator ordered two ships.\n");
        assert_eq!(plain.meta.title, None, "no title among the keys: a paragraph");
        assert_eq!(plain.lines.len(), 2);
    }

    #[test]
    fn markup_is_reduced_to_text_blocks() {
        let (p, _) = page(DOC);
        assert_eq!(p.lines[0], "HELSINKI, May 4 (Reuters) - The operator ordered two ships.");
        assert_eq!(p.lines[2], "---");
    }

    #[test]
    fn a_bad_date_is_left_empty_with_a_warning() {
        let (p, warning) = page("---\ntitle: T\ndate: someday\n---\nBody text here.\n");
        assert_eq!(p.meta.date, None);
        assert!(warning.is_some_and(|w| w.contains("date")));
        assert_eq!(p.lines, ["Body text here."]);
    }
}
