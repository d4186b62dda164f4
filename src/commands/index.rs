//! `newsidx index`: resolve the roots, open the index, let [`update`](crate::index::update) bring
//! it up to date, and show its progress and summary.

use super::warn;
use crate::crawl;
use crate::error::{Status, UserError};
use crate::index::store;
use crate::index::update::{self, Options, Summary};
use indicatif::{ProgressBar, ProgressState, ProgressStyle};
use std::path::PathBuf;
use std::time::Instant;

pub use crate::index::update::DEFAULT_COMMIT_EVERY;

/// What `index` was asked to do.
#[derive(Debug, Clone)]
pub struct IndexConfig {
    /// Folders (or files) to index.
    pub roots: Vec<PathBuf>,
    /// The index folder.
    pub index_dir: PathBuf,
    /// Start over instead of updating.
    pub rebuild: bool,
    /// Print the summary as JSON on stdout.
    pub json: bool,
    /// Show a progress bar (on a terminal).
    pub progress: bool,
    /// Files larger than this many bytes are skipped.
    pub max_file_size: u64,
    /// Files read between two commits.
    pub commit_every: usize,
    /// Recognise syndicated copies (off: no signatures, no clusters; search lists every copy).
    pub copies: bool,
}

/// Runs an index pass and prints its summary.
pub fn run(config: &IndexConfig) -> anyhow::Result<Status> {
    let started = Instant::now();
    let mut summary = Summary::default();
    let roots = canonical_roots(&config.roots, &mut summary);
    if roots.is_empty() {
        return Err(UserError::NoRoots.into());
    }
    let store = store::open_for_indexing(&config.index_dir, config.rebuild)?;
    let options = Options {
        rebuild: config.rebuild,
        max_file_size: config.max_file_size,
        commit_every: config.commit_every,
        copies: config.copies,
    };
    let bar = progress_bar(config.progress, &roots);
    let warn = |message: &str| bar.suspend(|| super::warn(&message));
    let updated = update::run(&store, &roots, &options, &warn, &|seen| bar.set_position(seen))?;
    bar.finish_and_clear();
    let mut summary = Summary { errors: summary.errors + updated.errors, ..updated };
    summary.seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    print_summary(&summary, config.json)?;
    Ok(if summary.errors > 0 { Status::Errored } else { Status::Success })
}

/// The roots as canonical paths, each walked once: a root inside another one is left to it. A
/// root that cannot be resolved is reported and counted as an error.
fn canonical_roots(roots: &[PathBuf], summary: &mut Summary) -> Vec<PathBuf> {
    let mut resolved: Vec<PathBuf> = Vec::new();
    for root in roots {
        match std::fs::canonicalize(root) {
            Ok(root) => resolved.push(root),
            Err(e) => {
                summary.errors += 1;
                warn(&UserError::BadRoot { path: root.clone(), reason: e.to_string() });
            }
        }
    }
    resolved.sort();
    let mut distinct: Vec<PathBuf> = Vec::new();
    for root in resolved {
        if !distinct.iter().any(|outer| root.starts_with(outer)) {
            distinct.push(root);
        }
    }
    distinct
}

/// The progress display on a terminal: a spinner with the files seen while a second walk counts
/// the files, then a bar with the total, the rate and the time left. The count is a walk of its
/// own, so the index run never holds the file list; it stops mattering when the run ends first.
fn progress_bar(enabled: bool, roots: &[PathBuf]) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::no_length();
    bar.set_style(styled("{spinner} {pos} files seen · {rate} · counting files…"));
    let counter = bar.clone();
    let roots = roots.to_vec();
    std::thread::spawn(move || {
        let total: usize = roots.iter().map(|root| crawl::walk(root).filter(Result::is_ok).count()).sum();
        if !counter.is_finished() {
            counter.set_length(total as u64);
            counter.set_style(styled("{wide_bar} {pos}/{len} files · {rate} · {eta} left"));
        }
    });
    bar
}

fn styled(template: &str) -> ProgressStyle {
    let style = ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar());
    style.with_key("rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
        let _ = w.write_str(&rate(state.per_sec()));
    })
}

/// Files a second, rounded as a person reads it: `285 files/s`, `3.5 files/s`.
fn rate(per_second: f64) -> String {
    match per_second {
        r if !r.is_finite() => "– files/s".to_string(),
        r if r >= 10.0 => format!("{r:.0} files/s"),
        r => format!("{r:.1} files/s"),
    }
}

fn print_summary(summary: &Summary, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string(summary)?);
    } else {
        let s = summary;
        eprintln!(
            "seen {}, added {}, updated {}, removed {}, unchanged {}, skipped {}, errors {} in {:.2}s",
            s.seen, s.added, s.updated, s.removed, s.unchanged, s.skipped, s.errors, s.seconds
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_is_rounded() {
        assert_eq!(rate(284.8409), "285 files/s");
        assert_eq!(rate(3.46), "3.5 files/s");
        assert_eq!(rate(f64::INFINITY), "– files/s");
    }
}
