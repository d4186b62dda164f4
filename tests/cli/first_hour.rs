//! What a new user hit in a first hour: numbers past any index size, empty pages, swapped
//! dates, closed pipes, an index inside its archive, colour conventions, queries that start
//! with `-`, and errors that say where the query went wrong.

use crate::harness::{indexed_sample, Sandbox};
use proptest::prelude::*;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

fn indexed() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    indexed_sample(&SANDBOX)
}

#[test]
fn limits_and_offsets_past_the_index_size_are_no_crash() {
    let s = indexed();
    let huge = s.run(&["search", "Witkoff", "--limit", "100000000000", "--json"]).expect_code(0);
    assert_eq!(huge.json()["hits"].as_array().map(Vec::len), Some(3));
    s.run(&["search", "Witkoff", "--limit", "18446744073709551615"]).expect_code(0);
    let past = s.run(&["search", "Witkoff", "--offset", "18446744073709551615", "--json"]).expect_code(1);
    assert_eq!(
        (past.json()["total"].as_u64(), past.json()["hits"].as_array().map(Vec::len)),
        (Some(3), Some(0))
    );
}

#[test]
fn limit_zero_prints_every_hit() {
    let run = indexed().run(&["search", "", "--limit", "0", "--format", "jsonl"]).expect_code(0);
    assert_eq!(run.json_lines().len(), 12);
    let ranks: Vec<u64> = run.json_lines().iter().filter_map(|h| h["rank"].as_u64()).collect();
    assert_eq!(ranks, (1..=12).collect::<Vec<u64>>());
}

#[test]
fn a_page_past_the_last_hit_says_so_and_exits_1() {
    let run = indexed().run(&["search", "", "--sort", "date", "--limit", "20", "--offset", "20"]);
    let run = run.expect_code(1);
    assert_eq!(run.stdout, "no hits past 20 (12 in total for \"\")\n");
    assert_eq!(indexed().run(&["search", "zeppelin"]).expect_code(1).stdout, "no hits for \"zeppelin\"\n");
}

#[test]
fn swapped_or_impossible_dates_are_user_errors() {
    let swapped = indexed().run(&["search", "", "--since", "2026", "--until", "2025"]).expect_code(2);
    assert_eq!(
        swapped.stderr,
        "newsidx: --since 2026-01-01 is after --until 2025-12-31: no day is in that range\n"
    );
    let no_day = indexed().run(&["search", "", "--since", "2025-02-30"]).expect_code(2);
    assert_eq!(no_day.stderr, "newsidx: bad date \"2025-02-30\": there is no such day\n");
}

