//! What stands beside a name, or instead of one, on a byline's line: a role, an outlet, site
//! words, a place's name, the seam where a page saved as text glued two elements together. A
//! leaf: imports the name rules and the vocabulary's roles only.

use super::super::{byline, names};

/// An outlet's name of two words or more after a name on its line (`Ann Lee, The Harbour News`;
/// `Ann Lee Transport, News` names a section).
pub(super) fn is_named_outlet(text: &str) -> bool {
    text.split_whitespace().nth(1).is_some() && is_outlet(text)
}

/// An outlet's name: at most five capitalised words ending in one that names an organisation
/// (`Harbour Valley Gazette`, `USA TODAY`, `The Detroit News`).
pub(super) fn is_outlet(text: &str) -> bool {
    let capitalised = |w: &str| w == "&" || w.chars().next().is_some_and(char::is_uppercase);
    let (mut count, mut last) = (0, "");
    for word in text.split_whitespace().take(6) {
        if !capitalised(word) {
            return false;
        }
        (count, last) = (count + 1, word);
    }
    (1..=5).contains(&count) && names::is_org_word(last)
}

/// A byline naming one person, with no place or agency.
pub(super) fn one_author(name: String) -> byline::Byline {
    byline::Byline { authors: vec![name], place: None, agency: None }
}

/// True when a line's last word before any comma is a role (`Political reporter`).
pub(super) fn ends_in_role(line: &str) -> bool {
    let head = line.split(',').next().unwrap_or(line);
    head.split_whitespace().next_back().is_some_and(|w| !w.starts_with('@') && names::is_role(w))
}

/// A name with its role glued on (`Miguel OrtegaWriter`, `Miguel OrtegaTransport Reporter`, as a
/// page saved as text runs a linked name into the next element) without the role: the line up to
/// the last seam whose glued-on part ends in a role; any other line as it is.
pub(super) fn without_glued_role(line: &str) -> &str {
    let seams: Vec<usize> = seams(line, char::is_uppercase).collect();
    let cut = seams.into_iter().rev().find(|&at| ends_in_role(&line[at..]) && !line[..at].trim().is_empty());
    cut.map_or(line, |at| line[..at].trim_end())
}

/// Where a page saved as text ran one element into the next inside a word: the byte offsets after
/// each small letter followed by a character that `opens` the next element (a capital, `Ann
/// Lee|December`, `Miguel Ortega|Writer`; for a date, a digit too, `Ann Lee|15:35`).
pub(super) fn seams(line: &str, opens: fn(char) -> bool) -> impl Iterator<Item = usize> + '_ {
    let pairs = line.char_indices().zip(line.chars().skip(1));
    pairs.filter(move |((_, a), b)| a.is_lowercase() && opens(*b)).map(|((at, a), _)| at + a.len_utf8())
}

/// The marks a byline's row sets between a name and what stands beside it (its date, its
/// outlet). A line with none of them is asked for no separator: each search for one costs more
/// than a pass over the line for these.
pub(super) const ROW_MARKS: [char; 7] = ['-', '–', '—', '|', '·', '•', '/'];

/// True when a line names a place, not a person: it opens with a point of the compass or a word
/// that opens town names, or holds a word of geography (`North Shore`, `Port Carrow`, `Lake
/// County`).
pub(super) fn is_place(line: &str) -> bool {
    let lower = line.to_lowercase();
    let mut words = lower.split_whitespace();
    let opener = words.next().is_some_and(|w| PLACE_OPENERS.contains(&w));
    opener || words.any(|w| GEOGRAPHY.contains(&w))
}

/// First words of a place's name: points of the compass and words that open town names.
#[rustfmt::skip]
const PLACE_OPENERS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
    "lower", "port", "saint", "st.", "san", "santa", "são", "sao", "fort", "mount", "mt.", "lake", "cape",
];

/// Words of a place's name.
#[rustfmt::skip]
const GEOGRAPHY: &[&str] = &[
    "shore", "coast", "valley", "county", "district", "region", "borough", "province", "island", "islands",
    "bay", "city", "state", "peninsula", "highlands", "metro", "town", "village", "heights", "falls",
    "springs", "beach", "harbour", "harbor", "hills", "quay", "wharf", "street", "avenue", "square", "river",
    "canyon", "delta", "mountains", "airport", "station",
];

/// True when a line holds a word of site furniture (`Contact Us`, `Latest News`).
pub(super) fn has_site_words(line: &str) -> bool {
    line.split_whitespace().any(|w| SITE_WORDS.iter().any(|site| w.eq_ignore_ascii_case(site)))
}

/// Words of site furniture that a capitalised line of two to four words may hold.
#[rustfmt::skip]
const SITE_WORDS: &[&str] = &[
    "policy", "privacy", "terms", "cookie", "cookies", "home", "menu", "share", "comments", "comment",
    "subscribe", "newsletter", "newsletters", "sign", "login", "log", "search", "more", "latest", "top",
    "stories", "follow", "read", "watch", "listen", "contact", "about", "advertise", "careers", "us", "our",
    "your", "the", "and", "of", "for", "to", "in", "on", "with", "new", "all", "view", "see", "print",
    "email", "link", "copy", "skip", "content", "main", "next", "previous", "back", "today", "by", "save",
    "article", "exclusive", "breaking", "live", "video", "photo", "photos", "social", "sharing", "image",
    "images", "courtesy", "credit", "gallery", "text", "size", "font",
];
