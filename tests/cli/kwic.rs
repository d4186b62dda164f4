//! `newsidx kwic` on the indexed sample archive: every occurrence, stemmed as search matches,
//! aligned, ordered, in every format.

use crate::harness::{indexed_sample, Sandbox};
use serde_json::Value;
use std::sync::OnceLock;

static SAMPLE: OnceLock<Sandbox> = OnceLock::new();

fn lines(value: &Value) -> Vec<Value> {
    value["lines"].as_array().expect("lines").clone()
}

#[test]
fn every_occurrence_of_a_stemmed_word_is_a_line_newest_article_first() {
    let sandbox = indexed_sample(&SAMPLE);
    let found = sandbox.run(&["kwic", "talks", "--json"]).expect_code(0).json();
    let all = lines(&found);
    assert_eq!(found["total"].as_u64(), Some(all.len() as u64));
    assert!(all.len() >= 5, "{found}");
    for line in &all {
        let word = line["match"].as_str().expect("match").to_lowercase();
        assert!(word.starts_with("talk"), "{line}");
        assert!(line["left"].as_str().expect("left").chars().count() <= 40);
    }
    let dates: Vec<&str> = all.iter().filter_map(|l| l["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");
    let hits = sandbox.run(&["search", "talks", "-n", "0", "--json"]).expect_code(0).json();
    let paths: std::collections::BTreeSet<&str> = all.iter().filter_map(|l| l["path"].as_str()).collect();
    assert_eq!(
        paths.len() as u64,
        hits["total"].as_u64().unwrap_or(0),
        "each matching article has its lines"
    );
}

#[test]
fn sorting_by_the_left_word_limits_widths_and_formats() {
    let sandbox = indexed_sample(&SAMPLE);
    let sorted =
        sandbox.run(&["kwic", "talks", "--sort", "left", "-w", "20", "--json"]).expect_code(0).json();
    let nearest: Vec<String> = lines(&sorted)
        .iter()
        .map(|l| l["left"].as_str().unwrap_or("").split_whitespace().last().unwrap_or("").to_lowercase())
        .collect();
    let mut in_order = nearest.clone();
    in_order.sort();
    assert_eq!(nearest, in_order);
    let text = sandbox.run(&["kwic", "talks", "-w", "20", "-n", "3", "--color", "never"]).expect_code(0);
    let columns: Vec<usize> = text
        .stdout
        .lines()
        .map(|l| l.to_lowercase().find("talk").map(|at| l[..at].chars().count()).unwrap_or(0))
        .collect();
    assert_eq!(columns, [20, 20, 20], "{}", text.stdout);
    let csv = sandbox.run(&["kwic", "talks", "-n", "1", "-f", "csv"]).expect_code(0);
    assert!(csv.stdout.starts_with("path,date,source,left,match,right\n"));
    sandbox.run(&["kwic", "zzyzxnotaword"]).expect_code(1);
}
