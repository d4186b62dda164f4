//! What an HTML page states about its article: JSON-LD ([`super::linked`]), OpenGraph and
//! `<meta>` tags, `<h1>`, the day its markup states ([`super::stated_date`]), its section
//! ([`super::section`]) and byline elements, each with its order of trust.

use super::blocks::UNPRINTED;
use super::linked::{decode_entities, linked_data, stated_body};
use super::stated_date::stated_date;
use super::{printed_day, section, spaced_text, squash, zone};
use crate::page::Meta;
use crate::readers::fields;
use crate::rules::dateline::agency_name;
use crate::rules::lines::word_count;
use crate::rules::names;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

crate::selectors! {
    META = "meta";
    CANONICAL = "link[rel=canonical]";
    TITLE = "title";
    H1 = "h1";
    IMAGE = "img, svg, picture";
    LINK = "a[href]";
    BYLINE = "[rel=author], [itemprop=author], [class*=byline], [class*=author-name], [class*=authors]";
    AGENCY_BYLINE = "[rel=author], [itemprop=author], [class=author], [class*=byline], [class*=author-name], [class*=authors]";
    LIST_ITEM = "li";
}

/// The fields stated by JSON-LD, meta tags, `<h1>`, `<time>` and byline elements.
pub(crate) fn metadata(doc: &Html) -> Meta {
    let linked = linked_data(doc);
    let tags = meta_tags(doc);
    let mut ld = linked.as_ref().map(fields::meta).unwrap_or_default();
    ld.title = ld.title.map(|t| decode_entities(&t));
    ld.section = ld.section.map(|t| decode_entities(&t));
    ld.authors = ld.authors.iter().map(|a| decode_entities(a)).collect();
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
        section: ld
            .section
            .or_else(|| tag(&["article:section", "section", "category"]))
            .and_then(|s| section::stated(&s))
            .or_else(|| section::breadcrumb(doc))
            .or_else(|| section::marked(doc)),
        source: ld.source.or(tagged_agency).or(byline_agency),
        outlet: site.as_deref().and_then(site_name).filter(|name| agency_name(name).is_none()),
        body: linked.as_ref().and_then(stated_body),
        url: page_address.or(ld.url),
        ..Meta::default()
    }
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

fn document_title(doc: &Html) -> Option<String> {
    doc.select(&TITLE).next().map(|t| squash(&t.text().collect::<String>())).filter(|t| !t.is_empty())
}

/// The headline: an `<h1>` that agrees with the stated title (the stated one when the `<h1>` only
/// adds a kicker such as `Opinion |`; the `<h1>` when it prints what looked like a site suffix
/// too, `… — here's how to deal`), else the page's first real `<h1>` (not the site's name or
/// logo), else the stated title without its site suffix.
fn title(doc: &Html, stated: Option<&str>, site: Option<&str>) -> Option<String> {
    let is_site = |h: &String| site.is_some_and(|s| fold(s) == fold(h));
    let h1s: Vec<String> = doc
        .select(&H1)
        .filter(|h| h.select(&IMAGE).next().is_none() && !links_home(h))
        .map(|h| squash(&h.text().collect::<String>()))
        .filter(|h| h.split_whitespace().count() >= 2 && !is_site(h))
        .collect();
    let Some(raw) = stated.map(|s| squash(&decode_entities(s))) else { return h1s.into_iter().next() };
    let stated = strip_site_suffix(&raw, site);
    let (s, wordy) = (fold(&stated), stated.split_whitespace().count() >= 4);
    for h in &h1s {
        let whole = fold(h) == fold(&raw);
        match (s.contains(&fold(h)), fold(h).contains(&s)) {
            (true, _) => return Some(h.clone()),
            (false, true) => return Some(if wordy && !whole { stated } else { h.clone() }),
            _ => {}
        }
    }
    h1s.into_iter().next().or(Some(stated))
}

/// True when an `<h1>` is, or sits in, a link to the site's front page (`<a href="/">`): the
/// site's name set as its logo, whatever language it is written in.
fn links_home(h1: &ElementRef) -> bool {
    let home = |e: ElementRef| e.value().attr("href").is_some_and(is_front_page);
    h1.select(&LINK).next().is_some_and(home) || h1.ancestors().filter_map(ElementRef::wrap).any(home)
}

/// `/`, `./`, `https://harbour.news/`: an address of a site's front page.
fn is_front_page(href: &str) -> bool {
    let path = href.split_once("://").map_or(href, |(_, rest)| rest.find('/').map_or("/", |at| &rest[at..]));
    matches!(path.trim(), "/" | "./")
}

fn fold(text: &str) -> String {
    text.to_lowercase().replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

/// `Headline | Site`, `Headline - Site`, `Headline – Site`, `Headline | Section | Site` →
/// `Headline`; `Site - Headline` when the site names itself, or when a few words lead a longer
/// headline (`Harbour Post | Ferry fares cut by a fifth after months of delays`). Words are
/// counted as [`word_count`] does, so a Chinese headline has some.
pub(crate) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = squash(title);
    let is_site =
        |part: &str| site.is_some_and(|s| part.eq_ignore_ascii_case(s.trim().trim_start_matches('@')));
    let suffixed = |sep: &&'static str| {
        let (head, tail) = title.rsplit_once(*sep)?;
        (is_site(tail) || (word_count(tail) <= 4 && word_count(head) >= 3)).then_some((*sep, head))
    };
    if let Some((sep, head)) = TITLE_SEPARATORS.iter().find_map(suffixed) {
        return without_section(head, sep).trim().to_string();
    }
    let prefixed = |sep: &&str| {
        let (head, tail) = title.split_once(*sep)?;
        let leads = word_count(head) <= 4 && word_count(tail) >= PREFIXED_HEADLINE_WORDS;
        (is_site(head) || leads).then_some(tail)
    };
    TITLE_SEPARATORS.iter().find_map(prefixed).map_or(title.clone(), |rest| rest.trim().to_string())
}

