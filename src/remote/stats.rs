//! `stats` answered by the engine's own aggregations, as newsidx answers it from its fast
//! columns: a `terms` aggregation per name facet over the names as printed (Quickwit's raw fast
//! fields, Elasticsearch's `.keyword` sub-fields), and one day histogram that years, months and
//! days are summed from (Quickwit's `date_histogram` takes fixed intervals only).

use super::http::Client;
use super::search::asked;
use super::{EngineKind, Remote};
use crate::error::UserError;
use crate::export::document::{Kind, FIELDS};
use crate::search::stats::{Bucket, Facet, FacetCounts, Stats};
use crate::search::{Filters, Request};
use chrono::{DateTime, NaiveDate};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// Names asked of the engine per facet when every one is wanted (`--top 0`).
const EVERY_NAME: usize = 65_000;
/// The aggregation the periods are read from.
const DAYS: &str = "days";

/// Counts the articles `query` matches on `remote` per value of each facet in `by`.
pub fn count(
    client: &Client,
    remote: &Remote,
    query: &str,
    filters: &Filters,
    by: &[Facet],
    top: usize,
) -> Result<Stats, UserError> {
    let request = Request {
        query: query.to_string(),
        filters: filters.clone(),
        limit: 0,
        offset: 0,
        ..Request::default()
    };
    let mut asked = asked(remote, &request, 0, 0)?;
    asked.body["aggs"] = aggregations(remote.kind, by, top)?;
    let (_, parsed) = asked.answer(client)?;
    Ok(read(&parsed, by, top))
}

/// The articles `query` matches on `remote` per day (days with none left out): what a
/// timeline is rolled up from.
pub fn per_day(
    client: &Client,
    remote: &Remote,
    query: &str,
    filters: &Filters,
) -> Result<BTreeMap<NaiveDate, u64>, UserError> {
    let counted = count(client, remote, query, filters, &[Facet::Day], 0)?;
    let buckets = counted.facets.into_iter().flat_map(|f| f.buckets);
    Ok(buckets.filter_map(|b| Some((NaiveDate::parse_from_str(&b.key, "%Y-%m-%d").ok()?, b.count))).collect())
}

/// The `aggs` of the request: one per name facet, and the day histogram if a period is asked.
fn aggregations(kind: EngineKind, by: &[Facet], top: usize) -> Result<Value, UserError> {
    let mut aggs = Map::new();
    for facet in by {
        match facet {
            Facet::Year | Facet::Month | Facet::Day => {
                aggs.insert(
                    DAYS.into(),
                    json!({"date_histogram": {"field": "date", "fixed_interval": "1d", "min_doc_count": 1}}),
                );
            }
            Facet::Word => {
                return Err(UserError::BadEngine {
                    given: "--by word".into(),
                    reason:
                        "an engine has no significant-words count newsidx can ask; run it on the local index"
                            .into(),
                })
            }
            name => {
                let size = if top == 0 { EVERY_NAME } else { top * 2 + 10 };
                aggs.insert(
                    name.name().into(),
                    json!({"terms": {"field": terms_field(kind, *name), "size": size}}),
                );
            }
        }
    }
    Ok(Value::Object(aggs))
}

/// The engine field whose whole values a facet counts: a name (`Kind::Name` in the export's table
/// of fields) keeps them in Elasticsearch's `.keyword` subfield.
fn terms_field(kind: EngineKind, facet: Facet) -> String {
    let field = match facet {
        Facet::Author => "authors",
        other => other.name(),
    };
    let name = FIELDS.iter().any(|f| f.name == field && f.kind == Kind::Name);
    match kind {
        EngineKind::Elasticsearch if name => format!("{field}.keyword"),
        _ => field.to_string(),
    }
}

