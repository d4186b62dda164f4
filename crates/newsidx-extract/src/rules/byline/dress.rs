//! A byline line's dress: what a page prints around the names that is taken off before they are
//! read — a dash, bar or bullet before the `By`, a `By` glued to the name, a row's other fields,
//! a date before the byline word, each writer's address, a bio the byline runs on into. Imports
//! the byline words and the names' separators; nothing above the byline.

use super::super::{dates, lines};
use super::people::SPLIT;
use super::words::{one_word_by_words, opens_with_by_word, JOINING_BY};
use std::borrow::Cow;
use std::sync::LazyLock;

/// `By`, a `By` glued to the names, or a field of a row opening with a byline word (`Opinion |
/// By Ann Lee`, `March 3, 2026 // Author: Ann Lee // 2 Comments`).
pub(super) fn undressed(line: &str) -> Option<Cow<'_, str>> {
    let decorated =
        line.strip_prefix(['—', '–', '/', '•', '|', '-']).map(|l| l.trim_start_matches(['/', '-']));
    if let Some(rest) = decorated.map(str::trim_start).filter(|r| opens_with_by_word(r)) {
        return Some(Cow::Borrowed(rest));
    }
    if let Some(unglued) = unglued_by(line) {
        return Some(Cow::Owned(unglued));
    }
    by_field(line).map(Cow::Borrowed)
}

/// The field of a row, and those after it, that opens with a byline word after the mark of one
/// of the row's [`ROW_SEPARATORS`] and a space (`| `, `// `, `· `, `• `). Only lines of a row's
/// length are read, and only at such marks.
fn by_field(line: &str) -> Option<&str> {
    if line.len() > ROW_BYTES {
        return None;
    }
    let bytes = line.as_bytes();
    let marked = |at: usize| FIELD_MARKS.iter().any(|mark| bytes[..=at].ends_with(mark.as_bytes()));
    let spaced = |(at, pair): (usize, &[u8])| (pair[1] == b' ' && marked(at)).then_some(at + 2);
    let mut starts = bytes.windows(2).enumerate().filter_map(spaced);
    starts.find(|&at| opens_with_by_word(&line[at..])).map(|at| &line[at..])
}

/// The marks of the row's [`ROW_SEPARATORS`], as a constant (asked at every space of a line;
/// a test holds the two lists together).
const FIELD_MARKS: [&str; 4] = ["|", "•", "·", "//"];

/// Longest line read as a byline's row of fields, in bytes.
const ROW_BYTES: usize = 200;

/// (`By Ann Lee | alee@post.example | Harbour Post and Tom Quist | tquist@post.example | Harbour
/// Post`): the field before each address, from its last joining word on.
pub(super) fn emailed_names(line: &str) -> Option<String> {
    if !line.contains('@') || !opens_with_by_word(line) {
        return None;
    }
    // Words are dropped while the rest still opens with a byline word (`Written by Ann Lee`).
    let mut names_first = line;
    while opens_with_by_word(names_first) {
        names_first = names_first.split_once(' ').map_or("", |(_, rest)| rest.trim_start());
    }
    let fields: Vec<&str> = names_first.split(" | ").map(str::trim).collect();
    let before_address = fields.windows(2).filter(|pair| pair[1].contains('@') && !pair[1].contains(' '));
    let names: Vec<&str> =
        before_address.map(|pair| SPLIT.split(pair[0]).last().unwrap_or(pair[0]).trim()).collect();
    (!names.is_empty()).then(|| names.join(" and "))
}

/// A byline running on into its writer's bio, longer than a byline's words (`By Ann Lee, a
/// transport reporter who has covered the harbour since 2015. She lives in …`): the byline up to
/// the bio's article.
pub(super) fn before_bio(line: &str) -> Option<&str> {
    let at = [", a ", ", an "].iter().filter_map(|article| line.find(article)).min()?;
    let byline = &line[..at];
    (opens_with_by_word(byline) && lines::word_count(byline) <= BIO_BYLINE_WORDS).then_some(byline)
}

/// Most words of a byline before its writer's bio (`By Ann Lee and Tom Quist`, `Written by Ann
/// Marie de la Cruz`).
const BIO_BYLINE_WORDS: usize = 8;

/// The names after the date a line opens with (`Monday March 3, 2026 7:45 am by Ann Lee`, `3.
/// März 2026 von Ann Lee`).
pub(super) fn after_date_by(line: &str) -> Option<&str> {
    let by = JOINING_BY.find(line)?;
    dates::opens_with_date(&line[..by.start()]).then(|| &line[by.end()..])
}

/// The line with a space put back after a byline word a page saved as text glued to the linked
/// name (`ByAnn Lee`, `Posted byAnn Lee`, `Veröffentlicht vonAnn Lee`): `By` opening the line or
/// a one-word byline word in small letters after a space, then a capital and a small letter —
/// never a word such as `Byron`, `ByteDance` or `DoorDash`, nor a name such as `DiMaggio`.
fn unglued_by(line: &str) -> Option<String> {
    if line.len() > GLUED_BYLINE_BYTES {
        return None;
    }
    // A byte scan, not `loose_byline`'s character seams (a layer above): every line asked for a
    // byline comes here, and the byline words before a seam are ASCII.
    let bytes = line.as_bytes();
    let seam =
        |pair: &[u8]| pair[0].is_ascii_lowercase() && (pair[1].is_ascii_uppercase() || !pair[1].is_ascii());
    let mut seams = bytes.windows(2).enumerate().filter(|(_, pair)| seam(pair)).map(|(at, _)| at + 1);
    let at = seams.find(|&at| ends_in_by_word(&line[..at]) && opens_name(&line[at..]))?;
    Some(format!("{} {}", &line[..at], &line[at..]))
}

/// Whether `text` ends in a byline word: `By` opening the line, or one of [`GLUED_BY_WORDS`]
/// opening it or after a space.
fn ends_in_by_word(text: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    text == "By" || GLUED_BY_WORDS.iter().any(|w| w == word)
}

/// Whether `text` opens with a capital and a small letter, as a name does.
fn opens_name(text: &str) -> bool {
    let mut letters = text.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_lowercase)
}

/// Longest line read for a glued byline, in bytes (`Veröffentlicht vonAnn Lee am 3. März 2026`;
/// a story's paragraphs are longer).
const GLUED_BYLINE_BYTES: usize = 100;

/// The one-word byline words in small letters (`by`, `von`, `par`…) that [`unglued_by`] finds
/// glued to a name.
static GLUED_BY_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut small: Vec<String> = one_word_by_words().map(str::to_lowercase).collect();
    small.sort_unstable();
    small.dedup();
    small
});

#[cfg(test)]
mod tests {
    use super::super::people::ROW_SEPARATORS;
    use super::*;

    #[test]
    fn the_field_marks_are_the_row_separators_marks() {
        let marks: Vec<&str> = ROW_SEPARATORS.iter().map(|sep| sep.trim()).collect();
        assert_eq!(marks, FIELD_MARKS);
    }
}
