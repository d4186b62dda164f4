//! Clustering the copies of an index after a run: every live article's signature, path and date
//! are read from fast columns (no stored document is loaded), grouped by
//! [`crate::copies::cluster`], and saved beside the index with the commit they describe.

use super::Store;
use crate::copies::cluster::{self, Member};
use crate::copies::minhash::Signature;
use crate::copies::{Clusters, Saved};
use tantivy::columnar::BytesColumn;
use tantivy::{DocId, Searcher, SegmentReader};

/// Clusters the index's articles again unless the saved clusters already describe its last
/// commit; returns how many clusters there are.
pub fn refresh(store: &Store) -> anyhow::Result<usize> {
    let opstamp = store.index.load_metas()?.opstamp;
    let saved = Clusters::load(&store.dir)?;
    if saved.opstamp() == opstamp && opstamp != 0 {
        return Ok(saved.len());
    }
    let members = members(&store.searcher()?)?;
    let saved = Saved { opstamp, clusters: cluster::clusters(members) };
    Clusters::save(&store.dir, &saved)?;
    Ok(saved.clusters.len())
}

/// Every live article with a signature.
fn members(searcher: &Searcher) -> anyhow::Result<Vec<Member>> {
    let mut members = Vec::new();
    for segment in searcher.segment_readers() {
        segment_members(segment, &mut members)?;
    }
    Ok(members)
}

fn segment_members(segment: &SegmentReader, members: &mut Vec<Member>) -> anyhow::Result<()> {
    let fast = segment.fast_fields();
    let (Some(signatures), Some(paths)) = (fast.bytes("minhash")?, fast.str("path")?) else {
        return Ok(());
    };
    let dates = fast.date("date")?;
    let by_ord = dictionary(&signatures)?;
    let mut path = String::new();
    for doc in segment.doc_ids_alive() {
        let Some(signature) = signature_of(&signatures, &by_ord, doc) else { continue };
        path.clear();
        if let Some(ord) = paths.term_ords(doc).next() {
            paths.ord_to_str(ord, &mut path)?;
        }
        let date =
            dates.first(doc).and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0));
        members.push(Member { path: path.clone(), date: date.map(|d| d.date_naive()), signature });
    }
    Ok(())
}

/// The signatures of a segment, by their ordinal in the column's dictionary, read in one pass
/// (looking each up by ordinal would decode a dictionary block per article).
fn dictionary(column: &BytesColumn) -> anyhow::Result<Vec<Option<Signature>>> {
    let mut stream = column.dictionary().stream()?;
    let mut by_ord = Vec::new();
    while stream.advance() {
        by_ord.push(Signature::from_bytes(stream.key()));
    }
    Ok(by_ord)
}

fn signature_of(column: &BytesColumn, by_ord: &[Option<Signature>], doc: DocId) -> Option<Signature> {
    let ord = column.term_ords(doc).next()?;
    by_ord.get(usize::try_from(ord).ok()?)?.clone()
}
