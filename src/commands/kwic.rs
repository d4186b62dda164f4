//! `newsidx kwic`: every occurrence of a query's words in the matching articles, with its
//! context, aligned on the match.

use crate::error::Status;
use crate::index::store;
use crate::output::{kwic::write_kwic, Format};
use crate::search::kwic::{self, KwicSort};
use crate::search::{self, Filters, Request, SortBy};
use std::io::Write;
use std::path::PathBuf;

/// What `kwic` was asked to do.
#[derive(Debug, Clone)]
pub struct KwicConfig {
    pub index_dir: PathBuf,
    pub query: String,
    pub filters: Filters,
    /// Characters of context either side.
    pub width: usize,
    pub sort: KwicSort,
    /// Lines printed (0: all).
    pub limit: usize,
    pub format: Format,
}

/// Prints the concordance: exit 0 when some occurrence is found, 1 when none is.
pub fn run(config: &KwicConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    let request = Request {
        query: config.query.clone(),
        filters: config.filters.clone(),
        limit: 0,
        offset: 0,
        sort: SortBy::Date,
    };
    let ranked = search::rank(&store, &searcher, &request).map_err(|e| store.read_error(e))?;
    let mut lines = kwic::lines(&store, &searcher, &ranked, config.width).map_err(|e| store.read_error(e))?;
    kwic::sort(&mut lines, config.sort);
    let total = lines.len();
    if config.limit > 0 {
        lines.truncate(config.limit);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_kwic(&mut out, config.format, &config.query, config.width, total, &lines)?;
    out.flush()?;
    Ok(if lines.is_empty() { Status::NoMatch } else { Status::Success })
}
