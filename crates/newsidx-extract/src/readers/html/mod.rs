//! Saved HTML pages, parsed with html5ever (through `scraper`): metadata from JSON-LD, OpenGraph
//! and `<meta>` tags, `<time>` and visible bylines; the story's container found by structure
//! (`articleBody`, `<article>`, else the densest block of paragraphs) and reduced to text blocks
//! for the same rules that read text pages.
//!
//! Inside, leaves first: `dom` (selectors, an element's text), `stated_date`, `blocks` (an element's
//! text blocks), `zone`, `linked` (JSON-LD), then `headline`, `bylines`, `section`, `printed_day`,
//! and `meta` over them; this file finds the story's container and hands a `Page` on.

mod blocks;
mod bylines;
pub(crate) mod dom;
mod headline;
mod linked;
mod meta;
mod printed_day;
mod section;
mod stated_date;
mod zone;

use crate::page::{Meta, Page, Shape, ZoneFields};
pub(crate) use blocks::text_lines;
use blocks::{block_lines, BLOCK_TAGS};
pub(crate) use dom::selector;
use dom::{is_element, paragraph_text, text_len};
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

/// The page's `<body>`, else its root (a fragment without one).
fn body(doc: &Html) -> ElementRef<'_> {
    doc.select(&BODY).next().unwrap_or_else(|| doc.root_element())
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

crate::selectors! {
    ARTICLE_BODY = "[itemprop=articleBody]";
    ARTICLE = "article";
    PARAGRAPH = "p";
    PARAGRAPH_LIKE = "p, div";
    HEADLINE = "h1";
    BODY = "body";
}

/// Where the story is: `[itemprop=articleBody]`, else the `<article>` with most paragraph text,
/// else the element whose paragraphs hold most text (widened while that holds less than half the
/// page's paragraph text and an ancestor holds much more; wrappers that add no text are climbed
/// through, so a story split into sibling segments is taken whole) with its twin segments
/// ([`segments`]), else `<body>`. The first element holds the story's start.
fn main_container(doc: &Html) -> Vec<ElementRef<'_>> {
    let enough = |e: &ElementRef| paragraph_text(e) >= 200;
    let body = body(doc);
    let marked = doc
        .select(&ARTICLE_BODY)
        .find(enough)
        .or_else(|| doc.select(&ARTICLE).max_by_key(paragraph_text).filter(enough).map(first_of_feed));
    match marked {
        Some(container) => vec![container],
        None => densest(doc).map_or_else(|| vec![body], |c| segments(doc, widen(c, paragraph_text(&body)))),
    }
}

/// An `<article>` whose inner `<article>`s each carry a headline (`<h1>`) of their own and hold
/// most of its text is a feed of stories (an endlessly scrolling page saved whole): the story is
/// the first of them. Items of a list story (`<h2>` heads) and comments leave it as it is.
fn first_of_feed(outer: ElementRef<'_>) -> ElementRef<'_> {
    let inner: Vec<ElementRef> = outer.select(&ARTICLE).filter(|a| a.id() != outer.id()).collect();
    let headed = inner.iter().filter(|a| a.select(&HEADLINE).next().is_some()).count();
    let inner_text: usize = inner.iter().map(paragraph_text).sum();
    let first = inner.into_iter().find(|a| paragraph_text(a) >= 200);
    match first {
        Some(first) if headed >= 2 && inner_text * 10 >= paragraph_text(&outer) * 6 => first,
        _ => outer,
    }
}

/// The story's container with its twins, in page order: elements of its name and class that hold
/// a story's paragraphs too (a story a site sets in several segments around its ads and figures,
/// `<div class="post__content">` each, under no one element that holds them and little else;
/// looked for within [`SEGMENT_LEVELS`] of it). A
/// headline (`<h1>`) outside them, or a twin with a headline of its own, parts one story from
/// another (a feed of stories saved whole), so only the twins between the headlines around the
/// container are its segments. A container
/// with no class is alone.
fn segments<'a>(doc: &'a Html, container: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    let Some(class) = container.value().attr("class").filter(|c| !c.trim().is_empty()) else {
        return vec![container];
    };
    let name = &container.value().name.local;
    let twin = |e: &ElementRef| e.value().name.local == *name && e.value().attr("class") == Some(class);
    let inside_twin = |e: &ElementRef| e.ancestors().filter_map(ElementRef::wrap).any(|a| twin(&a));
    let h1 = doc.select(&HEADLINE).next().map(|h| h.value().name.local.clone());
    let is_h1 = |e: &ElementRef| h1.as_ref().is_some_and(|h1| e.value().name.local == *h1);
    let (mut segments, mut reached) = (Vec::new(), false);
    let around = container.ancestors().filter_map(ElementRef::wrap).take(SEGMENT_LEVELS).last();
    for element in around.unwrap_or(container).descendants().filter_map(ElementRef::wrap) {
        let is_container = element.id() == container.id();
        let outer_twin = !is_container && twin(&element) && !inside_twin(&element);
        let headline = is_h1(&element) && !inside_twin(&element);
        if headline || outer_twin && element.select(&HEADLINE).next().is_some() {
            if reached {
                break;
            }
            segments.clear();
        } else if is_container || outer_twin && is_segment(&element) {
            segments.push(element);
            reached |= is_container;
        }
    }
    if reached && segments.len() > 1 {
        segments
    } else {
        vec![container]
    }
}

