//! One module per subcommand. Each takes a plain config (no clap below `main`), does its job,
//! and returns how it ended.

pub mod copies;
pub mod explain;
pub mod export;
pub mod extract;
pub mod index;
pub mod kwic;
pub mod push;
pub mod related;
pub mod search;
pub mod serve;
pub mod show;
pub mod stats;
pub mod timeline;
pub mod watch;

/// Runs `once` `runs` times and prints the median and 95th percentile of its time on stderr
/// (`--bench`): the in-process figures of the benchmark, without the process's start.
pub fn report_latency(runs: usize, mut once: impl FnMut() -> anyhow::Result<()>) -> anyhow::Result<()> {
    let mut micros: Vec<u128> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = std::time::Instant::now();
        once()?;
        micros.push(started.elapsed().as_micros());
    }
    micros.sort_unstable();
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize] as f64 / 1000.0;
    eprintln!("in-process latency over {runs} runs: p50 {:.3} ms, p95 {:.3} ms", at(0.5), at(0.95));
    Ok(())
}

/// Lets go of what a one-shot command opened (the index, its searcher, the copies' maps) without
/// closing it: the process's exit unmaps and frees it all in one sweep. Closed one by one, the
/// forty-odd maps of a million-article index and the readers of each segment took a fourteenth
/// of a one-shot search's time. Only for commands whose process ends once they print.
pub(crate) fn leave_to_exit<T>(opened: T) {
    std::mem::forget(opened);
}

/// Prints a non-fatal problem on stderr; the run goes on.
pub fn warn(message: &dyn std::fmt::Display) {
    eprintln!("newsidx: {message}");
}

/// Prints what reading a file turned up (warnings, errors, the reason it was skipped); true when
/// any part of it could not be read.
pub fn report(name: &str, outcome: &newsidx_extract::read::Outcome) -> bool {
    outcome.warnings.iter().for_each(|w| warn(&format!("{name}: {w}")));
    outcome.errors.iter().for_each(|e| warn(&format!("{name}: {e}")));
    if let Some(reason) = &outcome.skipped {
        warn(&format!("{name}: skipped: {reason}"));
    }
    !outcome.errors.is_empty()
}

/// The index keys an article's path may stand under, most likely first: the path as typed,
/// resolved to the absolute one indexed, then as typed.
pub(crate) fn keys_of(path: &std::path::Path) -> Vec<String> {
    let typed = crate::index::path_key(path);
    resolved_key(path).into_iter().chain(std::iter::once(typed)).collect()
}

/// The key of a path as typed, resolved to the absolute one indexed; a record of a file of many
/// (`feed.jsonl#3`) is resolved by its file's path.
fn resolved_key(path: &std::path::Path) -> Option<String> {
    if let Ok(full) = std::fs::canonicalize(path) {
        return Some(crate::index::path_key(&full));
    }
    let typed = crate::index::path_key(path);
    let (file, record) = typed.rsplit_once('#')?;
    let full = std::fs::canonicalize(file).ok()?;
    Some(format!("{}#{record}", crate::index::path_key(&full)))
}