/// A headline whose title named its section before the site (`Headline | Transport | Site`), or
/// the site before its motto (`Headline — Site — News from the islands`), without it: a few
/// words after the same separator.
fn without_section<'a>(head: &'a str, separator: &str) -> &'a str {
    match head.rsplit_once(separator) {
        Some((headline, section)) if word_count(section) <= 4 && word_count(headline) >= 3 => headline,
        _ => head,
    }
}

/// Fewest words of a headline after a few leading words and a separator (`Harbour Post | …`):
/// a shorter one may be the site's name after a kicker.
const PREFIXED_HEADLINE_WORDS: usize = 6;

/// What sits between a headline and its site's name in a page title.
const TITLE_SEPARATORS: [&str; 9] = [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " // "];

/// What a page's byline elements state, read in one pass over the page: the people of the first
/// that names any (with the names its parent joins it to) and the agency of the first naming
/// anyone or an agency (`<span class=author>AFP</span>`, `Ann Lee, Associated Press`), the page's
/// source when its data and author tag name no one. Byline elements further down belong to other
/// stories' teasers, and those inside comments to readers ([`in_comment`]). A bare `class=author`
/// counts for the agency and not for the people: comment forms mark their writers so.
fn byline_elements(doc: &Html) -> (Option<Vec<String>>, Option<String>) {
    let (mut people, mut agency) = (None, None);
    for element in doc.select(&AGENCY_BYLINE) {
        let Some((names, named_agency)) = stated_in(&element) else { continue };
        if (names.is_empty() && named_agency.is_none()) || in_comment(&element) {
            continue;
        }
        agency.get_or_insert(named_agency);
        if !names.is_empty() && BYLINE.matches(&element) {
            people = Some(joined_by_parent(&element, names));
            break;
        }
    }
    (people, agency.flatten())
}

/// Whether an element sits in a reader's comment (an ancestor whose class or id names a comment):
/// a comment's writer is marked as a byline is.
fn in_comment(element: &ElementRef) -> bool {
    element.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let named =
            |attr: &str| a.value().attr(attr).is_some_and(|v| v.contains("omment") || v.contains("OMMENT"));
        named("class") || named("id")
    })
}

/// `names`, or all the names of the element's parent when it joins them to others (`<span
/// class=author-name>A</span> and <span …>B</span>`).
fn joined_by_parent(element: &ElementRef, names: Vec<String>) -> Vec<String> {
    let parent = element.parent().and_then(ElementRef::wrap).and_then(|p| stated_in(&p));
    let joined = parent.map(|(all, _)| all).filter(|all| all.len() > names.len() && all.contains(&names[0]));
    joined.unwrap_or(names)
}

/// The people and the agency an element of a byline's length names; a list of names and nothing
/// else names one in each item.
fn stated_in(element: &ElementRef) -> Option<(Vec<String>, Option<String>)> {
    let text = spaced_text(element);
    if text.split_whitespace().count() > BYLINE_WORDS {
        return None;
    }
    let items: Vec<String> = element.select(&LIST_ITEM).map(|li| spaced_text(&li)).collect();
    let whole_list = items.len() > 1 && items.join(" ") == text;
    Some(fields::authors_in(&if whole_list { items.join(", ") } else { text }))
}

/// The people named by the first link to an author's page (`<a href="/author/ann-lee/">Ann
/// Lee</a>`) around the headline, in a byline's few words: the byline of a page that marks it no
/// other way. A photographer's link ends a caption (its block holds a sentence more), and links
/// to other authors' pages stand in lists further down.
fn author_link(doc: &Html, headline: Option<&str>) -> Option<Vec<String>> {
    let in_byline = |a: &ElementRef| {
        let block = a.ancestors().filter_map(ElementRef::wrap).find(|e| !INLINE.contains(&e.value().name()));
        let words = block
            .map_or(0, |b| printed_text(b).flat_map(str::split_whitespace).take(BYLINE_WORDS + 1).count());
        words <= BYLINE_WORDS
    };
    zone::around_headline(doc, headline)
        .into_iter()
        .filter(|e| {
            e.value().name() == "a" && e.value().attr("href").is_some_and(|h| AUTHOR_PAGE.is_match(h))
        })
        .filter(in_byline)
        .map(|a| fields::authors_in(&spaced_text(&a)).0)
        .find(|names| !names.is_empty())
}

/// The text an element prints: its text nodes but those of a style sheet or a script inside it
/// (pages that set a `<style>` beside each component would have a byline's block run to hundreds of
/// words of CSS).
fn printed_text<'a>(element: ElementRef<'a>) -> impl Iterator<Item = &'a str> + 'a {
    let printed = |node: &ego_tree::NodeRef<'a, scraper::Node>| {
        node.parent()
            .and_then(|p| p.value().as_element().map(|e| !UNPRINTED.contains(&e.name())))
            .unwrap_or(true)
    };
    element.descendants().filter(printed).filter_map(|node| node.value().as_text().map(|t| &**t))
}

/// Elements inside a line of text; the block holding a link is the first ancestor not among them.
const INLINE: &[&str] = &["span", "strong", "b", "em", "i", "small", "a", "address", "font"];

/// Most words of the block holding a byline.
const BYLINE_WORDS: usize = 16;

/// An address of an author's page: `/author/ann-lee/`, `/writers/ann-lee`, `/by/ann-lee`.
static AUTHOR_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(?:authors?|writers?|contributors?|journalists?|reporters?|staff|by)/[^/?#]+")
        .expect("valid author page pattern")
});
