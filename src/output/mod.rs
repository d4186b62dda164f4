//! Printers: hits and articles for people (colour on a terminal) and for scripts (JSON, JSON
//! Lines, CSV). Every printer writes to any `io::Write`, chosen by one enum, and takes the hits
//! as an iterator, so a full export is printed as it is read.

pub mod chart;
mod human;
pub mod kwic;
pub mod stats;
pub mod timeline;

use crate::search::stats::FacetCounts;
use crate::search::Hit;
use newsidx_extract::article::Article;
use serde::ser::{Error as _, SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::io::{self, Write};

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people; `color` highlights matches with ANSI escapes.
    Text { color: bool },
    /// One JSON object: `{"query", "total", "total_copies", "hits": [...]}`.
    Json,
    /// One JSON object per hit, one per line.
    Jsonl,
    /// A header row, then one row per hit.
    Csv,
}

/// What a page of results says about itself, besides its hits.
#[derive(Debug, Clone, Copy)]
pub struct PageInfo<'a> {
    /// The query text.
    pub query: &'a str,
    /// Every matching article, not just this page, each syndicated story once.
    pub total: usize,
    /// Every matching article, each copy counted.
    pub total_copies: usize,
    /// Hits skipped before this page.
    pub offset: usize,
    /// Counts of the whole result set per facet, printed beside the hits in JSON when asked for.
    pub facets: &'a [FacetCounts],
}

impl<'a> PageInfo<'a> {
    /// What a ranked page says about itself, with the facet counts printed beside it.
    pub fn of(ranked: &'a crate::search::Ranked, facets: &'a [FacetCounts]) -> PageInfo<'a> {
        PageInfo {
            query: &ranked.query,
            total: ranked.total,
            total_copies: ranked.total_copies,
            offset: ranked.offset,
            facets,
        }
    }
}

/// Prints a page of search results as its hits are read; a hit that cannot be read ends the
/// printing with its error.
pub fn write_results<W, I>(out: &mut W, format: Format, page: PageInfo, hits: I) -> io::Result<()>
where
    W: Write,
    I: Iterator<Item = anyhow::Result<Hit>>,
{
    let mut hits = hits.map(|hit| hit.map_err(io::Error::other));
    match format {
        Format::Text { color } => human::write_results(out, page, &mut hits, color),
        Format::Json => write_json(out, &Streamed { page, hits: RefCell::new(Some(hits)) }),
        Format::Jsonl => hits.try_for_each(|hit| write_json(out, &hit?)),
        Format::Csv => write_csv(out, hits),
    }
}

/// Where an article stands among the copies of its story.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CopiesOf {
    /// The id its copies share, when it has any.
    pub cluster: Option<String>,
    /// How many other articles are copies of the same story.
    pub copies: usize,
}

impl CopiesOf {
    /// Where the article at `path` stands among the copies of its story.
    pub fn of(clusters: &crate::copies::Clusters, path: &str) -> CopiesOf {
        let (cluster, copies) = clusters.copies_of(path).map_or((None, 0), |(id, n)| (Some(id), n));
        CopiesOf { cluster, copies }
    }
}

/// `show --json`: the article's fields, then `cluster` and `copies`.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    article: &'a Article,
    #[serde(flatten)]
    copies: &'a CopiesOf,
}

/// Prints one stored article, every field, and its copies.
pub fn write_article<W: Write>(
    out: &mut W,
    json: bool,
    article: &Article,
    copies: &CopiesOf,
) -> io::Result<()> {
    if json {
        write_json(out, &Shown { article, copies })
    } else {
        human::write_article(out, article, copies)
    }
}

/// Writes a value as one line of JSON.
pub fn write_json<W: Write, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// The `search --json` object, `{"query", "total", "total_copies", "hits"}`, with its hits serialized as they
/// are read (serde pulls them from the iterator, once).
struct Streamed<'a, I> {
    page: PageInfo<'a>,
    hits: RefCell<Option<I>>,
}

impl<I: Iterator<Item = io::Result<Hit>>> Serialize for Streamed<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let facets = self.page.facets;
        let mut object = serializer.serialize_struct("Results", 4 + usize::from(!facets.is_empty()))?;
        object.serialize_field("query", self.page.query)?;
        object.serialize_field("total", &self.page.total)?;
        object.serialize_field("total_copies", &self.page.total_copies)?;
        object.serialize_field("hits", &HitSeq(&self.hits))?;
        if !facets.is_empty() {
            object.serialize_field("facets", &FacetMap(facets))?;
        }
        object.end()
    }
}

/// `{"author": [{"key", "count"}…], …}`: each facet's buckets under its name.
struct FacetMap<'a>(&'a [FacetCounts]);

impl Serialize for FacetMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for facet in self.0 {
            map.serialize_entry(facet.by, &facet.buckets)?;
        }
        map.end()
    }
}

struct HitSeq<'a, I>(&'a RefCell<Option<I>>);

impl<I: Iterator<Item = io::Result<Hit>>> Serialize for HitSeq<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for hit in self.0.borrow_mut().take().into_iter().flatten() {
            seq.serialize_element(&hit.map_err(S::Error::custom)?)?;
        }
        seq.end()
    }
}

/// The CSV columns, in order. Columns are only ever added at the end, so a script that reads
/// them by position keeps working.
pub const CSV_HEADER: [&str; 14] = [
    "rank", "score", "path", "title", "authors", "date", "location", "source", "section", "snippet", "url",
    "cluster", "copies", "outlet",
];

fn write_csv<W: Write>(out: &mut W, hits: impl Iterator<Item = io::Result<Hit>>) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(CSV_HEADER).map_err(csv_error)?;
    for hit in hits {
        csv.write_record(csv_row(&hit?)).map_err(csv_error)?;
    }
    csv.flush()
}

fn csv_row(hit: &Hit) -> [String; 14] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        hit.rank.to_string(),
        hit.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
        hit.path.clone(),
        text(&hit.title),
        hit.authors.join("; "),
        hit.date.map(|d| d.to_string()).unwrap_or_default(),
        text(&hit.location),
        text(&hit.source),
        text(&hit.section),
        hit.snippet.clone(),
        text(&hit.url),
        text(&hit.cluster),
        hit.copies.to_string(),
        text(&hit.outlet),
    ]
}

/// The CSV writer's error as the I/O error it wraps, kind kept (a closed pipe stays a closed
/// pipe, which ends the process with success); any other CSV error as itself.
fn csv_error(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}
