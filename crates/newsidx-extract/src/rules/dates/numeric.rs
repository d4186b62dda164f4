//! Dates printed as numbers only (`14/10/2026`, `12/11/23 4:23pm`, `19.10.19`): which number is
//! the day, which the month, and which shapes are versions, not dates. Imports the labels.

use super::labels;
use chrono::NaiveDate;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Day, month and year as numbers: `14/10/2026`, `12-05-23`, `19.10.19`.
pub(super) static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})(?-u:\b)").expect("valid numeric")
});

/// The date of a [`NUMERIC`] match in `text`; none after a version word.
pub(super) fn read(c: &Captures, text: &str) -> Option<NaiveDate> {
    let all = c.get(0)?;
    let (before, after) = (&text[..all.start()], &text[all.end()..]);
    if follows_version_word(before) {
        return None;
    }
    let year = year_before_glued_time(&c[4], after);
    let month_first = month_first(before, after, &c[2], year.len() == 2);
    numeric_date(&c[1], &c[3], year, &c[2], month_first)
}

/// True when the text before a numeric shape names a version (`Version 10.12.01`, `v10.12.01`),
/// which no date follows.
pub(super) fn follows_version_word(before: &str) -> bool {
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
        _ => twelve_hours || (short_year && !labels::is_labelled_abroad(before)),
    }
}

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

/// A number of a date's digits.
pub(super) fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}
