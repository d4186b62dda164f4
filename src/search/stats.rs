//! Counts of the matching articles per author, place, agency, section, language or period,
//! answered by Tantivy's terms aggregation over the index's fast facet columns: no stored
//! document is read.

use super::spread;
use crate::index::schema::Fields;
use serde::Serialize;
use serde_json::{json, Value};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::agg_result::AggregationResults;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::Count;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::Searcher;

/// What articles are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Author,
    Location,
    Source,
    Section,
    /// The publication (research-database exports name it).
    Outlet,
    Language,
    /// The host of the articles' addresses.
    Site,
    Year,
    Month,
    Day,
    /// The words most over-represented in the hits ([`super::words`]); not an aggregation.
    Word,
}

impl Facet {
    /// Every facet, in the order `--by` lists them.
    pub const ALL: [Facet; 11] = [
        Facet::Author,
        Facet::Location,
        Facet::Source,
        Facet::Section,
        Facet::Outlet,
        Facet::Language,
        Facet::Site,
        Facet::Year,
        Facet::Month,
        Facet::Day,
        Facet::Word,
    ];

    /// The facet `--by` (and the web API's `by`) calls `name`.
    pub fn from_name(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The name `--by` takes and the JSON prints.
    pub fn name(self) -> &'static str {
        match self {
            Facet::Author => "author",
            Facet::Location => "location",
            Facet::Source => "source",
            Facet::Section => "section",
            Facet::Outlet => "outlet",
            Facet::Language => "language",
            Facet::Site => "site",
            Facet::Year => "year",
            Facet::Month => "month",
            Facet::Day => "day",
            Facet::Word => "word",
        }
    }

    /// The fast column counted, or `None` for words (scored from the hits' text instead).
    fn field(self, fields: &Fields) -> Option<Field> {
        let f = &fields.facets;
        Some(match self {
            Facet::Author => f.author,
            Facet::Location => f.location,
            Facet::Source => f.source,
            Facet::Section => f.section,
            Facet::Outlet => f.outlet,
            Facet::Language => f.language,
            Facet::Site => f.site,
            Facet::Year => f.year,
            Facet::Month => f.month,
            Facet::Day => f.day,
            Facet::Word => return None,
        })
    }

    /// Periods are listed in order; names by how many articles they count, most first.
    fn is_period(self) -> bool {
        matches!(self, Facet::Year | Facet::Month | Facet::Day)
    }

    /// A bucket's key as printed: a name as it stands in the articles, a period as `2025`,
    /// `2025-12` or `2025-12-02`.
    fn key(self, raw: &Value) -> String {
        let number = raw.as_f64().map(|n| n as u64);
        match (self, number) {
            (Facet::Year, Some(y)) => format!("{y}"),
            (Facet::Month, Some(m)) => format!("{}-{:02}", m / 100, m % 100),
            (Facet::Day, Some(d)) => format!("{}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100),
            _ => raw.as_str().map_or_else(|| raw.to_string(), str::to_string),
        }
    }
}

/// One value and how many matching articles hold it; a word (`--by word`) also carries how many
/// articles of the archive hold it and how over-represented it is in the hits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    pub key: String,
    pub count: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// The counts of one facet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetCounts {
    pub by: &'static str,
    pub buckets: Vec<Bucket>,
}

/// How many articles match, and the counts of each facet asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub total: u64,
    pub facets: Vec<FacetCounts>,
}

/// Values kept per facet when `top` is 0 (every value): far more than any archive's authors.
const EVERY_VALUE: u64 = 1_000_000;

/// Counts the articles `query` matches per value of each facet; `top` keeps the most frequent
/// names (0 keeps all; periods are always all, in order). Every value is counted and the cut is
/// made here, so ties at the cut fall by key, the same on every run.
pub fn count(
    searcher: &Searcher,
    fields: &Fields,
    query: &dyn Query,
    by: &[Facet],
    top: usize,
) -> anyhow::Result<Stats> {
    let schema = searcher.schema();
    let mut request = serde_json::Map::new();
    let counted: Vec<(Facet, Field)> = by.iter().filter_map(|f| Some((*f, f.field(fields)?))).collect();
    for (facet, field) in &counted {
        let field = schema.get_field_name(*field);
        let order = if facet.is_period() { json!({"_key": "asc"}) } else { json!({"_count": "desc"}) };
        let terms = json!({"field": field, "size": EVERY_VALUE, "segment_size": EVERY_VALUE, "order": order});
        request.insert(facet.name().to_string(), json!({ "terms": terms }));
    }
    let aggregations: Aggregations = serde_json::from_value(Value::Object(request))?;
    let collector = AggregationCollector::from_aggs(aggregations, Default::default());
    let (total, results): (usize, AggregationResults) = spread::search(searcher, query, &(Count, collector))?;
    let results = serde_json::to_value(results)?;
    let facets = counted.iter().map(|(f, _)| {
        let mut buckets = buckets(*f, &results[f.name()]);
        if top > 0 && !f.is_period() {
            buckets.truncate(top);
        }
        FacetCounts { by: f.name(), buckets }
    });
    Ok(Stats { total: total as u64, facets: facets.collect() })
}

/// The buckets of one terms aggregation's result, most first with ties by key (names) or in
/// order (periods).
fn buckets(facet: Facet, result: &Value) -> Vec<Bucket> {
    let raw = result["buckets"].as_array().map(Vec::as_slice).unwrap_or_default();
    let mut buckets: Vec<Bucket> = raw
        .iter()
        .map(|b| Bucket {
            key: facet.key(&b["key"]),
            count: b["doc_count"].as_u64().unwrap_or(0),
            archive: None,
            score: None,
        })
        .collect();
    if !facet.is_period() {
        buckets.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_print_as_dates_and_names_as_written() {
        assert_eq!(Facet::Month.key(&json!(202512)), "2025-12");
        assert_eq!(Facet::Day.key(&json!(20251202)), "2025-12-02");
        assert_eq!(Facet::Year.key(&json!(2025.0)), "2025");
        assert_eq!(Facet::Author.key(&json!("Ann Lee")), "Ann Lee");
    }

    #[test]
    fn names_are_most_first_then_by_key_and_periods_stay_in_order() {
        let result = json!({"buckets": [{"key": "B", "doc_count": 2}, {"key": "A", "doc_count": 2}, {"key": "C", "doc_count": 5}]});
        let keys: Vec<String> = buckets(Facet::Source, &result).into_iter().map(|b| b.key).collect();
        assert_eq!(keys, ["C", "A", "B"]);
        let months = json!({"buckets": [{"key": 202511, "doc_count": 1}, {"key": 202512, "doc_count": 4}]});
        let keys: Vec<String> = buckets(Facet::Month, &months).into_iter().map(|b| b.key).collect();
        assert_eq!(keys, ["2025-11", "2025-12"]);
    }
}
