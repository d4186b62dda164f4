//! newsidx-extract: the bytes of a news file in, [`Article`](article::Article)s out — title,
//! authors, date, dateline place, wire agency, section and the story. No index, no command line:
//! anything that holds news files can use it.
//!
//! Layers, each importing only those below it:
//!
//! | layer | modules | knows |
//! |---|---|---|
//! | entry | [`read`] (its `pages` picks the reader, by format and for exports by content), [`warc`] | a file's kind and size; calls `decode`, then a reader, then the rules (or `explain`); a web archive record by record |
//! | readers | `readers::{html, markdown, json, mail, delimited, rtf, docx, fields}`, `readers::databases::{nexis, factiva}` | one format each, into a `Page`; the exports of research databases, from any of those formats' text, into records and their pages |
//! | page | `page` | the form every reader hands the rules |
//! | explaining | `rules::explain` | which rule took each line and gave each field (`extract --explain`) |
//! | placing rules | `rules::{anchors, head_lines, header, section, title_rank, loose_byline, body, turns, author_box}`, `rules::from_page` and its parts `rules::{loose_place, published, source}` | where the headline, byline and story stand; `loose_place` where a byline that is no `By A` line is looked for, `published` the publication day, `source` the wire agency credited; `head_lines` classifies each line of the head once, `header` picks the headline by rule and `section` the section, `title_rank` weighs headline candidates with learned weights, `turns` keeps an interview's speaker turns in the story, `author_box` cuts the author's name and bio from the story and names the author of a page with no byline |
//! | leaves | `rules::{byline (its `words`, `people`, `credited`, `dress`), names, dateline, agency, dates, lines, notices, credits, furniture, language, vocab}` and [`script`] | one kind of line each, from the vocabulary's tables (`lines` its shape; `notices`, `credits`, `furniture` what it says) |
//! | data | [`article`], [`address`], `decode` | the result; web addresses; bytes to text |
//!
//! The rules are private to this crate, so the compiler flags one nobody calls.

pub mod address;
pub mod article;
mod decode;
mod page;
pub mod read;
mod readers;
mod rules;
pub mod script;
pub mod warc;

pub use rules::agency::agency_name;

/// What the learned parts of the extractor are trained on (see `scripts/train-title-ranker.py`);
/// not an interface to build on.
#[doc(hidden)]
pub mod training {
    /// The features' names of the headline ranker, in order.
    pub const TITLE_FEATURES: &[&str] = &crate::rules::TITLE_FEATURES;

    /// Each line of a page saved as text that may be its headline, as the article would title
    /// it, with its features.
    pub fn title_candidates(text: &str) -> Vec<(String, Vec<f64>)> {
        crate::rules::headline_candidates(text)
    }
}
pub use rules::explain::{Explanation, FieldNote, LineNote};
pub use rules::from_text;
