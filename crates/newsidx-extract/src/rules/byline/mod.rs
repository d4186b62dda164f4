//! Bylines: who wrote the story. `By A and B`, `By A, B and C`, `By JANE DOE Associated Press`,
//! `Von …`, `Par …`, `Por …`, `Posted on DATE by NAME`, `DATE by NAME`, `Name | Reporter`,
//! `Name, Senior Correspondent`.
//!
//! Inside, leaves first: `people` (the names part after the byline words, split and freed of what
//! stands beside each name), `words` (the byline words of every language; imports `people`),
//! `credited` (an agency, a desk or an institution named instead of or after the people; imports
//! `people`), `dress` (what a line prints around its byline, taken off before it is read; imports
//! `words` and `people`). This file reads a line with them; nothing inside imports it. May
//! import: the leaves (`agency`, `dateline`'s agency names, `names`, `dates`, `lines`, `vocab`).

use super::names::is_role;
use regex::Regex;
use std::sync::LazyLock;

pub(crate) use credited::agency_alone;
use credited::{agency_after_names, organisation, slashed_agency, unglued_names};
use dress::{after_date_by, before_bio, emailed_names, undressed};
use people::from_names;
pub(crate) use people::{credits_others, has_joiner, is_joiner_line, trailing_bracket, Byline};
use words::BY;
pub(crate) use words::{is_by_alone, is_names_label, opens_with_by_word};

mod credited;
mod dress;
mod people;
mod words;

/// Names, a bar and their role after it (`Ann Lee | Staff Writer`): a byline with no `By`.
static ROLE_BAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<names>[^|]{4,60}?)\s*\|\s*(?P<role>[^|]{2,40})$").expect("valid role pattern")
});

/// Reads a byline line, or `None` when the line names no person.
pub(crate) fn parse(line: &str) -> Option<Byline> {
    let line = line.trim();
    if let Some(undressed) = undressed(line) {
        return parse(&undressed);
    }
    if super::lines::word_count(line) > 16 {
        let emailed = emailed_names(line).and_then(|names| parse(&format!("By {names}")));
        return emailed.or_else(|| before_bio(line).and_then(parse));
    }
    if let Some(names) = after_date_by(line) {
        return parse(&format!("By {names}"));
    }
    if let Some(c) = BY.captures(line) {
        return names_after_by(&c["names"]);
    }
    let c = ROLE_BAR.captures(line)?;
    is_role(&c["role"]).then(|| from_names(&c["names"])).flatten().filter(|b| !b.authors.is_empty())
}

/// The byline of the names after a `By`: people, with the agency a slash or a separator sets
/// after them; else names glued together, an organisation, or an agency alone.
fn names_after_by(names: &str) -> Option<Byline> {
    if let Some((people, agency)) = slashed_agency(names) {
        let byline = from_names(people).filter(|b| !b.authors.is_empty());
        return byline.map(|b| Byline { agency: Some(agency), ..b });
    }
    let people = from_names(names).filter(|b| !b.authors.is_empty());
    people
        .map(|b| Byline { agency: b.agency.or_else(|| agency_after_names(names)), ..b })
        .or_else(|| unglued_names(names))
        .or_else(|| organisation(names))
        .or_else(|| agency_alone(names))
}

#[cfg(test)]
mod tests;
