//! Clustering the copies of an index after a run: every live article's signature, path and date
//! are read from fast columns (no stored document is loaded), grouped by
//! [`crate::copies::cluster`], and saved beside the index with the commit they describe.

use super::Store;
use crate::copies::cluster::{self, Member};
use crate::copies::minhash::Signature;
use crate::copies::Clusters;
use tantivy::{Searcher, SegmentReader};

/// Clusters the index's articles again unless the saved clusters already describe its last
/// commit; returns how many clusters there are.
pub fn refresh(store: &Store) -> anyhow::Result<usize> {
    let opstamp = store.index.load_metas()?.opstamp;
    // A file that cannot be read (damaged, or of an older version) is simply computed again.
    if let Ok(saved) = Clusters::load(&store.dir) {
        if saved.opstamp() == opstamp && opstamp != 0 {
            return Ok(saved.len());
        }
    }
    let members = members(&store.searcher()?)?;
    let clusters = Clusters::new(opstamp, &cluster::clusters(members));
    clusters.save(&store.dir)?;
    Ok(clusters.len())
}

/// Drops the saved clusters (an index run told not to recognise copies): every article is then
/// its own story until a run clusters the index again.
pub fn forget(store: &Store) -> anyhow::Result<()> {
    match std::fs::remove_file(store.dir.join(crate::copies::CLUSTERS_FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
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
    let Some(paths) = fast.str("path")? else {
        return Ok(());
    };
    let signatures = fast.u64("minhash")?;
    let dates = fast.date("date")?;
    let path_by_ord = dictionary(paths.dictionary(), |key| Some(String::from_utf8_lossy(key).into_owned()))?;
    for doc in segment.doc_ids_alive() {
        let Some(signature) = Signature::from_numbers(signatures.values_for_doc(doc)) else { continue };
        let ord = paths.term_ords(doc).next().and_then(|o| usize::try_from(o).ok());
        let path = ord.and_then(|o| path_by_ord.get(o)?.clone()).unwrap_or_default();
        let date =
            dates.first(doc).and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0));
        members.push(Member { path, date: date.map(|d| d.date_naive()), signature });
    }
    Ok(())
}

/// Every entry of a column's dictionary, by ordinal, read in one pass: looking each up by its
/// ordinal decompresses a dictionary block per article (four fifths of the time clustering took).
fn dictionary<T>(
    dictionary: &tantivy::columnar::Dictionary,
    read: impl Fn(&[u8]) -> Option<T>,
) -> anyhow::Result<Vec<Option<T>>> {
    let mut stream = dictionary.stream()?;
    let mut by_ord = Vec::new();
    while stream.advance() {
        by_ord.push(read(stream.key()));
    }
    Ok(by_ord)
}
