//! Bylines a page saved as text does not print as `By A` on one line: `By` (`Written by`,
//! `Author`) alone with the names on the next line, a name over its role (`Political reporter`)
//! or over its outlet (`USA TODAY`), a name with its role or its date after it on its line
//! (`Ann Lee, Auto Writer`, `Ann Lee - Nov 19, 2025`), a bare name beside the date under the
//! headline, or a known given name after the date a blog's entry row opens with.
//!
//! Inside, leaves first: `shapes` (what stands beside a name: a role, an outlet, site words, a
//! place), `bare` (a name alone beside the date; imports `shapes`), `trailer` (a name with its
//! role, outlet or date on its line; imports both). This file sets them over the lines under the
//! headline; nothing inside imports it.

use super::byline;
use super::lines;
use super::names;
use super::reach::{BARE_NAME_REACH, SPLIT_BYLINE_REACH};
use bare::bare_name;
use shapes::{ends_in_role, has_site_words, is_outlet, is_place, one_author};
pub(crate) use trailer::name_with_date;
use trailer::{glued_date, name_after_date, name_with_trailer};

mod bare;
mod shapes;
mod trailer;

/// A byline between the headline and the story that is not one `By A` line (a page saved as
/// text puts each element on a line of its own): a label and the names on the next line (the
/// reach bounds where the label stands, not where its names end: a page saved as text prints each
/// linked name and comma on a line), a name
/// over or with its role, a name with its handle, else a bare name beside the date (which may be
/// the line over the headline, when the page is `dated_above` it), else a name after the date a
/// row opens with.
pub(crate) fn split_byline(below_headline: &[String], dated_above: bool) -> Option<byline::Byline> {
    let near = &below_headline[..below_headline.len().min(SPLIT_BYLINE_REACH)];
    (0..near.len())
        .find_map(|at| labelled_names(&near[at], &below_headline[at + 1..]))
        .or_else(|| {
            let next = |i: usize| near.get(i + 1).map_or("", String::as_str);
            near.iter().enumerate().find_map(|(i, line)| name_over_role(line, next(i)))
        })
        .or_else(|| name_over_outlet(under_deck(near)))
        .or_else(|| near.iter().find_map(|line| name_with_handle(line)))
        .or_else(|| near.iter().find_map(|line| name_with_trailer(line)))
        .or_else(|| bare_name(&near[..near.len().min(BARE_NAME_REACH)], dated_above))
        .or_else(|| near.iter().find_map(|line| name_after_date(line)))
}

/// A label alone on its line and the names on the lines `after` it (`By` / `Ann Lee`, `Written
/// by` / `Ann Lee and Tom Quist`), with more names past a joiner alone on its line (`By` / `Ann
/// Lee` / `and` / `Tom Quist`, as a page saved as text prints each linked name on a line).
pub(crate) fn labelled_names(line: &str, after: &[String]) -> Option<byline::Byline> {
    let first = after.first().filter(|_| byline::is_names_label(line))?;
    let mut names = first.trim().to_string();
    for pair in after[1..].chunks_exact(2).take_while(|pair| byline::is_joiner_line(&pair[0])) {
        names = format!("{names} {} {}", pair[0].trim(), pair[1].trim());
    }
    byline::parse(&format!("By {names}"))
}

/// A name on a line of its own (or followed by its role) over a line giving its role or its
/// handle (`Alma Reyes` / `Political reporter`; `Tova Lind Wellness Writer`; `Alma Reyes` /
/// `@alma_r`). A label (`Share This Article:`) or a byline's `By` line is not a name; a role ends
/// in its noun (`Senior Research Fellow, Center for …` up to its comma), so `Correspondents' Desk`
/// is none.
fn name_over_role(line: &str, next: &str) -> Option<byline::Byline> {
    let starts_capital = |l: &str| l.chars().next().is_some_and(char::is_uppercase);
    let is_role_line = |l: &str| l.split_whitespace().count() <= 8 && starts_capital(l) && ends_in_role(l);
    let own_role = line.split_whitespace().count() > 2 && ends_in_role(line);
    let by = || line.split_whitespace().next().is_some_and(|w| byline::is_by_alone(w.trim_end_matches(':')));
    let not_name = || line.trim_end().ends_with(':') || by() || has_site_words(line);
    let over = own_role || is_role_line(next) || is_handle(next);
    let name = names::person_name(line).filter(|_| over && !not_name())?;
    Some(one_author(name))
}

/// A social handle alone on a line (`@ines_m`), as a page saved as text prints it under the name.
fn is_handle(line: &str) -> bool {
    let line = line.trim();
    line.len() > 1 && line.starts_with('@') && !line.contains(char::is_whitespace)
}

/// The lines under the headline past its deck (a line of a sentence's length), if it has one.
fn under_deck(below_headline: &[String]) -> &[String] {
    let deck = below_headline.first().is_some_and(|l| lines::words_at_least(l, DECK_WORDS));
    &below_headline[usize::from(deck)..]
}

/// Fewest words of a deck under the headline.
const DECK_WORDS: usize = 8;

/// A name on a line of its own over the outlet's name (`Ines Marlow` / `Harbour Valley Gazette`,
/// `USA TODAY`) right under the headline or its deck: a line of at most five capitalised words
/// ending in one that names an organisation, maybe with its date glued on (`Associated
/// PressDecember 2, 2016`); a menu's `Trending` / `China Earthquake` / `Israel Hamas News` is not
/// right under the headline.
fn name_over_outlet(below_deck: &[String]) -> Option<byline::Byline> {
    let (line, next) = (below_deck.first()?, below_deck.get(1)?);
    let next = glued_date(next).map_or(next.as_str(), |(outlet, _)| outlet);
    let plain = !has_site_words(line) && !is_place(line) && !line.trim_end().ends_with(':');
    let name = names::person_name(line).filter(|_| is_outlet(next) && plain)?;
    Some(one_author(name))
}

/// A name with its social handle glued on or after a comma (`Sara Gold@saragold`, `Sara Gold,
/// @saragold`): a person's byline (a label has no handle).
fn name_with_handle(line: &str) -> Option<byline::Byline> {
    let (name, handle) = line.trim().split_once('@')?;
    let glued = name.ends_with(|c: char| !c.is_whitespace());
    let name_comma = name.trim_end().strip_suffix(',');
    let handle_only =
        (glued || name_comma.is_some()) && !handle.is_empty() && !handle.contains(char::is_whitespace);
    let name = name_comma.unwrap_or(name);
    let name = names::person_name(name).filter(|_| handle_only && !has_site_words(name))?;
    Some(one_author(name))
}

#[cfg(test)]
mod tests;
