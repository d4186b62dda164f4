//! Saved HTML pages, parsed with html5ever (through `scraper`): metadata from JSON-LD, OpenGraph
//! and `<meta>` tags, `<time>` and visible bylines; the story's container found by structure
//! (`articleBody`, `<article>`, else the densest block of paragraphs) and reduced to text blocks
//! for the same rules that read text pages.
//!
//! Inside, leaves first: `dom` (selectors, an element's text, the `<body>`), `stated_date`,
//! `blocks` (an element's text blocks), `zone`, `linked` (JSON-LD), then `headline`, `bylines`,
//! `section`, `printed_day` and `meta` over them, and `container` (where the story stands); this
//! file reads the page with them and hands a `Page` on.

mod blocks;
mod bylines;
mod container;
pub(crate) mod dom;
mod headline;
mod linked;
mod meta;
mod printed_day;
mod section;
mod stated_date;
mod zone;

use crate::page::{Meta, Page, Shape, ZoneFields};
use blocks::block_lines;
pub(crate) use blocks::text_lines;
use container::main_container;
pub(crate) use dom::selector;
use dom::{body, is_element, BODY};
use scraper::{ElementRef, Html};

/// The page of an HTML document.
pub(crate) fn page(html: &str) -> Result<Page, String> {
    let depth = nesting_estimate(html);
    if depth > MAX_NESTING {
        return Err(format!("HTML nested about {depth} levels deep (limit {MAX_NESTING})"));
    }
    let doc = Html::parse_document(html);
    let segments = main_container(&doc);
    let container = segments[0];
    let mut meta = meta::metadata(&doc);
    let lines = match segments[..] {
        [only] => block_lines(only),
        _ => segments.iter().flat_map(|segment| block_lines(*segment)).collect(),
    };
    meta.zone = zone_fields(&doc, container, &meta, &lines);
    let whole = match doc.select(&BODY).next() {
        Some(body) if body.id() != container.id() && running_words(&lines) < SURE_STORY_WORDS => {
            block_lines(body)
        }
        _ => Vec::new(),
    };
    let stated_date = meta.date.or_else(|| meta.zone.as_ref().and_then(|z| z.date));
    let undated = match (stated_date, whole.is_empty()) {
        (Some(_), _) => Vec::new(),
        (None, true) => block_lines(body(&doc)),
        (None, false) => whole.clone(),
    };
    Ok(Page { lines, shape: Shape::Markup, meta, whole, undated })
}

/// The byline and date of the headline's zone, when the story's container holds no headline
/// (`<h1>`) and the markup states no byline or no date: the text rules read the lines from the
/// last headline before the container up to it, and the story's first lines, as on a page saved
/// as text.
fn zone_fields(doc: &Html, container: ElementRef, meta: &Meta, story: &[String]) -> Option<ZoneFields> {
    let headed = |e: &ElementRef| e.descendants().any(|n| is_element(n, "h1"));
    if !meta.authors.is_empty() && meta.date.is_some() || headed(&container) {
        return None;
    }
    let span = blocks::Span { starts: zone::is_headline, end: container.id() };
    let mut lines = blocks::lines_between(body(doc), span, ZONE_LINES);
    if lines.len() < 2 {
        return None;
    }
    lines.extend(story.iter().take(ZONE_STORY_LINES).cloned());
    let (authors, date) = crate::rules::byline_and_date(&lines);
    Some(ZoneFields { authors, date })
}

/// Most lines read between the headline and the story's container.
const ZONE_LINES: usize = 25;

/// Lines of the story read after them, for the rules to find where it starts.
const ZONE_STORY_LINES: usize = 8;

/// Words of sentence-length lines past which a container surely holds a story, so the page's
/// other lines are not read (the rules fall back on them only when the container's story is a
/// few sentences at most).
const SURE_STORY_WORDS: usize = 150;

/// Words in the lines long enough to be sentences (ten words or more).
fn running_words(lines: &[String]) -> usize {
    lines.iter().map(|l| crate::rules::lines::word_count(l)).filter(|&n| n >= 10).sum()
}

/// Deeper markup than any real page; html5ever's scope checks make parsing it quadratic in the
/// depth (100,000 levels take ~40 s), so such a file is refused before parsing.
pub(crate) const MAX_NESTING: usize = 10_000;

const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "p", "li",
];

/// An upper estimate of element nesting, counted from tag openings and closings. Not a parser: a
/// guard that costs one pass over the bytes, taken before the real parser runs.
pub(crate) fn nesting_estimate(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for tag in html.split('<').skip(1) {
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || VOID_TAGS.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !tag.split('>').next().unwrap_or("").ends_with('/') {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

#[cfg(test)]
mod tests;
