//! The MinHash signature of a story's body: what two copies of one story share however their
//! furniture, line breaks, quote marks and endings differ.
//!
//! A body is cut into overlapping runs of [`SHINGLE_WORDS`] words (lower-cased, punctuation
//! dropped, so `“Yes,” he said` and `"Yes" he said` are the same words). Two bodies' resemblance
//! is the Jaccard index of their runs; MinHash estimates it from [`HASHES`] minimums (here one
//! per bin of a single hash, see [`Signature::of`]), without keeping the runs.

use xxhash_rust::xxh3::xxh3_64;

/// Words a shingle holds. Five is the usual size for news-length text: long enough that two
/// stories on one topic share few runs by chance, short enough that an edited sentence changes
/// only the runs that cross the edit.
pub const SHINGLE_WORDS: usize = 5;

/// Minimums (bins) in a signature. The estimate of a resemblance `J` has a standard error of
/// `sqrt(J(1 - J) / HASHES)`: ±0.05 at 0.5. 96 divides into the bands of [`super::cluster`].
pub const HASHES: usize = 96;

/// Minimums packed into one number of the index's column.
const PER_NUMBER: usize = 4;

/// Bodies with fewer shingles than this are not compared: a two-line brief matches any other
/// brief that quotes the same two sentences.
pub const FEWEST_SHINGLES: usize = 20;

/// A body's signature: the low 16 bits of each bin's minimum over its shingles, and how many
/// shingles it has, repeats counted (to weigh resemblance against the two bodies' lengths; a
/// story rarely repeats a run of five words, so the count stands for the set's size).
///
/// Keeping 16 bits of each minimum ("b-bit minwise hashing") halves what the index stores and
/// writes per article against 32 bits, at the cost of two different minimums agreeing by chance
/// once in 65,536 comparisons, which raises an estimated resemblance by 0.00002. (With 32 bits
/// the column took 39 MB of a 100,000-article index of 109 MB.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub minimums: [u16; HASHES],
    pub shingles: u32,
}

impl Signature {
    /// The signature of a body, or `None` when it is too short to compare.
    ///
    /// One permutation serves all [`HASHES`] minimums: each shingle's hash picks a bin by its
    /// high half and competes for that bin's minimum with its low half, so a body costs one hash a
    /// shingle rather than one per minimum (96 per shingle had been two fifths of what copy
    /// detection added to indexing). Bins no shingle fell into take the minimum of the next bin
    /// that has one, shifted by how far it is ("densification"), so two bodies compare bin by bin
    /// as with 96 hash functions.
    pub fn of(body: &str) -> Option<Signature> {
        let words = word_hashes(body);
        let shingles = words.windows(SHINGLE_WORDS).count();
        if shingles < FEWEST_SHINGLES {
            return None;
        }
        let mut minimums = [u32::MAX; HASHES];
        let mut filled = [false; HASHES];
        for hash in words.windows(SHINGLE_WORDS).map(|w| avalanche(shingle_hash(w))) {
            let bin = (((hash >> 32) * HASHES as u64) >> 32) as usize;
            minimums[bin] = minimums[bin].min(hash as u32);
            filled[bin] = true;
        }
        densify(&mut minimums, &filled);
        let minimums = minimums.map(|m| m as u16);
        Some(Signature { minimums, shingles: u32::try_from(shingles).unwrap_or(u32::MAX) })
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

    /// The signature as stored in the index's fast column, one number per value: the shingle
    /// count, then the minimums four to a number. (A bytes column would keep a dictionary of
    /// every signature, compressed block by block: a tenth of the time of indexing.)
    pub fn to_numbers(&self) -> Vec<u64> {
        let packed = self
            .minimums
            .chunks_exact(PER_NUMBER)
            .map(|four| four.iter().fold(0u64, |n, &m| n << 16 | u64::from(m)));
        std::iter::once(u64::from(self.shingles)).chain(packed).collect()
    }

    /// A signature read back from the index; `None` for values of another shape.
    pub fn from_numbers(numbers: impl Iterator<Item = u64>) -> Option<Signature> {
        let mut numbers = numbers;
        let shingles = u32::try_from(numbers.next()?).ok()?;
        let mut minimums = [0u16; HASHES];
        let mut filled = 0;
        for (slots, n) in minimums.chunks_exact_mut(PER_NUMBER).zip(numbers.by_ref()) {
            for (i, slot) in slots.iter_mut().enumerate() {
                *slot = (n >> (16 * (PER_NUMBER - 1 - i))) as u16;
            }
            filled += PER_NUMBER;
        }
        (filled == HASHES && numbers.next().is_none()).then_some(Signature { minimums, shingles })
    }
}

/// The hash of each word of a body, lower-cased, without punctuation: a word is a run of
/// alphanumeric characters. Read byte by byte, decoding only a non-ASCII byte as a character
/// (news bodies are nearly all ASCII), which costs less than splitting on `char` and lower-casing
/// through `chars()` (about a seventh less for the whole signature, by profile). One buffer is
/// reused for every word.
fn word_hashes(body: &str) -> Vec<u64> {
    let mut word = Vec::with_capacity(32);
    let mut hashes = Vec::with_capacity(body.len() / 6);
    let mut at = 0;
    while let Some(&byte) = body.as_bytes().get(at) {
        let (alphanumeric, len) = if byte.is_ascii() {
            word.extend(byte.is_ascii_alphanumeric().then_some(byte.to_ascii_lowercase()));
            (byte.is_ascii_alphanumeric(), 1)
        } else {
            let Some(c) = body.get(at..).and_then(|rest| rest.chars().next()) else { break };
            if c.is_alphanumeric() {
                c.to_lowercase().for_each(|l| word.extend_from_slice(l.encode_utf8(&mut [0; 4]).as_bytes()));
            }
            (c.is_alphanumeric(), c.len_utf8())
        };
        if !alphanumeric && !word.is_empty() {
            hashes.push(xxh3_64(&word));
            word.clear();
        }
        at += len;
    }
    if !word.is_empty() {
        hashes.push(xxh3_64(&word));
    }
    hashes
}

/// One hash of a run of word hashes, order kept (`a b` and `b a` differ).
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(0u64, |h, w| h.rotate_left(17).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ w)
}