#[test]
fn a_closed_pipe_is_success_for_every_format() {
    let binary = assert_cmd::cargo::cargo_bin("newsidx");
    for format in ["text", "json", "jsonl", "csv"] {
        let mut child = Command::new(&binary)
            .args(["search", "", "--limit", "1000", "--format", format])
            .env("NEWSIDX_INDEX", indexed().index())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn an_index_inside_its_archive_is_never_crawled() {
    let s = Sandbox::with_sample();
    let first = s.run(&["index", "archive", "--index", "archive/idx", "--json"]).expect_code(0).json();
    assert_eq!(first["added"], 12);
    let again = s.run(&["index", "archive", "--index", "archive/idx", "--json"]).expect_code(0).json();
    assert_eq!(
        (again["seen"].as_u64(), again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(12), Some(0), Some(12))
    );
    let all = s.run(&["search", "", "--index", "archive/idx", "--json"]).expect_code(0).json();
    assert_eq!(all["total"], 12);
}

#[test]
fn no_index_is_made_for_missing_roots_or_in_a_foreign_folder() {
    let s = Sandbox::empty();
    let missing = s.run(&["index", "no-such-folder"]).expect_code(2);
    assert!(missing.stderr.contains("cannot read no-such-folder"), "{}", missing.stderr);
    assert!(missing.stderr.contains("nothing to index"), "{}", missing.stderr);
    assert!(!s.index().exists(), "no index folder created");
    let search = s.run(&["search", "x"]).expect_code(2);
    assert!(search.stderr.contains("no index at"), "{}", search.stderr);
    s.write("notes.txt", b"Shopping list\n\nMilk and bread for the week ahead, and some tea.\n");
    let foreign = s.run(&["index", "archive", "--index", "archive"]).expect_code(2);
    assert!(
        foreign.stderr.contains("archive is not empty and holds no newsidx index (it holds notes.txt)"),
        "{}",
        foreign.stderr
    );
    assert!(!s.archive().join("meta.json").exists(), "nothing written into the foreign folder");
}

#[test]
fn date_queries_are_day_ranges_and_fuzzy_queries_are_refused() {
    let s = indexed();
    let count = |q: &str| s.run(&["search", q, "--json"]).json()["total"].as_u64();
    let december = s.run(&["search", "", "--since", "2025-12", "--until", "2025-12", "--json"]).json();
    assert_eq!(count("date:2025-12"), december["total"].as_u64());
    assert_eq!(count("date:2025-12-02 Witkoff"), Some(1));
    assert_eq!(count("date:[2025-12-02 TO 2025-12-04] Witkoff"), Some(2));
    let bad_day = s.run(&["search", "date:2025-13"]).expect_code(2);
    assert!(bad_day.stderr.contains("there is no such month"), "{}", bad_day.stderr);
    let fuzzy = s.run(&["search", "swift~1"]).expect_code(2);
    assert!(fuzzy.stderr.contains("fuzzy matching (swift~1) is not supported"), "{}", fuzzy.stderr);
}

#[test]
fn query_errors_point_at_the_fault() {
    let syntax = indexed().run(&["search", "title:("]).expect_code(2);
    assert_eq!(syntax.stderr, "newsidx: bad query \"title:(\": syntax error at character 8: expected word\n");
    let field = indexed().run(&["search", "foo:bar"]).expect_code(2);
    assert!(
        field.stderr.contains(
            "there is no field \"foo\"; the fields are title, body, author, location, source, section, outlet, date"
        ),
        "{}",
        field.stderr
    );
}

#[test]
fn a_query_may_start_with_a_dash() {
    let without = indexed().run(&["search", "-witkoff", "--json"]).expect_code(0).json();
    assert_eq!(without["total"], 9, "12 articles, 3 name Witkoff");
    let short = indexed().run(&["search", "-n", "2", "-witkoff", "-j"]).expect_code(0).json();
    assert_eq!((short["total"].as_u64(), short["hits"].as_array().map(Vec::len)), (Some(9), Some(2)));
}

#[test]
fn every_subcommand_has_examples_and_short_flags() {
    for command in ["index", "search", "show", "extract"] {
        let help = indexed().run(&[command, "--help"]).expect_code(0).stdout;
        assert!(help.contains("Examples:\n  newsidx "), "{command}:\n{help}");
    }
    let search = indexed().run(&["search", "--help"]).stdout;
    for short in ["-n, --limit", "-i, --index", "-j, --json", "-f, --format", "-a, --author", "-s, --source"]
    {
        assert!(search.contains(short), "{short}:\n{search}");
    }
}

#[test]
fn colour_follows_no_color_and_clicolor_force() {
    let s = indexed();
    let args = ["search", "Witkoff"];
    assert!(s.run_with_env(&args, &[("CLICOLOR_FORCE", "1")]).stdout.contains('\x1b'));
    assert!(!s.run_with_env(&args, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).stdout.contains('\x1b'));
    assert!(!s.run_with_env(&args, &[("CLICOLOR_FORCE", "0")]).stdout.contains('\x1b'));
    let always = ["search", "Witkoff", "--color", "always"];
    assert!(s.run_with_env(&always, &[("NO_COLOR", "1")]).stdout.contains('\x1b'), "the flag wins");
    assert!(on_a_terminal(&[]).contains('\x1b'), "colour on a terminal");
    assert!(!on_a_terminal(&[("NO_COLOR", "1")]).contains('\x1b'), "NO_COLOR on a terminal");
}

/// What `search Witkoff` prints on a pseudo-terminal (`script` gives it one).
fn on_a_terminal(env: &[(&str, &str)]) -> String {
    let binary = assert_cmd::cargo::cargo_bin("newsidx");
    let command = format!("'{}' search Witkoff", binary.display());
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("NEWSIDX_INDEX", indexed().index())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("script (util-linux) runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.contains("Witkoff"), "{text}");
    text
}

#[test]
fn snippets_are_one_line_and_mark_their_cuts() {
    let run = indexed().run(&["search", "", "--limit", "0", "--format", "jsonl"]).expect_code(0);
    for hit in run.json_lines() {
        let snippet = hit["snippet"].as_str().expect("snippet");
        assert!(!snippet.contains("  ") && !snippet.contains('\n'), "{snippet:?}");
        let ends = snippet.ends_with(['.', '!', '?', '…', '"', '”']);
        assert!(ends, "a snippet ends a sentence or says it was cut: {snippet:?}");
    }
    let kremlin = indexed().run(&["search", "Kremlin", "--json"]).json();
    for hit in kremlin["hits"].as_array().expect("hits") {
        let snippet = hit["snippet"].as_str().expect("snippet");
        for range in hit["highlights"].as_array().expect("highlights") {
            let (a, b) =
                (range[0].as_u64().expect("start") as usize, range[1].as_u64().expect("end") as usize);
            assert!(snippet[a..b].eq_ignore_ascii_case("kremlin"), "{snippet:?} {a}..{b}");
        }
    }
}

#[test]
fn show_finds_a_record_of_a_file_of_many_by_its_relative_path() {
    let s = Sandbox::empty();
    s.write("feed.jsonl", b"{\"title\": \"First record\", \"text\": \"The first record has a sentence.\"}\n{\"title\": \"Second record\", \"text\": \"The second record has one too.\"}\n");
    s.index_archive();
    let shown = s.run(&["show", "archive/feed.jsonl#2", "--json"]).expect_code(0).json();
    assert_eq!(shown["title"], "Second record");
}

/// A sample archive of the property test's own, which its `index` runs may change.
fn own_sample() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    indexed_sample(&SANDBOX)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Every numeric flag of every command, up to `u64::MAX`, ends in 0, 1 or 2 and never in a
    /// panic or an abort.
    #[test]
    fn numeric_flags_never_crash(n in prop_oneof![Just(u64::MAX), Just(0u64), 1u64..1000, any::<u64>()]) {
        let s = own_sample();
        let n = n.to_string();
        let runs = [
            vec!["search", "Witkoff", "--limit", &n],
            vec!["search", "", "--offset", &n, "--format", "csv"],
            vec!["search", "Witkoff", "--bench", &n, "--limit", "1"],
            vec!["index", "archive", "--max-file-size", &n, "--commit-every", &n],
            vec!["extract", "archive/wires", "--max-file-size", &n],
        ];
        for args in runs.iter().filter(|a| a[2] != "--bench" || n.len() < 5) {
            let run = s.run(args);
            prop_assert!((0..=2).contains(&run.code), "{:?}: {}\n{}", args, run.code, run.stderr);
            prop_assert!(!run.stderr.contains("panicked"), "{:?}: {}", args, run.stderr);
        }
        let bench = s.run(&["search", "Witkoff", "--bench", "18446744073709551615"]);
        prop_assert_eq!(bench.code, 2, "{}", bench.stderr);
    }
}
