//! `newsidx timeline`: matching articles per period for one query or several (`--vs`), as a
//! chart on the terminal, JSON or CSV; `--share` divides each period by all articles the filters
//! let through in it (coverage, not volume).

use crate::commands::search::EngineTarget;
use crate::error::Status;
use crate::index::store;
use crate::output::timeline::{write_timeline, TimelineFormat};
use crate::remote;
use crate::search::collapse;
use crate::search::query::Filters;
use crate::search::timeline::{self, Asked, Period, Series};
use std::io::Write;
use std::path::PathBuf;

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
    /// Also draw the chart as PNG into this file.
    pub png: Option<PathBuf>,
    /// Count on this engine instead of the local index.
    pub engine: Option<EngineTarget>,
}

/// Prints the timeline: exit 0 when some article matches, 1 when none does.
pub fn run(config: &TimelineConfig) -> anyhow::Result<Status> {
    let asked =
        Asked { queries: &config.queries, filters: &config.filters, by: config.by, share: config.share };
    let series = match &config.engine {
        Some(engine) => on_engine(&asked, engine)?,
        None => local(config, &asked)?,
    };
    if let Some(path) = &config.svg {
        crate::output::chart::write_svg(path, config.by.name(), &series)?;
    }
    if let Some(path) = &config.png {
        crate::output::chart::write_png(path, config.by.name(), &series)?;
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_timeline(&mut out, config.format, config.by.name(), &series)?;
    out.flush()?;
    Ok(if series.iter().any(|s| s.total > 0) { Status::Success } else { Status::NoMatch })
}

fn local(config: &TimelineConfig, asked: &Asked) -> anyhow::Result<Vec<Series>> {
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    let clusters = collapse::clusters_for(&store, &config.filters)?;
    let series = timeline::series(&store, &searcher, &clusters, asked)?;
    super::leave_to_exit((clusters, searcher, store));
    Ok(series)
}

fn on_engine(asked: &Asked, engine: &EngineTarget) -> anyhow::Result<Vec<Series>> {
    let (client, remote) = remote::connect(&engine.address, engine.index_id.as_deref())?;
    timeline::series_of_days(asked, &|query| {
        Ok(remote::stats::per_day(&client, &remote, query, asked.filters)?)
    })
}
