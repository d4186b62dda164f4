//! A name with what a byline prints beside it on its line: its role, its outlet, its date or
//! its age (`Ann Lee, Auto Writer`, `Ann Lee | Harbour Post`, `Ann Lee - March 3, 2026`), its
//! date glued on, or its date before it (`March 3, 2026 Ann Lee Ferries`). Imports `shapes` and
//! `bare` (a line of several names).

use super::super::{byline, dates, lines, names};
use super::bare::listed_names;
use super::shapes::{ends_in_role, has_site_words, is_named_outlet, is_place, one_author, seams, ROW_MARKS};

/// A name (or names, `Ann Lee & Tom Quist`) with what a byline prints beside it on its line:
/// its role, its outlet or its date after a comma (`Ann Lee, Auto Writer`, `Ann Lee, The Harbour
/// News`, `Ann Lee, March 3, 2026`), its outlet after a bar (`Ann Lee | Harbour Post`), its
/// date or age after a separator (`Ann Lee - March 3, 2026`, `Ann Lee | 2 hours ago`), glued on
/// (`Ann LeeMarch 3, 2026`), or its date before a separator (`March 3, 2026 | Ann Lee | 4 min
/// read`). Site words (`Updated - March 3`) or a place's (`North Shore, Staff Writer`) are no
/// name. (A name and a handle apart, `Ann Lee @annlee`, heads an embedded post: not read.)
pub(super) fn name_with_trailer(line: &str) -> Option<byline::Byline> {
    let line = line.trim();
    let comma = line.match_indices(',').find(|&(at, _)| line[at + 1..].starts_with(' '));
    let role = comma.map(|(at, _)| (&line[..at], &line[at + 2..]));
    let role = role.filter(|(name, rest)| {
        let named = !name.contains(|c: char| c.is_ascii_digit());
        let dated = || named && lines::word_count(rest) <= DATE_WORDS && dates::opens_with_date(rest);
        lines::word_count(rest) <= ROLE_WORDS && ends_in_role(rest) || is_named_outlet(rest) || dated()
    });
    let outlet = || line.split_once(" | ").filter(|(_, rest)| is_named_outlet(rest));
    let separated = line.contains(|c: char| ROW_MARKS.contains(&c));
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

/// A writer's name after the date its line opens with, before whatever else the row prints (`26.
/// September 2026 Ann Lee Leave a comment`, `March 3, 2026 Ann Lee Ferries, Harbour`: a blog's
/// entry row of date, writer and categories): the two words after the date, when the first is a
/// known given name (a category after the date, `Deutsche Sprache`, is no one).
pub(super) fn name_after_date(line: &str) -> Option<byline::Byline> {
    let first = line.split_whitespace().next()?.trim_end_matches([',', '.']);
    let row = lines::words_at_most(line, ENTRY_ROW_WORDS) && dates::has_date_digits(line);
    if !row || !dates::is_date_opener(first) {
        return None;
    }
    let mut words = line.split_whitespace().skip_while(|w| is_date_word(w));
    let name = [words.next()?, words.next()?].join(" ");
    let dated = || dates::opens_with_date(line);
    let named = names::opens_with_given_name(&name) && !has_site_words(&name) && dated();
    named.then(|| names::person_name(&name)).flatten().map(one_author)
}

/// A word of a printed date or time (`26.`, `September`, `2026`, `Monday,`, `9:15`, `am`, `@`).
fn is_date_word(word: &str) -> bool {
    let word = word.trim_matches([',', '.', '|']);
    let clock = word.is_empty() || CLOCK_WORDS.iter().any(|clock| word.eq_ignore_ascii_case(clock));
    clock
        || word.starts_with(|c: char| c.is_ascii_digit())
        || dates::month_number(word).is_some()
        || dates::is_weekday(word)
}

/// Most words of a blog's entry row (`Monday, 26. September 2026 9:15 Ann Lee Ferries, Harbour 2
/// Comments`); a story's lines are longer.
const ENTRY_ROW_WORDS: usize = 16;

/// The words a printed time may hold between a date and a name (`9:15 am`, `@ 18:13`, `um 9 Uhr`).
const CLOCK_WORDS: [&str; 8] = ["@", "am", "pm", "a.m", "p.m", "uhr", "at", "um"];

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
    let apart = || line.contains(|c: char| ROW_MARKS.contains(&c)) || named_before_comma();
    let shaped = lines::words_at_most(line, DATED_NAME_WORDS) && apart() && dates::has_date_digits(line);
    shaped.then(|| name_with_trailer(line)).flatten().filter(|_| !dates::find_dates(line).is_empty())
}

/// Most words of a name with its date on its line (four of the name, the rest the date's).
const DATED_NAME_WORDS: usize = 16;

/// A line split where a date is glued to the word before it (`Ann LeeDecember 20, 2023 Comments`,
/// `Ann Lee15:35, Oct 29 2026`, as a page saved as text runs a linked name into the date or time
/// beside it): the part before, and the date on.
pub(super) fn glued_date(line: &str) -> Option<(&str, &str)> {
    let opens_date = |c: char| c.is_uppercase() || c.is_ascii_digit();
    let mut parts = seams(line, opens_date).map(|at| line.split_at(at));
    parts.find(|(_, rest)| {
        let first = rest.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.']);
        dates::is_date_opener(first) && !dates::find_dates(rest).is_empty()
    })
}

/// What stands between a name and the date after it on a byline's line.
const TRAILER_SEPARATORS: [&str; 7] = [" - ", " – ", " — ", " | ", " · ", " • ", " // "];

/// Most words of a date after a name and its comma (`Monday, March 3, 2026, 9:15 a.m. EST`).
const DATE_WORDS: usize = 12;

/// Most words of a role after a name (`Senior Political Reporter`).
const ROLE_WORDS: usize = 5;
