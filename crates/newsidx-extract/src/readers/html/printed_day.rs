//! The day a page prints by its headline. A page's metadata states a publication instant, often
//! in UTC, or the first publication of a story the page now presents under a later date; readers
//! (and the people who annotate pages) go by the date printed under the headline.

use super::dom::spaced_text;
use super::zone::around_headline;
use crate::rules::dates::{self, DateLabel};
use crate::rules::lines::squash;
use chrono::NaiveDate;
use scraper::{ElementRef, Html};

crate::selectors! {
    PRINTED = "time, [id*=date], [class*=date], [class*=time], [class*=byline], [class*=meta]";
}

/// The day the page prints by its headline for a stated date, as a reader of the page would give
/// it. Metadata often carries a UTC timestamp one day off the publisher's local day, or the first
/// publication of a story the page now presents under a later date. The first short date printed
/// near the `<h1>` (at most a week before the stated day) is the page's day; one labelled as an update
/// to another day is passed over with what it holds, and is the page's day only when no other date
/// line follows (a page printing nothing but `Updated December 14, 2023` is dated so by its readers,
/// and by newsidx when the same page is saved as text). An element printing two days is not one date
/// line: its parts are read instead. A date quoted in a `<blockquote>` is not the page's.
pub(crate) fn correct(doc: &Html, headline: Option<&str>, stated: NaiveDate) -> NaiveDate {
    let mut passed = Vec::new();
    let mut update = None;
    for e in around_headline(doc, headline) {
        let text = spaced_text(&e);
        let date_line =
            text.len() <= DATE_LINE_BYTES || (PRINTED.matches(&e) && text.len() <= PRINTED_LINE_BYTES);
        if !date_line || e.ancestors().any(|a| passed.contains(&a.id()) || is_quotation(a)) {
            continue;
        }
        let days = dates::find_dates(&text);
        let Some(&day) = days.first().filter(|d| (**d - stated).num_days() >= -EARLIER_DAYS) else {
            continue;
        };
        if days.iter().any(|d| *d != day) {
            continue;
        }
        if day == stated || date_label(&e, &text) != DateLabel::Updated {
            return day;
        }
        passed.push(e.id());
        update = update.or(Some(day));
    }
    update.unwrap_or(stated)
}

/// A quotation set in the page (`<blockquote>`: an embedded post, a letter): a date it prints is
/// the quoted post's (`— Ann Lee (@annlee) September 27, 2026`), not the page's.
fn is_quotation(node: ego_tree::NodeRef<scraper::Node>) -> bool {
    super::dom::is_element(node, "blockquote")
}

/// How many days before the stated one a printed date may fall (a story printed a day or two
/// before its metadata's publication); further back it is another date, or `09/08/2015` read the
/// wrong way round.
const EARLIER_DAYS: i64 = 7;

/// Longest text of an element named for a date (`class="byline"`, `<time>`) read as a date line.
const PRINTED_LINE_BYTES: usize = 60;

/// An element this short holding a date is a date line whatever its name (sites with generated
/// class names print `<span class="sc-73638515-0">Dec 19, 2023 3:57 AM</span>`).
const DATE_LINE_BYTES: usize = 40;

/// The label of a date line: its own, else its parent's when the parent prints that date alone
/// (`<span>Updated <time>Dec. 23, 2023</time></span>`).
fn date_label(element: &ElementRef, text: &str) -> DateLabel {
    let own = dates::label_of(text);
    if own != DateLabel::Plain {
        return own;
    }
    let parent =
        element.parent().and_then(ElementRef::wrap).map(|p| squash(&bounded_text(&p))).unwrap_or_default();
    let lone_date = parent.len() <= PRINTED_LINE_BYTES && dates::find_dates(&parent).len() == 1;
    if lone_date {
        dates::label_of(&parent)
    } else {
        own
    }
}

/// An element's text, cut off a little past what a date line can hold (the parent of a date
/// may be the whole page).
fn bounded_text(element: &ElementRef) -> String {
    let mut text = String::new();
    for piece in element.text() {
        text.push_str(piece);
        if text.len() > PRINTED_LINE_BYTES * 4 {
            break;
        }
    }
    text
}
