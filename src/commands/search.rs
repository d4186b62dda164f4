//! `newsidx search`: query the index and print the hits as they are read.

use crate::error::{Status, UserError};
use crate::index::store;
use crate::output::{self, Format, PageInfo};
use crate::remote;
use crate::search::facets;
use crate::search::stats::Facet;
use crate::search::{self, Request};
use std::io::Write;
use std::path::PathBuf;

/// What `search` was asked to do.
#[derive(Debug, Clone)]
pub struct SearchConfig {
    /// The index folder.
    pub index_dir: PathBuf,
    /// The search.
    pub request: Request,
    /// How to print.
    pub format: Format,
    /// Run the search this many more times in-process and report the latency on stderr.
    pub bench: usize,
    /// Facets counted over the whole result set and printed beside the hits (JSON).
    pub facets: Vec<Facet>,
    /// Search this engine instead of the local index.
    pub engine: Option<EngineTarget>,
}

/// An engine the archive was pushed to, as typed.
#[derive(Debug, Clone)]
pub struct EngineTarget {
    pub address: String,
    pub index_id: Option<String>,
}

/// The most in-process repetitions `--bench` takes: enough for stable percentiles, few enough
/// that a typo cannot keep the process busy for hours.
pub const MAX_BENCH_RUNS: usize = 100_000;

/// Runs the search: exit 0 when the page printed holds hits, 1 when it holds none (nothing
/// matched, or `--offset` skipped every hit).
pub fn run(config: &SearchConfig) -> anyhow::Result<Status> {
    if let Some(engine) = &config.engine {
        return run_on_engine(config, engine);
    }
    if config.bench > MAX_BENCH_RUNS {
        return Err(UserError::TooMany { flag: "--bench", given: config.bench, most: MAX_BENCH_RUNS }.into());
    }
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    let ranked = search::rank(&store, &searcher, &config.request).map_err(|e| store.read_error(e))?;
    if config.bench > 0 {
        report_latency(&store, &config.request, config.bench)?;
    }
    let all_copies = config.request.filters.all_copies;
    let facets =
        facets::of_ranked(&store, &searcher, &ranked, &config.facets, all_copies, facets::PAGE_FACET_VALUES)?;
    let hits = ranked.hits(&store, &searcher).map(|hit| hit.map_err(|e| store.read_error(e)));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    output::write_results(&mut out, config.format, PageInfo::of(&ranked, &facets), hits)?;
    out.flush()?;
    let status = if ranked.is_empty() { Status::NoMatch } else { Status::Success };
    super::leave_to_exit((ranked, searcher, store));
    Ok(status)
}

/// The search run by an engine, printed as a local one is.
fn run_on_engine(config: &SearchConfig, engine: &EngineTarget) -> anyhow::Result<Status> {
    let (client, remote) = remote::connect(&engine.address, engine.index_id.as_deref())?;
    let page = remote::search::run(&client, &remote, &config.request)?;
    let info = PageInfo {
        query: &config.request.query,
        total: page.total,
        total_copies: page.total,
        offset: config.request.offset,
        facets: &[],
    };
    let empty = page.hits.is_empty();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    output::write_results(&mut out, config.format, info, page.hits.into_iter().map(Ok))?;
    out.flush()?;
    Ok(if empty { Status::NoMatch } else { Status::Success })
}

/// Times `runs` searches (query parsing, collection, snippets) against one open searcher.
fn report_latency(store: &store::Store, request: &Request, runs: usize) -> anyhow::Result<()> {
    let searcher = store.searcher()?;
    super::report_latency(runs, || {
        let ranked = search::rank(store, &searcher, request)?;
        ranked.hits(store, &searcher).try_for_each(|hit| hit.map(drop))
    })
}
