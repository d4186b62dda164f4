//! Searching Elasticsearch or OpenSearch (`POST /INDEX/_search`): the query as a
//! `query_string` over the fields newsidx searches (the title weighted as here), the dates as a
//! `range` filter, paging by `from`/`size` with exact totals, sorting by score or date, and the
//! body highlighted.

use super::query::with_filters;
use super::reply::{Asked, Held, Page};
use super::Remote;
use crate::error::UserError;
use crate::export::config::SEARCHED_FIELDS;
use crate::search::query::TITLE_BOOST;
use crate::search::{Request, SortBy};
use serde_json::{json, Value};

/// The characters of body around the matches a highlight holds.
const FRAGMENT_CHARS: usize = 240;

/// The request that searches `request` on an Elasticsearch or OpenSearch index.
pub fn asked(remote: &Remote, request: &Request, offset: usize, count: usize) -> Result<Asked, UserError> {
    let fields: Vec<String> = SEARCHED_FIELDS
        .iter()
        .map(|f| if *f == "title" { format!("title^{TITLE_BOOST}") } else { f.to_string() })
        .collect();
    let text = json!({"query_string": {
        "query": with_filters(&request.query, &request.filters)?, "fields": fields, "default_operator": "AND"}});
    let mut range = serde_json::Map::new();
    if let Some(since) = request.filters.since {
        range.insert("gte".into(), json!(since.to_string()));
    }
    if let Some(until) = request.filters.until {
        range.insert("lte".into(), json!(until.to_string()));
    }
    let filter: Vec<Value> =
        if range.is_empty() { Vec::new() } else { vec![json!({"range": {"date": range}})] };
    let sort = match request.sort {
        SortBy::Date => json!([{"date": {"order": "desc", "missing": "_last"}}, "_score"]),
        _ => json!(["_score"]),
    };
    let body = json!({
        "query": {"bool": {"must": [text], "filter": filter}},
        "from": offset, "size": count, "track_total_hits": true, "sort": sort,
        "highlight": {"pre_tags": ["<b>"], "post_tags": ["</b>"], "encoder": "html",
            "fields": {"body": {"fragment_size": FRAGMENT_CHARS, "number_of_fragments": 1}}},
    });
    Ok(Asked { url: format!("{}/{}/_search", remote.base, remote.index), body })
}

/// The hits of an Elasticsearch reply, ranked from `from + 1`.
pub fn page(reply: &Value, from: usize) -> Result<Page, serde_json::Error> {
    let total = reply.pointer("/hits/total/value").and_then(Value::as_u64).unwrap_or(0) as usize;
    let empty = Vec::new();
    let hits = reply.pointer("/hits/hits").and_then(Value::as_array).unwrap_or(&empty);
    let mut page = Page { total, hits: Vec::with_capacity(hits.len()) };
    for (i, hit) in hits.iter().enumerate() {
        let held: Held = serde_json::from_value(hit.get("_source").cloned().unwrap_or(Value::Null))?;
        let score = hit.get("_score").and_then(Value::as_f64).map(|s| s as f32);
        page.hits.push(held.into_hit(
            from + i + 1,
            score,
            hit.pointer("/highlight/body/0").and_then(Value::as_str),
        ));
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remote::EngineKind;
    use crate::search::Filters;
    use chrono::NaiveDate;

    #[test]
    fn a_search_becomes_a_query_string_with_a_date_filter_and_a_highlight() {
        let remote =
            Remote { kind: EngineKind::Elasticsearch, base: "http://es:9200".into(), index: "news".into() };
        let filters = Filters {
            since: NaiveDate::from_ymd_opt(2025, 1, 1),
            author: Some("Holland".into()),
            ..Filters::default()
        };
        let request =
            Request { query: "summit -trade".into(), filters, limit: 5, offset: 0, sort: SortBy::Relevance };
        let asked = asked(&remote, &request, 0, 5).unwrap();
        assert_eq!(asked.url, "http://es:9200/news/_search");
        let query = asked.body["query"]["bool"]["must"][0]["query_string"]["query"].as_str().unwrap();
        assert!(
            query.contains("-(title_words:\"en_trade\"") && query.ends_with(" +(authors:\"Holland\")"),
            "{query}"
        );
        assert_eq!(
            asked.body["query"]["bool"]["must"][0]["query_string"]["fields"],
            json!(["title^2.5", "body", "authors", "location"])
        );
        assert_eq!(
            asked.body["query"]["bool"]["filter"],
            json!([{"range": {"date": {"gte": "2025-01-01"}}}])
        );
        assert_eq!((asked.body["from"].as_u64(), asked.body["size"].as_u64()), (Some(0), Some(5)));
        assert_eq!(asked.body["sort"], json!(["_score"]));
    }

    #[test]
    fn a_reply_reads_back_with_scores_and_highlights() {
        let reply = json!({"hits": {"total": {"value": 2, "relation": "eq"}, "hits": [
            {"_id": "1", "_score": 3.5, "_source": {"id": "1", "path": "/a.txt", "body": "x"},
             "highlight": {"body": ["a <b>summit</b>"]}}]}});
        let page = page(&reply, 0).unwrap();
        assert_eq!(
            (page.total, page.hits[0].score, page.hits[0].snippet.as_str()),
            (2, Some(3.5), "a summit")
        );
    }
}
