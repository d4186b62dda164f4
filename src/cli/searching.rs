//! The arguments `search` takes, and those it shares with the counting commands: the filters,
//! the engine to ask instead of the local index, the order and the output format of hits, the
//! facets to count by.

use super::IndexLocation;
use clap::{Args, ValueEnum};
use newsidx::commands::search::{EngineTarget, SearchConfig};
use newsidx::error::UserError;
use newsidx::output::Format;
use newsidx::search::period::{check_range, parse_date, PeriodEnd};
use newsidx::search::stats::Facet;
use newsidx::search::{Filters, Request, SortBy};
use std::io::IsTerminal;

#[derive(Debug, Args)]
pub(super) struct SearchArgs {
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
    pub(super) fn target(self) -> Option<EngineTarget> {
        let index_id = self.index_id;
        self.engine.map(|address| EngineTarget { address, index_id })
    }
}

/// The filters every search-like command takes.
#[derive(Debug, Args)]
pub(super) struct FilterArgs {
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
    pub(super) fn filters(self) -> Result<Filters, UserError> {
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
pub(super) enum Sort {
    Relevance,
    Date,
    /// A reproducible random sample (see --seed).
    Random,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum OutputFormat {
    Text,
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum Color {
    Auto,
    Always,
    Never,
}

pub(super) fn search_config(a: SearchArgs) -> Result<SearchConfig, UserError> {
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
pub(super) struct HitOutput {
    /// Print one JSON object (same as --format json).
    #[arg(short, long, conflicts_with = "format")]
    pub(super) json: bool,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Text)]
    pub(super) format: OutputFormat,
    /// Colour: auto (on a terminal, unless NO_COLOR is set; CLICOLOR_FORCE forces it), always or
    /// never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub(super) color: Color,
}

impl HitOutput {
    pub(super) fn format(&self) -> Format {
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
pub(super) fn colored(choice: Color, no_color: bool, force: bool, terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => !no_color && (force || terminal),
    }
}

/// What to count by: `stats --by`, `search --facets` (the library's `Facet`, as clap reads it).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum By {
    Author,
    Location,
    Source,
    Section,
    /// The publication, as a research database names it.
    Outlet,
    Language,
    /// The host of the articles' web addresses.
    Site,
    Year,
    Month,
    Day,
    Word,
}

/// The facets named on the command line, each once, in the order given.
pub(super) fn facets(named: &[By]) -> Vec<Facet> {
    let facet = |by: &By| match by {
        By::Author => Facet::Author,
        By::Location => Facet::Location,
        By::Source => Facet::Source,
        By::Section => Facet::Section,
        By::Outlet => Facet::Outlet,
        By::Language => Facet::Language,
        By::Site => Facet::Site,
        By::Year => Facet::Year,
        By::Month => Facet::Month,
        By::Day => Facet::Day,
        By::Word => Facet::Word,
    };
    let mut facets: Vec<Facet> = Vec::new();
    for f in named.iter().map(facet) {
        if !facets.contains(&f) {
            facets.push(f);
        }
    }
    facets
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
}
