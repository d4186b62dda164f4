//! Archives written in the test with the `warc` crate's writer, read back record by record.

use super::*;
use warc::{RecordBuilder, WarcWriter};

const PAGE: &str = "<html><head><title>Tram line opens | City Post</title></head><body><article>\
<h1>Tram line opens</h1><p>By Lena Park</p><p>PORTVIEW (Reuters) - The new tram line opened on \
Sunday with free rides for everyone in the city, officials said.</p><p>Crowds filled the first \
trains, and the operator added cars to meet the demand through the afternoon.</p></article></body></html>";

fn response(target: &str, status: &str, content_type: &str, body: &str) -> warc::Record<warc::BufferedBody> {
    let block = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    RecordBuilder::default()
        .warc_type(RecordType::Response)
        .date(DateTime::parse_from_rfc3339("2026-03-14T09:30:00Z").unwrap().with_timezone(&Utc))
        .header(WarcHeader::TargetURI, target)
        .header(WarcHeader::ContentType, "application/http; msgtype=response")
        .body(block.into_bytes())
        .build()
        .unwrap()
}

fn archive(
    records: &[warc::Record<warc::BufferedBody>],
    gzip: bool,
) -> (tempfile::TempDir, std::path::PathBuf, Vec<u64>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(if gzip { "crawl.warc.gz" } else { "crawl.warc" });
    let mut bytes = Vec::new();
    let mut offsets = Vec::new();
    for r in records {
        offsets.push(bytes.len() as u64);
        let mut one = Vec::new();
        WarcWriter::new(&mut one).write(r).unwrap();
        if gzip {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            std::io::Write::write_all(&mut gz, &one).unwrap();
            one = gz.finish().unwrap();
        }
        bytes.extend(one);
    }
    std::fs::write(&path, bytes).unwrap();
    (dir, path, offsets)
}

fn records() -> Vec<warc::Record<warc::BufferedBody>> {
    vec![
        response("https://citypost.example/tram", "200 OK", "text/html; charset=utf-8", PAGE),
        response("https://citypost.example/logo.png", "200 OK", "image/png", "PNG"),
        response("https://citypost.example/old", "301 Moved Permanently", "text/html", ""),
        response(
            "https://citypost.example/tram-2",
            "200 OK",
            "text/html",
            &PAGE.replace("Tram line opens", "Tram line busy"),
        ),
    ]
}

fn pages(path: &Path, gzip: bool) -> Vec<(String, Option<String>, Option<String>)> {
    let file = path.to_string_lossy().into_owned();
    open(path, gzip, 1 << 20)
        .unwrap()
        .map(|r| r.unwrap())
        .filter_map(|r| article_of(&file, &r, 1 << 20))
        .flat_map(|o| o.articles)
        .map(|a| (a.path.rsplit_once('#').unwrap().1.to_string(), a.title, a.url))
        .collect()
}

#[test]
fn each_html_response_is_an_article_at_its_offset_with_its_target_address() {
    for gzip in [false, true] {
        let (_dir, path, offsets) = archive(&records(), gzip);
        let found = pages(&path, gzip);
        let want = vec![
            (
                offsets[0].to_string(),
                Some("Tram line opens".to_string()),
                Some("https://citypost.example/tram".to_string()),
            ),
            (
                offsets[3].to_string(),
                Some("Tram line busy".to_string()),
                Some("https://citypost.example/tram-2".to_string()),
            ),
        ];
        assert_eq!(found, want, "gzip {gzip}");
    }
}

#[test]
fn a_page_without_a_date_is_dated_by_its_archiving_day() {
    let (_dir, path, _) = archive(&records()[..1], false);
    let record = open(&path, false, 1 << 20).unwrap().next().unwrap().unwrap();
    let article = article_of("crawl.warc", &record, 1 << 20).unwrap().articles.remove(0);
    assert_eq!(article.date, chrono::NaiveDate::from_ymd_opt(2026, 3, 14));
    assert_eq!(
        (article.source.as_deref(), article.authors.as_slice()),
        (Some("Reuters"), &["Lena Park".to_string()][..])
    );
}

#[test]
fn a_damaged_record_is_named_and_the_records_before_it_are_kept() {
    let (_dir, path, offsets) = archive(&records(), false);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.truncate(offsets[3] as usize + 40);
    std::fs::write(&path, &bytes).unwrap();
    let read: Vec<Result<Record, String>> = open(&path, false, 1 << 20).unwrap().collect();
    assert_eq!(read.len(), 4);
    assert!(read[..3].iter().all(Result::is_ok));
    let err = read[3].as_ref().unwrap_err();
    assert!(err.starts_with(&format!("record at byte {}", offsets[3])), "{err}");
}

#[test]
fn a_damaged_gzip_member_ends_the_walk_with_its_offset() {
    let (_dir, path, offsets) = archive(&records(), true);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.truncate(offsets[2] as usize + 10);
    std::fs::write(&path, &bytes).unwrap();
    let read: Vec<Result<Record, String>> = open(&path, true, 1 << 20).unwrap().collect();
    assert_eq!(read.len(), 3);
    assert!(read[2].as_ref().unwrap_err().starts_with(&format!("record at byte {}", offsets[2])));
}
