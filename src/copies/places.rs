//! Each document's place among the copies, segment by segment, saved beside the clusters file.
//!
//! A collapsed search or count asks for the place of every matching document. Found by the
//! document's path hash, each asks two random reads of the clusters file: at a million articles
//! that was two thirds of `stats` over everything and a third of a common query. Documents of a
//! segment never change their numbers, so after each index run the place of every document of
//! every segment is written down once, in document order, and read by position.
//!
//! Places are bit-packed, clusters apart from ranks: a common query touches nearly every page of
//! the places of its segments, and each page a process maps costs it time to map and to unmap.
//! At a million articles with 8 bytes a document, reading places was a seventh of a one-shot
//! search; packed, a cluster takes the bits its segment's largest needs (15 for 20,000
//! clusters), and a search that only groups copies never touches the ranks.
//!
//! Layout: the magic `NXPLACES`, the format version and the number of segments `s` (u32 each),
//! the clusters' opstamp (u64); then `s` entries of a segment id (32 hex bytes), its document
//! count (u32), the bits of a cluster and of a rank (u8 each) and two zero bytes; then each
//! segment's clusters and ranks, one per document, each packed in as many bytes as they fill.
//! A document's packed cluster is its cluster plus one, 0 for a document with no copy. A segment
//! the file does not list (written by a later merge) is looked up by hash, as before.

use super::Place;
use std::io;
use tantivy_bitpacker::{compute_num_bits, BitPacker, BitUnpacker};

const MAGIC: &[u8; 8] = b"NXPLACES";
const VERSION: u32 = 2;
const HEADER: usize = 24;
const ENTRY: usize = 40;
/// The widest packed value: a cluster number (u32) plus one.
const MOST_BITS: u8 = 33;

/// Where each segment's places lie in a places file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub opstamp: u64,
    segments: Vec<(String, Segment)>,
}

/// Where one segment's places lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    docs: u32,
    clusters: Packed,
    ranks: Packed,
}

/// One packed run of values, one per document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed {
    start: usize,
    end: usize,
    bits: u8,
}

impl Layout {
    /// Where the places of segment `id` lie.
    pub fn segment(&self, id: &str) -> Option<Segment> {
        self.segments.iter().find(|(s, _)| s == id).map(|&(_, segment)| segment)
    }

    /// The ids of the segments listed.
    pub fn segment_ids(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().map(|(id, _)| id.as_str())
    }
}

impl Packed {
    /// A run of `docs` values of `bits` bits starting at byte `start`.
    fn at(start: usize, docs: u32, bits: u8) -> Option<Packed> {
        let len = (docs as usize).checked_mul(usize::from(bits))?.div_ceil(8);
        (bits <= MOST_BITS).then_some(Packed { start, end: start.checked_add(len)?, bits })
    }

    fn get(&self, bytes: &[u8], doc: u32) -> Option<u64> {
        Some(BitUnpacker::new(self.bits).get(doc, bytes.get(self.start..self.end)?))
    }
}

impl Segment {
    /// The cluster of document `doc`, when it has copies.
    pub fn cluster(&self, bytes: &[u8], doc: u32) -> Option<u32> {
        if doc >= self.docs {
            return None;
        }
        let packed = self.clusters.get(bytes, doc)?;
        u32::try_from(packed.checked_sub(1)?).ok()
    }

    /// The place of document `doc`, when it has copies.
    pub fn place(&self, bytes: &[u8], doc: u32) -> Option<Place> {
        let cluster = self.cluster(bytes, doc)?;
        Some(Place { cluster, rank: u32::try_from(self.ranks.get(bytes, doc)?).ok()? })
    }
}

