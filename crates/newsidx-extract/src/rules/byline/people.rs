//! The names part of a byline, after its `By`: split at commas and the joining words of every
//! language, and each name freed of what a page prints beside it (a role in brackets, an outlet
//! after a bar or a slash, a timestamp, a handle, a place, a wire agency). The byline's other
//! modules find its line and its words; this reads the names.
//!
//! May import: the leaves (`agency`, `dateline`'s agency names, `names`, `dates`, `vocab`).

use super::super::dateline::agency_name;
use super::super::names::{is_role, person_name};
use super::super::{dates, vocab};
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What a byline line gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Byline {
    /// The people, in natural case.
    pub(crate) authors: Vec<String>,
    /// `By X in Brussels` gives `Brussels`.
    pub(crate) place: Option<String>,
    /// An agency named in the byline (`By JANE DOE Associated Press`).
    pub(crate) agency: Option<String>,
}

/// Where a byline's names part: commas, semicolons, `&`, and the joining word of any language of
/// [`vocab::NAME_JOINERS`] (in small letters or capitals: `A AND B`).
pub(super) static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    let joiners = joiner_pattern();
    Regex::new(&format!(r"\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners}|&)\s+|\s*&\s*|\s*;\s*"))
        .expect("valid split pattern")
});

fn joiner_pattern() -> String {
    let words = vocab::NAME_JOINERS.iter().flat_map(|(_, w)| [w.to_string(), w.to_uppercase()]);
    let mut words: Vec<String> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    words.join("|")
}

/// True when a line joins two words as a byline joins names (`A and B`, `A och B`).
pub(crate) fn has_joiner(line: &str) -> bool {
    line.split_whitespace().any(|w| w == "&" || JOINERS.contains(w))
}

/// True when a line is a joiner alone (`and`, `,`, `&`): between names printed on lines of their own.
pub(crate) fn is_joiner_line(line: &str) -> bool {
    let line = line.trim();
    matches!(line, "," | "&") || JOINERS.contains(line)
}

static JOINERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| vocab::NAME_JOINERS.iter().map(|(_, w)| *w).collect());

pub(super) fn from_names(names: &str) -> Option<Byline> {
    let names = before_glue_seam(names.rsplit_once(" as told to ").map_or(names, |(_, writer)| writer));
    let slashed = before_slashed_outlet(names);
    let names = without_trailer(without_timestamp(before_separator(&slashed)));
    let unbracketed = with_names_unbracketed(names);
    let names = unbracketed.as_deref().unwrap_or(names);
    let mut byline = Byline::default();
    for part in SPLIT.split(names) {
        let part = part.trim();
        match byline.authors.last_mut() {
            Some(last) if is_name_suffix(part) => *last = format!("{last}, {part}"),
            _ => {
                if let Some(part) = without_bracketed_role(part) {
                    read_part(part, &mut byline);
                }
            }
        }
    }
    Some(byline)
}

/// The names of a byline that brackets those who wrote with the first (`Ann Lee (with Tom Quist
/// and Ida Berg)`, `Ann Lee (avec Tom Quist et Ida Berg)`), without the brackets; `None` when it
/// brackets none so.
fn with_names_unbracketed(names: &str) -> Option<String> {
    let (first, bracket) = names.strip_suffix(')')?.split_once(" (")?;
    let joiner = bracket.split_whitespace().next().is_some_and(|w| JOINERS.contains(w));
    joiner.then(|| format!("{first} {bracket}"))
}

/// A name without the part of the work a bracket after it credits (`Ann Lee (reporting)`);
/// `None` when that is not the writing (`Tom Quist (photography)`). A bracket in capitals (`Ann
/// Lee (AFP)`) stays.
fn without_bracketed_role(part: &str) -> Option<&str> {
    let Some((name, role)) = trailing_bracket(part).filter(|(_, role)| role.starts_with(char::is_lowercase))
    else {
        return Some(part);
    };
    (!credits_others(role)).then_some(name.trim_end())
}

/// A text closed by a bracket, split into what stands before the bracket and what it holds (`Ann
/// Lee (Reuters)` → `Ann Lee`, `Reuters`).
pub(crate) fn trailing_bracket(text: &str) -> Option<(&str, &str)> {
    text.trim_end().strip_suffix(')')?.rsplit_once(" (")
}

/// What a byline's row sets between the names and what it prints after them (an outlet, a
/// handle, the reading time).
pub(super) const ROW_SEPARATORS: &[&str] = &[" | ", " • ", " · ", " // "];

/// The names before a separator that sets what a byline's row prints after them (`Ann Lee |
/// Harbour Post`, `Ann Lee • Transport`, `Ann Lee · 3 min read`).
fn before_separator(names: &str) -> &str {
    let cut = ROW_SEPARATORS.iter().filter_map(|sep| names.find(sep)).min();
    cut.map_or(names, |at| &names[..at])
}

