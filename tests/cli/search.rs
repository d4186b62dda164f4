//! Searching the indexed sample archive: ranking, filters, output formats, exit codes, `show`.

use crate::harness::{file_name, indexed_sample, Sandbox};
use std::sync::OnceLock;

/// One indexed copy of the sample archive shared by the read-only tests.
fn indexed() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    indexed_sample(&SANDBOX)
}

#[test]
fn witkoff_kremlin_ranks_the_kremlin_stories_first() {
    let names = indexed().hit_names(&["Witkoff Kremlin"]);
    assert_eq!(
        names,
        ["witkoff-kremlin-talks-end.txt", "witkoff-briefs-white-house.txt", "kyiv-energy-witkoff.txt"]
    );
}

#[test]
fn words_are_anded_unless_or_is_written() {
    assert_eq!(indexed().hit_names(&["ferry baguette"]), Vec::<String>::new());
    let mut either = indexed().hit_names(&["ferry OR baguette"]);
    either.sort();
    assert_eq!(either, ["harbor-ferry-fares.txt", "paris-bakery-prices.txt"]);
}

#[test]
fn not_phrases_and_fields_work() {
    assert_eq!(indexed().hit_names(&["kremlin -witkoff"]), Vec::<String>::new());
    assert_eq!(indexed().hit_names(&["kremlin NOT ceasefire"]).len(), 2);
    assert_eq!(indexed().hit_names(&["\"stopgap budget\""]), ["springfield-budget-vote.txt"]);
    assert_eq!(indexed().hit_names(&["title:tram"]), ["berlin-tram-strike.txt"]);
    assert_eq!(indexed().hit_names(&["section:sport"]), ["northfield-cup-final.txt"]);
    assert_eq!(indexed().hit_names(&["source:afp"]), ["paris-bakery-prices.txt"]);
}

#[test]
fn accents_fold_and_words_stem() {
    assert_eq!(indexed().hit_names(&["Muller"]), ["berlin-tram-strike.txt"]);
    assert_eq!(indexed().hit_names(&["author:müller"]), ["berlin-tram-strike.txt"]);
    assert!(indexed().hit_names(&["planting"]).contains(&"nairobi-tree-planting.txt".to_string()));
    assert!(indexed().hit_names(&["plants"]).contains(&"nairobi-tree-planting.txt".to_string()));
}

#[test]
fn each_filter_narrows_exactly() {
    let s = indexed();
    assert_eq!(s.hit_names(&["", "--author", "Volkova"]), ["witkoff-kremlin-talks-end.txt"]);
    assert_eq!(s.hit_names(&["talks", "--author", "maria sokolova"]), ["witkoff-briefs-white-house.txt"]);
    assert_eq!(s.hit_names(&["", "--location", "Springfield"]), ["springfield-budget-vote.txt"]);
    let mut ap = s.hit_names(&["", "--source", "Associated Press"]);
    ap.sort();
    assert_eq!(ap, ["springfield-budget-vote.txt", "witkoff-briefs-white-house.txt"]);
    assert_eq!(s.hit_names(&["", "--source", "dpa"]), ["berlin-tram-strike.txt"]);
    assert_eq!(s.hit_names(&["", "--section", "world"]), ["witkoff-kremlin-talks-end.txt"]);
    let december =
        s.hit_names(&["", "--since", "2025-12", "--until", "2025-12", "--sort", "date", "--limit", "50"]);
    assert_eq!(
        december,
        [
            "tokyo-port-year-end-volumes.txt",
            "kyiv-energy-witkoff.txt",
            "witkoff-briefs-white-house.txt",
            "witkoff-kremlin-talks-end.txt"
        ]
    );
    assert_eq!(s.hit_names(&["", "--since", "2026-03-11", "--limit", "50"]), ["northfield-cup-final.txt"]);
    assert_eq!(s.hit_names(&["", "--until", "2025-10", "--limit", "50"]), ["harbor-ferry-fares.txt"]);
}

#[test]
fn json_output_has_every_documented_field() {
    let run = indexed().run(&["search", "Witkoff Kremlin", "--json"]).expect_code(0);
    let v = run.json();
    assert_eq!(v["query"], "Witkoff Kremlin");
    assert_eq!(v["total"], 3);
    let hit = &v["hits"][0];
    for key in [
        "rank",
        "score",
        "path",
        "title",
        "authors",
        "date",
        "location",
        "source",
        "section",
        "snippet",
        "highlights",
    ] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    assert_eq!(hit["rank"], 1);
    assert_eq!(hit["authors"], serde_json::json!(["Irina Volkova", "Thomas Brandt"]));
    let snippet = hit["snippet"].as_str().expect("snippet");
    let ranges = hit["highlights"].as_array().expect("highlights");
    assert!(!ranges.is_empty());
    for range in ranges {
        let (start, end) =
            (range[0].as_u64().expect("start") as usize, range[1].as_u64().expect("end") as usize);
        let word = snippet[start..end].to_lowercase();
        assert!(word == "witkoff" || word == "kremlin", "highlighted {word:?}");
    }
}

