//! Extraction: from the text of a news file to an [`Article`], by general rules anchored on the
//! byline, the dateline and the shape of paragraphs — never on one site's phrases.

pub(crate) mod agency;
mod anchors;
mod author_box;
mod body;
pub(crate) mod byline;
mod byline_names;
pub(crate) mod credits;
pub(crate) mod dateline;
pub(crate) mod dates;
pub(crate) mod explain;
pub(crate) mod furniture;
pub(crate) mod head_lines;
mod header;
pub(crate) mod language;
pub(crate) mod lines;
mod loose_byline;
pub(crate) mod names;
pub(crate) mod notices;
mod reach;
mod title_rank;
mod turns;
pub(crate) mod vocab;

use crate::article::Article;
use crate::page::{Page, Shape};
use reach::{
    BYLINE_PAST_START, BYLINE_REACH, DATED_NAME_OVER_STORY, DATE_BELOW_REACH, DATE_JUST_BELOW,
    DATE_OVER_HEADLINE, SPLIT_BYLINE_REACH,
};
use std::borrow::Cow;

/// The headline ranker's features, for the training script.
pub(crate) const TITLE_FEATURES: [&str; 25] = title_rank::FEATURES;
use anchors::Anchors;
use body::Strictness;
use chrono::NaiveDate;
use credits::is_credit;
use lines::split_lines;

/// Extracts the fields of a page saved as plain text.
pub fn from_text(path: &str, text: &str) -> Article {
    from_page(path, &Page { lines: split_lines(text), ..Page::default() })
}

/// Extracts the fields of a page from any format: the text rules on its lines, then the fields
/// its structure states laid over them.
pub(crate) fn from_page(path: &str, page: &Page) -> Article {
    let (read, placed) = reading(page);
    let mut article = article_of(path, &read.lines, &placed);
    page.meta.apply(&mut article);
    if article.date.is_none() && !read.undated.is_empty() {
        article.date = date_on_page(&read.undated);
    }
    if matches!(read.shape, Shape::Page | Shape::Markup) {
        if let Some(body) = author_box::without_author_box(&article.body, &article.authors) {
            article.body = body;
        }
    }
    article.title = article.title.map(|t| header::without_media_tag(&t).to_string());
    article.language = page
        .meta
        .language
        .clone()
        .or_else(|| language::detect(article.title.as_deref().unwrap_or(""), &article.body));
    article
}

/// The byline's names and the date the rules read on `lines`: a marked-up page's lines from its
/// headline to the story's container, and the story's first lines.
pub(crate) fn byline_and_date(lines: &[String]) -> (Vec<String>, Option<NaiveDate>) {
    let placed = Placed::on(lines, Shape::Page);
    let authors = placed.byline().map(|b| b.authors.clone()).unwrap_or_default();
    (authors, publication_date("", lines, &placed.anchors, placed.title_at))
}

/// The date the text rules read on `lines`, every line of a marked-up page, as on the same page
/// saved as text.
fn date_on_page(lines: &[String]) -> Option<NaiveDate> {
    let placed = Placed::on(lines, Shape::Page);
    publication_date("", lines, &placed.anchors, placed.title_at)
}

/// Every line of a record's story, the dateline (its first `strip` bytes) cut off the first
/// and an agency's sign-off (`… on Monday. REUTER`) off the last.
fn whole_story(lines: &[String], strip: usize) -> (Vec<String>, usize) {
    let last = lines.len().saturating_sub(1);
    let text = |(i, line): (usize, &String)| {
        let line = if i == 0 { line.get(strip..).unwrap_or(line) } else { line };
        let line = if i == last { body::before_signoff(line).unwrap_or(line) } else { line };
        lines::squash(line)
    };
    let paragraphs = lines.iter().enumerate().map(text).filter(|p| !p.trim().is_empty()).collect();
    (paragraphs, lines.len())
}

