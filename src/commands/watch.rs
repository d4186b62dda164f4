//! `newsidx watch`: saved searches that print only what is new since they last ran.

use crate::error::{Status, UserError};
use crate::index::store;
use crate::output::{self, Format, PageInfo};
use crate::search::query::Filters;
use crate::search::watch::{self, Watch, Watches};
use crate::search::{self, Hit};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

/// What `watch` was asked to do.
#[derive(Debug, Clone)]
pub enum WatchJob {
    Add { name: String, query: String, filters: Filters },
    List { json: bool },
    Remove { name: String },
    Run { names: Vec<String>, format: Format },
}

#[derive(Debug, Clone)]
pub struct WatchConfig {
    pub index_dir: PathBuf,
    pub job: WatchJob,
}

/// Runs the job: `run` exits 0 when something is new, 1 when nothing is.
pub fn run(config: &WatchConfig) -> anyhow::Result<Status> {
    let dir = &config.index_dir;
    match &config.job {
        WatchJob::Add { name, query, filters } => add(config, name, query, filters),
        WatchJob::List { json } => list(&Watches::load(dir)?, *json),
        WatchJob::Remove { name } => {
            let mut watches = Watches::load(dir)?;
            watches.watches.remove(name).ok_or_else(|| UserError::NoSuchWatch(name.clone()))?;
            watches.save(dir)?;
            Ok(Status::Success)
        }
        WatchJob::Run { names, format } => run_watches(config, names, *format),
    }
}

/// Saves the watch; every article it matches now counts as seen.
fn add(config: &WatchConfig, name: &str, query: &str, filters: &Filters) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let mut watches = Watches::load(&config.index_dir)?;
    if watches.watches.contains_key(name) {
        return Err(UserError::WatchExists(name.to_string()).into());
    }
    let mut watch = Watch { query: query.to_string(), filters: filters.clone(), seen: BTreeSet::new() };
    let searcher = store.searcher()?;
    let ranked = search::rank(&store, &searcher, &watch::request(&watch))?;
    watch.seen = watch::keyed(&searcher, &ranked)?.into_iter().map(|(key, _)| key).collect();
    eprintln!("watch {name}: {} articles already indexed count as seen", watch.seen.len());
    watches.watches.insert(name.to_string(), watch);
    watches.save(&config.index_dir)?;
    Ok(Status::Success)
}

fn list(watches: &Watches, json: bool) -> anyhow::Result<Status> {
    let mut out = std::io::stdout().lock();
    if json {
        #[derive(Serialize)]
        struct Listed<'a> {
            name: &'a str,
            query: &'a str,
            filters: &'a Filters,
            seen: usize,
        }
        let listed: Vec<Listed> = watches
            .watches
            .iter()
            .map(|(name, w)| Listed { name, query: &w.query, filters: &w.filters, seen: w.seen.len() })
            .collect();
        output::write_json(&mut out, &listed)?;
    } else {
        for (name, w) in &watches.watches {
            writeln!(out, "{name}\t\"{}\"\t{} seen", w.query, w.seen.len())?;
        }
    }
    Ok(Status::Success)
}

/// What one watch found new.
#[derive(Serialize)]
struct Report {
    name: String,
    query: String,
    new: Vec<Hit>,
}

/// Prints each watch's new hits, then records them as seen (after printing: a run killed
/// before the state is replaced reports the same hits again).
fn run_watches(config: &WatchConfig, names: &[String], format: Format) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let searcher = store.searcher()?;
    let mut watches = Watches::load(&config.index_dir)?;
    let chosen: Vec<String> =
        if names.is_empty() { watches.watches.keys().cloned().collect() } else { names.to_vec() };
    let mut reports = Vec::new();
    for name in &chosen {
        let watch = watches.watches.get_mut(name).ok_or_else(|| UserError::NoSuchWatch(name.clone()))?;
        let ranked = search::rank(&store, &searcher, &watch::request(watch))?;
        let keyed = watch::keyed(&searcher, &ranked)?;
        let new: BTreeSet<_> =
            keyed.iter().filter(|(key, _)| !watch.seen.contains(key)).map(|(_, a)| *a).collect();
        let ranked = watch::only(ranked, &new);
        let hits = ranked.hits(&store, &searcher).collect::<anyhow::Result<Vec<Hit>>>()?;
        watch.seen = keyed.into_iter().map(|(key, _)| key).collect();
        reports.push(Report { name: name.clone(), query: watch.query.clone(), new: hits });
    }
    print_reports(&reports, format)?;
    watches.save(&config.index_dir)?;
    Ok(if reports.iter().any(|r| !r.new.is_empty()) { Status::Success } else { Status::NoMatch })
}

fn print_reports(reports: &[Report], format: Format) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if format == Format::Json {
        #[derive(Serialize)]
        struct All<'a> {
            watches: &'a [Report],
        }
        output::write_json(&mut out, &All { watches: reports })?;
    } else {
        for report in reports {
            writeln!(out, "watch {}: {} new for \"{}\"", report.name, report.new.len(), report.query)?;
            let page = PageInfo {
                query: &report.query,
                total: report.new.len(),
                total_copies: report.new.len(),
                offset: 0,
                facets: &[],
            };
            if !report.new.is_empty() {
                output::write_results(&mut out, format, page, report.new.iter().cloned().map(Ok))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
