//! Syndicated copies: which files cluster, how search, stats, show and copies print them, and
//! how clusters follow the archive from run to run.

use crate::harness::{file_name, Sandbox};

/// An invented wire story, one paragraph a line.
const STORY: [&str; 10] = [
    "The harbour authority of Port Alder cut ferry fares to the outer islands by a fifth on Monday, after a winter of complaints from islanders who said the crossings had become too dear for families.",
    "The cut takes effect on the first of next month and will cost the authority about four million crowns a year, its chairman Tomas Reyes told reporters at the quay.",
    "Islanders welcomed the news but said the timetable, which was thinned last autumn, still left them stranded on Sunday evenings when the last boat leaves before seven.",
    "The authority said it would review the timetable in the spring once it had counted how many more passengers the lower fares brought onto the boats.",
    "Fares had risen three times in two years as the price of marine diesel climbed, and a return ticket to the farthest island now costs more than a day's pay for a shop worker.",
    "A petition signed by nearly two thousand residents was handed to the regional council in January, asking for the ferries to be run as a public service rather than a business.",
    "The council's transport committee is due to debate the petition next week, and several of its members have said they favour a fixed fare for residents of the islands.",
    "Shipping analysts said the authority could afford the cut because two new hybrid vessels delivered last year burn a third less fuel than the boats they replaced.",
    "The ferry operators' union said it supported lower fares but warned against any plan to save money by cutting crews on the night crossings.",
    "Port Alder handles more than a million ferry passengers a year, most of them islanders travelling to work, school or hospital on the mainland.",
];

fn page(title: &str, date: &str, paragraphs: &[&str]) -> String {
    format!("{title}\n{date}\n\nPORT ALDER, {date} (Reuters) - {}\n", paragraphs.join("\n\n"))
}

fn original() -> String {
    page("Port Alder cuts ferry fares by a fifth", "March 2, 2026", &STORY)
}

/// The copies, each made by one transformation, under a site folder of its own.
fn copies() -> Vec<(&'static str, String)> {
    let furniture = format!(
        "Valley Times\nHome | World | Business\nShare this article\n{}\nRelated stories\n(c) 2026 Valley Times",
        original()
    );
    let headline = page("Island ferries get cheaper from next month", "March 2, 2026", &STORY);
    let cut = page("Port Alder cuts ferry fares by a fifth", "March 3, 2026", &STORY[..5]);
    let mut dropped = STORY.to_vec();
    dropped.remove(6);
    dropped.insert(3, "Editor's note: this story was updated with comment from the union.");
    let dropped = page("Port Alder cuts ferry fares", "March 3, 2026", &dropped);
    let update = format!("(Updates with union comment in paragraph nine)\n\n{}", original());
    let credit =
        original().replace("(Reuters) -", "(Reuters) —") + "\nBy Reuters staff; editing by the desk\n";
    let quoted = original().replace("said", "“said”").replace(". ", ".\n");
    vec![
        ("valley-times/fares.txt", furniture),
        ("metro-wire/fares.txt", headline),
        ("coastal-daily/fares.txt", cut),
        ("the-ledger/fares.txt", dropped),
        ("north-star/fares.txt", update),
        ("island-mail/fares.txt", credit),
        ("plains-herald/fares.txt", quoted),
    ]
}

