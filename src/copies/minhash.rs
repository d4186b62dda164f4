//! The MinHash signature of a story's body: what two copies of one story share however their
//! furniture, line breaks, quote marks and endings differ.
//!
//! A body is cut into overlapping runs of [`SHINGLE_WORDS`] words (lower-cased, punctuation
//! dropped, so `“Yes,” he said` and `"Yes" he said` are the same words). Two bodies' resemblance
//! is the Jaccard index of their runs; MinHash estimates it from [`HASHES`] minimums, each over
//! the runs hashed by another function, without keeping the runs.

use xxhash_rust::xxh3::xxh3_64;

/// Words a shingle holds. Five is the usual size for news-length text: long enough that two
/// stories on one topic share few runs by chance, short enough that an edited sentence changes
/// only the runs that cross the edit.
pub const SHINGLE_WORDS: usize = 5;

/// Hash functions in a signature. The estimate of a resemblance `J` has a standard error of
/// `sqrt(J(1 - J) / HASHES)`: ±0.05 at 0.5. 96 divides into the bands of [`super::cluster`].
pub const HASHES: usize = 96;

/// Bodies with fewer shingles than this are not compared: a two-line brief matches any other
/// brief that quotes the same two sentences.
pub const FEWEST_SHINGLES: usize = 20;

/// A body's signature: the minimum of each hash function over its shingles, and how many distinct
/// shingles it has (to weigh resemblance against the two bodies' lengths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub minimums: [u32; HASHES],
    pub shingles: u32,
}

impl Signature {
    /// The signature of a body, or `None` when it is too short to compare.
    pub fn of(body: &str) -> Option<Signature> {
        let words = word_hashes(body);
        let mut shingles: Vec<u64> = words.windows(SHINGLE_WORDS).map(shingle_hash).collect();
        shingles.sort_unstable();
        shingles.dedup();
        if shingles.len() < FEWEST_SHINGLES {
            return None;
        }
        let mut minimums = [u32::MAX; HASHES];
        for &shingle in &shingles {
            for (min, (a, b)) in minimums.iter_mut().zip(PERMUTATIONS.iter()) {
                *min = (*min).min((a.wrapping_mul(shingle).wrapping_add(*b) >> 32) as u32);
            }
        }
        Some(Signature { minimums, shingles: u32::try_from(shingles.len()).unwrap_or(u32::MAX) })
    }

    /// The estimated Jaccard index of two bodies' shingles: the share of equal minimums.
    pub fn resemblance(&self, other: &Signature) -> f64 {
        let equal = self.minimums.iter().zip(&other.minimums).filter(|(a, b)| a == b).count();
        equal as f64 / HASHES as f64
    }

    /// The estimated share of the shorter body's shingles that the longer one holds too (1.0 for
    /// a copy cut short): from the resemblance `J` and the sizes, `|A ∩ B| = J (|A| + |B|) / (1 + J)`.
    pub fn containment(&self, other: &Signature) -> f64 {
        let j = self.resemblance(other);
        let (a, b) = (f64::from(self.shingles), f64::from(other.shingles));
        (j * (a + b) / (1.0 + j) / a.min(b)).min(1.0)
    }

    /// The signature as stored in the index: the shingle count, then each minimum, little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(4 * (HASHES + 1));
        bytes.extend_from_slice(&self.shingles.to_le_bytes());
        for min in self.minimums {
            bytes.extend_from_slice(&min.to_le_bytes());
        }
        bytes
    }

    /// A signature read back from the index; `None` for bytes of another shape.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != 4 * (HASHES + 1) {
            return None;
        }
        let mut numbers = bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        let shingles = numbers.next()?;
        let mut minimums = [0u32; HASHES];
        minimums.iter_mut().zip(numbers).for_each(|(slot, n)| *slot = n);
        Some(Signature { minimums, shingles })
    }
}

/// The hash of each word of a body, lower-cased, without punctuation (one buffer reused: a
/// string per word cost a third of the signature).
fn word_hashes(body: &str) -> Vec<u64> {
    let mut lower = String::new();
    let mut hashes = Vec::with_capacity(body.len() / 6);
    for word in body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        lower.clear();
        if word.is_ascii() {
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        hashes.push(xxh3_64(lower.as_bytes()));
    }
    hashes
}

/// One hash of a run of word hashes, order kept (`a b` and `b a` differ).
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(0u64, |h, w| h.rotate_left(17).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ w)
}

/// The hash functions `x ↦ ⌊(a·x + b mod 2⁶⁴) / 2³²⌋` (multiply–shift: the high bits of a
/// multiplication are well mixed, the low ones are not, and affine maps modulo 2³² estimated
/// resemblance visibly low); fixed numbers (from SplitMix64 seeded with 0), so that signatures
/// stored by one run compare with those of the next.
static PERMUTATIONS: std::sync::LazyLock<[(u64, u64); HASHES]> = std::sync::LazyLock::new(|| {
    let mut state = 0u64;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut functions = [(0u64, 0u64); HASHES];
    for f in functions.iter_mut() {
        *f = (next() | 1, next());
    }
    functions
});

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday, \
        officials said, after a winter of complaints from islanders who said the crossings had become \
        too dear for families. The cut takes effect next month and will cost the authority about four \
        million a year, its chairman told reporters at the quay. Islanders welcomed the news but said \
        the timetable, which was thinned last autumn, still left them stranded on Sunday evenings.";

    #[test]
    fn punctuation_case_and_line_breaks_do_not_change_a_signature() {
        let retyped = STORY.replace(", ", " ").replace(". ", ".\n\n").to_uppercase();
        assert_eq!(Signature::of(STORY), Signature::of(&retyped));
    }

    #[test]
    fn a_copy_cut_short_is_contained_in_its_original() {
        let original = Signature::of(STORY).expect("long enough");
        let cut =
            Signature::of(&STORY[..STORY.find(" Islanders welcomed").expect("cut")]).expect("long enough");
        assert!(original.resemblance(&cut) < 0.9);
        assert!(original.containment(&cut) > 0.9, "{}", original.containment(&cut));
    }

    #[test]
    fn unrelated_stories_resemble_little() {
        let other = "A heavy storm closed the mountain pass for three days last week, and the snow \
            ploughs of two valleys worked through the night to open it again before the weekend \
            markets, the roads office said on Thursday in a statement to the regional press agency.";
        let (a, b) = (Signature::of(STORY).expect("long"), Signature::of(other).expect("long"));
        assert!(a.containment(&b) < 0.1);
    }

    #[test]
    fn a_brief_is_too_short_to_compare_and_bytes_round_trip() {
        assert_eq!(Signature::of("Shares rose on Monday."), None);
        let signature = Signature::of(STORY).expect("long enough");
        assert_eq!(Signature::from_bytes(&signature.to_bytes()), Some(signature));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }
}
