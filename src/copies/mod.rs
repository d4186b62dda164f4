//! Syndicated copies: one wire story republished by many sites, each with its own furniture,
//! headline, ending or update line, recognised as one story.
//!
//! Each article's body gets a MinHash signature when it is indexed ([`minhash`]); after each
//! index run that changed anything, the signatures of the whole index are grouped into clusters
//! ([`cluster`]) and the clusters are saved beside the index ([`Clusters`], [`file`]). Clustering
//! the whole index again rather than patching it keeps the result independent of crawl order and
//! of the history of runs: a deleted original promotes the next copy, a copy changed into another
//! story leaves its cluster. Search, stats and timeline read the saved clusters.
//!
//! Members are known by a 64-bit hash of their path ([`path_hash`]), which the index keeps in a
//! fast, indexed column: a search finds each matching member's place from the column without
//! reading a path, and the clusters load without copying a path. Two paths of one archive share a
//! hash with odds near one in ten million at a million articles; such a pair would be shown as
//! copies of one another, and nothing else breaks.

pub mod cluster;
pub mod file;
pub mod minhash;
pub mod places;

use std::path::Path;
use std::sync::Arc;
use tantivy::columnar::Column;
use tantivy::{DocId, SegmentReader};
use xxhash_rust::xxh3::xxh3_64;

/// The clusters file, in the index folder.
pub const CLUSTERS_FILE: &str = crate::state::COPIES_FILE;
/// The places of each segment's documents among the clusters, in the index folder ([`places`]).
pub const PLACES_FILE: &str = crate::state::PLACES_FILE;

/// The hash an article's path is known by among the copies and in the index's `path_hash` column.
pub fn path_hash(path: &str) -> u64 {
    xxh3_64(path.as_bytes())
}

/// The clusters of an index: each cluster's members, original first, and each member's place,
/// read in place from the saved file ([`file`]).
#[derive(Debug)]
pub struct Clusters {
    bytes: file::Bytes,
    layout: file::Layout,
    places: Option<Places>,
}

/// The places file of the clusters' commit, mapped.
#[derive(Debug)]
struct Places {
    bytes: file::Bytes,
    layout: places::Layout,
}

impl Default for Clusters {
    /// No clusters: every article its own story.
    fn default() -> Clusters {
        Clusters::new::<&str>(0, &[])
    }
}

/// The places file in `dir` when it is of commit `opstamp`. It only saves time, so a file of
/// another commit, or one that is not whole, is passed over and places are found by hash.
fn load_places(dir: &Path, opstamp: u64) -> anyhow::Result<Option<Places>> {
    let Some(bytes) = file::map(&dir.join(PLACES_FILE))? else { return Ok(None) };
    let layout = places::layout_of(&bytes).filter(|layout| layout.opstamp == opstamp);
    Ok(layout.map(|layout| Places { bytes, layout }))
}

/// Where each document of one segment stands among the copies: read by its number from the
/// places file when that lists the segment, else found by the document's path hash.
pub struct SegmentPlaces {
    clusters: Arc<Clusters>,
    by: PlacedBy,
}

enum PlacedBy {
    Nothing,
    Number(places::Segment),
    Hash(Column<u64>),
}

impl SegmentPlaces {
    /// The places of `segment`'s documents among `clusters`.
    pub fn of(clusters: &Arc<Clusters>, segment: &SegmentReader) -> tantivy::Result<SegmentPlaces> {
        let id = segment.segment_id().uuid_string();
        let listed = clusters.places.as_ref().and_then(|p| p.layout.segment(&id));
        let by = match listed {
            _ if clusters.is_empty() => PlacedBy::Nothing,
            Some(placed) => PlacedBy::Number(placed),
            None => PlacedBy::Hash(segment.fast_fields().u64("path_hash")?),
        };
        Ok(SegmentPlaces { clusters: Arc::clone(clusters), by })
    }

    /// Where document `doc` stands, when it has copies.
    pub fn place(&self, doc: DocId) -> Option<Place> {
        match &self.by {
            PlacedBy::Nothing => None,
            PlacedBy::Number(placed) => placed.place(&self.clusters.places.as_ref()?.bytes, doc),
            PlacedBy::Hash(hashes) => hashes.first(doc).and_then(|h| self.clusters.place(h)),
        }
    }

    /// The cluster of document `doc`, when it has copies: all that grouping copies needs, read
    /// without touching the ranks.
    pub fn cluster(&self, doc: DocId) -> Option<u32> {
        match &self.by {
            PlacedBy::Number(placed) => placed.cluster(&self.clusters.places.as_ref()?.bytes, doc),
            _ => self.place(doc).map(|place| place.cluster),
        }
    }
}

/// One article's place among the copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Which cluster.
    pub cluster: u32,
    /// Its rank in the cluster: 0 for the original.
    pub rank: u32,
}

