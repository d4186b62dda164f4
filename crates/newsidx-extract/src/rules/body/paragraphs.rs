//! What one line of a story is: a story paragraph, a row of figures, a subheading, a line whose
//! sentence goes on below it, a credit or a list's head that ends the story, a wire agency's
//! sign-off. A leaf of the body: imports only the line rules below it.

use super::super::byline;
use super::super::credits::is_credit;
use super::super::dateline::agency_name;
use super::super::dates::{find_dates, is_dateish, opens_with_date};
use super::super::furniture::{is_inline_furniture, is_label_line, is_list_head};
use super::super::lines::{ends_sentence, is_menu, is_prose, word_count, words_at_least};
use super::super::notices::is_appeal;
use super::super::vocab;

/// Fewest words of the paragraphs the story goes on with past a list, and of a line without its
/// full stop taken into a story no dateline opens: teasers and headlines are shorter.
pub(super) const RESUME_WORDS: usize = 25;

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
pub(crate) fn is_figure_row(line: &str) -> bool {
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
pub(super) fn is_open(line: &str) -> bool {
    !ends_sentence(line) && !line.ends_with("...") && !is_figure_row(line)
}

/// A line that can open a paragraph broken where its source broke: a few words leaving their
/// sentence open, no label (`Source: …`, `Share`) or other furniture.
pub(super) fn opens_broken_paragraph(line: &str) -> bool {
    words_at_least(line, BROKEN_OPENING_WORDS)
        && is_open(line)
        && !is_label_line(line)
        && !is_inline_furniture(line)
}

/// Fewest words of the first line of a paragraph broken where its source broke.
const BROKEN_OPENING_WORDS: usize = 4;

/// Running text that lacks only its full stop (a truncated paragraph): kept when story
/// paragraphs stand on both sides of it. Wire copy truncates its paragraphs; on a web page a
/// line without its stop is another story's headline set between paragraphs unless it is as
/// long as no headline is.
pub(super) fn is_unfinished_sentence(line: &str, wire: bool) -> bool {
    words_at_least(line, if wire { 12 } else { RESUME_WORDS })
        && line.chars().filter(|c| c.is_lowercase()).count() * 2 > line.len()
        && !is_menu(line)
}

/// A line shaped like a subheading in a text dump: a few words, not a date, a byline, a credit, a
/// list's head or a menu. Taken only when it stands alone between two paragraphs; a block of
/// several such lines is a menu or a list of other stories.
pub(super) fn is_subheading(line: &str) -> bool {
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
