//! `push` against stand-in engines on loopback: the index created from newsidx's own config,
//! every document sent once, nothing sent again when nothing changed, a change and a deletion
//! mirrored, a push killed by a crashing engine resumed without twins, busy answers ridden out,
//! and a refused document or an absent engine named.

use crate::fake_engine::{Fake, Kind};
use crate::harness::Sandbox;
use serde_json::Value;
use std::collections::BTreeSet;

fn indexed() -> Sandbox {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    sandbox
}

/// The ids `export` gives the sandbox's articles.
fn exported_ids(sandbox: &Sandbox) -> BTreeSet<String> {
    let run = sandbox.run(&["export"]).expect_code(0);
    run.json_lines().iter().map(|d| d["id"].as_str().expect("id").to_string()).collect()
}

fn push(sandbox: &Sandbox, fake: &Fake, engine: &str, extra: &[&str]) -> crate::harness::Run {
    let address = format!("{engine}+{}/news", fake.url);
    let mut args = vec!["push", address.as_str(), "--json"];
    args.extend_from_slice(extra);
    sandbox.run(&args)
}

fn held_ids(fake: &Fake) -> BTreeSet<String> {
    fake.with(|e| e.docs.keys().cloned().collect())
}

#[test]
fn a_first_push_creates_the_index_from_the_config_and_sends_every_article_once() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Quickwit);
    let summary = push(&sandbox, &fake, "quickwit", &[]).expect_code(0).json();
    let ids = exported_ids(&sandbox);
    assert_eq!(
        (summary["created_index"].as_bool(), summary["sent"].as_u64()),
        (Some(true), Some(ids.len() as u64))
    );
    assert_eq!((summary["unchanged"].as_u64(), summary["deleted"].as_u64()), (Some(0), Some(0)));
    let config = sandbox.run(&["export", "--config", "quickwit", "--index-id", "news"]).expect_code(0).stdout;
    assert_eq!(fake.with(|e| e.created_with.clone()), Some(config));
    assert_eq!(held_ids(&fake), ids);
    assert_eq!(fake.held(), ids.len());
    let ingests = fake.requests("POST", "/api/v1/news/ingest");
    assert_eq!(ingests.len(), 1);
    assert!(ingests[0].target.contains("commit=force"), "{}", ingests[0].target);
}

#[test]
fn a_push_with_nothing_changed_sends_nothing() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Quickwit);
    push(&sandbox, &fake, "quickwit", &[]).expect_code(0);
    let again = push(&sandbox, &fake, "quickwit", &[]).expect_code(0).json();
    assert_eq!((again["sent"].as_u64(), again["created_index"].as_bool()), (Some(0), Some(false)));
    assert_eq!(again["unchanged"].as_u64(), Some(exported_ids(&sandbox).len() as u64));
    assert_eq!(fake.requests("POST", "/ingest").len(), 1);
    assert!(fake.requests("POST", "/delete-tasks").is_empty());
}

#[test]
fn a_changed_article_replaces_its_old_version_and_a_deleted_one_leaves_quickwit() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Quickwit);
    push(&sandbox, &fake, "quickwit", &[]).expect_code(0);
    let before = exported_ids(&sandbox);
    let story = sandbox.archive().join("wires/ap/2025/12/witkoff-briefs-white-house.txt");
    let text = std::fs::read_to_string(&story).expect("story");
    std::fs::write(&story, text.replacen("White House", "the White House press office", 1)).expect("rewrite");
    std::fs::remove_file(sandbox.archive().join("techlines/startups/2026/03/accra-drone-deliveries.txt"))
        .expect("delete");
    sandbox.index_archive();
    let after = exported_ids(&sandbox);
    let summary = push(&sandbox, &fake, "quickwit", &[]).expect_code(0).json();
    assert_eq!((summary["sent"].as_u64(), summary["deleted"].as_u64()), (Some(1), Some(1)));
    assert_eq!(held_ids(&fake), after);
    assert_eq!(fake.held(), after.len(), "no article is held twice");
    let gone: Vec<&String> = before.difference(&after).collect();
    let deletions = fake.requests("POST", "/delete-tasks");
    assert_eq!(deletions.len(), 2, "the changed article's old version, then the deleted one");
    assert!(deletions[1].body.contains(gone[0].as_str()));
}

