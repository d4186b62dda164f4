//! The command line, declared with clap; `into_job` turns it into the plain configs the
//! library takes, so nothing below `main` knows about clap.

mod counting;
mod examples;
mod exporting;
mod searching;
mod serving;

use clap::{Args, Parser, Subcommand};
use counting::{kwic_config, related_config, stats_config, timeline_config, watch_config};
use counting::{KwicArgs, RelatedArgs, StatsArgs, TimelineArgs, WatchArgs};
use examples::{COMPLETIONS_EXAMPLES, MAN_EXAMPLES, SERVE_EXAMPLES};
use examples::{COPIES_EXAMPLES, SHOW_EXAMPLES, STATS_EXAMPLES, TIMELINE_EXAMPLES, WATCH_EXAMPLES};
use examples::{EXPORT_EXAMPLES, PUSH_EXAMPLES};
use examples::{EXTRACT_EXAMPLES, INDEX_EXAMPLES, KWIC_EXAMPLES, RELATED_EXAMPLES, SEARCH_EXAMPLES};
use exporting::{export_config, push_config, ExportArgs, PushArgs};
use newsidx::commands::copies::CopiesConfig;
use newsidx::commands::watch::WatchConfig;
use newsidx::commands::{
    extract::ExtractConfig, index::IndexConfig, kwic::KwicConfig, related::RelatedConfig,
};
use newsidx::commands::{
    search::SearchConfig, show::ShowConfig, stats::StatsConfig, timeline::TimelineConfig,
};
use newsidx::error::UserError;
use searching::{search_config, SearchArgs};
use serving::{completions, serve_config, CompletionsArgs, ServeArgs};
pub use serving::{describe, SelfDescription};
use std::io::IsTerminal;
use std::path::PathBuf;

/// A search engine for folders of news reports: crawl, extract title, authors, date, dateline
/// place, agency and section, index with Tantivy, and search with ranked, highlighted hits.
#[derive(Debug, Parser)]
#[command(name = "newsidx", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index the articles under one or more folders (only what changed since the last run).
    #[command(after_help = INDEX_EXAMPLES)]
    Index(IndexArgs),
    /// Search the index.
    #[command(after_help = SEARCH_EXAMPLES)]
    Search(SearchArgs),
    /// Print one indexed article with every field.
    #[command(after_help = SHOW_EXAMPLES)]
    Show(ShowArgs),
    /// Print the fields extracted from files or folders as JSON Lines, without indexing.
    #[command(after_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Count the matching articles per author, place, agency, section, language or period.
    #[command(after_help = STATS_EXAMPLES)]
    Stats(StatsArgs),
    /// Chart the matching articles per day, week, month or year, for one query or several.
    #[command(after_help = TIMELINE_EXAMPLES)]
    Timeline(TimelineArgs),
    /// Show every occurrence of the query's words in context, aligned on the match.
    #[command(after_help = KWIC_EXAMPLES)]
    Kwic(KwicArgs),
    /// List the indexed articles most like one (more-like-this over its title and body).
    #[command(after_help = RELATED_EXAMPLES)]
    Related(RelatedArgs),
    /// Saved searches that print only what is new since they last ran (for cron).
    #[command(after_help = WATCH_EXAMPLES)]
    Watch(WatchArgs),
    /// List the copies of an article's story (the same story republished), original first.
    #[command(after_help = COPIES_EXAMPLES)]
    Copies(ShowArgs),
    /// Write the matching articles as NDJSON for Quickwit, Elasticsearch or any reader, or print
    /// the engine's index config.
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// Send the matching articles to a running Quickwit or Elasticsearch/OpenSearch index,
    /// only what it does not hold yet (deletions too); an interrupted push resumes.
    #[command(after_help = PUSH_EXAMPLES)]
    Push(PushArgs),
    /// Serve the index as a web page and a JSON API on this machine.
    #[command(after_help = SERVE_EXAMPLES)]
    Serve(ServeArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell).
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), every subcommand in one page.
    #[command(after_help = MAN_EXAMPLES)]
    Man,
}

#[derive(Debug, Args)]
pub(crate) struct IndexLocation {
    /// The index folder [default: $NEWSIDX_INDEX, else the platform data folder:
    /// $XDG_DATA_HOME/newsidx, or ~/.local/share/newsidx].
    #[arg(short, long, value_name = "DIR", env = "NEWSIDX_INDEX", hide_env = true)]
    index: Option<PathBuf>,
}

