//! One module per subcommand. Each takes a plain config (no clap below `main`), does its job,
//! and returns how it ended.

pub mod extract;
pub mod index;
pub mod search;
pub mod show;

/// Prints a non-fatal problem on stderr; the run goes on.
pub fn warn(message: &dyn std::fmt::Display) {
    eprintln!("newsidx: {message}");
}
