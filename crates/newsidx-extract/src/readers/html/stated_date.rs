//! The publication day a page's markup states when no tag does: an element (a `<time>`, a
//! `<span>`) marked as the publication by microdata or `pubdate`, a publication key in the data a
//! page embeds for its scripts, the date in its canonical address, the first `<time>` not
//! labelled as an update, a short date in an element named for it.

use crate::readers::fields;
use crate::rules::dates::{self, DateLabel};
use chrono::NaiveDate;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

crate::selectors! {
    SCRIPT = "script";
    TIME = "time";
    PUBLISHED_ITEM = "[itemprop=datePublished]";
    DATED = "[id*=date], [class*=date]";
}

/// The publication day from the page body when no tag states it: an element marked as the
/// publication, a publication key in the page's embedded data, the date in its `address`,
/// then the first `<time>` not labelled as an update.
pub(super) fn stated_date(doc: &Html, address: Option<&str>) -> Option<NaiveDate> {
    let times: Vec<ElementRef> = doc.select(&TIME).collect();
    let item = || doc.select(&PUBLISHED_ITEM).find_map(|e| item_value(&e));
    let pubdate = || times.iter().find(|t| t.value().attr("pubdate").is_some()).and_then(time_value);
    let unlabelled = || times.iter().find(|t| dates::label_of(&parent_text(t)) != DateLabel::Updated);
    item()
        .or_else(pubdate)
        .or_else(|| embedded_date(doc))
        .or_else(|| address.and_then(url_date))
        .or_else(|| unlabelled().and_then(time_value))
        .or_else(|| dated_element(doc))
}

/// A short date printed in an element named for it (`<dd id="date_posted">`, `<span
/// class="article-date">`); not one named for an update or for today's date in a site header.
fn dated_element(doc: &Html) -> Option<NaiveDate> {
    doc.select(&DATED).find_map(|e| {
        let v = e.value();
        let names = format!("{} {}", v.id().unwrap_or(""), v.attr("class").unwrap_or("")).to_lowercase();
        let other_day = ["update", "modif", "current", "today"].iter().any(|w| names.contains(w));
        let text: String = e.text().collect();
        let printed = || fields::date_in(&text).or_else(|| v.attr("title").and_then(iso_day));
        (!other_day && text.trim().len() <= 40).then(printed).flatten()
    })
}

/// The day of an attribute holding a clean ISO 8601 date or timestamp (`2026-03-04T10:32:00Z`),
/// as a `datetime` or a tooltip's `title` states it behind a relative time (`4 hours ago`).
fn iso_day(value: &str) -> Option<NaiveDate> {
    let clean = value.len() <= 35
        && value.get(..10).is_some_and(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok());
    clean.then(|| fields::date_in(value)).flatten()
}

/// The day of an element schema.org's microdata marks as the publication (`<span
/// itemprop="datePublished" content="2026-03-04T10:32:00+01:00">4.3.2026</span>`, a `<time>` or a
/// `<meta>` so marked): its `content` when a clean ISO date, else as a `<time>` is read.
fn item_value(item: &ElementRef) -> Option<NaiveDate> {
    item.value().attr("content").and_then(iso_day).or_else(|| time_value(item))
}

/// A `<time>`'s day (or any element's): its `datetime` when that is a clean ISO date, else its
/// visible text.
fn time_value(time: &ElementRef) -> Option<NaiveDate> {
    let from_attr = time.value().attr("datetime").and_then(iso_day);
    from_attr.or_else(|| fields::date_in(&time.text().collect::<String>()))
}

static EMBEDDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:"|&quot;)(?:datePublished|publishedDate|publishDate|publicationDate|published_at|date_published|firstPublishDate|pubDate|displayDate)(?:"|&quot;)\s*:\s*(?:"|&quot;)([^"&]{8,40})"#)
        .expect("valid embedded date pattern")
});

/// A publication date in data a page embeds for its scripts (Next.js, Nuxt, Apollo caches), as
/// script text or in a script's attribute (`data-initial-state="{&quot;datePublished…"`).
fn embedded_date(doc: &Html) -> Option<NaiveDate> {
    let stated = |data: &str| EMBEDDED.captures(data).and_then(|c| fields::date_in(&c[1]));
    doc.select(&SCRIPT).find_map(|s| {
        let text: String = s.text().collect();
        stated(&text).or_else(|| s.value().attrs().find_map(|(_, value)| stated(value)))
    })
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)|/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:/|$)")
        .expect("valid url date")
});

/// `…/2023/12/5/story` or `…/2023-12-05/story` in the page's own address (its canonical link,
/// else its `og:url`).
fn url_date(address: &str) -> Option<NaiveDate> {
    let c = URL_DATE.captures(address)?;
    let part = |i: usize| c.get(i).or_else(|| c.get(i + 3)).and_then(|m| m.as_str().parse::<u32>().ok());
    NaiveDate::from_ymd_opt(i32::try_from(part(1)?).ok()?, part(2)?, part(3)?)
}

fn parent_text(element: &ElementRef) -> String {
    element.parent().and_then(ElementRef::wrap).map(|p| p.text().collect()).unwrap_or_default()
}
