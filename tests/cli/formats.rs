//! Every format in one archive: HTML, Markdown, JSON, JSON Lines (with a broken line), a
//! Windows-1252 text page, a German page and a gzip file; extracted exactly, indexed together,
//! searched across by author, place and date.

use crate::harness::{repo, Sandbox};
use serde_json::{json, Value};
use std::io::Write;

fn formats() -> std::path::PathBuf {
    repo().join("tests/fixtures/formats")
}

/// The mixed archive, plus a gzip copy of a text page made here.
fn mixed_archive() -> Sandbox {
    let sandbox = Sandbox::empty();
    for entry in std::fs::read_dir(formats()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        sandbox.write(&name, &std::fs::read(&path).expect("read"));
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"Lisbon trams to run all night at weekends\n\nBy Ana Costa\n\nLISBON, June 6 (Reuters) - Lisbon will run its trams through the night at weekends from July, the city said on Saturday.\n\nJune 6, 2026\n").expect("gzip");
    sandbox.write("lisbon-trams.txt.gz", &gz.finish().expect("gzip"));
    sandbox
}

fn extracted(sandbox: &Sandbox) -> Vec<Value> {
    sandbox.run(&["extract", "archive"]).expect_code(2).json_lines()
}

fn by_name<'a>(articles: &'a [Value], name: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["path"].as_str().is_some_and(|p| p.ends_with(name)))
        .unwrap_or_else(|| panic!("{name} not extracted"))
}

fn fields(a: &Value) -> Value {
    json!([a["title"], a["authors"], a["date"], a["location"], a["source"], a["section"], a["language"]])
}

#[test]
fn each_format_gives_its_fields() {
    let sandbox = mixed_archive();
    let all = extracted(&sandbox);
    assert_eq!(all.len(), 8, "seven files, one of them two records");
    let cases = [
        (
            "lagos-ferry.html",
            json!([
                "Lagos adds night ferries on lagoon routes",
                ["Adaeze Okonkwo"],
                "2026-02-17",
                "LAGOS, Nigeria",
                null,
                "Business",
                "en"
            ]),
        ),
        (
            "reykjavik-geothermal.md",
            json!([
                "Reykjavik expands geothermal heating to new districts",
                ["Sigrun Magnusdottir", "Elias Berg"],
                "2026-01-22",
                "REYKJAVIK",
                "Reuters",
                "Environment",
                "en"
            ]),
        ),
        (
            "santiago-metro.json",
            json!([
                "Santiago opens metro line to southern suburbs",
                ["Valentina Rojas", "Tomas Fuentes"],
                "2026-03-04",
                "SANTIAGO",
                "AFP",
                "World",
                "en"
            ]),
        ),
        (
            "wire-feed.jsonl#1",
            json!([
                "Oslo bans studded tyres on city streets from next winter",
                ["Ingrid Solberg"],
                "2026-04-02",
                "OSLO",
                "Reuters",
                null,
                "en"
            ]),
        ),
        (
            "wire-feed.jsonl#3",
            json!([
                "Helsinki trials driverless buses in harbour district",
                ["Mikko Rantanen"],
                "2026-04-03",
                "HELSINKI",
                "Reuters",
                null,
                "en"
            ]),
        ),
        (
            "madrid-terraces.txt",
            json!([
                "Madrid cafés fight new rules on terraces",
                ["José Álvarez"],
                "2026-05-05",
                "MADRID",
                "Reuters",
                null,
                "en"
            ]),
        ),
        (
            "berlin-kita.txt",
            json!([
                "Berlin will mehr Kitaplätze in den Außenbezirken schaffen",
                ["Anna Schröder"],
                "2026-05-05",
                "BERLIN",
                "dpa",
                "Berlin",
                "de"
            ]),
        ),
        (
            "lisbon-trams.txt.gz",
            json!([
                "Lisbon trams to run all night at weekends",
                ["Ana Costa"],
                "2026-06-06",
                "LISBON",
                "Reuters",
                null,
                "en"
            ]),
        ),
    ];
    for (name, want) in cases {
        assert_eq!(fields(by_name(&all, name)), want, "{name}");
    }
}

