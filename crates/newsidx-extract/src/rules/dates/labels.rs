//! The labels a date line carries (`Published`, `Updated` and their translations in
//! [`vocab::PUBLICATION_LABELS`], [`vocab::UPDATE_LABELS`]). A leaf: imports the vocabulary and
//! the word-bounding of `lines`.

use super::super::{lines, vocab};
use regex::Regex;
use std::sync::LazyLock;

static UPDATED: LazyLock<Regex> = LazyLock::new(|| label_pattern(vocab::every(vocab::UPDATE_LABELS)));
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| label_pattern(vocab::every(vocab::PUBLICATION_LABELS)));

/// A pattern finding any of `labels` as a word, in any case.
fn label_pattern<'a>(labels: impl Iterator<Item = &'a str>) -> Regex {
    let labels = labels.map(lines::bounded).collect::<Vec<_>>().join("|");
    Regex::new(&format!("(?i){labels}")).expect("valid date label pattern")
}

/// How a line labels the date it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DateLabel {
    /// `Published …`, `Posted on …`: the date we want.
    Published,
    /// A date with no label.
    Plain,
    /// `Updated …`: used only when nothing else is printed.
    Updated,
}

/// The label of a date-carrying line.
pub(crate) fn label_of(line: &str) -> DateLabel {
    if UPDATED.is_match(line) {
        DateLabel::Updated
    } else if PUBLISHED.is_match(line) {
        DateLabel::Published
    } else {
        DateLabel::Plain
    }
}

/// Where the text after a line's publication label starts, if it has one.
pub(super) fn after_publication_label(line: &str) -> Option<&str> {
    PUBLISHED.find(line).map(|m| &line[m.end()..])
}

/// A date label in a language other than English (`Publié le`, `Veröffentlicht am`).
static LABELLED_ABROAD: LazyLock<Regex> = LazyLock::new(|| {
    let abroad = |table: &'static [(&'static str, &'static [&'static str])]| {
        table.iter().filter(|(language, _)| *language != "en").flat_map(|(_, words)| words.iter().copied())
    };
    label_pattern(abroad(vocab::PUBLICATION_LABELS).chain(abroad(vocab::UPDATE_LABELS)))
});

/// Whether `before` holds a date label of a language other than English.
pub(super) fn is_labelled_abroad(before: &str) -> bool {
    LABELLED_ABROAD.is_match(before)
}
