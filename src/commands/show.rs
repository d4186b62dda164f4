//! `newsidx show`: one stored article, every field.

use crate::copies::Clusters;
use crate::error::{Status, UserError};
use crate::index::store;
use crate::output::{self, CopiesOf};
use std::io::Write;
use std::path::PathBuf;

/// What `show` was asked to do.
#[derive(Debug, Clone)]
pub struct ShowConfig {
    /// The index folder.
    pub index_dir: PathBuf,
    /// The article's file, as the user types it (relative paths are resolved).
    pub path: PathBuf,
    /// Print JSON.
    pub json: bool,
}

/// Prints the stored article, or fails naming the path when it is not indexed.
pub fn run(config: &ShowConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    for key in &super::keys_of(&config.path) {
        if let Some(article) = crate::search::show(&store, key).map_err(|e| store.read_error(e))? {
            let copies = CopiesOf::of(&Clusters::load(&store.dir)?, &article.path);
            let mut out = std::io::stdout().lock();
            output::write_article(&mut out, config.json, &article, &copies)?;
            out.flush()?;
            return Ok(Status::Success);
        }
    }
    Err(UserError::NotIndexed(config.path.display().to_string()).into())
}
