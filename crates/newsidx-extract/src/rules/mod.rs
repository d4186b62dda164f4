//! Extraction: from the text of a news file to an [`Article`], by general rules anchored on the
//! byline, the dateline and the shape of paragraphs — never on one site's phrases.

pub(crate) mod agency;
mod anchors;
mod author_box;
mod body;
pub(crate) mod byline;
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
    BYLINE_PAST_START, BYLINE_REACH, DATE_BELOW_REACH, DATE_JUST_BELOW, DATE_OVER_HEADLINE,
    SPLIT_BYLINE_REACH,
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
        Page { lines: page.whole.clone(), shape: Shape::Page, meta: page.meta.clone(), whole: Vec::new() };
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
        let split = anchors.byline.is_none().then(|| loose_byline(lines, &anchors, picked, end)).flatten();
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
        source: source(anchors, lines.split_at(placed.end.min(lines.len()))),
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

/// The headline as printed on its line, without a label piped after it.
fn headline_text(line: &str) -> String {
    header::without_piped_label(&lines::squash(line)).to_string()
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
/// over the names above the story, else a name over the story that the page's author box
/// confirms (the story runs to line `end`).
fn loose_byline(
    lines: &[String],
    anchors: &Anchors,
    title_at: Option<usize>,
    end: usize,
) -> Option<(Loose, byline::Byline)> {
    let under = title_at.and_then(|at| split_byline(lines, anchors, at));
    if let Some(byline) = under {
        return Some((Loose::UnderHeadline, byline));
    }
    if let Some((at, byline)) = labelled_over_story(lines, anchors.body) {
        return Some((Loose::OverStory(at), byline));
    }
    let headline = title_at.map_or("", |at| lines[at].as_str());
    if let Some(author) = author_box::boxed_author(lines, anchors.body..end, headline) {
        return Some((Loose::AuthorBox, byline::Byline { authors: vec![author], place: None, agency: None }));
    }
    signed(lines, anchors.body, end).map(|b| (Loose::Signed, b))
}

/// A byline signing the story (lines `body..end`) under its last paragraph: `By Ann Lee` within
/// [`SIGNED_REACH`] lines of where the story ends.
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
    lines.get(title_at + 1..end).and_then(loose_byline::split_byline)
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
/// file path's.
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
        (None, None) => dates::year_in_path(path).and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
    });
    from_dateline.or(page).or_else(|| first_date_within(rest, DATE_BELOW_REACH, is_date_line))
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
    dates::is_dateish(line) || lines::word_count(line) <= DATE_LINE_WORDS && dates::opens_with_date(line)
}

/// Words a line opening with its date may hold (a publication and an update time, labelled).
const DATE_LINE_WORDS: usize = 20;

/// The wire agency: from the dateline, the byline, a sign-off after the story, or, on the
/// story's last line or the one after it, the agency in brackets closing it or a short line
/// crediting it (the story is read without a last paragraph that does not end in a sentence's
/// mark).
fn source(anchors: &Anchors, (story, trailer): (&[String], &[String])) -> Option<String> {
    let signed_off = || trailer.iter().filter(|l| is_signoff(l)).find_map(|l| dateline::agency_in(l));
    let closing = |p: &String| closing_agency(p).or_else(|| credited_source(p));
    anchors
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| anchors.byline.as_ref().and_then(|(_, b)| b.agency.clone()))
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
    dateline::agency_name(named).filter(|_| agency::spelled_as_agency(named))
}

/// Longest line read as a source credit (`With Agence France-Presse`), in bytes.
const CREDITED_SOURCE_BYTES: usize = 48;

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
mod tests {
    use super::*;

    #[test]
    fn an_agency_credited_after_the_story_in_any_common_form_is_the_source() {
        for credit in ["(AFP)", "-- AP", "With reporting by AFP.", "— Reuters"] {
            let text = format!("Ferry fares cut\n\n{STORY}\n\n{credit}\n");
            let article = from_text("a.txt", &text);
            assert!(article.source.is_some(), "{credit}: {article:?}");
        }
        let plain = from_text("a.txt", &format!("Ferry fares cut\n\n{STORY}\n\nShare this story\n"));
        assert_eq!(plain.source, None);
        let page = |credit: &str| {
            format!(
                "Ferry fares cut by a fifth from Monday\nBy Ann Lee\nMarch 3, 2026\n\n{STORY}\n\n\
                 The new fares take effect on the first crossing on Monday, the authority said. {credit}\n"
            )
        };
        for (credit, agency) in [
            ("With AFP", "AFP"),
            ("Quelle: dpa", "dpa"),
            ("ANP", "ANP"),
            ("Source: Reuters.", "Reuters"),
            ("[Reuters]", "Reuters"),
        ] {
            let article = from_text("a.txt", &format!("Ferry fares cut\n\n{STORY}\n\n{credit}\n"));
            assert_eq!(article.source.as_deref(), Some(agency), "{credit}");
        }
        for line in ["With thanks to the crew", "Source: harbour authority", "ap"] {
            let article = from_text("a.txt", &format!("Ferry fares cut\n\n{STORY}\n\n{line}\n"));
            assert_eq!(article.source, None, "{line}");
        }
        let closing = from_text("a.txt", &page("(dpa)"));
        assert_eq!(closing.source.as_deref(), Some("dpa"), "the agency closing the last paragraph");
        assert_eq!(from_text("a.txt", &page("(Harbour Lines)")).source, None, "a name in brackets");
    }

