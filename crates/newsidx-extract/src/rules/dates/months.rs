//! Month and weekday names in the languages of [`vocab::MONTHS`], and a dateline's `Dec 3`. A
//! leaf: imports the vocabulary and `lines`' lowering of a word on the stack.

use super::super::lines::ascii_lowered;
use super::super::vocab;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The month number of a month name or abbreviation in any supported language.
pub(crate) fn month_number(name: &str) -> Option<u32> {
    in_small_letters(name.trim_end_matches('.'), |name| MONTH_NUMBERS.get(name).copied())
}

/// `read` asked of `word` in small letters: a short ASCII word is lowered on the stack (every
/// word that may open a date is asked, and a new string for each was most of the asking).
fn in_small_letters<T>(word: &str, read: impl FnOnce(&str) -> T) -> T {
    let mut stack = [0u8; SHORT_WORD_BYTES];
    match word.is_ascii().then(|| ascii_lowered(word, &mut stack)).flatten() {
        Some(lower) => read(lower),
        None => read(&word.to_lowercase()),
    }
}

/// Longest word lowered on the stack: longer than any month's or weekday's name.
const SHORT_WORD_BYTES: usize = 24;

/// Every spelling of [`vocab::MONTHS`] with its month's number.
static MONTH_NUMBERS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let each = |months: &'static [&'static [&'static str]; 12]| {
        months.iter().zip(1..).flat_map(|(names, n)| names.iter().map(move |name| (*name, n)))
    };
    vocab::MONTHS.iter().flat_map(|(_, months)| each(months)).collect()
});

/// A weekday's name or abbreviation in English (`Friday`, `Fri.`).
pub(crate) fn is_weekday(word: &str) -> bool {
    in_small_letters(word.trim_end_matches([',', '.']), |w| {
        WEEKDAYS.iter().any(|day| *day == w || &day[..3] == w)
    })
}

/// The weekdays in English, in small letters; each one's abbreviation is its first three letters.
pub(super) const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Letters of the Latin (with Latin-1 and Extended-A, as in `października` and `Ağustos`), Greek
/// and Cyrillic scripts, as the inside of a pattern's class: narrower than `\p{L}`, which made the
/// dateline pattern a seventh of indexing time. Datelines are read with these.
pub(crate) const LETTER: &str = "A-Za-zÀ-ÖØ-öø-ſΑ-ωА-я";

/// The letters month names are spelled with: [`LETTER`]'s, and Romanian's `ș`, `ț`, Greek's
/// accented (`Αυγούστου`), Ukrainian's `і`, `ї`, `є` and Arabic's. Datelines keep to the narrower
/// class: each range widens every pattern it is in, and a dateline pattern runs on every paragraph.
const MONTH_LETTER: &str = "A-Za-zÀ-ÖØ-öø-ſȘ-țΆ-ώЀ-ӿء-ي";

/// A month name: three to twelve [`MONTH_LETTER`]s, perhaps abbreviated with a dot.
pub(super) fn month_name() -> String {
    format!(r"([{MONTH_LETTER}]{{3,12}})\.?")
}

/// A dateline's `Dec 3` or `3 Dec` (`3. Dez`) as (month, day).
pub(crate) fn parse_month_day(text: &str) -> Option<(u32, u32)> {
    let mut words = text.split_whitespace();
    let (first, second) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let day = |s: &str| s.trim_end_matches('.').parse::<u32>().ok().filter(|d| (1..=31).contains(d));
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
