//! The days a date typed by the user stands for: `2025`, `2025-12` or `2025-12-03` as the first
//! or last day of its period (`--since`, `--until`, `date:[… TO …]`), and a range whose bounds
//! are the wrong way round refused. Read by the query, the command line and the web API.

use crate::error::UserError;
use chrono::NaiveDate;

/// Which end of a period a partial date stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodEnd {
    /// `2025-12` as `--since`: December 1.
    First,
    /// `2025-12` as `--until`: December 31.
    Last,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first or last day of that period. A value of
/// another shape is a [`UserError::BadDate`]; one of the right shape that names no day of the
/// calendar (`2025-02-30`) a [`UserError::NoSuchDate`].
pub fn parse_date(text: &str, end: PeriodEnd) -> Result<NaiveDate, UserError> {
    let (year, month, day) = date_parts(text).ok_or_else(|| UserError::BadDate(text.to_string()))?;
    let none = |what| UserError::NoSuchDate { text: text.to_string(), what };
    let month = match (month, end) {
        (Some(m), _) if !(1..=12).contains(&m) => return Err(none("month")),
        (Some(m), _) => m,
        (None, PeriodEnd::First) => 1,
        (None, PeriodEnd::Last) => 12,
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(|| none("year"))?;
    match (day, end) {
        (Some(d), _) => NaiveDate::from_ymd_opt(year, month, d).ok_or_else(|| none("day")),
        (None, PeriodEnd::First) => Ok(first),
        (None, PeriodEnd::Last) => {
            let next = first.checked_add_months(chrono::Months::new(1)).ok_or_else(|| none("day"))?;
            next.pred_opt().ok_or_else(|| none("day"))
        }
    }
}

/// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part all digits of its length.
fn date_parts(text: &str) -> Option<(i32, Option<u32>, Option<u32>)> {
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let year = num(parts.first()?, 4)? as i32;
    match parts.as_slice() {
        [_] => Some((year, None, None)),
        [_, m] => Some((year, Some(num(m, 2)?), None)),
        [_, m, d] => Some((year, Some(num(m, 2)?), Some(num(d, 2)?))),
        _ => None,
    }
}

/// Refuses a `--since` later than the `--until`: such a range finds nothing, and a script that
/// swapped its bounds should hear so rather than see "no hits".
pub fn check_range(since: Option<NaiveDate>, until: Option<NaiveDate>) -> Result<(), UserError> {
    match (since, until) {
        (Some(s), Some(u)) if s > u => {
            Err(UserError::EmptyRange { since: s.to_string(), until: u.to_string() })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test date")
    }

    #[test]
    fn partial_dates_cover_their_period() {
        assert_eq!(parse_date("2025", PeriodEnd::First).ok(), Some(d(2025, 1, 1)));
        assert_eq!(parse_date("2025", PeriodEnd::Last).ok(), Some(d(2025, 12, 31)));
        assert_eq!(parse_date("2024-02", PeriodEnd::Last).ok(), Some(d(2024, 2, 29)));
        assert_eq!(parse_date("2025-12-03", PeriodEnd::First).ok(), Some(d(2025, 12, 3)));
    }

    #[test]
    fn bad_dates_are_refused() {
        for bad in ["yesterday", "26", "2026-1", "2026-01-01-01", ""] {
            assert!(matches!(parse_date(bad, PeriodEnd::First), Err(UserError::BadDate(_))), "{bad}");
        }
    }

    #[test]
    fn a_date_of_the_right_shape_that_is_no_day_says_so() {
        for (bad, what) in [("2025-02-30", "day"), ("2026-13-45", "month"), ("2026-00", "month")] {
            let err = parse_date(bad, PeriodEnd::First).expect_err(bad);
            assert_eq!(err.to_string(), format!("bad date {bad:?}: there is no such {what}"));
        }
    }

    #[test]
    fn a_range_that_ends_before_it_starts_is_refused() {
        assert!(check_range(Some(d(2026, 1, 1)), Some(d(2025, 12, 31))).is_err());
        assert!(check_range(Some(d(2025, 1, 1)), Some(d(2025, 1, 1))).is_ok());
        assert!(check_range(None, Some(d(2025, 1, 1))).is_ok());
    }
}
