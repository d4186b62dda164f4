//! One file to articles: which files are articles, how their bytes become text (gzip, charset),
//! which reader turns the text into pages, and the per-file outcome the index run counts
//! (articles, skipped with a reason, errors naming the line).

mod pages;

use crate::article::Article;
use crate::rules;
use crate::Explanation;
use pages::pages_of;
use rayon::prelude::*;
use std::io::Read;
use std::path::Path;

/// The file formats newsidx reads, by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A page saved as plain text (`.txt`).
    Text,
    /// A saved web page (`.html`, `.htm`, `.xhtml`).
    Html,
    /// Markdown with optional YAML front matter (`.md`, `.markdown`).
    Markdown,
    /// One article object, or an array of them (`.json`).
    Json,
    /// One article object per line (`.jsonl`, `.ndjson`).
    JsonLines,
    /// One mail message (`.eml`): a newsletter, a press release.
    Mail,
    /// A mailbox of messages (`.mbox`); each message's path is `file.mbox#N`.
    Mbox,
    /// A web archive (`.warc`), one article per archived HTML page, read record by record
    /// through [`crate::warc`] rather than whole.
    Warc,
    /// A table of stories, one to a row, its columns named by the header (`.csv`); each
    /// row's path is `file.csv#N`.
    Csv,
    /// The same, tab-separated (`.tsv`).
    Tsv,
    /// A Rich Text document (`.rtf`): a Nexis or Factiva export, or one article.
    Rtf,
    /// A Word document (`.docx`): a Nexis Uni export, or one article.
    Docx,
}

/// How a file is stored: its format, and whether it is gzip-compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The format of the (decompressed) content.
    pub format: Format,
    /// `X.gz` is read as X.
    pub gzip: bool,
}

impl Kind {
    /// The kind of a file by its name, or `None` for files that are not articles.
    pub fn of(path: &Path) -> Option<Kind> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let (name, gzip) = match name.strip_suffix(".gz") {
            Some(inner) => (inner.to_string(), true),
            None => (name, false),
        };
        let format = match name.rsplit_once('.')?.1 {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "warc" => Format::Warc,
            "eml" => Format::Mail,
            "mbox" => Format::Mbox,
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "rtf" => Format::Rtf,
            "docx" => Format::Docx,
            _ => return None,
        };
        (!is_readme(&name)).then_some(Kind { format, gzip })
    }
}

/// A folder's own README is documentation, not an article.
fn is_readme(name: &str) -> bool {
    name.starts_with("readme.")
}

/// What reading one file gave.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The articles found.
    pub articles: Vec<Article>,
    /// Problems worth showing that did not stop the file (a detected charset, a bad date).
    pub warnings: Vec<String>,
    /// Parts of the file that could not be read (a broken JSON line), each naming where.
    pub errors: Vec<String>,
    /// Set when the file is not an article at all: empty, binary, or no text found.
    pub skipped: Option<String>,
}

impl Outcome {
    fn skipped(reason: impl Into<String>) -> Outcome {
        Outcome { skipped: Some(reason.into()), ..Outcome::default() }
    }
}

/// Files larger than this are skipped unless the user sets another limit (`--max-file-size`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 20 * 1024 * 1024;

/// Why a file's bytes were not read.
#[derive(Debug)]
pub enum Unread {
    /// Larger than the limit (its size, as far as it was read).
    TooLarge(u64),
    /// The file could not be opened or read.
    Io(std::io::Error),
}

