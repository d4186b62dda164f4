//! Speaker turns: the lines of an interview, a transcript or a Q&A (`Vartan: So she set out to
//! prove it.`, `Q: Why now?`). On its own such a line has the shape of a label (`Topics: …`,
//! `Photographer: …`), which is furniture; among other speakers' turns it is the story.
//!
//! May import: the leaves (`lines`, `reach`). Imported by `body`.

use super::lines::{ends_sentence, word_count};
use super::reach::TURN_REACH;

/// True when line `at` is a speaker's turn: a speaker (one to three words, the first capitalised)
/// and a colon, then a sentence, with a turn of the same speaker and a turn of another within
/// [`TURN_REACH`] lines. A label set again and again (`SALE: $3.33/month!`, `Photographer: Ana
/// Lind.`) has no second speaker; teasers cut off with `...` are no turns.
pub(crate) fn is_speaker_turn(lines: &[String], at: usize) -> bool {
    let Some(speaker) = lines.get(at).and_then(|line| turn(line)) else {
        return false;
    };
    let near = &lines[at.saturating_sub(TURN_REACH)..(at + TURN_REACH + 1).min(lines.len())];
    let speakers: Vec<&str> = near.iter().filter_map(|line| turn(line)).collect();
    let same = speakers.iter().filter(|s| **s == speaker).count();
    same >= 2 && speakers.iter().any(|s| *s != speaker)
}

/// The speaker of a line shaped as a turn, if it is one.
fn turn(line: &str) -> Option<&str> {
    let (speaker, said) = line.split_once(':')?;
    let capitalised = speaker.chars().next().is_some_and(char::is_uppercase);
    let spoken = said.starts_with(' ') && ends_sentence(said) && !said.trim_end().ends_with(':');
    let cut_off = said.trim_end().ends_with(['…']);
    ((1..=3).contains(&word_count(speaker)) && capitalised && spoken && !cut_off).then_some(speaker)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::tests::text_lines as lines;

    proptest::proptest! {
        #[test]
        fn any_page_is_read_for_turns_without_a_panic(page in proptest::collection::vec("\\PC{0,40}(: \\PC{0,20}[.?])?", 0..12)) {
            for at in (0..page.len()).filter(|at| is_speaker_turn(&page, *at)) {
                proptest::prop_assert!(page[at].contains(": "), "a turn names its speaker: {:?}", page[at]);
            }
        }
    }

    #[test]
    fn turns_of_two_speakers_are_the_story_but_a_repeated_label_is_not() {
        let interview = lines(
            "Q: Why did the ferry fares fall?\n\
             Ines Marlow: The harbour authority asked for it.\n\
             Q: Will they rise again?\n\
             Ines Marlow: Not this year.",
        );
        assert!((0..4).all(|at| is_speaker_turn(&interview, at)));
        let ads = lines("SALE: $3.33/month!\nThe fares fell.\nSALE: $3.33/month!");
        assert!(!is_speaker_turn(&ads, 0), "one label, no second speaker");
        let teasers =
            lines("Video: Ferry fares fall ...\nArticle: Islanders cheer ...\nVideo: A new pier ...");
        assert!(!is_speaker_turn(&teasers, 0), "cut-off teasers");
        let lone = lines("Q: Why did the fares fall?\nThe authority cut them.\nTopics: Ferries.");
        assert!(!is_speaker_turn(&lone, 0), "a single turn");
    }
}
