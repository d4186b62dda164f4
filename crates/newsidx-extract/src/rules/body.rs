//! The story's own paragraphs: from the first paragraph to the credit line or the list of other
//! stories, leaving out ad slots, captions, `Read more:` blocks and appeals in between.

use super::byline;
use super::credits::is_credit;
use super::dateline::agency_name;
use super::dates::{find_dates, is_dateish, opens_with_date};
use super::furniture::{is_inline_furniture, is_inset_heading, is_label_line, is_list_head, RELATED_HEADS};
use super::lines::{
    ends_sentence, has_running_letters, is_menu, is_prose, squash, word_count, words_at_least, words_at_most,
};
use super::notices::is_appeal;
use super::reach::{
    BRIDGE_REACH, FIGURE_REACH, LONG_LIST_REACH, MARKUP_MAX_GAP, MAX_GAP, REPEAT_REACH, RESUME_REACH,
};
use super::turns;
use super::vocab;
use regex::Regex;
use std::sync::LazyLock;

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

/// The paragraphs taken so far, and the lines held until a paragraph after them shows that the
/// story went on.
#[derive(Default)]
struct Story {
    paragraphs: Vec<String>,
    held: Vec<String>,
    /// Lines since the last one held.
    after_held: usize,
    /// The lines held are all rows of figures.
    held_only_rows: bool,
    /// Lines since the last paragraph (rows of figures left out in a wire story).
    gap: usize,
    /// A dateline opened the story.
    wire: bool,
    /// The line after the last paragraph.
    end: usize,
    /// A line right after the last paragraph shaped like a subheading: it belongs to the story if
    /// a paragraph comes right after it.
    subheading: Option<String>,
}

impl Story {
    /// A story yet to be read; `wire` when a dateline opens it.
    fn new(wire: bool) -> Story {
        Story { wire, held_only_rows: true, ..Story::default() }
    }