impl Clusters {
    /// The clusters of commit `opstamp`, from each cluster's paths with its original first.
    pub fn new<P: AsRef<str>>(opstamp: u64, clusters: &[Vec<P>]) -> Clusters {
        let hashes: Vec<Vec<u64>> =
            clusters.iter().map(|c| c.iter().map(|p| path_hash(p.as_ref())).collect()).collect();
        let bytes = file::encode(opstamp, &hashes);
        let layout = file::layout_of(&bytes).unwrap_or_default();
        Clusters { bytes: file::Bytes::Owned(bytes), layout, places: None }
    }

    /// The clusters saved in the index folder `dir` (none when nothing is saved), with the
    /// places of their commit when those are saved too.
    pub fn load(dir: &Path) -> anyhow::Result<Clusters> {
        match file::open(&dir.join(CLUSTERS_FILE))? {
            Some((bytes, layout)) => {
                Ok(Clusters { places: load_places(dir, layout.opstamp)?, bytes, layout })
            }
            None => Ok(Clusters::default()),
        }
    }

    /// Saves in `dir` the place of every document of each segment given, for these clusters.
    pub fn save_places(&self, dir: &Path, segments: &[(String, Vec<Option<Place>>)]) -> anyhow::Result<()> {
        crate::state::save_bytes(dir, PLACES_FILE, &places::encode(self.opstamp(), segments)?)
    }

    /// The segments whose places were loaded with the clusters (none when no places were).
    pub fn placed_segments(&self) -> Vec<&str> {
        self.places.iter().flat_map(|p| p.layout.segment_ids()).collect()
    }

    /// Saves the clusters in `dir`, atomically.
    pub fn save(&self, dir: &Path) -> anyhow::Result<()> {
        crate::state::save_bytes(dir, CLUSTERS_FILE, &self.bytes)
    }

    /// The commit the clusters were computed from.
    pub fn opstamp(&self) -> u64 {
        self.layout.opstamp
    }

    /// How many clusters there are.
    pub fn len(&self) -> usize {
        self.layout.clusters
    }

    /// True when no article has a copy.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where the article whose path hashes to `hash` stands, when it has copies.
    pub fn place(&self, hash: u64) -> Option<Place> {
        file::place(&self.bytes, &self.layout, hash)
    }

    /// Where the article at `path` stands, when it has copies.
    pub fn place_of(&self, path: &str) -> Option<Place> {
        self.place(path_hash(path))
    }

    /// The id of the cluster of the article at `path` and how many other members it has, when it
    /// has copies.
    pub fn copies_of(&self, path: &str) -> Option<(String, usize)> {
        let place = self.place_of(path)?;
        Some((self.id(place.cluster), self.size(place.cluster).saturating_sub(1)))
    }

    /// How many members a cluster has.
    pub fn size(&self, cluster: u32) -> usize {
        file::cluster_range(&self.bytes, &self.layout, cluster).len()
    }

    /// A cluster's members by path hash, its original first.
    pub fn members(&self, cluster: u32) -> Vec<u64> {
        let range = file::cluster_range(&self.bytes, &self.layout, cluster);
        range.filter_map(|at| file::member(&self.bytes, &self.layout, at)).collect()
    }

    /// The path hash of a cluster's member of rank `rank`.
    pub fn member(&self, cluster: u32, rank: u32) -> Option<u64> {
        let range = file::cluster_range(&self.bytes, &self.layout, cluster);
        let at = range.start.checked_add(rank as usize).filter(|&at| at < range.end)?;
        file::member(&self.bytes, &self.layout, at)
    }

    /// A cluster's id: the hash of its original's path, so it stays the same across runs that do
    /// not change which article is the original.
    pub fn id(&self, cluster: u32) -> String {
        format!("{:016x}", self.member(cluster, 0).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_know_their_cluster_and_rank_and_ids_follow_the_original() {
        let clusters = Clusters::new(3, &[vec!["x", "y"], vec!["a", "b", "c"]]);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters.place_of("c"), Some(Place { cluster: 1, rank: 2 }));
        assert_eq!(clusters.place_of("x"), Some(Place { cluster: 0, rank: 0 }));
        assert_eq!(clusters.place_of("z"), None);
        assert_eq!(clusters.id(1), format!("{:016x}", xxh3_64(b"a")));
        assert_eq!(clusters.copies_of("b"), Some((clusters.id(1), 2)));
        assert_eq!(clusters.copies_of("z"), None);
        assert_eq!(clusters.members(0), vec![path_hash("x"), path_hash("y")]);
        assert_eq!(clusters.member(1, 2), Some(path_hash("c")));
        assert_eq!(clusters.member(1, 3), None);
        assert!(clusters.members(7).is_empty());
    }
}
