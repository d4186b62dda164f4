//! Searching Quickwit (`POST /api/v1/INDEX/search`): the query in its language, the dates as
//! `start_timestamp`/`end_timestamp` (seconds, the end excluded) so whole splits are pruned,
//! paging by `max_hits`/`start_offset`, `sort_by` `_score` or `date` (newest first), and
//! snippets of the body.

use super::query::with_filters;
use super::reply::{Asked, Held, Page};
use super::Remote;
use crate::error::UserError;
use crate::export::config::SEARCHED_FIELDS;
use crate::search::{Request, SortBy};
use chrono::{NaiveDate, NaiveTime};
use serde_json::{json, Value};

/// The request that searches `request` on a Quickwit index.
pub fn asked(remote: &Remote, request: &Request, offset: usize, count: usize) -> Result<Asked, UserError> {
    let mut body = json!({
        "query": with_filters(&request.query, &request.filters)?,
        "max_hits": count,
        "start_offset": offset,
        "search_field": SEARCHED_FIELDS.join(","),
        "snippet_fields": "body",
        "sort_by": if request.sort == SortBy::Date { "date" } else { "_score" },
    });
    let seconds = |d: NaiveDate| d.and_time(NaiveTime::MIN).and_utc().timestamp();
    if let Some(since) = request.filters.since {
        body["start_timestamp"] = json!(seconds(since));
    }
    if let Some(after) = request.filters.until.and_then(|d| d.succ_opt()) {
        body["end_timestamp"] = json!(seconds(after));
    }
    Ok(Asked { url: format!("{}/api/v1/{}/search", remote.base, remote.index), body })
}

/// The hits of a Quickwit reply, ranked from `from + 1`; its snippets stand in a list beside
/// the hits, one per hit.
pub fn page(reply: &Value, from: usize) -> Result<Page, serde_json::Error> {
    let total = reply.get("num_hits").and_then(Value::as_u64).unwrap_or(0) as usize;
    let docs = reply.get("hits").cloned().unwrap_or_else(|| json!([]));
    let held: Vec<Held> = serde_json::from_value(docs)?;
    let snippets = reply.get("snippets").and_then(Value::as_array);
    let marked = |i: usize| snippets?.get(i)?.pointer("/body/0")?.as_str();
    let hits =
        held.into_iter().enumerate().map(|(i, doc)| doc.into_hit(from + i + 1, None, marked(i))).collect();
    Ok(Page { total, hits })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remote::EngineKind;
    use crate::search::Filters;

    fn remote() -> Remote {
        Remote { kind: EngineKind::Quickwit, base: "http://qw:7280".into(), index: "news".into() }
    }

    #[test]
    fn a_search_becomes_the_documented_request_body() {
        let filters = Filters {
            since: NaiveDate::from_ymd_opt(2025, 12, 1),
            until: NaiveDate::from_ymd_opt(2025, 12, 31),
            ..Filters::default()
        };
        let request =
            Request { query: "oil prices".into(), filters, limit: 10, offset: 20, sort: SortBy::Date };
        let asked = asked(&remote(), &request, 20, 10).unwrap();
        assert_eq!(asked.url, "http://qw:7280/api/v1/news/search");
        let query = asked.body["query"].as_str().unwrap().to_string();
        assert!(
            query.starts_with("+(title_words:\"en_oil\"") && query.contains(" +(title_words:\"en_price\""),
            "{query}"
        );
        assert_eq!(
            asked.body,
            json!({"query": query, "max_hits": 10, "start_offset": 20,
                   "search_field": "title,body,authors,location", "snippet_fields": "body", "sort_by": "date",
                   "start_timestamp": 1764547200, "end_timestamp": 1767225600})
        );
    }

    #[test]
    fn a_reply_reads_back_as_ranked_hits_with_their_snippets() {
        let reply = json!({"num_hits": 7, "hits": [
            {"id": "0000000000000001", "path": "/a.txt", "title": "A", "body": "oil rose"},
            {"id": "0000000000000002", "path": "/b.txt", "title": "B", "body": "oil fell"}],
            "snippets": [{"body": ["<b>oil</b> rose"]}, {"body": []}]});
        let page = page(&reply, 4).unwrap();
        assert_eq!(page.total, 7);
        let ranks: Vec<(usize, &str, &str)> =
            page.hits.iter().map(|h| (h.rank, h.path.as_str(), h.snippet.as_str())).collect();
        assert_eq!(ranks, vec![(5, "/a.txt", "oil rose"), (6, "/b.txt", "oil fell")]);
        assert_eq!(page.hits[0].highlights, vec![[0, 3]]);
    }
}
