//! The command line, declared with clap; `into_command` turns it into the plain configs the
//! library takes, so nothing below `main` knows about clap.

mod counting;
mod examples;
mod exporting;
mod serving;

use clap::{Args, Parser, Subcommand, ValueEnum};
use counting::{facets, kwic_config, related_config, stats_config, timeline_config, watch_config};
use counting::{By, KwicArgs, RelatedArgs, StatsArgs, TimelineArgs, WatchArgs};
use examples::{COMPLETIONS_EXAMPLES, MAN_EXAMPLES, SERVE_EXAMPLES};
use examples::{COPIES_EXAMPLES, SHOW_EXAMPLES, STATS_EXAMPLES, TIMELINE_EXAMPLES, WATCH_EXAMPLES};
use examples::{EXPORT_EXAMPLES, PUSH_EXAMPLES};
use examples::{EXTRACT_EXAMPLES, INDEX_EXAMPLES, KWIC_EXAMPLES, RELATED_EXAMPLES, SEARCH_EXAMPLES};
use exporting::{export_config, push_config, ExportArgs, PushArgs};
use newsidx::commands::copies::CopiesConfig;
use newsidx::commands::search::EngineTarget;
use newsidx::commands::watch::WatchConfig;
use newsidx::commands::{
    extract::ExtractConfig, index::IndexConfig, kwic::KwicConfig, related::RelatedConfig,
};
use newsidx::commands::{
    search::SearchConfig, show::ShowConfig, stats::StatsConfig, timeline::TimelineConfig,
};
use newsidx::error::UserError;
use newsidx::output::Format;
use newsidx::search::query::{check_range, parse_date, PeriodEnd};
use newsidx::search::{Filters, Request, SortBy};
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
struct SearchArgs {
    /// Words (ANDed), "phrases", OR, NOT or -word, and field:word for title, body, author,
    /// location, source, section, date (date:2025-12, date:[2025-01 TO 2025-06]). An empty query
    /// with filters lists every match.
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    /// Hits to print; 0 prints every hit (a full export, streamed).
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10)]
    limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, value_name = "N", default_value_t = 0)]
    offset: usize,
    #[command(flatten)]
    filters: FilterArgs,
    /// Order of the hits: relevance, newest first, or a random sample drawn reproducibly.
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    sort: Sort,
    /// With --sort random: the seed; the same seed draws the same sample from the same articles.
    #[arg(long, value_name = "N", default_value_t = 0, requires = "sort")]
    seed: u64,
    #[command(flatten)]
    output: HitOutput,
    /// Also run the search N more times in this process and print its latency (p50, p95) on
    /// stderr (at most 100000).
    #[arg(long, value_name = "N", default_value_t = 0, conflicts_with = "engine")]
    bench: usize,
    /// With --json: add the counts of the whole result set per facet (author,source,month…)
    /// beside the hits, the 100 most frequent names of each (periods all, in order).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "FACET,…",
        requires = "json",
        conflicts_with = "engine"
    )]
    facets: Vec<By>,
    #[command(flatten)]
    engine: EngineArgs,
}

/// The engine a search-like command asks instead of the local index.
#[derive(Debug, Args)]
pub(crate) struct EngineArgs {
    /// Ask the engine the archive was pushed to instead of the local index:
    /// quickwit+http://HOST:7280/INDEX or elasticsearch+http://HOST:9200/INDEX. Every copy of a
    /// story counts there (as with --all-copies).
    #[arg(long, value_name = "URL", env = "NEWSIDX_ENGINE", hide_env = true)]
    engine: Option<String>,
    /// With --engine: the engine's index, when the URL does not end with it.
    #[arg(long, value_name = "NAME", requires = "engine")]
    index_id: Option<String>,
}

impl EngineArgs {
    fn target(self) -> Option<EngineTarget> {
        let index_id = self.index_id;
        self.engine.map(|address| EngineTarget { address, index_id })
    }
}