/// The names before a slash that sets the outlet, desk, role or site after them (`Ann Lee / The
/// Harbour Times`, `Ann Lee / Staff Writer`, `Ann Lee / harbournews.example`); a person's name
/// after a slash is one more writer (`Ann Lee / Tom Quist`), and is kept.
fn before_slashed_outlet(names: &str) -> Cow<'_, str> {
    if !names.contains('/') || !names.contains(" / ") {
        return Cow::Borrowed(names);
    }
    let mut parts = names.split(" / ");
    let first = parts.next().unwrap_or(names).trim_end();
    let writers = parts.map_while(|part| person_name(part).map(|_| part.trim()));
    Cow::Owned(std::iter::once(first).chain(writers).collect::<Vec<_>>().join(", "))
}

/// The names up to the first place where a page saved as text ran the last name into what
/// follows it (`Ann StinsonLong Read`, `ANN LEEStaff Writer`): a small letter before a capital
/// inside a word, or a capital starting a word after two or more capitals (after a name in
/// mixed case such a word is an outlet's, `Ann Lee HARBOURNews`, and goes whole). Name prefixes keep
/// their capital (`McDonald`, `DeSantis`, `MacLeod`, `FitzGerald`: two letters, or one of
/// [`GLUED_PREFIXES`]).
fn before_glue_seam(names: &str) -> &str {
    let mut word_start = 0;
    let chars: Vec<(usize, char)> = names.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !c.is_alphabetic() {
            word_start = at + c.len_utf8();
            continue;
        }
        let Some(&(_, before)) = k.checked_sub(1).and_then(|j| chars.get(j)) else { continue };
        let after = chars.get(k + 1).map(|&(_, a)| a);
        let prefix = &names[word_start..at];
        let camel = before.is_lowercase() && c.is_uppercase() && prefix.chars().count() > 2;
        let capitals = prefix.chars().count() >= 2 && prefix.chars().all(char::is_uppercase);
        let after_capitals = capitals && c.is_uppercase() && after.is_some_and(char::is_lowercase);
        if camel && !GLUED_PREFIXES.contains(&prefix) {
            return names[..at].trim_end();
        }
        if after_capitals {
            let in_capitals = !names[..word_start].chars().any(char::is_lowercase);
            return names[..if in_capitals { at } else { word_start }].trim_end();
        }
    }
    names
}

/// Longer name prefixes written with a capital after them (`MacArthur`, `VanDyke`).
const GLUED_PREFIXES: &[&str] = &["Mac", "Van", "Von", "Del", "Della", "Fitz", "Ten", "Ter"];

/// A suffix that belongs to the name before its comma (`Ana Costa, Ph.D.`, `Ray Hill, Jr.`).
fn is_name_suffix(part: &str) -> bool {
    let bare = part.trim_end_matches('.').to_lowercase();
    matches!(bare.as_str(), "ph.d" | "phd" | "m.d" | "jr" | "sr" | "ii" | "iii" | "iv" | "esq")
}

/// The names part of a byline that runs on into a timestamp (`… Associated Press June 3, 2026`,
/// `Ann Lee at 18:52`, `Ann Lee am 3. März 2026`).
fn without_timestamp(names: &str) -> &str {
    let Some(cut) = names.find(|c: char| c.is_ascii_digit()) else {
        return names.trim();
    };
    let mut head = names[..cut].trim_end_matches([',', ';', '|', '-', '–', '—', ' ', '·']);
    while let Some((rest, last)) = head.rsplit_once(' ') {
        let calendar_word = dates::month_number(last).is_some() || dates::is_weekday(last);
        let before_time = vocab::every(vocab::TIME_PREPOSITIONS).any(|p| p == last);
        if !(calendar_word || before_time) {
            break;
        }
        head = rest.trim_end_matches([',', ' ']);
    }
    head.trim()
}

/// The names without what a page prints after them on the byline's line: a separator before
/// the date (`By Ann Lee •`, `By Ann Lee on`), a social handle (`Ann Lee - @annlee`, `Ann Lee
/// (@annlee)`), the outlet
/// written for (`Ann Lee for The Globe`, `Ann Lee HNNBusiness`).
fn without_trailer(names: &str) -> &str {
    let mut names = names.trim();
    if let Some((before, _)) = names.split_once(" for ").or_else(|| names.split_once(" For ")) {
        names = before.trim_end();
    }
    loop {
        let trimmed = names.trim_end_matches(['•', '·', '|', '-', '–', '—', ' ']);
        let last = trimmed.rsplit(' ').next().unwrap_or("");
        let handle = last.trim_start_matches('(').starts_with('@');
        let cut = handle || last == "on" || (is_brand(last) && trimmed.contains(' '));
        let shorter = if cut { trimmed[..trimmed.len() - last.len()].trim_end() } else { trimmed };
        let shorter = without_glued_handle(shorter);
        if shorter == names {
            return names;
        }
        names = shorter;
    }
}

/// The names without a social handle a page saved as text glued to the last name (`Ann
/// Lee@annlee_news`, the link's text run into the next element); an address (`Ann Lee
/// ann@harbour.news`) goes whole.
fn without_glued_handle(names: &str) -> &str {
    let Some(at) = names.rfind('@').filter(|&at| !names[at..].contains(' ')) else { return names };
    let word_start = names[..at].rfind(' ').map_or(0, |space| space + 1);
    let address = names[at..].contains('.');
    let cut = if address { word_start } else { at };
    names[..cut].trim_end()
}

