//! `newsidx export`: the matching articles as NDJSON for Quickwit, Elasticsearch or any reader,
//! or the engine's index config that describes them.

use crate::copies::Clusters;
use crate::error::{Status, UserError};
use crate::export::{self, config, Target};
use crate::index::store;
use crate::search::{self, Filters};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `export` was asked to do.
#[derive(Debug, Clone)]
pub enum ExportConfig {
    /// The matching articles' documents.
    Documents(Box<Documents>),
    /// The engine's index config.
    Config(Engine),
}

/// An export of the matching articles.
#[derive(Debug, Clone)]
pub struct Documents {
    pub index_dir: PathBuf,
    pub query: String,
    pub filters: Filters,
    pub target: Target,
    /// The file to write (atomically), else standard output.
    pub out: Option<PathBuf>,
}

/// The engines whose configs newsidx writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Engine {
    Quickwit { index_id: String },
    Elasticsearch,
}

/// Writes the documents (exit 0 when any matched, 1 when none) or prints the config.
pub fn run(config: &ExportConfig) -> anyhow::Result<Status> {
    match config {
        ExportConfig::Config(engine) => print_config(engine),
        ExportConfig::Documents(export) => write_documents(export),
    }
}

fn print_config(engine: &Engine) -> anyhow::Result<Status> {
    let text = match engine {
        Engine::Quickwit { index_id } => config::quickwit(index_id),
        Engine::Elasticsearch => serde_json::to_string_pretty(&config::elasticsearch())? + "\n",
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Status::Success)
}

fn write_documents(export: &Documents) -> anyhow::Result<Status> {
    let written = match &export.out {
        Some(path) => {
            let written = to_file(path, |w| documents(export, w))?;
            super::warn(&format!("exported {written} articles to {}", path.display()));
            written
        }
        None => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            let written = documents(export, &mut w)?;
            w.flush()?;
            written
        }
    };
    Ok(if written == 0 { Status::NoMatch } else { Status::Success })
}

fn documents(export: &Documents, out: &mut dyn Write) -> anyhow::Result<u64> {
    let store = store::open(&export.index_dir)?;
    let searcher = store.searcher()?;
    let parsed = search::parse(&store, &searcher, &export.query, &export.filters)?;
    let clusters = Clusters::load(&store.dir)?;
    export::write_all(out, &export.target, &store, &searcher, &*parsed, &clusters)
        .map_err(|e| store.read_error(e))
}

/// Runs `write` into `path` through a file beside it, renamed over `path` only when the whole
/// export is written: an interrupted export never replaces a finished one with half of it.
fn to_file(path: &Path, write: impl FnOnce(&mut dyn Write) -> anyhow::Result<u64>) -> anyhow::Result<u64> {
    let cannot =
        |e: std::io::Error| UserError::CannotWrite { path: path.to_path_buf(), reason: e.to_string() };
    let aside = partial_path(path);
    let file = std::fs::File::create(&aside).map_err(cannot)?;
    let mut buffered = std::io::BufWriter::new(file);
    let written = write(&mut buffered).and_then(|n| {
        buffered.flush()?;
        buffered.get_ref().sync_all()?;
        Ok(n)
    });
    match written {
        Ok(n) => {
            std::fs::rename(&aside, path).map_err(cannot)?;
            Ok(n)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&aside);
            Err(e)
        }
    }
}

/// `out.ndjson` → `out.ndjson.partial`.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".partial");
    path.with_file_name(name)
}