    /// The story of most page fixtures here, two paragraphs.
    const STORY: &str = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday, \
                         officials said.\n\nIslanders said the crossings had become too dear for families over \
                         the past year.";

    #[test]
    fn a_label_over_the_names_above_the_story_is_the_byline_wherever_the_headline_is() {
        let over_headline = format!(
            "Back to the overview\nVon\nIda Berg\npubliziert am 25. September 2018\n\
             Die Fähre zu den Inseln wird billiger\n{STORY}"
        );
        assert_eq!(from_text("a.txt", &over_headline).authors, ["Ida Berg"]);
        let furniture = "Share\nFacebook\nTwitter\nEmail\nPrint\nComments\nVideo\nListen\nPlay now\nClose\n\
                         Gallery\nSign up\nWatch: the ferry at dawn";
        let far_under_headline = format!(
            "Ferry fares cut by a fifth from Monday\n{furniture}\nBy\nAnn Lee | Harbour Post\nMarch 3, 2026\n{STORY}"
        );
        assert_eq!(from_text("b.txt", &far_under_headline).authors, ["Ann Lee"]);
    }

    #[test]
    fn a_byline_over_a_share_bar_and_a_most_read_list_is_the_storys() {
        let share = ["Share this:", "Facebook", "Twitter", "WhatsApp", "Email", "Copy"].join("\n");
        let links = "View author archive\nemail the author\nGet author RSS feed\nMost Popular Today";
        let most_read =
            (1..=5).map(|n| format!("{n}\nIslanders queue for the {n}th crossing")).collect::<Vec<_>>();
        let page = format!(
            "Harbour Post\n{share}\nFerry fares cut by a fifth from Monday\nBy Ann Lee\n{links}\n{}\n\
             Name(required)\nEmail(required)\nComment(required)\nSubmit\nMarch 3, 2026 | 4:10pm\n\
             Enlarge Image\nShutterstock\n{share}\n{STORY}",
            most_read.join("\n")
        );
        assert_eq!(from_text("a.txt", &page).authors, ["Ann Lee"]);
    }

    #[test]
    fn a_line_between_a_split_byline_and_the_story_is_a_caption_not_the_headline() {
        let share = "Facebook\nTwitter\nFlipboard\nPrint\nEmail\nclose\nVideo";
        let page = format!(
            "Harbour Post\nNews\nIslanders win their long fight over the crossings\nBy\nAnn Lee | Harbour Post\n\
             {share}\nHarbour authority cuts ferry fares to the outer islands\n{STORY}"
        );
        let article = from_text("a.txt", &page);
        assert_eq!(article.title.as_deref(), Some("Islanders win their long fight over the crossings"));
        let byline_over_headline = format!(
            "Back to the overview\nVon\nIda Berg\n25. September 2025\nDie Fähre wird billiger\n{STORY}"
        );
        assert_eq!(
            from_text("b.txt", &byline_over_headline).title.as_deref(),
            Some("Die Fähre wird billiger")
        );
    }

