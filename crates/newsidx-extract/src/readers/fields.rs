//! Reading article fields out of key–value records (JSON exports, YAML front matter): the usual
//! key names, and values that may be strings, lists or objects.

use crate::page::Meta;
use crate::rules::{byline, dateline, dates, language, names};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::borrow::Cow;

const TITLE: &[&str] = &["headline", "title", "name"];
const AUTHORS: &[&str] = &["authors", "author", "byline", "creator", "creators", "by", "writer", "writers"];
const DATE: &[&str] = &[
    "datepublished",
    "date_published",
    "published",
    "publishedat",
    "published_at",
    "publication_date",
    "pubdate",
    "pub_date",
    "date",
    "publish_date",
    "publishdate",
    "seendate",
    "created",
    "created_at",
    "firstpublished",
    "first_published",
    "publisheddate",
    "published_date",
    "published_time",
    "publish_time",
    "timestamp",
];
const PLACE: &[&str] = &["dateline", "location", "place"];
const SOURCE: &[&str] = &["agency", "source", "wire", "provider"];
/// Keys that name the publication (Media Cloud's `media_name`, GDELT's `domain` is an address
/// and left to `url`); a `source` that is no wire agency is taken as the outlet too.
const OUTLET: &[&str] = &[
    "outlet",
    "media_name",
    "media",
    "publication",
    "publication_name",
    "publisher",
    "source_name",
    "newspaper",
];
const LANGUAGE: &[&str] = &["language", "lang", "la"];
const WORD_COUNT: &[&str] = &["word_count", "wordcount", "words", "length", "wc"];
const SECTION: &[&str] = &[
    "section",
    "articlesection",
    "section_name",
    "sectionname",
    "category",
    "categories",
    "department",
    "desk",
];
/// Keys that hold the article's own address (JSON-LD's `mainEntityOfPage` as a string or an
/// object with an `@id`).
const URL: &[&str] =
    &["url", "canonical_url", "canonical", "permalink", "web_url", "weburl", "link", "mainentityofpage"];
/// Keys that hold the story's text, as text or as HTML (CMS exports name the markup so).
pub(crate) const BODY: &[&str] = &[
    "body",
    "text",
    "content",
    "articlebody",
    "article_body",
    "story",
    "full_text",
    "fulltext",
    "bodytext",
    "body_text",
    "html",
    "body_html",
    "content_html",
];

/// Whether a column or key names an article field (a table of other things is no export).
pub(crate) fn is_article_key(key: &str) -> bool {
    [TITLE, BODY, URL, AUTHORS].iter().any(|keys| keys.iter().any(|k| k.eq_ignore_ascii_case(key)))
}

/// The value of the first of `keys` present (compared without case) and not empty.
pub(crate) fn get<'a>(record: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a Value> {
    keys.iter().find_map(|key| {
        record.iter().find(|(k, v)| k.eq_ignore_ascii_case(key) && !is_blank(v)).map(|(_, v)| v)
    })
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// The fields a record states.
pub(crate) fn meta(record: &Map<String, Value>) -> Meta {
    let (authors, byline_agency) = get(record, AUTHORS).map(authors).unwrap_or_default();
    let stated_source = get(record, SOURCE).and_then(first_text);
    let publication = get(record, OUTLET).and_then(first_text).or_else(|| stated_source.clone());
    Meta {
        title: get(record, TITLE).and_then(first_text),
        authors,
        date: get(record, DATE).and_then(date),
        location: get(record, PLACE).and_then(first_text).map(|p| place(&p)),
        source: stated_source
            .as_deref()
            .and_then(dateline::agency_name)
            .or_else(|| publication.as_deref().and_then(dateline::agency_name))
            .or(byline_agency),
        outlet: publication.filter(|name| dateline::agency_name(name).is_none()),
        language: get(record, LANGUAGE).and_then(first_text).and_then(|l| language::code_of_stated(&l)),
        section: get(record, SECTION).and_then(first_text),
        word_count: get(record, WORD_COUNT).and_then(first_text).and_then(|w| word_count(&w)),
        body: None,
        linked_authors: Vec::new(),
        zone: None,
        url: URL.iter().find_map(|key| get(record, &[key]).and_then(address)),
        sender: None,
    }
}

/// The number a length field states (`512`, `512 words`, `1,204 words`).
pub(crate) fn word_count(printed: &str) -> Option<u32> {
    let number: String = printed.trim().chars().take_while(|c| c.is_ascii_digit() || *c == ',').collect();
    number.replace(',', "").parse().ok()
}

/// An address value: a string, the first address of a list, or an object's `@id` or `url`.
pub(crate) fn address(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => crate::address::absolute(s, None),
        Value::Array(items) => items.iter().find_map(address),
        Value::Object(o) => ["@id", "url"].iter().filter_map(|k| o.get(*k)).find_map(address),
        _ => None,
    }
}

/// A string, the first string of a list, or an object's `name`.
pub(crate) fn first_text(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Array(items) => items.iter().find_map(first_text),
        Value::Object(o) => o.get("name").and_then(first_text),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    text.filter(|t| !t.is_empty())
}