/// The page the rules read and where they placed its parts. A marked-up page whose container
/// gives a story of fewer than [`SHORTEST_STORY`] words (a teaser `<article>` taken for the
/// story's, a story set in elements the structure rules do not count) is read whole, as a page
/// saved as text is, when that finds a longer story.
pub(crate) fn reading(page: &Page) -> (Cow<'_, Page>, Placed) {
    let placed = Placed::on(&page.lines, page.shape);
    let words = |placed: &Placed| placed.paragraphs.iter().map(|p| lines::word_count(p)).sum::<usize>();
    if page.whole.is_empty() || words(&placed) >= SHORTEST_STORY {
        return (Cow::Borrowed(page), placed);
    }
    let whole =
        Page { lines: page.whole.clone(), shape: Shape::Page, meta: page.meta.clone(), ..Page::default() };
    let placed_whole = Placed::on(&whole.lines, whole.shape);
    if words(&placed_whole) > words(&placed) {
        (Cow::Owned(whole), placed_whole)
    } else {
        (Cow::Borrowed(page), placed)
    }
}

/// Fewer words than this, and the story a page's structure pointed to is taken for a miss: the
/// shortest news briefs run to three sentences.
const SHORTEST_STORY: usize = 40;

/// Where the rules placed the parts of a page: its anchors, its story and where that ends, the
/// headline's line the byline used. The article and its
/// explanation ([`explain`]) are both read from it.
pub(crate) struct Placed {
    anchors: Anchors,
    paragraphs: Vec<String>,
    end: usize,
    title_at: Option<usize>,
    /// The headline rules' own pick, which the ranker weighs.
    rule_pick: Option<usize>,
    /// The ranker's first pick, when the headline was picked again above a split byline
    /// ([`above_byline`]).
    first_pick: Option<usize>,
    /// A byline that is not one `By A` line, and where it was read, when there is no byline
    /// anchor.
    split: Option<(Loose, byline::Byline)>,
}

/// Where a byline that is not one `By A` line was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Loose {
    /// Set over the lines under the headline ([`loose_byline`](mod@loose_byline)).
    UnderHeadline,
    /// A label alone over the names (`By` / `Ann Lee`) on the given line above the story,
    /// wherever the headline is ([`labelled_over_story`]).
    OverStory(usize),
    /// A name with its date on its line just over the story ([`loose_byline::name_with_date`]).
    DatedOverStory,
    /// A name over the story that the page's author box confirms ([`author_box::boxed_author`]).
    AuthorBox,
    /// A byline signing the story, under its last paragraph.
    Signed,
}

impl Placed {
    fn on(lines: &[String], shape: Shape) -> Placed {
        let anchors = Anchors::find(lines, shape);
        let strip = anchors.dateline.as_ref().map_or(0, |d| d.len);
        let strictness = if shape == Shape::Page { Strictness::Prose } else { Strictness::Structured };
        let (paragraphs, end) = match shape {
            Shape::Record => whole_story(lines, strip),
            _ => body::collect(lines, anchors.body, strip, strictness),
        };
        let headline = headline_page(lines, &anchors, &paragraphs);
        let rule_pick = headline.rule_pick;
        let picked = if shape == Shape::Page { title_rank::pick(&headline) } else { rule_pick };
        let story = CollectedStory { lines: anchors.body..end, paragraphs: &paragraphs };
        let split = anchors.byline.is_none().then(|| loose_byline(lines, &anchors, picked, &story)).flatten();
        let title_at = match &split {
            Some((Loose::OverStory(at), _)) if shape == Shape::Page => {
                above_byline(lines, &headline, *at, picked)
            }
            _ => picked,
        };
        let first_pick = picked.filter(|_| picked != title_at);
        Placed { anchors, paragraphs, end, title_at, rule_pick, first_pick, split }
    }

    fn byline(&self) -> Option<&byline::Byline> {
        self.anchors.byline.as_ref().map(|(_, b)| b).or(self.split.as_ref().map(|(_, b)| b))
    }
}

