//! Bylines a page saved as text does not print as `By A` on one line: `By` (`Written by`,
//! `Author`) alone with the names on the next line, a name over its role (`Political reporter`)
//! or over its outlet (`USA TODAY`), a name with its role or its date after it on its line
//! (`Ann Lee, Auto Writer`, `Ann Lee - Nov 19, 2025`), or a bare name beside the date under the
//! headline.

use super::agency::spelled_agency;
use super::byline;
use super::dates;
use super::furniture;
use super::lines;
use super::names;
use super::reach::{BARE_NAME_REACH, SPLIT_BYLINE_REACH};

/// A byline between the headline and the story that is not one `By A` line (a page saved as
/// text puts each element on a line of its own): a label and the names on the next line, a name
/// over or with its role, a name with its handle, else a bare name beside the date (which may be
/// the line over the headline, when the page is `dated_above` it).
pub(crate) fn split_byline(below_headline: &[String], dated_above: bool) -> Option<byline::Byline> {
    let near = &below_headline[..below_headline.len().min(SPLIT_BYLINE_REACH)];
    (0..near.len())
        .find_map(|at| labelled_names(&near[at], &near[at + 1..]))
        .or_else(|| {
            let next = |i: usize| near.get(i + 1).map_or("", String::as_str);
            near.iter().enumerate().find_map(|(i, line)| name_over_role(line, next(i)))
        })
        .or_else(|| name_over_outlet(under_deck(near)))
        .or_else(|| near.iter().find_map(|line| name_with_handle(line)))
        .or_else(|| near.iter().find_map(|line| name_with_trailer(line)))
        .or_else(|| bare_name(&near[..near.len().min(BARE_NAME_REACH)], dated_above))
}

/// A label alone on its line and the names on the lines `after` it (`By` / `Ann Lee`, `Written
/// by` / `Ann Lee and Tom Quist`), with more names past a joiner alone on its line (`By` / `Ann
/// Lee` / `and` / `Tom Quist`, as a page saved as text prints each linked name on a line).
pub(crate) fn labelled_names(line: &str, after: &[String]) -> Option<byline::Byline> {
    let first = after.first().filter(|_| byline::is_names_label(line))?;
    let mut names = first.trim().to_string();
    for pair in after[1..].chunks_exact(2).take_while(|pair| byline::is_joiner_line(&pair[0])) {
        names = format!("{names} {} {}", pair[0].trim(), pair[1].trim());
    }
    byline::parse(&format!("By {names}"))
}

/// A name on a line of its own (or followed by its role) over a line giving its role or its
/// handle (`Alma Reyes` / `Political reporter`; `Tova Lind Wellness Writer`; `Alma Reyes` /
/// `@alma_r`). A label (`Share This Article:`) or a byline's `By` line is not a name; a role ends
/// in its noun (`Senior Research Fellow, Center for …` up to its comma), so `Correspondents' Desk`
/// is none.
fn name_over_role(line: &str, next: &str) -> Option<byline::Byline> {
    let starts_capital = |l: &str| l.chars().next().is_some_and(char::is_uppercase);
    let is_role_line = |l: &str| l.split_whitespace().count() <= 8 && starts_capital(l) && ends_in_role(l);
    let own_role = line.split_whitespace().count() > 2 && ends_in_role(line);
    let by = || line.split_whitespace().next().is_some_and(|w| byline::is_by_alone(w.trim_end_matches(':')));
    let not_name = || line.trim_end().ends_with(':') || by() || has_site_words(line);
    let over = own_role || is_role_line(next) || is_handle(next);
    let name = names::person_name(line).filter(|_| over && !not_name())?;
    Some(one_author(name))
}

/// A social handle alone on a line (`@ines_m`), as a page saved as text prints it under the name.
fn is_handle(line: &str) -> bool {
    let line = line.trim();
    line.len() > 1 && line.starts_with('@') && !line.contains(char::is_whitespace)
}

/// The lines under the headline past its deck (a line of a sentence's length), if it has one.
fn under_deck(below_headline: &[String]) -> &[String] {
    let deck = below_headline.first().is_some_and(|l| lines::words_at_least(l, DECK_WORDS));
    &below_headline[usize::from(deck)..]
}

/// Fewest words of a deck under the headline.
const DECK_WORDS: usize = 8;

