//! `search --engine`: the same command line asks a stand-in Quickwit or Elasticsearch on
//! loopback with the documented request body, and its reply comes out of the same printers
//! (JSON, JSONL, CSV, text) with the same exit codes.

use crate::fake_engine::{Fake, Kind};
use crate::harness::Sandbox;
use serde_json::{json, Value};

fn quickwit_reply() -> Value {
    json!({"num_hits": 7, "elapsed_time_micros": 900, "errors": [], "hits": [
        {"id": "00000000000000a1", "story": "00000000000000a1", "path": "/archive/wires/oil-1.txt",
         "title": "Oil prices climb", "authors": ["Mira Holm"], "date": "2025-12-04T00:00:00Z",
         "location": "LONDON", "source": "Reuters", "body": "Oil prices rose on Thursday."},
        {"id": "00000000000000a2", "story": "00000000000000a1", "path": "/archive/daily/oil-copy.txt",
         "title": "Oil climbs", "date": "2025-12-05T00:00:00Z", "body": "Oil prices rose again."}],
        "snippets": [{"body": ["<b>Oil</b> <b>prices</b> rose on Thursday."]}, {"body": []}]})
}

#[test]
fn quickwit_is_asked_the_documented_body_and_its_hits_print_as_newsidx_hits() {
    let fake = Fake::start(Kind::Quickwit);
    fake.with(|e| e.search_reply = Some(quickwit_reply()));
    let engine = format!("quickwit+{}/news", fake.url);
    let args = ["search", "oil prices", "--engine", &engine, "--since", "2025-12", "--until", "2025-12"];
    let run = Sandbox::empty()
        .run(&[&args[..], &["--sort", "date", "-n", "2", "--offset", "5", "--json"]].concat());
    let out = run.expect_code(0).json();
    let asked: Value =
        serde_json::from_str(&fake.requests("POST", "/api/v1/news/search")[0].body).expect("JSON");
    let query = asked["query"].as_str().expect("query").to_string();
    assert!(query.starts_with("+(title_words:\"en_oil\"^2.5 OR body_words:\"en_oil\""), "{query}");
    assert_eq!(
        asked,
        json!({"query": query, "max_hits": 2, "start_offset": 5, "search_field": "title,body,authors,location",
               "snippet_fields": "body", "sort_by": "date", "start_timestamp": 1764547200, "end_timestamp": 1767225600})
    );
    assert_eq!((out["total"].as_u64(), out["query"].as_str()), (Some(7), Some("oil prices")));
    let hits = out["hits"].as_array().expect("hits");
    let ranks: Vec<(u64, &str)> =
        hits.iter().map(|h| (h["rank"].as_u64().unwrap(), h["path"].as_str().unwrap())).collect();
    assert_eq!(ranks, vec![(6, "/archive/wires/oil-1.txt"), (7, "/archive/daily/oil-copy.txt")]);
    assert_eq!(hits[0]["snippet"], "Oil prices rose on Thursday.");
    assert_eq!(hits[0]["highlights"], json!([[0, 3], [4, 10]]));
    assert_eq!((hits[0]["date"].as_str(), hits[0]["source"].as_str()), (Some("2025-12-04"), Some("Reuters")));
    assert_eq!(
        (hits[0]["cluster"].clone(), hits[1]["cluster"].as_str()),
        (Value::Null, Some("00000000000000a1"))
    );
}

#[test]
fn filters_and_the_query_go_to_elasticsearch_as_one_query_string_and_csv_prints_its_hits() {
    let fake = Fake::start(Kind::Elasticsearch);
    let reply = json!({"hits": {"total": {"value": 1}, "hits": [{"_id": "a1", "_score": 2.5,
        "_source": {"id": "a1", "path": "/archive/a.txt", "title": "Summit ends", "authors": ["Steve Holland"],
                    "date": "2025-12-03T00:00:00Z", "body": "The summit ended."},
        "highlight": {"body": ["The <b>summit</b> ended."]}}]}});
    fake.with(|e| e.search_reply = Some(reply));
    let engine = format!("elasticsearch+{}/news", fake.url);
    let run = Sandbox::empty().run(&[
        "search",
        "summit",
        "--engine",
        &engine,
        "--author",
        "Holland",
        "--site",
        "example.org",
        "--format",
        "csv",
    ]);
    let out = run.expect_code(0).stdout;
    let asked: Value = serde_json::from_str(&fake.requests("POST", "/news/_search")[0].body).expect("JSON");
    let query = &asked["query"]["bool"]["must"][0]["query_string"];
    let text = query["query"].as_str().expect("query");
    assert!(text.starts_with("+((title_words:\"en_summit\"^2.5"), "{text}");
    assert!(text.ends_with(") +(authors:\"Holland\") +(domains:\"example.org\")"), "{text}");
    assert_eq!(query["default_operator"], "AND");
    assert_eq!((asked["size"].as_u64(), asked["track_total_hits"].as_bool()), (Some(10), Some(true)));
    let mut lines = out.lines();
    assert!(lines.next().expect("header").starts_with("rank,score,path,title,authors,date"));
    let row = lines.next().expect("a row");
    assert_eq!(row, "1,2.5000,/archive/a.txt,Summit ends,Steve Holland,2025-12-03,,,,The summit ended.,,,0,");
    assert_eq!(lines.next(), None);
}

