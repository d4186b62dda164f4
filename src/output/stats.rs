//! Printers of `stats`: a table for people, JSON (`{"query", "total", "by", "buckets"}` for one
//! facet, `"facets": [{"by", "buckets"}]` for several) and CSV (`key,count`, or `by,key,count`).

use crate::search::stats::{Bucket, FacetCounts, Stats};
use serde::Serialize;
use std::io::{self, Write};

/// How `stats` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatsFormat {
    Text,
    Json,
    Csv,
}

/// Prints the counts of `query` in `format`.
pub fn write_stats<W: Write>(out: &mut W, format: StatsFormat, query: &str, stats: &Stats) -> io::Result<()> {
    match format {
        StatsFormat::Json => write_ordered_json(out, query, stats),
        StatsFormat::Csv => write_csv(out, stats),
        StatsFormat::Text => write_table(out, query, stats),
    }
}

/// The JSON of one facet, its keys in the documented order.
#[derive(Serialize)]
struct OneFacet<'a> {
    query: &'a str,
    total: u64,
    by: &'a str,
    buckets: &'a [Bucket],
}

/// The JSON of several facets.
#[derive(Serialize)]
struct Facets<'a> {
    query: &'a str,
    total: u64,
    facets: &'a [FacetCounts],
}

/// Writes the JSON with its keys in the documented order (a `serde_json::Value` sorts them).
fn write_ordered_json<W: Write>(out: &mut W, query: &str, stats: &Stats) -> io::Result<()> {
    let total = stats.total;
    match stats.facets.as_slice() {
        [one] => super::write_json(out, &OneFacet { query, total, by: one.by, buckets: &one.buckets }),
        facets => super::write_json(out, &Facets { query, total, facets }),
    }
}

fn write_csv<W: Write>(out: &mut W, stats: &Stats) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    let several = stats.facets.len() > 1;
    let header: &[&str] = if several { &["by", "key", "count"] } else { &["key", "count"] };
    csv.write_record(header).map_err(super::csv_error)?;
    for facet in &stats.facets {
        for bucket in &facet.buckets {
            let count = bucket.count.to_string();
            let row: Vec<&str> =
                if several { vec![facet.by, &bucket.key, &count] } else { vec![&bucket.key, &count] };
            csv.write_record(row).map_err(super::csv_error)?;
        }
    }
    csv.flush()
}

/// Longest bar of the table, in block characters.
const BAR_WIDTH: usize = 30;

fn write_table<W: Write>(out: &mut W, query: &str, stats: &Stats) -> io::Result<()> {
    if query.trim().is_empty() {
        writeln!(out, "{} articles", stats.total)?;
    } else {
        writeln!(out, "{} articles match \"{query}\"", stats.total)?;
    }
    for facet in &stats.facets {
        write_facet(out, facet)?;
    }
    Ok(())
}

fn write_facet<W: Write>(out: &mut W, facet: &FacetCounts) -> io::Result<()> {
    writeln!(out, "\nby {}", facet.by)?;
    if facet.buckets.is_empty() {
        return writeln!(out, "  (no article names one)");
    }
    let most = facet.buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let key_width = facet.buckets.iter().map(|b| b.key.chars().count()).max().unwrap_or(0);
    let count_width = most.to_string().len();
    for bucket in &facet.buckets {
        let bar = "█".repeat(((bucket.count * BAR_WIDTH as u64).div_ceil(most)) as usize);
        writeln!(out, "  {:<key_width$}  {:>count_width$}  {bar}", bucket.key, bucket.count)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stats(facets: Vec<FacetCounts>) -> Stats {
        Stats { total: 3, facets }
    }

    fn sources() -> FacetCounts {
        let bucket = |key: &str, count| Bucket { key: key.to_string(), count, archive: None, score: None };
        FacetCounts { by: "source", buckets: vec![bucket("Reuters", 2), bucket("AP", 1)] }
    }

    fn as_json(query: &str, stats: &Stats) -> serde_json::Value {
        let mut out = Vec::new();
        write_ordered_json(&mut out, query, stats).expect("json");
        serde_json::from_slice(&out).expect("valid json")
    }

    #[test]
    fn one_facet_prints_by_and_buckets_and_several_print_facets() {
        let mut out = Vec::new();
        write_ordered_json(&mut out, "oil", &stats(vec![sources()])).expect("json");
        assert!(String::from_utf8_lossy(&out)
            .starts_with(r#"{"query":"oil","total":3,"by":"source","buckets":[{"key":"Reuters""#));
        let one = as_json("oil", &stats(vec![sources()]));
        assert_eq!(
            one,
            json!({"query": "oil", "total": 3, "by": "source",
            "buckets": [{"key": "Reuters", "count": 2}, {"key": "AP", "count": 1}]})
        );
        let two = as_json("oil", &stats(vec![sources(), sources()]));
        assert_eq!(two["facets"][1]["by"], "source");
        assert!(two.get("buckets").is_none());
    }

    #[test]
    fn csv_is_key_and_count_or_by_key_and_count() {
        let mut out = Vec::new();
        write_csv(&mut out, &stats(vec![sources()])).expect("csv");
        assert_eq!(String::from_utf8_lossy(&out), "key,count\nReuters,2\nAP,1\n");
        let mut out = Vec::new();
        write_csv(&mut out, &stats(vec![sources(), sources()])).expect("csv");
        assert!(String::from_utf8_lossy(&out).starts_with("by,key,count\nsource,Reuters,2\n"));
    }
}
