//! The story as it is read: the paragraphs taken, and the lines held until a paragraph after them
//! shows that the story went on (a subheading, a list's items, rows of figures). Imports the
//! shapes of `paragraphs`.

use super::super::furniture::is_inline_furniture;
use super::super::lines::{squash, word_count};
use super::super::notices::is_appeal;
use super::super::reach::{MARKUP_MAX_GAP, MAX_GAP, REPEAT_REACH};
use super::paragraphs::{is_figure_row, is_open, is_short_paragraph, is_subheading, is_unfinished_sentence};

/// How strictly lines are taken into the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strictness {
    /// A text dump: only prose paragraphs; a long run of other lines ends the story.
    Prose,
    /// Lines from markup or a story's own text: subheadings and list items between paragraphs
    /// belong to the story too (those after the last paragraph do not).
    Structured,
}

impl Strictness {
    /// Consecutive lines without a paragraph after which a story read so has ended.
    pub(crate) fn max_gap(self) -> usize {
        match self {
            Strictness::Prose => MAX_GAP,
            Strictness::Structured => MARKUP_MAX_GAP,
        }
    }
}

/// The paragraphs taken so far, and the lines held until a paragraph after them shows that the
/// story went on.
#[derive(Default)]
pub(super) struct Story {
    pub(super) paragraphs: Vec<String>,
    held: Vec<String>,
    /// Lines since the last one held.
    after_held: usize,
    /// The lines held are all rows of figures.
    held_only_rows: bool,
    /// Lines since the last paragraph (rows of figures left out in a wire story).
    pub(super) gap: usize,
    /// A dateline opened the story.
    wire: bool,
    /// The line after the last paragraph.
    pub(super) end: usize,
    /// A line right after the last paragraph shaped like a subheading: it belongs to the story if
    /// a paragraph comes right after it.
    subheading: Option<String>,
}

impl Story {
    /// A story yet to be read; `wire` when a dateline opens it.
    pub(super) fn new(wire: bool) -> Story {
        Story { wire, held_only_rows: true, ..Story::default() }
    }

    /// Takes the story paragraph on line `at`, and the lines held before it. A paragraph the story
    /// printed a few paragraphs before is a caption shown again (for another size of its image) or a
    /// quote pulled out of the text: it stays where it first stood.
    pub(super) fn take(&mut self, text: &str, at: usize) {
        self.paragraphs.extend(self.subheading.take().filter(|_| self.gap == 1));
        self.paragraphs.append(&mut self.held);
        let paragraph = squash(text);
        let mut recent = self.paragraphs.iter().rev().take(REPEAT_REACH);
        if !(recent.any(|p| *p == paragraph) && word_count(&paragraph) >= REPEAT_WORDS) {
            self.paragraphs.push(paragraph);
        }
        self.held_only_rows = true;
        self.gap = 0;
        self.end = at + 1;
    }

    /// Joins `text`, on line `at`, to the line right above it when it goes on with the sentence
    /// that line left open: it opens in small letters under a paragraph or a held line that ends
    /// like no sentence (a page saved as text breaks a paragraph where its source's lines broke,
    /// or around a link); rows of figures stand apart (`Shr 34 cts vs 1.19 dlrs` / `net 1.1 mln
    /// vs 829,000`), and a line cut short (`…`) is ended. False when it does not.
    pub(super) fn join_open_sentence(&mut self, text: &str, at: usize) -> bool {
        let taken_last = self.gap == 0;
        let last = if !self.held.is_empty() && self.after_held == 0 {
            self.held.last_mut()
        } else {
            self.paragraphs.last_mut().filter(|_| taken_last)
        };
        let open = |l: &&mut String| is_open(l) && !is_figure_row(text);
        let Some(last) = last.filter(|l| text.starts_with(char::is_lowercase) && open(l)) else {
            return false;
        };
        last.push(' ');
        last.push_str(&squash(text));
        if taken_last {
            self.end = at + 1;
        } else {
            self.gap += 1;
        }
        true
    }

    /// Holds a line that belongs to the story if a paragraph follows it.
    pub(super) fn hold(&mut self, text: &str, strictness: Strictness) {
        let row = strictness == Strictness::Prose && is_figure_row(text);
        let kept = match strictness {
            Strictness::Structured => is_short_paragraph(text),
            Strictness::Prose => row || is_unfinished_sentence(text, self.wire),
        };
        let furniture = || is_inline_furniture(text) || is_appeal(text);
        if strictness == Strictness::Prose && self.gap == 0 && !kept && is_subheading(text) && !furniture() {
            self.subheading = Some(squash(text));
        }
        if kept && !furniture() {
            self.held.push(squash(text));
            self.held_only_rows &= row;
            self.after_held = 0;
        } else {
            self.after_held += 1;
        }
        if !(row && self.wire) {
            self.gap += 1;
        }
    }

    /// A story from markup whose last paragraph announces a list (`Here are the offers:`): the
    /// list's items held after it are the story's last lines. Fewer than [`LIST_ITEMS`] are no
    /// list (`Watch the video:` over a newsletter's appeal).
    pub(super) fn take_announced_list(&mut self, strictness: Strictness) {
        let announced = self.paragraphs.last().is_some_and(|p| p.trim_end().ends_with(':'));
        if strictness == Strictness::Structured && announced && self.held.len() >= LIST_ITEMS {
            self.paragraphs.append(&mut self.held);
        }
    }

    /// A text ending with rows of figures held: they are the story's last lines (a results
    /// brief, a table of statistics).
    pub(super) fn take_held_at_end(&mut self, strictness: Strictness) {
        let rows_last = self.after_held == 0 && self.held_only_rows;
        if strictness == Strictness::Prose && rows_last {
            self.paragraphs.append(&mut self.held);
        }
    }
}

/// Fewest items of a list a story's last paragraph announces.
const LIST_ITEMS: usize = 3;

/// Fewest words of a paragraph left out for standing again within [`REPEAT_REACH`] paragraphs of
/// itself: short lines (`Advertisement`, a question asked again) may repeat in a story.
const REPEAT_WORDS: usize = 8;
