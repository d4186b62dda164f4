//! Printers of `timeline`: a bar chart in Unicode blocks that fits the terminal, JSON
//! (`{"by", "series": [{"query", "total", "buckets"}]}`) and CSV (`period,query,count`, with
//! `all,share` under `--share`).

use crate::search::timeline::PeriodCount;
pub use crate::search::timeline::Series;
use serde::Serialize;
use std::io::{self, Write};

/// How `timeline` prints; a chart is drawn `width` columns wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineFormat {
    Chart { width: usize },
    Json,
    Csv,
}

#[derive(Serialize)]
struct Timeline<'a> {
    by: &'a str,
    series: &'a [Series],
}

/// Prints the series, counted `by` period, in `format`.
pub fn write_timeline<W: Write>(
    out: &mut W,
    format: TimelineFormat,
    by: &str,
    series: &[Series],
) -> io::Result<()> {
    match format {
        TimelineFormat::Json => super::write_json(out, &Timeline { by, series }),
        TimelineFormat::Csv => write_csv(out, series),
        TimelineFormat::Chart { width } => write_chart(out, width, by, series),
    }
}

fn write_csv<W: Write>(out: &mut W, series: &[Series]) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    let shares = series.iter().flat_map(|s| &s.buckets).any(|b| b.share.is_some());
    let header: &[&str] =
        if shares { &["period", "query", "count", "all", "share"] } else { &["period", "query", "count"] };
    csv.write_record(header).map_err(super::csv_error)?;
    for one in series {
        for b in &one.buckets {
            let mut row = vec![b.key.clone(), one.query.clone(), b.count.to_string()];
            if shares {
                row.push(b.all.unwrap_or(0).to_string());
                row.push(format!("{:.6}", b.share.unwrap_or(0.0)));
            }
            csv.write_record(&row).map_err(super::csv_error)?;
        }
    }
    csv.flush()
}

/// The block each series draws its bars with, in order.
const BLOCKS: [char; 4] = ['█', '▓', '▒', '░'];

fn write_chart<W: Write>(out: &mut W, width: usize, by: &str, series: &[Series]) -> io::Result<()> {
    let legend: Vec<String> = series
        .iter()
        .zip(BLOCKS.iter().cycle())
        .map(|(s, block)| format!("{block} {} {} articles", shown(&s.query), s.total))
        .collect();
    writeln!(out, "{}  (per {by})", legend.join("   "))?;
    let Some(first) = series.first() else { return Ok(()) };
    let key_width = first.buckets.iter().map(|b| b.key.len()).max().unwrap_or(4);
    let value = |b: &PeriodCount| b.share.unwrap_or(b.count as f64);
    let most = series.iter().flat_map(|s| &s.buckets).map(value).fold(0.0, f64::max);
    let label_width = series.iter().flat_map(|s| &s.buckets).map(|b| label(b).len()).max().unwrap_or(1);
    let room = width.saturating_sub(key_width + 2) / series.len().max(1);
    let bar_width = room.saturating_sub(label_width + 2).max(1);
    for (i, bucket) in first.buckets.iter().enumerate() {
        write!(out, "{:<key_width$}  ", bucket.key)?;
        for (one, block) in series.iter().zip(BLOCKS.iter().cycle()) {
            let b = &one.buckets[i];
            let length = if most > 0.0 { (value(b) / most * bar_width as f64).round() as usize } else { 0 };
            let bar: String = std::iter::repeat_n(*block, length).collect();
            write!(out, "{bar:<bar_width$} {:>label_width$}  ", label(b))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A query as the legend names it; the empty one charts every article.
fn shown(query: &str) -> String {
    if query.trim().is_empty() {
        "all".to_string()
    } else {
        format!("\"{query}\"")
    }
}

/// A bar's figure: the count, or the share in per cent under `--share`.
fn label(bucket: &PeriodCount) -> String {
    match bucket.share {
        Some(share) => format!("{:.1}%", share * 100.0),
        None => bucket.count.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(query: &str, counts: &[u64]) -> Series {
        let buckets = counts
            .iter()
            .enumerate()
            .map(|(i, c)| PeriodCount {
                key: format!("2025-{:02}", i + 1),
                count: *c,
                all: None,
                share: None,
            })
            .collect();
        Series { query: query.to_string(), total: counts.iter().sum(), buckets }
    }

    #[test]
    fn the_chart_fits_its_width_and_the_longest_bar_is_the_largest_count() {
        let mut out = Vec::new();
        write_chart(&mut out, 60, "month", &[series("ferry", &[1, 4, 0]), series("bridge", &[2, 2, 1])])
            .expect("chart");
        let text = String::from_utf8(out).expect("utf-8");
        let rows: Vec<&str> = text.lines().collect();
        assert!(rows[0].starts_with("█ \"ferry\" 5 articles   ▓ \"bridge\" 5 articles"), "{text}");
        assert!(rows.iter().all(|r| r.trim_end().chars().count() <= 60), "{text}");
        let longest = |row: &str| row.chars().filter(|c| *c == '█').count();
        assert!(longest(rows[2]) > longest(rows[1]) && longest(rows[3]) == 0, "{text}");
    }

    #[test]
    fn csv_rows_are_period_query_count() {
        let mut out = Vec::new();
        write_csv(&mut out, &[series("ferry", &[1, 0])]).expect("csv");
        assert_eq!(String::from_utf8_lossy(&out), "period,query,count\n2025-01,ferry,1\n2025-02,ferry,0\n");
    }
}
