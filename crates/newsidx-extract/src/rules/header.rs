//! The page header's headline: which line it is, and the headline as the article prints it (without
//! a label piped after it, a kicker glued before it, a media tag). The section is `section`'s.

use super::byline;
use super::head_lines::{content_words, HeadLines};
use super::lines::{is_title_cased, word_count};
use super::reach::TITLE_REACH;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;
/// The index of the headline, above `anchor` (the byline, or the first paragraph when there is
/// no byline): of the headline-like lines within reach, the one whose words the story's `lead`
/// repeats most (a headline names what the opening tells; captions, widgets and role lines
/// between it and the story do not), the topmost of those nearly as good; lines of five words or
/// more before shorter ones (section labels, widget buttons), and never a teaser cut from another
/// line. When no line shares two words with the lead, the nearest headline-like line of five
/// words or more, else the nearest one. A line picked right below another headline-like line
/// of five words or more is its deck when that one echoes the lead too, when the picked line
/// ends like a sentence and the one above does not, or when the picked line is the longer and a
/// byline stands right under it: the headline is the line above.
pub(crate) fn title_index(
    lines: &[String],
    anchor: usize,
    lead: &[String],
    head: &HeadLines<'_>,
) -> Option<usize> {
    let found = Candidates::within_reach(lines, anchor, lead, head);
    if found.at.len() < 2 {
        return found.at.last().copied().or_else(|| found.nearest());
    }
    let scored = found.echoing_the_lead();
    let picked = topmost_of_the_best(&scored, lines).or_else(|| found.nearest());
    picked.map(|at| found.headline_above(at, &scored).unwrap_or(at))
}

/// The headline-like lines within reach above the anchor, and what they are judged against.
struct Candidates<'a> {
    lines: &'a [String],
    anchor: usize,
    lead: &'a [String],
    head: &'a HeadLines<'a>,
    at: Vec<usize>,
}

impl<'a> Candidates<'a> {
    fn within_reach(
        lines: &'a [String],
        anchor: usize,
        lead: &'a [String],
        head: &'a HeadLines<'a>,
    ) -> Candidates<'a> {
        let anchor = anchor.min(lines.len());
        let at =
            (anchor.saturating_sub(TITLE_REACH)..anchor).filter(|&i| head.get(lines, i).title_like).collect();
        Candidates { lines, anchor, lead, head, at }
    }

    /// The nearest candidate of five words or more, else the nearest headline-like line above
    /// the anchor.
    fn nearest(&self) -> Option<usize> {
        let long = self.at.iter().rev().copied().find(|&i| word_count(&self.lines[i]) >= 5);
        long.or_else(|| (0..self.anchor).rev().find(|&i| self.head.get(self.lines, i).title_like))
    }

    /// The candidates sharing words with the lead, with how much they share; a line the lead
    /// holds, or one glued to or cut short from another candidate, is none.
    fn echoing_the_lead(&self) -> Vec<(usize, f64)> {
        let cut_short =
            |i: usize| self.at.iter().any(|&j| j != i && is_cut_from(&self.lines[i], &self.lines[j]));
        self.at
            .iter()
            .copied()
            .filter(|&i| !self.in_lead(i) && !self.glued(i) && !cut_short(i))
            .map(|i| (i, echo(&self.lines[i], self.head.lead_words())))
            .filter(|(_, score)| *score > 0.0)
            .collect()
    }

    /// The headline above the line picked at `at`, when that line is its deck: a candidate of
    /// five words or more right above it that echoes the lead too, or that does not end like a
    /// sentence while the picked line does; or a candidate of three or four words over a deck that
    /// ends in a full stop or stands over the byline (a kicker of as few words stands over a
    /// headline, which may end in `!` or `?`).
    fn headline_above(&self, at: usize, scored: &[(usize, f64)]) -> Option<usize> {
        let lines = self.lines;
        let up = at.checked_sub(1).filter(|up| self.at.contains(up))?;
        if self.in_lead(up) || self.glued(up) {
            return None;
        }
        let words = word_count(&lines[up]);
        let echoes = scored.iter().any(|(i, _)| *i == up);
        let deck_below = is_sentence(&lines[at]) && !lines[up].trim_end().ends_with('.');
        let over_byline = self.deck_over_byline(up, at);
        let deck = deck_below || over_byline;
        let stated = lines[at].trim_end().ends_with('.') || over_byline;
        (words >= 5 && (echoes || deck) || words >= 3 && stated).then_some(up)
    }

    /// True when the line at `at` is a deck between its headline (at `up`) and the byline: longer
    /// than the headline, with a byline (or a `By` alone) right under it. A line in title case is
    /// no deck: decks are written as sentences (and the line over a headline in title case may be
    /// a notice, `Cookies help us run this site.`).
    fn deck_over_byline(&self, up: usize, at: usize) -> bool {
        let lines = self.lines;
        let byline_below =
            lines.get(at + 1).is_some_and(|l| byline::parse(l).is_some() || byline::is_by_alone(l));
        let deck_shaped = !is_title_cased(&lines[at]);
        byline_below && deck_shaped && word_count(&lines[at]) > word_count(&lines[up])
    }

    fn in_lead(&self, i: usize) -> bool {
        self.lead.iter().any(|p| p.contains(self.lines[i].trim()))
    }

    fn glued(&self, i: usize) -> bool {
        self.at.iter().any(|&j| j != i && is_glued_to(&self.lines[i], &self.lines[j]))
    }
}

