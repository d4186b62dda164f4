//! The dateline that opens a news story: `MOSCOW/WASHINGTON, Dec 3 (Reuters) – `.

use super::agency::spelled_as_agency;
pub(crate) use super::agency::{agency_in, agency_name};
use super::dates::LETTER;
use regex::Regex;
use std::sync::LazyLock;

/// What a dateline says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// The place as printed, up to the date or the agency; empty when the dateline names only
    /// its agency (`(Reuters) - `).
    pub(crate) place: String,
    /// `Dec 3`, when the dateline carries a day.
    pub(crate) month_day: Option<String>,
    /// The year, when the dateline prints one after the day (`March 3, 2026`).
    pub(crate) year: Option<i32>,
    /// The agency named in brackets, by its short name.
    pub(crate) agency: Option<String>,
    /// Byte length of the dateline prefix, to strip it from the paragraph.
    pub(crate) len: usize,
}

/// Capitals of the scripts of [`LETTER`]: narrower than `\p{Lu}`, for speed as that is.
const UPPER: &str = "A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-Я";

/// A dateline's place: up to four words, each opening with a capital.
const PLACE: &str = r"[U][L'’.\-]*(?:[\ /][U][L'’.\-]*){0,3}";
/// A dateline's month and day, either way round (`Dec 3`, `3 dic`, `3. Dezember`), and maybe
/// the year (`3 mars 2026`, `March 3, 2026`).
const MONTH_DAY: &str = r"(?P<md>[L]{3,9}\.?\ \d{1,2}|\d{1,2}\.?\ [L]{3,9}\.?)(?:,?\ (?P<year>\d{4}))?";

/// A dateline's opening: the place (maybe with its state or country after a comma) and maybe
/// its month and day.
const OPENING: &str = r"^
        (?P<place>{PLACE}
           (?:,\ [U][L.]*(?:\ [U][L.]*){0,2})?)
        (?:,?\ {MONTH_DAY})?";

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    dateline_pattern(
        r"(?x){OPENING}
        \s*(?:(?:[-–—]{1,2}\s*)?(?:\((?P<agency>[L\ ./\-]{2,40})\)|/(?P<slashed>[L\ .\-]{2,40})/))?
        \s*(?:\.?[-–—]{1,2}\s+|--|:\s+)",
    )
});

/// `STOCKHOLM (TT) The …`, `Bonn (KNA) Die …`, `MOSCOW, March 4. /TASS/. The …`: a dateline whose
/// agency in brackets or slashes is followed by the story with no dash; its day may stand with no
/// month (`MADRID, 4 (EUROPA PRESS) El …`, as Spanish wires print the day of the month). Apart from
/// [`DATELINE`], and asked only of a paragraph whose agency stands so, as a pattern's captures
/// cost grows with its size.
static UNDASHED: LazyLock<Regex> = LazyLock::new(|| {
    dateline_pattern(
        r"(?x){OPENING}(?:,\ \d{1,2})?\.?
        \s*(?:\((?P<undashed>[L\ .\-]{2,40})\)|/(?P<undashed_slashed>[L\ .\-]{2,40})/)\.?\ ",
    )
});

/// `(ANSA) - ROMA, 3 DIC - `: the agency before the place, as Italian and some other wires print it.
static AGENCY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    dateline_pattern(
        r"(?x)^
        \((?P<agency>[L\ .\-]{2,40})\)\s*[-–—]{1,2}\s*
        (?P<place>{PLACE})
        (?:,?\ {MONTH_DAY})?
        \s*[-–—]{1,2}\s+",
    )
});

/// `Norddeich — Wegen …`, `Kerlouan – Les …`: a staff dateline in natural case, as German and
/// French papers print it: up to three capitalised words (small joiners such as `am` or `de`
/// between them), a spaced dash, and the story going on with a capital.
static NATURAL_CASE: LazyLock<Regex> = LazyLock::new(|| {
    dateline_pattern(
        r"(?x)^
        (?P<place>[U][L'’.\-]*(?:\ (?:[a-z]{1,3}\ )?[U][L'’.\-]*){0,2})
        \ [—–-]\ [U]",
    )
});

/// Fewest words of a paragraph opened by a dateline in natural case: a short line opening with
/// a word and a dash is a caption or a teaser.
const NATURAL_CASE_WORDS: usize = 12;