#[test]
fn jsonl_and_csv_parse() {
    let lines = indexed().run(&["search", "talks", "--format", "jsonl"]).expect_code(0).json_lines();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines.iter().map(|h| h["rank"].as_u64().expect("rank")).collect::<Vec<_>>(), [1, 2, 3, 4]);
    let csv_text = indexed().run(&["search", "talks", "--format", "csv"]).expect_code(0).stdout;
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "rank", "score", "path", "title", "authors", "date", "location", "source", "section", "snippet",
            "url", "cluster", "copies", "outlet"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(file_name(&rows[0][2]), lines[0]["path"].as_str().map(file_name).expect("path"));
}

#[test]
fn limit_and_offset_page_through_hits() {
    let all = indexed().hit_names(&["", "--sort", "date", "--limit", "50"]);
    assert_eq!(all.len(), 12);
    let page = indexed().hit_names(&["", "--sort", "date", "--limit", "3", "--offset", "3"]);
    assert_eq!(page, all[3..6]);
}

#[test]
fn human_output_lists_hits_with_facts() {
    let out = indexed().run(&["search", "Witkoff Kremlin"]).expect_code(0).stdout;
    assert!(out.starts_with("1. Witkoff leaves Kremlin talks with no deal on Ukraine ceasefire\n"), "{out}");
    assert!(
        out.contains(
            "\n   2025-12-02 · by Irina Volkova, Thomas Brandt · dateline MOSCOW (Reuters) · section World\n"
        ),
        "{out}"
    );
    assert!(out.contains("hits 1–3 of 3 for \"Witkoff Kremlin\""));
    assert!(!out.contains('\x1b'), "no colour when piped");
}

#[test]
fn exit_codes_say_hits_none_or_error() {
    let s = indexed();
    s.run(&["search", "Witkoff"]).expect_code(0);
    s.run(&["search", "zeppelin"]).expect_code(1);
    let bad = s.run(&["search", "\"unbalanced"]).expect_code(2);
    assert!(bad.stderr.contains("bad query"), "{}", bad.stderr);
    assert_eq!(bad.stderr.lines().count(), 1);
    let date = s.run(&["search", "x", "--since", "2026-13-45"]).expect_code(2);
    assert!(date.stderr.contains("bad date \"2026-13-45\""), "{}", date.stderr);
    let missing = s.run(&["search", "x", "--index", "nowhere"]).expect_code(2);
    assert!(
        missing.stderr.contains("no index at nowhere — run newsidx index PATH first"),
        "{}",
        missing.stderr
    );
}

#[test]
fn show_prints_every_field() {
    let s = indexed();
    let path = s.archive().join("wires/dpa/2026/02/berlin-tram-strike.txt");
    let run = s.run(&["show", path.to_str().expect("path"), "--json"]).expect_code(0);
    let a = run.json();
    assert_eq!(a["title"], "Berlin tram drivers strike for 24 hours over pay and shift rules");
    assert_eq!(a["authors"], serde_json::json!(["Jürgen Müller"]));
    assert_eq!(a["source"], "dpa");
    assert!(a["body"].as_str().expect("body").ends_with("due to resume on Thursday."));
    let text = s.run(&["show", "archive/wires/dpa/2026/02/berlin-tram-strike.txt"]).expect_code(0).stdout;
    assert!(text.contains("location: BERLIN"));
    s.run(&["show", "archive/nope.txt"]).expect_code(2);
}

#[test]
fn a_random_sample_is_the_same_for_a_seed_across_runs_and_rebuilds_and_differs_by_seed() {
    let sandbox = crate::harness::Sandbox::with_sample();
    sandbox.index_archive();
    let sample = |seed: &str| sandbox.hit_names(&["", "--sort", "random", "--seed", seed, "-n", "5"]);
    let first = sample("7");
    assert_eq!(first.len(), 5);
    assert_eq!(sample("7"), first);
    assert_ne!(sample("8"), first);
    let mut every = sandbox.hit_names(&["", "--sort", "random", "--seed", "7", "-n", "0"]);
    assert_eq!(every[..5], first[..]);
    every.sort();
    every.dedup();
    assert_eq!(every.len(), 12, "every article once");
    sandbox.run(&["index", "--rebuild", sandbox.archive().to_str().expect("utf-8")]).expect_code(0);
    assert_eq!(sample("7"), first, "the order comes from the paths, not from where documents sit");
}
