//! The bylines an HTML page marks in its elements (`rel=author`, `itemprop=author`, a class naming
//! a byline or an author) and the author a link to the author's page names.

use super::blocks::UNPRINTED;
use super::dom::spaced_text;
use super::zone;
use crate::readers::fields;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

crate::selectors! {
    BYLINE = "[rel=author], [itemprop=author], [class*=byline], [class*=author-name], [class*=authors]";
    AGENCY_BYLINE = "[rel=author], [itemprop=author], [class=author], [class*=byline], [class*=author-name], [class*=authors]";
    LIST_ITEM = "li";
}

/// What a page's byline elements state, read in one pass over the page: the people of the first
/// that names any (with the names its parent joins it to) and the agency of the first naming
/// anyone or an agency (`<span class=author>AFP</span>`, `Ann Lee, Associated Press`), the page's
/// source when its data and author tag name no one. Byline elements further down belong to other
/// stories' teasers, and those inside comments to readers ([`in_comment`]). A bare `class=author`
/// counts for the agency and not for the people: comment forms mark their writers so.
pub(super) fn byline_elements(doc: &Html) -> (Option<Vec<String>>, Option<String>) {
    let (mut people, mut agency) = (None, None);
    for element in doc.select(&AGENCY_BYLINE) {
        let Some((names, named_agency)) = stated_in(&element) else { continue };
        if (names.is_empty() && named_agency.is_none()) || in_comment(&element) {
            continue;
        }
        agency.get_or_insert(named_agency);
        if !names.is_empty() && BYLINE.matches(&element) {
            people = Some(joined_by_parent(&element, names));
            break;
        }
    }
    (people, agency.flatten())
}

/// Whether an element sits in a reader's comment (an ancestor whose class or id names a comment):
/// a comment's writer is marked as a byline is.
fn in_comment(element: &ElementRef) -> bool {
    element.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let named =
            |attr: &str| a.value().attr(attr).is_some_and(|v| v.contains("omment") || v.contains("OMMENT"));
        named("class") || named("id")
    })
}

/// `names`, or all the names of the element's parent when it joins them to others (`<span
/// class=author-name>A</span> and <span …>B</span>`).
fn joined_by_parent(element: &ElementRef, names: Vec<String>) -> Vec<String> {
    let parent = element.parent().and_then(ElementRef::wrap).and_then(|p| stated_in(&p));
    let joined = parent.map(|(all, _)| all).filter(|all| all.len() > names.len() && all.contains(&names[0]));
    joined.unwrap_or(names)
}

/// The people and the agency an element of a byline's length names; a list of names and nothing
/// else names one in each item.
fn stated_in(element: &ElementRef) -> Option<(Vec<String>, Option<String>)> {
    let text = spaced_text(element);
    if text.split_whitespace().count() > BYLINE_WORDS {
        return None;
    }
    let items: Vec<String> = element.select(&LIST_ITEM).map(|li| spaced_text(&li)).collect();
    let whole_list = items.len() > 1 && items.join(" ") == text;
    Some(fields::authors_in(&if whole_list { items.join(", ") } else { text }))
}

/// The people named by the first link to an author's page (`<a href="/author/ann-lee/">Ann
/// Lee</a>`) around the headline, in a byline's few words: the byline of a page that marks it no
/// other way. A photographer's link ends a caption (its block holds a sentence more), and links
/// to other authors' pages stand in lists further down.
pub(super) fn author_link(doc: &Html, headline: Option<&str>) -> Option<Vec<String>> {
    let in_byline = |a: &ElementRef| {
        let block = a.ancestors().filter_map(ElementRef::wrap).find(|e| !INLINE.contains(&e.value().name()));
        let words = block
            .map_or(0, |b| printed_text(b).flat_map(str::split_whitespace).take(BYLINE_WORDS + 1).count());
        words <= BYLINE_WORDS
    };
    zone::around_headline(doc, headline)
        .into_iter()
        .filter(|e| {
            e.value().name() == "a" && e.value().attr("href").is_some_and(|h| AUTHOR_PAGE.is_match(h))
        })
        .filter(in_byline)
        .map(|a| fields::authors_in(&spaced_text(&a)).0)
        .find(|names| !names.is_empty())
}

/// The text an element prints: its text nodes but those of a style sheet or a script inside it
/// (pages that set a `<style>` beside each component would have a byline's block run to hundreds of
/// words of CSS).
fn printed_text<'a>(element: ElementRef<'a>) -> impl Iterator<Item = &'a str> + 'a {
    let printed = |node: &ego_tree::NodeRef<'a, scraper::Node>| {
        node.parent()
            .and_then(|p| p.value().as_element().map(|e| !UNPRINTED.contains(&e.name())))
            .unwrap_or(true)
    };
    element.descendants().filter(printed).filter_map(|node| node.value().as_text().map(|t| &**t))
}

/// Elements inside a line of text; the block holding a link is the first ancestor not among them.
const INLINE: &[&str] = &["span", "strong", "b", "em", "i", "small", "a", "address", "font"];

/// Most words of the block holding a byline.
const BYLINE_WORDS: usize = 16;

/// An address of an author's page: `/author/ann-lee/`, `/writers/ann-lee`, `/by/ann-lee`.
static AUTHOR_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(?:authors?|writers?|contributors?|journalists?|reporters?|staff|by)/[^/?#]+")
        .expect("valid author page pattern")
});
