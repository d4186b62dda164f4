//! Exports of research databases and news tables: Nexis classic text, Nexis Uni as RTF and as
//! DOCX, Factiva as RTF and HTML, a Media Cloud CSV and a scraper's TSV. Every field of every
//! record is asserted, a damaged record is a warning naming it, and the outlet is filtered and
//! counted.

use crate::harness::{file_name, repo, Sandbox};
use serde_json::{json, Value};
use std::io::Write;
use std::sync::OnceLock;

/// The Nexis Uni records of `nexis-uni.rtf`, as a Word document's paragraphs.
const UNI_PARAGRAPHS: &[&str] = &[
    "User Name: Research Desk",
    "Documents (1)",
    "Client/Matter: -None-",
    "Harbour cranes replaced",
    "The Harbour Gazette",
    "April 14, 2026 Tuesday",
    "Copyright 2026 Harbour Media Ltd. All Rights Reserved",
    "Section: BUSINESS; Pg. 9",
    "Length: 1,204 words",
    "Byline: Marta Okonjo",
    "Body",
    "The port replaced its three oldest cranes on Monday, its director said, & more will follow.",
    "Classification",
    "Language: ENGLISH",
    "Load-Date: April 15, 2026",
    "End of Document",
];

/// A Word document holding `paragraphs`, as a zip archive with its `word/document.xml`.
fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", escape(p)))
        .collect();
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).expect("zip entry");
    zip.write_all(xml.as_bytes()).expect("zip write");
    zip.finish().expect("zip").into_inner()
}

fn exports() -> Sandbox {
    let sandbox = Sandbox::empty();
    for entry in std::fs::read_dir(repo().join("tests/fixtures/exports")).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        sandbox.write(&format!("exports/{name}"), &std::fs::read(&path).expect("read"));
    }
    sandbox.write("exports/nexis-uni.docx", &docx(UNI_PARAGRAPHS));
    sandbox
}

fn indexed() -> &'static Sandbox {
    static SLOT: OnceLock<Sandbox> = OnceLock::new();
    SLOT.get_or_init(|| {
        let sandbox = exports();
        sandbox.index_archive();
        sandbox
    })
}

