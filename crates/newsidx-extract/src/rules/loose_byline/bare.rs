//! A name alone on its line beside the date under the headline (`Ines Marlow` / `March 3, 2026`),
//! or names listed as a byline would list them without its `By`. Imports `shapes`.

use super::super::agency::spelled_agency;
use super::super::{byline, dates, furniture, lines, names};
use super::shapes::{has_site_words, is_place, one_author, without_glued_role, ROW_MARKS};

/// A name alone on a line just under the headline (`Ines Marlow`) with a date line one or two
/// lines above or below it (past a separator such as `-` or a reading time): the byline of a page
/// that prints no `By`. A line in capitals (`STOP THE FERRY CUTS`) is a label, and so is one of
/// site words (`Privacy Policy`, `Photo Courtesy`) or a place's (`North Shore`); a name under
/// `Fact checked by` is not the writer's, nor one past a list's heading (`You may also like`: the
/// names there are other stories' writers). A name right under the headline stands beside the
/// date over it (`March 3, 2026` / headline / `Ines Marlow`) when the page is `dated_above` it;
/// with no date near, a name right under the headline is a byline when it opens with a known
/// given name (`Ines Marlow`, not a section's `Long Reads`).
pub(super) fn bare_name(below_headline: &[String], dated_above: bool) -> Option<byline::Byline> {
    let found = first_bare_name(below_headline, dated_above)?;
    // The list's heading is looked for only once a name is found: most pages have none.
    match below_headline.iter().position(|l| furniture::is_list_head(l)) {
        Some(list) => first_bare_name(&below_headline[..list], dated_above),
        None => Some(found),
    }
}

/// The first bare name of [`bare_name`] under the headline, lists or none.
fn first_bare_name(below_headline: &[String], dated_above: bool) -> Option<byline::Byline> {
    below_headline.iter().enumerate().find_map(|(i, line)| {
        let short = lines::words_at_most(line, BYLINE_WORDS) && !line.contains(|c: char| c.is_ascii_digit());
        let credited = i > 0 && byline::credits_others(&below_headline[i - 1]);
        let name = without_row_mark(line);
        let byline = short.then(|| lone_name(name).or_else(|| listed_names(line))).flatten();
        let placed = || match name.len() < line.len() {
            true => over_its_date(below_headline, i),
            false => {
                i == 0 && (dated_above || names::opens_with_given_name(name))
                    || beside_date(below_headline, i)
            }
        };
        byline.filter(|_| !credited && placed())
    })
}

/// A line that is one person's name: two to four words in natural case, not site words or a
/// place; or a wire agency's name alone, written as the agency writes it (`Agence France-Presse`,
/// `dpa`, `ANSA`), which credits the story to it and names no one.
fn lone_name(line: &str) -> Option<byline::Byline> {
    if let Some(credit) = byline::agency_alone(line) {
        return Some(credit);
    }
    let line = without_glued_role(without_bracketed_agency(line));
    let words = line.split_whitespace().count();
    let natural_case = line.chars().any(char::is_lowercase);
    let shaped = (2..=4).contains(&words) && natural_case && !has_site_words(line) && !is_place(line);
    shaped.then(|| names::person_name(line)).flatten().map(one_author)
}

/// A name without the mark that stood between it and its date on the page's row (`Ines Marlow
/// /` over `March 3, 2026`: a page saved as text breaks the row after the mark). A name with the
/// mark is a byline only with its date on the next line and no such mark on the line before: a
/// breadcrumb's items end in the same marks.
fn without_row_mark(line: &str) -> &str {
    line.trim_end_matches(|c: char| c.is_whitespace() || ROW_MARKS.contains(&c))
}

/// True when the name on line `at`, with its row's mark, stands over a date line and under no
/// line ending in such a mark (a breadcrumb's items).
fn over_its_date(below_headline: &[String], at: usize) -> bool {
    let in_row = at > 0 && ends_in_row_mark(&below_headline[at - 1]);
    !in_row && below_headline.get(at + 1).is_some_and(|next| dates::is_dateish(next))
}

/// True when a line ends in one of the [`ROW_MARKS`].
fn ends_in_row_mark(line: &str) -> bool {
    line.trim_end().ends_with(ROW_MARKS)
}

/// True unless an ampersand joins something other than two people's names (`Arts &
/// Entertainment`, `Modules & Upstream Manufacturing`: a menu's label).
fn ampersand_joins_people(line: &str) -> bool {
    if !line.contains('&') {
        return true;
    }
    let sides: Vec<&str> = line.split(" & ").collect();
    let people = |left: &str, right: &str| {
        let before = left.rsplit(", ").next().unwrap_or(left);
        let after = right.split(", ").next().unwrap_or(right);
        names::person_name(before).is_some() && names::person_name(after).is_some()
    };
    sides.windows(2).all(|pair| people(pair[0], pair[1]))
}

/// A name without the wire agency a bracket after it names (`Ines Marlow (Reuters)`).
fn without_bracketed_agency(line: &str) -> &str {
    let bracketed = byline::trailing_bracket(line);
    bracketed.filter(|(_, agency)| spelled_agency(agency).is_some()).map_or(line, |(name, _)| name)
}

/// A line listing people as a byline would without its `By` (`Ines Marlow and Noel Ash, Harbour
/// Post`, `Ines Marlow · Harbour News ·`, `Ines Marlow | Harbour News`): the outlet is dropped,
/// and the names make up half the line or more (a deck naming `Ford and General Motors` is a
/// sentence).
pub(super) fn listed_names(line: &str) -> Option<byline::Byline> {
    let line =
        line.trim_end_matches([' ', '·', '•']).replace(" · ", ", ").replace(" • ", ", ").replace(" | ", ", ");
    if !byline::has_joiner(&line) && !line.contains(", ") || !ampersand_joins_people(&line) {
        return None;
    }
    let byline = byline::parse(&format!("By {line}"))?;
    let people = byline.authors.iter().all(|a| !has_site_words(a) && !is_place(a));
    let name_words: usize = byline.authors.iter().map(|a| a.split_whitespace().count()).sum();
    let mostly_names = name_words * 2 >= line.split_whitespace().count();
    (people && mostly_names && !byline.authors.is_empty()).then_some(byline)
}

/// True when one of the two nearest lines above or below line `at` (past separators and reading
/// times) is a date line: the name may stand over its role, and the role over the date.
fn beside_date(below_headline: &[String], at: usize) -> bool {
    let is_between = |l: &&String| {
        !l.chars().any(char::is_alphanumeric) || furniture::is_marked_furniture(l) && !dates::is_age(l)
    };
    let above = below_headline[..at].iter().rev().filter(|l| !is_between(l)).take(2);
    let below = below_headline[at + 1..].iter().filter(|l| !is_between(l)).take(2);
    above.chain(below).any(|l| dates::is_dateish(l) || dates::is_age(l))
}

/// Most words of a line that names the writers without a `By` (`A and B, Outlet`); a story's
/// paragraphs are longer (and a line with digits is a date or a figure, never names).
const BYLINE_WORDS: usize = 12;
