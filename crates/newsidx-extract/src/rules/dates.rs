//! Dates as news pages print them, in the languages of [`vocab::MONTHS`] (and `2026年11月20日` as
//! Chinese, Japanese and Korean pages print them),
//! and the rule that picks the publication day among them; and a story's age printed in place of
//! its date.

use super::vocab;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A short line whose job is to print a date or time.
pub(crate) fn is_dateish(line: &str) -> bool {
    super::lines::words_at_most(line, 12) && !find_dates(line).is_empty()
}

/// A story's age printed in place of its date (`2 months`, `3 hours ago`, `5d`), or the day of
/// the past week and the time it was posted (`Monday 5:30PM`, `Yesterday at 2:45 pm`).
pub(crate) fn is_age(line: &str) -> bool {
    let line = line.trim();
    let stamp = || line.len() <= STAMP_BYTES && line.contains(':') && STAMP.is_match(line);
    AGE.is_match(line) || stamp()
}

/// Longest day and time a story was posted (`Wednesday at 11:45 a.m.`).
const STAMP_BYTES: usize = 32;

static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    let days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday";
    let time = r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?";
    Regex::new(&format!(r"(?i)^(?:{days}),?\s+(?:at\s+)?{time}$")).expect("valid stamp pattern")
});

static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,3}|an?)\s*(?:mins?|minutes?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?)(?:\s+ago)?$",
    )
    .expect("valid age pattern")
});

/// The month number of a month name or abbreviation in any supported language.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    MONTH_NUMBERS.get(name.trim_end_matches('.').to_lowercase().as_str()).copied()
}

/// Every spelling of [`vocab::MONTHS`] with its month's number.
static MONTH_NUMBERS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let each = |months: &'static [&'static [&'static str]; 12]| {
        months.iter().zip(1..).flat_map(|(names, n)| names.iter().map(move |name| (*name, n)))
    };
    vocab::MONTHS.iter().flat_map(|(_, months)| each(months)).collect()
});

/// A weekday's name or abbreviation in English (`Friday`, `Fri.`).
pub(crate) fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']).to_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
    .contains(&w.as_str())
}

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

/// Letters of the Latin (with Latin-1 and Extended-A, as in `października` and `Ağustos`), Greek
/// and Cyrillic scripts, as the inside of a pattern's class: narrower than `\p{L}`, which made the
/// dateline pattern a seventh of indexing time. Datelines are read with these.
pub(crate) const LETTER: &str = "A-Za-zÀ-ÖØ-öø-ſΑ-ωА-я";

/// The letters month names are spelled with: [`LETTER`]'s, and Romanian's `ș`, `ț`, Greek's
/// accented (`Αυγούστου`), Ukrainian's `і`, `ї`, `є` and Arabic's. Datelines keep to the narrower
/// class: each range widens every pattern it is in, and a dateline pattern runs on every paragraph.
const MONTH_LETTER: &str = "A-Za-zÀ-ÖØ-öø-ſȘ-țΆ-ώЀ-ӿء-ي";

/// A month name: three to twelve [`MONTH_LETTER`]s, perhaps abbreviated with a dot.
fn month_name() -> String {
    format!(r"([{MONTH_LETTER}]{{3,12}})\.?")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:(?-u:\b)|T)").expect("valid iso pattern")
});
static YEAR_FIRST_SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})/(\d{1,2})/(\d{1,2})(?-u:\b)").expect("valid year-first pattern")
});
/// The year first and the month by name: `2026. november 9.` (Hungarian), `2026 m. lapkričio 9 d.`
/// (Lithuanian).
static YEAR_MONTH_NAME_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_name();
    Regex::new(&format!(r"(?-u:\b)(\d{{4}})(?:\.|\s+m\.)\s+{month}\s+(\d{{1,2}})(?-u:\b)"))
        .expect("valid ymd")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_name();
    Regex::new(&format!(r"(?-u:\b){month}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"))
        .expect("valid mdy")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_name();
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}})\.?(?:º|er|st|nd|rd|th)?\s+(?:de\s+)?{month}\s+(?:de\s+)?(\d{{4}})(?-u:\b)"
    ))
    .expect("valid dmy")
});
static YEAR_MONTH_DAY_MARKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
        .expect("valid cjk pattern")
});
/// A day and a month with a space after each dot, as Czech, Slovak, Slovenian, Croatian and
/// German print them (`13. 1. 2020`): day first, and only with a year of four digits.
static SPACED_DOTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})\. (\d{1,2})\. (\d{4})(?-u:\b)").expect("valid spaced dots")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})(?-u:\b)").expect("valid numeric")
});

