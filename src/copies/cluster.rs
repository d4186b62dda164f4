//! Grouping articles into clusters of copies of one story, from their signatures alone.
//!
//! Comparing every pair is quadratic, so locality-sensitive hashing picks the pairs worth
//! comparing: a signature is cut into [`BANDS`] bands of [`ROWS`] minimums, and two articles
//! that agree on all of one band are compared. Compared pairs that pass [`is_copy`] are joined,
//! and the joined groups are the clusters. Everything is decided by the signatures and paths, so
//! the clusters never depend on the order the files were crawled in.

use super::minhash::{Signature, HASHES};
use chrono::NaiveDate;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Minimums per band. With two, two bodies resembling each other by `J` share some band with
/// probability `1 - (1 - J²)^BANDS`: 0.95 at J = 0.25 (a copy that kept its first quarter), above
/// 0.999 from J = 0.4, and 0.02 at J = 0.02 (two stories on one topic sharing a few phrases), so
/// few pairs are compared in vain. Three rows would miss half the copies cut to a quarter.
pub const ROWS: usize = 2;
/// Bands in a signature.
pub const BANDS: usize = HASHES / ROWS;

/// At least this share of the shorter body must stand in the longer one: a copy keeps nearly all
/// of the story it reprints, a follow-up quotes a few of its paragraphs, and a templated report
/// (the same sentences with other figures) shares only the runs of words between its figures.
pub const CONTAINMENT: f64 = 0.7;

/// The shorter body must have at least this share of the longer one's shingles. Sites that
/// reprint a wire story often keep only its first paragraphs, so a copy may be a fifth of its
/// original; two sentences quoted from a long story are not a copy of it.
pub const LENGTH_RATIO: f64 = 0.15;

/// Articles sharing one band with more than this many others are compared with this many of
/// their neighbours only (all are joined through them), so a story reprinted a thousand times
/// costs a thousand comparisons, not half a million.
const NEIGHBOURS: usize = 32;

/// An article as clustering sees it: its path is an entry of the [`Paths`] clustered with it.
#[derive(Debug, Clone)]
pub struct Member {
    pub path: u32,
    pub date: Option<NaiveDate>,
    pub signature: Signature,
}

/// The members' paths end to end in one string. Clustering holds every article of the index at
/// once, and a million paths each in a `String` of its own took 40 MB more.
#[derive(Debug, Default)]
pub struct Paths {
    text: String,
    ends: Vec<usize>,
}

impl Paths {
    /// Adds a path; returns its number, for [`Member::path`].
    pub fn push(&mut self, path: &str) -> u32 {
        self.text.push_str(path);
        self.ends.push(self.text.len());
        u32::try_from(self.ends.len() - 1).unwrap_or(u32::MAX)
    }

    /// The path numbered `number` by [`Paths::push`].
    pub fn get(&self, number: u32) -> &str {
        let at = number as usize;
        let start = at.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text[start..self.ends[at]]
    }
}

/// True when two signatures are of one story.
pub fn is_copy(a: &Signature, b: &Signature) -> bool {
    let (short, long) = (a.shingles.min(b.shingles), a.shingles.max(b.shingles));
    f64::from(short) >= LENGTH_RATIO * f64::from(long) && a.containment(b) >= CONTAINMENT
}

/// The clusters of two or more among `members`, each as its members' path numbers with its
/// original first: the earliest by date (undated last), ties broken by path. Clusters are ordered
/// by their original's path. (As `String`s, the paths of a million copies took 80 MB more.)
pub fn clusters(paths: &Paths, mut members: Vec<Member>) -> Vec<Vec<u32>> {
    // Paths are unique, so an unstable sort gives the same order, and it sorts in place: a stable
    // sort's buffer of half the members took 100 MB at a million articles.
    members.sort_unstable_by(|a, b| paths.get(a.path).cmp(paths.get(b.path)));
    let mut joined = Joined::new(members.len());
    // Grouping a band sorts every member by it: as many bands as there are threads are grouped
    // side by side, then compared, so only their groups are held at once (all 48 bands' groups of
    // a million articles took 400 MB).
    let bands: Vec<usize> = (0..BANDS).collect();
    for chunk in bands.chunks(rayon::current_num_threads().max(1)) {
        let groups: Vec<Vec<Vec<u32>>> = chunk.par_iter().map(|&band| band_groups(&members, band)).collect();
        for group in groups.iter().flatten() {
            compare_group(&members, group, &mut joined);
        }
    }
    let mut clusters: Vec<Vec<u32>> = joined
        .shared_groups()
        .into_iter()
        .map(|mut group| {
            group.sort_by(|&a, &b| original_first(paths, &members[a], &members[b]));
            group.into_iter().map(|i| members[i].path).collect()
        })
        .collect();
    clusters.sort_unstable_by(|a, b| paths.get(a[0]).cmp(paths.get(b[0])));
    clusters
}

