//! Extraction: from the text of a news file to an [`Article`], by general rules anchored on the
//! byline, the dateline and the shape of paragraphs — never on one site's phrases.

pub mod body;
pub mod byline;
pub mod dateline;
pub mod dates;
pub mod fields;
pub mod header;
pub mod html;
pub mod json;
pub mod language;
pub mod lines;
pub mod markdown;
pub mod page;

use crate::article::Article;
use body::Strictness;
use chrono::NaiveDate;
use dateline::Dateline;
use lines::{is_appeal, is_credit, is_inline_furniture, is_prose, split_lines, word_count};
pub use page::{Meta, Page, Shape};

/// Extracts the fields of a page saved as plain text.
pub fn from_text(path: &str, text: &str) -> Article {
    from_page(path, &Page { lines: split_lines(text), ..Page::default() })
}

/// Extracts the fields of a page from any format: the text rules on its lines, then the fields
/// its structure states laid over them.
pub fn from_page(path: &str, page: &Page) -> Article {
    let mut article = from_lines(path, &page.lines, page.shape);
    page.meta.apply(&mut article);
    article.language = language::detect(article.title.as_deref().unwrap_or(""), &article.body);
    article
}

fn from_lines(path: &str, lines: &[String], shape: Shape) -> Article {
    let anchors = Anchors::find(lines, shape);
    let strip = anchors.dateline.as_ref().map_or(0, |d| d.len);
    let strictness = if shape == Shape::Page { Strictness::Prose } else { Strictness::Structured };
    let (paragraphs, end) = body::collect(lines, anchors.body, strip, strictness);
    let lead = &paragraphs[..paragraphs.len().min(LEAD_PARAGRAPHS)];
    let title_anchor = anchors.byline.as_ref().map_or(anchors.body, |(i, _)| *i);
    let title_at = header::title_index(lines, title_anchor, lead);
    let title = title_at.map(|i| header::without_piped_label(&lines::squash(&lines[i])).to_string());
    let split = match (&anchors.byline, title_at) {
        (None, Some(at)) => lines.get(at + 1..anchors.body.min(lines.len())).and_then(split_byline),
        _ => None,
    };
    let byline = anchors.byline.as_ref().map(|(_, b)| b).or(split.as_ref());
    Article {
        path: path.to_string(),
        section: header::section(lines, title_at, title.as_deref()),
        title,
        authors: byline.map(|b| b.authors.clone()).unwrap_or_default(),
        date: publication_date(path, lines, &anchors, title_at),
        location: anchors
            .dateline
            .as_ref()
            .map(|d| d.place.clone())
            .or_else(|| byline.and_then(|b| b.place.clone())),
        source: source(&anchors, &lines[end.min(lines.len())..]),
        body: paragraphs.join("\n\n"),
        language: None,
    }
}

/// Paragraphs of the story's opening that the headline is compared with.
const LEAD_PARAGRAPHS: usize = 3;

/// The lines every other rule hangs from.
struct Anchors {
    dateline: Option<Dateline>,
    byline: Option<(usize, byline::Byline)>,
    /// The first line of the story.
    body: usize,
}

impl Anchors {
    fn find(lines: &[String], shape: Shape) -> Anchors {
        let found = lines
            .iter()
            .enumerate()
            .find_map(|(i, l)| dateline::parse(l).filter(|d| opens_story(l, d)).map(|d| (i, d)))
            .map(|(i, d)| (repeated_below(lines, i), d));
        let dateline_at = found.as_ref().map(|(i, _)| *i);
        let first = match (dateline_at, shape) {
            (Some(at), _) => Some(at),
            (None, Shape::Body) => lines.iter().position(|l| body::is_story_paragraph(l)),
            (None, Shape::Page) => story_run(lines),
            (None, Shape::Markup) => densest(&prose_runs(lines)).map(|(start, _)| start),
        };
        let mut body = first.unwrap_or(lines.len());
        if dateline_at.is_none() && shape != Shape::Body {
            body = below_a_late_byline(lines, body).unwrap_or(body);
        }
        let byline_zone = body.saturating_sub(BYLINE_REACH)..body.min(lines.len());
        let byline = lines[byline_zone.clone()]
            .iter()
            .zip(byline_zone)
            .rev()
            .find_map(|(l, i)| byline::parse(l).map(|b| (i, b)));
        Anchors { dateline: found.map(|(_, d)| d), byline, body }
    }
}

