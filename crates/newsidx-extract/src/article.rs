//! The `Article`: what a reporter would name in a news file, and the one value that flows from
//! extraction into the index and back out of it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The fields extracted from one news file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Where the article came from (absolute when indexed, as given when extracted).
    pub path: String,
    /// The headline.
    pub title: Option<String>,
    /// The people in the byline, in natural case.
    pub authors: Vec<String>,
    /// The first publication day.
    pub date: Option<NaiveDate>,
    /// The dateline place as printed (`MOSCOW/WASHINGTON`, `KYIV, Ukraine`).
    pub location: Option<String>,
    /// The wire agency by its usual short name (`Reuters`, `AP`, `AFP`).
    pub source: Option<String>,
    /// The publication that printed it when that is not a wire agency (`The Harbour Gazette`),
    /// as a research database (Nexis, Factiva, a news CSV) names it; a wire goes to `source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The story's length in words as the database that exported it states it (Nexis
    /// `LENGTH:`, Factiva `WC`, a CSV's `word_count`): the length of the printed story, which a
    /// researcher compares with the text the database let through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word_count: Option<u32>,
    /// The top-level section of the site (`World`, `Business`).
    pub section: Option<String>,
    /// The article's paragraphs, joined by blank lines.
    pub body: String,
    /// The language of the text (ISO 639-1 where it has one, e.g. `en`, `de`), when detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The article's own web address: the canonical one the page states, a record's `url`, or
    /// the address a web archive fetched it from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Article {
    /// True when nothing worth indexing was found: no title and no body.
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.body.trim().is_empty()
    }
}