/// The file for the clusters of commit `opstamp`, from each segment's id and its documents'
/// places in document order.
pub fn encode(opstamp: u64, segments: &[(String, Vec<Option<Place>>)]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(segments.len() as u32).to_le_bytes());
    out.extend_from_slice(&opstamp.to_le_bytes());
    let mut packed = Vec::with_capacity(segments.len());
    for (id, places) in segments {
        let clusters = pack(places.iter().map(|p| p.map_or(0, |p| u64::from(p.cluster) + 1)))?;
        let ranks = pack(places.iter().map(|p| p.map_or(0, |p| u64::from(p.rank))))?;
        let mut key = [b'0'; 32];
        key.iter_mut().zip(id.bytes()).for_each(|(k, b)| *k = b);
        out.extend_from_slice(&key);
        out.extend_from_slice(&(places.len() as u32).to_le_bytes());
        out.extend_from_slice(&[clusters.0, ranks.0, 0, 0]);
        packed.push((clusters.1, ranks.1));
    }
    packed.into_iter().for_each(|(clusters, ranks)| out.extend(clusters.into_iter().chain(ranks)));
    Ok(out)
}

/// Values packed in the fewest bits the largest needs, with that width.
fn pack(values: impl Iterator<Item = u64> + Clone) -> io::Result<(u8, Vec<u8>)> {
    let bits = compute_num_bits(values.clone().max().unwrap_or(0));
    let (mut packer, mut out) = (BitPacker::new(), Vec::new());
    for value in values {
        packer.write(value, bits, &mut out)?;
    }
    packer.close(&mut out)?;
    Ok((bits, out))
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
        let clusters = Packed::at(at, docs, *bytes.get(entry + 36)?)?;
        let ranks = Packed::at(clusters.end, docs, *bytes.get(entry + 37)?)?;
        at = ranks.end;
        segments.push((id, Segment { docs, clusters, ranks }));
    }
    (at == bytes.len()).then_some(Layout { opstamp, segments })
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
        let segments = [(a.clone(), vec![None, at(3, 1)]), (b.clone(), vec![at(0, 0), None, at(70_000, 9)])];
        let bytes = encode(7, &segments).expect("encoded");
        let layout = layout_of(&bytes).expect("a whole file");
        assert_eq!(layout.opstamp, 7);
        assert_eq!(layout.segment_ids().collect::<Vec<_>>(), [a.as_str(), b.as_str()]);
        let second = layout.segment(&b).expect("listed");
        let read: Vec<_> = (0..4).map(|doc| second.place(&bytes, doc)).collect();
        assert_eq!(read, [at(0, 0), None, at(70_000, 9), None]);
        assert_eq!(second.cluster(&bytes, 2), Some(70_000));
        let first = layout.segment(&a).expect("listed");
        assert_eq!(first.place(&bytes, 1), at(3, 1));
        assert_eq!(layout.segment("unknown"), None);
    }

    #[test]
    fn a_segment_of_many_documents_packs_them_in_the_bits_its_largest_needs() {
        let places: Vec<_> =
            (0..1000u32).map(|doc| (doc % 3 != 0).then_some(Place { cluster: doc, rank: doc % 5 })).collect();
        let bytes = encode(1, &[("s".repeat(32), places.clone())]).expect("encoded");
        assert_eq!(bytes.len(), HEADER + ENTRY + 1000 * 10 / 8 + 1000 * 3 / 8);
        let segment = layout_of(&bytes).and_then(|l| l.segment(&"s".repeat(32))).expect("listed");
        assert!((0..1000).all(|doc| segment.place(&bytes, doc) == places[doc as usize]));
    }

    #[test]
    fn a_cut_or_foreign_file_is_refused() {
        let bytes = encode(7, &[("c".repeat(32), vec![at(1, 2); 5])]).expect("encoded");
        assert_eq!(layout_of(&bytes[..bytes.len() - 1]), None);
        assert_eq!(layout_of(b"NXCOPIES and more"), None);
        let mut wide = bytes.clone();
        wide[HEADER + 36] = 60;
        assert_eq!(layout_of(&wide), None);
        assert!(layout_of(&encode(0, &[]).expect("encoded")).is_some_and(|l| l.segment_ids().count() == 0));
    }
}
