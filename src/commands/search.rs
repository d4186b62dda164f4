//! `newsidx search`: query the index and print the hits.

use crate::error::Status;
use crate::index::store;
use crate::output::{self, Format};
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
}

/// Runs the search: exit 0 with hits, 1 with none.
pub fn run(config: &SearchConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let results = search::run(&store, &config.request).map_err(|e| store.read_error(e))?;
    if config.bench > 0 {
        report_latency(&store, &config.request, config.bench)?;
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    output::write_results(&mut out, config.format, &results)?;
    out.flush()?;
    Ok(if results.total == 0 { Status::NoMatch } else { Status::Success })
}

/// Times `runs` searches (query parsing, collection, snippets) against one open searcher and
/// prints the median and 95th percentile.
fn report_latency(store: &store::Store, request: &Request, runs: usize) -> anyhow::Result<()> {
    let searcher = store.searcher()?;
    let mut micros: Vec<u128> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = std::time::Instant::now();
        search::run_with(store, &searcher, request)?;
        micros.push(started.elapsed().as_micros());
    }
    micros.sort_unstable();
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize] as f64 / 1000.0;
    eprintln!("in-process latency over {runs} runs: p50 {:.3} ms, p95 {:.3} ms", at(0.5), at(0.95));
    Ok(())
}
