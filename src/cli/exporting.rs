//! The arguments of `export` and its plain config.

use super::{FilterArgs, IndexLocation};
use clap::{Args, ValueEnum};
use newsidx::commands::export::{Documents, Engine, ExportConfig};
use newsidx::error::UserError;
use newsidx::export::Target;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub(super) struct ExportArgs {
    /// The search whose hits are exported (as for `search`); empty or left out: every article
    /// the filters let through. Every copy of a syndicated story is exported, each with the
    /// story's id.
    #[arg(value_name = "QUERY", allow_hyphen_values = true, default_value = "")]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    #[command(flatten)]
    filters: FilterArgs,
    /// The engine the documents are for: Quickwit's ingest API and plain JSON Lines take one
    /// document per line; Elasticsearch/OpenSearch's _bulk API takes an action line before each.
    #[arg(long, value_enum, default_value_t = ExportTo::Jsonl)]
    to: ExportTo,
    /// Write to this file (replaced only once the export is whole) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Print the engine's index config for these documents instead (Quickwit: YAML;
    /// Elasticsearch/OpenSearch: the JSON body of PUT /INDEX).
    #[arg(long, value_enum, value_name = "ENGINE", conflicts_with_all = ["out", "to"])]
    config: Option<EngineName>,
    /// The index name in the engine (Quickwit's index_id, Elasticsearch's _index).
    #[arg(long, value_name = "NAME", default_value = "newsidx")]
    index_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportTo {
    Jsonl,
    Quickwit,
    Elasticsearch,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EngineName {
    Quickwit,
    Elasticsearch,
}

pub(super) fn export_config(a: ExportArgs) -> Result<ExportConfig, UserError> {
    if let Some(engine) = a.config {
        return Ok(ExportConfig::Config(match engine {
            EngineName::Quickwit => Engine::Quickwit { index_id: a.index_id },
            EngineName::Elasticsearch => Engine::Elasticsearch,
        }));
    }
    let target = match a.to {
        ExportTo::Jsonl | ExportTo::Quickwit => Target::Lines,
        ExportTo::Elasticsearch => Target::Bulk { index: a.index_id },
    };
    Ok(ExportConfig::Documents(Box::new(Documents {
        index_dir: a.location.dir(),
        query: a.query,
        filters: a.filters.filters()?,
        target,
        out: a.out,
    })))
}
