//! Clustering the copies of an index after a run: every live article's signature, path and date
//! are read from fast columns (no stored document is loaded), grouped by
//! [`crate::copies::cluster`], and saved beside the index with the commit they describe.
//! Segments are read one at a time, each mapped only while it is read: with all of a million
//! articles' segments open at once, their columns' pages added 200 MB to the run's peak memory.

use super::Store;
use crate::copies::cluster::{self, Member, Paths};
use crate::copies::minhash::Signature;
use crate::copies::{Clusters, SegmentPlaces};
use std::sync::Arc;
use tantivy::{Index, SegmentReader};

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
    let (paths, members) = members(&store.index)?;
    let numbered = cluster::clusters(&paths, members);
    let named: Vec<Vec<&str>> = numbered.iter().map(|c| c.iter().map(|&p| paths.get(p)).collect()).collect();
    let clusters = Clusters::new(opstamp, &named);
    clusters.save(&store.dir)?;
    Ok(clusters.len())
}

/// Drops the saved clusters and places (an index run told not to recognise copies): every
/// article is then its own story until a run clusters the index again.
pub fn forget(store: &Store) -> anyhow::Result<()> {
    remove(&store.dir.join(crate::copies::PLACES_FILE))?;
    remove(&store.dir.join(crate::copies::CLUSTERS_FILE))
}

fn remove(path: &std::path::Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// Saves the place of every document of every segment among the saved clusters, unless the saved
/// places already list exactly the index's segments. Run after the merges, whose new segments the
/// places must name. Segments the saved places list are copied from them; the others are looked
/// up by path hash.
pub fn place(store: &Store) -> anyhow::Result<()> {
    let clusters = Arc::new(Clusters::load(&store.dir)?);
    let segments = store.index.searchable_segments()?;
    let mut placed = clusters.placed_segments();
    let mut ids: Vec<String> = segments.iter().map(|s| s.id().uuid_string()).collect();
    placed.sort_unstable();
    ids.sort_unstable();
    if clusters.is_empty() || placed == ids {
        return Ok(());
    }
    let mut places = Vec::with_capacity(segments.len());
    for segment in &segments {
        let reader = SegmentReader::open(segment)?;
        let known = SegmentPlaces::of(&clusters, &reader)?;
        let by_doc = (0..reader.max_doc()).map(|doc| known.place(doc)).collect();
        places.push((segment.id().uuid_string(), by_doc));
    }
    clusters.save_places(&store.dir, &places)
}

/// Every live article with a signature. The list is sized once for every live document: grown by
/// doubling, it briefly held its old and new copies (a third more memory at a million articles).
/// The segments' metas, held until the end, keep a merge running beside this from deleting their
/// files before they are read.
fn members(index: &Index) -> anyhow::Result<(Paths, Vec<Member>)> {
    let segments = index.searchable_segments()?;
    let alive = segments.iter().map(|s| s.meta().num_docs() as usize).sum();
    let (mut paths, mut members) = (Paths::default(), Vec::with_capacity(alive));
    for segment in &segments {
        segment_members(&SegmentReader::open(segment)?, &mut paths, &mut members)?;
    }
    Ok((paths, members))
}

fn segment_members(
    segment: &SegmentReader,
    paths: &mut Paths,
    members: &mut Vec<Member>,
) -> anyhow::Result<()> {
    let fast = segment.fast_fields();
    let Some(path_column) = fast.str("path")? else {
        return Ok(());
    };
    let signatures = fast.u64("minhash")?;
    let dates = fast.date("date")?;
    let path_by_ord =
        dictionary(path_column.dictionary(), |key| Some(String::from_utf8_lossy(key).into_owned()))?;
    for doc in segment.doc_ids_alive() {
        let Some(signature) = Signature::from_numbers(signatures.values_for_doc(doc)) else { continue };
        let ord = path_column.term_ords(doc).next().and_then(|o| usize::try_from(o).ok());
        let path = paths.push(ord.and_then(|o| path_by_ord.get(o)?.as_deref()).unwrap_or_default());
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
