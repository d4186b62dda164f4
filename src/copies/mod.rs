//! Syndicated copies: one wire story republished by many sites, each with its own furniture,
//! headline, ending or update line, recognised as one story.
//!
//! Each article's body gets a MinHash signature when it is indexed ([`minhash`]); after each
//! index run that changed anything, the signatures of the whole index are grouped into clusters
//! ([`cluster`]) and the clusters are saved beside the index ([`Clusters`]). Clustering the whole
//! index again rather than patching it keeps the result independent of crawl order and of the
//! history of runs: a deleted original promotes the next copy, a copy changed into another story
//! leaves its cluster. Search, stats and timeline read the saved clusters.

pub mod cluster;
pub mod minhash;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use xxhash_rust::xxh3::xxh3_64;

/// The clusters file, in the index folder.
pub const CLUSTERS_FILE: &str = crate::state::COPIES_FILE;

/// The clusters of an index, as saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// The index commit they were computed from: another commit means they must be computed again.
    pub opstamp: u64,
    /// Each cluster's paths, its original first.
    pub clusters: Vec<Vec<String>>,
}

/// The clusters of an index, with each member's cluster looked up by path.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    saved: Saved,
    /// Each member's cluster, by a hash of its path (the paths are not copied again: a large
    /// archive holds a hundred thousand of them); a hash shared by two paths is told apart by
    /// the member list.
    by_path: HashMap<u64, usize>,
}

/// One article's place among the copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Which cluster.
    pub cluster: usize,
    /// Its rank in the cluster: 0 for the original.
    pub rank: usize,
}

impl Clusters {
    /// The clusters saved in the index folder `dir` (none when nothing is saved).
    pub fn load(dir: &Path) -> anyhow::Result<Clusters> {
        let saved: Saved = crate::state::load(dir, CLUSTERS_FILE, "copies")?;
        Ok(Clusters::from(saved))
    }

    /// Saves the clusters of commit `opstamp` in `dir`, atomically.
    pub fn save(dir: &Path, saved: &Saved) -> anyhow::Result<()> {
        crate::state::save(dir, CLUSTERS_FILE, saved)
    }

    /// The commit the clusters were computed from.
    pub fn opstamp(&self) -> u64 {
        self.saved.opstamp
    }

    /// How many clusters there are.
    pub fn len(&self) -> usize {
        self.saved.clusters.len()
    }

    /// True when no article has a copy.
    pub fn is_empty(&self) -> bool {
        self.saved.clusters.is_empty()
    }

    /// Where the article at `path` stands, when it has copies.
    pub fn place(&self, path: &str) -> Option<Place> {
        let cluster = *self.by_path.get(&xxh3_64(path.as_bytes()))?;
        let rank = self.saved.clusters[cluster].iter().position(|p| p == path)?;
        Some(Place { cluster, rank })
    }

    /// The id of the cluster of the article at `path` and how many other members it has, when it
    /// has copies.
    pub fn copies_of(&self, path: &str) -> Option<(String, usize)> {
        let place = self.place(path)?;
        Some((self.id(place.cluster), self.members(place.cluster).len() - 1))
    }

    /// A cluster's paths, its original first.
    pub fn members(&self, cluster: usize) -> &[String] {
        self.saved.clusters.get(cluster).map_or(&[], Vec::as_slice)
    }

    /// A cluster's id: a hash of its original's path, so it stays the same across runs that do
    /// not change which article is the original.
    pub fn id(&self, cluster: usize) -> String {
        let original = self.members(cluster).first().map_or("", String::as_str);
        format!("{:016x}", xxh3_64(original.as_bytes()))
    }
}

impl From<Saved> for Clusters {
    fn from(saved: Saved) -> Clusters {
        let by_path = saved
            .clusters
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.iter().map(move |p| (xxh3_64(p.as_bytes()), i)))
            .collect();
        Clusters { saved, by_path }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_know_their_cluster_and_rank_and_ids_follow_the_original() {
        let saved = Saved { opstamp: 3, clusters: vec![vec!["a".into(), "b".into(), "c".into()]] };
        let clusters = Clusters::from(saved);
        assert_eq!(clusters.place("c"), Some(Place { cluster: 0, rank: 2 }));
        assert_eq!(clusters.place("z"), None);
        assert_eq!(clusters.id(0), format!("{:016x}", xxh3_64(b"a")));
        assert_eq!(clusters.copies_of("b"), Some((clusters.id(0), 2)));
        assert_eq!(clusters.copies_of("z"), None);
    }
}