fn article_of(path: &str, lines: &[String], placed: &Placed) -> Article {
    let title = placed.title_at.map(|i| headline_text(&lines[i]));
    let byline = placed.byline();
    let anchors = &placed.anchors;
    Article {
        path: path.to_string(),
        section: header::section(lines, placed.title_at, anchors.body, title.as_deref())
            .map(|(_, name)| name),
        title,
        authors: byline.map(|b| b.authors.clone()).unwrap_or_default(),
        date: publication_date(path, lines, anchors, placed.title_at),
        location: anchors
            .dateline
            .as_ref()
            .map(|d| d.place.clone())
            .filter(|place| !place.is_empty())
            .or_else(|| byline.and_then(|b| b.place.clone())),
        source: source(anchors, byline, lines.split_at(placed.end.min(lines.len()))),
        body: placed.paragraphs.join("\n\n"),
        language: None,
        url: None,
        outlet: None,
        word_count: None,
    }
}

/// What the headline of a page is chosen against: the byline or the story's first line, the
/// story's lead, and the pick of the headline rules.
fn headline_page<'a>(
    lines: &'a [String],
    anchors: &Anchors,
    paragraphs: &'a [String],
) -> title_rank::Page<'a> {
    let lead = &paragraphs[..paragraphs.len().min(LEAD_PARAGRAPHS)];
    let byline_at = anchors.byline.as_ref().map(|(i, _)| *i);
    let anchor = byline_at.unwrap_or(anchors.body);
    let head = head_lines::HeadLines::of(lines, title_rank::reach(anchor), anchor, lead);
    let rule_pick = header::title_index(lines, anchor, lead, &head);
    title_rank::Page { lines, anchor, byline_at, lead, rule_pick, head }
}

/// The headline as printed on its line, without a label piped after it or a kicker glued before.
fn headline_text(line: &str) -> String {
    header::without_glued_kicker(header::without_piped_label(&lines::squash(line))).to_string()
}

/// Every line of a page saved as text that may be its headline, as the article would title it,
/// with the ranker's features: what `scripts/train-title-ranker.py` learns from.
pub(crate) fn headline_candidates(text: &str) -> Vec<(String, Vec<f64>)> {
    let lines = split_lines(text);
    let anchors = Anchors::find(&lines, Shape::Page);
    let strip = anchors.dateline.as_ref().map_or(0, |d| d.len);
    let (paragraphs, _) = body::collect(&lines, anchors.body, strip, Strictness::Prose);
    let page = headline_page(&lines, &anchors, &paragraphs);
    let title = |i: usize| header::without_media_tag(&headline_text(&lines[i])).to_string();
    title_rank::candidates(&page).into_iter().map(|(i, f)| (title(i), f.to_vec())).collect()
}

/// A byline that is not one `By A` line: one set over the lines under the headline, else a label
/// over the names above the story, else a name with its date on its line just over the story,
/// else a name over the story that the page's author box confirms, else a byline signing it.
fn loose_byline(
    lines: &[String],
    anchors: &Anchors,
    title_at: Option<usize>,
    story: &CollectedStory,
) -> Option<(Loose, byline::Byline)> {
    let under = title_at.and_then(|at| split_byline(lines, anchors, at));
    if let Some(byline) = under {
        return Some((Loose::UnderHeadline, byline));
    }
    if let Some((at, byline)) = labelled_over_story(lines, anchors.body) {
        return Some((Loose::OverStory(at), byline));
    }
    let over_story = anchors.body.saturating_sub(DATED_NAME_OVER_STORY)..anchors.body.min(lines.len());
    if let Some(byline) = over_story.rev().find_map(|at| loose_byline::name_with_date(&lines[at])) {
        return Some((Loose::DatedOverStory, byline));
    }
    let headline = title_at.map_or("", |at| lines[at].as_str());
    if let Some(author) = author_box::boxed_author(lines, story.lines.clone(), headline) {
        return Some((Loose::AuthorBox, byline::Byline { authors: vec![author], place: None, agency: None }));
    }
    let last_paragraph = story.last_line(lines);
    let signed_at = |end: usize| signed(lines, anchors.body, end);
    let at_run_end = || (last_paragraph != story.lines.end).then(|| signed_at(story.lines.end)).flatten();
    signed_at(last_paragraph).or_else(at_run_end).map(|b| (Loose::Signed, b))
}