/// Of the lines echoing the lead (the ones of five words or more, when there are any), the
/// topmost of those nearly as good as the best.
fn topmost_of_the_best(scored: &[(usize, f64)], lines: &[String]) -> Option<usize> {
    let long = |(i, _): &&(usize, f64)| word_count(&lines[*i]) >= 5;
    let pool: Vec<(usize, f64)> = if scored.iter().any(|c| long(&c)) {
        scored.iter().filter(long).copied().collect()
    } else {
        scored.to_vec()
    };
    let best = pool.iter().map(|(_, score)| *score).fold(0.0, f64::max);
    pool.iter().filter(|(_, score)| *score >= best * NEAR_BEST).map(|(i, _)| *i).min()
}

/// A line that ends like a sentence: a deck under its headline, a caption.
fn is_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '?', '!', '…'])
}

/// Lines echoing the lead nearly as well as the best are told apart by position: the headline
/// stands above its deck and its photo captions.
const NEAR_BEST: f64 = 0.8;

/// `HomeEuropeCrowds gather…`, `Opinion|Crowds gather…`: a line that is another one with a
/// breadcrumb or label glued in front.
fn is_glued_to(line: &str, other: &str) -> bool {
    let (line, other) = (line.trim(), other.trim());
    line.len() > other.len() && line.ends_with(other)
}

/// The headline without a label piped after it (`Santa pays the toll | Top Gear`, `… | Editorial`):
/// a page saved as text keeps the one its `<title>` carried.
pub(crate) fn without_piped_label(title: &str) -> &str {
    match title.rsplit_once(" | ") {
        Some((head, tail)) if word_count(tail) <= 3 && word_count(head) >= 3 => head.trim_end(),
        _ => title,
    }
}

/// The headline without a kicker glued before it with a bar (`Opinion|Ferry fares cut by a
/// fifth`, `New York|…`): a page saved as text runs the kicker's element into the headline's.
pub(crate) fn without_glued_kicker(title: &str) -> &str {
    let Some((kicker, head)) = title.split_once('|') else { return title };
    let glued = !kicker.ends_with(' ') && !head.starts_with(' ');
    let capital = |t: &str| t.starts_with(char::is_uppercase);
    let kicker_like = (1..=3).contains(&word_count(kicker)) && capital(kicker);
    if glued && kicker_like && capital(head) && word_count(head) >= 3 {
        head
    } else {
        title
    }
}

