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
}

/// Runs the search: exit 0 with hits, 1 with none.
pub fn run(config: &SearchConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let results = search::run(&store, &config.request)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    output::write_results(&mut out, config.format, &results)?;
    out.flush()?;
    Ok(if results.total == 0 { Status::NoMatch } else { Status::Success })
}