/// Reads a file of at most `limit` bytes. The size is checked before reading and again while
/// reading, so a file that grows meanwhile is never read past the limit.
pub fn load(path: &Path, limit: u64) -> Result<Vec<u8>, Unread> {
    let file = std::fs::File::open(path).map_err(Unread::Io)?;
    let size = file.metadata().map_err(Unread::Io)?.len();
    if size > limit {
        return Err(Unread::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(Unread::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Unread::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The outcome for a file over the size limit.
pub fn too_large(size: u64, limit: u64) -> Outcome {
    Outcome::skipped(format!(
        "{} is over the {} size limit (--max-file-size)",
        megabytes(size),
        megabytes(limit)
    ))
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// [`from_bytes`], with a panic in the rules turned into an error on this file alone: one file
/// that trips a bug never stops a run or loses what it has indexed.
pub fn from_bytes_guarded(name: &str, kind: Kind, bytes: &[u8], limit: u64) -> Outcome {
    guarded(|| from_bytes(name, kind, bytes, limit))
}

fn guarded(read: impl FnOnce() -> Outcome + std::panic::UnwindSafe) -> Outcome {
    std::panic::catch_unwind(read).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let error = format!("internal error while extracting ({what}); please report it with this file");
        Outcome { errors: vec![error], ..Outcome::default() }
    })
}

/// Extracts the articles from a file's bytes; `name` is the path recorded in each article, and
/// `limit` bounds what a gzip file may inflate to.
pub fn from_bytes(name: &str, kind: Kind, bytes: &[u8], limit: u64) -> Outcome {
    let (pages, mut outcome) = match pages_of(name, kind, bytes, limit) {
        Ok(read) => read,
        Err(unread) => return unread,
    };
    outcome.articles = match pages.len() {
        0 | 1 => pages.iter().map(|(path, page)| rules::from_page(path, page)).collect(),
        _ => pages.par_iter().map(|(path, page)| rules::from_page(path, page)).collect(),
    };
    outcome.articles.retain(|a| !a.is_empty());
    if outcome.articles.is_empty() && outcome.errors.is_empty() && outcome.skipped.is_none() {
        outcome.skipped = Some("no article text found".to_string());
    }
    outcome
}

/// How the rules read each page of a file's bytes (`newsidx extract --explain`); `Err` says why
/// the file gave no page.
pub fn explain(name: &str, kind: Kind, bytes: &[u8], limit: u64) -> Result<Vec<Explanation>, String> {
    let (pages, outcome) = pages_of(name, kind, bytes, limit)
        .map_err(|o| o.errors.join("; ") + &o.skipped.unwrap_or_default())?;
    if let Some(reason) = outcome.skipped.or_else(|| outcome.errors.first().cloned()) {
        return Err(reason);
    }
    Ok(pages.iter().map(|(path, page)| rules::explain::explain(path, page)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_rules_becomes_an_error_on_that_file() {
        let outcome = guarded(|| panic!("rule broke"));
        assert!(outcome.articles.is_empty());
        assert_eq!(outcome.errors.len(), 1);
        assert!(
            outcome.errors[0].contains("internal error while extracting (rule broke)"),
            "{:?}",
            outcome.errors
        );
    }

    fn kind(name: &str) -> Option<Kind> {
        Kind::of(Path::new(name))
    }

    #[test]
    fn kinds_by_name() {
        assert_eq!(kind("a/b.TXT").map(|k| k.format), Some(Format::Text));
        assert_eq!(kind("page.htm"), Some(Kind { format: Format::Html, gzip: false }));
        assert_eq!(kind("feed.jsonl.gz"), Some(Kind { format: Format::JsonLines, gzip: true }));
        assert_eq!(kind("crawl-00001.warc.gz"), Some(Kind { format: Format::Warc, gzip: true }));
        assert_eq!(kind("README.md"), None);
        assert_eq!(kind("logo.png"), None);
        assert_eq!(kind("noext"), None);
    }

    #[test]
    fn json_lines_name_the_broken_line_and_keep_the_rest() {
        let text = "{\"title\": \"One\", \"body\": \"First story text is here, and it is a sentence.\"}\n{broken\n\n{\"title\": \"Two\", \"body\": \"Second story text is here, also a sentence.\"}\n";
        let outcome = from_bytes(
            "feed.jsonl",
            Kind { format: Format::JsonLines, gzip: false },
            text.as_bytes(),
            DEFAULT_MAX_FILE_SIZE,
        );
        let paths: Vec<&str> = outcome.articles.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(paths, ["feed.jsonl#1", "feed.jsonl#4"]);
        assert_eq!(outcome.errors.len(), 1);
        assert!(outcome.errors[0].starts_with("line 2: invalid JSON"), "{:?}", outcome.errors);
    }

    #[test]
    fn a_spreadsheets_csv_is_read_in_its_charset_and_delimiter() {
        let (text, _, _) = encoding_rs::WINDOWS_1252.encode(
            "title;author;date;text\nCaf\u{e9}s en terrasse;Lise Morel;2026-05-05;Les caf\u{e9}s de la ville rouvrent leurs terrasses lundi, a annonc\u{e9} la mairie.\n",
        );
        let outcome = from_bytes(
            "sondage.csv",
            Kind::of(Path::new("sondage.csv")).expect("a kind"),
            &text,
            DEFAULT_MAX_FILE_SIZE,
        );
        assert_eq!(outcome.warnings, ["not UTF-8; decoded as windows-1252"]);
        let article = &outcome.articles[0];
        assert_eq!(
            (article.path.as_str(), article.title.as_deref()),
            ("sondage.csv#1", Some("Cafés en terrasse"))
        );
    }

    #[test]
    fn gzip_is_read_as_its_content() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(
            b"A headline for the test\n\nPARIS (AFP) - The story begins here with a full sentence.\n",
        )
        .expect("gzip");
        let bytes = gz.finish().expect("gzip");
        let outcome =
            from_bytes("x.txt.gz", Kind { format: Format::Text, gzip: true }, &bytes, DEFAULT_MAX_FILE_SIZE);
        assert_eq!(outcome.articles[0].source.as_deref(), Some("AFP"));
        let broken = from_bytes(
            "y.txt.gz",
            Kind { format: Format::Text, gzip: true },
            b"not gzip",
            DEFAULT_MAX_FILE_SIZE,
        );
        assert!(broken.errors[0].starts_with("not valid gzip"));
        let bomb = from_bytes("z.txt.gz", Kind { format: Format::Text, gzip: true }, &bytes, 10);
        assert!(bomb.skipped.is_some_and(|r| r.contains("size limit")));
    }
}