/// A name on a line of its own over the outlet's name (`Ines Marlow` / `Harbour Valley Gazette`,
/// `USA TODAY`) right under the headline or its deck: a line of at most five capitalised words
/// ending in one that names an organisation, maybe with its date glued on (`Associated
/// PressDecember 2, 2016`); a menu's `Trending` / `China Earthquake` / `Israel Hamas News` is not
/// right under the headline.
fn name_over_outlet(below_deck: &[String]) -> Option<byline::Byline> {
    let (line, next) = (below_deck.first()?, below_deck.get(1)?);
    let next = glued_date(next).map_or(next.as_str(), |(outlet, _)| outlet);
    let plain = !has_site_words(line) && !is_place(line) && !line.trim_end().ends_with(':');
    let name = names::person_name(line).filter(|_| is_outlet(next) && plain)?;
    Some(one_author(name))
}

/// An outlet's name of two words or more after a name on its line (`Ann Lee, The Harbour News`;
/// `Ann Lee Transport, News` names a section).
fn is_named_outlet(text: &str) -> bool {
    text.split_whitespace().nth(1).is_some() && is_outlet(text)
}

/// An outlet's name: at most five capitalised words ending in one that names an organisation
/// (`Harbour Valley Gazette`, `USA TODAY`, `The Detroit News`).
fn is_outlet(text: &str) -> bool {
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

/// A name with its social handle glued on or after a comma (`Sara Gold@saragold`, `Sara Gold,
/// @saragold`): a person's byline (a label has no handle).
fn name_with_handle(line: &str) -> Option<byline::Byline> {
    let (name, handle) = line.trim().split_once('@')?;
    let glued = name.ends_with(|c: char| !c.is_whitespace());
    let name_comma = name.trim_end().strip_suffix(',');
    let handle_only =
        (glued || name_comma.is_some()) && !handle.is_empty() && !handle.contains(char::is_whitespace);
    let name = name_comma.unwrap_or(name);
    let name = names::person_name(name).filter(|_| handle_only && !has_site_words(name))?;
    Some(one_author(name))
}

/// A name (or names, `Ann Lee & Tom Quist`) with what a byline prints beside it on its line:
/// its role, its outlet or its date after a comma (`Ann Lee, Auto Writer`, `Ann Lee, The Harbour
/// News`, `Ann Lee, March 3, 2026`), its outlet after a bar (`Ann Lee | Harbour Post`), its
/// date or age after a separator (`Ann Lee - March 3, 2026`, `Ann Lee | 2 hours ago`), glued on
/// (`Ann LeeMarch 3, 2026`), or its date before a separator (`March 3, 2026 | Ann Lee | 4 min
/// read`). Site words (`Updated - March 3`) or a place's (`North Shore, Staff Writer`) are no
/// name. (A name and a handle apart, `Ann Lee @annlee`, heads an embedded post: not read.)
fn name_with_trailer(line: &str) -> Option<byline::Byline> {
    let line = line.trim();
    let comma = line.match_indices(',').find(|&(at, _)| line[at + 1..].starts_with(' '));
    let role = comma.map(|(at, _)| (&line[..at], &line[at + 2..]));
    let role = role.filter(|(name, rest)| {
        let named = !name.contains(|c: char| c.is_ascii_digit());
        let dated = || named && lines::word_count(rest) <= DATE_WORDS && dates::opens_with_date(rest);
        lines::word_count(rest) <= ROLE_WORDS && ends_in_role(rest) || is_named_outlet(rest) || dated()
    });
    let outlet = || line.split_once(" | ").filter(|(_, rest)| is_named_outlet(rest));
    let separated = line.contains(|c: char| TRAILER_MARKS.contains(&c));
    let dated = || {
        let seps = TRAILER_SEPARATORS.iter().filter(|_| separated);
        let parts = seps.filter_map(|sep| line.split_once(sep));
        parts
            .filter(|(_, when)| dates::is_dateish(when) || dates::is_age(when))
            .min_by_key(|(name, _)| name.len())
    };
    let after_date = || {
        let first = line.split_whitespace().next()?.trim_end_matches([',', '.']);
        (separated && dates::is_date_opener(first)).then_some(())?;
        TRAILER_SEPARATORS.iter().find_map(|sep| {
            let mut parts = line.split(sep);
            let (when, name) = (parts.next()?, parts.next()?);
            dates::is_dateish(when).then_some((name, when))
        })
    };
    let (name, _) = role.or_else(outlet).or_else(dated).or_else(after_date).or_else(|| glued_date(line))?;
    let name = without_weekday(name);
    let plain = !has_site_words(name) && !is_place(name);
    names::person_name(name).filter(|_| plain).map(one_author).or_else(|| listed_names(name))
}

/// A name without the weekday that opens the date after it (`Ann Lee Monday, March 3, 2026`).
fn without_weekday(name: &str) -> &str {
    match name.trim_end().rsplit_once(' ') {
        Some((before, last)) if dates::is_weekday(last) => before.trim_end(),
        _ => name,
    }
}

/// A name and its date apart on its line ([`name_with_trailer`]'s lines printing a date past a
/// separator or a comma: `30. Oktober 2026 | Ann Lee`, `Ann Lee - March 3, 2026`, `Ann Lee
/// Monday, March 2, 2026`): a byline wherever it stands. (A date line alone, `April 1, 1987`, is
/// let go before the name is looked for.)
pub(crate) fn name_with_date(line: &str) -> Option<byline::Byline> {
    let named_before_comma = || {
        line.split_once(", ")
            .is_some_and(|(name, _)| !name.contains(|c: char| c.is_ascii_digit()) && name.contains(' '))
    };
    let apart = || line.contains(|c: char| TRAILER_MARKS.contains(&c)) || named_before_comma();
    let shaped = lines::words_at_most(line, DATED_NAME_WORDS) && apart() && dates::has_date_digits(line);
    shaped.then(|| name_with_trailer(line)).flatten().filter(|_| !dates::find_dates(line).is_empty())
}

/// Most words of a name with its date on its line (four of the name, the rest the date's).
const DATED_NAME_WORDS: usize = 16;

/// A line split where a date is glued to the word before it (`Ann LeeDecember 20, 2023 Comments`,
/// as a page saved as text runs a linked name into the date beside it): the part before, and the
/// date on.
fn glued_date(line: &str) -> Option<(&str, &str)> {
    let mut parts = seams(line).map(|at| line.split_at(at));
    parts.find(|(_, rest)| {
        let first = rest.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.']);
        dates::is_date_opener(first) && !dates::find_dates(rest).is_empty()
    })
}

/// What stands between a name and the date after it on a byline's line.
const TRAILER_SEPARATORS: [&str; 6] = [" - ", " – ", " — ", " | ", " · ", " • "];

/// The marks of those separators: a line with none of them is asked for none (each search for a
/// separator costs more than this one pass over the line).
const TRAILER_MARKS: [char; 6] = ['-', '–', '—', '|', '·', '•'];

/// Most words of a date after a name and its comma (`Monday, March 3, 2026, 9:15 a.m. EST`).
const DATE_WORDS: usize = 12;

/// Most words of a role after a name (`Senior Political Reporter`).
const ROLE_WORDS: usize = 5;

/// A byline naming one person, with no place or agency.
fn one_author(name: String) -> byline::Byline {
    byline::Byline { authors: vec![name], place: None, agency: None }
}

/// True when a line's last word before any comma is a role (`Political reporter`).
fn ends_in_role(line: &str) -> bool {
    let head = line.split(',').next().unwrap_or(line);
    head.split_whitespace().next_back().is_some_and(|w| !w.starts_with('@') && names::is_role(w))
}

/// A name alone on a line just under the headline (`Ines Marlow`) with a date line one or two
/// lines above or below it (past a separator such as `-` or a reading time): the byline of a page
/// that prints no `By`. A line in capitals (`STOP THE FERRY CUTS`) is a label, and so is one of
/// site words (`Privacy Policy`, `Photo Courtesy`) or a place's (`North Shore`); a name under
/// `Fact checked by` is not the writer's, nor one past a list's heading (`You may also like`: the
/// names there are other stories' writers). A name right under the headline stands beside the
/// date over it (`March 3, 2026` / headline / `Ines Marlow`) when the page is `dated_above` it.
fn bare_name(below_headline: &[String], dated_above: bool) -> Option<byline::Byline> {
    let found = first_bare_name(below_headline, dated_above)?;
    // The list's heading is looked for only once a name is found: most pages have none.
    match below_headline.iter().position(|l| furniture::is_list_head(l)) {
        Some(list) => first_bare_name(&below_headline[..list], dated_above),
        None => Some(found),
    }
}

/// The first bare name of [`bare_name`] under the headline, lists or none.
fn first_bare_name(below_headline: &[String], dated_above: bool) -> Option<byline::Byline> {
    below_headline.iter().enumerate().find_map(|(i, line)| {
        let short = lines::words_at_most(line, BYLINE_WORDS) && !line.contains(|c: char| c.is_ascii_digit());
        let credited = i > 0 && byline::credits_others(&below_headline[i - 1]);
        let byline = short.then(|| lone_name(line).or_else(|| listed_names(line))).flatten();
        let dated = || dated_above && i == 0 || beside_date(below_headline, i);
        byline.filter(|_| !credited && dated())
    })
}

/// A line that is one person's name: two to four words in natural case, not site words or a
/// place; or a wire agency's name alone, written as the agency writes it (`Agence France-Presse`,
/// `dpa`, `ANSA`), which credits the story to it and names no one.
fn lone_name(line: &str) -> Option<byline::Byline> {
    if let Some(credit) = byline::agency_alone(line) {
        return Some(credit);
    }
    let line = without_glued_role(without_bracketed_agency(line));
    let words = line.split_whitespace().count();
    let natural_case = line.chars().any(char::is_lowercase);
    let shaped = (2..=4).contains(&words) && natural_case && !has_site_words(line) && !is_place(line);
    shaped.then(|| names::person_name(line)).flatten().map(one_author)
}

/// True unless an ampersand joins something other than two people's names (`Arts &
/// Entertainment`, `Modules & Upstream Manufacturing`: a menu's label).
fn ampersand_joins_people(line: &str) -> bool {
    if !line.contains('&') {
        return true;
    }
    let sides: Vec<&str> = line.split(" & ").collect();
    let people = |left: &str, right: &str| {
        let before = left.rsplit(", ").next().unwrap_or(left);
        let after = right.split(", ").next().unwrap_or(right);
        names::person_name(before).is_some() && names::person_name(after).is_some()
    };
    sides.windows(2).all(|pair| people(pair[0], pair[1]))
}

/// A name without the wire agency a bracket after it names (`Ines Marlow (Reuters)`).
fn without_bracketed_agency(line: &str) -> &str {
    let bracketed = byline::trailing_bracket(line);
    bracketed.filter(|(_, agency)| spelled_agency(agency).is_some()).map_or(line, |(name, _)| name)
}

/// A line listing people as a byline would without its `By` (`Ines Marlow and Noel Ash, Harbour
/// Post`, `Ines Marlow · Harbour News ·`, `Ines Marlow | Harbour News`): the outlet is dropped,
/// and the names make up half the line or more (a deck naming `Ford and General Motors` is a
/// sentence).
fn listed_names(line: &str) -> Option<byline::Byline> {
    let line =
        line.trim_end_matches([' ', '·', '•']).replace(" · ", ", ").replace(" • ", ", ").replace(" | ", ", ");
    if !byline::has_joiner(&line) && !line.contains(", ") || !ampersand_joins_people(&line) {
        return None;
    }
    let byline = byline::parse(&format!("By {line}"))?;
    let people = byline.authors.iter().all(|a| !has_site_words(a) && !is_place(a));
    let name_words: usize = byline.authors.iter().map(|a| a.split_whitespace().count()).sum();
    let mostly_names = name_words * 2 >= line.split_whitespace().count();
    (people && mostly_names && !byline.authors.is_empty()).then_some(byline)
}

/// A name with its role glued on (`Miguel OrtegaWriter`, `Miguel OrtegaTransport Reporter`, as a
/// page saved as text runs a linked name into the next element) without the role: the line up to
/// the last seam whose glued-on part ends in a role; any other line as it is.
fn without_glued_role(line: &str) -> &str {
    let seams: Vec<usize> = seams(line).collect();
    let cut = seams.into_iter().rev().find(|&at| ends_in_role(&line[at..]) && !line[..at].trim().is_empty());
    cut.map_or(line, |at| line[..at].trim_end())
}

/// Where a page saved as text ran one element into the next inside a word: the byte offsets of
/// the capitals that follow a small letter (`Ann Lee|December`, `Miguel Ortega|Writer`).
fn seams(line: &str) -> impl Iterator<Item = usize> + '_ {
    let pairs = line.char_indices().zip(line.chars().skip(1));
    pairs.filter(|((_, a), b)| a.is_lowercase() && b.is_uppercase()).map(|((at, a), _)| at + a.len_utf8())
}

