//! The story's own paragraphs: from the first paragraph to the credit line, the agency's sign-off
//! or the list of other stories, leaving out ad slots, captions, `Read more:` blocks and appeals
//! in between.

use super::dateline::agency_name;
use super::lines::{
    ends_sentence, is_appeal, is_credit, is_inline_furniture, is_list_head, is_menu, is_prose, squash,
    word_count,
};

/// Consecutive non-story lines after which the story is taken to have ended.
pub const MAX_GAP: usize = 8;

/// How strictly lines are taken into the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// A text dump: only prose paragraphs; a long run of other lines ends the story.
    Prose,
    /// Lines from markup or a story's own text: subheadings and list items between paragraphs
    /// belong to the story too (those after the last paragraph do not).
    Structured,
}

/// The body paragraphs from `start`, with the first `strip` bytes (the dateline) removed from the
/// first line, and the index of the line where the story ended. A paragraph opened by a dateline
/// is kept even when it is not a sentence (`Shr 34 cts vs 1.19 dlrs` in a results brief).
pub fn collect(lines: &[String], start: usize, strip: usize, strictness: Strictness) -> (Vec<String>, usize) {
    let max_gap = if strictness == Strictness::Prose { MAX_GAP } else { MAX_GAP * 5 };
    let mut paragraphs = Vec::new();
    let mut pending = Vec::new();
    let mut gap = 0;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let text = if i == start { line.get(strip..).unwrap_or(line) } else { line.as_str() };
        if ends_story(text) && (i > start || !paragraphs.is_empty()) {
            return (paragraphs, i);
        }
        let signed = before_signoff(text);
        let text = signed.unwrap_or(text);
        let opening = i == start && strip > 0 && word_count(text) >= 2;
        if opening || is_story_paragraph(text) {
            paragraphs.append(&mut pending);
            paragraphs.push(squash(text));
            gap = 0;
            if signed.is_some() {
                return (paragraphs, i + 1);
            }
            continue;
        }
        gap += 1;
        if gap >= max_gap && !paragraphs.is_empty() {
            return (paragraphs, i + 1 - gap);
        }
        let kept = match strictness {
            Strictness::Structured => is_short_paragraph(text),
            Strictness::Prose => is_unfinished_sentence(text),
        };
        if kept && !is_inline_furniture(text) && !is_appeal(text) {
            pending.push(squash(text));
        }
    }
    (paragraphs, lines.len())
}

/// A credit line, or the head of a list of other stories.
pub fn ends_story(line: &str) -> bool {
    is_credit(line) || is_list_head(line)
}

/// The last paragraph of a wire story without the agency's sign-off that closes it: `… in the
/// first two months of this year. REUTER`, `… the ministry said. (AP)`, `… on Monday. — AFP`.
/// The sign-off is an agency's name in capitals or in brackets, after a full sentence.
fn before_signoff(line: &str) -> Option<&str> {
    let (text, last) = line.trim_end().rsplit_once(' ')?;
    let bracketed = last.starts_with('(') && last.ends_with(')');
    let name = last.trim_matches(['(', ')']);
    let capitals = name.chars().all(|c| !c.is_lowercase()) || name == "dpa";
    let text = text.trim_end_matches([' ', '-', '–', '—']);
    ((bracketed || capitals) && agency_name(name).is_some() && ends_sentence(text)).then_some(text)
}

/// Running text that is not furniture.
pub fn is_story_paragraph(line: &str) -> bool {
    is_prose(line) && !is_appeal(line) && !is_inline_furniture(line)
}

/// Running text that lacks only its full stop (a truncated wire paragraph): kept when story
/// paragraphs stand on both sides of it.
fn is_unfinished_sentence(line: &str) -> bool {
    word_count(line) >= 12
        && line.chars().filter(|c| c.is_lowercase()).count() * 2 > line.len()
        && !is_menu(line)
}