/// Each article's path (from `exports/`) and its fields.
fn extracted(sandbox: &Sandbox) -> Vec<(String, Value)> {
    let run = sandbox.run(&["extract", "archive"]).expect_code(0);
    let name = |a: &Value| {
        a["path"].as_str().expect("path").split("exports/").nth(1).expect("under exports").to_string()
    };
    let fields = |a: &Value| {
        json!([
            a["title"],
            a["authors"],
            a["date"],
            a["location"],
            a["source"],
            a["outlet"],
            a["section"],
            a["language"],
            a["word_count"],
            a["body"]
        ])
    };
    let mut all: Vec<(String, Value)> = run.json_lines().iter().map(|a| (name(a), fields(a))).collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

#[test]
fn every_field_of_every_record_is_read() {
    let expected = vec![
        ("factiva.html#1", json!(["Ferry link to the islands reopens", ["Ana Ruiz"], "2026-02-02", null, null,
            "Canary Island Post", "Regional", "en", 40,
            "The ferry link between the two largest islands reopened on Sunday after repairs to the harbour wall, the port authority said.\n\nCrossings run every two hours."])),
        ("factiva.html#2", json!(["Reabre la línea de ferri entre las islas", ["Carmen Vidal"], "2026-02-03", null, null,
            "Diario del Puerto", null, "es", null,
            "La línea de ferri entre las dos islas volvió a funcionar el domingo después de las obras en el muelle, según la autoridad portuaria."])),
        ("factiva.rtf#1", json!(["Tram line to the airport approved", ["Ines Duarte"], "2026-03-09", null, null,
            "The Lisbon Tribune", "City", "en", 52,
            "The city council approved a tram line to the airport on Monday, the mayor said.\n\nWork will start in the autumn.\n\nThe line will cost 310 million euros and carry 40,000 passengers a day, the council estimates."])),
        ("factiva.rtf#2", json!(["Port of Sines expands", [], "2026-03-10", "SINES, Portugal", "Reuters", null, null, "en", 31,
            "The port of Sines will double its container terminal, its operator said on Tuesday.\n\nThe expansion is due to open in 2028."])),
        ("media-cloud.csv#1", json!(["Snow closes mountain pass", ["Greta Moser"], "2026-01-20", null, null, "Alpine Herald", null, "en", null,
            "The mountain pass closed on Monday after a night of heavy snow, the road authority said.\n\nIt will reopen when the avalanche risk falls."])),
        ("media-cloud.csv#2", json!(["Avalanche warning raised", [], "2026-01-21", "GENEVA", "AP", null, null, "en", null,
            "Forecasters raised the avalanche warning to its highest level on Tuesday across the western Alps."])),
        ("media-cloud.csv#4", json!(["Ski lifts reopen", ["Greta Moser", "Paul Imhof"], "2026-01-23", null, null, "Alpine Herald", null, "en", null,
            "The ski lifts reopened on Thursday as the snow settled, operators said."])),
        ("nexis-classic.txt#1", json!(["Ferry fares cut for the winter months", ["Marta Okonjo", "Lev Aranda"], "2026-03-04", "PORT ELLEN", null,
            "The Harbour Gazette", "National News", "en", 61,
            "The island ferry company cut its fares by a tenth on Tuesday, the board said, for every crossing until the end of March.\n\nPassengers welcomed the change, which takes effect next week. \"It will help families who visit the mainland,\" one councillor said."])),
        ("nexis-classic.txt#2", json!(["Dock strike ends after a week", [], "2026-03-06", "ROTTERDAM", "AFP", null, null, "en", 34,
            "Dock workers in Rotterdam returned to work on Friday after a week-long strike over pay, the union said."])),
        ("nexis-uni.docx#1", json!(["Harbour cranes replaced", ["Marta Okonjo"], "2026-04-14", null, null, "The Harbour Gazette", "Business", "en", 1204,
            "The port replaced its three oldest cranes on Monday, its director said, & more will follow."])),
        ("nexis-uni.rtf#1", json!(["Café owners protest terrace rules", ["Jonas Weber"], "2026-02-12", "BERLIN", "dpa", "The Berlin Ledger", "Local", "en", 58,
            "Café owners in the city centre protested on Wednesday against new rules that limit terraces to two rows of tables.\n\nThe district’s mayor said the rules would be reviewed in the spring."])),
        ("nexis-uni.rtf#2", json!(["Night trains return to the north", ["Sofia Lind"], "2026-03-01", null, null, "Nordic Rail Review", null, "en", 30,
            "Night trains between Stockholm and Narvik return on Sunday after a two-year pause, the operator said."])),
        ("scraper.tsv#1", json!(["Canal boats return to the city", ["Willem de Vries"], "2026-04-02", null, null, "The Canal Weekly", null, "en", null,
            "Canal boats returned to the city centre on Thursday after the locks were repaired, the water board said."])),
        ("scraper.tsv#2", json!(["Lock keepers to work longer hours", ["Willem de Vries"], "2026-04-09", null, null, "The Canal Weekly", null, "en", null,
            "Lock keepers will work until nine in the evening from May, the water board said."])),
    ];
    let got = extracted(&exports());
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, expected.iter().map(|(n, _)| *n).collect::<Vec<_>>());
    for ((name, fields), (_, want)) in got.iter().zip(&expected) {
        assert_eq!(fields, want, "{name}");
    }
    let run = exports().run(&["extract", "archive"]).expect_code(0);
    let mut urls: Vec<(String, String)> = run
        .json_lines()
        .iter()
        .filter_map(|a| Some((file_name(a["path"].as_str()?), a["url"].as_str()?.to_string())))
        .collect();
    urls.sort();
    let want = [
        ("media-cloud.csv#1", "https://alpine-herald.example/2026/01/pass"),
        ("media-cloud.csv#2", "https://wire.example/avalanche"),
        ("media-cloud.csv#4", "https://alpine-herald.example/2026/01/lifts"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(n, u)| (n.to_string(), u.to_string())).collect();
    assert_eq!(urls, want, "only the table states addresses");
}

#[test]
fn a_damaged_record_is_a_warning_naming_it_and_the_others_are_kept() {
    let sandbox = exports();
    let run = sandbox.run(&["index", "archive", "--json"]).expect_code(0);
    let summary = run.json();
    assert_eq!((summary["added"].as_u64(), summary["errors"].as_u64()), (Some(7), Some(0)), "{summary}");
    let all = sandbox.run(&["search", "", "--json", "--all-copies"]).expect_code(0).json();
    assert_eq!(all["total"], 14, "every record but the three damaged ones");
    for warning in [
        "factiva.rtf: record 3: no headline and no text found",
        "media-cloud.csv: row 3: no title and no text",
        "nexis-classic.txt: record 3: no headline and no text found",
    ] {
        assert!(run.stderr.contains(warning), "{warning} in {}", run.stderr);
    }
    let broken = Sandbox::empty();
    broken.write("exports/cut.docx", b"PK\x03\x04 not really a zip archive");
    let run = broken.run(&["index", "archive"]).expect_code(2);
    assert!(run.stderr.contains("cut.docx") && run.stderr.contains("not a DOCX file"), "{}", run.stderr);
}

#[test]
fn the_outlet_is_shown_filtered_and_counted() {
    let s = indexed();
    let gazette = s.hit_names(&["", "--outlet", "the harbour gazette", "--sort", "date"]);
    assert_eq!(gazette, ["nexis-uni.docx#1", "nexis-classic.txt#1"], "newest first");
    let stats = s.run(&["stats", "--by", "outlet", "--json"]).expect_code(0).json();
    let counts: Vec<(&str, u64)> = stats["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .map(|b| (b["key"].as_str().expect("key"), b["count"].as_u64().expect("count")))
        .collect();
    assert_eq!(
        counts,
        [
            ("Alpine Herald", 2),
            ("The Canal Weekly", 2),
            ("The Harbour Gazette", 2),
            ("Canary Island Post", 1),
            ("Diario del Puerto", 1),
            ("Nordic Rail Review", 1),
            ("The Berlin Ledger", 1),
            ("The Lisbon Tribune", 1)
        ]
    );
    let text = s.run(&["search", "cranes", "--color", "never"]).expect_code(0).stdout;
    assert!(
        text.contains("2026-04-14 · in The Harbour Gazette · by Marta Okonjo · section Business"),
        "{text}"
    );
    let shown = s.run(&["show", &path_of(s, "cranes")]).expect_code(0).stdout;
    assert!(
        shown.contains("outlet:   The Harbour Gazette\nwords:    1204 (as the database states)\n"),
        "{shown}"
    );
    let spanish = s.hit_names(&["funciona"]);
    assert_eq!(spanish, ["factiva.html#2"], "the Spanish record is stemmed as Spanish");
}

fn path_of(s: &Sandbox, query: &str) -> String {
    let found = s.run(&["search", query, "--json"]).expect_code(0).json();
    found["hits"][0]["path"].as_str().expect("path").to_string()
}
