//! The section an HTML page states: its `article:section` tag or JSON-LD `articleSection`, printed as
//! a reader would print it, else its breadcrumb element's first level. Imports only the vocabulary
//! and the name rules (for case).

use super::squash;
use crate::rules::{names, vocab};
use scraper::Html;

crate::selectors! {
    CRUMB_LINKS = "[class*=breadcrumb] a, [class*=breadcrumb] li, [class*=breadcrumb] span, nav[aria-label*=readcrumb] a";
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

/// The first level of a breadcrumb element after the front page's link.
pub(super) fn breadcrumb(doc: &Html) -> Option<String> {
    doc.select(&CRUMB_LINKS)
        .map(|a| squash(&a.text().collect::<String>()))
        .filter(|t| !t.is_empty() && t.split_whitespace().count() <= 3)
        .find(|t| {
            let lower = t.to_lowercase();
            !vocab::HOME_WORDS.contains(&lower.as_str()) && !matches!(lower.as_str(), "›" | ">" | "»" | "/")
        })
}
