//! The zone around a page's headline: a kicker above the `<h1>` inside its block, the deck, the
//! byline and the date line below it, up to where the story has begun. A story's own byline and
//! date are printed there; a site header's "today" and lists of other stories stand outside it.

use super::blocks::UNPRINTED;
use crate::rules::lines::squash;
use scraper::{ElementRef, Html};

crate::selectors! {
    H1 = "h1";
    HEADINGS = "h1, h2";
    IMAGE = "img, svg, picture";
}

/// How many elements before and after the headline a story's own date line may sit: a kicker
/// line just above it (inside the headline's own block), a byline block below it; a site header's
/// "today" stands outside that block, and lists of other stories come further down.
const REACH_ABOVE: usize = 15;
const REACH_BELOW: usize = 60;

/// The elements around the `<h1>` (or `<h2>`) that holds the headline, else the first `<h1>`
/// that is not a logo, in document order: those before it inside its parent, and those after it
/// until the story has run two paragraphs (a standfirst may stand above the byline). None when
/// there is no such heading.
pub(crate) fn around_headline<'a>(doc: &'a Html, headline: Option<&str>) -> Vec<ElementRef<'a>> {
    let Some(h1) = headline_element(doc, headline) else { return Vec::new() };
    let block = h1.parent().and_then(ElementRef::wrap).unwrap_or(h1);
    let before: Vec<ElementRef> =
        block.descendants().filter_map(ElementRef::wrap).take_while(|e| e.id() != h1.id()).skip(1).collect();
    let elements = doc.root_element().descendants().filter_map(ElementRef::wrap);
    let after = elements.skip_while(|e| e.id() != h1.id()).skip(1).filter(prints_text).take(REACH_BELOW);
    let mut paragraphs = 0;
    let header = after.take_while(|e| {
        paragraphs += usize::from(is_story_paragraph(e));
        paragraphs < 2
    });
    before[before.len().saturating_sub(REACH_ABOVE)..].iter().copied().chain(header).collect()
}

/// The `<h1>` (or `<h2>`) that holds the headline, else the first `<h1>` that is not a logo.
fn headline_element<'a>(doc: &'a Html, headline: Option<&str>) -> Option<ElementRef<'a>> {
    let holds_headline =
        |h: &ElementRef| headline.is_some_and(|t| squash(&h.text().collect::<String>()) == t);
    doc.select(&HEADINGS).find(holds_headline).or_else(|| doc.select(&H1).find(|h| is_headline(*h)))
}

/// True for an `<h1>` that is not a logo (an image in a heading).
pub(crate) fn is_headline(element: ElementRef) -> bool {
    element.value().name() == "h1" && element.select(&IMAGE).next().is_none()
}

/// An element that may print text: not a style sheet, a script, a link or meta tag, nor a part
/// of an inline SVG icon. Pages that set a `<style>` beside each component or draw icons from
/// dozens of `<path>`s would otherwise use up the reach before their byline.
fn prints_text(element: &ElementRef) -> bool {
    let e = element.value();
    !UNPRINTED.contains(&e.name()) && &*e.name.ns != SVG_NAMESPACE
}

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// A paragraph of running text (not a photo's caption or credit): the story has begun, and dates
/// past it belong to other things.
fn is_story_paragraph(element: &ElementRef) -> bool {
    let e = element.value();
    let names = format!("{} {}", e.attr("class").unwrap_or(""), e.id().unwrap_or("")).to_lowercase();
    e.name() == "p"
        && !names.contains("credit")
        && !names.contains("caption")
        && element.text().flat_map(str::split_whitespace).count() >= 20
}
