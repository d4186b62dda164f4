//! Where a story goes on past what a page sets inside it: a block of ads or menus longer than a
//! story's gap, a chart or a program printed a tick a line, a list of other stories. Imports the
//! shapes of `paragraphs`.

use super::super::byline;
use super::super::dates::is_dateish;
use super::super::furniture::{is_inset_heading, RELATED_HEADS};
use super::super::lines::{word_count, words_at_most};
use super::super::reach::{BRIDGE_REACH, FIGURE_REACH, LONG_LIST_REACH, MAX_GAP, RESUME_REACH};
use super::paragraphs::{ends_story, is_story_paragraph, RESUME_WORDS};
use regex::Regex;
use std::sync::LazyLock;

/// Where the story whose last paragraph ends before line `gap_start` goes on past a block of ads
/// or menus longer than a story's gap ([`MAX_GAP`], and up to [`BRIDGE_REACH`] lines more): where
/// story paragraphs follow in a row ([`goes_on_at`]), with no credit, list head, byline or date
/// line since the story's last paragraph (those head another story; ads and menus carry none);
/// else past a chart or a program set inside it ([`past_figure`]).
pub(crate) fn bridged(lines: &[String], gap_start: usize) -> Option<usize> {
    let heads_a_story = |line: &str| ends_story(line) || is_dateish(line) || byline::parse(line).is_some();
    let end = lines.len().min(gap_start + MAX_GAP + BRIDGE_REACH);
    let goes_on = (gap_start + MAX_GAP..end).find(|&j| goes_on_at(lines, j));
    let past_ads = goes_on.filter(|&at| (gap_start..at).all(|j| !heads_a_story(&lines[j])));
    past_ads.or_else(|| past_figure(lines, gap_start))
}

/// Where the story whose last paragraph ends before line `gap_start` goes on past a chart or a
/// program set inside it, which a page saved as text prints a tick or a token a line (`$915`,
/// `billion`, `’17`, `list: [`): up to [`FIGURE_REACH`] lines, none longer than a chart's title
/// or credit, half of them or more ticks, and no credit or list head among them (a menu's
/// lines are words, not ticks), set inside the story: two of the three lines over it are its
/// paragraphs (a deck over a block of share buttons and stock tickers is none).
fn past_figure(lines: &[String], gap_start: usize) -> Option<usize> {
    let above = &lines[gap_start.saturating_sub(3)..gap_start];
    if above.iter().filter(|l| is_story_paragraph(l)).count() < 2 {
        return None;
    }
    let mut ticks = 0;
    for at in gap_start..lines.len().min(gap_start + FIGURE_REACH) {
        if at >= gap_start + MAX_GAP && goes_on_at(lines, at) {
            return (ticks * 2 >= at - gap_start).then_some(at);
        }
        if word_count(&lines[at]) > FIGURE_TITLE_WORDS || ends_story(&lines[at]) {
            return None;
        }
        ticks += usize::from(is_tick(&lines[at]));
    }
    None
}

/// A chart's tick or a program's token on a line of its own: a word or three holding a digit,
/// a bracket or a sign of code, or no letter at all (`$263`, `’18`, `%`, `rekt: {`, `]`).
fn is_tick(line: &str) -> bool {
    let marked = line.contains(|c: char| c.is_ascii_digit() || "{}[]();=<>".contains(c));
    words_at_most(line, TICK_WORDS) && (marked || !line.contains(char::is_alphabetic))
}

/// Most words of a chart's tick or a program's line.
const TICK_WORDS: usize = 3;

/// Most words of any line of a chart set in a story: its title or its credit (`By The Harbour
/// Post | Source: Port Authority`).
const FIGURE_TITLE_WORDS: usize = 12;

/// Two long story paragraphs in a row from line `at`, or three of a sentence's length (a tabloid
/// writes a sentence a paragraph): the story, not a teaser.
pub(crate) fn goes_on_at(lines: &[String], at: usize) -> bool {
    let run_of = |paragraphs: usize, words: usize| {
        (at..at + paragraphs)
            .all(|j| lines.get(j).is_some_and(|l| is_story_paragraph(l) && word_count(l) >= words))
    };
    run_of(2, RESUME_WORDS) || run_of(3, SENTENCE_WORDS)
}

/// Fewest words of each of the three short paragraphs in a row a story goes on with.
const SENTENCE_WORDS: usize = 12;

/// Where the story goes on when line `at` heads a list of other stories set inside it (see
/// [`resumes_after`]); `None` when the list, or the credit, ends the story.
pub(crate) fn goes_on_past_list(lines: &[String], at: usize) -> Option<usize> {
    is_inset_list_head(&lines[at]).then(|| resumes_after(lines, at)).flatten()
}

/// Where the story goes on past a list of other stories set inside it (`Related`, `Editor's
/// Picks`, `More From TIME`, `Most Popular`): where story paragraphs follow in a row
/// ([`goes_on_at`]) within a few lines below the list's head, with no other list head or credit
/// before them — further down when every line between is as short as a list's items (headlines,
/// names, sections), so a long list is read past as a short one is. Lists that close a page
/// (`About the author`, `Read next`, `Recommended`, comments) are never resumed after: what
/// follows them is a bio or other stories' openings.
fn resumes_after(lines: &[String], head: usize) -> Option<usize> {
    let mut items_only = true;
    for j in (head + 1..lines.len().min(head + 1 + LONG_LIST_REACH)).take_while(|&j| !ends_story(&lines[j])) {
        if goes_on_at(lines, j) {
            return (j <= head + RESUME_REACH || items_only).then_some(j);
        }
        items_only &= word_count(&lines[j]) < RESUME_WORDS;
    }
    None
}

/// The head of a list that sites set inside a story as often as after it.
fn is_inset_list_head(line: &str) -> bool {
    INSET_LIST_HEAD.is_match(line.trim()) || is_inset_heading(line)
}

static INSET_LIST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let heads = format!(r"{RELATED_HEADS}|editor'?s picks|more from .{{1,40}}|most popular");
    Regex::new(&format!(r"(?i)^(?:{heads})\s*:?$")).expect("valid inset list head")
});