/// The order in a cluster: dated before undated, earlier first, then by path.
fn original_first(paths: &Paths, a: &Member, b: &Member) -> std::cmp::Ordering {
    let key = |m: &Member| (m.date.is_none(), m.date);
    key(a).cmp(&key(b)).then_with(|| paths.get(a.path).cmp(paths.get(b.path)))
}

/// The members agreeing on all minimums of `band`, in groups of two or more (in path order):
/// sorting the band's keys puts each group together.
fn band_groups(members: &[Member], band: usize) -> Vec<Vec<u32>> {
    // With two rows of 16 bits a key is the band's two minimums themselves: 100,000 articles
    // share a key by chance about once a band, and such a pair is only compared in vain.
    let key = |m: &Member| {
        let rows = &m.signature.minimums[band * ROWS..(band + 1) * ROWS];
        rows.iter().fold(0u64, |k, &r| k.rotate_left(16) ^ u64::from(r))
    };
    let mut keyed: Vec<(u64, u32)> = (0..).zip(members).map(|(i, m)| (key(m), i)).collect();
    keyed.sort_unstable();
    let runs = keyed.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1);
    runs.map(|run| run.iter().map(|&(_, i)| i).collect()).collect()
}

/// Compares the members of one band group with their neighbours in it, unless an earlier band
/// has joined them all already (as it has for most groups of a story reprinted many times).
fn compare_group(members: &[Member], group: &[u32], joined: &mut Joined) {
    let group: Vec<usize> = group.iter().map(|&i| i as usize).collect();
    let Some(first) = group.first().map(|&i| joined.root(i)) else { return };
    if group.iter().all(|&i| joined.root(i) == first) {
        return;
    }
    for (at, &a) in group.iter().enumerate() {
        for &b in group.iter().skip(at + 1).take(NEIGHBOURS) {
            if !joined.same(a, b) && is_copy(&members[a].signature, &members[b].signature) {
                joined.join(a, b);
            }
        }
    }
}

/// Disjoint sets of member indices (union–find with path halving).
struct Joined {
    parent: Vec<usize>,
}

impl Joined {
    fn new(n: usize) -> Joined {
        Joined { parent: (0..n).collect() }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn same(&mut self, a: usize, b: usize) -> bool {
        self.root(a) == self.root(b)
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.parent[ra.max(rb)] = ra.min(rb);
    }

    /// Every set of two or more, as its members. Sets are counted first, so the articles that
    /// are their own story (nearly all) get no list of their own.
    fn shared_groups(&mut self) -> Vec<Vec<usize>> {
        let roots: Vec<usize> = (0..self.parent.len()).map(|i| self.root(i)).collect();
        let mut sizes = vec![0u32; roots.len()];
        roots.iter().for_each(|&root| sizes[root] += 1);
        let mut by_root: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, &root) in roots.iter().enumerate().filter(|&(_, &root)| sizes[root] > 1) {
            by_root.entry(root).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(topic: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("Paragraph {i} of the {topic} story tells of event number {} in the town of {topic}ville.", i * 7))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The clusters of articles given as path, day of March and body.
    fn clusters_of(articles: &[(&str, u32, &str)]) -> Vec<Vec<String>> {
        let mut paths = Paths::default();
        let members = articles
            .iter()
            .map(|&(path, day, body)| Member {
                path: paths.push(path),
                date: NaiveDate::from_ymd_opt(2026, 3, day),
                signature: Signature::of(body).expect("long enough"),
            })
            .collect();
        let clusters = clusters(&paths, members);
        clusters.iter().map(|c| c.iter().map(|&p| paths.get(p).to_owned()).collect()).collect()
    }

    #[test]
    fn copies_cluster_with_the_earliest_first_and_other_stories_stay_apart() {
        let ferry = story("ferry", 12);
        let cut: String = ferry.split("\n\n").take(8).collect::<Vec<_>>().join("\n\n");
        let (storm, updated) = (story("storm", 12), format!("Update: a fare was corrected.\n\n{ferry}"));
        let mut articles = vec![
            ("b/copy.txt", 4, cut.as_str()),
            ("a/original.txt", 3, ferry.as_str()),
            ("c/other.txt", 3, storm.as_str()),
            ("d/copy.txt", 3, updated.as_str()),
        ];
        let expected = vec![vec!["a/original.txt", "d/copy.txt", "b/copy.txt"]];
        assert_eq!(clusters_of(&articles), expected);
        articles.reverse();
        assert_eq!(clusters_of(&articles), expected, "crawl order does not matter");
    }

    #[test]
    fn two_paragraphs_quoted_from_a_long_story_are_no_copy_of_it() {
        let long = story("ferry", 30);
        let brief: String = long.split("\n\n").take(3).collect::<Vec<_>>().join("\n\n");
        let (a, b) = (Signature::of(&long).expect("long"), Signature::of(&brief).expect("long"));
        assert!(!is_copy(&a, &b));
    }
}
