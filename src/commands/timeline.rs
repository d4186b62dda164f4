//! `newsidx timeline`: matching articles per period for one query or several (`--vs`), as a
//! chart on the terminal, JSON or CSV; `--share` divides each period by all articles the filters
//! let through in it (coverage, not volume).

use crate::copies::Clusters;
use crate::error::Status;
use crate::index::store::{self, Store};
use crate::output::timeline::{write_timeline, Series, TimelineFormat};
use crate::search::collapse;
use crate::search::query::{self, Filters};
use crate::search::timeline::{per_day, roll_up, Period, PeriodCount};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use tantivy::Searcher;

/// What `timeline` was asked to do.
#[derive(Debug, Clone)]
pub struct TimelineConfig {
    pub index_dir: PathBuf,
    /// The query, then each `--vs` query: one series each.
    pub queries: Vec<String>,
    pub filters: Filters,
    pub by: Period,
    /// Each period's count as a share of all articles the filters let through in it.
    pub share: bool,
    pub format: TimelineFormat,
    /// Also draw the chart as SVG into this file.
    pub svg: Option<PathBuf>,
}

/// Prints the timeline: exit 0 when some article matches, 1 when none does.
pub fn run(config: &TimelineConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    let clusters = collapse::clusters_for(&store, &config.filters)?;
    let days: Vec<BTreeMap<NaiveDate, u64>> = config
        .queries
        .iter()
        .map(|q| days_of(&store, &searcher, &clusters, q, &config.filters))
        .collect::<anyhow::Result<_>>()?;
    let first = days.iter().filter_map(|d| d.keys().next()).min().copied();
    let last = days.iter().filter_map(|d| d.keys().next_back()).max().copied();
    let keys = first.zip(last).map_or_else(Vec::new, |(f, l)| config.by.between(f, l));
    let all =
        if config.share { Some(days_of(&store, &searcher, &clusters, "", &config.filters)?) } else { None };
    let all = all.map(|a| roll_up(&a, config.by, &keys));
    let series: Vec<Series> = config
        .queries
        .iter()
        .zip(&days)
        .map(|(q, d)| series(q, d, config.by, &keys, all.as_deref()))
        .collect();
    if let Some(path) = &config.svg {
        crate::output::chart::write_svg(path, config.by.name(), &series)?;
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_timeline(&mut out, config.format, config.by.name(), &series)?;
    out.flush()?;
    Ok(if series.iter().any(|s| s.total > 0) { Status::Success } else { Status::NoMatch })
}

fn days_of(
    store: &Store,
    searcher: &Searcher,
    clusters: &Arc<Clusters>,
    text: &str,
    filters: &Filters,
) -> anyhow::Result<BTreeMap<NaiveDate, u64>> {
    let languages = store.text_in_use(searcher);
    let parsed = query::build(&store.index, &store.fields, &languages, text, filters)?;
    let parsed = collapse::once(searcher, &store.fields, parsed, clusters)?;
    per_day(searcher, &store.fields, parsed.as_ref()).map_err(|e| store.read_error(e))
}

fn series(
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
