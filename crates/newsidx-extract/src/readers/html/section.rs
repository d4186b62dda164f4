//! The section an HTML page states: its `article:section` tag or JSON-LD `articleSection`,
//! printed as a reader would print it, else its breadcrumb's first level (printed, in microdata
//! or in its JSON-LD), else an element marked as its section or a blog's category link. Imports
//! only the vocabulary and the name rules (for case).

use crate::rules::lines::squash;
use crate::rules::{names, vocab};
use scraper::{ElementRef, Html};

crate::selectors! {
    SECTION_MARKED = "[itemprop=articleSection], a[rel~=category]";
    CRUMB_TRAILS = "[class*=crumb], nav[aria-label*=readcrumb], [itemtype*=BreadcrumbList]";
    CRUMB_LEVELS = "a, li, span";
    LINKS = "a";
    NAMED = "[itemprop=name]";
}

/// The section a page states, as a reader would print it (`news` and `NEWS` → `News`); a site's
/// address (`harbour.news`), a content type (`post`) or the front page (`Home`) is none.
pub(super) fn stated(sections: &str) -> Option<String> {
    let first = first_section(sections);
    let lower = first.to_lowercase();
    let address = !lower.contains(' ')
        && lower
            .rsplit_once('.')
            .is_some_and(|(_, end)| (2..=6).contains(&end.len()) && end.chars().all(char::is_alphabetic));
    let filler = vocab::NO_SECTION.contains(&lower.as_str()) || vocab::HOME_WORDS.contains(&lower.as_str());
    (!address && !filler && !first.is_empty()).then(|| section_case(&first))
}

/// A section in small letters with its first letter a capital (`electric cars` → `Electric
/// cars`); a word of four capitals or more in natural case (`TECH` → `Tech`, `NFL` stays).
fn section_case(section: &str) -> String {
    if !section.chars().any(char::is_uppercase) {
        let mut chars = section.chars();
        return chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect());
    }
    let word = |w: &str| {
        if w.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            names::natural_case(w)
        } else {
            w.to_string()
        }
    };
    section.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// The first of the sections a page lists in one string (`Food & Drink, News`, `Meta,Public
/// Policy,Recent News`): the one it is filed under first.
fn first_section(sections: &str) -> String {
    let first = sections.split([',', ';']).map(str::trim).find(|s| !s.is_empty());
    first.unwrap_or(sections).to_string()
}

/// The first level of a breadcrumb element after the front page's link, else of the page's
/// JSON-LD `BreadcrumbList` (its last level, the page itself, aside).
pub(super) fn breadcrumb(doc: &Html) -> Option<String> {
    let printed = doc.select(&CRUMB_TRAILS).find_map(printed_level);
    let linked =
        || super::linked::breadcrumb_levels(doc).into_iter().find(|t| is_level(t)).and_then(|t| stated(&t));
    printed.or_else(linked)
}

/// The section an element's microdata marks (`<span itemprop="articleSection">`, a `<meta>`'s
/// content), else the first category a blog's post links with `rel="category"` (`Posted in <a
/// rel="category tag">Transport</a>`), as a reader would print it. After the breadcrumb: a
/// page's microdata often names a sub-section (a team under Sports). One selector asks for both
/// in one walk of the page.
pub(super) fn marked(doc: &Html) -> Option<String> {
    let mut category = None;
    for element in doc.select(&SECTION_MARKED) {
        let marked = element.value().attr("itemprop") == Some("articleSection");
        if marked || category.is_none() {
            match level_text(element) {
                Some(section) if marked => return stated(&section),
                found => category = category.or(found),
            }
        }
    }
    category.and_then(|t| stated(&t))
}

/// An element's text (a `<meta>`'s content) when it may be a section's name.
fn level_text(element: ElementRef) -> Option<String> {
    let e = element.value();
    let text = squash(&e.attr("content").map_or_else(|| element.text().collect::<String>(), str::to_string));
    is_level(&text).then_some(text)
}

/// The first level of a printed trail that may be a section: a link, item or span of an element
/// whose class names a crumb (`breadcrumbs`, `Breadcrumbs__Nav`, `entry-crumbs`), a link of a
/// `nav` labelled as one, a name of a microdata `BreadcrumbList`. The trails are found first and
/// read inside: a selector asking each link for a crumb among its ancestors cost 2.6% of the
/// time spent on real HTML pages.
fn printed_level(trail: ElementRef) -> Option<String> {
    let e = trail.value();
    let levels = if e.attr("class").is_some_and(|c| c.contains("crumb")) {
        &CRUMB_LEVELS
    } else if e.name() == "nav" {
        &LINKS
    } else {
        &NAMED
    };
    trail.select(levels).map(|level| squash(&level.text().collect::<String>())).find(|t| is_level(t))
}

/// A breadcrumb's level that may be a section: a few words, not the front page or a separator.
fn is_level(text: &str) -> bool {
    let lower = text.to_lowercase();
    let separator = matches!(lower.as_str(), "›" | ">" | "»" | "/");
    !text.is_empty()
        && text.split_whitespace().count() <= 3
        && !vocab::HOME_WORDS.contains(&lower.as_str())
        && !separator
}