    #[test]
    fn a_menu_line_far_above_a_split_byline_is_not_the_headline() {
        let top = ["Home", "World", "Business", "Markets", "Tech"].repeat(30).join("\n");
        let menu = "Notable & Quotable\nBest of the Harbour Newsletter\nMorning Editorial Report Newsletter\n\
                    Life & Arts\nSections\nArts\nBooks\nCars\nFood & Drink\nHealth\nIdeas\nReal Estate\nScience\n\
                    Sports\nStyle & Fashion\nTravel\nMore\nHarbour Magazine\nPuzzles\nFar & Away\nLife Video\n\
                    Arts Video\nSections\nCommercial Real Estate\nHouse of the Day\nMore\nReal Estate Video\n\
                    Sections\nFashion\nArt & Design\nTravel\nFood\nCulture\nSearch\nShare\nText\n92\nOpinion\n\
                    Commentary";
        let footer =
            ["Subscribe", "Sign In", "Most Popular Videos", "Privacy", "Terms"].repeat(20).join("\n");
        let page = format!(
            "Harbour Post\n{top}\n{menu}\nIs Ferry Pricing a Crime?\nIslanders have sued over fares before. \
             But a court would find it hard to rule on them.\nBy\nAnn Lee\nMar. 3, 2026 7:04 pm ET\n{STORY}\n{footer}"
        );
        assert_eq!(from_text("a.txt", &page).title.as_deref(), Some("Is Ferry Pricing a Crime?"));
    }

    #[test]
    fn a_headline_printed_in_capitals_over_its_byline_is_the_headline() {
        let page = format!(
            "Harbour Post\nHome\nNews\nFERRY FARES CUT BY A FIFTH FOR THE ISLANDS\nBy Ann Lee\nMarch 3, 2026\n\
             {STORY}\nShare this story\nRelated\nBridge to the isles delayed again\nHarbour dredging begins"
        );
        let article = from_text("a.txt", &page);
        assert_eq!(article.title.as_deref(), Some("FERRY FARES CUT BY A FIFTH FOR THE ISLANDS"));
        let wire = format!(
            "Harbour fares set for the islands\n{STORY}\nTHE FOLLOWING FARES WERE SET FOR THE ISLAND ROUTES\nA 5.0\nB 6.5"
        );
        assert_eq!(
            from_text("b.txt", &wire).title.as_deref(),
            Some("Harbour fares set for the islands"),
            "capitals in the story"
        );
    }

    #[test]
    fn the_name_under_a_label_announcing_it_is_no_headline() {
        let page = format!(
            "Harbour Ferries Announces Lower Fares for Island Routes\nNews provided by\nHarbour Ferries Ltd.\n\
             Mar 03, 2026, 10:15 ET\nKIRKWALL, Scotland, March 3, 2026 /PRNewswire/ -- Harbour Ferries Ltd. today \
             announced lower fares on its island routes.\n{STORY}"
        );
        let article = from_text("a.txt", &page);
        assert_eq!(article.title.as_deref(), Some("Harbour Ferries Announces Lower Fares for Island Routes"));
        assert_eq!(article.source.as_deref(), Some("PR Newswire"));
    }

    #[test]
    fn a_byline_split_over_two_lines_is_read() {
        let page =
            format!("Harbour authority cuts ferry fares to the islands\nBy\nAnn Lee\nShare\n\n{STORY}");
        let article = from_text("ferries.txt", &page);
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
    fn a_date_just_below_where_the_story_seems_to_start_beats_the_sites_date_of_today() {
        let page = "Sunday, December 24th 2023
                    Opinion
                    Harbour authority cuts ferry fares to the islands
                    A ferry leaves the harbour at dawn, carrying the first passengers of the day to the islands.
                    By Gulf Tribune Editorial Board | Gulf Tribune
                    PUBLISHED:
                    December 22, 2023 at 1:52 p.m.

                    The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.";
        let article = from_text("ferries.txt", page);
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 22));
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
    fn a_long_line_opening_with_the_date_below_the_standfirst_dates_the_story() {
        let page = format!(
            "Harbour authority cuts ferry fares to the islands\n\
             Islanders had long said the crossings were too dear, and the authority has listened to them.\n\
             Fri 22 Dec 2023 15.30 CETLast modified on Fri 22 Dec 2023 20.26 CET\n\n{STORY}"
        );
        assert_eq!(from_text("a.txt", &page).date, NaiveDate::from_ymd_opt(2023, 12, 22));
    }

    #[test]
    fn the_date_under_the_headline_beats_the_sites_date_of_today_above_it() {
        let page = format!(
            "Sunday, December 24, 2023\nMenu\nHarbour authority cuts ferry fares to the islands\nBy Ann Lee\n\
             December 21, 2023\n\n{STORY}"
        );
        let article = from_text("ferries.txt", &page);
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
    }

    #[test]
    fn a_byline_signing_the_story_under_its_last_paragraph_names_the_author_when_none_stands_above() {
        let signed = from_text(
            "a.txt",
            &format!("Ferry fares cut by a fifth\nMarch 3, 2026\n\n{STORY}\n\nBy Ann Lee\n"),
        );
        assert_eq!(signed.authors, ["Ann Lee"]);
        let above =
            format!("Ferry fares cut by a fifth\nBy Ida Berg\nMarch 3, 2026\n\n{STORY}\n\nBy Ann Lee\n");
        assert_eq!(from_text("b.txt", &above).authors, ["Ida Berg"], "the byline above wins");
    }

