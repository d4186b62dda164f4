//! The text a hit shows: the passage Tantivy chose, widened or narrowed to whole sentences when
//! one ends or starts near its edges, else cut at a word with `…` to say so, and printed on one
//! line with one space wherever the body had a line or paragraph break. The highlights are
//! carried over as byte ranges into the text returned.

use std::ops::Range;

/// How far, in bytes, a passage may grow past Tantivy's fragment to end or start a sentence.
const REACH: usize = 80;

/// Marks a passage cut inside a sentence.
pub const ELLIPSIS: &str = "…";

/// The passage of `body` around `fragment` (a byte range of it) with the highlights `marks`
/// (byte ranges of `body`, in order, inside the fragment), as text and ranges of that text.
pub fn passage(body: &str, fragment: Range<usize>, marks: &[Range<usize>]) -> (String, Vec<[usize; 2]>) {
    let first_mark = marks.first().map_or(fragment.end, |m| m.start);
    let last_mark = marks.last().map_or(fragment.start, |m| m.end);
    let from = sentence_start(body, fragment.start, first_mark);
    let to = sentence_end(body, fragment.end, last_mark).max(from);
    render(body, from..to, marks)
}

/// The opening of a body of at most about `chars` characters, for a hit none of whose words is
/// in its body (a title or filter match).
pub fn opening(body: &str, chars: usize) -> String {
    let end = body.char_indices().nth(chars).map_or(body.len(), |(i, _)| i);
    let end = body[..end].rfind(char::is_whitespace).filter(|_| end < body.len()).unwrap_or(end);
    render(body, 0..sentence_end(body, end, 0), &[]).0
}

/// Where the passage starts: the latest sentence start up to `REACH` before `start`, else the
/// first one between `start` and the first highlight, else `start` itself (a word's start).
fn sentence_start(body: &str, start: usize, first_mark: usize) -> usize {
    let reach = floor_char(body, start.saturating_sub(REACH));
    let before = (reach..=start).rev().find(|&at| starts_sentence(body, at));
    before.or_else(|| (start..=first_mark).find(|&at| starts_sentence(body, at))).unwrap_or(start)
}

/// Where the passage ends: the latest sentence end between the last highlight and `end`, else
/// the first one up to `REACH` past `end`, else `end` itself (a word's end).
fn sentence_end(body: &str, end: usize, last_mark: usize) -> usize {
    let inside = (last_mark..=end).rev().find(|&at| ends_sentence(body, at));
    let reach = floor_char(body, (end + REACH).min(body.len()));
    inside.or_else(|| (end..=reach).find(|&at| ends_sentence(body, at))).unwrap_or(end)
}

/// True at byte `at` of `body` when a sentence starts there: the body's start, or a letter or
/// digit that is not small after a sentence's end and white space.
fn starts_sentence(body: &str, at: usize) -> bool {
    if at == 0 {
        return true;
    }
    let (Some(before), Some(after)) = (body.get(..at), body.get(at..)) else {
        return false;
    };
    let opens = after
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase() || "\"“‘'(".contains(c));
    let gap = before.len() - before.trim_end().len();
    opens && (gap > 0 && ends_sentence(body, before.trim_end().len()) || before.ends_with(['。', '！', '？']))
}

/// True at byte `at` of `body` when a sentence ends just before it: after `.`, `!`, `?` (and a
/// closing quote or bracket), followed by white space or the end; or after a CJK full stop.
fn ends_sentence(body: &str, at: usize) -> bool {
    let (Some(before), Some(after)) = (body.get(..at), body.get(at..)) else {
        return false;
    };
    let next_is_gap = after.chars().next().is_none_or(char::is_whitespace);
    let bare = before.trim_end_matches(['"', '”', '’', '\'', ')']);
    (next_is_gap && bare.ends_with(['.', '!', '?']) && !ends_with_initial(bare))
        || before.ends_with(['。', '！', '？'])
}