/// Reads a staff dateline printed in natural case (`Norddeich — Wegen …`) at the start of the
/// story's first paragraph (anywhere else a capitalised word before a dash as often opens a
/// sentence). Labels, weekdays, months and web names (`Example.Net - `, a site crediting itself)
/// are never places.
fn natural_case(paragraph: &str) -> Option<Dateline> {
    let head = prefix(paragraph, MAX_DATELINE);
    let c = NATURAL_CASE.captures(head)?;
    let place = c.name("place")?.as_str();
    let first = place.split([' ', '-']).next().unwrap_or(place);
    let calendar = super::dates::is_weekday(first) || super::dates::month_number(first).is_some();
    let web_name = place.split('.').skip(1).any(|s| s.starts_with(char::is_alphabetic));
    if calendar || web_name || LABELS.contains(&place.to_uppercase().as_str()) {
        return None;
    }
    if paragraph.split_whitespace().count() < NATURAL_CASE_WORDS {
        return None;
    }
    let len = c.get(0)?.end() - c.get(0)?.as_str().chars().last()?.len_utf8();
    Some(Dateline { place: place.to_string(), month_day: None, year: None, agency: None, len })
}

/// `(Reuters) - The …`: an agency in brackets opening the story with no place before it.
static AGENCY_ALONE: LazyLock<Regex> =
    LazyLock::new(|| dateline_pattern(r"^\((?P<agency>[L\ .\-]{2,40})\)\s*[-–—]{1,2}\s+"));

/// A dateline pattern with its shared parts filled in and `[U]`/`[L` spelled as the letter
/// classes.
fn dateline_pattern(pattern: &str) -> Regex {
    let pattern =
        pattern.replace("{OPENING}", OPENING).replace("{PLACE}", PLACE).replace("{MONTH_DAY}", MONTH_DAY);
    Regex::new(&pattern.replace("[U]", &format!("[{UPPER}]")).replace("[L", &format!("[{LETTER}")))
        .expect("valid dateline pattern")
}

/// The dateline's month and day, when it has one that names a day of the calendar; `Err` when
/// it has one that does not (then the text is no dateline).
fn month_day(c: &regex::Captures) -> Result<Option<String>, ()> {
    match c.name("md").map(|m| m.as_str().to_string()) {
        Some(md) if super::dates::parse_month_day(&md).is_none() => Err(()),
        found => Ok(found),
    }
}

/// The year printed after the dateline's day.
fn year(c: &regex::Captures) -> Option<i32> {
    c.name("year")?.as_str().parse().ok()
}

/// Reads a dateline that names its agency before the place (`(ANSA) - ROMA, 3 DIC -`, `(ANSA) -
/// Serralta, 18 NOV -`): the agency in brackets marks it, as it does after the place. With no
/// place after it (`(Reuters) - The …`, read only at the story's opening) it gives the agency
/// and an empty place.
fn parse_agency_first(head: &str, trust: Trust) -> Option<Dateline> {
    let Some(c) = AGENCY_FIRST.captures(head) else {
        let c = AGENCY_ALONE.captures(head).filter(|_| trust == Trust::StoryOpening)?;
        let agency = agency_name(c.name("agency")?.as_str().trim())?;
        let len = c.get(0)?.end();
        return Some(Dateline {
            place: String::new(),
            month_day: None,
            year: None,
            agency: Some(agency),
            len,
        });
    };
    let place = c.name("place")?.as_str().trim().to_string();
    let month_day = month_day(&c).ok()?;
    let agency = agency_name(c.name("agency")?.as_str().trim())?;
    let len = c.get(0).map_or(0, |m| m.end());
    Some(Dateline { place, month_day, year: year(&c), agency: Some(agency), len })
}

/// Where a dateline is read, which decides the shapes trusted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trust {
    /// Any paragraph: a dateline found here places the story, so only the sure shapes.
    Anywhere,
    /// The first paragraph of a story placed by other means: weaker shapes too.
    StoryOpening,
}

/// Reads the dateline at the start of a paragraph, anywhere on a page: one naming its agency, or
/// a place in capitals and a dash (`WASHINGTON — `), so that an ordinary sentence is never taken
/// for one.
pub(crate) fn parse(paragraph: &str) -> Option<Dateline> {
    read(paragraph, Trust::Anywhere)
}

/// Reads the dateline opening the story's first paragraph, where shapes too weak to place a
/// story are trusted as well: the paper's own name in brackets (`WASHINGTON (CNN) — `: a place
/// and no agency), an agency with no place (`(Reuters) - `), a staff dateline in natural case
/// (`Norddeich — Wegen …`). (A place in capitals before a colon, `NEW DELHI: `, is not read:
/// `NOTES:` and `DEAR ABBY:` open stories in the same shape.)
pub(crate) fn parse_opening(paragraph: &str) -> Option<Dateline> {
    read(paragraph, Trust::StoryOpening).or_else(|| natural_case(paragraph))
}