impl IndexLocation {
    fn dir(self) -> PathBuf {
        self.index.unwrap_or_else(newsidx::index::store::default_dir)
    }
}

#[derive(Debug, Args)]
struct IndexArgs {
    /// Folders or files to index.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    location: IndexLocation,
    /// Drop what is indexed and index the given paths from scratch.
    #[arg(short, long)]
    rebuild: bool,
    /// Print the summary as one JSON object on stdout.
    #[arg(short, long)]
    json: bool,
    /// Skip files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 20)]
    max_file_size: u64,
    /// Commit after this many files, so a killed run keeps its progress.
    #[arg(long, value_name = "N", default_value_t = newsidx::commands::index::DEFAULT_COMMIT_EVERY)]
    commit_every: usize,
    /// Do not recognise syndicated copies: no body signatures, no clusters (search then lists
    /// and counts every copy; files indexed with it carry no signature until `--rebuild`).
    #[arg(long)]
    no_copies: bool,
}

#[derive(Debug, Args)]
struct ShowArgs {
    /// The article's file, as indexed.
    #[arg(value_name = "PATH")]
    path: PathBuf,
    #[command(flatten)]
    location: IndexLocation,
    /// Print JSON.
    #[arg(short, long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// Files or folders.
    #[arg(required = true, value_name = "FILE_OR_DIR")]
    paths: Vec<PathBuf>,
    /// Skip files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 20)]
    max_file_size: u64,
    /// Instead of the fields, say what the rules took each line for and where each field came
    /// from (line, rule, vocabulary entry).
    #[arg(long)]
    explain: bool,
    /// With --explain: print the explanation as JSON Lines.
    #[arg(short, long, requires = "explain")]
    json: bool,
}

/// A parsed command, ready to run.
pub enum Job {
    Index(IndexConfig),
    Search(SearchConfig),
    Show(ShowConfig),
    Extract(ExtractConfig),
    Stats(StatsConfig),
    Timeline(TimelineConfig),
    Kwic(KwicConfig),
    Related(RelatedConfig),
    Watch(WatchConfig),
    Copies(CopiesConfig),
    Serve(newsidx::commands::serve::ServeConfig),
    Export(newsidx::commands::export::ExportConfig),
    Push(newsidx::commands::push::PushConfig),
    /// Print what the command line says of itself: a completion script or the man page.
    Describe(SelfDescription),
}

impl Cli {
    /// The job the command line asks for.
    pub fn into_job(self) -> Result<Job, UserError> {
        Ok(match self.command {
            Command::Index(a) => Job::Index(index_config(a)),
            Command::Search(a) => Job::Search(search_config(a)?),
            Command::Show(a) => {
                Job::Show(ShowConfig { path: a.path, index_dir: a.location.dir(), json: a.json })
            }
            Command::Copies(a) => {
                Job::Copies(CopiesConfig { path: a.path, index_dir: a.location.dir(), json: a.json })
            }
            Command::Stats(a) => Job::Stats(stats_config(a)?),
            Command::Timeline(a) => Job::Timeline(timeline_config(a)?),
            Command::Kwic(a) => Job::Kwic(kwic_config(a)?),
            Command::Related(a) => Job::Related(related_config(a)),
            Command::Watch(a) => Job::Watch(watch_config(a)?),
            Command::Serve(a) => Job::Serve(serve_config(a)),
            Command::Export(a) => Job::Export(export_config(a)?),
            Command::Push(a) => Job::Push(push_config(a)?),
            Command::Completions(a) => Job::Describe(completions(a)),
            Command::Man => Job::Describe(SelfDescription::Man),
            Command::Extract(a) => Job::Extract(extract_config(a)),
        })
    }
}

fn index_config(a: IndexArgs) -> IndexConfig {
    IndexConfig {
        roots: a.paths,
        index_dir: a.location.dir(),
        rebuild: a.rebuild,
        json: a.json,
        progress: std::io::stderr().is_terminal(),
        max_file_size: megabytes(a.max_file_size),
        commit_every: a.commit_every.max(1),
        copies: !a.no_copies,
    }
}

fn extract_config(a: ExtractArgs) -> ExtractConfig {
    ExtractConfig {
        paths: a.paths,
        max_file_size: megabytes(a.max_file_size),
        explain: a.explain,
        json: a.json,
    }
}

fn megabytes(mb: u64) -> u64 {
    mb.saturating_mul(1024 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
