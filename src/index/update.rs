//! Bringing an index up to date with its roots: files new or changed since the last run are read
//! and extracted in parallel, a chunk at a time, and written in batches, each one a commit a
//! killed run keeps; files gone from a root are deleted. Nothing here prints: problems go to
//! the caller's `warn`, progress to its `on_seen`.

mod archive;

use super::{compact, document, manifest, memory, FileStamp, Store};
use crate::crawl::{self, FileEntry, WalkError};
use newsidx_extract::read::{self, Outcome};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use tantivy::index::SegmentId;
use tantivy::{IndexWriter, TantivyDocument, Term};

/// Where an update sends a problem that does not stop it (a file it could not read).
pub type Warn<'a> = &'a (dyn Fn(&str) + Sync);

/// How an update runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Start over instead of updating.
    pub rebuild: bool,
    /// Files larger than this many bytes are skipped.
    pub max_file_size: u64,
    /// Files read between two commits.
    pub commit_every: usize,
    /// Recognise syndicated copies: sign each body and cluster the index after the run.
    pub copies: bool,
}

/// The counts an index run reports.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub seen: u64,
    pub added: u64,
    pub updated: u64,
    pub removed: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub errors: u64,
    pub seconds: f64,
}

/// Files read and extracted together before their documents go to the writer.
const CHUNK: usize = 256;
/// Files read between two commits unless the user says otherwise: a killed run keeps what it
/// committed, and the re-run skips it. A commit stalls extraction while the writer flushes its
/// segments, so commits are spaced to cost little (20,000 news files: about two seconds of work,
/// 9% faster than every 5,000 on the 100k benchmark archive).
pub const DEFAULT_COMMIT_EVERY: usize = 20_000;
/// The writer's memory budget, shared by its threads.
const WRITER_BUDGET: usize = 128 << 20;

/// Brings the index up to date with `roots` (canonical, none inside another), reporting each
/// file seen to `on_seen`. The summary's `seconds` is left to the caller, who knows when it began.
pub fn run(
    store: &Store,
    roots: &[PathBuf],
    options: &Options,
    warn: Warn,
    on_seen: &dyn Fn(u64),
) -> anyhow::Result<Summary> {
    let mut writer: IndexWriter =
        store.index.writer(WRITER_BUDGET).map_err(|e| super::store::damaged(&store.dir, &e))?;
    let before = compact::segments_before(&store.index)?;
    compact::pause_merges(&writer);
    let mut run = Run::start(options, warn, store, &mut writer)?;
    run.update(roots.iter().flat_map(|root| crawl::walk(root)), on_seen)?;
    run.remove_vanished(roots)?;
    let summary = run.finish()?;
    memory::release_freed();
    if options.copies && live_articles(&store.index)? <= OVERLAP_MOST_ARTICLES {
        merge_beside_clustering(store, writer, &before)?;
    } else {
        merge(store, writer, &before)?;
        memory::release_freed();
        settle_copies(store, options.copies)?;
    }
    if options.copies {
        super::clusters::place(store)?;
    }
    Ok(summary)
}

/// The most articles an index may hold for its copies to be clustered while the run's segments
/// merge. Clustering holds about 300 bytes an article, and a merge maps its inputs as it reads
/// them: side by side at a million articles they peaked at 476 MB, one after the other at 354 MB.
/// Up to this size the overlap costs under 80 MB and hides clustering's time behind the merge
/// (at 100,000 articles an index run with copies takes 1.08× one without).
const OVERLAP_MOST_ARTICLES: u64 = 250_000;

fn live_articles(index: &tantivy::Index) -> tantivy::Result<u64> {
    Ok(index.searchable_segment_metas()?.iter().map(|m| u64::from(m.num_docs())).sum())
}