/// A short line that may belong to the story although it is not a full sentence: a subheading
/// or a list item. Taken only from markup, and only between paragraphs.
pub fn is_short_paragraph(line: &str) -> bool {
    let words = word_count(line);
    (2..=14).contains(&words) && !is_menu(line) && !is_appeal(line) && (ends_sentence(line) || words >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn stops_at_the_credit_line() {
        let page = lines(
            "PARIS (AFP) - The metro line opened on Monday after years of work.\n\
             Advertisement\n\
             Commuters said the new trains were quiet and clean today.\n\
             (Reporting by Jean Dupont; Editing by Anne Roy)\n\
             Readers like you keep our journalism going every single day.",
        );
        let (body, end) = collect(&page, 0, "PARIS (AFP) - ".len(), Strictness::Prose);
        assert_eq!(
            body,
            [
                "The metro line opened on Monday after years of work.",
                "Commuters said the new trains were quiet and clean today."
            ]
        );
        assert_eq!(end, 3);
    }

    #[test]
    fn a_sign_off_ends_the_story_and_leaves_its_paragraph() {
        let page = lines(
            "TOKYO, Mar 2 (Reuters) - Japan's trade surplus jumped in the first 20 days of February.\n\
             Prices rose by more than 3 pct in the first two months of this year. REUTER\n\
             Bank of Japan keeps its discount rate unchanged, officials say today.",
        );
        let (body, end) = collect(&page, 0, "TOKYO, Mar 2 (Reuters) - ".len(), Strictness::Prose);
        assert_eq!(body[1], "Prices rose by more than 3 pct in the first two months of this year.");
        assert_eq!((body.len(), end), (2, 2));
    }

    #[test]
    fn sign_offs_are_capitals_or_bracketed_after_a_sentence() {
        assert_eq!(before_signoff("The ministry confirmed it. (AP)"), Some("The ministry confirmed it."));
        assert_eq!(before_signoff("Talks resume on Monday. — AFP"), Some("Talks resume on Monday."));
        assert_eq!(before_signoff("Talks resume on Monday, he told Reuters"), None);
        assert_eq!(before_signoff("The ministry confirmed it to the AP."), None);
        assert_eq!(before_signoff("Shares closed at 4.10 dlrs. Pap"), None);
    }

    #[test]
    fn skips_read_more_blocks_and_keeps_going() {
        let page = lines(
            "Ministers met late on Tuesday to discuss the quota for next year.\n\
             Read more:\n\
             EU court upholds limits on trawling\n\
             Scientists said the stock has not recovered from years of overfishing.\n\
             Most Read\n\
             Another story that should not appear in the body at all.",
        );
        let (body, _) = collect(&page, 0, 0, Strictness::Prose);
        assert_eq!(body.len(), 2);
        assert!(body[1].starts_with("Scientists"));
    }

    #[test]
    fn structured_text_keeps_subheadings_between_paragraphs() {
        let page = lines(
            "The council approved the plan on Monday after a long debate.\n\
             What happens next\n\
             Work will begin in April and last about three months, officials said.\n\
             Related topics\n\
             Transport policy",
        );
        let (body, _) = collect(&page, 0, 0, Strictness::Structured);
        assert_eq!(body.len(), 3);
        assert_eq!(body[1], "What happens next");
        let (strict, _) = collect(&page, 0, 0, Strictness::Prose);
        assert_eq!(strict.len(), 2);
    }

    #[test]
    fn an_unfinished_sentence_between_paragraphs_is_kept() {
        let page = lines(
            "BOGOTA (Reuters) - Colombia will not attend a meeting of coffee producers this weekend.\n\
             Colombia, Brazil and the Central American producers were invited to the meeting in Managua\n\
             The coffee board is to meet in London at the end of the month, officials said.\n\
             Nigeria's central bank issues new rules for payment agents in the country",
        );
        let (body, _) = collect(&page, 0, "BOGOTA (Reuters) - ".len(), Strictness::Prose);
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[1].starts_with("Colombia, Brazil"));
    }

    #[test]
    fn appeals_and_bios_are_not_body() {
        assert!(!is_story_paragraph("Support local journalism. Subscribe today for just $1 a week."));
        assert!(!is_story_paragraph("Jo covers city hall for the Times. Reach her at jo@times.example."));
        assert!(is_story_paragraph("The project will cost an estimated $1.8 million, officials said."));
    }
}