/// The last copy of line `at` further down the page: a teaser above the share bar repeats the
/// story's opening paragraph, and the story itself follows the last copy.
fn repeated_below(lines: &[String], at: usize) -> usize {
    (at + 1..lines.len()).rev().find(|&i| lines[i] == lines[at]).unwrap_or(at)
}

/// The story's real start when the prose run found first opens with a hero caption or a teaser
/// and the byline comes a few lines into it: the first opening paragraph below that byline.
fn below_a_late_byline(lines: &[String], start: usize) -> Option<usize> {
    let zone = start..lines.len().min(start + LATE_BYLINE_REACH);
    let at = zone.clone().find(|&i| byline::parse(&lines[i]).is_some())?;
    (at + 1..lines.len().min(at + 1 + LATE_BYLINE_REACH)).find(|&i| is_opening_paragraph(&lines[i]))
}

/// How far into the first prose run a byline may stand and still head it.
const LATE_BYLINE_REACH: usize = 12;

/// A byline split over two lines between the headline and the story: `By` alone on one line and
/// the names on the next (a page saved as text puts each element on a line of its own).
fn split_byline(below_headline: &[String]) -> Option<byline::Byline> {
    let near = &below_headline[..below_headline.len().min(SPLIT_BYLINE_REACH)];
    near.windows(2)
        .find_map(|pair| {
            let marker = pair[0].trim();
            let is_marker = matches!(marker, "By" | "BY" | "by" | "Von" | "Par" | "Por");
            is_marker.then(|| byline::parse(&format!("{marker} {}", pair[1]))).flatten()
        })
        .or_else(|| bare_name(&near[..near.len().min(BARE_NAME_REACH)]))
}

/// A name alone on a line just under the headline (`Pamela Falk`): the byline of a page that
/// prints no `By`. Not a line of site words (`Privacy Policy`, `Latest News`).
fn bare_name(below_headline: &[String]) -> Option<byline::Byline> {
    let dated = |i: usize| {
        (i.saturating_sub(2)..below_headline.len().min(i + 3)).any(|j| header::is_dateish(&below_headline[j]))
    };
    below_headline.iter().enumerate().find_map(|(i, line)| {
        let words: Vec<&str> = line.split_whitespace().collect();
        let site_words = words.iter().any(|w| SITE_WORDS.contains(&w.to_lowercase().as_str()));
        let shaped = !site_words && (2..=4).contains(&words.len()) && dated(i);
        let name = shaped.then(|| byline::person_name(line)).flatten()?;
        Some(byline::Byline { authors: vec![name], place: None, agency: None })
    })
}

/// Lines under the headline searched for a bare name.
const BARE_NAME_REACH: usize = 6;

/// Words of site furniture that a capitalised line of two to four words may hold.
const SITE_WORDS: &[&str] = &[
    "policy",
    "privacy",
    "terms",
    "cookie",
    "cookies",
    "home",
    "menu",
    "share",
    "comments",
    "comment",
    "subscribe",
    "newsletter",
    "newsletters",
    "sign",
    "login",
    "log",
    "search",
    "more",
    "latest",
    "top",
    "stories",
    "follow",
    "read",
    "watch",
    "listen",
    "contact",
    "about",
    "advertise",
    "careers",
    "us",
    "our",
    "your",
    "the",
    "and",
    "of",
    "for",
    "to",
    "in",
    "on",
    "with",
    "new",
    "all",
    "view",
    "see",
    "print",
    "email",
    "link",
    "copy",
    "skip",
    "content",
    "main",
    "next",
    "previous",
    "back",
    "today",
    "by",
    "save",
    "article",
    "exclusive",
    "breaking",
    "live",
    "video",
    "photos",
    "gallery",
    "text",
    "size",
    "font",
];

/// Lines below the headline searched for a split byline.
const SPLIT_BYLINE_REACH: usize = 12;

/// How many lines above the story a byline may stand.
const BYLINE_REACH: usize = 25;

/// The first line of the story on a page saved as text: where the prose is, the longest run of
/// story paragraphs (by words; runs are broken by as many other lines as end a story), unless an
/// earlier run of at least a third of its words stands right under a byline (the story, above a
/// longer comment thread).
fn story_run(lines: &[String]) -> Option<usize> {
    let runs = prose_runs(lines);
    let (best, words) = densest(&runs)?;
    let under_byline = |start: usize| {
        (start.saturating_sub(BYLINED_RUN_REACH)..start).any(|i| byline::parse(&lines[i]).is_some())
    };
    let bylined = runs.iter().find(|r| r.0 < best && r.1 * 3 >= words && under_byline(r.0));
    Some(bylined.map_or(best, |r| r.0))
}

