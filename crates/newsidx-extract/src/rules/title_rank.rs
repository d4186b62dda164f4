//! The headline of a page saved as text, by a learned ranker: every line near the story's start
//! is a candidate, described by shallow features (its place relative to the byline and the story,
//! its length and case, its punctuation, whether it is a menu, furniture, a label or a byline —
//! a date line is no candidate —, how many of its words the lead repeats, whether the page
//! repeats it, and whether the headline rules of [`super::header`] pick it), and the candidate
//! with the highest weighted sum is the headline.
//!
//! The weights are data (`title_weights.json`), fitted by `scripts/train-title-ranker.py` on the
//! tuning part of the real-world set and the invented scored set only; the scoring part of the
//! real-world set measures them. Features are computed here and nowhere else: the training
//! script reads them through [`crate::training`], so training and extraction never disagree.

use super::head_lines::{ends_like_sentence, HeadLines, LineFacts};
use super::header;
use super::lines::word_count;
use super::reach::{REACH_BELOW, TITLE_REACH};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// The features' names, in the order of the weights.
pub(crate) const FEATURES: [&str; 25] = [
    "rule_pick",
    "lines_above_story",
    "at_or_below_story",
    "byline_right_below",
    "lines_to_byline",
    "words",
    "five_to_twenty_words",
    "ends_like_sentence",
    "ends_with_colon_or_bar",
    "capitalised_share",
    "all_capitals",
    "digit_share",
    "headline_like",
    "menu",
    "furniture",
    "label",
    "byline",
    "lead_echo",
    "repeats",
    "inside_a_longer_line",
    "in_lead",
    "nearest_long_line",
    "after_short_line",
    "date_or_byline_below",
    "position_on_page",
];

/// Lines above the story's start (or its byline) that may be the headline: those of the headline
/// rules. Below the start ([`REACH_BELOW`]), sentences, long lines and rows of figures are story,
/// no candidates ([`super::head_lines::LineFacts::story`]; classifying story paragraphs as
/// headlines made short wire copy half as slow again to read).
const REACH_ABOVE: usize = TITLE_REACH;

/// Lines at the top of a page, and lines either side of a candidate, where a headline may stand
/// again inside a longer line (the page's `<title>`, a breadcrumb glued to it).
const PAGE_TOP: usize = 20;
const NEIGHBOURS: usize = 2;

/// What every candidate of one page is judged against.
pub(crate) struct Page<'a> {
    pub(crate) lines: &'a [String],
    /// The byline's line, or the story's first line when there is no byline.
    pub(crate) anchor: usize,
    pub(crate) byline_at: Option<usize>,
    pub(crate) lead: &'a [String],
    /// The line the headline rules pick.
    pub(crate) rule_pick: Option<usize>,
    /// The facts of the lines in reach, asked once for the rules and the ranker.
    pub(crate) head: HeadLines<'a>,
}

/// The lines in reach of the headline around `anchor`, and the line under the last of them.
pub(crate) fn reach(anchor: usize) -> std::ops::Range<usize> {
    anchor.saturating_sub(REACH_ABOVE)..anchor + REACH_BELOW + 1
}

/// The headline's line: the best-weighted candidate (the only one, unweighed, when there is one).
pub(crate) fn pick(page: &Page) -> Option<usize> {
    if let [only] = shaped(page)[..] {
        return Some(only);
    }
    best(candidates(page))
}

/// The best-weighted candidate on the lines `within` (those above a byline), if any.
pub(crate) fn pick_within(page: &Page, within: std::ops::Range<usize>) -> Option<usize> {
    best(candidates(page).into_iter().filter(|(i, _)| within.contains(i)).collect())
}

/// The candidate with the highest weighted sum of its features (the higher line of equals).
fn best(candidates: Vec<(usize, [f64; FEATURES.len()])>) -> Option<usize> {
    let score = |features: &[f64]| features.iter().zip(WEIGHTS.iter()).map(|(f, w)| f * w).sum::<f64>();
    let scored = candidates.into_iter().map(|(i, f)| (i, score(&f)));
    scored.max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0))).map(|(i, _)| i)
}

/// Every candidate line with its features.
pub(crate) fn candidates(page: &Page) -> Vec<(usize, [f64; FEATURES.len()])> {
    let facts = Facts::of(page);
    shaped(page).into_iter().map(|i| (i, facts.features(page, i))).collect()
}

/// The lines in reach of a headline's shape.
fn shaped(page: &Page) -> Vec<usize> {
    let lines = page.lines;
    let start = page.anchor.saturating_sub(REACH_ABOVE).min(lines.len());
    let end = (page.anchor + REACH_BELOW).min(lines.len());
    (start..end).filter(|&i| page.head.get(lines, i).candidate).collect()
}

/// What the features of all candidates draw on, computed once a page.
struct Facts<'a> {
    /// The page's top, where a headline may stand again inside a longer line (its `<title>`, a
    /// breadcrumb).
    top: Vec<&'a str>,
    nearest_long: Option<usize>,
    /// Every line of the page trimmed, once a page rather than once a candidate.
    trimmed: Vec<&'a str>,
}

