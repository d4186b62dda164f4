//! Prints, for each text file named on the command line, one JSON line with its path, the
//! headline ranker's feature names and every candidate line with its features. The training
//! script (`scripts/train-title-ranker.py`) reads this; it is no interface to build on.

use serde_json::json;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        let candidates: Vec<_> = newsidx_extract::training::title_candidates(&text)
            .into_iter()
            .map(|(title, features)| json!({ "title": title, "features": features }))
            .collect();
        let line = json!({ "path": path, "features": newsidx_extract::training::TITLE_FEATURES, "candidates": candidates });
        println!("{line}");
    }
}
