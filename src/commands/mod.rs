//! One module per subcommand. Each takes a plain config (no clap below `main`), does its job,
//! and returns how it ended.

pub mod explain;
pub mod extract;
pub mod index;
pub mod kwic;
pub mod search;
pub mod show;
pub mod stats;
pub mod timeline;

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
