//! Dates as news pages print them, in the languages of [`vocab::MONTHS`] (and `2026年11月20日` as
//! Chinese, Japanese and Korean pages print them), the rule that picks the publication day among
//! them, and a story's age printed in place of its date.
//!
//! Inside, leaves first: `months` (names), `labels` (`Published`, `Updated`), `glued` (dates glued
//! to words), `numeric` (numbers only; imports `labels`), `shapes` (every printed shape; imports
//! `months` and `numeric`). This file reads lines with them; nothing inside imports it.
//!
//! [`vocab::MONTHS`]: super::vocab::MONTHS

mod glued;
mod labels;
mod months;
mod numeric;
mod shapes;

use super::vocab;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

pub(crate) use glued::unglued;
pub(crate) use labels::{label_of, DateLabel};
pub(crate) use months::{is_weekday, month_number, parse_month_day, LETTER};
pub(crate) use shapes::{has_date_digits, plausible};

/// A short line whose job is to print a date or time.
pub(crate) fn is_dateish(line: &str) -> bool {
    super::lines::words_at_most(line, 12) && !find_dates(line).is_empty()
}

/// A story's age printed in place of its date (`2 months`, `3 hours ago`, `5d`), or the day of
/// the past week, today or yesterday in the languages of [`vocab::RELATIVE_DAYS`], and the time it
/// was posted (`Monday 5:30PM`, `Yesterday at 2:45 pm`, `Heute um 9:44 Uhr`, `Dnes 9:44`).
pub(crate) fn is_age(line: &str) -> bool {
    let line = line.trim();
    let stamp = || line.len() <= STAMP_BYTES && line.contains(':') && STAMP.is_match(line);
    AGE.is_match(line) || stamp()
}

/// Longest day and time a story was posted (`Wednesday at 11:45 a.m.`).
const STAMP_BYTES: usize = 32;

static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    let relative = vocab::every(vocab::RELATIVE_DAYS).map(regex::escape);
    let days = months::WEEKDAYS.into_iter().map(String::from).chain(relative).collect::<Vec<_>>().join("|");
    let at = vocab::every(vocab::TIME_PREPOSITIONS).map(regex::escape).collect::<Vec<_>>().join("|");
    let time = r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?";
    Regex::new(&format!(r"(?i)^(?:{days}),?\s+(?:(?:{at})\s+){{0,2}}{time}$")).expect("valid stamp pattern")
});

static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,3}|an?)\s*(?:mins?|minutes?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?)(?:\s+ago)?$",
    )
    .expect("valid age pattern")
});

/// A line that opens with its date or a date label (`Fri 22 Dec 2023 15.30 CET …`, `Posted: Dec
/// 20, 2023 … | Last Updated: …`) and holds a date: a date line however many words follow.
pub(crate) fn opens_with_date(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.', ':']);
    let opener = is_date_opener(first)
        || ["posted", "published", "updated", "date"].contains(&first.to_lowercase().as_str());
    opener && !find_dates(line).is_empty()
}

/// A word a printed date opens with: a weekday, a month or a number.
pub(crate) fn is_date_opener(word: &str) -> bool {
    is_weekday(word) || month_number(word).is_some() || word.starts_with(|c: char| c.is_ascii_digit())
}

/// Every full date (with a year) printed in `text`, in the order they appear. A page saved as
/// text may glue a byline to its date (`Dario SamDecember 20, 2023`): a line without a date is
/// read again with its words unglued.
pub(crate) fn find_dates(text: &str) -> Vec<NaiveDate> {
    let found = shapes::dates_in(text);
    if !found.is_empty() || text.len() > GLUED_LINE_BYTES || !glued::has_year_digits(text) {
        return found;
    }
    match unglued(text) {
        Some(spaced) => shapes::dates_in(&spaced),
        None => found,
    }
}

/// Lines longer than this are prose, not a byline-and-date line.
const GLUED_LINE_BYTES: usize = 200;

/// The publication day for a dateline's month and day on a page dated `page`: the dateline's day
/// in the year that puts it on or before the page's date (a page of January 2 with `Dec 31` is
/// last year's December 31). A dateline a day or two ahead of the page is a time-zone artefact
/// (`WELLINGTON, Feb 27` on a page of February 26): the page's own date stands.
pub(crate) fn infer_year(month: u32, day: u32, page: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(page.year(), month, day);
    if this_year.is_some_and(|d| d > page && d <= page + chrono::Days::new(2)) {
        return Some(page);
    }
    [page.year(), page.year() - 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= page)
}

static YEAR_IN_PATH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[/\\_-])((?:19|20)\d{2})(?:[/\\_.-]|$)").expect("valid path year"));

/// The first year a line prints as a number of its own (`© EFE 2026.` gives 2026).
pub(crate) fn year_in(line: &str) -> Option<i32> {
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|digits| digits.len() == 4)
        .filter_map(|digits| digits.parse().ok())
        .find(|year| (1900..=2100).contains(year))
}

/// A year printed in a file path (`…/2026/03/…`, `2026-07-08-story.md`).
pub(crate) fn year_in_path(path: &str) -> Option<i32> {
    YEAR_IN_PATH.captures(path).and_then(|c| c[1].parse().ok())
}

/// A line's first date and its label. A line labelling two dates (`Updated March 5, 2026 |
/// Published March 4, 2026`, `Aktualisiert am 05.03.2026, veröffentlicht am 04.03.2026`) gives
/// the one after its publication label, whichever comes first.
fn labelled_date(line: &str) -> Option<(DateLabel, NaiveDate)> {
    let label = label_of(line);
    if label == DateLabel::Updated {
        let published = labels::after_publication_label(line);
        if let Some(date) = published.and_then(|rest| find_dates(rest).first().copied()) {
            return Some((DateLabel::Published, date));
        }
    }
    find_dates(line).first().map(|date| (label, *date))
}

/// The page's publication date among header lines: a `Published` date first, then the first
/// plain one, and an `Updated` one only when nothing else is printed.
pub(crate) fn page_date<'a>(lines: impl Iterator<Item = &'a str>) -> Option<NaiveDate> {
    lines
        .filter_map(labelled_date)
        .enumerate()
        .min_by_key(|(i, (label, _))| (*label, *i))
        .map(|(_, (_, date))| date)
}

#[cfg(test)]
mod tests;