    #[test]
    fn a_year_printed_in_the_dateline_is_the_storys() {
        let page = "Ferry fares cut by a fifth\n\nPORT CARROW, Dec. 21, 2023 (AP) — The harbour authority cut ferry \
                    fares to the outer islands by a fifth on Monday, officials said.\n\nPage updated 5 May 2026";
        let article = from_text("ferries.txt", page);
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
        assert_eq!(article.location.as_deref(), Some("PORT CARROW"));
    }

    #[test]
    fn the_date_just_over_the_headline_beats_a_dated_teaser_further_up() {
        let page = format!(
            "Latest\nCouncil approves the harbour wall\nNovember 1, 2022\nMenu\nAnn Lee/\nDecember 21, 2023\n\
             9:43 p.m.\nShare This Story\nHarbour authority cuts ferry fares to the islands\n\n{STORY}"
        );
        let article = from_text("ferries.txt", &page);
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
    }

    #[test]
    fn a_byline_under_a_deck_the_story_seemed_to_start_at_is_read_but_not_inside_a_wire_story() {
        let deck = "Islanders will pay a fifth less to cross from next month, the harbour authority said, \
                    after a year of complaints about the price of the crossings.";
        let page = format!("Harbour authority cuts ferry fares to the islands\n{deck}\nInes Marlow\nDecember 21, 2023\n\n{STORY}");
        assert_eq!(from_text("a.txt", &page).authors, ["Ines Marlow"]);
        let wire =
            "Harbour authority sets fares\nMarch 2, 1987\n\nTAMPA, Fla., Mar 2 (Reuters) - Fares cut by \
                    a fifth vs a tenth prior\n\nPay April One\n\nRecord March 14";
        assert!(from_text("b.txt", wire).authors.is_empty(), "a row of the story's table");
    }

    #[test]
    fn a_byline_in_a_list_of_teasers_is_not_the_storys() {
        let page = format!(
            "Harbour authority cuts ferry fares to the islands\nby Ann Lee, Transport Reporter\n\
             December 22, 2023\nLatest\nCouncil approves budget for the new harbour wall\nBy: Tom Reed\n\
             Rail strike set to end after a pay deal is agreed\nBy: Mia Hart\nVideos\n\n{STORY}"
        );
        assert_eq!(from_text("a.txt", &page).authors, ["Ann Lee"]);
        let twice = format!(
            "Harbour authority cuts ferry fares to the islands\nby Ann Lee\nDecember 22, 2023\nby Ann Lee\n\
             December 22, 2023\n\n{STORY}"
        );
        assert_eq!(from_text("b.txt", &twice).authors, ["Ann Lee"], "printed twice, no headline between");
    }

    #[test]
    fn the_story_under_its_byline_beats_a_longer_comment_thread() {
        let comment = "I have taken that ferry for thirty years and the fares were always too high for the service we got.";
        let thread = [comment; 4].join("\n\nReply\n\n");
        let page = format!(
            "Harbour authority cuts ferry fares to the islands\nBy Ann Lee\n\n{STORY}\n\nComments (4)\n\n{thread}"
        );
        let article = from_text("ferries.txt", &page);
        assert!(article.body.starts_with("The harbour authority cut"), "{}", article.body);
        assert_eq!(article.authors, ["Ann Lee"]);
        let split = page.replace("By Ann Lee", "By\nAnn Lee");
        let article = from_text("ferries.txt", &split);
        assert!(article.body.starts_with("The harbour authority cut"), "By alone: {}", article.body);
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

    #[test]
    fn a_headline_that_reads_like_a_sentence_is_not_the_story_when_a_byline_follows_it() {
        let page = format!(
            "Subscribe\nGovernment software is famously bad. It does not have to be.\n\
             The city is fixing how it buys technology, and not in the ways you would expect.\nBy\nAnn Lee\n\
             October 18, 2023\n\nGovernment software projects are famously late, and the city's were no \
             exception, officials said.\n\n{STORY}"
        );
        let article = from_text("city.txt", &page);
        assert_eq!(
            article.title.as_deref(),
            Some("Government software is famously bad. It does not have to be.")
        );
        assert_eq!(article.authors, ["Ann Lee"]);
        assert!(article.body.starts_with("Government software projects"), "{}", article.body);
    }
}
