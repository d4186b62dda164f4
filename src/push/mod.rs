//! Sending the archive to a running engine so that it mirrors what newsidx selects: documents
//! new or changed since the engine last acknowledged them go out in batches under its request
//! limit, documents that left (deleted from the index, or no longer matching) are deleted there,
//! and a document the engine holds unchanged is not sent again. The [`ledger`] beside the index
//! remembers what the engine acknowledged, batch by batch, so an interrupted push resumes.

pub mod elastic;
pub mod ledger;
pub mod quickwit;

use crate::error::UserError;
use crate::export::document::EngineDoc;
use ledger::{Entry, Ledger};
use std::collections::HashSet;

/// One document on its way, as its JSON line.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub id: u64,
    /// The hash of `json`: what the ledger compares next time.
    pub hash: u64,
    /// The article's path, to name it in an error.
    pub path: String,
    pub json: String,
}

/// A document the engine would not take, and its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub id: u64,
    pub message: String,
}

/// An engine index that documents can be sent to and deleted from.
pub trait Sink {
    /// Creates the index from newsidx's config when the engine has none; true when it did.
    fn ensure_index(&self) -> Result<bool, UserError>;
    /// Whether a document sent again under its id replaces the one the engine holds
    /// (Elasticsearch), rather than standing beside it (Quickwit, which must delete it first).
    fn replaces(&self) -> bool;
    /// Indexes `docs`; `last` is the push's last batch, after which the engine should make
    /// everything searchable. Returns the documents it refused.
    fn send(&self, docs: &[Outgoing], last: bool) -> Result<Vec<Rejected>, UserError>;
    /// Deletes the documents with these ids.
    fn delete(&self, ids: &[u64]) -> Result<(), UserError>;
    /// Called once every batch and deletion is done.
    fn finish(&self) -> Result<(), UserError>;
}

/// How a push went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Documents sent and acknowledged.
    pub sent: u64,
    /// Documents the engine already held as they are.
    pub unchanged: u64,
    /// Documents deleted from the engine.
    pub deleted: u64,
    /// Requests that carried documents.
    pub batches: u64,
    /// Bytes of documents sent.
    pub bytes: u64,
}

/// How many ids one deletion names.
const DELETE_CHUNK: usize = 500;

/// Sends `docs` through `sink` in batches of at most `batch_bytes`, deletes what the ledger holds
/// and `docs` no longer has, and records every answer in `ledger`. `tick` is called once per
/// document read.
pub fn push(
    sink: &dyn Sink,
    ledger: &mut Ledger,
    docs: impl Iterator<Item = anyhow::Result<EngineDoc>>,
    batch_bytes: usize,
    tick: &dyn Fn(),
) -> anyhow::Result<Tally> {
    let mut tally = Tally::default();
    let mut seen = HashSet::new();
    let mut batch: Vec<Outgoing> = Vec::new();
    let mut batch_size = 0;
    for doc in docs {
        let doc = outgoing(doc?)?;
        tick();
        seen.insert(doc.id);
        if ledger.get(doc.id) == Some(Entry::Acked(doc.hash)) {
            tally.unchanged += 1;
            continue;
        }
        check_size(&doc, batch_bytes)?;
        if batch_size + doc.json.len() > batch_bytes {
            flush(sink, ledger, &mut batch, false, &mut tally)?;
            batch_size = 0;
        }
        batch_size += doc.json.len() + 1;
        batch.push(doc);
    }
    if !batch.is_empty() {
        flush(sink, ledger, &mut batch, true, &mut tally)?;
    }
    tally.deleted = delete_left(sink, ledger, &seen)?;
    sink.finish()?;
    ledger.compact()?;
    Ok(tally)
}

fn outgoing(doc: EngineDoc) -> anyhow::Result<Outgoing> {
    let json = serde_json::to_string(&doc)?;
    let id = u64::from_str_radix(&doc.id, 16)?;
    Ok(Outgoing { id, hash: xxhash_rust::xxh3::xxh3_64(json.as_bytes()), path: doc.path, json })
}

fn check_size(doc: &Outgoing, batch_bytes: usize) -> Result<(), UserError> {
    if doc.json.len() < batch_bytes {
        return Ok(());
    }
    let message =
        format!("the document is {} bytes, over the {batch_bytes} a request may carry", doc.json.len());
    Err(UserError::EngineRejected { path: doc.path.clone(), message })
}

/// Sends one batch: marked as sent first, older versions deleted where the engine would keep
/// them beside the new, then each answer recorded.
fn flush(
    sink: &dyn Sink,
    ledger: &mut Ledger,
    batch: &mut Vec<Outgoing>,
    last: bool,
    tally: &mut Tally,
) -> anyhow::Result<()> {
    let held: Vec<u64> = batch.iter().filter(|d| ledger.get(d.id).is_some()).map(|d| d.id).collect();
    ledger.sending(batch.iter().map(|d| d.id))?;
    if !sink.replaces() && !held.is_empty() {
        sink.delete(&held)?;
    }
    let rejected = sink.send(batch, last)?;
    let refused: HashSet<u64> = rejected.iter().map(|r| r.id).collect();
    let taken: Vec<&Outgoing> = batch.iter().filter(|d| !refused.contains(&d.id)).collect();
    ledger.acknowledged(taken.iter().map(|d| (d.id, d.hash)))?;
    tally.sent += taken.len() as u64;
    tally.batches += 1;
    tally.bytes += batch.iter().map(|d| d.json.len() as u64 + 1).sum::<u64>();
    if let Some(first) = rejected.first() {
        let path = batch
            .iter()
            .find(|d| d.id == first.id)
            .map_or_else(|| format!("{:016x}", first.id), |d| d.path.clone());
        return Err(UserError::EngineRejected { path, message: first.message.clone() }.into());
    }
    batch.clear();
    Ok(())
}

/// Deletes from the engine every document the ledger holds that this push did not read.
fn delete_left(sink: &dyn Sink, ledger: &mut Ledger, seen: &HashSet<u64>) -> anyhow::Result<u64> {
    let mut gone: Vec<u64> = ledger.ids().filter(|id| !seen.contains(id)).collect();
    gone.sort_unstable();
    for chunk in gone.chunks(DELETE_CHUNK) {
        sink.delete(chunk)?;
        ledger.deleted(chunk.iter().copied())?;
    }
    Ok(gone.len() as u64)
}