/// Stories that share a topic, a template or a few paragraphs with the original and are none
/// of them a copy of it or of each other.
fn not_copies() -> Vec<(&'static str, String)> {
    let report = |day: &str, a: &str, b: &str, c: &str| {
        let lines = [
            format!("The Port Alder index closed at {a} points on {day}, up {b} percent from the previous session."),
            format!("Trading volume reached {c} million shares against {b} million a day earlier, dealers said."),
            format!("Gainers outnumbered losers by {a} to {c}, with {b} issues unchanged."),
            format!("The crown traded at {b} to the dollar, compared with {c} at the previous close."),
            format!("Bond yields rose to {b} percent, while the overnight rate stood at {c} percent."),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        page("Port Alder stocks close higher", "March 4, 2026", &lines)
    };
    let same_topic = [
        "Ferry passengers on the outer island routes will pay less from next month, the operator of the crossings announced, in a move that union leaders called overdue.",
        "Commuters interviewed on the morning boat said the saving would help, but many still drive to the mainland because the boats run too rarely on weekends.",
        "The operator expects more passengers but has not said whether it will add sailings, and the regional council has asked it to publish its accounts.",
        "Critics say the fares were raised too far in the first place and that the cut only returns them to where they stood two years ago.",
        "The regional council will vote on a fixed resident fare in April, with the opposition parties backing the plan and the ruling coalition divided.",
    ];
    let mut follow_up: Vec<&str> = vec![
        "Passenger numbers on the Port Alder ferries rose by a quarter in the first week of lower fares, the harbour authority said on Friday, more than it had forecast.",
        "The authority said queues at the quay on Monday morning were the longest in a decade and it would run an extra boat at eight o'clock from next week.",
        "Shop owners on the outer islands said trade had picked up as visitors from the mainland came for the day, and two cafes said they would open on Sundays again.",
    ];
    follow_up.extend_from_slice(&STORY[1..3]);
    follow_up.push("The union said crews had worked extra hours without complaint but would want the new sailing staffed properly.");
    vec![
        ("markets/close-0304.txt", report("Wednesday", "1204.17", "0.84", "412")),
        ("markets/close-0305.txt", report("Thursday", "1198.52", "1.36", "377")),
        (
            "valley-times/ferries-reaction.txt",
            page("Islanders weigh cheaper ferries", "March 2, 2026", &same_topic),
        ),
        ("metro-wire/ferries-week-one.txt", page("Cheaper ferries draw crowds", "March 9, 2026", &follow_up)),
    ]
}

fn sandbox_with_all() -> Sandbox {
    let sandbox = Sandbox::empty();
    sandbox.write("wire/fares.txt", original().as_bytes());
    for (path, text) in copies().iter().chain(not_copies().iter()) {
        sandbox.write(path, text.as_bytes());
    }
    sandbox.index_archive();
    sandbox
}

/// The cluster of `path` as `copies --json` prints it: member paths relative to the archive.
fn members(sandbox: &Sandbox, path: &str) -> Vec<String> {
    let run = sandbox.run(&["copies", &format!("archive/{path}"), "--json"]);
    let archive = sandbox.archive().canonicalize().expect("archive");
    let prefix = format!("{}/", archive.display());
    let json = run.json();
    let members = json["members"].as_array().expect("members").iter();
    members.map(|m| m["path"].as_str().expect("path").trim_start_matches(&prefix).to_string()).collect()
}

#[test]
fn every_transformation_is_a_copy_and_no_hard_negative_is() {
    let sandbox = sandbox_with_all();
    let day = |text: &str| if text.contains("March 3, 2026") { 3 } else { 2 };
    let mut dated: Vec<(u32, String)> = copies().into_iter().map(|(p, t)| (day(&t), p.to_string())).collect();
    dated.push((2, "wire/fares.txt".to_string()));
    dated.sort();
    let expected: Vec<String> = dated.into_iter().map(|(_, p)| p).collect();
    assert_eq!(members(&sandbox, "coastal-daily/fares.txt"), expected, "the earliest first, ties by path");
    for (path, _) in not_copies() {
        let run = sandbox.run(&["copies", &format!("archive/{path}"), "--json"]).expect_code(1);
        assert_eq!(run.json()["cluster"], serde_json::Value::Null, "{path}");
    }
}

#[test]
fn search_lists_a_story_once_and_all_copies_on_request() {
    let sandbox = sandbox_with_all();
    let collapsed = sandbox.run(&["search", "ferry fares", "--json"]).expect_code(0).json();
    let hits = collapsed["hits"].as_array().expect("hits");
    let story: Vec<_> = hits.iter().filter(|h| !h["cluster"].is_null()).collect();
    assert_eq!(story.len(), 1, "one hit stands for the story");
    assert_eq!(story[0]["copies"], 7);
    assert_eq!(collapsed["total_copies"].as_u64().expect("n") - collapsed["total"].as_u64().expect("n"), 7);
    let all =
        sandbox.run(&["search", "ferry fares", "--json", "--all-copies", "-n", "50"]).expect_code(0).json();
    assert_eq!(all["total"], all["total_copies"]);
    let clustered = all["hits"].as_array().expect("hits").iter().filter(|h| !h["cluster"].is_null()).count();
    assert_eq!(clustered, 8);
    let show = sandbox.run(&["show", "archive/metro-wire/fares.txt", "--json"]).expect_code(0).json();
    assert_eq!(show["copies"], 7);
    assert_eq!(show["cluster"], story[0]["cluster"]);
}

/// A commentary on the ferry story in its words, rearranged: related to it, no copy of it.
const COMMENTARY: [&str; 4] = [
    "Islanders welcomed the cut: ferry fares to the outer islands fall by a fifth, the harbour authority of Port Alder said after a winter of complaints.",
    "Residents signed a petition asking the regional council to run the ferries as a public service, and its transport committee will debate the petition.",
    "Analysts said hybrid vessels burn a third less fuel than the boats they replaced, so the authority can afford the lower fares.",
    "The union warned against cutting crews on the night crossings, and the timetable still leaves islanders stranded on Sunday evenings.",
];

#[test]
fn related_lists_a_syndicated_story_once() {
    let sandbox = sandbox_with_all();
    sandbox.write(
        "opinion/ferries.txt",
        page("Port Alder was right to cut ferry fares", "March 6, 2026", &COMMENTARY).as_bytes(),
    );
    // More-like-this leaves out words that half the archive holds: other news, so that the
    // ferry story's eight copies are not half of it.
    for (i, town) in
        ["Brenna", "Calder", "Dunmore", "Eskby", "Fallow", "Garrow", "Holm", "Irwin"].iter().enumerate()
    {
        let lines = [
            format!("The {town} library reopened on Tuesday after a year of repairs to its roof and reading rooms."),
            format!("Volunteers carried {} hundred boxes of books back onto the shelves over the weekend.", i + 2),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        sandbox.write(
            &format!("towns/library-{i}.txt"),
            page("Library reopens", "March 5, 2026", &lines).as_bytes(),
        );
    }
    sandbox.index_archive();
    sandbox.run(&["copies", "archive/opinion/ferries.txt"]).expect_code(1);
    let related =
        sandbox.run(&["related", "archive/opinion/ferries.txt", "-n", "50", "--json"]).expect_code(0).json();
    let hits = related["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 1, "one hit stands for the story: {hits:#?}");
    assert_eq!(hits[0]["copies"], 7);
    assert_eq!(related["total"], 1);
    assert!(related["total_copies"].as_u64().expect("n") > 1, "its copies are counted beside it: {related}");
}

#[test]
fn each_page_in_each_order_is_the_full_ranking_with_later_copies_dropped() {
    let sandbox = sandbox_with_all();
    for order in [&["--sort", "relevance"][..], &["--sort", "date"], &["--sort", "random", "--seed", "5"]] {
        let ranked = |extra: &[&str]| -> Vec<serde_json::Value> {
            let mut args = vec!["search", ""];
            args.extend_from_slice(order);
            args.extend_from_slice(extra);
            args.extend_from_slice(&["--format", "jsonl"]);
            sandbox.run(&args).json_lines()
        };
        let mut seen = std::collections::HashSet::new();
        let expected: Vec<String> = ranked(&["--all-copies", "-n", "0"])
            .iter()
            .filter(|h| h["cluster"].as_str().is_none_or(|c| seen.insert(c.to_string())))
            .map(|h| h["path"].as_str().expect("path").to_string())
            .collect();
        assert!(expected.len() >= 4, "{order:?}: enough stories to page through");
        for offset in 0..expected.len() {
            let page = ranked(&["-n", "2", "--offset", &offset.to_string()]);
            let paths: Vec<&str> = page.iter().map(|h| h["path"].as_str().expect("path")).collect();
            let want: Vec<&str> = expected.iter().skip(offset).take(2).map(String::as_str).collect();
            assert_eq!(paths, want, "{order:?} offset {offset}");
        }
    }
}

#[test]
fn stats_count_a_story_once_unless_asked_for_every_copy() {
    let sandbox = sandbox_with_all();
    let once = sandbox.run(&["stats", "\"Tomas Reyes\"", "--by", "source", "--json"]).expect_code(0).json();
    assert_eq!(once["total"], 2, "the story once, and the follow-up that quotes him");
    let every =
        sandbox.run(&["stats", "\"Tomas Reyes\"", "--by", "source", "--json", "--all-copies"]).expect_code(0);
    assert_eq!(every.json()["total"], 9);
}

#[test]
fn the_places_file_only_saves_time_missing_or_damaged_it_changes_no_answer() {
    let sandbox = sandbox_with_all();
    let places = sandbox.index().join("newsidx-places.bin");
    assert!(places.is_file(), "an index run saves each document's place");
    let answers = || {
        let search = sandbox.run(&["search", "ferry fares", "--format", "jsonl", "-n", "0"]).expect_code(0);
        let stats = sandbox.run(&["stats", "\"Tomas Reyes\"", "--by", "source", "--json"]).expect_code(0);
        (search.stdout, stats.stdout)
    };
    let with_places = answers();
    let bytes = std::fs::read(&places).expect("read");
    std::fs::write(&places, &bytes[..bytes.len() - 3]).expect("cut short");
    assert_eq!(answers(), with_places, "a damaged file is passed over");
    std::fs::remove_file(&places).expect("delete");
    assert_eq!(answers(), with_places, "without it, places are found by hash");
    sandbox.index_archive();
    assert!(places.is_file(), "the next run writes it again");
    assert_eq!(answers(), with_places);
}

#[test]
fn a_run_without_copies_drops_the_clusters_and_a_later_run_brings_them_back() {
    let sandbox = sandbox_with_all();
    let files = ["newsidx-copies.bin", "newsidx-places.bin"].map(|name| sandbox.index().join(name));
    let totals = || {
        let found = sandbox.run(&["search", "ferry fares", "--json"]).expect_code(0).json();
        (found["total"].as_u64().expect("n"), found["total_copies"].as_u64().expect("n"))
    };
    let (stories, every) = totals();
    assert_eq!(every - stories, 7);
    sandbox.run(&["index", "archive", "--no-copies", "--json"]).expect_code(0);
    assert!(files.iter().all(|f| !f.exists()), "both files of copies are dropped");
    assert_eq!(totals(), (every, every), "every copy counts as its own story");
    sandbox.index_archive();
    assert!(files.iter().all(|f| f.is_file()), "the signatures were kept, so the clusters return");
    assert_eq!(totals(), (stories, every));
}

#[test]
fn clusters_follow_added_deleted_and_rewritten_files() {
    let sandbox = Sandbox::empty();
    sandbox.write("wire/fares.txt", original().as_bytes());
    sandbox.index_archive();
    sandbox.run(&["copies", "archive/wire/fares.txt"]).expect_code(1);
    let (cut_path, cut) = copies().swap_remove(2);
    let (headline_path, headline) = copies().swap_remove(1);
    sandbox.write(cut_path, cut.as_bytes());
    sandbox.write(headline_path, headline.as_bytes());
    sandbox.index_archive();
    let joined = ["metro-wire/fares.txt", "wire/fares.txt", "coastal-daily/fares.txt"];
    assert_eq!(members(&sandbox, cut_path), joined, "copies added join; same day, so by path");
    assert_eq!((headline_path, cut_path), (joined[0], joined[2]));
    let first_id = sandbox.run(&["copies", "archive/wire/fares.txt", "--json"]).json()["cluster"].clone();
    std::fs::remove_file(sandbox.archive().join(headline_path)).expect("delete");
    sandbox.index_archive();
    assert_eq!(
        members(&sandbox, cut_path),
        ["wire/fares.txt", cut_path],
        "the next member is the original now"
    );
    let promoted_id =
        sandbox.run(&["copies", &format!("archive/{cut_path}"), "--json"]).json()["cluster"].clone();
    assert_ne!(first_id, promoted_id, "the id follows the original");
    let other = not_copies().swap_remove(2).1;
    sandbox.write(cut_path, other.as_bytes());
    sandbox.index_archive();
    sandbox.run(&["copies", "archive/wire/fares.txt"]).expect_code(1);
    let again = sandbox.run(&["index", "archive", "--json"]).expect_code(0).json();
    assert_eq!(again["unchanged"], 2);
    assert_eq!(file_name(cut_path), "fares.txt");
}
