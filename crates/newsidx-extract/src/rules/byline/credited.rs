//! Who else a byline may name: a wire agency after the names (`By Ann Lee | AFP`, `Ann Lee/TT`)
//! or alone (`By Reuters`), a desk or an institution (`By Slate Staff`), names glued to a role.
//! Imports the names part of the byline and the leaves (agencies, names, dates, vocabulary).

use super::super::agency::spelled_agency;
use super::super::dateline::agency_name;
use super::super::names::{is_role, natural_case};
use super::super::{dates, vocab};
use super::people::{from_names, Byline, ROW_SEPARATORS};

/// Ann Lee | AFP`, `By Ann Lee for AFP`).
pub(super) fn agency_after_names(names: &str) -> Option<String> {
    ROW_SEPARATORS.iter().chain(&[" for ", " For "]).find_map(|sep| agency_after(names, sep).map(|(_, a)| a))
}

/// The names before a wire agency a slash closes them with (`Erik Lindqvist/TT`, `Ann Lee /
/// Reuters`), as the Nordic wires sign their reporters.
pub(super) fn slashed_agency(names: &str) -> Option<(&str, String)> {
    agency_after(names, "/").map(|(before, agency)| (before.trim_end(), agency))
}

/// The text before the last `separator` and the agency the text after it names, written as the
/// agency writes it (`Ann Lee | AFP` → `Ann Lee `, `AFP`).
fn agency_after<'a>(names: &'a str, separator: &str) -> Option<(&'a str, String)> {
    let (before, tail) = names.rsplit_once(separator)?;
    spelled_agency(tail.trim().trim_end_matches('.')).map(|agency| (before, agency))
}

/// A byline naming a wire agency and no one (`By Reuters`, `By The Associated Press`, `Von dpa`,
/// or `Agence France-Presse` alone on its line): the agency is the story's source.
pub(crate) fn agency_alone(names: &str) -> Option<Byline> {
    let agency = spelled_agency(names.trim().trim_end_matches(['.', ',']))?;
    Some(Byline { agency: Some(agency), ..Byline::default() })
}

/// A byline naming an organisation or a desk, not a person (`By Slate Staff`, `by University of
/// Tokyo`, `By Field Level Media`): two to five capitalised words, one of them a desk's or an
/// institution's ([`vocab::DESK_WORDS`]); no wire agency (that is the source, also of a wire's
/// desk: `By Reuters Staff`), no place. One in capitals is printed in natural case, as a person's
/// name is.
pub(super) fn organisation(names: &str) -> Option<Byline> {
    let names = names.trim().trim_end_matches(['.', ',']);
    let words: Vec<&str> = names.split_whitespace().collect();
    let small = |w: &&str| matches!(*w, "of" | "for" | "the" | "and" | "&");
    let capitalised = words.iter().all(|w| small(w) || w.starts_with(char::is_uppercase));
    let plain = !names.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '|'));
    let shaped = (2..=5).contains(&words.len()) && capitalised && plain;
    let is_desk = |w: &&str| vocab::DESK_WORDS.contains(&w.to_lowercase().trim_matches('.'));
    let desk = words.iter().any(is_desk);
    if let Some(agency) = shaped.then(|| wire_desk(&words, is_desk)).flatten() {
        return Some(Byline { agency: Some(agency), ..Byline::default() });
    }
    let organisation = shaped && desk && agency_name(names).is_none();
    let in_capitals = names.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let printed = || {
        if in_capitals {
            words.iter().map(|w| natural_case(w)).collect::<Vec<_>>().join(" ")
        } else {
            names.to_string()
        }
    };
    organisation.then(|| Byline { authors: vec![printed()], place: None, agency: None })
}

/// The agency a wire's desk byline names (`Reuters Staff`, `Associated Press Staff`, `AFP
/// Newsroom`): an agency, then desk words only.
fn wire_desk(words: &[&str], is_desk: impl Fn(&&str) -> bool) -> Option<String> {
    (1..words.len()).rev().find_map(|k| {
        let (agency, desk) = words.split_at(k);
        spelled_agency(&agency.join(" ")).filter(|_| desk.iter().all(&is_desk))
    })
}

/// The names of a byline a page saved as text glued to the role after it (`Dana NorbergStaff
/// Writer`, `Emil KeaneCity Columnist`), read again with the words apart.
pub(super) fn unglued_names(names: &str) -> Option<Byline> {
    let spaced = dates::unglued(names)?;
    let role_last = spaced.split_whitespace().next_back().is_some_and(is_role);
    from_names(&spaced).filter(|b| role_last && !b.authors.is_empty())
}
