//! Web archives in an index run: a `.warc` of any size is read record by record, its HTML pages
//! extracted a batch at a time in parallel and written as they come, so memory holds one batch
//! and a killed run keeps every batch committed before it.

use super::{FileStamp, Run};
use crate::crawl::FileEntry;
use crate::index::{document, path_key};
use newsidx_extract::warc::{self, Record};
use rayon::prelude::*;
use std::io::Read;
use tantivy::Term;

/// Records extracted together before their documents go to the writer.
const RECORD_BATCH: usize = 256;

impl Run<'_> {
    /// Indexes the pages of one archive, replacing what the index held of it.
    pub(super) fn update_archive(&mut self, file: &FileEntry) -> anyhow::Result<()> {
        let key = path_key(&file.path);
        let opened = stamp_of(file).and_then(|stamp| {
            Ok((stamp, warc::open(&file.path, file.kind.gzip, self.options.max_file_size)?))
        });
        let (stamp, records) = match opened {
            Ok(opened) => opened,
            Err(e) => {
                (self.warn)(&format!("{key}: {e}"));
                self.summary.errors += 1;
                return Ok(());
            }
        };
        let was_known = self.known.contains_key(&key);
        let same_content = self.known.get(&key).is_some_and(|k| k.stamp.hash == stamp.hash);
        if was_known {
            self.writer.delete_term(Term::from_field_text(self.store.fields.file, &key));
        }
        let (pages, errored) = self.index_records(&key, records, stamp)?;
        self.summary.errors += u64::from(errored);
        let counter = match (pages, same_content, was_known) {
            (0, _, _) => &mut self.summary.skipped,
            (_, true, _) => &mut self.summary.unchanged,
            (_, false, true) => &mut self.summary.updated,
            (_, false, false) => &mut self.summary.added,
        };
        *counter += 1;
        Ok(())
    }

    /// Writes the articles of every record; returns how many, and whether any record failed.
    fn index_records(
        &mut self,
        key: &str,
        records: impl Iterator<Item = Result<Record, String>>,
        stamp: FileStamp,
    ) -> anyhow::Result<(u64, bool)> {
        let (mut pages, mut errored) = (0, false);
        let mut batch = Vec::with_capacity(RECORD_BATCH);
        for record in records {
            match record {
                Ok(record) => batch.push(record),
                Err(e) => {
                    (self.warn)(&format!("{key}: {e}"));
                    errored = true;
                }
            }
            if batch.len() == RECORD_BATCH {
                pages += self.write_batch(key, &batch, stamp, &mut errored)?;
                batch.clear();
            }
        }
        pages += self.write_batch(key, &batch, stamp, &mut errored)?;
        Ok((pages, errored))
    }

    fn write_batch(
        &mut self,
        key: &str,
        batch: &[Record],
        stamp: FileStamp,
        errored: &mut bool,
    ) -> anyhow::Result<u64> {
        let limit = self.options.max_file_size;
        let outcomes: Vec<_> = batch
            .par_iter()
            .filter_map(|r| Some((r.place.as_str(), warc::article_of(key, r, limit)?)))
            .collect();
        let mut written = 0;
        for (place, outcome) in outcomes {
            *errored |= self.report(&format!("{key}#{place}"), &outcome);
            for article in &outcome.articles {
                let doc = document::to_document(&self.store.fields, key, article, stamp, self.options.copies);
                self.writer.add_document(doc)?;
                written += 1;
            }
        }
        self.commit_if_due(batch.len())?;
        Ok(written)
    }
}

/// The archive's stamp, its content hashed as it streams by (an archive is not held whole).
fn stamp_of(file: &FileEntry) -> anyhow::Result<FileStamp> {
    let mut hasher = blake3::Hasher::new();
    let mut input = std::fs::File::open(&file.path)?;
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let n = input.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    let mut first = [0u8; 8];
    first.copy_from_slice(&hasher.finalize().as_bytes()[..8]);
    Ok(FileStamp { size: file.size, mtime: file.mtime, hash: u64::from_le_bytes(first) })
}
