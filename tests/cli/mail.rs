//! Newsletters as mail: an `.eml` whose HTML part is the story, an `.mbox` of several, each
//! message an article with the subject as title, the Date as date and the sender as source.

use crate::harness::Sandbox;

fn message(subject: &str, day: &str, story: &str) -> String {
    format!(
        "From: Island Brief <brief@islandbrief.example>\r\nTo: reader@example.org\r\nSubject: {subject}\r\n\
         Date: {day} 06:30:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"part\"\r\n\r\n\
         --part\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nView this mail in your browser.\r\n\
         --part\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><table><tr><td><a href=\"/\">Island Brief</a></td></tr></table>\
         <h1>{subject}</h1><p>{story}</p><p>The change was agreed after a meeting that lasted most of the evening, \
         and residents can comment until the end of the month.</p><p><a href=\"/unsubscribe\">Unsubscribe</a></p></body></html>\r\n--part--\r\n"
    )
}

#[test]
fn a_newsletter_is_an_article_titled_by_its_subject_dated_and_sourced_by_its_headers() {
    let sandbox = Sandbox::empty();
    let eml = message(
        "Ferry timetable changes",
        "Mon, 2 Mar 2026",
        "The ferry will leave an hour earlier on weekdays from next month, the operator said.",
    );
    sandbox.write("mail/ferry.eml", eml.as_bytes());
    sandbox.index_archive();
    let hits = sandbox.run(&["search", "ferry", "--format", "jsonl"]).expect_code(0).json_lines();
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(
        (hit["title"].as_str(), hit["date"].as_str(), hit["source"].as_str()),
        (Some("Ferry timetable changes"), Some("2026-03-02"), Some("Island Brief"))
    );
    let shown = sandbox.run(&["show", hit["path"].as_str().unwrap(), "--json"]).expect_code(0).json();
    let body = shown["body"].as_str().unwrap();
    assert!(body.starts_with("The ferry will leave an hour earlier"), "{body}");
    assert!(!body.contains("View this mail") && !body.contains("Unsubscribe"), "{body}");
}

#[test]
fn each_message_of_a_mailbox_is_an_article_numbered_in_order() {
    let sandbox = Sandbox::empty();
    let first = message(
        "Harbour crane arrives",
        "Tue, 3 Mar 2026",
        "A new crane arrived at the harbour on Tuesday after a week at sea, the port said.",
    );
    let second = message(
        "School roof repaired",
        "Wed, 4 Mar 2026",
        "The school roof was repaired over the weekend, and classes resume on Monday, the council said.",
    );
    let mbox = format!("From brief@islandbrief.example Tue Mar  3 06:30:00 2026\r\n{first}\r\nFrom brief@islandbrief.example Wed Mar  4 06:30:00 2026\r\n{second}");
    sandbox.write("mail/brief.mbox", mbox.as_bytes());
    let summary = sandbox.index_archive();
    assert_eq!(summary["added"].as_u64(), Some(1));
    let hits =
        sandbox.run(&["search", "", "--sort", "date", "--format", "jsonl"]).expect_code(0).json_lines();
    let got: Vec<(String, String)> = hits
        .iter()
        .map(|h| {
            (
                h["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string(),
                h["title"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("brief.mbox#2".to_string(), "School roof repaired".to_string()),
            ("brief.mbox#1".to_string(), "Harbour crane arrives".to_string())
        ]
    );
}
