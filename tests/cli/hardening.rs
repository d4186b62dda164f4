//! Hostile archives, killed runs, a held lock, a damaged index and bad queries: no panic, every
//! problem named, nothing indexed lost.

use crate::harness::{file_name, Sandbox};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

fn snapshot(dir: &Path) -> BTreeSet<(String, u64, SystemTime)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let meta = e.path().symlink_metadata().ok()?;
            Some((e.path().to_string_lossy().into_owned(), meta.len(), meta.modified().ok()?))
        })
        .collect()
}

#[test]
fn a_hostile_archive_is_indexed_without_panic_and_every_skip_is_named() {
    let sandbox = Sandbox::with_sample();
    sandbox.write("junk/empty.txt", b"");
    sandbox.write("junk/binary.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3, 255, 0]);
    sandbox.write("junk/latin1.txt", b"Caf\xe9 owners protest terrace rules\n\nLISBON (Reuters) - Owners of caf\xe9s in Lisbon protested on Monday against the new rules.\n");
    sandbox.write("junk/truncated.html", b"<html><head><title>Port strike ends | Site</title></head><body><article><h1>Port strike ends</h1><p>DOCKERS returned to work on Monday after a week-long strike over pay, the union said in a statement");
    let deep = format!(
        "<html><body>{}<p>Deep.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    sandbox.write("junk/deep.html", deep.as_bytes());
    sandbox.write("junk/feed.jsonl", b"{\"title\": \"Good record\", \"text\": \"A good record with a full sentence of text in it.\"}\n{not json\n");
    let one_line = "word ".repeat(600_000) + "end.";
    sandbox.write("junk/one-line.txt", one_line.as_bytes());
    let fifty_mb = "word ".repeat(10 * 1024 * 1024);
    sandbox.write("junk/one-line-50mb.txt", fifty_mb.as_bytes());
    let big = std::fs::File::create(sandbox.archive().join("junk/huge.txt")).expect("create");
    big.set_len(200 * 1024 * 1024).expect("sparse 200 MB file");
    sandbox.write("junk/-rf.txt", b"Dash-named file is read as a file\n\nPARIS (AFP) - A file whose name starts with a dash is read like any other file.\n");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9-name.txt");
        std::fs::write(sandbox.archive().join("junk").join(name), "Name not in UTF-8\n\nROME (Reuters) - The file's name is not valid UTF-8 but its text is fine.\n").expect("write");
        std::fs::create_dir_all(sandbox.archive().join("junk/loop")).expect("mkdir");
        std::os::unix::fs::symlink(sandbox.archive().join("junk"), sandbox.archive().join("junk/loop/back"))
            .expect("symlink");
    }
    let mut read_only =
        std::fs::metadata(sandbox.archive().join("junk/latin1.txt")).expect("meta").permissions();
    read_only.set_readonly(true);
    std::fs::set_permissions(sandbox.archive().join("junk/latin1.txt"), read_only).expect("read-only");
    let before = snapshot(&sandbox.archive());
    let run = sandbox.run(&["index", "archive", "--json"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, 2, "broken JSON line and symlink loop are errors\n{}", run.stderr);
    for named in [
        "empty.txt: skipped: empty file",
        "binary.txt: skipped: binary file",
        "latin1.txt: not UTF-8",
        "deep.html: skipped: HTML nested about",
        "feed.jsonl: line 2: invalid JSON",
        "huge.txt: skipped: 200.0 MB is over the 20.0 MB size limit",
        "one-line-50mb.txt: skipped: 50.0 MB is over the 20.0 MB size limit",
    ] {
        assert!(run.stderr.contains(named), "{named} not reported:\n{}", run.stderr);
    }
    let summary = run.json();
    assert_eq!(summary["skipped"], 5, "{}", run.stderr);
    let all = sandbox.hit_names(&["", "--limit", "100"]);
    for good in [
        "witkoff-kremlin-talks-end.txt",
        "latin1.txt",
        "truncated.html",
        "feed.jsonl#1",
        "one-line.txt",
        "-rf.txt",
    ] {
        assert!(all.iter().any(|n| n == good), "{good} not indexed: {all:?}");
    }
    assert_eq!(all.len(), 12 + 5 + usize::from(cfg!(unix)), "{all:?}");
    assert_eq!(snapshot(&sandbox.archive()), before, "the archive was written to");
}

/// Writes `n` small articles under `archive/many`.
fn many_articles(sandbox: &Sandbox, n: usize) -> BTreeSet<String> {
    (0..n)
        .map(|i| {
            let text = format!("Story number {i} about harbour cranes\n\nBy Ann Lee\n\nOSLO, March {} (Reuters) - Harbour story {i} says the cranes were repaired on time and the port reopened.\n", 1 + i % 28);
            let path = sandbox.write(&format!("many/{:02}/story-{i:05}.txt", i % 50), text.as_bytes());
            file_name(path.to_str().expect("utf-8"))
        })
        .collect()
}

fn indexed_names(sandbox: &Sandbox) -> Vec<String> {
    sandbox.hit_names(&["", "--limit", "100000"])
}

#[test]
fn runs_killed_at_random_moments_lose_nothing_and_converge() {
    let sandbox = Sandbox::empty();
    let files = many_articles(&sandbox, 3000);
    let binary = assert_cmd::cargo::cargo_bin("newsidx");
    let mut seed: u64 = 0x5eed_1234;
    for _ in 0..20 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let delay = Duration::from_millis(5 + (seed >> 33) % 400);
        let mut child = Command::new(&binary)
            .args(["index", "archive", "--commit-every", "250"])
            .env("NEWSIDX_INDEX", sandbox.index())
            .current_dir(sandbox.archive().parent().expect("sandbox"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        if sandbox.index().join("meta.json").exists() {
            let run = sandbox.run(&["search", "harbour"]);
            assert!(run.code == 0 || run.code == 1, "index unusable after a kill:\n{}", run.stderr);
            let names = indexed_names(&sandbox);
            let unique: BTreeSet<&String> = names.iter().collect();
            assert_eq!(unique.len(), names.len(), "duplicates after a kill");
        }
    }
    sandbox.run(&["index", "archive"]).expect_code(0);
    let names = indexed_names(&sandbox);
    assert_eq!(names.len(), files.len(), "no duplicates, nothing missing");
    assert_eq!(names.into_iter().collect::<BTreeSet<_>>(), files);
    let summary = sandbox.run(&["index", "archive", "--json"]).expect_code(0).json();
    assert_eq!(summary["unchanged"], 3000);
}

#[test]
fn a_second_indexer_is_told_the_index_is_locked_and_search_still_answers() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let index = tantivy::Index::open_in_dir(sandbox.index()).expect("open");
    let writer: tantivy::IndexWriter = index.writer(15_000_000).expect("take the lock");
    let run = sandbox.run(&["index", "archive"]).expect_code(2);
    let dir = sandbox.index().display().to_string();
    assert!(
        run.stderr.contains(&format!("index {dir} is locked by another newsidx process")),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1);
    sandbox.run(&["search", "Witkoff"]).expect_code(0);
    drop(writer);
    sandbox.run(&["index", "archive"]).expect_code(0);
}

fn segment_file(index: &Path, ext: &str) -> std::path::PathBuf {
    std::fs::read_dir(index)
        .expect("index dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == ext))
        .unwrap_or_else(|| panic!("no .{ext} file"))
}

fn assert_damaged(sandbox: &Sandbox) {
    for args in [vec!["search", "Witkoff"], vec!["search", "", "--limit", "50"]] {
        let run = sandbox.run(&args);
        assert_eq!(run.code, 2, "{args:?}\n{}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert!(run.stderr.contains("is damaged") && run.stderr.contains("--rebuild"), "{}", run.stderr);
    }
}

#[test]
fn a_damaged_index_says_so_and_rebuild_repairs_it() {
    for damage in ["garbage meta", "deleted segment file", "truncated store", "truncated postings"] {
        let sandbox = Sandbox::with_sample();
        sandbox.index_archive();
        let index = sandbox.index();
        match damage {
            "garbage meta" => std::fs::write(index.join("meta.json"), "{not json").expect("write"),
            "deleted segment file" => std::fs::remove_file(segment_file(&index, "term")).expect("remove"),
            "truncated store" => truncate(&segment_file(&index, "store")),
            _ => truncate(&segment_file(&index, "idx")),
        }
        assert_damaged(&sandbox);
        sandbox.run(&["index", "archive", "--rebuild"]).expect_code(0);
        assert_eq!(sandbox.hit_names(&["Witkoff Kremlin"]).len(), 3, "{damage}: rebuilt");
    }
}

fn truncate(path: &Path) {
    let len = std::fs::metadata(path).expect("meta").len();
    std::fs::OpenOptions::new().write(true).open(path).expect("open").set_len(len / 2).expect("truncate");
}

#[test]
fn bad_queries_get_one_clear_line_and_exit_2() {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let long = "witkoff ".repeat(3000);
    let deep = format!("{}kremlin{}", "(".repeat(200), ")".repeat(200));
    let cases: [(&[&str], &str); 6] = [
        (&["search", &long], "more than the 10000 allowed"),
        (&["search", &deep], "nested 200 deep"),
        (&["search", "\"unbalanced quote"], "bad query"),
        (&["search", "((kremlin"], "bad query"),
        (&["search", "nosuchfield:kremlin"], "bad query"),
        (&["search", "x", "--until", "2026-02-30"], "bad date \"2026-02-30\""),
    ];
    for (args, expected) in cases {
        let run = sandbox.run(args);
        assert_eq!(run.code, 2, "{expected}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(run.stderr.len() < 400, "a short line: {}", run.stderr);
    }
}

#[test]
fn a_reader_that_closes_the_pipe_early_is_not_an_error() {
    let sandbox = Sandbox::empty();
    many_articles(&sandbox, 1500);
    sandbox.run(&["index", "archive"]).expect_code(0);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("newsidx"))
        .args(["search", "", "--limit", "1500"])
        .env("NEWSIDX_INDEX", sandbox.index())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 64];
    std::io::Read::read(child.stdout.as_mut().expect("stdout"), &mut first).expect("read");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}