fn read(reply: &Value, by: &[Facet], top: usize) -> Stats {
    let total = reply
        .get("num_hits")
        .or_else(|| reply.pointer("/hits/total/value"))
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let facets = by
        .iter()
        .map(|facet| FacetCounts { by: facet.name(), buckets: buckets(reply, *facet, top) })
        .collect();
    Stats { total, facets }
}

fn buckets(reply: &Value, facet: Facet, top: usize) -> Vec<Bucket> {
    let name = if matches!(facet, Facet::Year | Facet::Month | Facet::Day) { DAYS } else { facet.name() };
    let empty = Vec::new();
    let raw =
        reply.pointer(&format!("/aggregations/{name}/buckets")).and_then(Value::as_array).unwrap_or(&empty);
    let count = |b: &Value| b.get("doc_count").and_then(Value::as_u64).unwrap_or(0);
    let bucket = |key: String, count: u64| Bucket { key, count, archive: None, score: None };
    if name == DAYS {
        let mut periods: BTreeMap<String, u64> = BTreeMap::new();
        for b in raw {
            if let Some(key) = b.get("key").and_then(Value::as_f64).and_then(|ms| period_key(facet, ms)) {
                *periods.entry(key).or_default() += count(b);
            }
        }
        return periods.into_iter().filter(|(_, n)| *n > 0).map(|(k, n)| bucket(k, n)).collect();
    }
    let mut names: Vec<Bucket> =
        raw.iter().filter_map(|b| Some(bucket(b.get("key")?.as_str()?.to_string(), count(b)))).collect();
    names.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    if top > 0 {
        names.truncate(top);
    }
    names
}

/// `2025`, `2025-12` or `2025-12-04` for the day that starts `ms` after the epoch.
fn period_key(facet: Facet, ms: f64) -> Option<String> {
    let day = DateTime::from_timestamp_millis(ms as i64)?.date_naive();
    Some(match facet {
        Facet::Year => day.format("%Y").to_string(),
        Facet::Month => day.format("%Y-%m").to_string(),
        _ => day.format("%Y-%m-%d").to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_counted_on_raw_values_and_periods_on_one_day_histogram() {
        let aggs =
            aggregations(EngineKind::Elasticsearch, &[Facet::Author, Facet::Month, Facet::Year], 5).unwrap();
        assert_eq!(aggs["author"], json!({"terms": {"field": "authors.keyword", "size": 20}}));
        assert_eq!(aggs[DAYS]["date_histogram"]["fixed_interval"], "1d");
        let quickwit = aggregations(EngineKind::Quickwit, &[Facet::Source], 0).unwrap();
        assert_eq!(quickwit["source"], json!({"terms": {"field": "source", "size": EVERY_NAME}}));
        assert!(aggregations(EngineKind::Quickwit, &[Facet::Word], 5).is_err());
    }

    #[test]
    fn days_sum_into_months_and_names_cut_at_the_top_with_ties_by_key() {
        let day = |d: &str| {
            DateTime::parse_from_rfc3339(&format!("{d}T00:00:00Z")).unwrap().timestamp_millis() as f64
        };
        let reply = json!({"num_hits": 9, "aggregations": {
            "days": {"buckets": [{"key": day("2025-11-30"), "doc_count": 2}, {"key": day("2025-12-01"), "doc_count": 3},
                                 {"key": day("2025-12-31"), "doc_count": 4}]},
            "source": {"buckets": [{"key": "AP", "doc_count": 3}, {"key": "AFP", "doc_count": 3}, {"key": "dpa", "doc_count": 1}]}}});
        let stats = read(&reply, &[Facet::Month, Facet::Source], 2);
        assert_eq!(stats.total, 9);
        let keys =
            |i: usize| stats.facets[i].buckets.iter().map(|b| (b.key.clone(), b.count)).collect::<Vec<_>>();
        assert_eq!(keys(0), vec![("2025-11".into(), 2), ("2025-12".into(), 7)]);
        assert_eq!(keys(1), vec![("AFP".into(), 3), ("AP".into(), 3)]);
    }
}
