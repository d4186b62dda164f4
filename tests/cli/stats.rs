//! `newsidx stats` on the indexed sample archive: counts that agree exactly with what `extract`
//! gives the same files, periods in order, several facets at once, and the exit codes.

use crate::harness::{indexed_sample, repo, Sandbox};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

static SAMPLE: OnceLock<Sandbox> = OnceLock::new();

/// How many articles of the sample archive `extract` gives each value of `field` (each author
/// of a list counts once).
fn extracted_counts(field: &str) -> BTreeMap<String, u64> {
    let articles = Sandbox::empty()
        .run(&["extract", repo().join("sample-archive").to_str().expect("utf-8 path")])
        .expect_code(0)
        .json_lines();
    let mut counts = BTreeMap::new();
    for article in &articles {
        let values = match &article[field] {
            Value::Array(items) => items.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            Value::String(s) => vec![s.clone()],
            _ => Vec::new(),
        };
        for value in values {
            *counts.entry(value).or_insert(0) += 1;
        }
    }
    counts
}

fn bucket_map(buckets: &Value) -> BTreeMap<String, u64> {
    let buckets = buckets.as_array().expect("buckets");
    buckets
        .iter()
        .map(|b| (b["key"].as_str().expect("key").to_string(), b["count"].as_u64().expect("count")))
        .collect()
}

#[test]
fn counts_per_author_place_and_agency_are_those_of_the_extracted_articles() {
    let sandbox = indexed_sample(&SAMPLE);
    for (by, field) in
        [("author", "authors"), ("location", "location"), ("source", "source"), ("section", "section")]
    {
        let stats = sandbox.run(&["stats", "--by", by, "--top", "0", "--json"]).expect_code(0).json();
        assert_eq!(stats["by"], by);
        assert_eq!(stats["total"], 12);
        assert_eq!(bucket_map(&stats["buckets"]), extracted_counts(field), "--by {by}");
        let counts: Vec<u64> = stats["buckets"]
            .as_array()
            .expect("buckets")
            .iter()
            .map(|b| b["count"].as_u64().unwrap_or(0))
            .collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "--by {by}: most first");
    }
}

