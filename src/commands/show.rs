//! `newsidx show`: one stored article, every field.

use crate::error::{Status, UserError};
use crate::index::path_key;
use crate::index::store;
use crate::output;
use std::io::Write;
use std::path::{Path, PathBuf};

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
    let keys = [resolved_key(&config.path), Some(path_key(&config.path))];
    for key in keys.iter().flatten() {
        if let Some(article) = crate::search::show(&store, key).map_err(|e| store.read_error(e))? {
            let mut out = std::io::stdout().lock();
            output::write_article(&mut out, config.json, &article)?;
            out.flush()?;
            return Ok(Status::Success);
        }
    }
    Err(UserError::NotIndexed(config.path.display().to_string()).into())
}

/// The key of a path as typed, resolved to the absolute one indexed; a record of a file of many
/// (`feed.jsonl#3`) is resolved by its file's path.
fn resolved_key(path: &Path) -> Option<String> {
    if let Ok(full) = std::fs::canonicalize(path) {
        return Some(path_key(&full));
    }
    let typed = path_key(path);
    let (file, record) = typed.rsplit_once('#')?;
    let full = std::fs::canonicalize(file).ok()?;
    Some(format!("{}#{record}", path_key(&full)))
}
