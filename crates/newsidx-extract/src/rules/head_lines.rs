//! The lines of a page's head, each classified once: what a headline candidate is (menu,
//! furniture, label, date, byline, credit, breadcrumb) is asked here and read by both the
//! headline rules ([`super::header`]) and the headline ranker ([`super::title_rank`]), which
//! used to ask the same ten questions of the same sixty lines each.
//!
//! May import: the leaves (`lines`, `dates`, `byline`, `vocab`). Imported by `header`,
//! `title_rank` and the placing of the headline in `rules::from_page`.

use super::byline;
use super::dates::is_dateish;
use super::furniture::{is_label_line, is_list_head, is_marked_furniture};
use super::lines::{has_running_letters, is_menu, squash, word_count};
use super::names;
use super::notices::is_appeal;
use super::vocab;
use regex::Regex;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// What one line is, as the headline rules and ranker ask it. Only a line of a headline's shape
/// ([`LineFacts::candidate`]) is asked whether it is a menu, furniture or a label (those flags stay
/// false on other lines): asking every line cost a fifth of the extraction of a text page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LineFacts {
    pub(crate) words: usize,
    /// Three to thirty words, some of them running letters, not a date line: the shape of a
    /// headline.
    pub(crate) candidate: bool,
    pub(crate) menu: bool,
    /// An appeal, a list's heading, an ad slot or a caption.
    pub(crate) furniture: bool,
    pub(crate) label: bool,
    /// A date line; its other flags are left false, for it is no headline candidate.
    pub(crate) date: bool,
    pub(crate) byline: bool,
    /// Could be a headline: the rules' candidates.
    pub(crate) title_like: bool,
}

impl LineFacts {
    /// True when a line is a date line or a byline, whatever its shape.
    pub(crate) fn date_or_byline(line: &str) -> bool {
        is_dateish(line) || byline::parse(line).is_some()
    }

    /// The facts of a line past the story's start: a sentence there is story, and so are a
    /// line of more than twenty words and a row of figures (a tenth of its characters digits);
    /// their words are counted and nothing more is asked. Any other line is asked as above it.
    pub(crate) fn story(line: &str) -> LineFacts {
        let digits = line.bytes().filter(u8::is_ascii_digit).count();
        let words = word_count(line);
        if ends_like_sentence(line) || words > 20 || digits * 10 > line.len() {
            return LineFacts { words, ..LineFacts::default() };
        }
        LineFacts::shaped(line, false)
    }

    /// The facts of a line; one not of a headline's shape has only its words counted (its
    /// date and byline flags stay false: [`LineFacts::date_or_byline`] asks them of any line).
    pub(crate) fn of(line: &str) -> LineFacts {
        LineFacts::shaped(line, true)
    }

    /// The facts of a line, a headline printed in capitals among the candidates when `capitals`
    /// (above the story: past its start, lines in capitals are a wire story's tables and text).
    fn shaped(line: &str, capitals: bool) -> LineFacts {
        let words = word_count(line);
        let in_capitals = capitals && words >= CAPITALS_HEADLINE_WORDS && has_letters(line);
        let lettered = has_running_letters(line) || in_capitals;
        if !((3..=30).contains(&words) && lettered) {
            return LineFacts { words, ..LineFacts::default() };
        }
        if is_dateish(line) {
            return LineFacts { words, date: true, ..LineFacts::default() };
        }
        let byline = byline::parse(line).is_some();
        let menu = is_menu(line);
        let furniture = is_appeal(line) || is_list_head(line) || is_marked_furniture(line);
        let label = is_label_line(line);
        let marked = line.trim_end().ends_with([':', '|']) || menu || furniture || byline;
        let title_like = !marked
            && (!label || is_kicker_headline(line))
            && !is_piped_credit(line)
            && breadcrumb(line, None).is_none();
        LineFacts { words, candidate: true, menu, furniture, label, date: false, byline, title_like }
    }
}

/// Fewest words of a headline printed in capitals (`FERRY FARES CUT BY A FIFTH`): fewer are a
/// label or a menu's (`BREAKING NEWS`, `WORLD | SPORT`).
const CAPITALS_HEADLINE_WORDS: usize = 5;

fn has_letters(line: &str) -> bool {
    line.chars().any(char::is_alphabetic)
}

/// The facts of a run of a page's lines, and the content words of the story's lead they are
/// compared with, computed once.
pub(crate) struct HeadLines<'a> {
    start: usize,
    facts: Vec<LineFacts>,
    lead: &'a [String],
    /// Asked only when two candidates are weighed: most wire copy has one.
    lead_words: OnceCell<HashSet<String>>,
}