/// The run with most words (the first of equals).
fn densest(runs: &[(usize, usize)]) -> Option<(usize, usize)> {
    runs.iter().copied().reduce(|best, run| if run.1 > best.1 { run } else { best })
}

/// How far above a run of prose its byline may stand.
const BYLINED_RUN_REACH: usize = 12;

/// The runs of story paragraphs, as (first line, words).
fn prose_runs(lines: &[String]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let mut gap = 0;
    for (i, line) in lines.iter().enumerate() {
        if body::ends_story(line) && run.is_some() {
            gap = body::MAX_GAP;
        }
        let continues = run.is_some() && body::is_story_paragraph(line) && gap < body::MAX_GAP;
        if is_opening_paragraph(line) || continues {
            let (start, words) = match run {
                Some(r) if gap < body::MAX_GAP => r,
                _ => (i, 0),
            };
            if start == i {
                runs.extend(run.take());
            }
            run = Some((start, words + word_count(line)));
            gap = 0;
        } else {
            gap += 1;
        }
    }
    runs.extend(run);
    runs
}

/// A paragraph that can open a story: running text of some length, not furniture.
fn is_opening_paragraph(line: &str) -> bool {
    is_prose(line)
        && word_count(line) >= 10
        && !is_appeal(line)
        && !is_inline_furniture(line)
        && !is_credit(line)
}

/// A dateline opens the story when an agency is named in it, or when prose follows it.
fn opens_story(line: &str, dateline: &Dateline) -> bool {
    let rest = &line[dateline.len..];
    (dateline.agency.is_some() && word_count(rest) >= 2) || is_prose(rest)
}

/// The publication day: the dateline's day in the page's year, else the page's own date line
/// (one between the headline and the story before any above the headline, where a site prints
/// today's date).
/// The year of a dateline comes from the header's date, else from a short date line anywhere on
/// the page (`Page published 5 May 2026` in a footer), else from the file's path.
fn publication_date(
    path: &str,
    lines: &[String],
    anchors: &Anchors,
    title_at: Option<usize>,
) -> Option<NaiveDate> {
    let (header, rest) = lines.split_at(anchors.body.min(lines.len()));
    let dated = |l: &&String| header::is_dateish(l) || dates::label_of(l) != dates::DateLabel::Plain;
    let page_date_in = |lines: &[String]| dates::page_date(lines.iter().filter(dated).map(String::as_str));
    let below_headline = title_at.and_then(|t| header.get(t..));
    let page = below_headline.and_then(page_date_in).or_else(|| page_date_in(header));
    let month_day =
        anchors.dateline.as_ref().and_then(|d| d.month_day.as_deref()).and_then(dates::parse_month_day);
    let elsewhere = || dates::page_date(rest.iter().filter(|l| header::is_dateish(l)).map(String::as_str));
    let from_dateline = month_day.and_then(|(m, d)| match page.or_else(elsewhere) {
        Some(page) => dates::infer_year(m, d, page),
        None => dates::year_in_path(path).and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
    });
    from_dateline.or(page).or_else(|| first_date_line(&rest[..rest.len().min(DATE_BELOW_REACH)]))
}

/// Lines below the story's start searched for its date when none stands above it (a page saved
/// as text often prints the date after a hero image's caption, which the story seems to start at).
const DATE_BELOW_REACH: usize = 40;

fn first_date_line(lines: &[String]) -> Option<NaiveDate> {
    lines.iter().filter(|l| header::is_dateish(l)).find_map(|l| dates::find_dates(l).first().copied())
}