#[test]
fn html_bodies_leave_out_furniture_and_decode_entities() {
    let sandbox = mixed_archive();
    let all = extracted(&sandbox);
    let body = by_name(&all, "lagos-ferry.html")["body"].as_str().expect("body").to_string();
    assert!(body.starts_with("Ferries will run across the Lagos lagoon"), "{body}");
    assert!(body.contains("“People want to get home"), "entities decoded: {body}");
    assert_eq!(body.split("\n\n").count(), 4);
    for furniture in
        ["cookies", "Share on", "Photo: Post staff", "Advertisement", "Support our", "Most Read", "©"]
    {
        assert!(!body.contains(furniture), "{furniture} leaked");
    }
    let md = by_name(&all, "reykjavik-geothermal.md")["body"].as_str().expect("body").to_string();
    assert!(!md.contains("Reporting by") && !md.contains("Filed under"), "{md}");
}

#[test]
fn a_broken_json_line_is_named_and_the_other_records_are_indexed() {
    let sandbox = mixed_archive();
    let run = sandbox.run(&["index", "archive", "--json"]).expect_code(2);
    assert!(run.stderr.contains("wire-feed.jsonl: line 2: invalid JSON"), "{}", run.stderr);
    assert!(run.stderr.contains("madrid-terraces.txt: not UTF-8; decoded as windows-125"), "{}", run.stderr);
    let summary = run.json();
    assert_eq!(
        (summary["seen"].as_u64(), summary["added"].as_u64(), summary["errors"].as_u64()),
        (Some(7), Some(7), Some(1))
    );
    assert_eq!(sandbox.hit_names(&["", "--limit", "50"]).len(), 8);
}

#[test]
fn search_runs_across_formats_by_author_place_and_date() {
    let sandbox = mixed_archive();
    sandbox.run(&["index", "archive"]).expect_code(2);
    assert_eq!(sandbox.hit_names(&["", "--author", "Okonkwo"]), ["lagos-ferry.html"]);
    assert_eq!(sandbox.hit_names(&["", "--author", "Mikko Rantanen"]), ["wire-feed.jsonl#3"]);
    assert_eq!(sandbox.hit_names(&["", "--location", "Reykjavik"]), ["reykjavik-geothermal.md"]);
    let mut april = sandbox.hit_names(&["", "--since", "2026-04", "--until", "2026-04"]);
    april.sort();
    assert_eq!(april, ["wire-feed.jsonl#1", "wire-feed.jsonl#3"]);
    assert_eq!(sandbox.hit_names(&["metro", "--source", "AFP"]), ["santiago-metro.json"]);
    assert_eq!(sandbox.hit_names(&["trams"]), ["lisbon-trams.txt.gz"]);
}

#[test]
fn each_language_is_stemmed_in_its_own_way() {
    let sandbox = mixed_archive();
    sandbox.run(&["index", "archive"]).expect_code(2);
    assert_eq!(sandbox.hit_names(&["Kitaplatz"]), ["berlin-kita.txt"], "German plural stems to singular");
    assert_eq!(sandbox.hit_names(&["Aussenbezirke"]), ["berlin-kita.txt"], "ß folds to ss");
    assert_eq!(sandbox.hit_names(&["ferry"]), ["lagos-ferry.html"], "English plural stems to singular");
    let hit = sandbox.run(&["search", "Kitaplätze", "--json"]).expect_code(0).json();
    assert_eq!(hit["hits"][0]["language"], "de");
    assert!(
        !hit["hits"][0]["highlights"].as_array().expect("ranges").is_empty(),
        "German snippet highlighted"
    );
    assert_eq!(sandbox.hit_names(&["title:Kitaplatz"]), ["berlin-kita.txt"], "title: covers every language");
    assert_eq!(sandbox.hit_names(&["title:ferry OR title:Kitaplätze"]).len(), 2);
}