/// Whether a twin holds a part of a story: paragraphs of [`SEGMENT_TEXT`] in all, two of a
/// sentence's length at least (a teaser's blurb, a caption or a pulled quote holds one).
fn is_segment(twin: &ElementRef) -> bool {
    let lengths: Vec<usize> = twin.select(&PARAGRAPH).map(|p| text_len(&p)).collect();
    let sentences = lengths.iter().filter(|&&len| len >= SEGMENT_SENTENCE).count();
    sentences >= 2 && lengths.iter().sum::<usize>() >= SEGMENT_TEXT
}

/// Levels above the container within which its twins are looked for: a site's segments share a
/// wrapper a few levels up, and the rest of the page is not walked.
const SEGMENT_LEVELS: usize = 6;

/// Paragraph text of a segment of a story, and the length of a paragraph that counts as one.
const SEGMENT_TEXT: usize = 200;
const SEGMENT_SENTENCE: usize = 40;

fn widen(mut container: ElementRef<'_>, page_text: usize) -> ElementRef<'_> {
    let mut text = paragraph_text(&container);
    let mut probe = container;
    while text * 2 < page_text {
        let Some(parent) = probe.parent().and_then(ElementRef::wrap) else { break };
        let parent_text = paragraph_text(&parent);
        if matches!(parent.value().name(), "body" | "html") || parent_text * 2 < text * 3 {
            if parent_text == text {
                probe = parent;
                continue;
            }
            break;
        }
        (container, text, probe) = (parent, parent_text, parent);
    }
    container
}

/// The paragraphs under `element`: its `<p>`s, and with `divs` its `<div>`s that hold no block
/// (a page that sets its story in `<div><span>…</span></div>` or `<div>…<br><br>…</div>`).
fn paragraphs<'a>(element: &ElementRef<'a>, divs: bool) -> Box<dyn Iterator<Item = ElementRef<'a>> + 'a> {
    if divs {
        Box::new(element.select(&PARAGRAPH_LIKE).filter(|e| e.value().name() == "p" || is_text_div(e)))
    } else {
        Box::new(element.select(&PARAGRAPH))
    }
}

fn is_text_div(div: &ElementRef) -> bool {
    let holds_block = div
        .descendants()
        .skip(1)
        .any(|n| n.value().as_element().is_some_and(|e| BLOCK_TAGS.contains(&e.name()) && e.name() != "br"));
    !holds_block && div.ancestors().filter_map(ElementRef::wrap).all(|a| a.value().name() != "p")
}

/// The element whose paragraphs (and its children's) carry most text: counting `<p>`s, or
/// block-free `<div>`s too when that finds at least twice as much (a story set without `<p>`).
fn densest(doc: &Html) -> Option<ElementRef<'_>> {
    let body = body(doc);
    let by_p = densest_of(paragraphs(&body, false));
    let by_div = densest_of(paragraphs(&body, true));
    match (by_p, by_div) {
        (Some((p_score, p)), Some((div_score, div))) => Some(if div_score >= 2 * p_score { div } else { p }),
        (p, div) => p.or(div).map(|(_, e)| e),
    }
}

fn densest_of<'a>(paragraphs: impl Iterator<Item = ElementRef<'a>>) -> Option<(usize, ElementRef<'a>)> {
    let mut scores: std::collections::HashMap<ego_tree::NodeId, (usize, ElementRef)> = Default::default();
    for p in paragraphs {
        let len = text_len(&p);
        if len < 40 {
            continue;
        }
        let parents = p.ancestors().filter_map(ElementRef::wrap).take(2);
        for (depth, parent) in parents.enumerate() {
            scores.entry(parent.id()).or_insert((0, parent)).0 += len >> depth;
        }
    }
    scores.into_values().max_by_key(|(score, _)| *score)
}

#[cfg(test)]
mod tests;
