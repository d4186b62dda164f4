//! The byline words of every language (`By`, `Von`, `Par`, `Por`, `Door`, `Av`, `Text:`), as a
//! line opens with them, stands alone with them, or joins them to a label or a date (`Posted by`,
//! `Veröffentlicht am 3. März 2026 von`). Imports the names part of the byline (a label that
//! credits others, `Photos by`, announces no writer), the vocabulary and the line shapes.

use super::super::{lines, vocab};
use super::people::credits_others;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A line opening with a byline word, or a label and a date joined to one, and the names after.
pub(super) static BY: LazyLock<Regex> = LazyLock::new(|| {
    let words = vocab::every(vocab::BYLINE_WORDS).map(by_word);
    let words = words.collect::<Vec<_>>().join("|");
    let (labels, joining) = (by_labels(), joining_by_words());
    Regex::new(&format!(
        r"^(?:(?:{words})\s+|[Aa]s\s+told\s+to\s+|(?i:{labels}).*?\s(?:{joining})\s*:?\s+)(?P<names>.+)$"
    ))
    .expect("valid byline pattern")
});

/// The labels a byline may open with before its byline word (`Posted by`, `Veröffentlicht am 3.
/// März 2026 von`), as alternatives of a pattern.
fn by_labels() -> String {
    let labels = vocab::every(vocab::PUBLICATION_LABELS).chain(["posted", "written"]);
    labels.map(lines::bounded).collect::<Vec<_>>().join("|")
}

/// The byline words of one word (`By`, `Von`, `Par`, `Por`, `Door`, `Av`…), as printed in the
/// middle of a line after a label or a date (`Veröffentlicht am 3. März 2026 von Ann Lee`), as
/// alternatives of a pattern.
fn joining_by_words() -> String {
    let mut spelled: Vec<String> = one_word_by_words().flat_map(spellings).collect();
    spelled.sort_unstable();
    spelled.dedup();
    spelled.join("|")
}

/// The byline words of one word and no colon (`By`, `Von`, `Par`), as the vocabulary writes them.
pub(super) fn one_word_by_words() -> impl Iterator<Item = &'static str> {
    vocab::every(vocab::BYLINE_WORDS).filter(|w| !w.contains([' ', ':']))
}

/// A one-word byline word between spaces, as [`joining_by_words`] lists them.
pub(super) static JOINING_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\s(?:{})\s", joining_by_words())).expect("valid by-word pattern"));

/// True when a line opens with a byline word of any language (`By`, `Von`, `Door`, `Text:`).
pub(crate) fn opens_with_by_word(line: &str) -> bool {
    BY.is_match(line.trim())
}

/// A byline word alone on its line, the names on the next (`By`, `Von`, `Por`; any of
/// [`vocab::BYLINE_WORDS`] written without a colon, as printed, in capitals or small letters).
pub(crate) fn is_by_alone(line: &str) -> bool {
    BY_ALONE.contains(line.trim())
}

/// A line that announces the names on the next one: `By` alone, a short label ending in `by`
/// (`Written by`, `COMMENTARY BY`), `Author`; with a colon or none (`by:`, `Author:`).
pub(crate) fn is_names_label(line: &str) -> bool {
    if line.split_whitespace().nth(LABEL_WORDS).is_some() {
        return false;
    }
    let line = line.trim().trim_end_matches(':').trim_end();
    let lower = line.to_lowercase();
    let label = lower.ends_with(" by") && !credits_others(line);
    is_by_alone(line) || label || matches!(lower.as_str(), "author" | "authors")
}

/// Most words of a label announcing names (`News provided by`): asked first, as every headline
/// candidate's line above is asked whether it is one.
const LABEL_WORDS: usize = 3;

static BY_ALONE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let words = vocab::every(vocab::BYLINE_WORDS);
    words.filter(|w| !w.ends_with(':')).flat_map(spellings).collect()
});

/// A byline word as printed, in capitals and in small letters.
fn spellings(word: &str) -> [String; 3] {
    [word.to_string(), word.to_uppercase(), word.to_lowercase()]
}

/// The pattern of one byline word of the vocabulary, as printed, in capitals or in small
/// letters: `By` takes a colon or none, `Text:` needs its colon; a space may stand before either
/// colon, as French prints it (`Par : …`, `Auteur : …`).
fn by_word(word: &str) -> String {
    let bare = word.trim_end_matches(':').trim_end();
    let colon = if word.ends_with(':') { r"\s*:" } else { r"(?:\s?:)?" };
    let spelled: Vec<String> =
        spellings(bare).iter().map(|s| regex::escape(s).replace(' ', r"\s+")).collect();
    format!("(?:{}){colon}", spelled.join("|"))
}
