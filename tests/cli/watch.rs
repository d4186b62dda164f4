//! `newsidx watch` over several index runs: only what is new is printed, once; changed files
//! are new again; deletions and `--rebuild` make nothing new.

use crate::harness::{file_name, Sandbox};
use serde_json::Value;

const STORY: &str =
    "Kremlin talks resume after a week\n\nBy Ann Lee\n\nMOSCOW, Dec 9 (Reuters) - Talks at the \
                     Kremlin resumed on Tuesday, officials said, after a week of silence between the \
                     delegations.\n\nDiplomats said the talks would run for three days.\n";

fn new_names(run: &Value) -> Vec<String> {
    let new = run["watches"][0]["new"].as_array().expect("new hits");
    new.iter().filter_map(|h| h["path"].as_str()).map(file_name).collect()
}

#[test]
fn run_prints_what_was_indexed_since_the_last_run_and_only_once() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    sandbox.run(&["watch", "add", "kremlin", "kremlin"]).expect_code(0);
    sandbox.run(&["watch", "run", "--json"]).expect_code(1);
    let file = sandbox.write("archive/wires/new-talks.txt", STORY.as_bytes());
    sandbox.index_archive();
    let first = sandbox.run(&["watch", "run", "kremlin", "--json"]).expect_code(0).json();
    assert_eq!(new_names(&first), ["new-talks.txt"]);
    sandbox.run(&["watch", "run", "--json"]).expect_code(1);
    std::fs::write(&file, STORY.replace("three days", "four days")).expect("change the file");
    sandbox.index_archive();
    assert_eq!(new_names(&sandbox.run(&["watch", "run", "--json"]).expect_code(0).json()), ["new-talks.txt"]);
    std::fs::remove_file(&file).expect("delete the file");
    sandbox.index_archive();
    sandbox.run(&["watch", "run", "--json"]).expect_code(1);
    sandbox.run(&["index", "--rebuild", sandbox.archive().to_str().expect("utf-8")]).expect_code(0);
    sandbox.run(&["watch", "run", "--json"]).expect_code(1);
    let listed = sandbox.run(&["watch", "list", "--json"]).expect_code(0).json();
    assert_eq!(listed[0]["name"], "kremlin");
    sandbox.run(&["watch", "add", "kremlin", "other"]).expect_code(2);
    sandbox.run(&["watch", "rm", "kremlin"]).expect_code(0);
    sandbox.run(&["watch", "run", "kremlin"]).expect_code(2);
}