fn read(paragraph: &str, trust: Trust) -> Option<Dateline> {
    let head = prefix(paragraph, MAX_DATELINE);
    if head.starts_with('(') {
        return parse_agency_first(head, trust);
    }
    if !could_be_dateline(head) {
        return None;
    }
    let undashed_match = || undashed_agency_end(head).and_then(|_| UNDASHED.captures(head));
    let c = DATELINE.captures(head).or_else(undashed_match)?;
    let place = c.name("place")?.as_str().trim().trim_end_matches(['-', '–', '—']).to_string();
    if LABELS.contains(&place.to_uppercase().as_str()) {
        return None;
    }
    let month_day = month_day(&c).ok()?;
    let len = c.get(0)?.len();
    let agency = match credited_agency(&c, head, &place, trust)? {
        Credit::Agency(name) => Some(name),
        Credit::Staff => None,
    };
    Some(Dateline { place, month_day, year: year(&c), agency, len })
}

/// Whom a dateline credits for its story.
enum Credit {
    /// A wire agency (`MOSCOW, Dec 3 (Reuters) –`).
    Agency(String),
    /// No agency: a staff dateline, or the paper's own name in brackets (`WASHINGTON (CNN) —`).
    Staff,
}

/// Whom a dateline matched in `head` credits: an agency, or the staff (a staff dateline, or the
/// paper's own name in brackets, trusted only where the story opens); `None` when the match is
/// no dateline: brackets naming no agency, an agency with no dash that is not spelled as the
/// agency writes itself or not followed by the story's capital, or no agency after a colon, a
/// glued `--` or a place not in capitals.
fn credited_agency(c: &regex::Captures, head: &str, place: &str, trust: Trust) -> Option<Credit> {
    let whole = c.get(0)?.as_str();
    let (colon, glued) = (whole.trim_end().ends_with(':'), whole.ends_with("--"));
    let undashed = c.name("undashed").or_else(|| c.name("undashed_slashed")).map(|a| a.as_str().trim());
    let story_follows = || head[whole.len()..].starts_with(char::is_uppercase);
    if undashed.is_some_and(|a| !spelled_as_agency(a) || !story_follows()) {
        return None;
    }
    let own_paper =
        trust == Trust::StoryOpening && c.name("agency").is_some() && !glued && capitalised_place(place);
    let groups = ["agency", "slashed", "undashed", "undashed_slashed"];
    let agency = groups.iter().find_map(|g| c.name(g)).map(|a| a.as_str().trim());
    match agency.map(bracketed_agency) {
        Some(Some(name)) => Some(Credit::Agency(name)),
        Some(None) if own_paper => Some(Credit::Staff),
        Some(None) => None,
        None if colon || glued || !capitalised_place(place) => None,
        None => Some(Credit::Staff),
    }
}

/// The agency a dateline's brackets name, or the first agency of those it names together
/// (`(dpa/AFP)`, `(awp/sda)`, as German and Swiss papers credit a story drawn from two wires).
fn bracketed_agency(text: &str) -> Option<String> {
    agency_name(text).or_else(|| text.split('/').find_map(agency_name))
}

/// Newsroom labels printed like a dateline (`FILE - Players pose…` under an archive photo,
/// `UPDATE - …`): never a place.
const LABELS: &[&str] = &[
    "FILE",
    "FILE PHOTO",
    "PHOTO",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "WATCH",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "CORRECTION",
    "LIVE",
    "VIDEO",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
];

/// A cheap test before the pattern runs: a capital first, a dash or colon within a few words,
/// and before it an agency in brackets or a place in capitals.
fn could_be_dateline(head: &str) -> bool {
    let hyphens = || head.match_indices('-').map(|(at, _)| at);
    let spaced = || hyphens().find(|&at| head[..at].ends_with(' ')).map(|at| at - 1);
    let after_bracket = || hyphens().find(|&at| head[..at].ends_with(").")).map(|at| at - 2);
    let doubled = || hyphens().find(|&at| head[at + 1..].starts_with('-'));
    let bracketed = || undashed_agency_end(head);
    let cut =
        head.find(['—', '–']).or_else(spaced).or_else(after_bracket).or_else(doubled).or_else(bracketed);
    let Some(cut) = cut.or_else(|| head.find(": ")) else {
        return false;
    };
    let before = &head[..cut];
    let mut letters = before.chars().filter(|c| c.is_alphabetic()).take(3);
    head.starts_with(char::is_uppercase)
        && before.split_whitespace().count() <= 10
        && (before.contains(['(', '/']) || letters.all(char::is_uppercase))
}

