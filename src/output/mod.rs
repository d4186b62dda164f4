//! Printers: hits and articles for people (colour on a terminal) and for scripts (JSON, JSON
//! Lines, CSV). Every printer writes to any `io::Write`, chosen by one enum.

mod human;

use crate::article::Article;
use crate::search::{Hit, Results};
use serde::Serialize;
use std::io::{self, Write};

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people; `color` highlights matches with ANSI escapes.
    Text { color: bool },
    /// One JSON object: `{"query", "total", "hits": [...]}`.
    Json,
    /// One JSON object per hit, one per line.
    Jsonl,
    /// A header row, then one row per hit.
    Csv,
}

/// Prints a page of search results.
pub fn write_results<W: Write>(out: &mut W, format: Format, results: &Results) -> io::Result<()> {
    match format {
        Format::Text { color } => human::write_results(out, results, color),
        Format::Json => write_json(out, results),
        Format::Jsonl => results.hits.iter().try_for_each(|hit| write_json(out, hit)),
        Format::Csv => write_csv(out, &results.hits),
    }
}

/// Prints one stored article, every field.
pub fn write_article<W: Write>(out: &mut W, json: bool, article: &Article) -> io::Result<()> {
    if json {
        write_json(out, article)
    } else {
        human::write_article(out, article)
    }
}

/// Writes a value as one line of JSON.
pub fn write_json<W: Write, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 10] =
    ["rank", "score", "path", "title", "authors", "date", "location", "source", "section", "snippet"];

fn write_csv<W: Write>(out: &mut W, hits: &[Hit]) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(CSV_HEADER)?;
    for hit in hits {
        let a = hit;
        csv.write_record([
            hit.rank.to_string(),
            hit.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
            a.path.clone(),
            a.title.clone().unwrap_or_default(),
            a.authors.join("; "),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.location.clone().unwrap_or_default(),
            a.source.clone().unwrap_or_default(),
            a.section.clone().unwrap_or_default(),
            hit.snippet.clone(),
        ])?;
    }
    csv.flush()
}
