//! The document an engine receives for one article, and the table of its fields that both the
//! documents and the engines' configs are written from, so the two cannot drift apart.

use super::words::Marker;
use crate::copies::{path_hash, Clusters};
use crate::index::schema::stem_code;
use chrono::{NaiveTime, SecondsFormat};
use newsidx_extract::address;
use newsidx_extract::article::Article;
use serde::Serialize;

/// One article as an engine indexes it. Absent fields are left out rather than sent as `null`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EngineDoc {
    /// A stable id: the hash of the article's path, as 16 hex digits. The same article exported
    /// again has the same id, so Elasticsearch's `_bulk` updates it instead of adding a twin.
    pub id: String,
    /// The id shared by every copy of one syndicated story: its cluster, or the article's own id
    /// when it has no copy. An engine collapses or counts stories by it.
    pub story: String,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The host of `url`, without `www.`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// The site and every domain above it (`news.example.org`, `example.org`): what `--site`
    /// filters on, as it does here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Midnight UTC of the publication day, in RFC 3339.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The length in words the exporting database states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub word_count: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub body: String,
    /// The title's words as newsidx indexes them ([`super::words`]): what an engine matches a
    /// query's words against, so it finds what newsidx finds. Not stored there.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title_words: String,
    /// The body's words, likewise.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub body_words: String,
}

impl EngineDoc {
    /// The document of a stored article, its story found among `clusters`.
    pub fn of(article: Article, clusters: &Clusters, marker: &mut Marker) -> EngineDoc {
        let code = stem_code(article.language.as_deref());
        let title_words = article.title.as_deref().map_or_else(String::new, |t| marker.marked(code, t));
        let body_words = marker.marked(code, &article.body);
        let id = id_of(&article.path);
        let story = clusters.place_of(&article.path).map_or_else(|| id.clone(), |p| clusters.id(p.cluster));
        let day = |d: chrono::NaiveDate| {
            d.and_time(NaiveTime::MIN).and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
        };
        let site = article.url.as_deref().and_then(address::host);
        EngineDoc {
            id,
            story,
            domains: site
                .as_deref()
                .map_or_else(Vec::new, |h| address::domains(h).into_iter().map(str::to_string).collect()),
            site,
            url: article.url,
            path: article.path,
            title: article.title,
            authors: article.authors,
            date: article.date.map(day),
            location: article.location,
            source: article.source,
            section: article.section,
            outlet: article.outlet,
            word_count: article.word_count,
            language: article.language,
            body: article.body,
            title_words,
            body_words,
        }
    }
}

/// The stable id of the article at `path`.
pub fn id_of(path: &str) -> String {
    format!("{:016x}", path_hash(path))
}

/// How an engine should index a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An exact value looked up, filtered and grouped whole (ids, the site, the language).
    Key,
    /// An exact value that is also shown (path, address): stored, not grouped.
    Address,
    /// Prose searched by words and phrases, positions kept, stored for snippets.
    Prose,
    /// A name counted by value as printed (authors, place, agency, section, outlet).
    Name,
    /// The publication day, the engine's time axis.
    Date,
    /// A whole number, fast for ranges and sums (the stated word count).
    Count,
    /// Words already cut, folded, stemmed and marked ([`super::words`]): indexed as they stand,
    /// with positions, and not stored.
    Words,
}

/// One field of [`EngineDoc`].
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    pub name: &'static str,
    pub kind: Kind,
    /// Whether it holds a list (`authors`).
    pub many: bool,
}

const fn spec(name: &'static str, kind: Kind) -> FieldSpec {
    FieldSpec { name, kind, many: false }
}

/// Every field of [`EngineDoc`], in its order.
pub const FIELDS: [FieldSpec; 18] = [
    spec("id", Kind::Key),
    spec("story", Kind::Key),
    spec("path", Kind::Address),
    spec("url", Kind::Address),
    spec("site", Kind::Key),
    FieldSpec { name: "domains", kind: Kind::Key, many: true },
    spec("title", Kind::Prose),
    FieldSpec { name: "authors", kind: Kind::Name, many: true },
    spec("date", Kind::Date),
    spec("location", Kind::Name),
    spec("source", Kind::Name),
    spec("section", Kind::Name),
    spec("outlet", Kind::Name),
    spec("word_count", Kind::Count),
    spec("language", Kind::Key),
    spec("body", Kind::Prose),
    spec("title_words", Kind::Words),
    spec("body_words", Kind::Words),
];