/// The story as collected: the run of lines it was read from (which runs on over the lines left
/// out after it: a share row, a comment form) and its paragraphs.
struct CollectedStory<'a> {
    lines: std::ops::Range<usize>,
    paragraphs: &'a [String],
}

impl CollectedStory<'_> {
    /// The line after the story's last paragraph: after the last line of the run its last
    /// paragraph ends with (the run's end when none does).
    fn last_line(&self, lines: &[String]) -> usize {
        let Some(last) = self.paragraphs.last() else { return self.lines.end };
        let run = lines.get(self.lines.clone()).unwrap_or_default();
        let in_last = |l: &String| !l.trim().is_empty() && last.ends_with(l.trim());
        run.iter().rposition(in_last).map_or(self.lines.end, |at| self.lines.start + at + 1)
    }
}

/// A byline signing the story (lines `body..end`) under its last paragraph: `By Ann Lee` within
/// [`SIGNED_REACH`] lines of where the story ends (its last paragraph's line, else the end of the
/// run it was collected from).
fn signed(lines: &[String], body: usize, end: usize) -> Option<byline::Byline> {
    let near_end = lines.get(end.saturating_sub(SIGNED_REACH).max(body)..)?.iter().take(2 * SIGNED_REACH);
    let short = |l: &&String| l.len() <= SIGNED_BYTES;
    let signed =
        near_end.filter(short).filter(|l| byline::opens_with_by_word(l)).find_map(|l| byline::parse(l));
    signed.filter(|b| !b.authors.is_empty())
}

/// Lines on either side of the story's end looked at for a byline that signs it (`By Ann Lee`
/// under the last paragraph).
const SIGNED_REACH: usize = 2;

/// Longest line read for such a byline, in bytes (a story's paragraphs are longer).
const SIGNED_BYTES: usize = 160;

/// A byline under the headline that is not one `By A` line (see [`loose_byline`](mod@loose_byline)). Unless a
/// dateline opens the story, it may stand a few lines past where the story seems to start: that
/// was a deck or a caption above the byline.
fn split_byline(lines: &[String], anchors: &Anchors, title_at: usize) -> Option<byline::Byline> {
    let past_start = if anchors.dateline.is_some() { 0 } else { BYLINE_PAST_START };
    let end = (anchors.body + past_start).min(lines.len());
    let dated_above = title_at.checked_sub(1).is_some_and(|above| dates::is_dateish(&lines[above]));
    lines.get(title_at + 1..end).and_then(|below| loose_byline::split_byline(below, dated_above))
}

/// The headline of a page whose byline is a label over the names on line `byline` above the
/// story. A line picked between the byline and the story, past its date, is a caption or a
/// video's title set over the story (a page printing the byline and its date over the headline
/// keeps its pick); one picked further above the byline than a split byline is read under its
/// headline ([`SPLIT_BYLINE_REACH`]) is a menu's or a teaser's. Either way the headline is the
/// best candidate above the byline, within that reach when one stands there.
fn above_byline(
    lines: &[String],
    headline: &title_rank::Page,
    byline: usize,
    picked: Option<usize>,
) -> Option<usize> {
    let under_byline = |at: usize| at > byline && !(byline + 2..at).all(|i| dates::is_dateish(&lines[i]));
    let reach = byline.saturating_sub(SPLIT_BYLINE_REACH)..byline;
    match picked {
        Some(at) if under_byline(at) => title_rank::pick_within(headline, 0..byline).or(picked),
        Some(at) if at < reach.start => title_rank::pick_within(headline, reach).or(picked),
        _ => picked,
    }
}

