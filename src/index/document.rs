//! Articles to Tantivy documents and back.

use super::schema::{exact_key, Fields};
use crate::copies::minhash::Signature;
use chrono::{Datelike, NaiveDate, NaiveTime};
use newsidx_extract::address;
use newsidx_extract::article::Article;
use tantivy::schema::Value;
use tantivy::{DateTime, TantivyDocument};

/// What the incremental run knows about the file an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the epoch.
    pub mtime: i64,
    /// The first 8 bytes of the content's BLAKE3 hash.
    pub hash: u64,
}

impl FileStamp {
    /// The stamp of a file's bytes.
    pub fn of(bytes: &[u8], size: u64, mtime: i64) -> FileStamp {
        let digest = blake3::hash(bytes);
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest.as_bytes()[..8]);
        FileStamp { size, mtime, hash: u64::from_le_bytes(first) }
    }
}

/// The document for an article read from the file `file`, stamped `stamp`; `copies` adds the
/// signature its copies are recognised by.
pub fn to_document(
    f: &Fields,
    file: &str,
    article: &Article,
    stamp: FileStamp,
    copies: bool,
) -> TantivyDocument {
    let mut doc = TantivyDocument::new();
    doc.add_text(f.path, &article.path);
    doc.add_u64(f.path_hash, crate::copies::path_hash(&article.path));
    doc.add_text(f.file, file);
    add_words(&mut doc, f, article);
    add_numbers(&mut doc, f, article);
    let host = article.url.as_deref().and_then(address::host);
    add_address(&mut doc, f, article, host.as_deref());
    add_facets(&mut doc, f, article, host.as_deref());
    add_stamp(&mut doc, f, stamp);
    if let Some(signature) = copies.then(|| Signature::of(&article.body)).flatten() {
        for number in signature.to_numbers() {
            doc.add_u64(f.minhash, number);
        }
    }
    doc
}

/// The text fields searched and shown: the story and headline in the article's language, the
/// other fields as written, and source, section and outlet again as exact keys for filters.
fn add_words(doc: &mut TantivyDocument, f: &Fields, article: &Article) {
    let text = f.text_for(article.language.as_deref());
    doc.add_text(text.body, &article.body);
    add_opt(doc, text.title, article.title.as_deref());
    add_opt(doc, f.language, article.language.as_deref());
    add_opt(doc, f.location, article.location.as_deref());
    add_opt(doc, f.source, article.source.as_deref());
    add_opt(doc, f.section, article.section.as_deref());
    add_opt(doc, f.outlet, article.outlet.as_deref());
    for author in &article.authors {
        doc.add_text(f.author, author);
    }
    let exact = [
        (f.source_exact, &article.source),
        (f.section_exact, &article.section),
        (f.outlet_exact, &article.outlet),
    ];
    for (field, value) in exact {
        if let Some(value) = value {
            doc.add_text(field, exact_key(value));
        }
    }
}

/// The article's length and day, as fast fields sorted and counted on.
fn add_numbers(doc: &mut TantivyDocument, f: &Fields, article: &Article) {
    if let Some(words) = article.word_count {
        doc.add_u64(f.word_count, u64::from(words));
    }
    if let Some(date) = article.date {
        doc.add_date(f.date, to_datetime(date));
    }
}

/// The article's address and every domain of its `host`, so `--site example.com` finds
/// `news.example.com` too.
fn add_address(doc: &mut TantivyDocument, f: &Fields, article: &Article, host: Option<&str>) {
    if let Some(url) = &article.url {
        doc.add_text(f.url, url);
        for domain in host.map(address::domains).unwrap_or_default() {
            doc.add_text(f.site, domain);
        }
    }
}

/// The file's size, time and hash, which tell the next run whether it changed.
fn add_stamp(doc: &mut TantivyDocument, f: &Fields, stamp: FileStamp) {
    doc.add_u64(f.size, stamp.size);
    doc.add_i64(f.mtime, stamp.mtime);
    doc.add_u64(f.hash, stamp.hash);
}

/// The values `stats` counts, as printed: each author, the place, agency, section, language,
/// the host of the address, and the day as year, `yyyymm` and `yyyymmdd`.
fn add_facets(doc: &mut TantivyDocument, f: &Fields, article: &Article, host: Option<&str>) {
    let facets = &f.facets;
    for author in &article.authors {
        doc.add_text(facets.author, author);
    }
    add_opt(doc, facets.location, article.location.as_deref());
    add_opt(doc, facets.source, article.source.as_deref());
    add_opt(doc, facets.section, article.section.as_deref());
    add_opt(doc, facets.outlet, article.outlet.as_deref());
    add_opt(doc, facets.language, article.language.as_deref());
    add_opt(doc, facets.site, host);
    if let Some((date, y)) = article.date.and_then(|d| Some((d, u64::try_from(d.year()).ok()?))) {
        let (m, d) = (u64::from(date.month()), u64::from(date.day()));
        doc.add_u64(facets.year, y);
        doc.add_u64(facets.month, y * 100 + m);
        doc.add_u64(facets.day, (y * 100 + m) * 100 + d);
    }
}

fn add_opt(doc: &mut TantivyDocument, field: tantivy::schema::Field, value: Option<&str>) {
    if let Some(value) = value {
        doc.add_text(field, value);
    }
}

/// Midnight UTC of a day, as Tantivy stores dates.
pub fn to_datetime(date: NaiveDate) -> DateTime {
    DateTime::from_timestamp_secs(date.and_time(NaiveTime::MIN).and_utc().timestamp())
}

/// The article stored in a document.
pub fn to_article(f: &Fields, doc: &TantivyDocument) -> Article {
    let text = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
    Article {
        path: text(f.path).unwrap_or_default(),
        title: f.all_text().find_map(|t| text(t.title)),
        authors: doc.get_all(f.author).filter_map(|v| v.as_str()).map(str::to_string).collect(),
        date: doc
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0))
            .map(|d| d.date_naive()),
        location: text(f.location),
        source: text(f.source),
        section: text(f.section),
        outlet: text(f.outlet),
        word_count: doc.get_first(f.word_count).and_then(|v| v.as_u64()).and_then(|w| u32::try_from(w).ok()),
        body: f.all_text().find_map(|t| text(t.body)).unwrap_or_default(),
        language: text(f.language),
        url: text(f.url),
    }
}
