//! Each document's place among the copies, segment by segment, saved beside the clusters file.
//!
//! A collapsed search or count asks for the place of every matching document. Found by the
//! document's path hash, each asks two random reads of the clusters file: at a million articles
//! that was two thirds of `stats` over everything and a third of a common query. Documents of a
//! segment never change their numbers, so after each index run the place of every document of
//! every segment is written down once, in document order, and read by position.
//!
//! Layout: the magic `NXPLACES`, the format version and the number of segments `s` (u32 each),
//! the clusters' opstamp (u64); then `s` entries of a segment id (32 hex bytes) and its document
//! count (u32); then each segment's places in turn, one per document: cluster and rank (u32
//! each), the cluster `u32::MAX` for a document with no copy. A segment the file does not list
//! (written by a later merge) is looked up by hash, as before.

use super::Place;

const MAGIC: &[u8; 8] = b"NXPLACES";
const VERSION: u32 = 1;
const HEADER: usize = 24;
const ENTRY: usize = 36;
const NO_CLUSTER: u32 = u32::MAX;

/// Where each segment's places start in a places file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub opstamp: u64,
    /// Segment id, first byte of its places, document count.
    segments: Vec<(String, usize, u32)>,
}

impl Layout {
    /// Where the places of segment `id` start and how many documents it has.
    pub fn segment(&self, id: &str) -> Option<(usize, u32)> {
        self.segments.iter().find(|(s, _, _)| s == id).map(|&(_, at, docs)| (at, docs))
    }

    /// The ids of the segments listed.
    pub fn segment_ids(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().map(|(id, _, _)| id.as_str())
    }
}

/// The file for the clusters of commit `opstamp`, from each segment's id and its documents'
/// places in document order.
pub fn encode(opstamp: u64, segments: &[(String, Vec<Option<Place>>)]) -> Vec<u8> {
    let docs: usize = segments.iter().map(|(_, places)| places.len()).sum();
    let mut out = Vec::with_capacity(HEADER + ENTRY * segments.len() + 8 * docs);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(segments.len() as u32).to_le_bytes());
    out.extend_from_slice(&opstamp.to_le_bytes());
    for (id, places) in segments {
        let mut key = [b'0'; 32];
        key.iter_mut().zip(id.bytes()).for_each(|(k, b)| *k = b);
        out.extend_from_slice(&key);
        out.extend_from_slice(&(places.len() as u32).to_le_bytes());
    }
    for place in segments.iter().flat_map(|(_, places)| places) {
        let (cluster, rank) = place.map_or((NO_CLUSTER, 0), |p| (p.cluster, p.rank));
        out.extend_from_slice(&cluster.to_le_bytes());
        out.extend_from_slice(&rank.to_le_bytes());
    }
    out
}

/// The layout of a places file, when `bytes` is a whole one of this version.
pub fn layout_of(bytes: &[u8]) -> Option<Layout> {
    if bytes.get(..8)? != MAGIC || u32_at(bytes, 8)? != VERSION {
        return None;
    }
    let count = u32_at(bytes, 12)? as usize;
    let opstamp = u64::from_le_bytes(bytes.get(16..24)?.try_into().ok()?);
    let mut at = HEADER.checked_add(ENTRY.checked_mul(count)?)?;
    let mut segments = Vec::with_capacity(count.min(bytes.len() / ENTRY));
    for entry in (0..count).map(|i| HEADER + ENTRY * i) {
        let id = std::str::from_utf8(bytes.get(entry..entry + 32)?).ok()?.to_owned();
        let docs = u32_at(bytes, entry + 32)?;
        segments.push((id, at, docs));
        at = at.checked_add(8 * docs as usize)?;
    }
    (at == bytes.len()).then_some(Layout { opstamp, segments })
}

/// The place of document `doc` of the segment whose places start at `start` (`None` outside it).
pub fn place(bytes: &[u8], start: usize, docs: u32, doc: u32) -> Option<Place> {
    if doc >= docs {
        return None;
    }
    let at = start + 8 * doc as usize;
    let cluster = u32_at(bytes, at)?;
    (cluster != NO_CLUSTER).then(|| Some(Place { cluster, rank: u32_at(bytes, at + 4)? })).flatten()
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(cluster: u32, rank: u32) -> Option<Place> {
        Some(Place { cluster, rank })
    }

    #[test]
    fn every_document_reads_back_its_place_by_segment_and_number() {
        let a = "a".repeat(32);
        let b = "0123456789abcdef0123456789abcdef".to_string();
        let bytes =
            encode(7, &[(a.clone(), vec![None, at(3, 1)]), (b.clone(), vec![at(0, 0), None, at(3, 0)])]);
        let layout = layout_of(&bytes).expect("a whole file");
        assert_eq!(layout.opstamp, 7);
        assert_eq!(layout.segment_ids().collect::<Vec<_>>(), [a.as_str(), b.as_str()]);
        let (start, docs) = layout.segment(&b).expect("listed");
        let read: Vec<_> = (0..4).map(|doc| place(&bytes, start, docs, doc)).collect();
        assert_eq!(read, [at(0, 0), None, at(3, 0), None]);
        let (start, docs) = layout.segment(&a).expect("listed");
        assert_eq!(place(&bytes, start, docs, 1), at(3, 1));
        assert_eq!(layout.segment("unknown"), None);
    }

    #[test]
    fn a_cut_or_foreign_file_is_refused() {
        let bytes = encode(7, &[("c".repeat(32), vec![at(1, 2); 5])]);
        assert_eq!(layout_of(&bytes[..bytes.len() - 1]), None);
        assert_eq!(layout_of(b"NXCOPIES and more"), None);
        assert!(layout_of(&encode(0, &[])).is_some_and(|l| l.segment_ids().count() == 0));
    }
}