/// `… said J.`, `… Mr.`, `… the U.S.`: a full stop after one capital, a short title or inside an
/// abbreviation is no sentence's end.
fn ends_with_initial(text: &str) -> bool {
    let word = text.rsplit(char::is_whitespace).next().unwrap_or("").trim_end_matches('.');
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || word.contains('.') || ["Mr", "Mrs", "Ms", "Dr", "St"].contains(&word)
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `body[range]` on one line, runs of white space made one space, `…` where the range cuts a
/// sentence, and the marks inside the range moved to the text returned.
fn render(body: &str, range: Range<usize>, marks: &[Range<usize>]) -> (String, Vec<[usize; 2]>) {
    let text = &body[range.clone()];
    let mut out = String::with_capacity(text.len() + 2 * ELLIPSIS.len());
    if !starts_sentence(body, range.start) {
        out.push_str(ELLIPSIS);
    }
    let mut at = vec![0; text.len() + 1];
    for (i, c) in text.char_indices() {
        at[i] = out.len();
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') && !out.ends_with(ELLIPSIS) {
            out.push(' ');
        }
    }
    let trailing = out.len() - out.trim_end().len();
    out.truncate(out.len() - trailing);
    at[text.len()] = out.len();
    let inside = marks.iter().filter(|m| m.start >= range.start && m.end <= range.end);
    let moved = inside.map(|m| [at[m.start - range.start], at[m.end - range.start].min(out.len())]).collect();
    if range.end < body.trim_end().len() && !ends_sentence(body, range.end) {
        out.push_str(ELLIPSIS);
    }
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(body: &str, fragment: &str, words: &[&str]) -> (String, Vec<String>) {
        let start = body.find(fragment).expect("fragment in body");
        let marks: Vec<Range<usize>> = words
            .iter()
            .map(|w| {
                let at = body[start..].find(w).expect("word in fragment") + start;
                at..at + w.len()
            })
            .collect();
        let (text, ranges) = passage(body, start..start + fragment.len(), &marks);
        let marked = ranges.iter().map(|[a, b]| text[*a..*b].to_string()).collect();
        (text, marked)
    }

    #[test]
    fn a_fragment_near_sentence_edges_is_widened_to_whole_sentences() {
        let body = "Talks ended early.\n\nThe ministers met in Lisbon on Monday and agreed on a port deal. Later, more.";
        let (text, marked) = around(body, "met in Lisbon on Monday and agreed", &["Lisbon"]);
        assert_eq!(text, "The ministers met in Lisbon on Monday and agreed on a port deal.");
        assert_eq!(marked, ["Lisbon"]);
    }

    #[test]
    fn paragraphs_join_with_one_space_and_highlights_stay_exact() {
        let body = "Ferries stopped.\n\nPort workers struck.  Pay talks resume.";
        let (text, marked) = around(body, "stopped.\n\nPort workers", &["Port", "workers"]);
        assert_eq!(text, "Ferries stopped. Port workers struck.");
        assert_eq!(marked, ["Port", "workers"]);
    }

    #[test]
    fn a_cut_inside_a_long_sentence_is_marked() {
        let long = "word ".repeat(60);
        let body = format!("{long}the ferry union said {long}end.");
        let (text, marked) = around(&body, "word the ferry union said word", &["ferry"]);
        assert!(text.starts_with("…word the ferry") && text.ends_with("said word…"), "{text}");
        assert_eq!(marked, ["ferry"]);
    }

    #[test]
    fn an_initial_is_no_sentence_end() {
        let body = format!("{} said J. Smith of the ferry union on Monday.", "word ".repeat(40));
        let (text, _) = around(&body, "Smith of the ferry", &["ferry"]);
        assert!(text.starts_with('…') && text.ends_with("on Monday."), "{text}");
    }

    #[test]
    fn an_opening_ends_at_a_sentence_or_a_word_with_a_mark() {
        assert_eq!(opening("Short body.\n\nSecond one.", 220), "Short body. Second one.");
        assert_eq!(opening("One two three four five six seven", 12), "One two…");
        assert_eq!(opening("First one. Second sentence runs on", 14), "First one.");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the body and wherever the fragment, the text is one line without doubled
        /// spaces and every highlight covers the word it covered in the body.
        #[test]
        fn highlights_survive_and_spacing_is_single(
            words in proptest::collection::vec("[A-Za-z]{1,8}[.!?]?", 1..80),
            gaps in proptest::collection::vec(prop_oneof![Just(" "), Just("\n\n"), Just("  "), Just("\n")], 80),
            pick in 0usize..80,
        ) {
            let mut body = String::new();
            let mut spans = Vec::new();
            for (i, word) in words.iter().enumerate() {
                spans.push(body.len()..body.len() + word.len());
                body.push_str(word);
                body.push_str(gaps[i]);
            }
            let at = pick % spans.len();
            let mark = spans[at].start..spans[at].start + words[at].trim_end_matches(['.', '!', '?']).len();
            let fragment = spans[at.saturating_sub(3)].start..spans[(at + 3).min(spans.len() - 1)].end;
            let (text, ranges) = passage(&body, fragment, std::slice::from_ref(&mark));
            prop_assert!(!text.contains("  ") && !text.contains('\n'), "{:?}", text);
            prop_assert_eq!(ranges.len(), 1);
            prop_assert_eq!(&text[ranges[0][0]..ranges[0][1]], &body[mark]);
        }
    }
}