/// A Chinese and a Japanese page saved as text (invented).
const CHINESE: &str = "新闻首页\n\n上海港口集装箱吞吐量创新高\n\n2026年11月20日\n\n\
    上海港务局周三表示，今年前十个月上海港集装箱吞吐量达到四千二百万标准箱，同比增长百分之六，创历史同期新高。\n\n\
    港务局负责人说，东南亚和中东航线的货量增长最快，新开通的自动化码头也提高了装卸效率。\n";
const JAPANESE: &str = "東京湾で新しいフェリー航路が開通\n\n2026年11月21日\n\n\
    東京都は木曜日、東京湾を横断する新しいフェリー航路の運航を開始したと発表した。通勤時間が大幅に短縮される見込みだ。\n\n\
    都の担当者によると、一日あたり約三千人の利用を見込んでおり、運賃は片道五百円に設定された。\n";

#[test]
fn chinese_and_japanese_pages_are_read_and_found_by_their_words() {
    let sandbox = Sandbox::empty();
    sandbox.write("zh/shanghai-port.txt", CHINESE.as_bytes());
    sandbox.write("ja/tokyo-ferry.txt", JAPANESE.as_bytes());
    assert_eq!(sandbox.index_archive()["added"], 2);
    let hit = sandbox.run(&["search", "集装箱", "--json"]).expect_code(0).json();
    let first = &hit["hits"][0];
    assert_eq!(first["title"], "上海港口集装箱吞吐量创新高");
    assert_eq!((first["language"].as_str(), first["date"].as_str()), (Some("zh"), Some("2026-11-20")));
    let snippet = first["snippet"].as_str().expect("snippet").as_bytes();
    let [from, to] = [0, 1].map(|i| first["highlights"][0][i].as_u64().expect("range") as usize);
    assert_eq!(std::str::from_utf8(&snippet[from..to]), Ok("集装箱"), "one highlight for the word");
    assert_eq!(sandbox.hit_names(&["フェリー 航路"]), ["tokyo-ferry.txt"]);
    assert_eq!(sandbox.hit_names(&["title:東京湾"]), ["tokyo-ferry.txt"]);
    assert!(sandbox.hit_names(&["集装箱 フェリー"]).is_empty(), "words are ANDed");
}

/// A wire story whose last paragraph closes with the agency's sign-off.
const SIGNED_OFF: &str = "Harbour Board Raises Pilotage Fees\nMarch 3, 1987\n\n\
    VALLETTA, Mar 3 (Reuters) - The harbour board raised pilotage fees by a tenth on Tuesday, \
    the first rise in six years.\n\n\
    Shipping agents said the increase would be passed on to importers of grain and fuel oil. REUTER\n";

/// A results brief: rows of figures after the dateline, and a table of statistics.
const RESULTS_BRIEF: &str = "Gulf Tribune Holdings 4th Qtr Net\nMarch 3, 1987\n\n\
    ZURICH, Mar 3 (Reuters) - Shr 45 cts vs 58 cts\n\n\
    Net 1.1 mln vs 829,000\n\nSales 7.9 mln vs 9.4 mln\n\nYear\n\n\
    Avg shrs 2,332,397 vs 1,428,000\n";

#[test]
fn wire_copy_is_found_by_its_last_paragraph_and_its_figures() {
    let sandbox = Sandbox::empty();
    sandbox.write("wires/pilotage.txt", SIGNED_OFF.as_bytes());
    sandbox.write("wires/results.txt", RESULTS_BRIEF.as_bytes());
    assert_eq!(sandbox.index_archive()["added"], 2);
    assert_eq!(sandbox.hit_names(&["importers grain"]), ["pilotage.txt"]);
    assert_eq!(sandbox.hit_names(&["sales", "--location", "Zurich"]), ["results.txt"]);
    let shown = sandbox.run(&["show", "archive/wires/pilotage.txt", "--json"]).expect_code(0).json();
    let body = shown["body"].as_str().expect("body");
    assert!(body.ends_with("grain and fuel oil."), "the sign-off is cut: {body}");
}
