//! Where on a page a byline that is not one `By A` line is looked for — under the headline, as a
//! label over the story, dated just over it, confirmed by the author box, signing it — and which
//! rule of [`loose_byline`] reads it there. Imports the anchors and the byline rules.

use super::anchors::Anchors;
use super::reach::{BYLINE_PAST_START, BYLINE_REACH, DATED_NAME_OVER_STORY};
use super::{author_box, byline, dates, loose_byline};

/// Where a byline that is not one `By A` line was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Loose {
    /// Set over the lines under the headline ([`loose_byline`](mod@loose_byline)).
    UnderHeadline,
    /// A label alone over the names (`By` / `Ann Lee`) on the given line above the story,
    /// wherever the headline is ([`labelled_over_story`]).
    OverStory(usize),
    /// A name with its date on its line just over the story ([`loose_byline::name_with_date`]).
    DatedOverStory,
    /// A name over the story that the page's author box confirms ([`author_box::boxed_author`]).
    AuthorBox,
    /// A byline signing the story, under its last paragraph.
    Signed,
}

/// A byline that is not one `By A` line: one set over the lines under the headline, else a label
/// over the names above the story, else a name with its date on its line just over the story,
/// else a name over the story that the page's author box confirms, else a byline signing it.
pub(super) fn read(
    lines: &[String],
    anchors: &Anchors,
    title_at: Option<usize>,
    story: &CollectedStory,
) -> Option<(Loose, byline::Byline)> {
    let under = title_at.and_then(|at| split_byline(lines, anchors, at));
    if let Some(byline) = under {
        return Some((Loose::UnderHeadline, byline));
    }
    if let Some((at, byline)) = labelled_over_story(lines, anchors.body) {
        return Some((Loose::OverStory(at), byline));
    }
    let over_story = anchors.body.saturating_sub(DATED_NAME_OVER_STORY)..anchors.body.min(lines.len());
    if let Some(byline) = over_story.rev().find_map(|at| loose_byline::name_with_date(&lines[at])) {
        return Some((Loose::DatedOverStory, byline));
    }
    let headline = title_at.map_or("", |at| lines[at].as_str());
    if let Some(author) = author_box::boxed_author(lines, story.lines.clone(), headline) {
        return Some((Loose::AuthorBox, byline::Byline { authors: vec![author], place: None, agency: None }));
    }
    let last_paragraph = story.last_line(lines);
    let signed_at = |end: usize| signed(lines, anchors.body, end);
    let at_run_end = || (last_paragraph != story.lines.end).then(|| signed_at(story.lines.end)).flatten();
    signed_at(last_paragraph).or_else(at_run_end).map(|b| (Loose::Signed, b))
}

/// The story as collected: the run of lines it was read from (which runs on over the lines left
/// out after it: a share row, a comment form) and its paragraphs.
pub(super) struct CollectedStory<'a> {
    pub(super) lines: std::ops::Range<usize>,
    pub(super) paragraphs: &'a [String],
}

impl CollectedStory<'_> {
    /// The line after the story's last paragraph: after the last line of the run its last
    /// paragraph ends with (the run's end when none does).
    fn last_line(&self, lines: &[String]) -> usize {
        let Some(last) = self.paragraphs.last() else { return self.lines.end };
        let run = lines.get(self.lines.clone()).unwrap_or_default();
        let in_last = |l: &String| !l.trim().is_empty() && last.ends_with(l.trim());
        run.iter().rposition(in_last).map_or(self.lines.end, |at| self.lines.start + at + 1)
    }
}

/// A byline signing the story (lines `body..end`) under its last paragraph: `By Ann Lee` within
/// [`SIGNED_REACH`] lines of where the story ends (its last paragraph's line, else the end of the
/// run it was collected from).
fn signed(lines: &[String], body: usize, end: usize) -> Option<byline::Byline> {
    let near_end = lines.get(end.saturating_sub(SIGNED_REACH).max(body)..)?.iter().take(2 * SIGNED_REACH);
    let short = |l: &&String| l.len() <= SIGNED_BYTES;
    let signed =
        near_end.filter(short).filter(|l| byline::opens_with_by_word(l)).find_map(|l| byline::parse(l));
    signed.filter(|b| !b.authors.is_empty())
}

/// Lines on either side of the story's end looked at for a byline that signs it (`By Ann Lee`
/// under the last paragraph).
const SIGNED_REACH: usize = 2;

/// Longest line read for such a byline, in bytes (a story's paragraphs are longer).
const SIGNED_BYTES: usize = 160;

/// A byline under the headline that is not one `By A` line (see [`loose_byline`](mod@loose_byline)). Unless a
/// dateline opens the story, it may stand a few lines past where the story seems to start: that
/// was a deck or a caption above the byline.
fn split_byline(lines: &[String], anchors: &Anchors, title_at: usize) -> Option<byline::Byline> {
    let past_start = if anchors.dateline.is_some() { 0 } else { BYLINE_PAST_START };
    let end = (anchors.body + past_start).min(lines.len());
    let dated_above = title_at.checked_sub(1).is_some_and(|above| dates::is_dateish(&lines[above]));
    lines.get(title_at + 1..end).and_then(|below| loose_byline::split_byline(below, dated_above))
}

/// The nearest label alone over the names (`By` / `Ann Lee`, `Von` / `Ida Berg`) in the
/// byline's reach above the story's first line `body`: such a pair is a byline wherever the
/// headline stands (above it, or where a caption was taken for it).
fn labelled_over_story(lines: &[String], body: usize) -> Option<(usize, byline::Byline)> {
    let zone = body.saturating_sub(BYLINE_REACH)..body.min(lines.len());
    let labelled =
        |at: usize| lines.get(at + 1..).and_then(|after| loose_byline::labelled_names(&lines[at], after));
    zone.rev().find_map(|at| labelled(at).map(|byline| (at, byline)))
}