/// Every full date (with a year) printed in `text`, in the order they appear. A page saved as
/// text may glue a byline to its date (`Dario SamDecember 20, 2023`): a line without a date is
/// read again with its words unglued.
pub(crate) fn find_dates(text: &str) -> Vec<NaiveDate> {
    let found = dates_in(text);
    if !found.is_empty() || text.len() > GLUED_LINE_BYTES || !has_year_digits(text) {
        return found;
    }
    match unglued(text) {
        Some(spaced) => dates_in(&spaced),
        None => found,
    }
}

/// Lines longer than this are prose, not a byline-and-date line.
const GLUED_LINE_BYTES: usize = 200;

fn has_year_digits(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// `SamDecember` → `Sam December`, `IVDecember` → `IV December`, `20234:46` → `2023 4:46`,
/// `Australia28 October` → `Australia 28 October`, `Lee2026-02-20` → `Lee 2026-02-20`; `None` when
/// nothing is glued.
pub(crate) fn unglued(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut glued = false;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let camel = before.is_some_and(char::is_lowercase) && c.is_uppercase();
        let after_year = c.is_ascii_digit() && ends_a_glued_year(&chars[..i]);
        let acronym_end = before.is_some_and(char::is_uppercase)
            && c.is_uppercase()
            && after.is_some_and(char::is_lowercase);
        let after_number = before.is_some_and(|b| b.is_ascii_digit())
            && c.is_uppercase()
            && after.is_some_and(char::is_lowercase);
        let after_word =
            c.is_ascii_digit() && i >= 2 && chars[i - 1].is_lowercase() && chars[i - 2].is_alphabetic();
        if camel || acronym_end || after_year || after_number || after_word {
            out.push(' ');
            glued = true;
        }
        out.push(c);
    }
    glued.then_some(out)
}

/// Four digits of a year (`19xx`, `20xx`) standing on their own before `rest`, which goes on with
/// a digit: `Dec 22 20234:46 AM` glues a time to the year, `22 Dec 202322 Dec 2023` a date.
fn ends_a_glued_year(before: &[char]) -> bool {
    let n = before.len();
    n >= 4
        && before[n - 4..].iter().all(char::is_ascii_digit)
        && matches!(before[n - 4..n - 2], ['1', '9'] | ['2', '0'])
        && (n == 4 || !before[n - 5].is_ascii_digit())
}

/// Every shape below holds four ASCII digits at least (`1/2/26`): a line with fewer is no date,
/// and most lines are passed over without running a pattern.
const FEWEST_DIGITS: usize = 4;

/// Whether `text` holds as many digits as a date with its year needs ([`FEWEST_DIGITS`]),
/// counting no further: a line with fewer holds none.
pub(crate) fn has_date_digits(text: &str) -> bool {
    text.bytes().filter(u8::is_ascii_digit).nth(FEWEST_DIGITS - 1).is_some()
}

