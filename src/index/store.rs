//! Where the index lives and how it is opened: created fresh, opened for writing, or opened for
//! reading, each with a clear error for a missing, foreign or damaged index.

use super::schema::{self, Fields, TextFields, SCHEMA_VERSION, STEMMED};
use crate::error::UserError;
use std::path::{Path, PathBuf};
use tantivy::directory::error::LockError;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{Index, IndexSettings, TantivyError, Term};

/// The file beside Tantivy's own that records the schema version.
const VERSION_FILE: &str = "newsidx-version";

/// An opened index with its field handles.
pub struct Store {
    /// The Tantivy index.
    pub index: Index,
    /// The fields of its schema.
    pub fields: Fields,
    /// The folder it lives in.
    pub dir: PathBuf,
}

impl Store {
    /// A searcher on the last commit. The reader does not watch for new commits: each command
    /// opens the index afresh, so no watcher thread is started for a one-shot search.
    pub fn searcher(&self) -> anyhow::Result<tantivy::Searcher> {
        let reader: tantivy::IndexReader = self
            .index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| damaged(&self.dir, &e))?;
        Ok(reader.searcher())
    }

    /// An error met while reading an index that opened: a Tantivy error there means files that
    /// do not hold what `meta.json` promised, so it is reported as damage.
    pub fn read_error(&self, err: anyhow::Error) -> anyhow::Error {
        match err.downcast_ref::<TantivyError>() {
            Some(tantivy_error) => damaged(&self.dir, tantivy_error),
            None => err,
        }
    }

    /// The title/body field pairs that hold any document: the default pair always, a language's
    /// own pair only when the archive has articles in it (so queries on an English archive do
    /// not look words up in eleven empty fields). The languages are read from the `language`
    /// field's terms: one term dictionary opened instead of one per language (opening the eleven
    /// empty ones took up to 0.4 ms of a cold one-shot search).
    pub fn text_in_use(&self, searcher: &tantivy::Searcher) -> Vec<TextFields> {
        let mut in_use = vec![self.fields.text];
        for (code, _) in STEMMED {
            let term = Term::from_field_text(self.fields.language, code);
            if searcher.doc_freq(&term).is_ok_and(|n| n > 0) {
                in_use.push(self.fields.text_for(Some(code)));
            }
        }
        in_use
    }
}

/// The index folder: `--index`, else `NEWSIDX_INDEX` (resolved by the caller), else the platform
/// data folder.
pub fn default_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("newsidx")
}

/// True when `dir` holds an index (of any version).
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Opens an existing index for reading or writing.
pub fn open(dir: &Path) -> anyhow::Result<Store> {
    if !exists(dir) {
        return Err(UserError::NoIndex(dir.to_path_buf()).into());
    }
    check_version(dir)?;
    let index = Index::open_in_dir(dir).map_err(|e| damaged(dir, &e))?;
    schema::register_tokenizers(&index);
    let fields = schema::fields_of(&index.schema()).map_err(|e| damaged(dir, &e))?;
    Ok(Store { index, fields, dir: dir.to_path_buf() })
}

/// Opens the index for an `index` run, creating it when absent. With `rebuild`, an index that
/// cannot be opened (another schema version, damage) is cleared and created anew; one that opens
/// is kept, and the run replaces its documents in one commit, so a killed rebuild loses nothing.
pub fn open_for_indexing(dir: &Path, rebuild: bool) -> anyhow::Result<Store> {
    if exists(dir) {
        match open(dir) {
            Err(err) if rebuild && !is_locked(&err) => clear(dir)?,
            opened => return opened,
        }
    }
    refuse_foreign(dir)?;
    std::fs::create_dir_all(dir)
        .map_err(|e| UserError::BadRoot { path: dir.to_path_buf(), reason: e.to_string() })?;
    let (schema, fields) = schema::build();
    let index = Index::builder()
        .schema(schema)
        .settings(settings())
        .create_in_dir(dir)
        .map_err(|e| damaged(dir, &e))?;
    schema::register_tokenizers(&index);
    std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION.to_string())?;
    Ok(Store { index, fields, dir: dir.to_path_buf() })
}

