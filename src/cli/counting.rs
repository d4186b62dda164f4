//! The arguments of the research commands, `stats`, `timeline` and `kwic`, and their plain
//! configs.

use super::searching::{facets, By, Color, EngineArgs, FilterArgs, HitOutput, OutputFormat};
use super::IndexLocation;
use clap::{Args, ValueEnum};
use newsidx::commands::kwic::KwicConfig;
use newsidx::commands::related::RelatedConfig;
use newsidx::commands::watch::{WatchConfig, WatchJob};
use newsidx::commands::{stats::StatsConfig, timeline::TimelineConfig};
use newsidx::error::UserError;
use newsidx::output::stats::StatsFormat;
use newsidx::output::timeline::TimelineFormat;
use newsidx::search::kwic::KwicSort;
use newsidx::search::timeline::Period;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub(super) struct StatsArgs {
    /// The search whose hits are counted (as for `search`); empty or left out: every article
    /// the filters let through.
    #[arg(value_name = "QUERY", allow_hyphen_values = true, default_value = "")]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    /// What to count by; give it again for more facets in one run.
    #[arg(short, long, value_enum, required = true)]
    by: Vec<By>,
    /// Values kept per facet, most frequent first; 0 keeps all (periods are always all).
    /// `--limit`, as the other commands call it, is the same option.
    #[arg(short = 'n', long, visible_alias = "limit", value_name = "N", default_value_t = 10)]
    top: usize,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    output: CountOutput,
    /// Also count N more times in this process and print the latency (p50, p95) on stderr (at
    /// most 100000).
    #[arg(long, value_name = "N", default_value_t = 0, conflicts_with = "engine")]
    bench: usize,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Debug, Args)]
pub(super) struct TimelineArgs {
    /// The search whose hits are counted (as for `search`).
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    /// The length of the periods.
    #[arg(short, long, value_enum, default_value_t = Every::Month)]
    by: Every,
    /// Another query to chart beside the first (give it again for more).
    #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
    vs: Vec<String>,
    /// Each period's count as a share of all articles the filters let through in that period.
    #[arg(long)]
    share: bool,
    /// Also draw the chart into this SVG file (title, axes, one coloured line per query, legend).
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// Also draw the chart into this PNG file (the same chart, 1000 × 520 pixels).
    #[arg(long, value_name = "FILE")]
    png: Option<PathBuf>,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    output: CountOutput,
    #[command(flatten)]
    engine: EngineArgs,
}

/// How `stats` and `timeline` print.
#[derive(Debug, Args)]
struct CountOutput {
    /// Print one JSON object (same as --format json).
    #[arg(short, long, conflicts_with = "format")]
    json: bool,
    /// Output format: a table (or chart) for people, JSON or CSV.
    #[arg(short, long, value_enum, default_value_t = StatsOutput::Text)]
    format: StatsOutput,
}

