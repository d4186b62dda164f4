//! Which reader turns a file's bytes into pages: by format, and for exports of research
//! databases by content (a `.txt`, `.rtf` or `.docx` that holds a Nexis or Factiva export, an
//! HTML page that is a Factiva export).

use super::{too_large, Format, Kind, Outcome, Unread};
use crate::decode::{decode, NotText};
use crate::page::Page;
use crate::readers::databases::{self, factiva};
use crate::readers::{delimited, docx, html, json, mail, markdown, rtf};
use crate::rules::lines::split_lines;
use std::io::Read;

/// The pages of a file's bytes with what reading said; `Err` when there is nothing to read.
/// Mail is handed to its reader as bytes, for a message states its own charsets part by part.
pub(super) fn pages_of(
    name: &str,
    kind: Kind,
    bytes: &[u8],
    limit: u64,
) -> Result<(Vec<(String, Page)>, Outcome), Outcome> {
    if matches!(kind.format, Format::Mail | Format::Mbox | Format::Rtf | Format::Docx) {
        let inflated = match kind.gzip {
            true => std::borrow::Cow::Owned(gunzip_or_outcome(bytes, limit)?),
            false => std::borrow::Cow::Borrowed(bytes),
        };
        let mut outcome = Outcome::default();
        let pages = match kind.format {
            Format::Rtf | Format::Docx => document_pages(name, kind.format, &inflated, limit, &mut outcome),
            _ => mail_pages(name, kind.format, &inflated, &mut outcome),
        };
        return Ok((pages, outcome));
    }
    let (text, mut outcome) = text_of(kind, bytes, limit)?;
    let pages = pages(name, kind.format, &text, &mut outcome);
    Ok((pages, outcome))
}

fn mail_pages(name: &str, format: Format, raw: &[u8], outcome: &mut Outcome) -> Vec<(String, Page)> {
    if format == Format::Mail {
        return single(name, mail::page(raw), outcome);
    }
    let mut pages = Vec::new();
    for (number, page) in mail::mbox_pages(raw) {
        match page {
            Ok(page) => pages.push((format!("{name}#{number}"), page)),
            Err(reason) => outcome.errors.push(format!("message {number}: {reason}")),
        }
    }
    pages
}

/// The pages of a word-processor document: the records of the export it holds, or the
/// document as one page saved as text.
fn document_pages(
    name: &str,
    format: Format,
    raw: &[u8],
    limit: u64,
    outcome: &mut Outcome,
) -> Vec<(String, Page)> {
    let paragraphs = match format {
        Format::Docx => docx::paragraphs(raw, limit),
        _ => rtf::text(raw).map(|text| databases::paragraphs(&text)),
    };
    let paragraphs = match paragraphs {
        Ok(paragraphs) => paragraphs,
        Err(reason) => {
            outcome.errors.push(reason);
            return Vec::new();
        }
    };
    match databases::pages(name, &paragraphs) {
        Some(records) => kept(records, outcome),
        None => vec![(name.to_string(), Page { lines: paragraphs, ..Page::default() })],
    }
}

/// The pages of records that could be read; a record that could not is a warning naming it.
fn kept(records: Vec<(String, Result<Page, String>)>, outcome: &mut Outcome) -> Vec<(String, Page)> {
    let mut pages = Vec::with_capacity(records.len());
    for (path, page) in records {
        match page {
            Ok(page) => pages.push((path, page)),
            Err(reason) => outcome.warnings.push(reason),
        }
    }
    pages
}