/// True when one of the two nearest lines above or below line `at` (past separators and reading
/// times) is a date line: the name may stand over its role, and the role over the date.
fn beside_date(below_headline: &[String], at: usize) -> bool {
    let is_between = |l: &&String| {
        !l.chars().any(char::is_alphanumeric) || furniture::is_marked_furniture(l) && !dates::is_age(l)
    };
    let above = below_headline[..at].iter().rev().filter(|l| !is_between(l)).take(2);
    let below = below_headline[at + 1..].iter().filter(|l| !is_between(l)).take(2);
    above.chain(below).any(|l| dates::is_dateish(l) || dates::is_age(l))
}

/// True when a line names a place, not a person: it opens with a point of the compass or a word
/// that opens town names, or holds a word of geography (`North Shore`, `Port Carrow`, `Lake
/// County`).
fn is_place(line: &str) -> bool {
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
fn has_site_words(line: &str) -> bool {
    line.split_whitespace().any(|w| SITE_WORDS.iter().any(|site| w.eq_ignore_ascii_case(site)))
}

/// Most words of a line that names the writers without a `By` (`A and B, Outlet`); a story's
/// paragraphs are longer (and a line with digits is a date or a figure, never names).
const BYLINE_WORDS: usize = 12;

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The authors read from the lines under a headline.
    fn authors(under: &str) -> Vec<String> {
        let lines: Vec<String> = under.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect();
        split_byline(&lines, false).map(|b| b.authors).unwrap_or_default()
    }

    /// The authors read from the lines under a headline printed under its date.
    fn authors_dated_above(under: &str) -> Vec<String> {
        let lines: Vec<String> = under.lines().map(str::to_string).collect();
        split_byline(&lines, true).map(|b| b.authors).unwrap_or_default()
    }

    #[test]
    fn a_bare_name_beside_the_date_under_the_headline_is_the_byline() {
        assert_eq!(authors("Ines Marlow\nDecember 21, 2023 at 7:35 PM"), ["Ines Marlow"]);
        assert_eq!(authors("Ines Marlow\n-\nDecember 21, 2023"), ["Ines Marlow"], "past a separator");
        assert_eq!(authors("December 21, 2023\nInes Marlow\nShare"), ["Ines Marlow"], "under the date");
        assert_eq!(
            authors("Ines Marlow\n2 min read\nDecember 21, 2023"),
            ["Ines Marlow"],
            "past a reading time"
        );
        assert!(
            authors("Ines Marlow\nShare\nTweet\nPrint\nDecember 21, 2023").is_empty(),
            "too far from the date"
        );
        assert!(authors("Ines Marlow\n\nThe ferry fares fall today.").is_empty(), "no date beside it");
        assert!(authors("HARBOUR WATCH NOW\nDecember 21, 2023").is_empty(), "a label in capitals");
        assert!(authors("North Shore\nDecember 21, 2023").is_empty(), "a place");
        assert!(authors("Lake County\nDecember 21, 2023").is_empty(), "a place");
        assert!(authors("Port Carrow\nDecember 21, 2023").is_empty(), "a town");
        assert!(authors("Saint Aubin\nDecember 21, 2023").is_empty(), "a town");
        assert!(authors("Privacy Policy\nDecember 21, 2023").is_empty(), "site furniture");
        assert!(authors("Courtesy Noel Ash\nDecember 21, 2023").is_empty(), "a photo credit");
        assert!(authors("Special Report\nDecember 21, 2023").is_empty(), "not a person's name");
        assert_eq!(authors("Ines MarlowWriter\nDecember 21, 2023"), ["Ines Marlow"], "a role glued on");
        let two_words = "Ines MarlowTransport Reporter\nDecember 21, 2023";
        assert_eq!(authors(two_words), ["Ines Marlow"], "a role of two words glued on");
        assert_eq!(authors("Ann McDonaldStaff Writer\nDecember 21, 2023"), ["Ann McDonald"], "the last seam");
        assert!(authors("Fact checked by\nNoel Ash\nDecember 21, 2023").is_empty(), "not the writer");
        assert_eq!(authors("Ines Marlow\n2 months"), ["Ines Marlow"], "an age for a date");
        assert!(authors("Ferries & Island Crossings\nDecember 21, 2023").is_empty(), "a menu's label");
        assert_eq!(
            authors("Harbour Insider\nInes Marlow\n1 day ago"),
            ["Ines Marlow"],
            "the outlet over the name"
        );
        assert_eq!(
            authors("Ines Marlow (Reuters)\nDecember 21, 2023"),
            ["Ines Marlow"],
            "an agency in brackets"
        );
        let joined = "Ines Marlow & Noel Ash | December 21, 2023";
        assert_eq!(authors(joined), ["Ines Marlow", "Noel Ash"], "joined by an ampersand");
        assert_eq!(
            authors("Ines Marlow and Noel Ash, Harbour Post\n-\nDecember 21, 2023"),
            ["Ines Marlow", "Noel Ash"],
            "names listed without a By"
        );
        assert_eq!(
            authors("Ines Marlow · Harbour News ·\nPosted: Dec 22, 2023 8:25 AM EST"),
            ["Ines Marlow"],
            "a name and the outlet between dots"
        );
        let barred = "Ines Marlow | Harbour News\nDecember 21, 2023";
        assert_eq!(authors(barred), ["Ines Marlow"], "a name and the outlet apart by a bar");
        assert!(
            authors("Fares will also rise for crossings run by Island Ferries and Harbour Lines\nDecember 21, 2023")
                .is_empty(),
            "a sentence naming companies"
        );
    }

    #[test]
    fn a_bare_name_beside_the_time_posted_or_under_a_dated_headline_is_the_byline() {
        assert_eq!(authors("Ines Marlow\nMonday 5:30PM"), ["Ines Marlow"], "the weekday and time posted");
        assert_eq!(authors("Ines Marlow\nYesterday at 2:45 pm"), ["Ines Marlow"], "the day and time posted");
        assert!(authors("Ines Marlow\nMonday night ferries").is_empty(), "a weekday in a label");
        assert_eq!(
            authors_dated_above("Ines Marlow\n5 Min Read"),
            ["Ines Marlow"],
            "under the headline under its date"
        );
        assert!(authors("Ines Marlow\n5 Min Read").is_empty(), "no date over the headline");
        assert!(authors_dated_above("Share\nInes Marlow").is_empty(), "not right under the headline");
        assert!(
            authors("You may also like\nFares Frozen on the Island Line\nNoel Ash\nToday 7:30AM").is_empty(),
            "another story's writer in a list under the headline"
        );
    }

    #[test]
    fn a_name_over_its_outlet_right_under_the_headline_is_the_byline() {
        assert_eq!(authors("Ines Marlow\nHarbour Valley Gazette"), ["Ines Marlow"]);
        assert_eq!(authors("Ines Marlow\nISLAND TODAY NETWORK"), ["Ines Marlow"]);
        assert_eq!(
            authors("INES MARLOW\nHarbour PressDecember 2, 2026"),
            ["Ines Marlow"],
            "its date glued on"
        );
        let deck = "Islanders will pay a fifth less to cross from next month, the authority said.";
        assert_eq!(authors(&format!("{deck}\nInes Marlow\nPort Carrow Courier-Post")), ["Ines Marlow"]);
        assert!(authors("Trending\nFerry Strike\nIsland Ports News").is_empty(), "a menu under a label");
        assert!(
            authors("Ines Marlow\nHarbour Valley Gazette Online Edition Today").is_empty(),
            "an outlet's name is five words at most"
        );
    }

    #[test]
    fn a_name_over_its_role_or_under_a_written_by_label_is_the_byline() {
        assert_eq!(authors("Rosa Quill\nPolitical reporter"), ["Rosa Quill"]);
        assert_eq!(authors("Rosa Quill Transport Writer"), ["Rosa Quill"]);
        assert_eq!(authors("Noel Ash\nSenior Research Fellow, Institute of Ports"), ["Noel Ash"]);
        assert_eq!(authors("Written by\nRosa Quill"), ["Rosa Quill"]);
        assert_eq!(authors("COMMENTARY BY\nRosa Quill"), ["Rosa Quill"]);
        assert_eq!(authors("by:\nRosa Quill\nFrom:\nHarbour Post"), ["Rosa Quill"], "a label with its colon");
        assert_eq!(authors("Author:\nRosa Quill"), ["Rosa Quill"], "a label with its colon");
        assert!(authors("Photos by:\nRosa Quill").is_empty(), "not the writer");
        assert_eq!(
            authors("By\nRosa Quill\nand\nNoel Ash\non\nMay 2"),
            ["Rosa Quill", "Noel Ash"],
            "a name a line"
        );
        assert_eq!(
            authors("By\nRosa Quill\n,\nNoel Ash\n,\nIda Berg\nListen"),
            ["Rosa Quill", "Noel Ash", "Ida Berg"]
        );
        assert_eq!(authors("Rosa Quill@rquill"), ["Rosa Quill"]);
        assert_eq!(authors("Rosa Quill, @rquill"), ["Rosa Quill"], "a handle after a comma");
        assert_eq!(authors("Rosa Quill\n@rquill"), ["Rosa Quill"], "a handle on the next line");
        assert!(authors("National Ports Analyst\n@rquill").is_empty(), "a role over the handle");
        assert!(authors("Noel Ash @noelash\nA post on the fares.").is_empty(), "an embedded post's author");
        assert_eq!(authors("Byron Lusk\nPolitical reporter"), ["Byron Lusk"], "not a By line");
        assert!(authors("Contact Us@harbourpost").is_empty(), "site furniture with a handle");
        assert!(authors("Share This Article:\nConnect with the Editor").is_empty(), "a label");
        assert!(authors("Contact Us\nEditorial Staff").is_empty(), "site furniture");
        assert!(authors("North Shore\nSenior Correspondent Desk").is_empty(), "no role noun at its end");
    }

    #[test]
    fn a_name_with_its_role_or_its_date_beside_it_on_its_line_is_the_byline() {
        assert_eq!(authors("Rosa Quill, Harbour Transport Writer\nUpdated"), ["Rosa Quill"]);
        assert_eq!(authors("Rosa Quill - Nov 19, 2025, 10:31 pm CST\n0"), ["Rosa Quill"]);
        assert_eq!(authors("Noel Ash | 3 hours ago"), ["Noel Ash"]);
        assert_eq!(authors("Noel AshDecember 20, 2023 Comments"), ["Noel Ash"], "the date glued on");
        assert_eq!(authors("Noel Ash, December 20, 2023"), ["Noel Ash"], "the date after a comma");
        assert!(authors("Port Carrow, December 20, 2023").is_empty(), "a place and its date");
        assert_eq!(authors("Rosa QuillDec 05, 20232 Shares"), ["Rosa Quill"], "the date glued on");
        assert!(authors("Latest NewsDecember 20, 2023").is_empty(), "site words with the date glued on");
        assert_eq!(authors("March 3, 2026 | Noel Ash | 4 min read"), ["Noel Ash"], "the date first");
        assert!(authors("March 3, 2026 | Latest News").is_empty(), "site words after the date");
        assert!(authors("Port Carrow, Harbour Writer").is_empty(), "a place");
        assert!(authors("Latest News - Nov 19, 2025").is_empty(), "site words");
        assert!(authors("Noel Ash, the harbour master, said on Monday").is_empty(), "a sentence");
        assert_eq!(authors("Noel Ash Monday, March 2, 2026 @ 11:10 PM UTC"), ["Noel Ash"], "the weekday");
        assert_eq!(authors("Noel Ash, The Harbour News"), ["Noel Ash"], "the outlet after a comma");
        assert_eq!(authors("Noel Ash | Harbour Post"), ["Noel Ash"], "the outlet after a bar");
        assert!(authors("Port Carrow | Harbour Post").is_empty(), "a place and the outlet");
        assert!(authors("Noel Ash | Harbour Ferries schedule").is_empty(), "no outlet");
        assert_eq!(authors("Noel Ash Transport, News"), Vec::<String>::new(), "a section");
    }
}