impl<'a> Facts<'a> {
    fn of(page: &Page<'a>) -> Facts<'a> {
        let top = page.lines.iter().take(PAGE_TOP).map(|l| l.trim()).collect();
        let end = page.anchor.min(page.lines.len());
        let nearest_long = (end.saturating_sub(REACH_ABOVE)..end)
            .rev()
            .find(|&i| page.head.get(page.lines, i).title_like && page.head.get(page.lines, i).words >= 5);
        let trimmed = page.lines.iter().map(|l| l.trim()).collect();
        Facts { top, nearest_long, trimmed }
    }

    /// How many other lines of the page are this one.
    fn copies_of(&self, line: &str) -> usize {
        self.trimmed.iter().filter(|l| **l == line).count().saturating_sub(1)
    }

    /// Whether `line` (line `i`) is held by a longer line near it or at the top of the page
    /// ([`Facts::longer_elsewhere`]), and by a paragraph of the story's lead: one searcher for
    /// the line is asked of them all.
    fn held_elsewhere(&self, page: &Page, i: usize, line: &str) -> (bool, bool) {
        let needle = Finder::new(line);
        let in_lead = page.lead.iter().any(|p| p.len() >= line.len() && needle.find(p.as_bytes()).is_some());
        (self.longer_elsewhere(page.lines, i, line, &needle), in_lead)
    }

    /// Whether a line near line `i`, or one at the top of the page, holds `line` (searched for
    /// with `needle`) and more: the line is a cut-down copy of a headline (the title tag's, a
    /// teaser's).
    fn longer_elsewhere(&self, lines: &[String], i: usize, line: &str, needle: &Finder) -> bool {
        let around = lines[i.saturating_sub(NEIGHBOURS)..(i + NEIGHBOURS + 1).min(lines.len())].iter();
        let mut repeaters = self.top.iter().copied().chain(around.map(|l| l.trim()));
        repeaters.any(|l| l.len() > line.len() + 3 && needle.find(l.as_bytes()).is_some())
    }

    /// The line's features, in the order of [`FEATURES`] (the weights file's order).
    fn features(&self, page: &Page, i: usize) -> [f64; FEATURES.len()] {
        let lines = page.lines;
        let line = lines[i].trim();
        let facts = page.head.get(lines, i);
        let words = facts.words;
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let previous_short = i.checked_sub(1).is_some_and(|p| word_count(&lines[p]) <= 3);
        let below = lines.get(i + 1).is_some_and(|next| LineFacts::date_or_byline(next));
        let (elsewhere, in_lead) = self.held_elsewhere(page, i, line);
        [
            flag(page.rule_pick == Some(i)),
            (page.anchor.saturating_sub(i) as f64).ln_1p(),
            flag(i >= page.anchor),
            flag(page.byline_at.is_some_and(|b| b > i && b <= i + 2)),
            page.byline_at.map_or(0.0, |b| (b.abs_diff(i) as f64).ln_1p()),
            (words as f64).ln_1p(),
            flag((5..=20).contains(&words)),
            flag(ends_like_sentence(line)),
            flag(line.ends_with([':', '|'])),
            capitalised_share(line),
            flag(line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)),
            line.chars().filter(char::is_ascii_digit).count() as f64 / line.chars().count().max(1) as f64,
            flag(facts.title_like),
            flag(facts.menu),
            flag(facts.furniture),
            flag(facts.label),
            flag(facts.byline),
            header::echo(line, page.head.lead_words()),
            (self.copies_of(line) as f64).ln_1p(),
            flag(elsewhere),
            flag(in_lead),
            flag(self.nearest_long == Some(i)),
            flag(previous_short),
            flag(below),
            i as f64 / lines.len().max(1) as f64,
        ]
    }
}

/// The share of a line's words that open with a capital.
fn capitalised_share(line: &str) -> f64 {
    let (mut words, mut capitalised) = (0, 0);
    for word in line.split_whitespace() {
        words += 1;
        capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
    }
    capitalised as f64 / words.max(1) as f64
}

/// The fitted weights, one per feature (standardisation folded in by the training script).
static WEIGHTS: LazyLock<Vec<f64>> = LazyLock::new(|| {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("title_weights.json")).expect("title_weights.json is JSON");
    FEATURES.iter().map(|name| table["weights"][name].as_f64().unwrap_or(0.0)).collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn every_feature_has_a_weight() {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("title_weights.json")).expect("json");
        for name in FEATURES {
            assert!(table["weights"][name].is_f64(), "{name}");
        }
    }

    #[test]
    fn the_headline_over_the_byline_beats_menus_captions_and_a_site_name() {
        let page = lines(
            "Harbour Post
             News
             Sport
             A ferry leaves the harbour at dawn.
             Island ferry fares cut by a fifth from Monday
             By Ann Lee
             March 3, 2026
             The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.
             Islanders said the crossings had become too dear for families over the past year.",
        );
        let lead = page[7..].to_vec();
        let head = HeadLines::of(&page, reach(5), 5, &lead);
        let at = pick(&Page {
            lines: &page,
            anchor: 5,
            byline_at: Some(5),
            lead: &lead,
            rule_pick: Some(4),
            head,
        });
        assert_eq!(at, Some(4));
    }
}