    /// Takes the story paragraph on line `at`, and the lines held before it. A paragraph the story
    /// printed a few paragraphs before is a caption shown again (for another size of its image) or a
    /// quote pulled out of the text: it stays where it first stood.
    fn take(&mut self, text: &str, at: usize) {
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
    fn join_open_sentence(&mut self, text: &str, at: usize) -> bool {
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
    fn hold(&mut self, text: &str, strictness: Strictness) {
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
    fn take_announced_list(&mut self, strictness: Strictness) {
        let announced = self.paragraphs.last().is_some_and(|p| p.trim_end().ends_with(':'));
        if strictness == Strictness::Structured && announced && self.held.len() >= LIST_ITEMS {
            self.paragraphs.append(&mut self.held);
        }
    }

    /// A text ending with rows of figures held: they are the story's last lines (a results
    /// brief, a table of statistics).
    fn take_held_at_end(&mut self, strictness: Strictness) {
        let rows_last = self.after_held == 0 && self.held_only_rows;
        if strictness == Strictness::Prose && rows_last {
            self.paragraphs.append(&mut self.held);
        }
    }
}

/// Fewest items of a list a story's last paragraph announces.
const LIST_ITEMS: usize = 3;

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

/// Fewest words of a paragraph left out for standing again within [`REPEAT_REACH`] paragraphs of
/// itself: short lines (`Advertisement`, a question asked again) may repeat in a story.
const REPEAT_WORDS: usize = 8;

/// Fewest words of the paragraphs the story goes on with past a list, and of a line without its
/// full stop taken into a story no dateline opens: teasers and headlines are shorter.
const RESUME_WORDS: usize = 25;

/// A credit line, or the head of a list of other stories.
pub(crate) fn ends_story(line: &str) -> bool {
    is_credit(line) || is_list_head(line)
}

/// The last paragraph of a wire story without the agency's sign-off that closes it: `… in the
/// first two months of this year. REUTER`, `… on Monday. — AFP`: an agency's name in capitals
/// after a full sentence or a row of figures. (In brackets, `… in Mount Kisco, N.Y. (AP)`, it is
/// a caption's photo credit as often, and the caption is no paragraph.)
pub(crate) fn before_signoff(line: &str) -> Option<&str> {
    let (text, name) = line.trim_end().rsplit_once(' ')?;
    if !name.chars().all(|c| c.is_uppercase()) || agency_name(name).is_none() {
        return None;
    }
    let text = text.trim_end_matches([' ', '-', '–', '—']);
    (ends_sentence(text) || is_figure_row(text)).then_some(text)
}

/// A row of figures in a results brief or a table of statistics: a few words around two numbers
/// or more (`Net 1.1 mln vs 829,000`, `Goods -7.1 (-8.7)`); not a date, nor a gallery's counter
/// (`Image 1 of 4`, `2 / 7`).
pub(super) fn is_figure_row(line: &str) -> bool {
    // Asked of every paragraph a language sample or a story is made of: the cheap word count
    // goes first, so a long paragraph is never split into words.
    if word_count(line) > 16 {
        return false;
    }
    let (mut words, mut numbers, mut counter_word) = (0, 0, false);
    for word in line.split_whitespace() {
        words += 1;
        numbers += usize::from(is_number(word));
        counter_word |= word == "of" || word == "/";
    }
    let counter = words <= 4 && counter_word;
    numbers >= 2 && !counter && !is_menu(line) && find_dates(line).is_empty()
}

/// `829,000`, `-7.1`, `(+12.8`, `33%`: digits with their separators, signs and brackets.
fn is_number(word: &str) -> bool {
    let figure = word.trim_matches(['(', ')', '+', '-', '−', ',', ';', '.', '%', '$', '€', '£']);
    figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.chars().all(|c| c.is_ascii_digit() || ",./".contains(c))
}

/// Running text that is not furniture.
pub(crate) fn is_story_paragraph(line: &str) -> bool {
    is_prose(line) && !is_appeal(line) && !is_inline_furniture(line)
}

/// A line that leaves its sentence open: it ends like no sentence, is not cut short (`...`) and
/// is no row of figures.
fn is_open(line: &str) -> bool {
    !ends_sentence(line) && !line.ends_with("...") && !is_figure_row(line)
}

/// A line that can open a paragraph broken where its source broke: a few words leaving their
/// sentence open, no label (`Source: …`, `Share`) or other furniture.
fn opens_broken_paragraph(line: &str) -> bool {
    words_at_least(line, BROKEN_OPENING_WORDS)
        && is_open(line)
        && !is_label_line(line)
        && !is_inline_furniture(line)
}

/// Fewest words of the first line of a paragraph broken where its source broke.
const BROKEN_OPENING_WORDS: usize = 4;

/// Most lines a paragraph broken where its source broke is joined from.
const BROKEN_LINES: usize = 6;

/// Running text that lacks only its full stop (a truncated paragraph): kept when story
/// paragraphs stand on both sides of it. Wire copy truncates its paragraphs; on a web page a
/// line without its stop is another story's headline set between paragraphs unless it is as
/// long as no headline is.
fn is_unfinished_sentence(line: &str, wire: bool) -> bool {
    words_at_least(line, if wire { 12 } else { RESUME_WORDS })
        && line.chars().filter(|c| c.is_lowercase()).count() * 2 > line.len()
        && !is_menu(line)
}

/// A line shaped like a subheading in a text dump: a few words, not a date, a byline, a credit, a
/// list's head or a menu. Taken only when it stands alone between two paragraphs; a block of
/// several such lines is a menu or a list of other stories.
fn is_subheading(line: &str) -> bool {
    (2..=SUBHEADING_WORDS).contains(&word_count(line))
        && !line.trim_start().starts_with(['—', '–', '-', '[', '('])
        && !line.trim_end().ends_with(['.', '!', '…', ':'])
        && !line.contains(['/', '@', '|'])
        && line.chars().any(char::is_lowercase)
        && !is_menu(line)
        && !ends_story(line)
        && !is_dateish(line)
        && byline::parse(line).is_none()
        && vocab::entry(vocab::LINK_LABELS, |label| line.trim().eq_ignore_ascii_case(label)).is_none()
}

/// Most words of a subheading: longer lines without a full stop standing between paragraphs are
/// mostly other stories' headlines.
const SUBHEADING_WORDS: usize = 9;

/// A short line that may belong to the story although it is not a full sentence: a subheading
/// or a list item. Taken only from markup, and only between paragraphs. A line printing when the
/// story was published or updated is no part of it (one that heads what follows, `Update on
/// March 3, 2026:`, is).
pub(crate) fn is_short_paragraph(line: &str) -> bool {
    let words = word_count(line);
    let date_line = || is_dateish(line) && opens_with_date(line) && !line.trim_end().ends_with(':');
    (2..=14).contains(&words)
        && !is_menu(line)
        && !is_appeal(line)
        && (ends_sentence(line) || words >= 3)
        && !date_line()
}

#[cfg(test)]
pub(super) mod tests;
