//! What every engine's module gives and takes: a search as the engine is asked it ([`Asked`]), a
//! document as the engine holds it ([`Held`]) and a page of hits read back ([`Page`]). The
//! engines' modules (`quickwit`, `elastic`) build and read these; `search` picks the engine.

use super::http::{Call, Client};
use crate::error::UserError;
use crate::search::Hit;
use chrono::NaiveDate;
use serde::Deserialize;

/// A page of hits from an engine, and how many matched in all.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// One search as the engine is asked it.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub url: String,
    pub body: serde_json::Value,
}

impl Asked {
    /// Posts the search; its reply's status and JSON.
    pub fn answer(&self, client: &Client) -> Result<(u16, serde_json::Value), UserError> {
        let body = self.body.to_string();
        let reply = client.send(Call::post(&self.url, "application/json", body.as_bytes()))?;
        if !reply.is_success() {
            return Err(reply.refused(&self.url));
        }
        let parsed = serde_json::from_str(&reply.body).map_err(|e| self.unreadable(reply.status, e))?;
        Ok((reply.status, parsed))
    }

    /// A reply that says something other than what a search reply says.
    pub(super) fn unreadable(&self, status: u16, e: serde_json::Error) -> UserError {
        UserError::EngineRefused {
            url: self.url.clone(),
            status,
            message: format!("not a search reply newsidx can read: {e}"),
        }
    }
}

/// A document as exported ([`crate::export::document::EngineDoc`]), read back.
#[derive(Debug, Deserialize)]
pub struct Held {
    id: String,
    #[serde(default)]
    story: Option<String>,
    path: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    section: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    body: String,
}

/// The longest snippet taken from the start of a body when the engine marked no match in it.
const LEAD_CHARS: usize = 240;

impl Held {
    /// The hit at `rank` with the engine's score and marked passage (`<b>word</b>`, HTML-escaped).
    pub fn into_hit(self, rank: usize, score: Option<f32>, marked: Option<&str>) -> Hit {
        let (snippet, highlights) = match marked {
            Some(marked) => unmark(marked),
            None => (self.body.chars().take(LEAD_CHARS).collect(), Vec::new()),
        };
        let day = self.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
        Hit {
            rank,
            score,
            cluster: self.story.filter(|s| *s != self.id),
            copies: 0,
            path: self.path,
            title: self.title,
            authors: self.authors,
            date: day,
            location: self.location,
            source: self.source,
            section: self.section,
            outlet: self.outlet,
            language: self.language,
            url: self.url,
            snippet,
            highlights,
        }
    }
}

/// A passage with its matches in `<b>…</b>` and its text HTML-escaped, as the engines return
/// one: the plain text, and the byte ranges of the matches in it.
pub fn unmark(marked: &str) -> (String, Vec<[usize; 2]>) {
    let mut text = String::new();
    let mut highlights = Vec::new();
    for (i, piece) in marked.split("<b>").enumerate() {
        let (inside, after) = match (i, piece.split_once("</b>")) {
            (0, _) | (_, None) => ("", piece),
            (_, Some(split)) => split,
        };
        if !inside.is_empty() {
            let start = text.len();
            text.push_str(&htmlescape::decode_html(inside).unwrap_or_else(|_| inside.to_string()));
            highlights.push([start, text.len()]);
        }
        text.push_str(&htmlescape::decode_html(after).unwrap_or_else(|_| after.to_string()));
    }
    (text, highlights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_passages_become_text_and_byte_ranges() {
        let (text, ranges) = unmark("Prices of <b>oil</b> &amp; <b>gas</b> rose &#x27;sharply&#x27;");
        assert_eq!(text, "Prices of oil & gas rose 'sharply'");
        assert_eq!(ranges, vec![[10, 13], [16, 19]]);
        assert_eq!(&text[10..13], "oil");
    }

    #[test]
    fn an_exported_document_reads_back_as_a_hit() {
        let held: Held = serde_json::from_value(serde_json::json!({
            "id": "00000000000000aa", "story": "00000000000000bb", "path": "/a/story.txt",
            "title": "Ferry fares cut", "authors": ["Mira Holm"], "date": "2026-01-05T00:00:00Z",
            "body": "The island ferry company cut its fares."
        }))
        .unwrap();
        let hit = held.into_hit(3, Some(1.5), None);
        assert_eq!(
            (hit.rank, hit.date, hit.cluster.as_deref()),
            (3, NaiveDate::from_ymd_opt(2026, 1, 5), Some("00000000000000bb"))
        );
        assert_eq!(
            (hit.snippet.as_str(), hit.highlights.len()),
            ("The island ferry company cut its fares.", 0)
        );
    }
}
