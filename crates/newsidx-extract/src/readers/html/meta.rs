//! What an HTML page states about its article: JSON-LD ([`super::linked`]), OpenGraph and
//! `<meta>` tags, its headline ([`super::headline`]), the day its markup states
//! ([`super::stated_date`]), its section ([`super::section`]) and byline elements
//! ([`super::bylines`]), each with its order of trust.

use super::bylines::{author_link, byline_elements};
use super::headline::{document_title, title, TITLE_SEPARATORS};
use super::linked::{decode_entities, linked_data, stated_body};
use super::stated_date::stated_date;
use super::{printed_day, section};
use crate::page::Meta;
use crate::readers::fields;
use crate::rules::dateline::agency_name;
use crate::rules::names;
use scraper::Html;

crate::selectors! {
    META = "meta";
    CANONICAL = "link[rel=canonical]";
}

/// The fields stated by JSON-LD, meta tags, `<h1>`, `<time>` and byline elements.
pub(crate) fn metadata(doc: &Html) -> Meta {
    let linked = linked_data(doc);
    let tags = meta_tags(doc);
    let ld = linked.as_ref().map(decoded_meta).unwrap_or_default();
    let tag = |keys: &[&str]| keys.iter().find_map(|k| tags.get(*k)).cloned();
    let reference =
        ld.title.clone().or_else(|| tag(&["og:title", "twitter:title"])).or_else(|| document_title(doc));
    let site = tag(SITE_KEYS).or_else(|| ld.outlet.clone());
    let headline = title(doc, reference.as_deref(), site.as_deref());
    let (tagged, tagged_agency) =
        tag(AUTHOR_KEYS).map(|a| fields::authors_in(&fields::name_order(&a))).unwrap_or_default();
    let (visible, byline_agency) =
        if ld.authors.is_empty() && tagged.is_empty() { byline_elements(doc) } else { (None, None) };
    let authors = stated_authors(ld.authors, tagged, visible);
    let unnamed = authors.is_empty();
    let page_address = address(doc, tags.get("og:url").map(String::as_str));
    Meta {
        authors,
        linked_authors: unnamed.then(|| author_link(doc, headline.as_deref())).flatten().unwrap_or_default(),
        date: ld
            .date
            .or_else(|| tag(PUBLISHED_KEYS).and_then(|d| fields::date_text(&d)))
            .or_else(|| stated_date(doc, page_address.as_deref()))
            .map(|stated| printed_day::correct(doc, headline.as_deref(), stated)),
        title: headline,
        section: page_section(doc, ld.section.or_else(|| tag(&["article:section", "section", "category"]))),
        source: ld.source.or(tagged_agency).or(byline_agency),
        outlet: site.as_deref().and_then(site_name).filter(|name| agency_name(name).is_none()),
        body: linked.as_ref().and_then(stated_body),
        url: page_address.or(ld.url),
        ..Meta::default()
    }
}

/// The fields JSON-LD states, its text with the entities a page escaped twice decoded.
fn decoded_meta(linked: &serde_json::Map<String, serde_json::Value>) -> Meta {
    let mut ld = fields::meta(linked);
    ld.title = ld.title.map(|t| decode_entities(&t));
    ld.section = ld.section.map(|t| decode_entities(&t));
    ld.authors = ld.authors.iter().map(|a| decode_entities(a)).collect();
    ld
}

/// The page's section: the one JSON-LD or a meta tag states (`stated`), else its breadcrumb's,
/// else the one an element marks.
fn page_section(doc: &Html, stated: Option<String>) -> Option<String> {
    stated
        .and_then(|s| section::stated(&s))
        .or_else(|| section::breadcrumb(doc))
        .or_else(|| section::marked(doc))
}

/// The page's own address: its canonical link (resolved against `og:url` when relative), else
/// its `og:url`; the JSON-LD address comes after both.
fn address(doc: &Html, og_url: Option<&str>) -> Option<String> {
    let og = og_url.and_then(|u| crate::address::absolute(u, None));
    let canonical = doc.select(&CANONICAL).find_map(|l| l.value().attr("href"));
    canonical.and_then(|href| crate::address::absolute(href, og.as_deref())).or(og)
}

/// The authors JSON-LD names, else an author `<meta>` tag, else a visible byline element's (read
/// only when neither names anyone). When JSON-LD lists several people and the tag names only some
/// of them, the tag wins: the data lists everyone who worked on the page (contributors,
/// photographers, editors), the tag its author.
fn stated_authors(linked: Vec<String>, tagged: Vec<String>, visible: Option<Vec<String>>) -> Vec<String> {
    let narrows = !tagged.is_empty()
        && tagged.len() < linked.len()
        && tagged.iter().all(|t| linked.iter().any(|l| names::same_name(l, t)));
    let linked = if narrows { Vec::new() } else { linked };
    non_empty(linked).or_else(|| non_empty(tagged)).or(visible).unwrap_or_default()
}

/// The site's own name as its tags state it, without a motto (`Harbour Post | News from the
/// islands`, `Harbour Post - The paper of the isles`) or, for an address, its host.
fn site_name(stated: &str) -> Option<String> {
    let stated = stated.trim();
    if let Some((_, address)) = stated.split_once("://") {
        let host = address.split('/').next().unwrap_or(address);
        return Some(host.trim_start_matches("www.").to_string()).filter(|h| !h.is_empty());
    }
    let name = TITLE_SEPARATORS
        .iter()
        .chain(&[": "])
        .fold(stated, |name, sep| name.split_once(sep).map_or(name, |(head, _)| head));
    Some(name.trim().to_string()).filter(|n| !n.is_empty())
}

/// Tags naming the site (a JSON-LD publisher's name comes after them).
const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "al:ios:app_name"];

const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
];

const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "dcterms.issued",
    "citation_publication_date",
    "citation_date",
    "sailthru.date",
    "parsely-pub-date",
];

fn non_empty(names: Vec<String>) -> Option<Vec<String>> {
    (!names.is_empty()).then_some(names)
}

/// `<meta>` name/property/itemprop → content, keys lower-cased; the first of each wins.
fn meta_tags(doc: &Html) -> std::collections::HashMap<String, String> {
    let mut tags = std::collections::HashMap::new();
    for m in doc.select(&META) {
        let e = m.value();
        let key = e.attr("property").or_else(|| e.attr("name")).or_else(|| e.attr("itemprop"));
        if let (Some(key), Some(content)) = (key, e.attr("content")) {
            if !content.trim().is_empty() {
                tags.entry(key.to_ascii_lowercase()).or_insert_with(|| content.trim().to_string());
            }
        }
    }
    tags
}
