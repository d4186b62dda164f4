//! The headline an HTML page states: its `<h1>` checked against the title its JSON-LD, OpenGraph or
//! `<title>` states, with the site's name and a section cut from the title's end.

use super::linked::decode_entities;
use crate::rules::lines::squash;
use crate::rules::lines::word_count;
use scraper::{ElementRef, Html};

crate::selectors! {
    TITLE = "title";
    H1 = "h1";
    IMAGE = "img, svg, picture";
    LINK = "a[href]";
}

pub(super) fn document_title(doc: &Html) -> Option<String> {
    doc.select(&TITLE).next().map(|t| squash(&t.text().collect::<String>())).filter(|t| !t.is_empty())
}

/// The headline: an `<h1>` that agrees with the stated title (the stated one when the `<h1>` only
/// adds a kicker such as `Opinion |`; the `<h1>` when it prints what looked like a site suffix
/// too, `… — here's how to deal`), else the page's first real `<h1>` (not the site's name or
/// logo), else the stated title without its site suffix.
pub(super) fn title(doc: &Html, stated: Option<&str>, site: Option<&str>) -> Option<String> {
    let is_site = |h: &String| site.is_some_and(|s| fold(s) == fold(h));
    let h1s: Vec<String> = doc
        .select(&H1)
        .filter(|h| h.select(&IMAGE).next().is_none() && !links_home(h))
        .map(|h| squash(&h.text().collect::<String>()))
        .filter(|h| h.split_whitespace().count() >= 2 && !is_site(h))
        .collect();
    let Some(raw) = stated.map(|s| squash(&decode_entities(s))) else { return h1s.into_iter().next() };
    let stated = strip_site_suffix(&raw, site);
    let (s, wordy) = (fold(&stated), stated.split_whitespace().count() >= 4);
    for h in &h1s {
        let whole = fold(h) == fold(&raw);
        match (s.contains(&fold(h)), fold(h).contains(&s)) {
            (true, _) => return Some(h.clone()),
            (false, true) => return Some(if wordy && !whole { stated } else { h.clone() }),
            _ => {}
        }
    }
    h1s.into_iter().next().or(Some(stated))
}

/// True when an `<h1>` is, or sits in, a link to the site's front page (`<a href="/">`): the
/// site's name set as its logo, whatever language it is written in.
fn links_home(h1: &ElementRef) -> bool {
    let home = |e: ElementRef| e.value().attr("href").is_some_and(is_front_page);
    h1.select(&LINK).next().is_some_and(home) || h1.ancestors().filter_map(ElementRef::wrap).any(home)
}

/// `/`, `./`, `https://harbour.news/`: an address of a site's front page.
fn is_front_page(href: &str) -> bool {
    let path = href.split_once("://").map_or(href, |(_, rest)| rest.find('/').map_or("/", |at| &rest[at..]));
    matches!(path.trim(), "/" | "./")
}

fn fold(text: &str) -> String {
    text.to_lowercase().replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

/// `Headline | Site`, `Headline - Site`, `Headline – Site`, `Headline | Section | Site` →
/// `Headline`; `Site - Headline` when the site names itself, or when a few words lead a longer
/// headline (`Harbour Post | Ferry fares cut by a fifth after months of delays`). Words are
/// counted as [`word_count`] does, so a Chinese headline has some.
pub(crate) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = squash(title);
    let is_site =
        |part: &str| site.is_some_and(|s| part.eq_ignore_ascii_case(s.trim().trim_start_matches('@')));
    let suffixed = |sep: &&'static str| {
        let (head, tail) = title.rsplit_once(*sep)?;
        (is_site(tail) || (word_count(tail) <= 4 && word_count(head) >= 3)).then_some((*sep, head))
    };
    if let Some((sep, head)) = TITLE_SEPARATORS.iter().find_map(suffixed) {
        return without_section(head, sep).trim().to_string();
    }
    let prefixed = |sep: &&str| {
        let (head, tail) = title.split_once(*sep)?;
        let leads = word_count(head) <= 4 && word_count(tail) >= PREFIXED_HEADLINE_WORDS;
        (is_site(head) || leads).then_some(tail)
    };
    TITLE_SEPARATORS.iter().find_map(prefixed).map_or(title.clone(), |rest| rest.trim().to_string())
}

/// A headline whose title named its section before the site (`Headline | Transport | Site`), or
/// the site before its motto (`Headline — Site — News from the islands`), without it: a few
/// words after the same separator.
fn without_section<'a>(head: &'a str, separator: &str) -> &'a str {
    match head.rsplit_once(separator) {
        Some((headline, section)) if word_count(section) <= 4 && word_count(headline) >= 3 => headline,
        _ => head,
    }
}

/// Fewest words of a headline after a few leading words and a separator (`Harbour Post | …`):
/// a shorter one may be the site's name after a kicker.
const PREFIXED_HEADLINE_WORDS: usize = 6;

/// What sits between a headline and its site's name in a page title.
pub(super) const TITLE_SEPARATORS: [&str; 9] =
    [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " // "];
