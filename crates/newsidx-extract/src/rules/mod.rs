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
mod loose_place;
pub(crate) mod names;
pub(crate) mod notices;
mod published;
mod reach;
mod section;
mod source;
mod title_rank;
mod turns;
pub(crate) mod vocab;

use crate::article::Article;
use crate::page::{Page, Shape};
use reach::SPLIT_BYLINE_REACH;
use std::borrow::Cow;

use anchors::Anchors;
use body::Strictness;
use chrono::NaiveDate;
use lines::split_lines;
use loose_place::CollectedStory;
pub(crate) use loose_place::Loose;
use published::publication_date;
use source::source;

/// The headline ranker's features, for the training script.
pub(crate) const TITLE_FEATURES: [&str; 25] = title_rank::FEATURES;

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
        let split =
            anchors.byline.is_none().then(|| loose_place::read(lines, &anchors, picked, &story)).flatten();
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
        section: section::section(lines, placed.title_at, anchors.body, title.as_deref())
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

/// Paragraphs of the story's opening that the headline is compared with.
const LEAD_PARAGRAPHS: usize = 3;

#[cfg(test)]
mod tests;
