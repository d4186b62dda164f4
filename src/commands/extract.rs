//! `newsidx extract`: the extracted fields of files or folders as JSON Lines, with no index.
//! The quickest way to see (and score) what the extractor makes of an archive.

use super::report;
use super::warn;
use crate::crawl;
use crate::error::Status;
use crate::output::write_json;
use newsidx_extract::read::{self, Format, Kind, Outcome};
use newsidx_extract::warc;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What `extract` was asked to do.
#[derive(Debug, Clone)]
pub struct ExtractConfig {
    /// Files and folders.
    pub paths: Vec<PathBuf>,
    /// Files larger than this many bytes are skipped.
    pub max_file_size: u64,
    /// Say what the rules took each line for and where each field came from, instead.
    pub explain: bool,
    /// With `explain`: as JSON Lines.
    pub json: bool,
}

/// Counts for the closing line.
#[derive(Default)]
struct Tally {
    files: u64,
    bytes: u64,
    errors: u64,
}

/// Files read and extracted in parallel before their articles are printed, in walk order.
const CHUNK: usize = 64;

/// Prints one JSON object per article and a summary (files, MB/s) on stderr.
pub fn run(config: &ExtractConfig) -> anyhow::Result<Status> {
    let started = Instant::now();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut tally = Tally::default();
    let found: Vec<Result<(PathBuf, Kind), String>> =
        config.paths.iter().flat_map(|p| files_under(p)).collect();
    if config.explain {
        return super::explain::run(&found, config.max_file_size, config.json);
    }
    for chunk in found.chunks(CHUNK) {
        let read: Vec<Read> = chunk.par_iter().map(|f| read_one(f, config.max_file_size)).collect();
        for one in read {
            emit(&mut out, one, config.max_file_size, &mut tally)?;
        }
    }
    out.flush()?;
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let mb = tally.bytes as f64 / 1e6;
    eprintln!(
        "extracted {} files, {mb:.1} MB in {secs:.2}s ({:.1} MB/s), errors {}",
        tally.files,
        mb / secs,
        tally.errors
    );
    Ok(if tally.errors > 0 { Status::Errored } else { Status::Success })
}

/// What reading one found entry came to.
enum Read {
    /// Read and extracted.
    Done { name: String, bytes: u64, outcome: Outcome },
    /// Over the size limit.
    TooLarge { name: String, size: u64 },
    /// Not readable, or not walkable.
    Failed(String),
    /// A web archive, read record by record when its turn comes.
    Archive { path: PathBuf, gzip: bool },
}

fn read_one(found: &Result<(PathBuf, Kind), String>, limit: u64) -> Read {
    let (path, kind) = match found {
        Ok((path, kind)) => (path, *kind),
        Err(message) => return Read::Failed(message.clone()),
    };
    if kind.format == Format::Warc {
        return Read::Archive { path: path.clone(), gzip: kind.gzip };
    }
    let name = path.display().to_string();
    match read::load(path, limit) {
        Ok(data) => {
            let outcome = read::from_bytes_guarded(&name, kind, &data, limit);
            Read::Done { name, bytes: data.len() as u64, outcome }
        }
        Err(read::Unread::TooLarge(size)) => Read::TooLarge { name, size },
        Err(read::Unread::Io(e)) => Read::Failed(format!("{name}: {e}")),
    }
}

fn emit(out: &mut impl Write, read: Read, limit: u64, tally: &mut Tally) -> std::io::Result<()> {
    match read {
        Read::Done { name, bytes, outcome } => {
            tally.files += 1;
            tally.bytes += bytes;
            if report(&name, &outcome) {
                tally.errors += 1;
            }
            outcome.articles.iter().try_for_each(|a| write_json(out, a))
        }
        Read::TooLarge { name, size } => {
            report(&name, &read::too_large(size, limit));
            Ok(())
        }
        Read::Failed(message) => {
            warn(&message);
            tally.errors += 1;
            Ok(())
        }
        Read::Archive { path, gzip } => emit_archive(out, &path, gzip, limit, tally),
    }
}

/// Prints the articles of a web archive a batch of records at a time.
fn emit_archive(
    out: &mut impl Write,
    path: &Path,
    gzip: bool,
    limit: u64,
    tally: &mut Tally,
) -> std::io::Result<()> {
    let name = path.display().to_string();
    let records = match warc::open(path, gzip, limit) {
        Ok(records) => records,
        Err(e) => {
            warn(&format!("{name}: {e}"));
            tally.errors += 1;
            return Ok(());
        }
    };
    tally.files += 1;
    tally.bytes += std::fs::metadata(path).map_or(0, |m| m.len());
    let mut records = records.peekable();
    while records.peek().is_some() {
        let batch = next_batch(&mut records, &name, tally);
        let outcomes: Vec<_> =
            batch.par_iter().filter_map(|r| Some((&r.place, warc::article_of(&name, r, limit)?))).collect();
        for (place, outcome) in outcomes {
            tally.errors += u64::from(report(&format!("{name}#{place}"), &outcome));
            outcome.articles.iter().try_for_each(|a| write_json(out, a))?;
        }
    }
    Ok(())
}

/// The next [`CHUNK`] records of the archive `name`, read one after another (a record's place
/// is known only once the one before it is read); each that cannot be read is told and counted.
fn next_batch(
    records: &mut impl Iterator<Item = Result<warc::Record, String>>,
    name: &str,
    tally: &mut Tally,
) -> Vec<warc::Record> {
    let mut batch = Vec::with_capacity(CHUNK);
    for record in records.take(CHUNK) {
        match record {
            Ok(record) => batch.push(record),
            Err(e) => {
                warn(&format!("{name}: {e}"));
                tally.errors += 1;
            }
        }
    }
    batch
}

/// A file named directly (read as text unless its name says otherwise), or the article files
/// under a folder.
fn files_under(path: &Path) -> Vec<Result<(PathBuf, Kind), String>> {
    if path.is_file() {
        let kind = Kind::of(path).unwrap_or(Kind { format: Format::Text, gzip: false });
        return vec![Ok((path.to_path_buf(), kind))];
    }
    if !path.exists() {
        return vec![Err(format!("{}: no such file or folder", path.display()))];
    }
    crawl::walk(path)
        .map(|r| r.map(|f| (f.path, f.kind)).map_err(|e| format!("{}: {}", e.path.display(), e.reason)))
        .collect()
}