fn dates_in(text: &str) -> Vec<NaiveDate> {
    if !has_date_digits(text) {
        return Vec::new();
    }
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    let having = |sign: char, pattern: &'static LazyLock<Regex>| {
        text.contains(sign).then(|| pattern.captures_iter(text)).into_iter().flatten()
    };
    for c in having('-', &ISO) {
        push(&mut found, c.get(0).map_or(0, |m| m.start()), ymd(&c[1], num(&c[2]), &c[3]));
    }
    for c in having('/', &YEAR_FIRST_SLASHED) {
        push(&mut found, c.get(0).map_or(0, |m| m.start()), ymd(&c[1], num(&c[2]), &c[3]));
    }
    let year_first = year_then_mark(text).then(|| YEAR_MONTH_NAME_DAY.captures_iter(text));
    for c in year_first.into_iter().flatten() {
        let month = month_number(&c[2]);
        push(&mut found, c.get(0).map_or(0, |m| m.start()), month.and_then(|m| ymd(&c[1], Some(m), &c[3])));
    }
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        let month = month_number(&c[1]);
        push(&mut found, c.get(0).map_or(0, |m| m.start()), month.and_then(|m| ymd(&c[3], Some(m), &c[2])));
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        let month = month_number(&c[2]);
        push(&mut found, c.get(0).map_or(0, |m| m.start()), month.and_then(|m| ymd(&c[3], Some(m), &c[1])));
    }
    for c in YEAR_MONTH_DAY_MARKED.captures_iter(text) {
        push(&mut found, c.get(0).map_or(0, |m| m.start()), ymd(&c[1], num(&c[2]), &c[3]));
    }
    let spaced = (text.contains('.') && text.contains(". ")).then(|| SPACED_DOTS.captures_iter(text));
    for c in spaced.into_iter().flatten() {
        push(&mut found, c.get(0).map_or(0, |m| m.start()), ymd(&c[3], num(&c[2]), &c[1]));
    }
    for c in NUMERIC.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if follows_version_word(&text[..all.start()]) {
            continue;
        }
        let year = year_before_glued_time(&c[4], &text[all.end()..]);
        let month_first = month_first(&text[..all.start()], &text[all.end()..], &c[2], year.len() == 2);
        push(&mut found, all.start(), numeric_date(&c[1], &c[3], year, &c[2], month_first));
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, d)| d).collect()
}

/// True when the text before a numeric shape names a version (`Version 10.12.01`, `v10.12.01`),
/// which no date follows.
fn follows_version_word(before: &str) -> bool {
    let last = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    last == "v" || last.starts_with("vers") || before.ends_with(['v', 'V'])
}

/// The year of a numeric date: four digits followed by a colon are a two-digit year glued to the
/// hour of a time (`28/09/1912:44` is `28/09/19 12:44`: no year runs on into minutes).
fn year_before_glued_time<'t>(year: &'t str, after: &str) -> &'t str {
    if year.len() == 4 && after.starts_with(':') {
        &year[..2]
    } else {
        year
    }
}

/// A year followed by a full stop or ` m.`, which [`YEAR_MONTH_NAME_DAY`] needs: most lines are
/// passed over without running that pattern.
fn year_then_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    let year_ends_at = |end: usize| end >= 4 && bytes[end - 4..end].iter().all(u8::is_ascii_digit);
    let marked =
        |at: usize| year_ends_at(at) || (at >= 2 && &bytes[at - 2..at] == b" m" && year_ends_at(at - 2));
    text.match_indices('.').any(|(at, _)| marked(at))
}

fn push(found: &mut Vec<(usize, NaiveDate)>, at: usize, date: Option<NaiveDate>) {
    if let Some(date) = date.filter(|d| plausible(*d)) {
        found.push((at, date));
    }
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

fn ymd(year: &str, month: Option<u32>, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month?, day.parse().ok()?)
}

/// A clock time right after a date (`12:15 PM PT`, `02:00pm GMT`, `14:05 ET`), with its twelve
/// hours' `AM`/`PM` and its zone.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?P<half>[AaPp]\.?[Mm](?-u:\b)\.?))?\s*(?P<zone>[A-Z]{2,4}(?-u:\b))?",
    )
    .expect("valid clock pattern")
});

/// The zones of the United States and Canada, whose dates print the month first.
const AMERICAN_ZONES: &[&str] =
    &["ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST"];

