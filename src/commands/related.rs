//! `newsidx related PATH`: the articles most like an indexed one, printed as search prints hits.

use crate::error::{Status, UserError};
use crate::index::store;
use crate::output::{self, Format, PageInfo};
use crate::search::related;
use std::io::Write;
use std::path::PathBuf;

/// What `related` was asked to do.
#[derive(Debug, Clone)]
pub struct RelatedConfig {
    pub index_dir: PathBuf,
    /// The article's file, as the user types it.
    pub path: PathBuf,
    pub limit: usize,
    pub format: Format,
}

/// Prints the related articles: exit 0 when there are some, 1 when none, 2 when the path is not
/// indexed.
pub fn run(config: &RelatedConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    for key in &super::keys_of(&config.path) {
        let Some(ranked) =
            related::rank(&store, &searcher, key, config.limit).map_err(|e| store.read_error(e))?
        else {
            continue;
        };
        let page = PageInfo::of(&ranked, &[]);
        let hits = ranked.hits(&store, &searcher).map(|hit| hit.map_err(|e| store.read_error(e)));
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        output::write_results(&mut out, config.format, page, hits)?;
        out.flush()?;
        return Ok(if ranked.is_empty() { Status::NoMatch } else { Status::Success });
    }
    Err(UserError::NotIndexed(config.path.display().to_string()).into())
}
