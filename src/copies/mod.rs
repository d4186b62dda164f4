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

use std::path::Path;
use xxhash_rust::xxh3::xxh3_64;

/// The clusters file, in the index folder.
pub const CLUSTERS_FILE: &str = crate::state::COPIES_FILE;

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
}

impl Default for Clusters {
    /// No clusters: every article its own story.
    fn default() -> Clusters {
        Clusters::new::<&str>(0, &[])
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
        Clusters { bytes: file::Bytes::Owned(bytes), layout }
    }

    /// The clusters saved in the index folder `dir` (none when nothing is saved).
    pub fn load(dir: &Path) -> anyhow::Result<Clusters> {
        match file::open(&dir.join(CLUSTERS_FILE))? {
            Some((bytes, layout)) => Ok(Clusters { bytes, layout }),
            None => Ok(Clusters::default()),
        }
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