/// Merges the run's segments, waits for every merge and lets go of the writer.
fn merge(store: &Store, mut writer: IndexWriter, before: &HashSet<SegmentId>) -> anyhow::Result<()> {
    compact::merge_written(&store.index, &mut writer, before)?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Merges the run's segments while another thread clusters the copies. Clustering reads the
/// commit just made and merging rewrites its segments without changing a document, so they run
/// side by side: a merge keeps one core busy, and clustering after it had added a twentieth to a
/// full index of 100,000 articles.
fn merge_beside_clustering(
    store: &Store,
    writer: IndexWriter,
    before: &HashSet<SegmentId>,
) -> anyhow::Result<()> {
    std::thread::scope(|scope| {
        let clustering = scope.spawn(|| super::clusters::refresh(store));
        merge(store, writer, before)?;
        clustering.join().map_err(|_| anyhow::anyhow!("clustering copies panicked"))?.map(drop)
    })
}

/// Clusters the copies of the index as it now stands, or drops the clusters of a run told not to
/// recognise copies.
fn settle_copies(store: &Store, copies: bool) -> anyhow::Result<()> {
    if copies {
        super::clusters::refresh(store).map(drop)
    } else {
        super::clusters::forget(store)
    }
}

/// The path string stored in the index for a file.
pub fn path_key(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// One index pass in progress.
struct Run<'a> {
    options: &'a Options,
    warn: Warn<'a>,
    store: &'a Store,
    writer: &'a mut IndexWriter,
    known: HashMap<String, Known>,
    /// Folders inside the roots that the walk could not read: documents under them are never
    /// taken for vanished.
    blind: Vec<String>,
    summary: Summary,
    since_commit: usize,
}

/// A file the index holds, and whether this run's walk has met it.
struct Known {
    stamp: FileStamp,
    seen: bool,
}

/// What reading one changed file came to.
enum Change {
    /// Read: the documents to write, what reading said, and whether the content is as indexed.
    Read { docs: Vec<TantivyDocument>, outcome: Outcome, same_content: bool },
    /// The file could not be read at all.
    Unreadable(String),
}

impl<'a> Run<'a> {
    fn start(
        options: &'a Options,
        warn: Warn<'a>,
        store: &'a Store,
        writer: &'a mut IndexWriter,
    ) -> anyhow::Result<Run<'a>> {
        let known = if options.rebuild {
            writer.delete_all_documents()?;
            HashMap::new()
        } else {
            let stamps = manifest::read(&store.searcher()?, &store.fields)?;
            stamps.into_iter().map(|(file, stamp)| (file, Known { stamp, seen: false })).collect()
        };
        let summary = Summary::default();
        Ok(Run { options, warn, store, writer, known, blind: Vec::new(), summary, since_commit: 0 })
    }

    /// Reads the new and changed files as the walk finds them, a chunk at a time, and writes
    /// their documents: the file list is never held whole, so memory does not grow with the
    /// archive.
    fn update(
        &mut self,
        found: impl Iterator<Item = Result<FileEntry, WalkError>>,
        on_seen: &dyn Fn(u64),
    ) -> anyhow::Result<()> {
        let mut chunk = Vec::with_capacity(CHUNK);
        for item in found {
            match item {
                Ok(file) if self.unchanged_by_stat(&file) => self.summary.unchanged += 1,
                Ok(file) => chunk.push(file),
                Err(err) => self.walk_error(err),
            }
            if chunk.len() == CHUNK {
                self.update_chunk(&chunk)?;
                chunk.clear();
            }
            on_seen(self.summary.seen);
        }
        self.update_chunk(&chunk)
    }

    fn update_chunk(&mut self, chunk: &[FileEntry]) -> anyhow::Result<()> {
        let (archives, files): (Vec<&FileEntry>, Vec<&FileEntry>) =
            chunk.iter().partition(|f| f.kind.format == read::Format::Warc);
        let changes: Vec<Change> = files.par_iter().map(|f| self.read_change(f)).collect();
        for (file, change) in files.into_iter().zip(changes) {
            self.apply(file, change)?;
        }
        self.commit_if_due(chunk.len())?;
        archives.into_iter().try_for_each(|archive| self.update_archive(archive))
    }

    /// Counts the file as seen, and tells whether its size and time are those indexed.
    fn unchanged_by_stat(&mut self, file: &FileEntry) -> bool {
        self.summary.seen += 1;
        let Some(known) = self.known.get_mut(&path_key(&file.path)) else {
            return false;
        };
        known.seen = true;
        known.stamp.size == file.size && known.stamp.mtime == file.mtime
    }

    fn walk_error(&mut self, err: WalkError) {
        self.summary.errors += 1;
        (self.warn)(&format!("{}: {}", err.path.display(), err.reason));
        self.blind.push(path_key(&err.path));
    }

    fn read_change(&self, file: &FileEntry) -> Change {
        let key = path_key(&file.path);
        let limit = self.options.max_file_size;
        let bytes = match read::load(&file.path, limit) {
            Ok(bytes) => bytes,
            Err(read::Unread::Io(e)) => return Change::Unreadable(e.to_string()),
            Err(read::Unread::TooLarge(size)) => {
                return Change::Read {
                    docs: Vec::new(),
                    outcome: read::too_large(size, limit),
                    same_content: false,
                }
            }
        };
        let stamp = FileStamp::of(&bytes, file.size, file.mtime);
        let mut outcome = read::from_bytes_guarded(&key, file.kind, &bytes, limit);
        let articles = std::mem::take(&mut outcome.articles);
        let docs = articles
            .iter()
            .map(|a| document::to_document(&self.store.fields, &key, a, stamp, self.options.copies))
            .collect();
        let same_content = self.known.get(&key).is_some_and(|k| k.stamp.hash == stamp.hash);
        Change::Read { docs, outcome, same_content }
    }

    /// Puts what reading `file` gave into the index: its documents in place of the ones it had,
    /// none when it is now skipped, nothing when it could not be read (the old ones stay).
    fn apply(&mut self, file: &FileEntry, change: Change) -> anyhow::Result<()> {
        let key = path_key(&file.path);
        let (docs, outcome, same_content) = match change {
            Change::Read { docs, outcome, same_content } => (docs, outcome, same_content),
            Change::Unreadable(reason) => {
                (self.warn)(&format!("{key}: {reason}"));
                self.summary.errors += 1;
                return Ok(());
            }
        };
        if self.report(&key, &outcome) {
            self.summary.errors += 1;
        }
        let was_known = self.known.contains_key(&key);
        if outcome.skipped.is_some() {
            self.summary.skipped += 1;
            self.forget(&key, was_known);
            return Ok(());
        }
        if docs.is_empty() {
            return Ok(());
        }
        self.forget(&key, was_known);
        for doc in docs {
            self.writer.add_document(doc)?;
        }
        self.count_indexed(same_content, was_known);
        Ok(())
    }

    /// Deletes the documents of the file `key` when the index holds it (a file it does not hold
    /// has nothing to delete, and a delete costs a lookup in every segment at each commit).
    fn forget(&mut self, key: &str, was_known: bool) {
        if was_known {
            self.writer.delete_term(Term::from_field_text(self.store.fields.file, key));
        }
    }

    /// Counts a file indexed: unchanged when its content is the same, else updated or added.
    fn count_indexed(&mut self, same_content: bool, was_known: bool) {
        let counter = match (same_content, was_known) {
            (true, _) => &mut self.summary.unchanged,
            (false, true) => &mut self.summary.updated,
            (false, false) => &mut self.summary.added,
        };
        *counter += 1;
    }

    /// Passes on what reading a file turned up; true when any part of it could not be read.
    fn report(&self, key: &str, outcome: &Outcome) -> bool {
        outcome.warnings.iter().chain(&outcome.errors).for_each(|w| (self.warn)(&format!("{key}: {w}")));
        if let Some(reason) = &outcome.skipped {
            (self.warn)(&format!("{key}: skipped: {reason}"));
        }
        !outcome.errors.is_empty()
    }

    /// Commits the last batch and lets go of what the run knew about the files (the index's
    /// manifest can be as large as the archive is long), before segments are merged.
    fn finish(self) -> anyhow::Result<Summary> {
        self.writer.commit()?;
        Ok(self.summary)
    }

    fn commit_if_due(&mut self, done: usize) -> anyhow::Result<()> {
        self.since_commit += done;
        if self.since_commit >= self.options.commit_every {
            self.writer.commit()?;
            self.since_commit = 0;
        }
        Ok(())
    }

    /// Deletes the documents of files that are gone from a walked root: known to the index, not
    /// met by the walk, and not under a folder the walk could not read.
    fn remove_vanished(&mut self, roots: &[PathBuf]) -> anyhow::Result<()> {
        let roots: Vec<String> = roots.iter().map(|r| path_key(r)).collect();
        let under = |path: &str, dirs: &[String]| dirs.iter().any(|d| is_under(path, d));
        let gone: Vec<&String> = self
            .known
            .iter()
            .filter(|(k, known)| !known.seen && under(k, &roots) && !under(k, &self.blind))
            .map(|(k, _)| k)
            .collect();
        for key in gone {
            self.writer.delete_term(Term::from_field_text(self.store.fields.path, key));
            self.summary.removed += 1;
        }
        Ok(())
    }
}

/// True when `path` is `dir` or inside it.
fn is_under(path: &str, dir: &str) -> bool {
    Path::new(path).starts_with(dir)
}