/// The headline without a tag for the media the page carries (`… to Show Finale [Watch]`,
/// `… from 19 million miles away (video)`): the page's button, not the story's name.
pub(crate) fn without_media_tag(title: &str) -> &str {
    MEDIA_TAG.find(title).filter(|m| m.start() > 0).map_or(title, |m| title[..m.start()].trim_end())
}

static MEDIA_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*[\[(](?:watch|video|videos|photos?|pics|gallery|listen|audio|podcast)[\])]$")
        .expect("valid media tag")
});

/// `Five prospects who may be…`: a teaser that cuts another line short.
fn is_cut_from(line: &str, other: &str) -> bool {
    let line = line.trim();
    let stem = line.strip_suffix('…').or_else(|| line.strip_suffix("...")).map(str::trim_end);
    stem.is_some_and(|stem| {
        stem.len() >= 10 && other.trim().starts_with(stem) && other.trim().len() > line.len()
    })
}

/// The share of a line's content words that the lead repeats; zero unless at least two are
/// repeated (one shared word is chance: a section label, a name in a widget).
pub(crate) fn echo(line: &str, lead: &HashSet<String>) -> f64 {
    let words: Vec<_> = content_words(line).collect();
    let repeated = words.iter().filter(|w| lead.contains(w.as_ref())).count();
    if repeated >= 2 {
        repeated as f64 / words.len() as f64
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::tests::text_lines as lines;

    use crate::rules::head_lines::LineFacts;

    fn is_title_like(line: &str) -> bool {
        LineFacts::of(line).title_like
    }

    /// The rules' headline, every line's facts asked anew.
    fn title_index(lines: &[String], anchor: usize, lead: &[String]) -> Option<usize> {
        super::title_index(lines, anchor, lead, &HeadLines::of(lines, 0..0, anchor, lead))
    }

    #[test]
    fn headline_is_the_line_above_the_byline() {
        let page = lines(
            "HomeWorldTalks stall in Geneva\nTalks stall in Geneva\nFollow Us :\nText Size:\nBy Ann Lee",
        );
        assert_eq!(title_index(&page, 4, &[]), Some(1));
    }

    #[test]
    fn headline_is_the_line_the_story_echoes_above_its_deck_and_widgets() {
        let page = lines(
            "Trending now: winter storms close schools\n\
             Harbour authority cuts ferry fares to the outer islands\n\
             Islanders welcome the cheaper crossings to the mainland\n\
             Link was copied to your clipboard\n\
             Jo Smith/Island Photo Agency\n\
             Listen to this article now",
        );
        let lead = ["The harbour authority cut ferry fares to the outer islands by a fifth on Monday, \
                     saying crossings had become too dear for islanders."
            .to_string()];
        assert_eq!(title_index(&page, 6, &lead), Some(1));
        assert_eq!(title_index(&page, 6, &[]), Some(5), "without a lead, the nearest headline-like line");
        let glued =
            lines("HomeIslandsHarbour authority cuts ferry fares\nHarbour authority cuts ferry fares");
        assert_eq!(title_index(&glued, 2, &lead), Some(1), "a breadcrumb glued to the headline is not it");
    }

    #[test]
    fn a_longer_deck_between_the_headline_and_the_byline_is_not_the_headline() {
        let lead = ["Islanders crossing to the mainland will pay a fifth less from Monday, officials said, \
                     after a year of complaints from families."
            .to_string()];
        let page = lines(
            "Islands\nHarbour chiefs give in over ferry prices\n\
             Islanders crossing to the mainland will pay a fifth less after a year of complaints\nBy\nAnn Lee",
        );
        assert_eq!(title_index(&page, 4, &lead), Some(1));
        let short = lines(
            "Islands\nFerry fares cut\nIslanders crossing to the mainland will pay a fifth less.\nMarch 3",
        );
        assert_eq!(title_index(&short, 3, &lead), Some(1), "a headline of three words over its deck");
        let kicker = lines("Island life\nFerry fares cut by a fifth after a year of complaints!\nMarch 3");
        assert_eq!(title_index(&kicker, 2, &lead), Some(1), "a short kicker over a headline ending in '!'");
        let notice = lines(
            "Menu\nCookies help us run this site.\nHarbour Chiefs Give In Over Ferry Prices After A Year\nBy Ann Lee",
        );
        assert_eq!(title_index(&notice, 3, &lead), Some(2), "a headline in title case is no deck");
        let label = lines("Ferry News\nIslanders crossing to the mainland will pay a fifth less\nBy Ann Lee");
        assert_eq!(
            title_index(&label, 2, &lead),
            Some(1),
            "a section label of under five words is no headline"
        );
    }

    #[test]
    fn headline_is_a_full_line_not_a_short_label_or_a_teaser_cut_from_it() {
        let lead = ["The harbour authority cut ferry fares to the outer islands by a fifth on Monday, \
                     officials of the authority said."
            .to_string()];
        let label = lines("Harbour authority cuts ferry fares again\nIsland Ferry Fares\nShare full article");
        assert_eq!(title_index(&label, 3, &lead), Some(0), "labels of under five words lose to a headline");
        let teaser = lines(
            "Harbour authority cuts ferry fares to the…\nHarbour authority cuts ferry fares to the islands",
        );
        assert_eq!(title_index(&teaser, 2, &lead), Some(1));
        assert_eq!(
            without_piped_label("Santa pays the toll on his sleigh | Top Gear"),
            "Santa pays the toll on his sleigh"
        );
        assert_eq!(
            without_piped_label("Why rates rise | a primer for savers"),
            "Why rates rise | a primer for savers"
        );
    }

    #[test]
    fn a_kicker_and_colon_before_the_headline_keep_it_a_headline_but_labels_are_not() {
        assert!(is_title_like("Ask Ada: My neighbour keeps parking in my space"));
        assert!(is_title_like("Ferry Fares Explained: What Every Islander Should Know"));
        assert!(!is_title_like("Topics: Energy, Markets, Climate, Politics"));
        assert!(!is_title_like("Related: City council approves a new budget for schools"));
        assert!(!is_title_like(
            "Match facts: Rovers 2 (Hughes pen 9, Diaz 90+3) Vale 1 (Coyle 63). Att: 6,412."
        ));
    }

    #[test]
    fn a_media_tag_is_cut_from_the_headline() {
        assert_eq!(without_media_tag("Ferry fares cut at last [Watch]"), "Ferry fares cut at last");
        assert_eq!(
            without_media_tag("Ferry crosses the bay at dawn (VIDEO)"),
            "Ferry crosses the bay at dawn"
        );
        assert_eq!(without_media_tag("Ferry fares (and why) they rise"), "Ferry fares (and why) they rise");
        assert_eq!(without_media_tag("[Video]"), "[Video]");
    }

    #[test]
    fn a_kicker_glued_before_the_headline_with_a_bar_goes() {
        assert_eq!(without_glued_kicker("Opinion|Ferry fares cut by a fifth"), "Ferry fares cut by a fifth");
        assert_eq!(without_glued_kicker("New York|Ferry fares cut by a fifth"), "Ferry fares cut by a fifth");
        assert_eq!(without_glued_kicker("Harbour Post | Ferry fares cut"), "Harbour Post | Ferry fares cut");
        assert_eq!(without_glued_kicker("A/B|testing shows fares"), "A/B|testing shows fares");
    }

    #[test]
    fn a_piped_credit_is_no_headline() {
        assert!(!is_title_like("Ines Marlow | The Harbour Journal"));
        assert!(is_title_like("Ferry fares | What the rise means for islanders"));
    }

    #[test]
    fn headline_skips_dates_and_ads() {
        let page = lines("News\nLibrary reopens after flood damage\n28 November 2026\nAdvertisement\nBody.");
        assert_eq!(title_index(&page, 4, &[]), Some(1));
    }
}