impl<'a> HeadLines<'a> {
    /// The facts of the lines in `range`; those from `story_from` on that end like a sentence are
    /// taken for story and asked nothing more (see [`LineFacts::story`]). A line under a label
    /// announcing names (`By`, `Written by`, `News provided by`) is the label's name, no headline.
    pub(crate) fn of(
        lines: &[String],
        range: Range<usize>,
        story_from: usize,
        lead: &'a [String],
    ) -> HeadLines<'a> {
        let range = range.start.min(lines.len())..range.end.min(lines.len());
        let facts = (range.clone()).map(|i| {
            let facts = if i >= story_from { LineFacts::story(&lines[i]) } else { LineFacts::of(&lines[i]) };
            let labelled = facts.candidate && i > 0 && byline::is_names_label(&lines[i - 1]);
            if labelled {
                LineFacts { words: facts.words, ..LineFacts::default() }
            } else {
                facts
            }
        });
        let facts = facts.collect();
        HeadLines { start: range.start, facts, lead, lead_words: OnceCell::new() }
    }

    /// The content words of the story's lead.
    pub(crate) fn lead_words(&self) -> &HashSet<String> {
        self.lead_words
            .get_or_init(|| self.lead.iter().flat_map(|p| content_words(p).map(Cow::into_owned)).collect())
    }

    /// The facts of line `i`: looked up when it is in the run, else asked anew.
    pub(crate) fn get(&self, lines: &[String], i: usize) -> LineFacts {
        let known = i.checked_sub(self.start).and_then(|k| self.facts.get(k)).copied();
        known.unwrap_or_else(|| LineFacts::of(&lines[i]))
    }
}

/// A line ending as a sentence does, inside closing quotes or a bracket or not (`… he said.`,
/// `… "we will go on."`).
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    let closed = line.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    closed.ends_with(['.', '!', '?', '…'])
}

/// `Ines Marlow | The Harbour Journal`: a photo's credit, a person and the outlet.
fn is_piped_credit(line: &str) -> bool {
    let Some((person, outlet)) = line.split_once(" | ") else { return false };
    names::person_name(person).is_some() && outlet.split_whitespace().any(names::is_org_word)
}

/// `Ask Ada: My neighbour keeps parking in my space`, `Ferry Fares Explained: What Every
/// Islander Should Know`: a kicker and a headline, not a label with a list (`Topics: Energy, Markets`).
fn is_kicker_headline(line: &str) -> bool {
    let Some((kicker, rest)) = line.split_once(':') else { return false };
    word_count(rest) >= 4 && rest.matches(',').count() <= 1 && word_count(kicker) <= 4
}

/// Lower-cased words of four letters or more, without the commonest English function words:
/// the words that say what a text is about, in most Latin-script languages.
pub(crate) fn content_words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4 && w.chars().count() >= 4)
        .map(lower)
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_ref()))
}

/// A word in lower case, copied only when it has a capital.
fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "that", "this", "with", "from", "have", "will", "said", "says", "been", "were", "more", "about", "after",
    "what", "when", "your", "they", "their", "into", "over", "than", "then", "there", "which",
];

static CRUMB_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[>»›/|·:]\s*").expect("valid crumb split"));

/// The first crumb of a breadcrumb trail printed as text: a word of [`vocab::HOME_WORDS`] as
/// printed, capitalised or in capitals, longest first (`Homepage` before `Home`).
static CRUMB_HOMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let capitalised =
        |w: &str| w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1)).collect();
    let mut homes: Vec<String> =
        vocab::HOME_WORDS.iter().flat_map(|w| [capitalised(w), w.to_uppercase()]).collect();
    homes.push("HomePage".to_string());
    homes.sort_by_key(|w: &String| std::cmp::Reverse(w.len()));
    homes
});

/// The first level after Home of a breadcrumb trail printed as one line (`Home › World › Europe`,
/// `HomeWorld…` glued, `You are here: Home » World`), without the headline it may end with.
pub(crate) fn breadcrumb(line: &str, title: Option<&str>) -> Option<String> {
    let line = without_crumb_lead(line);
    let rest = CRUMB_HOMES.iter().find_map(|home| line.strip_prefix(home.as_str()))?;
    let rest = match title {
        Some(t) if rest.ends_with(t) && rest.len() > t.len() => &rest[..rest.len() - t.len()],
        _ => rest,
    };
    let glued = rest.starts_with(char::is_uppercase);
    let separated = rest.trim_start().starts_with(|c: char| ">»›/|·:".contains(c));
    if glued {
        return first_item(before_next_crumb(rest));
    }
    separated.then(|| first_item(rest)).flatten()
}

/// A trail without the words a page prints before it ([`vocab::CRUMB_LEADS`]).
fn without_crumb_lead(line: &str) -> &str {
    let lower = line.chars().take(CRUMB_LEAD_CHARS).collect::<String>().to_lowercase();
    let lead = vocab::every(vocab::CRUMB_LEADS).find(|lead| lower.starts_with(*lead));
    lead.and_then(|lead| line.get(lead.len()..)).map_or(line, str::trim_start)
}

/// Characters of a line compared with the leads of [`vocab::CRUMB_LEADS`]: the longest.
const CRUMB_LEAD_CHARS: usize = 16;

/// A glued trail's first crumb: the text up to where a small letter runs into a capital
/// (`NewsAll News` → `News`).
fn before_next_crumb(glued: &str) -> &str {
    let seam = glued
        .char_indices()
        .zip(glued.chars().skip(1))
        .find(|((_, a), b)| a.is_lowercase() && b.is_uppercase());
    seam.map_or(glued, |((at, a), _)| &glued[..at + a.len_utf8()])
}

pub(crate) fn first_item(value: &str) -> Option<String> {
    let item = CRUMB_SPLIT.split(value.trim()).map(str::trim).find(|s| !s.is_empty())?;
    let item = item.split(',').next().unwrap_or(item).trim();
    (1..=3).contains(&word_count(item)).then(|| natural_label(item))
}

/// `LOCAL` → `Local`; mixed case stays as printed.
pub(crate) fn natural_label(label: &str) -> String {
    squash(&label.split_whitespace().map(names::natural_case).collect::<Vec<_>>().join(" "))
}
