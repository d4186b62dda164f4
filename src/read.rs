//! One file to articles: which files are articles, how their bytes become text, and the
//! per-file outcome that the index run counts (articles, skipped with a reason, or an error).

use crate::article::Article;
use crate::decode::{decode, NotText};
use crate::extract;
use std::path::Path;

/// The file formats newsidx reads, by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A page saved as plain text (`.txt`).
    Text,
}

impl Format {
    /// The format of a file by its extension, or `None` for files that are not articles.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// What reading one file gave.
#[derive(Debug)]
pub enum Outcome {
    /// The article(s) in the file, with warnings worth showing (e.g. a detected charset).
    Articles(Vec<Article>, Vec<String>),
    /// Not an article: empty, binary, or no text found. The reason is shown to the user.
    Skipped(String),
}

/// Extracts the articles from a file's bytes; `name` is the path recorded in each article.
pub fn from_bytes(name: &str, format: Format, bytes: &[u8]) -> Outcome {
    let decoded = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(reason @ (NotText::Empty | NotText::Binary)) => {
            return Outcome::Skipped(reason.to_string())
        }
    };
    let mut warnings = Vec::new();
    if let Some(charset) = decoded.detected {
        warnings.push(format!("not UTF-8; decoded as {charset}"));
    }
    let article = match format {
        Format::Text => extract::from_text(name, &decoded.text),
    };
    if article.is_empty() {
        return Outcome::Skipped("no article text found".to_string());
    }
    Outcome::Articles(vec![article], warnings)
}

/// Reads and extracts one file.
pub fn from_file(path: &Path, name: &str, format: Format) -> std::io::Result<Outcome> {
    Ok(from_bytes(name, format, &std::fs::read(path)?))
}