/// The nearest label alone over the names (`By` / `Ann Lee`, `Von` / `Ida Berg`) in the
/// byline's reach above the story's first line `body`: such a pair is a byline wherever the
/// headline stands (above it, or where a caption was taken for it).
fn labelled_over_story(lines: &[String], body: usize) -> Option<(usize, byline::Byline)> {
    let zone = body.saturating_sub(BYLINE_REACH)..body.min(lines.len());
    let labelled =
        |at: usize| lines.get(at + 1..).and_then(|after| loose_byline::labelled_names(&lines[at], after));
    zone.rev().find_map(|at| labelled(at).map(|byline| (at, byline)))
}

/// Paragraphs of the story's opening that the headline is compared with.
const LEAD_PARAGRAPHS: usize = 3;

/// The publication day: the dateline's day in the page's year, else the page's own date line:
/// one between the headline and the story, else one just over the headline, before any further
/// up, where a site prints today's date and teasers theirs.
/// The year of a dateline is the one it prints (`March 3, 2026`), else the header date's, else a
/// short date line's anywhere on the page (`Page published 5 May 2026` in a footer), else the
/// file path's, else the year of the wire's own copyright line ([`wire_copyright_year`]).
fn publication_date(
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
    let just_below = || first_date_within(rest, DATE_JUST_BELOW, dates::opens_with_date);
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

/// The wire agency: from the dateline, the byline (one `By` line; of a byline set over the lines
/// under the headline, only an agency alone, `Agence France-Presse`: `Ann Lee, Associated Press`
/// there is as often a photo's credit), a sign-off after the story, or, on the
/// story's last line or the one after it, the agency in brackets closing it or a short line
/// crediting it (the story is read without a last paragraph that does not end in a sentence's
/// mark).
fn source(
    anchors: &Anchors,
    byline: Option<&byline::Byline>,
    (story, trailer): (&[String], &[String]),
) -> Option<String> {
    let signed_off = || trailer.iter().filter(|l| is_signoff(l)).find_map(|l| dateline::agency_in(l));
    let closing = |p: &String| closing_agency(p).or_else(|| credited_source(p));
    anchors
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| anchors.byline.as_ref().and_then(|(_, b)| b.agency.clone()))
        .or_else(|| byline.filter(|b| b.authors.is_empty()).and_then(|b| b.agency.clone()))
        .or_else(signed_off)
        .or_else(|| story.last().into_iter().chain(trailer.first()).find_map(closing))
}

/// The agency a short line credits as the story's source: alone (`ANP`, `[Reuters]`), or after a
/// label of [`vocab::SOURCE_LABELS`] (`With AFP`, `Quelle: dpa`).
fn credited_source(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches('.');
    let line = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')).unwrap_or(line);
    if line.len() > CREDITED_SOURCE_BYTES {
        return None;
    }
    let lower = line.to_lowercase();
    let label = vocab::every(vocab::SOURCE_LABELS).filter(|l| lower.starts_with(*l)).map(str::len).max();
    let named = line.get(label.unwrap_or(0)..)?.trim();
    agency::spelled_agency(named)
}

/// Longest line read as a source credit (`This article was provided by Agence France-Presse`), in
/// bytes.
const CREDITED_SOURCE_BYTES: usize = 64;

/// The agency a paragraph's last sentence is credited to in brackets (`… on Friday. (dpa)`).
fn closing_agency(paragraph: &str) -> Option<String> {
    let (before, credit) = paragraph.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    let after_sentence = before.trim_end().ends_with(['.', '!', '?', '"', '”', '»']);
    after_sentence.then(|| dateline::agency_name(credit.trim())).flatten()
}

/// A line after the story that may credit its agency: a credit line (which takes in `(AFP)`), a
/// dash or a copyright line.
fn is_signoff(line: &str) -> bool {
    is_credit(line) || line.starts_with(['—', '–', '-']) || line.to_lowercase().contains("copyright")
}

#[cfg(test)]
mod tests;