/// Whether a numeric date between `before` and `after` prints its month first (`9/8/2015 12:15 PM
/// PT`, `12/11/23 4:23pm`, `12-05-23`) rather than its day, as most of the world does. Dots are
/// never American (`01.11.2023 06:06 PM`); the clock after the date decides when it shows an
/// American zone, or twelve hours and no zone of elsewhere (`02/11/2023 02:00pm GMT` is
/// British); a year of two digits is American unless labelled in another language (`Publié le
/// 02/11/23`).
fn month_first(before: &str, after: &str, separator: &str, short_year: bool) -> bool {
    if separator == "." {
        return false;
    }
    let clock_next =
        after.trim_start_matches([',', ' ']).starts_with(|c: char| c.is_ascii_digit() || c == 'a');
    let clock = clock_next.then(|| CLOCK.captures(after)).flatten();
    let zone = clock.as_ref().and_then(|c| c.name("zone")).map(|z| z.as_str());
    let twelve_hours = clock.as_ref().is_some_and(|c| c.name("half").is_some());
    match zone {
        Some(zone) if AMERICAN_ZONES.contains(&zone) => true,
        Some(_) if twelve_hours => false,
        _ => twelve_hours || (short_year && !LABELLED_ABROAD.is_match(before)),
    }
}

/// A date label in a language other than English (`Publié le`, `Veröffentlicht am`).
static LABELLED_ABROAD: LazyLock<Regex> = LazyLock::new(|| {
    let abroad = |table: &'static [(&'static str, &'static [&'static str])]| {
        table.iter().filter(|(language, _)| *language != "en").flat_map(|(_, words)| words.iter().copied())
    };
    let labels = abroad(vocab::PUBLICATION_LABELS).chain(abroad(vocab::UPDATE_LABELS));
    Regex::new(&format!("(?i){}", labels.map(super::lines::bounded).collect::<Vec<_>>().join("|")))
        .expect("valid foreign label pattern")
});

/// `DD/MM/YYYY` as most of the world prints it, unless only `MM/DD/YYYY` makes a date or it is
/// printed month first ([`month_first`]). A year of two digits falls in 1969–2068 as POSIX
/// `strptime` reads it, and never follows dots (`2.1.23` is a version).
fn numeric_date(
    first: &str,
    second: &str,
    year: &str,
    separator: &str,
    month_first: bool,
) -> Option<NaiveDate> {
    let (a, b, yy) = (num(first)?, num(second)?, num(year)?);
    let short_year = year.len() == 2;
    let padded = first.len() == 2 && second.len() == 2;
    if short_year && separator == "." && !padded {
        return None;
    }
    let year = if short_year {
        if yy < 69 {
            2000 + yy
        } else {
            1900 + yy
        }
    } else {
        yy
    };
    let on = |month: u32, day: u32| NaiveDate::from_ymd_opt(year.try_into().ok()?, month, day);
    if month_first {
        on(a, b).or_else(|| on(b, a))
    } else {
        on(b, a).or_else(|| on(a, b))
    }
}

/// News dates fall between the first newspapers and a little after today.
pub(crate) fn plausible(date: NaiveDate) -> bool {
    (1800..=2100).contains(&date.year())
}

/// A dateline's `Dec 3` or `3 Dec` (`3. Dez`) as (month, day).
pub(crate) fn parse_month_day(text: &str) -> Option<(u32, u32)> {
    let mut words = text.split_whitespace();
    let (first, second) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let day = |s: &str| num(s.trim_end_matches('.')).filter(|d| (1..=31).contains(d));
    match (month_beside_a_day(first), day(second)) {
        (Some(m), Some(d)) => Some((m, d)),
        _ => Some((month_beside_a_day(second)?, day(first)?)),
    }
}

/// A month's number where a day stands beside it: any month name, or an abbreviation that is
/// also a word (`set`, `out`; [`vocab::MONTHS_BESIDE_A_DAY`]).
fn month_beside_a_day(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    let listed = || vocab::MONTHS_BESIDE_A_DAY.iter().flat_map(|(_, m)| m.iter()).find(|(n, _)| *n == key);
    month_number(name).or_else(|| listed().map(|(_, number)| *number))
}

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

static UPDATED: LazyLock<Regex> = LazyLock::new(|| label_pattern(vocab::UPDATE_LABELS));
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| label_pattern(vocab::PUBLICATION_LABELS));

/// A pattern finding any label of a per-language table as a word, in any case.
fn label_pattern(table: &'static [(&'static str, &'static [&'static str])]) -> Regex {
    let labels = vocab::every(table).map(super::lines::bounded).collect::<Vec<_>>().join("|");
    Regex::new(&format!("(?i){labels}")).expect("valid date label pattern")
}

