//! The story's own paragraphs: from the first paragraph to the credit line or the list of other
//! stories, leaving out ad slots, captions, `Read more:` blocks and appeals in between.
//!
//! Inside, leaves first: `paragraphs` (what one line is: a story paragraph, a row of figures, a
//! subheading, a credit ending the story), `story` (the paragraphs taken and the lines held until
//! the story shows it goes on; imports `paragraphs`), `resume` (where a story goes on past ads, a
//! chart or a list set inside it; imports `paragraphs`). This file reads a story line by line
//! with them; nothing inside imports it.

mod paragraphs;
mod resume;
mod story;

use super::lines::{has_running_letters, word_count};
use super::turns;
use paragraphs::{is_open, opens_broken_paragraph};
use story::Story;

pub(crate) use paragraphs::{before_signoff, ends_story, is_figure_row, is_story_paragraph};
pub(crate) use resume::{bridged, goes_on_past_list};
pub(crate) use story::Strictness;

/// The body paragraphs from `start`, with the first `strip` bytes (the dateline) removed from the
/// first line, and the index of the line where the story ended. A paragraph opened by a dateline
/// is kept even when it is not a sentence (`Shr 34 cts vs 1.19 dlrs` in a results brief); in a
/// story a dateline opens, a table is no gap, and when its first paragraph is in capitals (old
/// wire copy) so are the others.
pub(crate) fn collect(
    lines: &[String],
    start: usize,
    strip: usize,
    strictness: Strictness,
) -> (Vec<String>, usize) {
    let reading = Reading::new(lines, start, strip, strictness);
    let mut story = Story::new(strip > 0);
    let mut i = start;
    while i < lines.len() {
        match reading.read(&mut story, i) {
            Next::Line => i += 1,
            Next::ResumeAt(at) => i = at.max(i + 1),
            Next::EndAt(end) => {
                story.take_announced_list(strictness);
                return (story.paragraphs, end);
            }
        }
    }
    story.take_held_at_end(strictness);
    story.take_announced_list(strictness);
    (story.paragraphs, lines.len())
}

/// Where the reading goes after a line.
enum Next {
    /// On to the next line.
    Line,
    /// On past a list or a block of ads, to the line where the story goes on.
    ResumeAt(usize),
    /// Nowhere: the story ended before this line.
    EndAt(usize),
}

/// A story's lines being read, and what holds for all of them.
struct Reading<'a> {
    lines: &'a [String],
    start: usize,
    /// Bytes of the dateline at the start of the first line.
    strip: usize,
    strictness: Strictness,
    /// The dateline's paragraph is in capitals (old wire copy), and so are the others.
    shouted: bool,
}

impl<'a> Reading<'a> {
    fn new(lines: &'a [String], start: usize, strip: usize, strictness: Strictness) -> Reading<'a> {
        let opening_text = lines.get(start).and_then(|l| l.get(strip..)).unwrap_or("");
        let shouted = strip > 0 && !has_running_letters(opening_text);
        Reading { lines, start, strip, strictness, shouted }
    }

    /// Reads line `i` into `story`: a credit or a list's head ends it (unless the story goes on
    /// past the list), a paragraph is taken, any other line held; a gap longer than the story's
    /// ends it (unless the story goes on past a block of ads).
    fn read(&self, story: &mut Story, i: usize) -> Next {
        let line = &self.lines[i];
        let text = if i == self.start { line.get(self.strip..).unwrap_or(line) } else { line.as_str() };
        if ends_story(text) && (i > self.start || !story.paragraphs.is_empty()) {
            return goes_on_past_list(self.lines, i).map_or(Next::EndAt(i), Next::ResumeAt);
        }
        let signed = before_signoff(text);
        let text = signed.unwrap_or(text);
        if self.is_paragraph(text, i) || (signed.is_some() && is_figure_row(text)) {
            story.take(text, i);
            return Next::Line;
        }
        if self.strictness == Strictness::Prose && story.join_open_sentence(text, i) {
            return Next::Line;
        }
        if let Some((joined, after)) = self.broken_paragraph(text, i) {
            story.take(&joined, after - 1);
            return Next::ResumeAt(after);
        }
        story.hold(text, self.strictness);
        if story.gap < self.strictness.max_gap() || story.paragraphs.is_empty() {
            return Next::Line;
        }
        match (self.strictness == Strictness::Prose).then(|| bridged(self.lines, story.end)).flatten() {
            Some(at) => {
                story.gap = 0;
                Next::ResumeAt(at)
            }
            None => Next::EndAt(story.end),
        }
    }

    /// A story paragraph broken after line `i`'s `text`, which leaves its sentence open, and
    /// going on in small letters on the lines after it (`In April, researchers at the port` /
    /// `found the first …`), joined again; with the line after its last.
    fn broken_paragraph(&self, text: &str, i: usize) -> Option<(String, usize)> {
        let goes_on = self.lines.get(i + 1).is_some_and(|next| next.starts_with(char::is_lowercase));
        if self.strictness != Strictness::Prose || !goes_on || !opens_broken_paragraph(text) {
            return None;
        }
        let mut joined = text.to_string();
        for at in i + 1..self.lines.len().min(i + 1 + BROKEN_LINES) {
            let next = &self.lines[at];
            if !next.starts_with(char::is_lowercase) || is_figure_row(next) {
                return None;
            }
            joined.push(' ');
            joined.push_str(next);
            if is_story_paragraph(&joined) {
                return Some((joined, at + 1));
            }
            if !is_open(next) {
                return None;
            }
        }
        None
    }

    /// A story paragraph, a speaker's turn in an interview, or the dateline's own paragraph.
    fn is_paragraph(&self, text: &str, i: usize) -> bool {
        let opening = i == self.start && self.strip > 0 && word_count(text) >= 2;
        opening
            || is_story_paragraph(text)
            || (self.shouted && is_story_paragraph(&text.to_lowercase()))
            || turns::is_speaker_turn(self.lines, i)
    }
}

/// Most lines a paragraph broken where its source broke is joined from.
const BROKEN_LINES: usize = 6;

#[cfg(test)]
pub(super) mod tests;