/// The wire agency: from the dateline, the byline, or a sign-off after the story.
fn source(anchors: &Anchors, trailer: &[String]) -> Option<String> {
    let signed_off = || {
        trailer
            .iter()
            .filter(|l| {
                is_credit(l) || l.starts_with(['—', '–', '-']) || l.to_lowercase().contains("copyright")
            })
            .find_map(|l| dateline::agency_in(l))
    };
    anchors
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| anchors.byline.as_ref().and_then(|(_, b)| b.agency.clone()))
        .or_else(signed_off)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_split_over_two_lines_is_read() {
        let page = "Harbour authority cuts ferry fares to the islands\nBy\nAnn Lee\nShare\n\n\
                    The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.\n\n\
                    Islanders said the crossings had become too dear for families over the past year.";
        let article = from_text("ferries.txt", page);
        assert_eq!(article.authors, ["Ann Lee"]);
        assert_eq!(article.title.as_deref(), Some("Harbour authority cuts ferry fares to the islands"));
    }

    #[test]
    fn a_date_printed_just_below_where_the_story_seems_to_start_is_its_date() {
        let page = "Menu

                    A ferry leaves the harbour at dawn, carrying the first passengers of the day to the islands.
                    Photograph by Ann Lee
                    Harbour authority cuts ferry fares
                    March 3, 2026

                    The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.

                    Islanders said the crossings had become too dear for families over the past year.";
        let article = from_text("ferries.txt", page);
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2026, 3, 3));
    }

    #[test]
    fn a_byline_a_few_lines_into_the_first_prose_marks_where_the_story_starts() {
        let page = "Skip to content
                    Revelers gather at the stone circle at dawn, as they have for centuries, to greet the longest day.
                    Photograph by Jim Rowe, Image Collection
                    Science
                    Why the longest night falls when it does
                    Once a year an old alignment ushers in the change of seasons, and it is celebrated widely.
                    ByMara Quint
                    Published December 19, 2023

                    This year the northern winter solstice falls on December 21 in the late evening, astronomers said.

                    Solstices happen because the planet's axis is tilted relative to its orbit around the sun.";
        let article = from_text("solstice.txt", page);
        assert_eq!(article.title.as_deref(), Some("Why the longest night falls when it does"));
        assert_eq!(article.authors, ["Mara Quint"]);
        assert!(article.body.starts_with("This year the northern winter solstice"), "{}", article.body);
    }

    #[test]
    fn the_date_under_the_headline_beats_the_sites_date_of_today_above_it() {
        let page = "Sunday, December 24, 2023
                    Menu
                    Harbour authority cuts ferry fares to the islands
                    By Ann Lee
                    December 21, 2023

                    The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.

                    Islanders said the crossings had become too dear for families over the past year.";
        let article = from_text("ferries.txt", page);
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
    }

    #[test]
    fn a_bare_name_beside_the_date_under_the_headline_is_the_byline() {
        let story = "\n\nThe harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.\n\n\
                     Islanders said the crossings had become too dear for families over the past year.";
        let named = format!(
            "Harbour authority cuts ferry fares to the islands\nPamela Falk\nDecember 21, 2023{story}"
        );
        assert_eq!(from_text("a.txt", &named).authors, ["Pamela Falk"]);
        let undated = format!("Harbour authority cuts ferry fares to the islands\nPamela Falk{story}");
        assert!(from_text("b.txt", &undated).authors.is_empty(), "a name needs a date beside it");
        let furniture = format!(
            "Harbour authority cuts ferry fares to the islands\nPrivacy Policy\nDecember 21, 2023{story}"
        );
        assert!(from_text("c.txt", &furniture).authors.is_empty());
    }

    #[test]
    fn the_story_under_its_byline_beats_a_longer_comment_thread() {
        let story = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.\n\n\
                     Islanders said the crossings had become too dear for families over the past year.";
        let comment = "I have taken that ferry for thirty years and the fares were always too high for the service we got.";
        let thread = [comment; 4].join("\n\nReply\n\n");
        let page = format!(
            "Harbour authority cuts ferry fares to the islands\nBy Ann Lee\n\n{story}\n\nComments (4)\n\n{thread}"
        );
        let article = from_text("ferries.txt", &page);
        assert!(article.body.starts_with("The harbour authority cut"), "{}", article.body);
        assert_eq!(article.authors, ["Ann Lee"]);
    }

    #[test]
    fn a_teaser_repeating_the_opening_paragraph_is_passed_over() {
        let opening =
            "SPRINGFIELD, Ill. (AP) — The old mill on the river will become flats, its owner said on Friday.";
        let page = format!(
            "Old mill to become flats\n\n{opening}\n\nFacebook\nTwitter\nEmail\nPrint\nCopy article link\nSave\n\n\
             Old mill to become flats\nBy Ann Lee\n\n{opening}\n\n\
             The conversion will take two years and cost about $40 million, according to city filings."
        );
        let article = from_text("mill.txt", &page);
        assert!(article.body.ends_with("according to city filings."), "{}", article.body);
        assert_eq!(article.authors, ["Ann Lee"]);
    }
}