#[test]
fn months_come_in_order_and_top_cuts_names_but_never_periods() {
    let sandbox = indexed_sample(&SAMPLE);
    let stats = sandbox.run(&["stats", "--by", "month", "--top", "2", "--json"]).expect_code(0).json();
    let keys: Vec<&str> =
        stats["buckets"].as_array().expect("buckets").iter().filter_map(|b| b["key"].as_str()).collect();
    assert_eq!(keys, ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
    let counts: u64 =
        stats["buckets"].as_array().expect("buckets").iter().filter_map(|b| b["count"].as_u64()).sum();
    assert_eq!(counts, 12);
    let sources = sandbox.run(&["stats", "--by", "source", "-n", "2", "-f", "csv"]).expect_code(0);
    assert_eq!(sources.stdout, "key,count\nReuters,3\nAP,2\n");
    let limited = sandbox.run(&["stats", "--by", "source", "--limit", "2", "-f", "csv"]).expect_code(0);
    assert_eq!(limited.stdout, sources.stdout, "--limit, as search calls it, is --top");
}

#[test]
fn bench_counts_again_in_process_and_prints_the_same_counts() {
    let sandbox = indexed_sample(&SAMPLE);
    let plain = sandbox.run(&["stats", "--by", "source", "--json"]).expect_code(0);
    let timed = sandbox.run(&["stats", "--by", "source", "--json", "--bench", "3"]).expect_code(0);
    assert_eq!(timed.stdout, plain.stdout);
    assert!(timed.stderr.starts_with("in-process latency over 3 runs: p50 "), "{}", timed.stderr);
    let too_many = sandbox.run(&["stats", "--by", "source", "--bench", "100001"]).expect_code(2);
    assert!(too_many.stderr.contains("--bench"), "{}", too_many.stderr);
}

#[test]
fn several_facets_a_query_and_filters_narrow_the_counts() {
    let sandbox = indexed_sample(&SAMPLE);
    let stats = sandbox
        .run(&["stats", "-b", "source", "-b", "year", "--source", "reuters", "-j"])
        .expect_code(0)
        .json();
    assert_eq!(stats["total"], 3);
    assert_eq!(stats["facets"][0]["by"], "source");
    assert_eq!(bucket_map(&stats["facets"][0]["buckets"]), BTreeMap::from([("Reuters".to_string(), 3)]));
    assert_eq!(stats["facets"][1]["by"], "year");
    let none = sandbox.run(&["stats", "zzyzxnotaword", "--by", "source", "--json"]).expect_code(1).json();
    assert_eq!(none["total"], 0);
    assert_eq!(none["buckets"], serde_json::json!([]));
    sandbox.run(&["stats", "--by", "colour"]).expect_code(2);
    sandbox.run(&["stats", "oil"]).expect_code(2);
}

#[test]
fn search_facets_count_the_whole_result_set_beside_a_page_of_hits() {
    let sandbox = indexed_sample(&SAMPLE);
    let page =
        sandbox.run(&["search", "", "-n", "1", "--json", "--facets", "source,month"]).expect_code(0).json();
    assert_eq!(page["hits"].as_array().map(Vec::len), Some(1));
    let stats = sandbox.run(&["stats", "--by", "source", "--top", "0", "--json"]).expect_code(0).json();
    assert_eq!(page["facets"]["source"], stats["buckets"]);
    let months = page["facets"]["month"].as_array().expect("months");
    assert_eq!(months.iter().filter_map(|m| m["count"].as_u64()).sum::<u64>(), 12);
    let plain = sandbox.run(&["search", "", "--json"]).expect_code(0).json();
    assert!(plain.get("facets").is_none(), "no facets unless asked for");
    sandbox.run(&["search", "oil", "--facets", "source"]).expect_code(2);
}

#[test]
fn related_lists_the_articles_on_the_same_story_first_and_never_the_article_itself() {
    let sandbox = indexed_sample(&SAMPLE);
    let article = sandbox.archive().join("dailyledger/world/2025/12/witkoff-kremlin-talks-end.txt");
    let path = article.to_str().expect("utf-8 path");
    let related = sandbox.run(&["related", path, "-n", "2", "--json"]).expect_code(0).json();
    let names: Vec<String> = related["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter_map(|h| h["path"].as_str())
        .map(crate::harness::file_name)
        .collect();
    assert_eq!(names, ["witkoff-briefs-white-house.txt", "kyiv-energy-witkoff.txt"]);
    let all = sandbox.run(&["related", path, "-n", "100", "--json"]).expect_code(0).json();
    let paths: Vec<&str> =
        all["hits"].as_array().expect("hits").iter().filter_map(|h| h["path"].as_str()).collect();
    assert!(!paths.iter().any(|p| p.ends_with("witkoff-kremlin-talks-end.txt")), "{paths:?}");
    assert_eq!(paths.len(), 2, "stories sharing a word or two are not related: {paths:?}");
    assert_eq!(all["total"], 2);
    sandbox.run(&["related", "/no/such/article.txt"]).expect_code(2);
}

#[test]
fn an_article_on_a_subject_nobody_else_covered_has_no_related_articles() {
    let sandbox = indexed_sample(&SAMPLE);
    let article = sandbox.archive().join("sportsdesk/football/2026/03/northfield-cup-final.txt");
    let related =
        sandbox.run(&["related", article.to_str().expect("utf-8 path"), "--json"]).expect_code(1).json();
    assert_eq!(related["total"], 0);
    assert_eq!(related["hits"].as_array().map(Vec::len), Some(0));
}

#[test]
fn words_over_represented_in_the_hits_come_first_and_words_everywhere_not_at_all() {
    let sandbox = indexed_sample(&SAMPLE);
    let words =
        sandbox.run(&["stats", "talks", "--by", "word", "--top", "0", "--json"]).expect_code(0).json();
    let buckets = words["buckets"].as_array().expect("buckets");
    assert_eq!(buckets[0]["key"], "talks");
    assert_eq!(buckets[0]["count"], words["total"]);
    let scores: Vec<f64> = buckets.iter().filter_map(|b| b["score"].as_f64()).collect();
    assert_eq!(scores.len(), buckets.len());
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first: {scores:?}");
    assert!(buckets.iter().all(|b| b["archive"].as_u64() >= b["count"].as_u64()));
    assert!(!buckets.iter().any(|b| b["key"] == "the"), "a word of every article scores nothing");
    let page = sandbox.run(&["search", "talks", "--json", "--facets", "word"]).expect_code(0).json();
    assert_eq!(page["facets"]["word"][0]["key"], "talks");
}
