//! The score gate: every file of `tests/scored/` (invented pages in every format and language
//! the extractor supports, written by `tests/scored/build.py`) is extracted and scored field by
//! field as the shared dev sets' `score.py` scores them. The test fails when a field's score
//! falls below `tests/scored/recorded.json` or a file that passed a field misses it, and names the
//! files. When a change fixes files, rerun with `NEWSIDX_RECORD=1` to raise the record in the
//! same commit.

use newsidx_extract::article::Article;
use newsidx_extract::read::{self, Kind};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The fields scored as matches, in the scorer's order.
const FIELDS: [&str; 6] = ["title", "authors", "date", "location", "source", "section"];
/// A body passes at this token F1, as in `score.py`.
const BODY_PASS: f64 = 0.90;

fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scored")
}

#[test]
fn no_field_scores_below_its_record() {
    let dir = set_dir();
    let expected = read_expected(&dir.join("expected.jsonl"));
    assert!(expected.len() >= 120, "the scored set holds {} files", expected.len());
    let card = Scorecard::of(&expected, &dir.join("articles"));
    let recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("recorded.json")).unwrap_or_default())
            .unwrap_or(Value::Null);
    let report = card.against(&recorded);
    println!("{}", card.summary());
    if std::env::var_os("NEWSIDX_RECORD").is_some() {
        std::fs::write(
            dir.join("recorded.json"),
            serde_json::to_string_pretty(&card.to_json()).expect("json") + "\n",
        )
        .expect("write recorded.json");
        return;
    }
    println!("{}", report.fixed.join("\n"));
    assert!(report.broken.is_empty(), "scores fell:\n{}", report.broken.join("\n"));
}

fn read_expected(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).expect("expected.jsonl");
    text.lines().map(|l| serde_json::from_str(l).expect("an expected record")).collect()
}

/// Each field's score and the files that miss it.
struct Scorecard {
    scores: BTreeMap<String, f64>,
    misses: BTreeMap<String, BTreeSet<String>>,
}

/// What changed against the record: lines naming fields and files.
struct Report {
    fixed: Vec<String>,
    broken: Vec<String>,
}

impl Scorecard {
    fn of(expected: &[Value], articles: &Path) -> Scorecard {
        let mut passes: HashMap<&str, Vec<bool>> = HashMap::new();
        let mut f1s = Vec::new();
        let mut misses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for record in expected {
            let path = record["path"].as_str().expect("path");
            let article = extract(&articles.join(path));
            for field in FIELDS.iter().filter(|f| is_scored(record, f)) {
                let ok = article.as_ref().is_some_and(|a| field_ok(field, &record[*field], a));
                passes.entry(field).or_default().push(ok);
                if !ok {
                    misses.entry(field.to_string()).or_default().insert(path.to_string());
                }
            }
            let f1 = article.as_ref().map_or(0.0, |a| f1(record["body"].as_str().unwrap_or(""), &a.body));
            f1s.push(f1);
            if f1 < BODY_PASS {
                misses.entry("body".to_string()).or_default().insert(path.to_string());
            }
        }
        let mut scores: BTreeMap<String, f64> = passes
            .iter()
            .map(|(f, oks)| (f.to_string(), share(oks.iter().filter(|ok| **ok).count(), oks.len())))
            .collect();
        scores.insert("body_f1".to_string(), round(f1s.iter().sum::<f64>() / f1s.len().max(1) as f64));
        Scorecard { scores, misses }
    }

    fn against(&self, recorded: &Value) -> Report {
        let mut report = Report { fixed: Vec::new(), broken: Vec::new() };
        for (field, score) in &self.scores {
            let record = recorded["scores"][field].as_f64().unwrap_or(0.0);
            if *score + 1e-9 < record {
                report.broken.push(format!("{field}: {score:.4} < recorded {record:.4}"));
            } else if *score > record + 1e-9 {
                report
                    .fixed
                    .push(format!("{field}: {score:.4} > recorded {record:.4} (raise it: NEWSIDX_RECORD=1)"));
            }
        }
        let empty = BTreeSet::new();
        for field in FIELDS.iter().copied().chain(["body"]) {
            let now = self.misses.get(field).unwrap_or(&empty);
            let before: BTreeSet<String> = recorded["misses"][field]
                .as_array()
                .map(|files| files.iter().filter_map(|f| f.as_str().map(String::from)).collect())
                .unwrap_or_default();
            report.broken.extend(now.difference(&before).map(|f| format!("{field}: broke {f}")));
            report.fixed.extend(before.difference(now).map(|f| format!("{field}: fixed {f}")));
        }
        report
    }

    fn summary(&self) -> String {
        let scores: Vec<String> = self.scores.iter().map(|(f, s)| format!("{f} {s:.2}")).collect();
        format!("scored set: {}", scores.join(" "))
    }

    fn to_json(&self) -> Value {
        json!({ "scores": self.scores, "misses": self.misses })
    }
}

fn share(hits: usize, of: usize) -> f64 {
    round(hits as f64 / of.max(1) as f64)
}

fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// The first article extracted from a file, as the command line would read it.
fn extract(path: &Path) -> Option<Article> {
    let kind = Kind::of(path)?;
    let bytes = std::fs::read(path).ok()?;
    let name = path.to_string_lossy();
    read::from_bytes(&name, kind, &bytes, read::DEFAULT_MAX_FILE_SIZE).articles.into_iter().next()
}

/// A field is scored where its key is present; a `null` section is not scored (as in `score.py`).
fn is_scored(record: &Value, field: &str) -> bool {
    match record.get(field) {
        None => false,
        Some(Value::Null) => field != "section",
        Some(_) => true,
    }
}

fn field_ok(field: &str, expected: &Value, article: &Article) -> bool {
    let text = |v: &Value| norm(v.as_str().unwrap_or(""));
    let got = |v: &Option<String>| norm(v.as_deref().unwrap_or(""));
    match field {
        "title" => text(expected) == got(&article.title),
        "authors" => author_set(expected) == article.authors.iter().map(|a| norm(a).to_lowercase()).collect(),
        "date" => text(expected) == article.date.map(|d| d.to_string()).unwrap_or_default(),
        "location" => text(expected).to_lowercase() == got(&article.location).to_lowercase(),
        "source" => text(expected).to_lowercase() == got(&article.source).to_lowercase(),
        _ => text(expected).to_lowercase() == got(&article.section).to_lowercase(),
    }
}

fn author_set(expected: &Value) -> BTreeSet<String> {
    let names = expected.as_array().map(Vec::as_slice).unwrap_or_default();
    names.iter().filter_map(Value::as_str).map(|n| norm(n).to_lowercase()).filter(|n| !n.is_empty()).collect()
}

/// Whitespace squashed and curly quotes made straight.
fn norm(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Token F1 of two texts, tokens being runs of word characters in lower case.
fn f1(expected: &str, actual: &str) -> f64 {
    let (e, a) = (counts(expected), counts(actual));
    let (e_total, a_total): (usize, usize) = (e.values().sum(), a.values().sum());
    if e_total == 0 || a_total == 0 {
        return if e_total == a_total { 1.0 } else { 0.0 };
    }
    let common: usize = e.iter().map(|(t, n)| (*n).min(a.get(t).copied().unwrap_or(0))).sum();
    let (p, r) = (common as f64 / a_total as f64, common as f64 / e_total as f64);
    if common == 0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    let lower = norm(text).to_lowercase();
    for token in lower.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|t| !t.is_empty()) {
        *counts.entry(token.to_string()).or_insert(0) += 1;
    }
    counts
}