/// `HNNBusiness`, `HPTMoney`: an outlet's name, three capitals and more run into a word; no name
/// is written so.
fn is_brand(word: &str) -> bool {
    let capitals = word.chars().take_while(|c| c.is_uppercase()).count();
    capitals >= 3 && word.chars().nth(capitals).is_some_and(char::is_lowercase)
}

fn read_part(part: &str, byline: &mut Byline) {
    let (part, place) = split_place(part);
    if place.is_some() {
        byline.place = place;
    }
    let (name, agency) = strip_agency(part);
    if agency.is_some() {
        byline.agency = agency;
    }
    if let Some(person) = person_name(&printed_once(name)) {
        byline.authors.push(person);
    }
}

/// A name a page saved as text prints twice in a row (the link's text, then the same name in a
/// tooltip or a hidden span: `Ann Lee Ann Lee`), once.
fn printed_once(name: &str) -> Cow<'_, str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let half = words.len() / 2;
    if half == 0 || words.len() % 2 != 0 || words[..half] != words[half..] {
        return Cow::Borrowed(name);
    }
    Cow::Owned(words[..half].join(" "))
}

/// A byline's part without the place it was filed from, and that place: after a word of
/// [`vocab::BYLINE_PLACE_WORDS`] (`Ann Lee in Brussels`), or a part that is only the place (`à
/// Bruxelles` of `Par Ann Lee, à Bruxelles`), written with a capital. Most parts are names
/// alone, with no word in small letters: those are not searched.
fn split_place(part: &str) -> (&str, Option<String>) {
    if !part.split_whitespace().any(|word| word.starts_with(char::is_lowercase)) {
        return (part, None);
    }
    let found = PLACE_WORDS.iter().filter_map(|word| {
        let (at, after) = match part.strip_prefix(word.trim_start()) {
            Some(rest) => (0, rest),
            None => part.find(word.as_str()).map(|at| (at, &part[at + word.len()..]))?,
        };
        let place = after.trim();
        place.starts_with(char::is_uppercase).then_some((at, place))
    });
    match found.min_by_key(|(at, _)| *at) {
        Some((at, place)) => (part[..at].trim_end_matches(',').trim_end(), Some(place.to_string())),
        None => (part, None),
    }
}

/// The words of [`vocab::BYLINE_PLACE_WORDS`] with a space either side, as a byline prints them.
static PLACE_WORDS: LazyLock<Vec<String>> =
    LazyLock::new(|| vocab::every(vocab::BYLINE_PLACE_WORDS).map(|w| format!(" {w} ")).collect());

/// Splits a trailing agency off a name: `DAVID FERRIS Associated Press`, `Ann Lee AFP`. A short
/// agency code counts only in capitals: `Ann Pap` is a surname, not the Polish agency.
fn strip_agency(part: &str) -> (&str, Option<String>) {
    let words: Vec<&str> = part.split_whitespace().collect();
    let agency = |text: &str| agency_name(text).filter(|_| printed_as_agency(text));
    if let Some(agency) = agency_role(&words, agency) {
        return ("", Some(agency));
    }
    for cut in 1..words.len() {
        let tail = words[cut..].join(" ");
        if let Some(agency) = agency(&tail) {
            let name_len = part.find(words[cut]).unwrap_or(part.len());
            return (part[..name_len].trim(), Some(agency));
        }
    }
    match agency(part) {
        Some(agency) => ("", Some(agency)),
        None => (part, None),
    }
}

/// An agency's name as bylines print it: a long name in any case, a code of four letters or
/// fewer in capitals (`AP`, `AFP`, `PAP`), or `dpa`.
/// The agency of a part that is its staff's role (`AP National Political Writer`, `Reuters
/// Staff`): an agency's name, then words ending in a role; no person.
fn agency_role(words: &[&str], agency: impl Fn(&str) -> Option<String>) -> Option<String> {
    let role = words.len() > 1 && words.last().is_some_and(|w| is_role(w));
    (1..words.len()).filter(|_| role).find_map(|cut| agency(&words[..cut].join(" ")))
}

fn printed_as_agency(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 4 || letters.iter().all(|c| c.is_uppercase()) || text.trim() == "dpa"
}

/// True when a line labels people who did not write the story (`Fact checked by`, `Photos by`).
pub(crate) fn credits_others(line: &str) -> bool {
    line.to_lowercase().split_whitespace().any(|w| NOT_AUTHORS.contains(&w))
}

/// Words of a label for people who did not write the story (`Fact checked by`, `Photos by`).
#[rustfmt::skip]
const NOT_AUTHORS: &[&str] = &[
    "checked", "reviewed", "edited", "photos", "photographs", "photography", "illustrations", "illustrated",
    "produced", "sponsored", "presented", "powered", "designed", "verified", "approved",
];