/// The filters every search-like command takes.
#[derive(Debug, Args)]
struct FilterArgs {
    /// Only articles by this author (any part of the name, e.g. "Holland").
    #[arg(short, long, value_name = "NAME")]
    author: Option<String>,
    /// Only articles datelined at this place (e.g. "Moscow").
    #[arg(short, long = "location", value_name = "PLACE")]
    place: Option<String>,
    /// Only articles from this agency (Reuters, AP, AFP, …; any spelling).
    #[arg(short, long, value_name = "AGENCY")]
    source: Option<String>,
    /// Only articles in this section (e.g. World).
    #[arg(long)]
    section: Option<String>,
    /// Only articles printed by this publication, as a research database names it (e.g.
    /// "The Guardian"; case-insensitive).
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// Only articles whose web address is on this site or under it (example.org also finds
    /// news.example.org).
    #[arg(long, value_name = "DOMAIN")]
    site: Option<String>,
    /// Only articles published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only articles published on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Count and list every copy of a syndicated story (by default a story republished by many
    /// sites is one hit, counted once).
    #[arg(long)]
    all_copies: bool,
}

impl FilterArgs {
    fn filters(self) -> Result<Filters, UserError> {
        let date = |value: &Option<String>, end| value.as_deref().map(|v| parse_date(v, end)).transpose();
        let filters = Filters {
            since: date(&self.since, PeriodEnd::First)?,
            until: date(&self.until, PeriodEnd::Last)?,
            author: self.author,
            location: self.place,
            source: self.source,
            section: self.section,
            outlet: self.outlet,
            site: self.site,
            all_copies: self.all_copies,
        };
        check_range(filters.since, filters.until)?;
        Ok(filters)
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Sort {
    Relevance,
    Date,
    /// A reproducible random sample (see --seed).
    Random,
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

fn search_config(a: SearchArgs) -> Result<SearchConfig, UserError> {
    let filters = a.filters.filters()?;
    let sort = match a.sort {
        Sort::Relevance => SortBy::Relevance,
        Sort::Date => SortBy::Date,
        Sort::Random => SortBy::Random { seed: a.seed },
    };
    let format = a.output.format();
    let request = Request { query: a.query, filters, limit: a.limit, offset: a.offset, sort };
    Ok(SearchConfig {
        index_dir: a.location.dir(),
        request,
        format,
        bench: a.bench,
        facets: facets(&a.facets),
        engine: a.engine.target(),
    })
}

/// How hits are printed; `search`, `kwic` and `related` take it.
#[derive(Debug, Args)]
struct HitOutput {
    /// Print one JSON object (same as --format json).
    #[arg(short, long, conflicts_with = "format")]
    json: bool,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Colour: auto (on a terminal, unless NO_COLOR is set; CLICOLOR_FORCE forces it), always or
    /// never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

impl HitOutput {
    fn format(&self) -> Format {
        let env = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        let force = env("CLICOLOR_FORCE").is_some_and(|v| v != "0");
        let color = colored(self.color, env("NO_COLOR").is_some(), force, std::io::stdout().is_terminal());
        match (self.json, self.format) {
            (true, _) | (_, OutputFormat::Json) => Format::Json,
            (_, OutputFormat::Jsonl) => Format::Jsonl,
            (_, OutputFormat::Csv) => Format::Csv,
            (_, OutputFormat::Text) => Format::Text { color },
        }
    }
}

/// Whether hits are coloured. An explicit `--color` wins; under `auto`, `NO_COLOR` (set and not
/// empty) turns colour off (no-color.org), else `CLICOLOR_FORCE` (set, not empty, not `0`) turns
/// it on off a terminal, else colour is on only on a terminal.
fn colored(choice: Color, no_color: bool, force: bool, terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => !no_color && (force || terminal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_beats_force_and_an_explicit_flag_beats_both() {
        assert!(colored(Color::Auto, false, false, true));
        assert!(!colored(Color::Auto, true, false, true), "NO_COLOR on a terminal");
        assert!(colored(Color::Auto, false, true, false), "CLICOLOR_FORCE into a pipe");
        assert!(!colored(Color::Auto, true, true, true));
        assert!(!colored(Color::Auto, false, false, false));
        assert!(colored(Color::Always, true, false, false));
        assert!(!colored(Color::Never, false, true, true));
    }

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