/// SplitMix64's finaliser: the bits of a shingle's hash well mixed, so that its high half
/// spreads shingles evenly over the bins and its low half orders them at random.
fn avalanche(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Fills each empty bin from the nearest filled bin after it (wrapping round), shifted by a
/// constant per step so that a borrowed minimum does not equal the one it was borrowed from.
fn densify(minimums: &mut [u32; HASHES], filled: &[bool; HASHES]) {
    let source = *minimums;
    for bin in (0..HASHES).filter(|&b| !filled[b]) {
        let next = (1..HASHES).find(|step| filled[(bin + step) % HASHES]);
        if let Some(step) = next {
            minimums[bin] =
                source[(bin + step) % HASHES].wrapping_add((step as u32).wrapping_mul(0x9E37_79B9));
        }
    }
}

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

    /// The words as first written (split on characters, lower-cased as strings): the index
    /// holds signatures made this way, so the byte-wise reading must give the same hashes.
    fn words_as_strings(body: &str) -> Vec<u64> {
        let words = body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        words
            .map(|w| xxh3_64(w.chars().flat_map(char::to_lowercase).collect::<String>().as_bytes()))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn bytewise_words_hash_as_the_words_of_any_text(body in "(?s).{0,200}") {
            proptest::prop_assert_eq!(word_hashes(&body), words_as_strings(&body));
        }
    }

    #[test]
    fn bytewise_words_fold_accents_and_capitals_as_strings_do() {
        for body in
            ["Ærøskøbing ÉTÉ İstanbul straße ΟΔΟΣ", "“Yes,” he said — 3.5% in 2026…", "日本語の記事 x"]
        {
            assert_eq!(word_hashes(body), words_as_strings(body), "{body}");
        }
    }

    #[test]
    fn a_brief_is_too_short_to_compare_and_bytes_round_trip() {
        assert_eq!(Signature::of("Shares rose on Monday."), None);
        let signature = Signature::of(STORY).expect("long enough");
        assert_eq!(Signature::from_numbers(signature.to_numbers().into_iter()), Some(signature));
        assert_eq!(Signature::from_numbers([1, 2, 3].into_iter()), None);
    }
}
