//! Matching articles per period, from the first period with a hit to the last, empty periods
//! counted as 0: the days come from the index's day column by one terms aggregation, and are
//! rolled up here into weeks (ISO), months or years.

use super::stats::{self, Facet};
use crate::index::schema::Fields;
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;
use tantivy::query::Query;
use tantivy::Searcher;

/// The length of a timeline's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    /// The period holding `day`, as printed: `2025-12-02`, `2025-W49`, `2025-12`, `2025`.
    pub fn key(self, day: NaiveDate) -> String {
        match self {
            Period::Day => day.format("%Y-%m-%d").to_string(),
            Period::Week => format!("{}-W{:02}", day.iso_week().year(), day.iso_week().week()),
            Period::Month => day.format("%Y-%m").to_string(),
            Period::Year => day.format("%Y").to_string(),
        }
    }

    /// The first day of the next period after the one holding `day`.
    fn next(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Day => day.checked_add_days(Days::new(1)),
            Period::Week => {
                day.checked_add_days(Days::new(7 - u64::from(day.weekday().num_days_from_monday())))
            }
            Period::Month => {
                NaiveDate::from_ymd_opt(day.year() + i32::from(day.month() == 12), day.month() % 12 + 1, 1)
            }
            Period::Year => NaiveDate::from_ymd_opt(day.year() + 1, 1, 1),
        }
    }

    /// Every period from the one holding `first` to the one holding `last`, in order.
    pub fn between(self, first: NaiveDate, last: NaiveDate) -> Vec<String> {
        let mut keys = Vec::new();
        let mut day = Some(first);
        while let Some(d) = day.filter(|d| *d <= last) {
            keys.push(self.key(d));
            day = self.next(d);
        }
        keys
    }
}

/// One period and its count; `all` and `share` with `--share`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodCount {
    pub key: String,
    pub count: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
}

/// The matching articles of `query` per day (days with none left out).
pub fn per_day(
    searcher: &Searcher,
    fields: &Fields,
    query: &dyn Query,
) -> anyhow::Result<BTreeMap<NaiveDate, u64>> {
    let counted = stats::count(searcher, fields, query, &[Facet::Day], 0)?;
    let buckets = counted.facets.into_iter().flat_map(|f| f.buckets);
    Ok(buckets.filter_map(|b| Some((NaiveDate::parse_from_str(&b.key, "%Y-%m-%d").ok()?, b.count))).collect())
}

/// The days rolled up into `keys` (every key counted, 0 where no day falls).
pub fn roll_up(days: &BTreeMap<NaiveDate, u64>, period: Period, keys: &[String]) -> Vec<(String, u64)> {
    let mut sums: BTreeMap<String, u64> = BTreeMap::new();
    for (day, count) in days {
        *sums.entry(period.key(*day)).or_insert(0) += count;
    }
    keys.iter().map(|k| (k.clone(), sums.get(k).copied().unwrap_or(0))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn periods_run_from_the_first_to_the_last_with_none_missing() {
        assert_eq!(
            Period::Month.between(day(2025, 11, 20), day(2026, 2, 1)),
            ["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        assert_eq!(
            Period::Week.between(day(2025, 12, 31), day(2026, 1, 12)),
            ["2026-W01", "2026-W02", "2026-W03"]
        );
        assert_eq!(Period::Year.between(day(2024, 5, 1), day(2025, 1, 1)), ["2024", "2025"]);
        assert_eq!(
            Period::Day.between(day(2025, 2, 27), day(2025, 3, 1)),
            ["2025-02-27", "2025-02-28", "2025-03-01"]
        );
    }

    #[test]
    fn days_roll_up_into_their_periods_and_empty_ones_count_zero() {
        let days = BTreeMap::from([(day(2025, 11, 3), 2), (day(2025, 11, 30), 1), (day(2026, 1, 2), 4)]);
        let keys = Period::Month.between(day(2025, 11, 3), day(2026, 1, 2));
        let rolled = roll_up(&days, Period::Month, &keys);
        assert_eq!(
            rolled,
            [("2025-11".to_string(), 3), ("2025-12".to_string(), 0), ("2026-01".to_string(), 4)]
        );
    }
}