/// Stored fields (mostly the bodies) are compressed with zstd at level 6 in 24 KiB blocks. Each
/// hit a search prints decompresses its whole block, ~15 µs per 8 KiB, so smaller blocks make
/// one-shot searches faster and the index larger: at 16 KiB the 100k-article benchmark's index
/// was 0.79× the text and the 400k one 0.81×, over the 0.8× it must stay under, once bodies kept
/// their last paragraphs and tables; 24 KiB gives 0.78× and 0.79× for +0.12 ms a one-shot
/// search (p50 3.55 → 3.67 ms, paired runs). On news text level 6 compresses twice as fast as
/// level 9 to within 0.1% of its size (full index 0.96× the time); level 3 leaves the index 4%
/// larger.
fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor { compression_level: Some(6) }),
        docstore_blocksize: 24 * 1024,
        ..IndexSettings::default()
    }
}

/// Refuses to create an index in a folder that holds anything but an index's own files (and the
/// saved searches, which a rebuild keeps): the
/// user named the wrong folder (an archive, a home folder), and an index written there would mix
/// with their files.
fn refuse_foreign(dir: &Path) -> Result<(), UserError> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let names = entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned());
    match names.into_iter().find(|name| !is_index_file(name) && !is_kept_beside(name)) {
        Some(example) => Err(UserError::NotAnIndex { dir: dir.to_path_buf(), example }),
        None => Ok(()),
    }
}

/// The user's files kept beside an index: saved searches, and what was pushed to engines.
fn is_kept_beside(name: &str) -> bool {
    name == crate::state::WATCHES_FILE || name == crate::push::ledger::LEDGERS_DIR
}

fn is_locked(err: &anyhow::Error) -> bool {
    matches!(err.downcast_ref::<UserError>(), Some(UserError::Locked(_)))
}

/// Removes an unreadable index's own files (Tantivy's and the version file), nothing else.
fn clear(dir: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_file() && is_index_file(name) {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// `meta.json`, `.managed.json`, lock files, the version file, the clusters of copies and their
/// places computed from the index (with the file an interrupted save left aside, and the JSON that indexes of
/// schema 9 kept them in), and `<32 hex>.<ext>` segment files.
fn is_index_file(name: &str) -> bool {
    let segment = name
        .split('.')
        .next()
        .is_some_and(|stem| stem.len() == 32 && stem.chars().all(|c| c.is_ascii_hexdigit()));
    let copies = [crate::state::COPIES_FILE, crate::state::PLACES_FILE]
        .iter()
        .any(|file| name.strip_prefix(file).is_some_and(|rest| rest.is_empty() || rest == ".tmp"));
    let ours = matches!(name, "meta.json" | ".managed.json" | VERSION_FILE | "newsidx-copies.json");
    segment || copies || ours || name.ends_with(".lock")
}

fn check_version(dir: &Path) -> Result<(), UserError> {
    let found = std::fs::read_to_string(dir.join(VERSION_FILE)).unwrap_or_else(|_| "none".into());
    if found.trim() == SCHEMA_VERSION.to_string() {
        Ok(())
    } else {
        Err(UserError::SchemaMismatch {
            dir: dir.to_path_buf(),
            found: found.trim().to_string(),
            wanted: SCHEMA_VERSION,
        })
    }
}

/// Maps an error opening the index to the user's words.
pub fn damaged(dir: &Path, err: &TantivyError) -> anyhow::Error {
    match err {
        TantivyError::LockFailure(LockError::LockBusy, _) => UserError::Locked(dir.to_path_buf()).into(),
        other => UserError::Damaged { dir: dir.to_path_buf(), reason: one_line(&other.to_string()) }.into(),
    }
}

fn one_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or(text);
    line.chars().take(160).collect()
}

#[cfg(test)]
mod tests {
    use super::is_index_file;

    #[test]
    fn the_index_files_are_told_from_a_users_files() {
        let ours = [
            "meta.json",
            ".managed.json",
            "newsidx-copies.bin",
            "newsidx-copies.bin.tmp",
            "newsidx-copies.json",
        ];
        for name in ours.into_iter().chain(["0123456789abcdef0123456789abcdef.idx", "x.lock"]) {
            assert!(is_index_file(name), "{name}");
        }
        for name in ["notes.txt", "newsidx-copies.bin.bak", "newsidx-watches.json", "0123.idx"] {
            assert!(!is_index_file(name), "{name}");
        }
    }
}
