//! The command line, declared with clap; `into_command` turns it into the plain configs the
//! library takes, so nothing below `main` knows about clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use newsidx::commands::{extract::ExtractConfig, index::IndexConfig, search::SearchConfig, show::ShowConfig};
use newsidx::error::UserError;
use newsidx::output::Format;
use newsidx::search::query::{parse_date, PeriodEnd};
use newsidx::search::{Filters, Request, SortBy};
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
    Index(IndexArgs),
    /// Search the index.
    Search(SearchArgs),
    /// Print one indexed article with every field.
    Show(ShowArgs),
    /// Print the fields extracted from files or folders as JSON Lines, without indexing.
    Extract(ExtractArgs),
}

#[derive(Debug, Args)]
struct IndexLocation {
    /// The index folder [default: $NEWSIDX_INDEX, else the platform data folder, e.g. ~/.local/share/newsidx].
    #[arg(long, value_name = "DIR", env = "NEWSIDX_INDEX", hide_env = true)]
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
    #[arg(long)]
    rebuild: bool,
    /// Print the summary as one JSON object on stdout.
    #[arg(long)]
    json: bool,
    /// Skip files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 20)]
    max_file_size: u64,
    /// Commit after this many files, so a killed run keeps its progress.
    #[arg(long, value_name = "N", default_value_t = newsidx::commands::index::DEFAULT_COMMIT_EVERY)]
    commit_every: usize,
}

#[derive(Debug, Args)]
struct SearchArgs {
    /// Words (ANDed), "phrases", OR, NOT or -word, and field:word for title, body, author,
    /// location, source, section. An empty query with filters lists every match.
    #[arg(value_name = "QUERY")]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    /// Hits to print.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Only articles by this author (any part of the name, e.g. "Holland").
    #[arg(long, value_name = "NAME")]
    author: Option<String>,
    /// Only articles datelined at this place (e.g. "Moscow").
    #[arg(long = "location", value_name = "PLACE")]
    place: Option<String>,
    /// Only articles from this agency (Reuters, AP, AFP, …; any spelling).
    #[arg(long, value_name = "AGENCY")]
    source: Option<String>,
    /// Only articles in this section (e.g. World).
    #[arg(long)]
    section: Option<String>,
    /// Only articles published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only articles published on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Order of the hits.
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    sort: Sort,
    /// Print one JSON object (same as --format json).
    #[arg(long, conflicts_with = "format")]
    json: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Colour: auto (on a terminal), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Also run the search N more times in this process and print its latency (p50, p95) on stderr.
    #[arg(long, value_name = "N", default_value_t = 0)]
    bench: usize,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Sort {
    Relevance,
    Date,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
struct ShowArgs {
    /// The article's file, as indexed.
    #[arg(value_name = "PATH")]
    path: PathBuf,
    #[command(flatten)]
    location: IndexLocation,
    /// Print JSON.
    #[arg(long)]
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
}

/// A parsed command, ready to run.
pub enum Job {
    Index(IndexConfig),
    Search(SearchConfig),
    Show(ShowConfig),
    Extract(ExtractConfig),
}

impl Cli {
    /// The job the command line asks for.
    pub fn into_job(self) -> Result<Job, UserError> {
        Ok(match self.command {
            Command::Index(a) => Job::Index(IndexConfig {
                roots: a.paths,
                index_dir: a.location.dir(),
                rebuild: a.rebuild,
                json: a.json,
                progress: std::io::stderr().is_terminal(),
                max_file_size: megabytes(a.max_file_size),
                commit_every: a.commit_every.max(1),
            }),
            Command::Search(a) => Job::Search(search_config(a)?),
            Command::Show(a) => {
                Job::Show(ShowConfig { path: a.path, index_dir: a.location.dir(), json: a.json })
            }
            Command::Extract(a) => {
                Job::Extract(ExtractConfig { paths: a.paths, max_file_size: megabytes(a.max_file_size) })
            }
        })
    }
}

fn megabytes(mb: u64) -> u64 {
    mb.saturating_mul(1024 * 1024)
}

fn search_config(a: SearchArgs) -> Result<SearchConfig, UserError> {
    let date = |value: &Option<String>, end| value.as_deref().map(|v| parse_date(v, end)).transpose();
    let filters = Filters {
        author: a.author,
        location: a.place,
        source: a.source,
        section: a.section,
        since: date(&a.since, PeriodEnd::First)?,
        until: date(&a.until, PeriodEnd::Last)?,
    };
    let sort = match a.sort {
        Sort::Relevance => SortBy::Relevance,
        Sort::Date => SortBy::Date,
    };
    let color = match a.color {
        Color::Auto => std::io::stdout().is_terminal(),
        Color::Always => true,
        Color::Never => false,
    };
    let format = match (a.json, a.format) {
        (true, _) | (_, OutputFormat::Json) => Format::Json,
        (_, OutputFormat::Jsonl) => Format::Jsonl,
        (_, OutputFormat::Csv) => Format::Csv,
        (_, OutputFormat::Text) => Format::Text { color },
    };
    let request = Request { query: a.query, filters, limit: a.limit, offset: a.offset, sort };
    Ok(SearchConfig { index_dir: a.location.dir(), request, format, bench: a.bench })
}
