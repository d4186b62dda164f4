//! Bylines a page saved as text does not print as `By A` on one line: `By` alone with the names
//! on the next line, or a bare name beside the date under the headline.

use super::byline;
use super::header;

/// A byline split over two lines between the headline and the story: `By` alone on one line and
/// the names on the next (a page saved as text puts each element on a line of its own).
pub fn split_byline(below_headline: &[String], page: &[String]) -> Option<byline::Byline> {
    let near = &below_headline[..below_headline.len().min(SPLIT_BYLINE_REACH)];
    near.windows(2)
        .find_map(|pair| {
            let marker = pair[0].trim();
            is_by_alone(marker).then(|| byline::parse(&format!("{marker} {}", pair[1]))).flatten()
        })
        .or_else(|| bare_name(&near[..near.len().min(BARE_NAME_REACH)], page))
}

/// `By` (`Von`, `Par`, `Por`) alone on a line, the names on the next.
pub fn is_by_alone(line: &str) -> bool {
    matches!(line.trim(), "By" | "BY" | "by" | "Von" | "Par" | "Por")
}

/// A name alone on a line just under the headline (`Pamela Falk`), beside a date line, and named
/// again elsewhere on the page (an author's bio, a photo credit): the byline of a page that prints
/// no `By`. A label under a headline (`Special Report`, `North Shore`) is not named twice; nor is
/// a line of site words (`Privacy Policy`, `Latest News`).
fn bare_name(below_headline: &[String], page: &[String]) -> Option<byline::Byline> {
    let dated = |i: usize| {
        (i.saturating_sub(2)..below_headline.len().min(i + 3)).any(|j| header::is_dateish(&below_headline[j]))
    };
    below_headline.iter().enumerate().find_map(|(i, line)| {
        let words: Vec<&str> = line.split_whitespace().collect();
        let site_words = || words.iter().any(|w| SITE_WORDS.contains(&w.to_lowercase().as_str()));
        let shaped = (2..=4).contains(&words.len()) && !site_words();
        let named_again = || page.iter().filter(|l| l.contains(line.trim())).count() >= 2;
        let name =
            shaped.then(|| byline::person_name(line)).flatten().filter(|_| dated(i) && named_again())?;
        Some(byline::Byline { authors: vec![name], place: None, agency: None })
    })
}

/// Lines under the headline searched for a bare name.
const BARE_NAME_REACH: usize = 6;

/// Words of site furniture that a capitalised line of two to four words may hold.
const SITE_WORDS: &[&str] = &[
    "policy",
    "privacy",
    "terms",
    "cookie",
    "cookies",
    "home",
    "menu",
    "share",
    "comments",
    "comment",
    "subscribe",
    "newsletter",
    "newsletters",
    "sign",
    "login",
    "log",
    "search",
    "more",
    "latest",
    "top",
    "stories",
    "follow",
    "read",
    "watch",
    "listen",
    "contact",
    "about",
    "advertise",
    "careers",
    "us",
    "our",
    "your",
    "the",
    "and",
    "of",
    "for",
    "to",
    "in",
    "on",
    "with",
    "new",
    "all",
    "view",
    "see",
    "print",
    "email",
    "link",
    "copy",
    "skip",
    "content",
    "main",
    "next",
    "previous",
    "back",
    "today",
    "by",
    "save",
    "article",
    "exclusive",
    "breaking",
    "live",
    "video",
    "photos",
    "gallery",
    "text",
    "size",
    "font",
];

/// Lines below the headline searched for a split byline.
const SPLIT_BYLINE_REACH: usize = 12;
