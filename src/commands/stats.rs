//! `newsidx stats`: how many matching articles per author, place, agency, section, language or
//! period, counted by the index's aggregations.

use crate::commands::search::{EngineTarget, MAX_BENCH_RUNS};
use crate::error::{Status, UserError};
use crate::index::store;
use crate::output::stats::{write_stats, StatsFormat};
use crate::remote;
use crate::search::query::Filters;
use crate::search::stats::{Facet, Stats};
use crate::search::{collapse, facets};
use std::io::Write;
use std::path::PathBuf;

/// What `stats` was asked to do.
#[derive(Debug, Clone)]
pub struct StatsConfig {
    pub index_dir: PathBuf,
    /// The search whose hits are counted (empty: every article the filters let through).
    pub query: String,
    pub filters: Filters,
    /// The facets, in the order asked.
    pub by: Vec<Facet>,
    /// Names kept per facet, most frequent first (0: all).
    pub top: usize,
    pub format: StatsFormat,
    /// Count on this engine instead of the local index.
    pub engine: Option<EngineTarget>,
    /// Count this many more times in-process and report the latency on stderr.
    pub bench: usize,
}

/// Prints the counts: exit 0 when some article matches, 1 when none does.
pub fn run(config: &StatsConfig) -> anyhow::Result<Status> {
    let counted = match &config.engine {
        Some(engine) => on_engine(config, engine)?,
        None => local(config)?,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_stats(&mut out, config.format, &config.query, &counted)?;
    out.flush()?;
    Ok(if counted.total > 0 { Status::Success } else { Status::NoMatch })
}

fn on_engine(config: &StatsConfig, engine: &EngineTarget) -> anyhow::Result<Stats> {
    let (client, remote) = remote::connect(&engine.address, engine.index_id.as_deref())?;
    Ok(remote::stats::count(&client, &remote, &config.query, &config.filters, &config.by, config.top)?)
}

fn local(config: &StatsConfig) -> anyhow::Result<Stats> {
    if config.bench > MAX_BENCH_RUNS {
        return Err(UserError::TooMany { flag: "--bench", given: config.bench, most: MAX_BENCH_RUNS }.into());
    }
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    let count = || {
        let clusters = collapse::clusters_for(&store, &config.filters)?;
        facets::stats_of(&store, &searcher, &clusters, &config.query, &config.filters, &config.by, config.top)
    };
    let counted = count()?;
    if config.bench > 0 {
        super::report_latency(config.bench, || count().map(drop))?;
    }
    super::leave_to_exit((searcher, store));
    Ok(counted)
}
