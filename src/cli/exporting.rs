//! The arguments of `export` and `push`, and their plain configs.

use super::searching::FilterArgs;
use super::IndexLocation;
use clap::{Args, ValueEnum};
use newsidx::commands::export::{Documents, Engine, ExportConfig};
use newsidx::commands::push::PushConfig;
use newsidx::error::UserError;
use newsidx::export::Target;
use std::io::IsTerminal;
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

#[derive(Debug, Args)]
pub(super) struct PushArgs {
    /// The engine: quickwit+http://HOST:7280/INDEX, elasticsearch+http://HOST:9200/INDEX
    /// (opensearch+… too), or a plain http(s) address whose kind is asked of the engine.
    #[arg(value_name = "URL")]
    engine: String,
    /// The search whose hits the engine's index should hold (as for `search`); empty or left
    /// out: every article the filters let through. Articles that stop matching are deleted
    /// there.
    #[arg(value_name = "QUERY", allow_hyphen_values = true, default_value = "")]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    #[command(flatten)]
    filters: FilterArgs,
    /// The engine's index, when the URL does not end with it [default: newsidx].
    #[arg(long, value_name = "NAME")]
    index_id: Option<String>,
    /// The most megabytes of documents one request carries (Quickwit takes 10 by default;
    /// fractions are fine, down to a kilobyte).
    #[arg(long, value_name = "MB", default_value_t = 5.0)]
    batch_mb: f64,
    /// How many times a request the engine is too busy for (429, 5xx, no answer) is tried
    /// again, after pauses that double from half a second.
    #[arg(long, value_name = "N", default_value_t = 5)]
    retries: u32,
    /// Print the summary as one JSON object on stdout.
    #[arg(short, long)]
    json: bool,
}

pub(super) fn push_config(a: PushArgs) -> Result<PushConfig, UserError> {
    Ok(PushConfig {
        index_dir: a.location.dir(),
        engine: a.engine,
        index_id: a.index_id,
        query: a.query,
        filters: a.filters.filters()?,
        batch_bytes: (a.batch_mb.clamp(1.0 / 1024.0, 1024.0) * 1_048_576.0) as usize,
        retries: a.retries.min(20),
        progress: std::io::stderr().is_terminal(),
        json: a.json,
    })
}
