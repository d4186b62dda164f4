//! The publication day of a page whose parts are placed: the dateline's day, else the page's own
//! date line near the headline, in the year the page, its path or the wire's copyright gives.
//! Imports the anchors and the date and dateline rules.

use super::anchors::Anchors;
use super::reach::{DATE_BELOW_REACH, DATE_JUST_BELOW, DATE_OVER_HEADLINE};
use super::{dateline, dates, lines};
use chrono::NaiveDate;

/// The publication day: the dateline's day in the page's year, else the page's own date line:
/// one between the headline and the story, else one just below where the story seems to start
/// (there too an update yields to the publication date beside it), else one just over the
/// headline, before any further up, where a site prints today's date and teasers theirs.
/// The year of a dateline is the one it prints (`March 3, 2026`), else the header date's, else a
/// short date line's anywhere on the page (`Page published 5 May 2026` in a footer), else the
/// file path's, else the year of the wire's own copyright line ([`wire_copyright_year`]).
pub(super) fn publication_date(
    path: &str,
    lines: &[String],
    anchors: &Anchors,
    title_at: Option<usize>,
) -> Option<NaiveDate> {
    let (header, rest) = lines.split_at(anchors.body.min(lines.len()));
    let is_dated = |l: &String| dates::is_dateish(l) || dates::label_of(l) != dates::DateLabel::Plain;
    let dated: Vec<(usize, &str)> =
        header.iter().enumerate().filter(|(_, l)| is_dated(l)).map(|(i, l)| (i, l.as_str())).collect();
    let from = |first: usize| dates::page_date(dated.iter().filter(|(i, _)| *i >= first).map(|(_, l)| *l));
    let just_below = || {
        dates::page_date(
            rest.iter().take(DATE_JUST_BELOW).map(String::as_str).filter(|l| dates::opens_with_date(l)),
        )
    };
    let over_headline = || title_at.and_then(|at| date_over(lines, at));
    let page = title_at.and_then(from).or_else(just_below).or_else(over_headline).or_else(|| from(0));
    let month_day =
        anchors.dateline.as_ref().and_then(|d| d.month_day.as_deref()).and_then(dates::parse_month_day);
    let elsewhere = || dates::page_date(rest.iter().filter(|l| dates::is_dateish(l)).map(String::as_str));
    let printed_year = anchors.dateline.as_ref().and_then(|d| d.year);
    let from_dateline = month_day.and_then(|(m, d)| match (printed_year, page.or_else(elsewhere)) {
        (Some(y), _) => NaiveDate::from_ymd_opt(y, m, d),
        (None, Some(page)) => dates::infer_year(m, d, page),
        (None, None) => dates::year_in_path(path)
            .or_else(|| wire_copyright_year(rest, anchors.dateline.as_ref()?.agency.as_deref()?))
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
    });
    from_dateline.or(page).or_else(|| first_date_within(rest, DATE_BELOW_REACH, is_date_line))
}

/// The year of the copyright line of the wire that the dateline names, after the story (`© EFE
/// 2026`, `Copyright 2026 The Associated Press`): the wire prints it with each story. A site's
/// own copyright is not asked: it gives the year the page was saved.
fn wire_copyright_year(rest: &[String], agency: &str) -> Option<i32> {
    let wire_copyright = |l: &&String| {
        let lower = l.trim_start().to_lowercase();
        (lower.starts_with('©') || lower.starts_with("copyright"))
            && dateline::agency_in(l).as_deref() == Some(agency)
    };
    rest.iter().filter(wire_copyright).find_map(|l| dates::year_in(l))
}

/// The date of the nearest line opening with a date in the few just above line `at` (the
/// headline's): a date printed over the headline, under a site's date of today or dated teasers.
fn date_over(lines: &[String], at: usize) -> Option<NaiveDate> {
    let above = lines.get(at.saturating_sub(DATE_OVER_HEADLINE)..at)?;
    first_date(above.iter().rev(), dates::opens_with_date)
}

/// The date of the first of the first `reach` lines that `is_date_line` accepts.
fn first_date_within(lines: &[String], reach: usize, is_date_line: fn(&str) -> bool) -> Option<NaiveDate> {
    first_date(lines.iter().take(reach), is_date_line)
}

/// The date of the first of `lines` that `is_date_line` accepts.
fn first_date<'a>(
    lines: impl Iterator<Item = &'a String>,
    is_date_line: fn(&str) -> bool,
) -> Option<NaiveDate> {
    lines.filter(|l| is_date_line(l)).find_map(|l| dates::find_dates(l).first().copied())
}

/// A date line below the story's start: a short line holding a date, or one opening with it.
fn is_date_line(line: &str) -> bool {
    dates::is_dateish(line) || lines::words_at_most(line, DATE_LINE_WORDS) && dates::opens_with_date(line)
}

/// Words a line opening with its date may hold (a publication and an update time, labelled).
const DATE_LINE_WORDS: usize = 20;