#[test]
fn a_push_cut_short_by_a_crashing_engine_resumes_with_what_was_not_acknowledged() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Quickwit);
    fake.with(|e| e.crash_after = Some(2));
    let cut = push(&sandbox, &fake, "quickwit", &["--batch-mb", "0.004", "--retries", "0"]).expect_code(2);
    assert!(cut.stderr.contains("answered 500: indexer crashed"), "{}", cut.stderr);
    let first = fake.held();
    assert!(first > 0 && first < exported_ids(&sandbox).len(), "held {first}");
    fake.with(|e| e.crash_after = None);
    let resumed = push(&sandbox, &fake, "quickwit", &["--batch-mb", "0.004"]).expect_code(0).json();
    let total = exported_ids(&sandbox).len();
    assert_eq!(resumed["sent"].as_u64(), Some((total - first) as u64));
    assert_eq!(resumed["unchanged"].as_u64(), Some(first as u64));
    assert_eq!((held_ids(&fake).len(), fake.held()), (total, total));
}

#[test]
fn busy_answers_are_tried_again() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Quickwit);
    fake.with(|e| e.busy = 2);
    let summary = push(&sandbox, &fake, "quickwit", &["--retries", "3"]).expect_code(0).json();
    assert_eq!(summary["sent"].as_u64(), Some(exported_ids(&sandbox).len() as u64));
    assert_eq!(fake.requests("POST", "/ingest").len(), 3);
}

#[test]
fn a_refused_document_is_named_and_the_others_are_kept() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Quickwit);
    fake.with(|e| e.refuse_path = Some("accra-drone".into()));
    let run = push(&sandbox, &fake, "quickwit", &[]).expect_code(2);
    assert!(
        run.stderr.contains("accra-drone-deliveries.txt") && run.stderr.contains("not rfc3339"),
        "{}",
        run.stderr
    );
    assert_eq!(fake.held(), exported_ids(&sandbox).len() - 1);
}

#[test]
fn elasticsearch_gets_its_mapping_bulk_pairs_under_stable_ids_and_a_refresh() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Elasticsearch);
    let summary = push(&sandbox, &fake, "elasticsearch", &[]).expect_code(0).json();
    let ids = exported_ids(&sandbox);
    assert_eq!(summary["sent"].as_u64(), Some(ids.len() as u64));
    let mapping: Value =
        serde_json::from_str(&fake.with(|e| e.created_with.clone()).expect("created")).expect("JSON");
    let config = sandbox.run(&["export", "--config", "elasticsearch"]).expect_code(0).json();
    assert_eq!(mapping, config);
    assert_eq!(held_ids(&fake), ids);
    assert_eq!(fake.requests("POST", "/news/_refresh").len(), 1);
    std::fs::remove_file(sandbox.archive().join("techlines/startups/2026/03/accra-drone-deliveries.txt"))
        .expect("delete");
    sandbox.index_archive();
    let again = push(&sandbox, &fake, "elasticsearch", &[]).expect_code(0).json();
    assert_eq!((again["sent"].as_u64(), again["deleted"].as_u64()), (Some(0), Some(1)));
    assert_eq!(held_ids(&fake), exported_ids(&sandbox));
}

#[test]
fn a_plain_address_is_asked_what_engine_it_is() {
    let sandbox = indexed();
    let fake = Fake::start(Kind::Elasticsearch);
    let summary = sandbox.run(&["push", &fake.url, "--index-id", "news", "--json"]).expect_code(0).json();
    assert_eq!(
        (summary["engine"].as_str(), summary["index"].as_str()),
        (Some("elasticsearch"), Some("news"))
    );
}

#[test]
fn an_engine_out_of_reach_is_named() {
    let sandbox = indexed();
    let run = sandbox.run(&["push", "quickwit+http://127.0.0.1:9/news", "--retries", "0"]).expect_code(2);
    assert!(run.stderr.contains("cannot reach http://127.0.0.1:9/api/v1/indexes/news"), "{}", run.stderr);
}
