//! `newsidx push URL`: mirror the matching articles into a running Quickwit or
//! Elasticsearch/OpenSearch index, sending only what it does not hold yet.

use crate::copies::Clusters;
use crate::error::Status;
use crate::export;
use crate::index::store;
use crate::push::elastic::Elastic;
use crate::push::ledger::Ledger;
use crate::push::quickwit::Quickwit;
use crate::push::{self, Sink, Tally};
use crate::remote::http::Client;
use crate::remote::{self, EngineKind, Remote};
use crate::search::{self, spread, Filters};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tantivy::collector::Count;

/// What `push` was asked to do.
#[derive(Debug, Clone)]
pub struct PushConfig {
    pub index_dir: PathBuf,
    /// The engine's address as typed.
    pub engine: String,
    /// The engine's index, when the address does not end with it.
    pub index_id: Option<String>,
    pub query: String,
    pub filters: Filters,
    /// The most bytes of documents one request carries.
    pub batch_bytes: usize,
    /// Tries after the first for a request the engine is too busy to answer.
    pub retries: u32,
    /// Draw a progress bar on stderr.
    pub progress: bool,
    /// Print the summary as JSON on stdout.
    pub json: bool,
}

/// The pause before the first retry; each next one doubles.
const FIRST_PAUSE: Duration = Duration::from_millis(500);

/// The summary `--json` prints.
#[derive(Debug, Serialize)]
struct Summary<'a> {
    engine: &'static str,
    url: &'a str,
    index: &'a str,
    created_index: bool,
    sent: u64,
    unchanged: u64,
    deleted: u64,
    batches: u64,
    bytes: u64,
    seconds: f64,
}

/// Pushes; exit 0 when the engine holds every matching article.
pub fn run(config: &PushConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let client = Client::new(config.retries, FIRST_PAUSE);
    let remote = remote::resolve(&client, &config.engine, config.index_id.as_deref())?;
    let sink = sink_for(&client, &remote);
    let created = sink.ensure_index()?;
    let searcher = store.searcher()?;
    let parsed = search::parse(&store, &searcher, &config.query, &config.filters)?;
    let matching = spread::search(&searcher, &*parsed, &Count)?;
    let clusters = Clusters::load(&store.dir)?;
    let mut ledger = Ledger::open(&store.dir, &remote.ledger_name())?;
    let bar = progress_bar(config.progress, matching as u64);
    let docs = export::documents(&store, &searcher, &*parsed, &clusters)?;
    let started = Instant::now();
    let tally = push::push(&*sink, &mut ledger, docs, config.batch_bytes, &|| bar.inc(1));
    bar.finish_and_clear();
    report(config, &remote, created, &tally?, started.elapsed())?;
    Ok(Status::Success)
}

fn sink_for<'a>(client: &'a Client, remote: &'a Remote) -> Box<dyn Sink + 'a> {
    match remote.kind {
        EngineKind::Quickwit => Box::new(Quickwit { client, remote }),
        EngineKind::Elasticsearch => Box::new(Elastic { client, remote }),
    }
}

fn progress_bar(enabled: bool, total: u64) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template("{wide_bar} {pos}/{len} articles · {per_sec} · {eta} left")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

fn report(
    config: &PushConfig,
    remote: &Remote,
    created: bool,
    tally: &Tally,
    took: Duration,
) -> anyhow::Result<()> {
    let seconds = took.as_secs_f64();
    if config.json {
        let summary = Summary {
            engine: remote.kind.name(),
            url: &remote.base,
            index: &remote.index,
            created_index: created,
            sent: tally.sent,
            unchanged: tally.unchanged,
            deleted: tally.deleted,
            batches: tally.batches,
            bytes: tally.bytes,
            seconds,
        };
        println!("{}", serde_json::to_string(&summary)?);
        return Ok(());
    }
    if created {
        super::warn(&format!("created the {} index {} at {}", remote.kind.name(), remote.index, remote.base));
    }
    let rate = if seconds > 0.0 { tally.sent as f64 / seconds } else { 0.0 };
    let mb = tally.bytes as f64 / 1e6;
    super::warn(&format!(
        "pushed {} articles ({mb:.1} MB in {} requests, {rate:.0} articles/s), {} unchanged, {} deleted — {} index {} at {}",
        tally.sent, tally.batches, tally.unchanged, tally.deleted, remote.kind.name(), remote.index, remote.base
    ));
    Ok(())
}
