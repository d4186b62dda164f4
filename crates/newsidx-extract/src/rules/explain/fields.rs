//! Where each field of a page's article came from: a line and the rule that read it, the file's
//! own markup or keys, or nothing found. Imports `lines` for the table entries a line matched.

use super::super::{agency, dates, section, Loose, Placed};
use super::lines::{byline_entries, headline_rule};
use crate::article::Article;
use crate::page::{Page, Shape};
use serde::Serialize;

/// One field, its value and where it came from.
#[derive(Debug, Clone, Serialize)]
pub struct FieldNote {
    pub field: &'static str,
    pub value: String,
    pub from: String,
}

/// Every field of `article` with its value and where it came from, in the order `extract` prints them.
pub(super) fn field_notes(page: &Page, placed: &Placed, article: &Article) -> Vec<FieldNote> {
    let note = |field, value: String, from: String| FieldNote { field, value, from };
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        note("title", text(&article.title), title_from(page, placed)),
        note("authors", article.authors.join(", "), authors_from(page, placed)),
        note(
            "date",
            article.date.map(|d| d.to_string()).unwrap_or_default(),
            date_from(page, placed, article),
        ),
        note("location", text(&article.location), location_from(page, placed)),
        note("source", text(&article.source), source_from(page, placed, article)),
        note("section", text(&article.section), section_from(page, placed, article)),
        note("body", words(&article.body), body_from(page, placed, article)),
        note("outlet", text(&article.outlet), stated_or(&page.meta.outlet, "no publication named")),
        note(
            "word_count",
            article.word_count.map(|w| w.to_string()).unwrap_or_default(),
            stated_or(&page.meta.word_count, "no length stated"),
        ),
        note("language", text(&article.language), stated_or(&page.meta.language, LANGUAGE_DETECTED)),
    ]
}

const LANGUAGE_DETECTED: &str = "detected from the headline and the story (whatlang)";

/// [`STATED`] when the format states the field, else `otherwise`.
fn stated_or<T>(stated: &Option<T>, otherwise: &str) -> String {
    stated.as_ref().map_or(otherwise, |_| STATED).to_string()
}

const STATED: &str = "stated by the file's markup or keys";

fn title_from(page: &Page, placed: &Placed) -> String {
    match (&page.meta.title, placed.title_at) {
        (Some(_), _) => STATED.into(),
        (None, Some(at)) => format!("line {}, {}", at + 1, headline_rule(page, placed)),
        (None, None) => "no headline found".into(),
    }
}

/// Where a field read in a marked-up page's headline zone ([`crate::page::Meta::zone`]) came from.
const ZONE: &str = "read by these rules in the lines from the headline to the story's container";

fn authors_from(page: &Page, placed: &Placed) -> String {
    if !page.meta.authors.is_empty() {
        return STATED.into();
    }
    if page.meta.zone.as_ref().is_some_and(|zone| !zone.authors.is_empty()) {
        return ZONE.into();
    }
    match (&placed.anchors.byline, &placed.split) {
        (Some((at, _)), _) => format!("line {}: byline{}", at + 1, byline_entries(&page.lines[*at])),
        (None, Some((Loose::UnderHeadline, _))) => {
            "a byline set over the lines under the headline (loose_byline)".into()
        }
        (None, Some((Loose::OverStory(_), _))) => {
            "a label alone over the names above the story (loose_byline::labelled_names)".into()
        }
        (None, Some((Loose::Signed, _))) => "a byline signing the story under its last paragraph".into(),
        (None, Some((Loose::DatedOverStory, _))) => {
            "a name with its date on its line just over the story (loose_byline::name_with_date)".into()
        }
        (None, Some((Loose::AuthorBox, _))) => {
            "a name over the story that opens a bio outside it (author_box::boxed_author)".into()
        }
        _ if !page.meta.linked_authors.is_empty() => "links to the authors' pages in the markup".into(),
        _ => "no byline found".into(),
    }
}

