//! The extractor held to the fields written down for `sample-archive/` and the seed-shaped fixtures.

use crate::harness::{repo, Sandbox};
use serde_json::{json, Value};

fn extract(path: &std::path::Path) -> Vec<Value> {
    let sandbox = Sandbox::empty();
    sandbox.run(&["extract", path.to_str().expect("utf-8 path")]).expect_code(0).json_lines()
}

fn relative(article: &Value, root: &str) -> String {
    let path = article["path"].as_str().expect("path");
    path.split_once(root).map_or(path, |(_, rest)| rest.trim_start_matches('/')).to_string()
}

#[test]
fn sample_archive_fields_match_the_written_expectations() {
    let expected: Vec<Value> = std::fs::read_to_string(repo().join("tests/fixtures/sample-expected.jsonl"))
        .expect("expected fields")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let got = extract(&repo().join("sample-archive"));
    assert_eq!(got.len(), expected.len());
    for want in &expected {
        let path = want["path"].as_str().expect("path");
        let article = got
            .iter()
            .find(|a| relative(a, "sample-archive") == path)
            .unwrap_or_else(|| panic!("{path} missing"));
        for field in ["title", "authors", "date", "location", "source", "section"] {
            assert_eq!(article[field], want[field], "{path}: {field}");
        }
        let body = article["body"].as_str().expect("body");
        let paragraphs: Vec<&str> = body.split("\n\n").collect();
        assert_eq!(
            paragraphs.len() as u64,
            want["paragraphs"].as_u64().expect("count"),
            "{path}: paragraphs"
        );
        assert!(body.starts_with(want["body_starts"].as_str().expect("start")), "{path}: body start");
        assert!(body.ends_with(want["body_ends"].as_str().expect("end")), "{path}: body end");
    }
}

#[test]
fn seed_shaped_page_gives_every_field() {
    let got = extract(&repo().join("tests/fixtures/pages/rome-new-year-mass.txt"));
    let a = &got[0];
    assert_eq!(a["title"], "Crowds gather in Rome for year-end vigil as pope calls for ceasefires");
    assert_eq!(a["authors"], json!(["Giulia Ferraro", "Marco Bellini", "Anna Kowalska"]));
    assert_eq!(a["date"], "2025-12-31", "dateline Dec 31 on a page dated January 1, 2026");
    assert_eq!(a["location"], "ROME/VATICAN CITY");
    assert_eq!(a["source"], "Reuters");
    assert_eq!(a["section"], "Europe");
    let body = a["body"].as_str().expect("body");
    assert!(body.starts_with("Tens of thousands of people gathered"));
    assert!(body.ends_with("had planned their trips for months."));
    for furniture in
        ["Reporting by", "Disclaimer", "Subscribe", "LEAVE A REPLY", "Most Popular", "readers like you"]
    {
        assert!(!body.contains(furniture), "body leaks {furniture:?}");
    }
}

#[test]
fn clean_wire_copy_gives_every_field() {
    let got = extract(&repo().join("tests/fixtures/pages/kyiv-clean-wire.txt"));
    let a = &got[0];
    assert_eq!(a["authors"], json!(["Sofia Marchenko", "Peter Lang"]));
    assert_eq!(a["date"], "2026-01-14");
    assert_eq!(a["location"], "KYIV, Ukraine");
    assert_eq!(a["source"], "AP");
    assert_eq!(a["section"], Value::Null);
    assert_eq!(a["body"].as_str().expect("body").split("\n\n").count(), 3);
    assert!(!a["body"].as_str().expect("body").contains("contributed"));
}

#[test]
fn extract_names_a_missing_path_and_exits_2() {
    let sandbox = Sandbox::empty();
    let run = sandbox.run(&["extract", "no-such-folder"]).expect_code(2);
    assert!(run.stderr.contains("no-such-folder: no such file or folder"), "{}", run.stderr);
}

#[test]
fn explain_names_the_line_and_rule_of_each_field_and_agrees_with_extract() {
    let sandbox = Sandbox::empty();
    let page = "Harbour Post\nFerry fares cut by a fifth for island families\nVon Karla Brandt und Ole Sievers\n\
                March 3, 2026\nKIEL, March 3 (dpa) - The harbour authority cut ferry fares to the outer islands by \
                a fifth on Monday, officials said.\nIslanders said the crossings had become too dear for families \
                over the past year.\n";
    let file = sandbox.write("ferries.txt", page.as_bytes());
    let path = file.to_str().expect("utf-8 path");
    let explained = sandbox.run(&["extract", "--explain", "--json", path]).expect_code(0).json_lines();
    let fields = explained[0]["fields"].as_array().expect("fields");
    let field = |name: &str| fields.iter().find(|f| f["field"] == name).expect("field").clone();
    let extracted = &sandbox.run(&["extract", path]).expect_code(0).json_lines()[0];
    assert_eq!(field("title")["value"], extracted["title"]);
    assert_eq!(field("title")["from"], "line 2, by the ranker; the rules pick it too");
    assert_eq!(field("authors")["value"], "Karla Brandt, Ole Sievers");
    let authors_from = field("authors")["from"].as_str().expect("from").to_string();
    assert!(authors_from.starts_with("line 3: byline: word \"Von\" (de"), "{authors_from}");
    assert_eq!(field("source")["from"], "line 5: dateline, spelled \"dpa\" (agency table)");
    assert_eq!(explained[0]["lines"][4]["role"], "story starts, opens with the dateline");
    let human = sandbox.run(&["extract", "--explain", path]).expect_code(0);
    assert!(human.stdout.contains("    authors   Karla Brandt, Ole Sievers"), "{}", human.stdout);
    sandbox.run(&["extract", "--json", path]).expect_code(2);
}

/// Every field of every article `extract` makes of the sample archive and the fixtures, bodies
/// whole, held in snapshots: any change to what the extractor outputs shows as a diff to review
/// (`cargo insta review`), not only changes to the fields written down above.
#[test]
fn full_extraction_output_is_held_in_snapshots() {
    // The formats fixtures hold one broken JSON line on purpose: exit 2, the rest extracted.
    let sets = [
        ("sample-archive", "sample-archive", 0),
        ("formats", "tests/fixtures/formats", 2),
        ("pages", "tests/fixtures/pages", 0),
    ];
    for (name, root, code) in sets {
        let path = repo().join(root);
        let run = Sandbox::empty().run(&["extract", path.to_str().expect("utf-8 path")]).expect_code(code);
        let mut articles: Vec<Value> = run
            .json_lines()
            .into_iter()
            .map(|mut a| {
                a["path"] = json!(relative(&a, root));
                a
            })
            .collect();
        articles.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
        insta::assert_json_snapshot!(name, articles);
    }
}
