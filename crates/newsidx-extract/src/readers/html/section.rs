//! The section an HTML page states: its `article:section` tag or JSON-LD `articleSection`,
//! printed as a reader would print it, else its breadcrumb's first level (printed, in microdata
//! or in its JSON-LD), else an element marked as its section or a blog's category link. Imports
//! only the vocabulary and the name rules (for case).

use super::squash;
use crate::rules::{names, vocab};
use scraper::Html;

crate::selectors! {
    CRUMB_LINKS = "[class*=crumb] a, [class*=crumb] li, [class*=crumb] span, nav[aria-label*=readcrumb] a, \
                   [itemtype*=BreadcrumbList] [itemprop=name]";
    SECTION_MARKED = "[itemprop=articleSection]";
    CATEGORY_LINK = "a[rel~=category]";
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
    let printed =
        doc.select(&CRUMB_LINKS).map(|a| squash(&a.text().collect::<String>())).find(|t| is_level(t));
    let linked =
        || super::linked::breadcrumb_levels(doc).into_iter().find(|t| is_level(t)).and_then(|t| stated(&t));
    printed.or_else(linked)
}

/// The section an element's microdata marks (`<span itemprop="articleSection">`, a `<meta>`'s
/// content), else the first category a blog's post links with `rel="category"` (`Posted in <a
/// rel="category tag">Transport</a>`), as a reader would print it. After the breadcrumb: a
/// page's microdata often names a sub-section (a team under Sports).
pub(super) fn marked(doc: &Html) -> Option<String> {
    let text = |e: scraper::ElementRef| {
        squash(&e.value().attr("content").map_or_else(|| e.text().collect::<String>(), str::to_string))
    };
    let marked = doc.select(&SECTION_MARKED).map(text).find(|t| is_level(t));
    marked.or_else(|| doc.select(&CATEGORY_LINK).map(text).find(|t| is_level(t))).and_then(|t| stated(&t))
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