/// How a line labels the date it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DateLabel {
    /// `Published …`, `Posted on …`: the date we want.
    Published,
    /// A date with no label.
    Plain,
    /// `Updated …`: used only when nothing else is printed.
    Updated,
}

/// A line's first date and its label. A line labelling two dates (`Updated March 5, 2026 |
/// Published March 4, 2026`, `Aktualisiert am 05.03.2026, veröffentlicht am 04.03.2026`) gives
/// the one after its publication label, whichever comes first.
fn labelled_date(line: &str) -> Option<(DateLabel, NaiveDate)> {
    let label = label_of(line);
    if label == DateLabel::Updated {
        let published = PUBLISHED.find(line).map(|m| &line[m.end()..]);
        if let Some(date) = published.and_then(|rest| find_dates(rest).first().copied()) {
            return Some((DateLabel::Published, date));
        }
    }
    find_dates(line).first().map(|date| (label, *date))
}

/// The label of a date-carrying line.
pub(crate) fn label_of(line: &str) -> DateLabel {
    if UPDATED.is_match(line) {
        DateLabel::Updated
    } else if PUBLISHED.is_match(line) {
        DateLabel::Published
    } else {
        DateLabel::Plain
    }
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
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test date")
    }

    #[test]
    fn publication_and_update_labels_of_every_language_in_the_vocabulary_are_read() {
        for (language, labels) in vocab::PUBLICATION_LABELS {
            for label in *labels {
                let line = format!("“{}” 3 March 2026", label.to_uppercase());
                assert_eq!(label_of(&line), DateLabel::Published, "{language}: {line}");
            }
        }
        for label in vocab::every(vocab::UPDATE_LABELS) {
            assert_eq!(label_of(&format!("{label}: 3 March 2026")), DateLabel::Updated, "{label}");
        }
        assert_eq!(label_of("Publiée le 3 mars 2026"), DateLabel::Published, "no boundary after é");
        assert_eq!(label_of("An unpublished letter, 3 March 2026"), DateLabel::Plain, "inside a word");
    }

    #[test]
    fn a_line_labelling_two_dates_gives_the_published_one() {
        for line in [
            "Last Updated: March 5, 2026 | Published: March 4, 2026",
            "Updated 5 March 2026, first published 4 March 2026",
            "Aktualisiert am 05.03.2026, veröffentlicht am 04.03.2026",
            "Published: March 4, 2026 | Updated: March 5, 2026",
        ] {
            assert_eq!(page_date([line].into_iter()), Some(d(2026, 3, 4)), "{line}");
        }
        let updated_only = ["Updated 5 March 2026", "Ferry timetable, 4 March 2026"];
        assert_eq!(page_date(updated_only.into_iter()), Some(d(2026, 3, 4)), "a plain date beats an update");
    }

    #[test]
    fn dates_glued_to_a_byline_are_found() {
        assert_eq!(find_dates("Dario SamDecember 20, 2023 Comments"), [d(2023, 12, 20)]);
        assert_eq!(find_dates("Ola Brandt, General Editor, F1Dec 19, 2023, 05:30 PM"), [d(2023, 12, 19)]);
        assert_eq!(find_dates("Featured Columnist IVDecember 22, 2023"), [d(2023, 12, 22)]);
        assert_eq!(find_dates("Harbour News Weekly28 October 2026"), [d(2026, 10, 28)]);
        assert_eq!(find_dates("By Ann Lee2026-02-20 13:52:51 UTC"), [d(2026, 2, 20)]);
        assert!(find_dates("McDonald's opens in Reykjavik").is_empty());
    }

    #[test]
    fn reads_every_printed_shape() {
        let cases = [
            ("Thursday, December 4, 2025", d(2025, 12, 4)),
            ("Nov. 19, 2026", d(2026, 11, 19)),
            ("28 November 2026", d(2026, 11, 28)),
            ("28. November 2026, 10:42 Uhr", d(2026, 11, 28)),
            ("28 de noviembre de 2026", d(2026, 11, 28)),
            ("Published 14/10/2026 14:05 GMT", d(2026, 10, 14)),
            ("Published: 2026-11-20T18:30:00Z", d(2026, 11, 20)),
            ("Sat, 14 Mar 2026 08:30:00 GMT", d(2026, 3, 14)),
            ("Sat 7 Nov 2026 09.00 EST", d(2026, 11, 7)),
            ("09 Feb 2026 16:05 WIB", d(2026, 2, 9)),
            ("Published on 12 May 2026 - 14:32", d(2026, 5, 12)),
            ("12/31/2025", d(2025, 12, 31)),
            ("Last updated: 2026/11/9 at 9:01 PM", d(2026, 11, 9)),
            ("2026年11月20日 14:05", d(2026, 11, 20)),
            ("발행 2026년 11월 20일", d(2026, 11, 20)),
            ("3rd March 2026", d(2026, 3, 3)),
            ("3. desember 2026", d(2026, 12, 3)),
            ("21 października 2026", d(2026, 10, 21)),
            ("3 марта 2026, 10:15", d(2026, 3, 3)),
            ("24 Ağustos 2026 Pazartesi", d(2026, 8, 24)),
            ("4. maaliskuuta 2026 klo 10.32", d(2026, 3, 4)),
            ("2026. november 9. 13:44", d(2026, 11, 9)),
            ("2026 m. lapkričio 9 d. 13:44", d(2026, 11, 9)),
            ("duminică, 8 noiembrie 2026", d(2026, 11, 8)),
            ("9. listopadu 2026 13:44", d(2026, 11, 9)),
            ("9 Νοεμβρίου 2026 9:02 μμ", d(2026, 11, 9)),
            ("9 ΝΟΕΜΒΡΙΟΥ 2026", d(2026, 11, 9)),
            ("9 листопада 2026, 13:44", d(2026, 11, 9)),
            ("9 ноември 2026", d(2026, 11, 9)),
            ("الإثنين، 9 نوفمبر 2026 09:56 ص", d(2026, 11, 9)),
            ("9 nëntor 2026, 09:08", d(2026, 11, 9)),
            ("9 de novembre de 2026", d(2026, 11, 9)),
            ("9 Nobyembre 2026", d(2026, 11, 9)),
            ("9 Disember 2026", d(2026, 12, 9)),
        ];
        for (text, want) in cases {
            assert_eq!(find_dates(text).first(), Some(&want), "{text}");
        }
    }

    #[test]
    fn two_digit_years_are_american_and_glued_years_are_read() {
        assert_eq!(find_dates("12/11/23 4:23pm"), [d(2023, 12, 11)]);
        assert_eq!(find_dates("by Ann Lee - 12/22/23 12:24 PM ET"), [d(2023, 12, 22)]);
        assert_eq!(find_dates("12-05-23"), [d(2023, 12, 5)]);
        assert_eq!(find_dates("12-19-2023"), [d(2023, 12, 19)]);
        assert_eq!(find_dates("9/8/2015 12:15 PM PT"), [d(2015, 9, 8)], "an American time: month first");
        assert_eq!(find_dates("3/4/2026, 2:05 p.m."), [d(2026, 3, 4)]);
        assert_eq!(find_dates("9/8/2015 14:05 GMT"), [d(2015, 8, 9)], "day first elsewhere");
        assert_eq!(find_dates("9/8/2015"), [d(2015, 8, 9)]);
        assert!(find_dates("Version 2.1.23").is_empty(), "dots with a two-digit year: a version");
        assert!(find_dates("Version 10.12.01").is_empty() && find_dates("v10.12.01").is_empty(), "a version");
        assert_eq!(find_dates("Artikel vom 31.10.23"), [d(2023, 10, 31)], "a padded day and month");
        assert_eq!(find_dates("Aktualizováno 13. 1. 2020 9:44"), [d(2020, 1, 13)], "a space after each dot");
        assert_eq!(find_dates("01.11.2026 06:06 PM"), [d(2026, 11, 1)], "dots are never American");
        assert_eq!(find_dates("02/11/2026 02:00pm GMT"), [d(2026, 11, 2)], "twelve hours in London");
        assert_eq!(find_dates("02/11/2026 02:00pm"), [d(2026, 2, 11)], "twelve hours and no zone");
        assert_eq!(find_dates("Publié le 02/11/26 à 16h33"), [d(2026, 11, 2)], "labelled in French");
        assert_eq!(find_dates("Published Fri, Dec 22 20234:46 AM EST"), [d(2023, 12, 22)]);
        assert_eq!(find_dates("Published On 22 Dec 202322 Dec 2023"), [d(2023, 12, 22), d(2023, 12, 22)]);
        assert_eq!(find_dates("December 22, 20235:00 AM ET"), [d(2023, 12, 22)]);
        assert_eq!(find_dates("Posted 12/22/2314:05"), [d(2023, 12, 22)], "a two-digit year glued to a time");
        assert_eq!(find_dates("28.09.1912:44"), [d(2019, 9, 28)], "a two-digit year glued to a time");
        assert_eq!(
            find_dates("Veröffentlicht am 19.10.19 um 14:34 Uhr"),
            [d(2019, 10, 19)],
            "day and month padded"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(find_dates("2026-13-45").is_empty());
        assert!(find_dates("February 30, 2026").is_empty());
        assert!(find_dates("Room 12, 1200 people").is_empty());
    }

    #[test]
    fn dateline_year_crosses_new_year() {
        assert_eq!(infer_year(12, 31, d(2026, 1, 2)), Some(d(2025, 12, 31)));
        assert_eq!(infer_year(3, 5, d(2026, 3, 6)), Some(d(2026, 3, 5)));
        assert_eq!(infer_year(2, 27, d(1987, 2, 26)), Some(d(1987, 2, 26)));
        assert_eq!(parse_month_day("Dec 3"), Some((12, 3)));
        assert_eq!(parse_month_day("15 July"), Some((7, 15)));
        assert_eq!(parse_month_day("Foo 3"), None);
    }

    #[test]
    fn updated_never_wins_over_published() {
        let lines = ["Updated: 2026-11-21T14:05:00Z", "Published: 2026-11-20T18:30:00Z"];
        assert_eq!(page_date(lines.into_iter()), Some(d(2026, 11, 20)));
        let only_updated = ["Updated 9:14 AM EST, November 28, 2026"];
        assert_eq!(page_date(only_updated.into_iter()), Some(d(2026, 11, 28)));
    }

    #[test]
    fn years_in_paths() {
        assert_eq!(year_in_path("world/2026/03/glacier.txt"), Some(2026));
        assert_eq!(year_in_path("md/2026-07-08-desal.md"), Some(2026));
        assert_eq!(year_in_path("md/story-12026.md"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_plausible_dates_or_none(text in "\\PC{0,200}") {
            for date in find_dates(&text) {
                prop_assert!(plausible(date));
            }
        }

        #[test]
        fn printed_shapes_never_give_impossible_dates(y in 0u32..10000, m in 0u32..40, d in 0u32..40) {
            for text in [format!("{y:04}-{m:02}-{d:02}"), format!("{d}/{m}/{y:04}"), format!("{d} March {y}")] {
                for date in find_dates(&text) {
                    prop_assert!(plausible(date));
                    prop_assert_eq!(date.year() as u32, y);
                }
            }
        }

        #[test]
        fn two_digit_years_fall_in_1969_to_2068(yy in 0u32..100, a in 0u32..40, b in 0u32..40, sep in "[/.-]") {
            for date in find_dates(&format!("{a}{sep}{b}{sep}{yy:02}")) {
                prop_assert_eq!(date.year() as u32, if yy < 69 { 2000 + yy } else { 1900 + yy });
                prop_assert!(sep != "." || (a >= 10 && b >= 10), "dots need a padded day and month");
            }
        }

        #[test]
        fn month_days_are_real_days(text in "\\PC{0,40}") {
            if let Some((m, d)) = parse_month_day(&text) {
                prop_assert!((1..=12).contains(&m) && (1..=31).contains(&d));
            }
        }
    }

    #[test]
    fn an_abbreviation_that_is_also_a_word_is_a_month_only_beside_a_day() {
        assert_eq!(parse_month_day("9 set"), Some((9, 9)));
        assert_eq!(parse_month_day("14 out"), Some((10, 14)));
        assert_eq!(month_number("set"), None);
        assert_eq!(find_dates("The set of 3 out of 12 teams"), []);
    }
}