#[test]
fn no_hits_exit_1_and_an_engine_that_refuses_the_query_exits_2_with_its_words() {
    let fake = Fake::start(Kind::Quickwit);
    let sandbox = Sandbox::empty();
    let engine = format!("quickwit+{}/news", fake.url);
    sandbox.run_with_env(&["search", "nothing"], &[("NEWSIDX_ENGINE", &engine)]).expect_code(1);
    let run = sandbox.run(&["search", "x", "--engine", &format!("quickwit+{}/missing/deeper", fake.url)]);
    let err = run.expect_code(2).stderr;
    assert!(err.contains("/missing/api/v1/deeper/search answered 404: no such route"), "{err}");
    let random = sandbox.run(&["search", "x", "--engine", &engine, "--sort", "random"]).expect_code(2).stderr;
    assert!(random.contains("--sort random is newsidx's own"), "{random}");
}

#[test]
fn stats_on_an_engine_asks_its_aggregations_and_prints_newsidx_buckets() {
    let fake = Fake::start(Kind::Quickwit);
    let day = |d: &str| {
        chrono::DateTime::parse_from_rfc3339(&format!("{d}T00:00:00Z")).expect("day").timestamp_millis()
    };
    fake.with(|e| {
        e.search_reply = Some(json!({"num_hits": 6, "hits": [], "aggregations": {
            "source": {"buckets": [{"key": "Reuters", "doc_count": 4}, {"key": "AP", "doc_count": 2}]},
            "days": {"buckets": [{"key": day("2025-12-30"), "doc_count": 1}, {"key": day("2026-01-02"), "doc_count": 5}]}}}))
    });
    let engine = format!("quickwit+{}/news", fake.url);
    let run = Sandbox::empty()
        .run(&["stats", "oil", "--engine", &engine, "--by", "source", "--by", "month", "--json"]);
    let out = run.expect_code(0).json();
    let asked: Value = serde_json::from_str(&fake.requests("POST", "/search")[0].body).expect("JSON");
    assert_eq!(asked["max_hits"], 0);
    assert_eq!(asked["aggs"]["source"], json!({"terms": {"field": "source", "size": 30}}));
    assert_eq!(asked["aggs"]["days"]["date_histogram"]["field"], "date");
    assert_eq!(out["total"], 6);
    assert_eq!(
        out["facets"][0]["buckets"],
        json!([{"key": "Reuters", "count": 4}, {"key": "AP", "count": 2}])
    );
    assert_eq!(
        out["facets"][1]["buckets"],
        json!([{"key": "2025-12", "count": 1}, {"key": "2026-01", "count": 5}])
    );
}

#[test]
fn a_timeline_on_an_engine_fills_the_empty_periods_from_its_day_histogram() {
    let fake = Fake::start(Kind::Elasticsearch);
    let day = |d: &str| {
        chrono::DateTime::parse_from_rfc3339(&format!("{d}T00:00:00Z")).expect("day").timestamp_millis()
    };
    fake.with(|e| {
        e.search_reply =
            Some(json!({"hits": {"total": {"value": 3}, "hits": []}, "aggregations": {"days": {"buckets": [
            {"key": day("2025-11-03"), "doc_count": 1}, {"key": day("2026-01-09"), "doc_count": 2}]}}}))
    });
    let engine = format!("elasticsearch+{}/news", fake.url);
    let out =
        Sandbox::empty().run(&["timeline", "ferry", "--engine", &engine, "--json"]).expect_code(0).json();
    let asked: Value = serde_json::from_str(&fake.requests("POST", "/news/_search")[0].body).expect("JSON");
    assert_eq!(asked["size"], 0);
    assert_eq!(
        out["series"][0]["buckets"],
        json!([{"key": "2025-11", "count": 1}, {"key": "2025-12", "count": 0}, {"key": "2026-01", "count": 2}])
    );
}
