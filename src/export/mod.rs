//! Handing the archive to a distributed engine: every matching article as one NDJSON document
//! per line ([`document`]), streamed in index order so a million articles pass through bounded
//! memory, and the engines' configs that describe those documents ([`config`]).
//!
//! The documents are the same for every engine; Elasticsearch's `_bulk` API wants an action
//! line before each, naming the index and the document's stable id.

pub mod config;
pub mod document;
pub mod words;

use crate::copies::Clusters;
use crate::index::{document as stored, Store};
use crate::search::matching::Matching;
use document::EngineDoc;
use serde::Serialize;
use std::io::Write;
use tantivy::query::Query;
use tantivy::{Searcher, TantivyDocument};

/// The engine an export is shaped for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One document per line: what Quickwit's ingest API takes, and any NDJSON reader.
    Lines,
    /// `_bulk` lines for Elasticsearch or OpenSearch: an `index` action, then the document.
    Bulk { index: String },
}

/// Writes every article matching `query` as `target` wants it; returns how many were written.
pub fn write_all<W: Write + ?Sized>(
    out: &mut W,
    target: &Target,
    store: &Store,
    searcher: &Searcher,
    query: &dyn Query,
    clusters: &Clusters,
) -> anyhow::Result<u64> {
    let mut written = 0;
    for doc in documents(store, searcher, query, clusters)? {
        write_one(out, target, &doc?)?;
        written += 1;
    }
    Ok(written)
}

/// The document of every article matching `query`, in index order, read as it is asked for.
pub fn documents<'a>(
    store: &'a Store,
    searcher: &'a Searcher,
    query: &dyn Query,
    clusters: &'a Clusters,
) -> tantivy::Result<impl Iterator<Item = anyhow::Result<EngineDoc>> + 'a> {
    let mut marker = words::Marker::default();
    Ok(Matching::new(searcher, query)?.map(move |address| {
        let doc: TantivyDocument = searcher.doc(address?)?;
        Ok(EngineDoc::of(stored::to_article(&store.fields, &doc), clusters, &mut marker))
    }))
}

/// One document, after its action line when the target wants one.
pub fn write_one<W: Write + ?Sized>(out: &mut W, target: &Target, doc: &EngineDoc) -> std::io::Result<()> {
    if let Target::Bulk { index } = target {
        line(out, &BulkAction { index: ActionMeta { index: index.as_str(), id: &doc.id } })?;
    }
    line(out, doc)
}

fn line<W: Write + ?Sized>(out: &mut W, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// `{"index": {"_index": …, "_id": …}}`: index (create or replace) the next line's document.
#[derive(Serialize)]
struct BulkAction<'a> {
    index: ActionMeta<'a>,
}

#[derive(Serialize)]
struct ActionMeta<'a> {
    #[serde(rename = "_index")]
    index: &'a str,
    #[serde(rename = "_id")]
    id: &'a str,
}
