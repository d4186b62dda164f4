//! newsidx-extract: the bytes of a news file in, [`Article`](article::Article)s out — title,
//! authors, date, dateline place, wire agency, section and the story. No index, no command line:
//! anything that holds news files can use it.
//!
//! Layers, each importing only those below it:
//!
//! | layer | modules | knows |
//! |---|---|---|
//! | entry | [`read`] | a file's kind and size; calls `decode`, then a reader, then the rules |
//! | readers | `readers::{html, markdown, json, fields}` | one format each, into a `Page` |
//! | page | `page` | the form every reader hands the rules |
//! | placing rules | `rules::{anchors, header, loose_byline, body}` and `rules::from_page` | where the headline, byline and story stand |
//! | leaves | `rules::{byline, dateline, agency, dates, lines, language, vocab}` and [`script`] | one kind of line each, from the vocabulary's tables |
//! | data | [`article`], `decode` | the result; bytes to text |
//!
//! The rules are private to this crate, so the compiler flags one nobody calls.

pub mod article;
mod decode;
mod page;
pub mod read;
mod readers;
mod rules;
pub mod script;

pub use rules::agency::agency_name;
pub use rules::from_text;