impl CountOutput {
    fn chosen(&self) -> StatsOutput {
        if self.json {
            StatsOutput::Json
        } else {
            self.format
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Every {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatsOutput {
    Text,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub(super) struct KwicArgs {
    /// The search whose words are shown in context (as for `search`).
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    location: IndexLocation,
    /// Characters of context either side of the match.
    #[arg(short, long, value_name = "N", default_value_t = 40)]
    width: usize,
    /// Order of the lines: newest article first, or by the words left or right of the match.
    #[arg(long, value_enum, default_value_t = KwicOrder::Date)]
    sort: KwicOrder,
    /// Lines to print; 0 prints every one.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 0)]
    limit: usize,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    output: HitOutput,
}

#[derive(Debug, Args)]
pub(super) struct RelatedArgs {
    /// The article's file, as indexed (a record of a file of many: `feed.jsonl#3`).
    #[arg(value_name = "PATH")]
    path: PathBuf,
    #[command(flatten)]
    location: IndexLocation,
    /// Articles to print.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    output: HitOutput,
}

pub(super) fn related_config(a: RelatedArgs) -> RelatedConfig {
    let format = a.output.format();
    RelatedConfig { index_dir: a.location.dir(), path: a.path, limit: a.limit, format }
}

#[derive(Debug, Args)]
pub(super) struct WatchArgs {
    #[command(subcommand)]
    job: WatchCommand,
    #[command(flatten)]
    location: IndexLocation,
}

#[derive(Debug, clap::Subcommand)]
enum WatchCommand {
    /// Save a search; what the index holds now counts as seen.
    Add {
        name: String,
        #[arg(value_name = "QUERY", allow_hyphen_values = true)]
        query: String,
        /// Boxed: the filters outweigh every other variant.
        #[command(flatten)]
        filters: Box<FilterArgs>,
    },
    /// List the saved searches.
    List {
        /// As JSON.
        #[arg(short, long)]
        json: bool,
    },
    /// Forget a saved search.
    Rm { name: String },
    /// Print what each saved search (or those named) finds that is new since it last ran,
    /// then count it as seen. Exit 0 when something is new, 1 when nothing is.
    Run {
        names: Vec<String>,
        /// As one JSON object: {"watches": [{"name", "query", "new": [hits]}]}.
        #[arg(short, long)]
        json: bool,
        /// Colour: auto (on a terminal, unless NO_COLOR is set), always or never.
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
    },
}

pub(super) fn watch_config(a: WatchArgs) -> Result<WatchConfig, UserError> {
    let job = match a.job {
        WatchCommand::Add { name, query, filters } => {
            WatchJob::Add { name, query, filters: filters.filters()? }
        }
        WatchCommand::List { json } => WatchJob::List { json },
        WatchCommand::Rm { name } => WatchJob::Remove { name },
        WatchCommand::Run { names, json, color } => {
            let output = HitOutput { json, format: OutputFormat::Text, color };
            WatchJob::Run { names, format: output.format() }
        }
    };
    Ok(WatchConfig { index_dir: a.location.dir(), job })
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum KwicOrder {
    Date,
    Left,
    Right,
}

pub(super) fn kwic_config(a: KwicArgs) -> Result<KwicConfig, UserError> {
    let sort = match a.sort {
        KwicOrder::Date => KwicSort::Date,
        KwicOrder::Left => KwicSort::Left,
        KwicOrder::Right => KwicSort::Right,
    };
    let format = a.output.format();
    let filters = a.filters.filters()?;
    Ok(KwicConfig {
        index_dir: a.location.dir(),
        query: a.query,
        filters,
        width: a.width,
        sort,
        limit: a.limit,
        format,
    })
}

pub(super) fn stats_config(a: StatsArgs) -> Result<StatsConfig, UserError> {
    let by = facets(&a.by);
    let format = match a.output.chosen() {
        StatsOutput::Json => StatsFormat::Json,
        StatsOutput::Csv => StatsFormat::Csv,
        StatsOutput::Text => StatsFormat::Text,
    };
    let filters = a.filters.filters()?;
    let engine = a.engine.target();
    let (index_dir, bench) = (a.location.dir(), a.bench);
    Ok(StatsConfig { index_dir, query: a.query, filters, by, top: a.top, format, engine, bench })
}

pub(super) fn timeline_config(a: TimelineArgs) -> Result<TimelineConfig, UserError> {
    let by = match a.by {
        Every::Day => Period::Day,
        Every::Week => Period::Week,
        Every::Month => Period::Month,
        Every::Year => Period::Year,
    };
    let width =
        console::Term::stdout().size_checked().map_or(CHART_WIDTH, |(_, columns)| usize::from(columns));
    let format = match a.output.chosen() {
        StatsOutput::Json => TimelineFormat::Json,
        StatsOutput::Csv => TimelineFormat::Csv,
        StatsOutput::Text => TimelineFormat::Chart { width },
    };
    let queries = std::iter::once(a.query).chain(a.vs).collect();
    let filters = a.filters.filters()?;
    Ok(TimelineConfig {
        index_dir: a.location.dir(),
        queries,
        filters,
        by,
        share: a.share,
        format,
        svg: a.svg,
        png: a.png,
        engine: a.engine.target(),
    })
}

/// Columns of a chart printed anywhere but on a terminal.
const CHART_WIDTH: usize = 80;
