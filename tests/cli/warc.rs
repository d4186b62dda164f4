//! Web archives indexed as the real binary reads them: a `.warc.gz` written in the test with
//! the `warc` crate, one article per archived HTML page at `FILE#OFFSET`, its address the
//! record's target, undated pages dated by the archiving day; re-runs, rewrites and damage.
//! The two pages share a template, so they are copies of one story: searches list every copy.

use crate::harness::Sandbox;
use std::io::Write;
use warc::{RecordBuilder, RecordType, WarcHeader, WarcWriter};

fn page(title: &str, place: &str, sentence: &str) -> String {
    format!(
        "<html><head><title>{title} | Coast Daily</title></head><body><article><h1>{title}</h1>\
         <p>By Ada Kern</p><p>{place} (Reuters) - {sentence} The council met on Monday and agreed \
         to the plan after a long debate.</p><p>Work starts next month, and the first part should \
         be finished before the summer season begins.</p></article></body></html>"
    )
}

fn record(kind: RecordType, target: &str, block: String) -> warc::Record<warc::BufferedBody> {
    let date = chrono::DateTime::parse_from_rfc3339("2026-05-02T08:00:00Z")
        .expect("date")
        .with_timezone(&chrono::Utc);
    RecordBuilder::default()
        .warc_type(kind)
        .date(date)
        .header(WarcHeader::TargetURI, target)
        .header(WarcHeader::ContentType, "application/http; msgtype=response")
        .body(block.into_bytes())
        .build()
        .expect("record")
}

fn response(target: &str, content_type: &str, body: &str) -> warc::Record<warc::BufferedBody> {
    let block = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    record(RecordType::Response, target, block)
}

/// The archive's bytes (each record its own gzip member) and each record's offset.
fn archive(records: &[warc::Record<warc::BufferedBody>]) -> (Vec<u8>, Vec<u64>) {
    let (mut bytes, mut offsets) = (Vec::new(), Vec::new());
    for r in records {
        offsets.push(bytes.len() as u64);
        let mut plain = Vec::new();
        WarcWriter::new(&mut plain).write(r).expect("write");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&plain).expect("gzip");
        bytes.extend(gz.finish().expect("gzip"));
    }
    (bytes, offsets)
}

fn crawl() -> Vec<warc::Record<warc::BufferedBody>> {
    vec![
        record(
            RecordType::Request,
            "https://coastdaily.example/harbour",
            "GET /harbour HTTP/1.1\r\n\r\n".into(),
        ),
        response(
            "https://coastdaily.example/harbour",
            "text/html",
            &page("Harbour wall approved", "BRINEPORT", "A new harbour wall was approved."),
        ),
        response("https://coastdaily.example/logo.png", "image/png", "PNG"),
        response(
            "https://news.coastdaily.example/dunes",
            "text/html; charset=utf-8",
            &page("Dune path reopens", "SALTMERE", "The dune path reopened to walkers."),
        ),
    ]
}

fn hits(sandbox: &Sandbox, args: &[&str]) -> Vec<serde_json::Value> {
    sandbox.run(&[&["search"], args, &["--format", "jsonl", "-n", "0", "--all-copies"]].concat()).json_lines()
}

#[test]
fn each_archived_html_page_is_an_article_at_its_offset_with_its_target_address() {
    let sandbox = Sandbox::empty();
    let (bytes, offsets) = archive(&crawl());
    let file = sandbox.write("crawls/coast.warc.gz", &bytes);
    let summary = sandbox.index_archive();
    assert_eq!((summary["added"].as_u64(), summary["errors"].as_u64()), (Some(1), Some(0)));
    let found = hits(&sandbox, &["council", "--sort", "date"]);
    let mut got: Vec<(String, String, String)> = found
        .iter()
        .map(|h| {
            (
                h["path"].as_str().unwrap().to_string(),
                h["title"].as_str().unwrap().to_string(),
                h["url"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let at = |i: usize| format!("{}#{}", std::fs::canonicalize(&file).unwrap().display(), offsets[i]);
    let mut expected = vec![
        (at(1), "Harbour wall approved".to_string(), "https://coastdaily.example/harbour".to_string()),
        (at(3), "Dune path reopens".to_string(), "https://news.coastdaily.example/dunes".to_string()),
    ];
    expected.sort();
    assert_eq!(got, expected);
    assert!(found
        .iter()
        .all(|h| h["date"] == "2026-05-02" && h["source"] == "Reuters" && h["authors"][0] == "Ada Kern"));
    assert_eq!(hits(&sandbox, &["", "--site", "news.coastdaily.example"]).len(), 1);
    let shown = sandbox.run(&["show", &at(3), "--json"]).expect_code(0).json();
    assert_eq!(shown["location"], "SALTMERE");
}

#[test]
fn a_rewritten_archive_replaces_its_pages_and_an_untouched_one_is_not_read_again() {
    let sandbox = Sandbox::empty();
    let (bytes, _) = archive(&crawl());
    let path = sandbox.write("coast.warc.gz", &bytes);
    sandbox.index_archive();
    let again = sandbox.index_archive();
    assert_eq!((again["unchanged"].as_u64(), again["added"].as_u64()), (Some(1), Some(0)));
    let (fewer, _) = archive(&crawl()[..2]);
    std::fs::write(&path, fewer).expect("rewrite");
    let rewritten = sandbox.index_archive();
    assert_eq!(rewritten["updated"].as_u64(), Some(1));
    assert_eq!(hits(&sandbox, &["council"]).len(), 1);
}

#[test]
fn a_damaged_archive_names_the_record_and_keeps_the_pages_before_it() {
    let sandbox = Sandbox::empty();
    let (mut bytes, offsets) = archive(&crawl());
    bytes.truncate(offsets[3] as usize + 12);
    sandbox.write("coast.warc.gz", &bytes);
    let run = sandbox.run(&["index", "archive", "--json"]).expect_code(2);
    assert!(run.stderr.contains(&format!("coast.warc.gz: record at byte {}", offsets[3])), "{}", run.stderr);
    assert_eq!(hits(&sandbox, &["council"]).len(), 1);
}

#[test]
fn extract_prints_the_pages_of_an_archive() {
    let sandbox = Sandbox::empty();
    let (bytes, _) = archive(&crawl());
    let path = sandbox.write("coast.warc.gz", &bytes);
    let run = sandbox.run(&["extract", path.to_str().unwrap()]).expect_code(0);
    let titles: Vec<String> =
        run.json_lines().iter().map(|a| a["title"].as_str().unwrap().to_string()).collect();
    assert_eq!(titles, ["Harbour wall approved", "Dune path reopens"]);
}
