//! The printed shapes of a full date (with its year) and the reading of each: ISO, month by
//! name in either order (a comma may follow the month: `26 Jan, 2026`), year first (with
//! slashes, dots or the month's name), CJK marks, spaced dots and numbers only ([`numeric`]).
//! Imports the month names and the numeric reading.

use super::months::{month_name, month_number};
use super::numeric::{self, num};
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::sync::LazyLock;

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:(?-u:\b)|T)").expect("valid iso pattern")
});
static YEAR_FIRST_SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})/(\d{1,2})/(\d{1,2})(?-u:\b)").expect("valid year-first pattern")
});
/// The year first and dots between (`2026.03.04`, `2026. 3. 4.`), as Korean, Hungarian,
/// Lithuanian and Chinese pages print a date; never after a version's word (`Version 2026.1.2`).
static YEAR_FIRST_DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})(?-u:\b)").expect("valid year-first dotted pattern")
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
        r"(?-u:\b)(\d{{1,2}})\.?(?:º|er|st|nd|rd|th)?\s+(?:de\s+)?{month},?\s+(?:de\s+)?(\d{{4}})(?-u:\b)"
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

/// Every shape of [`SHAPES`] holds four ASCII digits at least (`1/2/26`): a line with fewer is no date,
/// and most lines are passed over without running a pattern.
const FEWEST_DIGITS: usize = 4;

/// Whether `text` holds as many digits as a date with its year needs ([`FEWEST_DIGITS`]),
/// counting no further: a line with fewer holds none.
pub(crate) fn has_date_digits(text: &str) -> bool {
    text.bytes().filter(u8::is_ascii_digit).nth(FEWEST_DIGITS - 1).is_some()
}

/// One printed shape: its pattern, a cheap test that a text may hold it (most lines hold none, and
/// are passed over without running the pattern), and how its captures read as a date (`text` is
/// the whole line, for what stands around them).
struct Shape {
    pattern: &'static LazyLock<Regex>,
    may_hold: fn(&str) -> bool,
    read: fn(&Captures, &str) -> Option<NaiveDate>,
}

/// Every shape, in the order their dates are listed when two start at the same place.
static SHAPES: [Shape; 9] = [
    Shape::new(&ISO, |t| t.contains('-'), |c, _| ymd(&c[1], num(&c[2]), &c[3])),
    Shape::new(&YEAR_FIRST_SLASHED, |t| t.contains('/'), |c, _| ymd(&c[1], num(&c[2]), &c[3])),
    Shape::new(&YEAR_FIRST_DOTTED, year_dot_number, year_first_dotted),
    Shape::new(&YEAR_MONTH_NAME_DAY, year_then_mark, |c, _| ymd(&c[1], month_number(&c[2]), &c[3])),
    Shape::new(&MONTH_DAY_YEAR, any_text, |c, _| ymd(&c[3], month_number(&c[1]), &c[2])),
    Shape::new(&DAY_MONTH_YEAR, any_text, |c, _| ymd(&c[3], month_number(&c[2]), &c[1])),
    Shape::new(&YEAR_MONTH_DAY_MARKED, any_text, |c, _| ymd(&c[1], num(&c[2]), &c[3])),
    Shape::new(&SPACED_DOTS, |t| t.contains('.') && t.contains(". "), |c, _| ymd(&c[3], num(&c[2]), &c[1])),
    Shape::new(&numeric::NUMERIC, any_text, numeric::read),
];

/// The date of a [`YEAR_FIRST_DOTTED`] match in `text`; none after a version's word.
fn year_first_dotted(c: &Captures, text: &str) -> Option<NaiveDate> {
    let before = &text[..c.get(0)?.start()];
    (!numeric::follows_version_word(before)).then(|| ymd(&c[1], num(&c[2]), &c[3])).flatten()
}

/// A shape with no cheaper test than its pattern.
fn any_text(_: &str) -> bool {
    true
}

/// Every plausible date of every shape in `text`, in the order they are printed.
pub(super) fn dates_in(text: &str) -> Vec<NaiveDate> {
    if !has_date_digits(text) {
        return Vec::new();
    }
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    for shape in SHAPES.iter().filter(|shape| (shape.may_hold)(text)) {
        found.extend(shape.dates(text));
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, d)| d).collect()
}

impl Shape {
    const fn new(
        pattern: &'static LazyLock<Regex>,
        may_hold: fn(&str) -> bool,
        read: fn(&Captures, &str) -> Option<NaiveDate>,
    ) -> Self {
        Shape { pattern, may_hold, read }
    }

    /// This shape's plausible dates in `text`, each with where it starts.
    fn dates<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, NaiveDate)> + 't {
        let date = |c: Captures| Some((c.get(0)?.start(), (self.read)(&c, text)?));
        self.pattern.captures_iter(text).filter_map(date).filter(|(_, d)| plausible(*d))
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

/// A year, a full stop and a number (a space between or none), which [`YEAR_FIRST_DOTTED`] needs: a
/// sentence ending in its year (`… in 2026.`) is passed over without running that pattern.
fn year_dot_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let year_ends_at = |end: usize| end >= 4 && bytes[end - 4..end].iter().all(u8::is_ascii_digit);
    let number_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let numbered = |at: usize| number_at(at + 1) || bytes.get(at + 1) == Some(&b' ') && number_at(at + 2);
    text.match_indices('.').any(|(at, _)| year_ends_at(at) && numbered(at))
}

fn ymd(year: &str, month: Option<u32>, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month?, day.parse().ok()?)
}

/// News dates fall between the first newspapers and a little after today.
pub(crate) fn plausible(date: NaiveDate) -> bool {
    (1800..=2100).contains(&date.year())
}