/// People named by an author value, and an agency if the byline names one.
pub(crate) fn authors(value: &Value) -> (Vec<String>, Option<String>) {
    match value {
        Value::String(s) => authors_in(&name_order(s)),
        Value::Array(items) => {
            let names =
                items.iter().filter_map(first_text).flat_map(|s| authors_in(&name_order(&s)).0).collect();
            (names, None)
        }
        Value::Object(o) => o.get("name").map(authors).unwrap_or_default(),
        _ => (Vec::new(), None),
    }
}

/// A name a catalogue or export writes surname first (`Marlow, Ines`, `Marlow, I. A.`) in the order a
/// byline prints it (`Ines Marlow`); any other value as it is (`Ines Marlow, Noel Ash` lists two).
pub(crate) fn name_order(value: &str) -> Cow<'_, str> {
    let Some((surname, given)) = value.trim().split_once(", ") else { return Cow::Borrowed(value) };
    let capitalised = |part: &str| part.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let organisation =
        |part: &str| dateline::agency_name(part).is_some() || part.split_whitespace().any(names::is_org_word);
    let inverted = !surname.contains(' ')
        && !organisation(surname)
        && !organisation(given)
        && (1..=2).contains(&given.split_whitespace().count())
        && !given.contains(',')
        && capitalised(surname)
        && capitalised(given);
    if inverted {
        Cow::Owned(format!("{given} {surname}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// People in a free-text author string: a byline (`By A and B`) or a bare list (`A, B`).
pub(crate) fn authors_in(text: &str) -> (Vec<String>, Option<String>) {
    let text = text.trim();
    let as_byline = if byline::opens_with_by_word(text) { text.to_string() } else { format!("By {text}") };
    match byline::parse(&as_byline) {
        Some(b) => (b.authors, b.agency),
        None => (Vec::new(), dateline::agency_name(text)),
    }
}

/// A date value: ISO 8601 (its local day, no time-zone conversion), a printed date, or epoch seconds
/// or milliseconds.
pub(crate) fn date(value: &Value) -> Option<NaiveDate> {
    match value {
        Value::String(s) => date_text(s),
        Value::Number(n) => n.as_i64().and_then(epoch_day),
        Value::Array(items) => items.iter().find_map(date),
        _ => None,
    }
}

/// The day of an epoch timestamp in seconds or, past [`EPOCH_SECONDS_END`], in milliseconds (as
/// JavaScript writes them).
fn epoch_day(stamp: i64) -> Option<NaiveDate> {
    let secs = if stamp > EPOCH_SECONDS_END { stamp / 1000 } else { stamp };
    chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}

/// Seconds of the year 5138: a larger stamp counts milliseconds (the year 1973 in them).
const EPOCH_SECONDS_END: i64 = 100_000_000_000;

/// The day of an ISO 8601 timestamp in its basic format, digits only (`20260120`,
/// `20260120T063000Z`, `20260120063000`), as data feeds such as GDELT write them.
fn basic_iso_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let rest = text.get(8..)?.trim_start_matches('T').trim_end_matches('Z');
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !digits(&text[..8]) || !digits(rest) || ![0, 4, 6].contains(&rest.len()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(4..6)?, number(6..8)?).filter(|d| dates::plausible(*d))
}

/// The day a date value written as text states: a basic ISO 8601 timestamp, digits only, or
/// the first date printed in it.
pub(crate) fn date_text(text: &str) -> Option<NaiveDate> {
    basic_iso_day(text).or_else(|| date_in(text))
}

/// The first date printed in a string.
pub(crate) fn date_in(text: &str) -> Option<NaiveDate> {
    dates::find_dates(text).first().copied()
}

/// The place of a dateline value (`OSLO`, `OSLO, Sept 14 (Reuters)`).
pub(crate) fn place(text: &str) -> String {
    let place = dateline::parse(&format!("{text} - x")).map(|d| d.place).filter(|p| !p.is_empty());
    place.unwrap_or_else(|| text.trim().to_string())
}

#[cfg(test)]
mod tests {

    #[test]
    fn names_listed_with_bare_commas_are_each_a_name() {
        assert_eq!(authors_in("Ann Lee,Tom Quist,Ines Marlow").0, ["Ann Lee", "Tom Quist", "Ines Marlow"]);
        assert_eq!(authors_in("Nelson C.J.,Stephen Tayo").0, ["Nelson C.J.", "Stephen Tayo"]);
    }

    use super::*;
    use serde_json::json;

    fn record(value: Value) -> Map<String, Value> {
        value.as_object().cloned().expect("object")
    }

    #[test]
    fn reads_the_usual_keys() {
        let m = meta(&record(json!({
            "headline": "Salmon farmers warn", "byline": "By Ana Ruiz and Peter Lund", "dateline": "OSLO",
            "published": "2026-09-14T07:45:00Z", "updated": "2026-09-15", "section": "Business", "agency": "Reuters"
        })));
        assert_eq!(m.title.as_deref(), Some("Salmon farmers warn"));
        assert_eq!(m.authors, ["Ana Ruiz", "Peter Lund"]);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 9, 14));
        assert_eq!(
            (m.location.as_deref(), m.source.as_deref(), m.section.as_deref()),
            (Some("OSLO"), Some("Reuters"), Some("Business"))
        );
    }

    #[test]
    fn a_publication_is_the_outlet_and_a_wire_the_source() {
        let m = meta(&record(json!({"title": "T", "media_name": "The Harbour Gazette", "language": "en"})));
        assert_eq!(
            (m.outlet.as_deref(), m.source, m.language.as_deref()),
            (Some("The Harbour Gazette"), None, Some("en"))
        );
        assert_eq!(
            (word_count("1,204 words"), word_count("88"), word_count("many")),
            (Some(1204), Some(88), None)
        );
        let m = meta(&record(json!({"title": "T", "source": "Valley Courier"})));
        assert_eq!((m.outlet.as_deref(), m.source), (Some("Valley Courier"), None));
        let m = meta(&record(json!({"title": "T", "source": "Reuters"})));
        assert_eq!((m.outlet, m.source.as_deref()), (None, Some("Reuters")));
        let m = meta(&record(json!({"title": "T", "media_name": "Associated Press"})));
        assert_eq!((m.outlet, m.source.as_deref()), (None, Some("AP")));
    }

    #[test]
    fn the_address_is_a_url_string_or_an_objects_id() {
        let url = |v: Value| meta(&record(v)).url;
        assert_eq!(
            url(json!({"url": "https://news.example/a#x"})).as_deref(),
            Some("https://news.example/a")
        );
        assert_eq!(
            url(json!({"mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example/b"}}))
                .as_deref(),
            Some("https://news.example/b")
        );
        assert_eq!(
            url(json!({"link": ["not an address", "http://news.example/c"]})).as_deref(),
            Some("http://news.example/c")
        );
        assert_eq!(url(json!({"url": "/relative/only"})), None);
    }

    #[test]
    fn authors_come_in_every_shape() {
        assert_eq!(authors(&json!(["Aino Virtanen", "Jonas Berg"])).0, ["Aino Virtanen", "Jonas Berg"]);
        assert_eq!(authors(&json!({"@type": "Person", "name": "Wanjiru Kamau"})).0, ["Wanjiru Kamau"]);
        let (names, agency) = authors(&json!("By THANDIWE NKOSI Associated Press"));
        assert_eq!((names, agency.as_deref()), (vec!["Thandiwe Nkosi".to_string()], Some("AP")));
        assert!(authors(&json!("Staff")).0.is_empty());
        assert_eq!(authors(&json!("Marlow, Ines")).0, ["Ines Marlow"], "a catalogue's surname first");
        assert_eq!(authors(&json!(["Marlow, Ines", "Ash, Noel"])).0, ["Ines Marlow", "Noel Ash"]);
        assert_eq!(authors(&json!("Ines Marlow, Noel Ash")).0, ["Ines Marlow", "Noel Ash"]);
    }

    #[test]
    fn export_keys_of_content_systems_are_read() {
        let m = meta(&record(json!({
            "title": "T", "writers": "Ines Marlow and Noel Ash", "section_name": "Transport",
            "timestamp": 1_772_616_600_000_i64
        })));
        assert_eq!((m.authors.len(), m.section.as_deref()), (2, Some("Transport")));
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 3, 4));
    }

    #[test]
    fn dates_keep_the_local_day() {
        assert_eq!(date(&json!("2026-05-04T23:30:00-05:00")), NaiveDate::from_ymd_opt(2026, 5, 4));
        assert_eq!(date(&json!("2026-10-05 11:20:00")), NaiveDate::from_ymd_opt(2026, 10, 5));
        assert_eq!(date(&json!("not a date")), None);
        assert_eq!(date(&json!("20260120T063000Z")), NaiveDate::from_ymd_opt(2026, 1, 20));
        assert_eq!(date(&json!("20260120063000")), NaiveDate::from_ymd_opt(2026, 1, 20));
        assert_eq!(date(&json!("20261340")), None);
        assert_eq!(date(&json!("12345678901")), None);
        assert_eq!(date(&json!(1_780_000_000)), NaiveDate::from_ymd_opt(2026, 5, 28));
        assert_eq!(date(&json!(1_772_616_600_000_i64)), NaiveDate::from_ymd_opt(2026, 3, 4), "milliseconds");
    }

    #[test]
    fn a_byline_value_in_any_language_loses_its_byline_word() {
        assert_eq!(authors(&json!("Von Karla Brandt und Ole Sievers")).0, ["Karla Brandt", "Ole Sievers"]);
        assert_eq!(authors(&json!("Par Lise Morel")).0, ["Lise Morel"]);
        assert_eq!(authors(&json!("Lise Morel")).0, ["Lise Morel"]);
    }
}