fn date_from(page: &Page, placed: &Placed, article: &Article) -> String {
    let Some(date) = article.date else { return "no date found".into() };
    if page.meta.date.is_some() {
        return STATED.into();
    }
    if page.meta.zone.as_ref().is_some_and(|zone| zone.date.is_some()) {
        return ZONE.into();
    }
    let dateline = placed.anchors.dateline.as_ref().and_then(|d| d.month_day.clone().map(|md| (md, d.year)));
    if let Some((month_day, year)) = dateline {
        let line = placed.anchors.body + 1;
        return match year {
            Some(year) => format!("line {line}: the dateline's \"{month_day}, {year}\""),
            None => format!("line {line}: the dateline's \"{month_day}\", the year from the page"),
        };
    }
    let printed = page.lines.iter().position(|l| dates::find_dates(l).contains(&date));
    match printed {
        Some(at) => format!("line {}: first line printing this day", at + 1),
        None if page.undated.iter().any(|l| dates::find_dates(l).contains(&date)) => UNDATED.into(),
        None => "from the file's path".into(),
    }
}

/// Where a date read on every line of a marked-up page that states none came from
/// ([`crate::page::Page::undated`]).
pub(super) const UNDATED: &str = "read by these rules on every line of the page, which states no date";

fn location_from(page: &Page, placed: &Placed) -> String {
    let dateline = placed.anchors.dateline.as_ref().filter(|d| !d.place.is_empty());
    match (dateline, placed.byline().and_then(|b| b.place.as_ref())) {
        (Some(_), _) => format!("line {}: dateline", placed.anchors.body + 1),
        (None, Some(_)) => "the byline's place (By A in PLACE)".into(),
        _ if page.meta.location.is_some() => STATED.into(),
        _ => "no dateline".into(),
    }
}

fn source_from(page: &Page, placed: &Placed, article: &Article) -> String {
    let Some(found) = article.source.as_deref() else { return "no agency named".into() };
    let spelled =
        |line: &str| agency::spelling_in(line).map_or(String::new(), |s| format!(", spelled \"{s}\""));
    let anchors = &placed.anchors;
    if anchors.dateline.as_ref().is_some_and(|d| d.agency.as_deref() == Some(found)) {
        let line = &page.lines[anchors.body];
        return format!("line {}: dateline{} (agency table)", anchors.body + 1, spelled(line));
    }
    if let Some((at, _)) = anchors.byline.as_ref().filter(|(_, b)| b.agency.as_deref() == Some(found)) {
        return format!("line {}: byline{} (agency table)", at + 1, spelled(&page.lines[*at]));
    }
    if placed.split.as_ref().is_some_and(|(_, b)| b.authors.is_empty() && b.agency.as_deref() == Some(found))
    {
        return "a byline set over the lines under the headline (loose_byline, agency table)".into();
    }
    let after = page.lines.iter().enumerate().skip(placed.end.saturating_sub(1));
    match after.map(|(i, l)| (i, agency::agency_in(l))).find(|(_, a)| a.as_deref() == Some(found)) {
        Some((at, _)) => {
            format!("line {}: credit after the story{} (agency table)", at + 1, spelled(&page.lines[at]))
        }
        None => STATED.into(),
    }
}

fn section_from(page: &Page, placed: &Placed, article: &Article) -> String {
    let Some(section) = article.section.as_deref() else { return "no section named".into() };
    if page.meta.section.is_some() {
        return STATED.into();
    }
    let found = section::section(&page.lines, placed.title_at, placed.anchors.body, article.title.as_deref());
    match found {
        Some((at, name)) if name == section => format!("line {}: a label or breadcrumb", at + 1),
        _ => "the page's head".into(),
    }
}

fn body_from(page: &Page, placed: &Placed, article: &Article) -> String {
    if page.meta.body.as_deref() == Some(article.body.as_str()) {
        return "the article body stated in the markup (JSON-LD articleBody), longer than the text found"
            .into();
    }
    let last = placed.end.min(page.lines.len());
    let rule = if page.shape == Shape::Record { "the record's whole story" } else { "body::collect" };
    format!("lines {}–{}: {} paragraphs ({rule})", placed.anchors.body + 1, last, placed.paragraphs.len())
}

fn words(text: &str) -> String {
    format!("{} words", text.split_whitespace().count())
}
