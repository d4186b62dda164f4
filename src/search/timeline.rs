//! Matching articles per period, from the first period with a hit to the last, empty periods
//! counted as 0: the days come from the index's day column by one terms aggregation, and are
//! rolled up here into weeks (ISO), months or years.

use super::query::Filters;
use super::stats::{self, Facet};
use crate::copies::Clusters;
use crate::index::schema::Fields;
use crate::index::Store;
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
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
    /// The period `--by` (and the web API's `by`) calls `name`.
    pub fn from_name(name: &str) -> Option<Period> {
        [Period::Day, Period::Week, Period::Month, Period::Year].into_iter().find(|p| p.name() == name)
    }

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

/// One query's counts per period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub query: String,
    /// Matching articles with a date (an undated article has no place on a timeline).
    pub total: u64,
    pub buckets: Vec<PeriodCount>,
}

/// What a timeline counts: one series per query, each period's count optionally as a share of
/// every article the filters let through in it.
#[derive(Debug, Clone)]
pub struct Asked<'a> {
    pub queries: &'a [String],
    pub filters: &'a Filters,
    pub by: Period,
    pub share: bool,
}

/// The series of a timeline, each over the same periods: from the first period any query has a
/// hit in to the last, empty ones counted as 0. Each story counts once by `clusters` (pass none
/// to count every copy).
pub fn series(
    store: &Store,
    searcher: &Searcher,
    clusters: &Arc<Clusters>,
    asked: &Asked,
) -> anyhow::Result<Vec<Series>> {
    series_of_days(asked, &|query| days_of(store, searcher, clusters, query, asked.filters))
}

/// The series of a timeline whose per-day counts `days_of` finds for a query (the empty query:
/// every article the filters let through), wherever they are counted.
pub fn series_of_days(
    asked: &Asked,
    days_of: &dyn Fn(&str) -> anyhow::Result<BTreeMap<NaiveDate, u64>>,
) -> anyhow::Result<Vec<Series>> {
    let days: Vec<BTreeMap<NaiveDate, u64>> =
        asked.queries.iter().map(|q| days_of(q)).collect::<anyhow::Result<_>>()?;
    let first = days.iter().filter_map(|d| d.keys().next()).min().copied();
    let last = days.iter().filter_map(|d| d.keys().next_back()).max().copied();
    let keys = first.zip(last).map_or_else(Vec::new, |(f, l)| asked.by.between(f, l));
    let all = match asked.share {
        true => Some(roll_up(&days_of("")?, asked.by, &keys)),
        false => None,
    };
    Ok(asked
        .queries
        .iter()
        .zip(&days)
        .map(|(q, d)| one_series(q, d, asked.by, &keys, all.as_deref()))
        .collect())
}

fn days_of(
    store: &Store,
    searcher: &Searcher,
    clusters: &Arc<Clusters>,
    text: &str,
    filters: &Filters,
) -> anyhow::Result<BTreeMap<NaiveDate, u64>> {
    let parsed = super::parse(store, searcher, text, filters)?;
    let parsed = super::collapse::once(searcher, parsed, clusters)?;
    per_day(searcher, &store.fields, parsed.as_ref()).map_err(|e| store.read_error(e))
}

fn one_series(
    query: &str,
    days: &BTreeMap<NaiveDate, u64>,
    by: Period,
    keys: &[String],
    all: Option<&[(String, u64)]>,
) -> Series {
    let counts = roll_up(days, by, keys);
    let buckets = counts
        .into_iter()
        .enumerate()
        .map(|(i, (key, count))| {
            let all = all.map(|a| a[i].1);
            let share = all.map(|a| if a == 0 { 0.0 } else { count as f64 / a as f64 });
            PeriodCount { key, count, all, share }
        })
        .collect();
    Series { query: query.to_string(), total: days.values().sum(), buckets }
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
