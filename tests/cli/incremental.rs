//! Incremental indexing: only changed, new and vanished files are touched; bad files are named
//! and counted; nothing indexed is lost.

use crate::harness::Sandbox;
use serde_json::json;

fn counts(summary: &serde_json::Value) -> serde_json::Value {
    let mut s = summary.clone();
    s.as_object_mut().expect("object").remove("seconds");
    s
}

#[test]
fn summary_has_exactly_the_documented_keys() {
    let sandbox = Sandbox::with_sample();
    let summary = sandbox.index_archive();
    let mut keys: Vec<&String> = summary.as_object().expect("object").keys().collect();
    keys.sort();
    assert_eq!(keys, ["added", "errors", "removed", "seconds", "seen", "skipped", "unchanged", "updated"]);
    assert_eq!(
        counts(&summary),
        json!({"seen": 12, "added": 12, "updated": 0, "removed": 0, "unchanged": 0, "skipped": 0, "errors": 0})
    );
}

#[test]
fn rerun_without_change_is_all_unchanged() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    assert_eq!(
        counts(&sandbox.index_archive()),
        json!({"seen": 12, "added": 0, "updated": 0, "removed": 0, "unchanged": 12, "skipped": 0, "errors": 0})
    );
}

#[test]
fn modify_delete_add_touches_exactly_those() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let tram = sandbox.archive().join("wires/dpa/2026/02/berlin-tram-strike.txt");
    let text =
        std::fs::read_to_string(&tram).expect("read").replace("Talks between", "Zeppelin talks between");
    std::fs::write(&tram, text).expect("modify");
    std::fs::remove_file(sandbox.archive().join("wires/afp/2026/01/paris-bakery-prices.txt"))
        .expect("delete");
    sandbox.write(
        "new/lisbon-trams.txt",
        b"Lisbon adds night trams\n\nBy Ana Costa\n\nLISBON, March 2 (Reuters) - Lisbon will run trams through the night on weekends from April, the city said on Monday.\n",
    );
    assert_eq!(
        counts(&sandbox.index_archive()),
        json!({"seen": 12, "added": 1, "updated": 1, "removed": 1, "unchanged": 10, "skipped": 0, "errors": 0})
    );
    assert_eq!(sandbox.hit_names(&["zeppelin"]), ["berlin-tram-strike.txt"]);
    assert_eq!(sandbox.hit_names(&["baguette"]), Vec::<String>::new());
    assert_eq!(sandbox.hit_names(&["lisbon trams"]), ["lisbon-trams.txt"]);
    assert_eq!(sandbox.hit_names(&["", "--limit", "50"]).len(), 12);
}

#[test]
fn touched_but_identical_file_stays_unchanged() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let tram = sandbox.archive().join("wires/dpa/2026/02/berlin-tram-strike.txt");
    let bytes = std::fs::read(&tram).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&tram, bytes).expect("rewrite");
    assert_eq!(counts(&sandbox.index_archive())["unchanged"], 12);
}

#[test]
fn bad_files_are_named_counted_and_do_not_stop_the_run() {
    let sandbox = Sandbox::with_sample();
    sandbox.write("junk/empty.txt", b"");
    sandbox.write("junk/image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    sandbox.write("junk/latin1.txt", b"Caf\xe9 owners protest new terrace rules in central Lisbon\n\nLISBON (Reuters) - Owners of caf\xe9s in central Lisbon protested on Monday against new rules for terraces.\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink("missing-target.txt", sandbox.archive().join("junk/dangling.txt"))
        .expect("symlink");
    let run = sandbox.run(&["index", "archive", "--json"]);
    let summary = run.json();
    assert_eq!(summary["skipped"], 2, "{}", run.stderr);
    assert!(run.stderr.contains("empty.txt: skipped: empty file"), "{}", run.stderr);
    assert!(run.stderr.contains("image.txt: skipped: binary file"), "{}", run.stderr);
    assert!(run.stderr.contains("latin1.txt: not UTF-8; decoded as windows-1252"), "{}", run.stderr);
    assert_eq!(sandbox.hit_names(&["café terraces"]), ["latin1.txt"]);
    if cfg!(unix) {
        assert_eq!(run.code, 2, "a dangling link is an error");
        assert_eq!(summary["errors"], 1);
        assert!(run.stderr.contains("dangling.txt"), "{}", run.stderr);
    }
    assert_eq!(summary["added"], 13);
}

#[test]
fn an_index_of_another_schema_version_asks_for_rebuild() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    std::fs::write(sandbox.index().join("newsidx-version"), "0").expect("write version");
    let run = sandbox.run(&["search", "Witkoff"]).expect_code(2);
    assert!(run.stderr.contains("run newsidx index --rebuild"), "{}", run.stderr);
    sandbox.run(&["index", "archive", "--rebuild"]).expect_code(0);
    assert_eq!(sandbox.hit_names(&["Witkoff Kremlin"]).len(), 3);
}

#[test]
fn rebuild_starts_over_and_vanished_roots_keep_their_documents() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let summary = sandbox.run(&["index", "archive", "--rebuild", "--json"]).expect_code(0).json();
    assert_eq!(summary["added"], 12);
    let run = sandbox.run(&["index", "no-such-root", "--json"]).expect_code(2);
    assert!(run.stderr.contains("cannot read no-such-root"), "{}", run.stderr);
    assert_eq!(sandbox.hit_names(&["", "--limit", "50"]).len(), 12, "nothing lost");
}

/// The segments whose files lie in the index folder (32-hex-digit file stems).
fn segments_on_disk(sandbox: &Sandbox) -> std::collections::BTreeSet<String> {
    let entries = std::fs::read_dir(sandbox.index()).expect("index folder");
    entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.split('.').next().map(str::to_string))
        .filter(|stem| stem.len() == 32 && stem.chars().all(|c| c.is_ascii_hexdigit()))
        .collect()
}

#[test]
fn a_small_index_stays_one_segment_and_leaves_no_dead_files() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let first = segments_on_disk(&sandbox);
    assert_eq!(first.len(), 1, "{first:?}");
    sandbox.write(
        "new/one.txt",
        b"Ferries resume\n\nThe ferries to the islands resumed on Monday after the storm, the port said.\n",
    );
    sandbox.write(
        "new/two.txt",
        b"Port reopens\n\nThe port reopened on Tuesday after repairs to the main quay, officials said.\n",
    );
    sandbox.index_archive();
    let second = segments_on_disk(&sandbox);
    assert_eq!(second.len(), 1, "the run's segment merged with the small older one: {second:?}");
    assert!(first.is_disjoint(&second), "the merged-away segment's files are deleted");
    assert_eq!(sandbox.hit_names(&["", "--limit", "50"]).len(), 14);
}

#[test]
fn overlapping_roots_index_each_file_once() {
    let sandbox = Sandbox::with_sample();
    let summary =
        sandbox.run(&["index", "archive", "archive/wires", "./archive", "--json"]).expect_code(0).json();
    assert_eq!(summary["seen"], 12);
    assert_eq!(summary["added"], 12);
    assert_eq!(sandbox.hit_names(&["", "--limit", "50"]).len(), 12);
    let again = sandbox.run(&["index", "archive/wires", "--json"]).expect_code(0).json();
    assert_eq!(again["removed"], 0, "files outside the walked root are not taken for vanished");
}
