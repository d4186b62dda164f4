//! Where the story stands in an HTML page: `[itemprop=articleBody]`, else the `<article>` with
//! most paragraph text, else the densest block of paragraphs, widened and joined with its twin
//! segments. Imports `dom` and `blocks`' block tags.

use super::blocks::BLOCK_TAGS;
use super::dom::{body, paragraph_text, text_len, PARAGRAPH};
use scraper::{ElementRef, Html};

crate::selectors! {
    ARTICLE_BODY = "[itemprop=articleBody]";
    ARTICLE = "article";
    PARAGRAPH_LIKE = "p, div";
    HEADLINE = "h1";
}

/// Where the story is: `[itemprop=articleBody]`, else the `<article>` with most paragraph text,
/// else the element whose paragraphs hold most text (widened while that holds less than half the
/// page's paragraph text and an ancestor holds much more; wrappers that add no text are climbed
/// through, so a story split into sibling segments is taken whole) with its twin segments
/// ([`segments`]), else `<body>`. The first element holds the story's start.
pub(super) fn main_container(doc: &Html) -> Vec<ElementRef<'_>> {
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
