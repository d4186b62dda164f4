//! Web archives (`.warc`, `.warc.gz`): one article per archived HTML page, read a record at a
//! time so an archive of any size passes through bounded memory. A record's place in the file is
//! its byte offset — of the gzip member that holds it in a `.warc.gz`, as web-archive indexes
//! (CDX) give it, so a tool can seek to it — and the article's path is `FILE#OFFSET`.
//!
//! Records are parsed by the `warc` crate, HTTP responses by `httparse` (module `http`); a page's
//! address is its `WARC-Target-URI` and, when the page states no date, its day is the
//! `WARC-Date` it was archived on.

mod http;

use crate::read::{self, Format, Kind, Outcome};
use chrono::{DateTime, Utc};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use warc::{RecordType, WarcHeader, WarcReader};

/// One archived record that may hold a page.
#[derive(Debug, Clone)]
pub struct Record {
    /// Where it stands in the file: `OFFSET`, or `OFFSET.N` for the N-th record after the first
    /// in one gzip member.
    pub place: String,
    /// `WARC-Type`: `response` (an HTTP response) or `resource` (the document itself).
    pub is_response: bool,
    /// `WARC-Target-URI`.
    pub target: Option<String>,
    /// `WARC-Date`.
    pub date: DateTime<Utc>,
    /// The record's `Content-Type` (for a `resource`, the document's type).
    pub content_type: Option<String>,
    /// The record's block: an HTTP response with its head, or the document.
    pub block: Vec<u8>,
}

/// The records of one archive, in order. After a record that cannot be parsed the rest of the
/// file cannot be found either, so the error ends the walk.
pub struct Records {
    input: Counting<BufReader<File>>,
    gzip: bool,
    limit: u64,
    /// Records already inflated from the current gzip member, with their places.
    pending: std::vec::IntoIter<Result<Record, String>>,
    done: bool,
}

/// Opens `path` as a web archive; `limit` bounds the bytes one record may inflate to.
pub fn open(path: &Path, gzip: bool, limit: u64) -> io::Result<Records> {
    let input = Counting { inner: BufReader::with_capacity(256 << 10, File::open(path)?), position: 0 };
    Ok(Records { input, gzip, limit, pending: Vec::new().into_iter(), done: false })
}

impl Iterator for Records {
    type Item = Result<Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(next) = self.pending.next() {
                return Some(next);
            }
            if self.done || self.input.at_end() {
                return None;
            }
            let found = if self.gzip { self.next_member() } else { self.next_plain().map(|r| vec![r]) };
            match found {
                Some(records) => {
                    self.done = records.iter().any(|r| r.is_err() && !self.gzip);
                    self.pending = records.into_iter();
                }
                None => return None,
            }
        }
    }
}

impl Records {
    /// The next record of an uncompressed archive, read where the last one ended.
    fn next_plain(&mut self) -> Option<Result<Record, String>> {
        let at = self.input.position;
        let Some(parsed) = WarcReader::new(&mut self.input).iter_records().next() else {
            let cut = self.input.position > at;
            return cut.then(|| Err(format!("record at byte {at}: cut short before its headers end")));
        };
        Some(parsed.map_err(|e| format!("record at byte {at}: {e}")).and_then(|r| record(r, at.to_string())))
    }

    /// Every record of the next gzip member, inflated whole (up to the limit).
    fn next_member(&mut self) -> Option<Vec<Result<Record, String>>> {
        let at = self.input.position;
        let mut inflated = Vec::new();
        let mut member = flate2::bufread::GzDecoder::new(&mut self.input);
        let read = (&mut member).take(self.limit.saturating_add(1)).read_to_end(&mut inflated);
        if let Err(e) = read {
            self.done = true;
            return Some(vec![Err(format!("record at byte {at}: not valid gzip ({e})"))]);
        }
        if inflated.len() as u64 > self.limit {
            let drained = io::copy(&mut member, &mut io::sink());
            self.done = drained.is_err();
            return Some(vec![Err(format!(
                "record at byte {at}: inflates past the size limit (--max-file-size)"
            ))]);
        }
        Some(member_records(&inflated, at))
    }
}

/// The records of one inflated gzip member (usually one).
fn member_records(bytes: &[u8], at: u64) -> Vec<Result<Record, String>> {
    let mut rest = bytes;
    let mut records = Vec::new();
    for n in 0.. {
        let place = if n == 0 { at.to_string() } else { format!("{at}.{n}") };
        let Some(parsed) = WarcReader::new(&mut rest).iter_records().next() else { break };
        match parsed {
            Ok(r) => records.push(record(r, place)),
            Err(e) => {
                records.push(Err(format!("record at byte {place}: {e}")));
                break;
            }
        }
    }
    records
}

fn record(r: warc::Record<warc::BufferedBody>, place: String) -> Result<Record, String> {
    let is_response = match r.warc_type() {
        RecordType::Response => true,
        RecordType::Resource => false,
        _ => {
            return Ok(Record {
                place,
                is_response: false,
                target: None,
                date: *r.date(),
                content_type: None,
                block: Vec::new(),
            })
        }
    };
    Ok(Record {
        is_response,
        target: r.header(WarcHeader::TargetURI).map(|t| t.trim_matches(['<', '>']).to_string()),
        date: *r.date(),
        content_type: r.header(WarcHeader::ContentType).map(|c| c.into_owned()),
        block: r.body().to_vec(),
        place,
    })
}

/// The article of an archived HTML page, or `None` for a record that holds none (a request,
/// metadata, an image, a redirect, an error page). `file` is the archive's path as indexed.
pub fn article_of(file: &str, record: &Record, limit: u64) -> Option<Outcome> {
    let html = if record.is_response {
        http::html_body(&record.block, limit)?
    } else if record.content_type.as_deref().is_some_and(http::is_html) {
        Ok(record.block.clone())
    } else {
        return None;
    };
    let name = format!("{file}#{}", record.place);
    let body = match html {
        Ok(body) => body,
        Err(reason) => return Some(Outcome { errors: vec![reason], ..Outcome::default() }),
    };
    let mut outcome =
        read::from_bytes_guarded(&name, Kind { format: Format::Html, gzip: false }, &body, limit);
    for article in &mut outcome.articles {
        article.path = name.clone();
        if let Some(target) = record.target.as_deref().and_then(|t| crate::address::absolute(t, None)) {
            article.url = Some(target);
        }
        article.date = article.date.or(Some(record.date.date_naive()));
    }
    Some(outcome)
}

/// A reader that counts the bytes taken from it, so each record's offset is known.
struct Counting<R> {
    inner: R,
    position: u64,
}

impl<R: BufRead> Counting<R> {
    fn at_end(&mut self) -> bool {
        self.inner.fill_buf().map_or(true, |b| b.is_empty())
    }
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.position += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        self.inner.consume(amount);
    }
}

#[cfg(test)]
mod tests;