/// Where an agency's name in brackets or slashes closes in `head` when the text goes on after a
/// space (`STOCKHOLM (TT) The …`, `MOSCOW, March 4. /TASS/. The …`).
fn undashed_agency_end(head: &str) -> Option<usize> {
    [('(', ')'), ('/', '/')].into_iter().find_map(|(open, close)| {
        let goes_on = |at: usize| head[at + 1..].trim_start_matches('.').starts_with(' ');
        let (at, _) = head.match_indices(close).find(|&(at, _)| at > 0 && goes_on(at))?;
        let start = head[..at].rfind(open)?;
        agency_name(&head[start + 1..at]).map(|_| at + 1)
    })
}

/// Longest dateline looked for, in bytes; the pattern runs on that prefix of a paragraph only.
const MAX_DATELINE: usize = 120;

/// The first `max` bytes of `text`, cut back to a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn capitalised_place(place: &str) -> bool {
    let head = place.split(',').next().unwrap_or("");
    let letters: Vec<char> = head.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines_in_the_styles_of_other_languages_are_read() {
        for (text, place, agency) in [
            ("MOSKAU, 3. Dezember (Reuters) - Die", "MOSKAU", "Reuters"),
            ("LISBOA, 3 dez (Lusa) - O", "LISBOA", "Lusa"),
            ("ROMA, 3 DIC - (ANSA) - Il", "ROMA", "ANSA"),
            ("Madrid, 3 dic (EFE).- El", "Madrid", "EFE"),
            ("WARSZAWA, 3 grudnia (PAP) - W", "WARSZAWA", "PAP"),
            ("(ANSA) - ROMA, 3 DIC - Il", "ROMA", "ANSA"),
            ("(ANSA) - Serralta, 18 NOV - Il", "Serralta", "ANSA"),
            ("BREST, 3 mars 2026 (AFP) - Les", "BREST", "AFP"),
            ("Lisboa, 9 set 2026 (Lusa) - O", "Lisboa", "Lusa"),
            ("NEW YORK, March 3, 2026 /PRNewswire/ -- The", "NEW YORK", "PR Newswire"),
            ("SAN FRANCISCO--(BUSINESS WIRE)--The", "SAN FRANCISCO", "Business Wire"),
            ("OSLO, March 3, 2026 (GLOBE NEWSWIRE) -- The", "OSLO", "GlobeNewswire"),
            ("STOCKHOLM (TT) De", "STOCKHOLM", "TT"),
            ("Bonn (KNA) Die", "Bonn", "KNA"),
            ("New Delhi, Dec 3 (IANS) The", "New Delhi", "IANS"),
            ("MOSCOW, March 4. /TASS/. The", "MOSCOW", "TASS"),
            ("МОСКВА, 4 марта. /ТАСС/. В", "МОСКВА", "TASS"),
            ("Zürich (awp/sda) - Die", "Zürich", "SDA"),
            ("Berlin (dpa/AFP) - Die", "Berlin", "dpa"),
            ("Genève (ATS) - Le", "Genève", "ATS"),
            ("MADRID, 4 (EUROPA PRESS) El", "MADRID", "Europa Press"),
        ] {
            let d = parse(text).expect(text);
            assert_eq!((d.place.as_str(), d.agency.as_deref()), (place, Some(agency)), "{text}");
            assert_eq!(text[d.len..].split_whitespace().count(), 1, "{text}: the whole dateline is cut");
        }
    }

    fn place_of(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        parse(text).map(|d| (d.place, d.month_day, d.agency))
    }

    #[test]
    fn an_agency_without_a_dash_needs_its_own_spelling_and_a_capital_after_it() {
        assert_eq!(place_of("Canadian Pacific (cp) Confirms Earnings"), None, "a ticker in small letters");
        assert_eq!(place_of("Bonn (KNA) die Kirche"), None, "a sentence going on");
        assert_eq!(place_of("Harbour Lines (HL) The"), None, "no agency");
    }

    #[test]
    fn weaker_shapes_are_read_only_where_the_story_opens() {
        let opening = |text: &str| parse_opening(text).map(|d| (d.place, d.agency));
        for (text, place, agency) in [
            ("WASHINGTON (CNN) — The Senate voted.", "WASHINGTON", None),
            ("PORT ELLERY, Ore. (Harbour Post) - The board met.", "PORT ELLERY, Ore.", None),
            ("(Reuters) - The board met.", "", Some("Reuters")),
        ] {
            assert_eq!(opening(text), Some((place.to_string(), agency.map(String::from))), "{text}");
            assert_eq!(place_of(text), None, "{text}: not anywhere");
        }
        assert_eq!(
            opening("Port Ellery (Harbour Post) - The board met."),
            None,
            "natural case needs an agency"
        );
        assert_eq!(opening("NOTES: The board met."), None, "a colon's heading");
    }

    #[test]
    fn newsroom_labels_are_not_places() {
        assert_eq!(place_of("FILE - Players pose after the final in Charlotte, N.C., Dec. 2, 2023."), None);
        assert_eq!(place_of("EDITOR'S NOTE — This story was updated."), None);
    }

    #[test]
    fn reads_wire_datelines() {
        let seed = "MOSCOW/WASHINGTON, Dec 3 (Reuters) – The path ahead is unclear.";
        assert_eq!(
            place_of(seed),
            Some(("MOSCOW/WASHINGTON".into(), Some("Dec 3".into()), Some("Reuters".into())))
        );
        assert_eq!(
            place_of("KYIV, Ukraine (AP) — Volunteers worked.").map(|p| p.0),
            Some("KYIV, Ukraine".into())
        );
        assert_eq!(
            place_of("SPRINGFIELD, Ill. (AP) — Lawmakers voted.").map(|p| p.0),
            Some("SPRINGFIELD, Ill.".into())
        );
        assert_eq!(place_of("Paris (AFP) - The opening was delayed.").map(|p| p.2), Some(Some("AFP".into())));
        assert_eq!(place_of("BERLIN (dpa) - Die Länder wollen.").map(|p| p.2), Some(Some("dpa".into())));
        assert_eq!(
            place_of("MEXICO CITY, April 9 (Reuters) - Prices fell.").map(|p| p.0),
            Some("MEXICO CITY".into())
        );
    }

    #[test]
    fn reads_staff_datelines_in_capitals_only() {
        assert_eq!(
            place_of("WASHINGTON — A Senate committee acted."),
            Some(("WASHINGTON".into(), None, None))
        );
        assert_eq!(
            place_of("MANCHESTER, England — Rovers won.").map(|p| p.0),
            Some("MANCHESTER, England".into())
        );
        assert_eq!(place_of("The company said - and repeated - that it would."), None);
        assert_eq!(place_of("Officials — who declined to be named — said so."), None);
        assert_eq!(place_of("NOTE: fourth quarter figures are not available."), None);
        assert_eq!(place_of("WASHINGTON-based lobbyists said so."), None);
        assert_eq!(
            place_of("RPT --LONDON, Mar 30 (Reuters) – Shares fell."),
            None,
            "a dash glued on needs an agency"
        );
        assert_eq!(place_of("The harbour and/or the quay -- both closed -- were busy."), None);
        let state = place_of("CHARLOTTE, N.C., Mar 6 (Reuters) – First Union said so.");
        assert_eq!(state.map(|p| (p.0, p.1)), Some(("CHARLOTTE, N.C.".into(), Some("Mar 6".into()))));
    }

    #[test]
    fn reads_staff_datelines_in_natural_case_from_the_storys_opening() {
        let story = "words in the story that goes on well past the dateline itself.";
        for (opening, place) in [
            ("Norddeich — Wegen eines schweren Sturms", "Norddeich"),
            ("Kerlouan – Les boulangers de la commune", "Kerlouan"),
            ("Frankfurt am Main - Die Stadt", "Frankfurt am Main"),
            ("Saint-Malo — Le port", "Saint-Malo"),
        ] {
            let text = format!("{opening} {story}");
            let d = natural_case(&text).expect(opening);
            assert_eq!(d.place, place);
            assert!(text[d.len..].starts_with(char::is_uppercase), "{opening}: the dash is cut");
        }
        for sentence in [
            "Officials — who declined to be named — said the harbour would stay closed for now.",
            "Tuesday — The council met again and said the harbour would stay closed for now.",
            "Update — The council met again and said the harbour would stay closed for now.",
            "The harbour — Closed since March, it will open on Monday for the ferry crews.",
            "Kerlouan — Les boulangers",
            "Harbourwatch.Net - The council met again and said the harbour would stay closed for now.",
        ] {
            assert_eq!(natural_case(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn dateline_length_strips_the_prefix() {
        let text = "LONDON (Reuters) - British retailers suffered.";
        let d = parse(text).expect("dateline");
        assert_eq!(&text[d.len..], "British retailers suffered.");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_paragraph_parses_or_not_without_panic(text in "\\PC{0,300}") {
            if let Some(d) = parse(&text) {
                prop_assert!(d.len <= text.len());
                prop_assert!(text.is_char_boundary(d.len));
            }
        }
    }
}