fn gunzip_or_outcome(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Outcome> {
    gunzip(bytes, limit).map_err(|unread| match unread {
        Unread::TooLarge(size) => too_large(size, limit),
        Unread::Io(e) => Outcome { errors: vec![format!("not valid gzip: {e}")], ..Outcome::default() },
    })
}

/// A file's text, and an outcome holding what decoding said; `Err` when there is no text.
fn text_of(kind: Kind, bytes: &[u8], limit: u64) -> Result<(String, Outcome), Outcome> {
    let inflated;
    let bytes = if kind.gzip {
        inflated = gunzip_or_outcome(bytes, limit)?;
        &inflated[..]
    } else {
        bytes
    };
    let decoded = match decode(bytes, kind.format == Format::Html) {
        Ok(decoded) => decoded,
        Err(reason @ (NotText::Empty | NotText::Binary)) => return Err(Outcome::skipped(reason.to_string())),
    };
    let mut outcome = Outcome::default();
    if let Some(charset) = decoded.detected {
        outcome.warnings.push(format!("not UTF-8; decoded as {charset}"));
    }
    Ok((decoded.text, outcome))
}

/// Inflates gzip data, refusing to inflate past `limit` (a small file can hold gigabytes).
fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Unread> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(Unread::Io)?;
    if out.len() as u64 > limit {
        return Err(Unread::TooLarge(out.len() as u64));
    }
    Ok(out)
}

/// The pages of a file's text, each with the path its article records; what reading said goes
/// into `outcome`.
fn pages(name: &str, format: Format, text: &str, outcome: &mut Outcome) -> Vec<(String, Page)> {
    match format {
        Format::Text => text_pages(name, text, outcome),
        Format::Html => match factiva::html_records(text) {
            Some(records) => kept(databases::numbered(name, records), outcome),
            None => single(name, html::page(text), outcome),
        },
        Format::Csv | Format::Tsv => delimited_pages(name, text, format == Format::Tsv, outcome),
        Format::Markdown => {
            let (page, warning) = markdown::page(text);
            outcome.warnings.extend(warning);
            vec![(name.to_string(), page)]
        }
        Format::Json => json_document(name, text, outcome),
        Format::JsonLines => json_lines(name, text, outcome),
        Format::Mail | Format::Mbox | Format::Rtf | Format::Docx => Vec::new(),
        Format::Warc => {
            outcome.errors.push("a web archive is read record by record (newsidx_extract::warc)".into());
            Vec::new()
        }
    }
}

/// A file that is one page, or skipped for the reason its reader gives.
fn single(name: &str, page: Result<Page, String>, outcome: &mut Outcome) -> Vec<(String, Page)> {
    match page {
        Ok(page) => vec![(name.to_string(), page)],
        Err(reason) => {
            outcome.skipped = Some(reason);
            Vec::new()
        }
    }
}

/// A page saved as text, or the records of an export saved as text. Only a text that could be
/// one (a record mark near its start, an end-of-record line, a headline code) is cut into
/// paragraphs twice.
fn text_pages(name: &str, text: &str, outcome: &mut Outcome) -> Vec<(String, Page)> {
    if databases::might_be_export(text) {
        if let Some(records) = databases::pages(name, &databases::paragraphs(text)) {
            return kept(records, outcome);
        }
    }
    vec![(name.to_string(), Page { lines: split_lines(text), ..Page::default() })]
}

fn delimited_pages(name: &str, text: &str, tab: bool, outcome: &mut Outcome) -> Vec<(String, Page)> {
    match delimited::pages(text, tab) {
        Ok(rows) => kept(rows.into_iter().map(|(n, page)| (format!("{name}#{n}"), page)).collect(), outcome),
        Err(reason) => {
            outcome.skipped = Some(reason);
            Vec::new()
        }
    }
}

fn json_document(name: &str, text: &str, outcome: &mut Outcome) -> Vec<(String, Page)> {
    let document: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            outcome.errors.push(format!("invalid JSON: {e}"));
            return Vec::new();
        }
    };
    let records = json::records(&document);
    let single = records.len() == 1;
    let path = |i: usize| if single { name.to_string() } else { format!("{name}#{}", i + 1) };
    records.iter().enumerate().map(|(i, r)| (path(i), json::page(r))).collect()
}

fn json_lines(name: &str, text: &str, outcome: &mut Outcome) -> Vec<(String, Page)> {
    let mut pages = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(record)) => {
                pages.push((format!("{name}#{}", i + 1), json::page(&record)))
            }
            Ok(_) => outcome.errors.push(format!("line {}: not a JSON object", i + 1)),
            Err(e) => outcome.errors.push(format!("line {}: invalid JSON: {e}", i + 1)),
        }
    }
    pages
}
