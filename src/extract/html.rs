//! Saved HTML pages, parsed with html5ever (through `scraper`): metadata from JSON-LD, OpenGraph
//! and `<meta>` tags, `<time>` and visible bylines; the story's container found by structure
//! (`articleBody`, `<article>`, else the densest block of paragraphs) and reduced to text blocks
//! for the same rules that read text pages.

use super::fields;
use super::page::{Meta, Page, Shape};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::{Map, Value};
use std::sync::LazyLock;

/// The page of an HTML document.
pub fn page(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let container = main_container(&doc);
    let lines = block_lines(container);
    let meta = metadata(&doc);
    Page { lines, shape: Shape::Page, meta }
}

/// The text blocks of an HTML fragment (a JSON export's HTML body).
pub fn text_lines(fragment: &str) -> Vec<String> {
    let doc = Html::parse_fragment(fragment);
    block_lines(doc.root_element())
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|_| panic!("valid selector {css}"))
}

macro_rules! selectors {
    ($($name:ident = $css:expr;)*) => {
        $(static $name: LazyLock<Selector> = LazyLock::new(|| selector($css));)*
    };
}

selectors! {
    ARTICLE_BODY = "[itemprop=articleBody]";
    ARTICLE = "article";
    PARAGRAPH = "p";
    BODY = "body";
    JSON_LD = "script[type='application/ld+json']";
    META = "meta";
    TITLE = "title";
    H1 = "h1";
    TIME = "time[datetime]";
    CRUMB_LINKS = "[class*=breadcrumb] a, [class*=breadcrumb] li, [class*=breadcrumb] span, nav[aria-label*=readcrumb] a";
    BYLINE = "[rel=author], [itemprop=author], [class*=byline], [class*=author-name], [class*=authors]";
}

/// Where the story is: `[itemprop=articleBody]`, else the `<article>` with most paragraph text,
/// else the element whose paragraphs hold most text, else `<body>`.
fn main_container(doc: &Html) -> ElementRef<'_> {
    let enough = |e: &ElementRef| paragraph_text(e) >= 200;
    doc.select(&ARTICLE_BODY)
        .find(enough)
        .or_else(|| doc.select(&ARTICLE).max_by_key(paragraph_text).filter(enough))
        .or_else(|| densest(doc))
        .or_else(|| doc.select(&BODY).next())
        .unwrap_or_else(|| doc.root_element())
}

fn paragraph_text(element: &ElementRef) -> usize {
    element.select(&PARAGRAPH).map(|p| text_len(&p)).sum()
}

fn text_len(element: &ElementRef) -> usize {
    element.text().map(|t| t.trim().len()).sum()
}

/// The element whose paragraphs (and its children's) carry most text.
fn densest(doc: &Html) -> Option<ElementRef<'_>> {
    let mut scores: std::collections::HashMap<ego_tree::NodeId, (usize, ElementRef)> = Default::default();
    for p in doc.select(&PARAGRAPH) {
        let len = text_len(&p);
        if len < 40 {
            continue;
        }
        let parents = p.ancestors().filter_map(ElementRef::wrap).take(2);
        for (depth, parent) in parents.enumerate() {
            scores.entry(parent.id()).or_insert((0, parent)).0 += len >> depth;
        }
    }
    scores.into_values().max_by_key(|(score, _)| *score).map(|(_, e)| e)
}

const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "form", "figure",
    "figcaption", "button", "select", "textarea", "input", "label", "object", "video", "audio", "canvas", "head",
];
const SKIPPED_CLASS_PARTS: &[&str] = &[
    "share", "sharing", "social", "related", "newsletter", "newsletters", "subscribe", "subscription", "promo",
    "advert", "advertisement", "ad", "ads", "adslot", "cookie", "cookies", "comments", "comment", "sidebar",
    "paywall", "recommended", "recirculation", "outbrain", "taboola", "trending", "popular", "breadcrumb",
    "breadcrumbs", "sponsored", "signup", "modal", "popup", "caption", "tags", "toolbar", "hidden",
];
const BLOCK_TAGS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr", "address",
];

/// Elements that are never story text, by tag or by class/id words.
fn is_skipped(element: &scraper::node::Element) -> bool {
    if SKIPPED_TAGS.contains(&element.name()) || element.attr("hidden").is_some() {
        return true;
    }
    let words = element.classes().chain(element.id());
    let parts = words.flat_map(|w| w.split(['-', '_'])).map(str::to_ascii_lowercase);
    parts.into_iter().any(|p| SKIPPED_CLASS_PARTS.contains(&p.as_str()))
        || element.attr("aria-hidden") == Some("true")
}

/// The text of `root` as lines, one per block element, skipping furniture. Walks the tree
/// without recursion, so no nesting depth can exhaust the stack.
fn block_lines(root: ElementRef) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut skipping = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) if skipping > 0 || (node.id() != root.id() && is_skipped(e)) => {
                    skipping += 1
                }
                Node::Element(e) if BLOCK_TAGS.contains(&e.name()) => flush(&mut current, &mut lines),
                Node::Text(t) if skipping == 0 => push_text(&mut current, &t.text),
                _ => {}
            },
            Edge::Close(node) => match node.value() {
                Node::Element(_) if skipping > 0 => skipping -= 1,
                Node::Element(e) if BLOCK_TAGS.contains(&e.name()) => flush(&mut current, &mut lines),
                _ => {}
            },
        }
    }
    flush(&mut current, &mut lines);
    lines
}

fn push_text(current: &mut String, text: &str) {
    if text.starts_with(char::is_whitespace) && !current.ends_with(' ') && !current.is_empty() {
        current.push(' ');
    }
    current.push_str(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    if text.ends_with(char::is_whitespace) && !current.is_empty() {
        current.push(' ');
    }
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = current.trim();
    if !line.is_empty() {
        lines.push(line.to_string());
    }
    current.clear();
}

/// The fields stated by JSON-LD, meta tags, `<h1>`, `<time>` and byline elements.
fn metadata(doc: &Html) -> Meta {
    let linked = linked_data(doc);
    let tags = meta_tags(doc);
    let ld = linked.as_ref().map(fields::meta).unwrap_or_default();
    let tag = |keys: &[&str]| keys.iter().find_map(|k| tags.get(*k)).cloned();
    let reference = ld.title.clone().or_else(|| tag(&["og:title", "twitter:title"])).or_else(|| document_title(doc));
    Meta {
        title: title(doc, reference.as_deref(), tag(&["og:site_name"]).as_deref()),
        authors: non_empty(ld.authors)
            .or_else(|| tag(&["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"]).map(|a| fields::authors_in(&a).0).and_then(non_empty))
            .or_else(|| visible_byline(doc))
            .unwrap_or_default(),
        date: ld.date.or_else(|| tag(PUBLISHED_KEYS).and_then(|d| fields::date_in(&d))).or_else(|| time_element(doc)),
        location: None,
        source: None,
        section: ld.section.or_else(|| tag(&["article:section", "section", "category"])).or_else(|| breadcrumb(doc)),
    }
}

const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
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

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
    "LiveBlogPosting", "BackgroundNewsArticle", "Report", "ScholarlyArticle", "TechArticle",
];

/// The first JSON-LD object typed as an article, with organisations removed from its authors.
fn linked_data(doc: &Html) -> Option<Map<String, Value>> {
    let mut found = doc
        .select(&JSON_LD)
        .filter_map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).ok())
        .flat_map(flatten_graph)
        .find(|o| has_type(o, ARTICLE_TYPES))?;
    if let Some(authors) = found.get_mut("author") {
        drop_organisations(authors);
    }
    Some(found)
}

fn flatten_graph(value: Value) -> Vec<Map<String, Value>> {
    match value {
        Value::Array(items) => items.into_iter().flat_map(flatten_graph).collect(),
        Value::Object(mut o) => match o.remove("@graph") {
            Some(graph) => flatten_graph(graph).into_iter().chain(std::iter::once(o)).collect(),
            None => vec![o],
        },
        _ => Vec::new(),
    }
}

fn has_type(object: &Map<String, Value>, types: &[&str]) -> bool {
    match object.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| types.contains(&t))),
        _ => false,
    }
}

fn drop_organisations(authors: &mut Value) {
    match authors {
        Value::Array(items) => items.retain(|a| !a.as_object().is_some_and(|o| has_type(o, &["Organization", "NewsMediaOrganization"]))),
        Value::Object(o) if has_type(o, &["Organization", "NewsMediaOrganization"]) => *authors = Value::Null,
        _ => {}
    }
}

fn document_title(doc: &Html) -> Option<String> {
    doc.select(&TITLE).next().map(|t| squash(&t.text().collect::<String>())).filter(|t| !t.is_empty())
}

/// The headline: the `<h1>` that agrees with the stated title, else the stated title without its
/// site suffix, else the first `<h1>`.
fn title(doc: &Html, stated: Option<&str>, site: Option<&str>) -> Option<String> {
    let h1s: Vec<String> = doc.select(&H1).map(|h| squash(&h.text().collect::<String>())).filter(|h| h.split_whitespace().count() >= 2).collect();
    let stated = stated.map(|s| strip_site_suffix(s, site));
    let agrees = |h: &&String| stated.as_deref().is_some_and(|s| fold(s).contains(&fold(h)) || fold(h).contains(&fold(s)));
    h1s.iter().find(agrees).cloned().or(stated).or_else(|| h1s.into_iter().next())
}

fn fold(text: &str) -> String {
    text.to_lowercase().replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

/// `Headline | Site`, `Headline - Site`, `Headline – Site` → `Headline`.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = squash(title);
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " • "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let is_site = site.is_some_and(|s| tail.eq_ignore_ascii_case(s.trim()));
            if is_site || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3) {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// The people in the first byline element of the page that names any.
fn visible_byline(doc: &Html) -> Option<Vec<String>> {
    doc.select(&BYLINE)
        .map(|b| squash(&b.text().collect::<Vec<_>>().join(" ")))
        .filter(|t| t.split_whitespace().count() <= 16)
        .map(|t| fields::authors_in(&t).0)
        .find(|names| !names.is_empty())
}

fn time_element(doc: &Html) -> Option<chrono::NaiveDate> {
    let times: Vec<ElementRef> = doc.select(&TIME).collect();
    let published = times.iter().find(|t| {
        let e = t.value();
        e.attr("itemprop") == Some("datePublished") || e.attr("pubdate").is_some()
    });
    let not_updated = times.iter().find(|t| !super::dates::label_of(&parent_text(t)).eq(&super::dates::DateLabel::Updated));
    published.or(not_updated).and_then(|t| t.value().attr("datetime")).and_then(fields::date_in)
}

fn parent_text(element: &ElementRef) -> String {
    element.parent().and_then(ElementRef::wrap).map(|p| p.text().collect()).unwrap_or_default()
}

fn breadcrumb(doc: &Html) -> Option<String> {
    doc.select(&CRUMB_LINKS)
        .map(|a| squash(&a.text().collect::<String>()))
        .filter(|t| !t.is_empty() && t.split_whitespace().count() <= 3)
        .find(|t| !matches!(t.to_lowercase().as_str(), "home" | "startseite" | "accueil" | "inicio" | "início" | "portada" | "›" | ">" | "»" | "/"))
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Water tariffs rise | Equatorial Times</title>
        <meta property="og:site_name" content="Equatorial Times">
        <meta property="article:section" content="Africa">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Water tariffs rise","datePublished":"2026-04-21T08:00:00+03:00","dateModified":"2026-04-22",
          "author":[{"@type":"Person","name":"Wanjiru Kamau"},{"@type":"Organization","name":"Equatorial Times"}]}</script>
        </head><body><nav><a>Home</a><a>Africa</a></nav>
        <article><h1>Water tariffs rise</h1><p class="byline">By Wanjiru Kamau</p>
        <div class="share-bar"><a>Share on X</a></div>
        <p>NAIROBI, Kenya — The utility has proposed charging households more for water, officials said.</p>
        <figure><img src="x.jpg"><figcaption>A tap in Nairobi. Photo: Staff</figcaption></figure>
        <p>The plan would raise the price of the first block of water by a tenth, the board said on Monday.</p>
        <p>Consumer groups said the plan would hurt the poorest families in the city most of all.</p>
        </article><aside><h2>Most Read</h2><p>Another story entirely that we do not want here.</p></aside>
        <footer>© 2026 Equatorial Times</footer></body></html>"#;

    #[test]
    fn metadata_states_title_authors_date_section() {
        let p = page(PAGE);
        assert_eq!(p.meta.title.as_deref(), Some("Water tariffs rise"));
        assert_eq!(p.meta.authors, ["Wanjiru Kamau"]);
        assert_eq!(p.meta.date, chrono::NaiveDate::from_ymd_opt(2026, 4, 21));
        assert_eq!(p.meta.section.as_deref(), Some("Africa"));
    }

    #[test]
    fn the_story_lines_leave_out_furniture() {
        let lines = page(PAGE).lines;
        assert_eq!(lines[0], "Water tariffs rise");
        assert!(lines.iter().any(|l| l.starts_with("NAIROBI, Kenya — ")));
        for furniture in ["Share on X", "A tap in Nairobi", "Most Read", "Another story", "©"] {
            assert!(!lines.iter().any(|l| l.contains(furniture)), "{furniture} leaked: {lines:?}");
        }
    }

    #[test]
    fn site_suffixes_are_stripped() {
        assert_eq!(strip_site_suffix("Dakar goes solar - Sahel Review", None), "Dakar goes solar");
        assert_eq!(strip_site_suffix("Avocado prices – Gulf Pacific Trade", Some("Gulf Pacific Trade")), "Avocado prices");
        assert_eq!(strip_site_suffix("Well-known fact", None), "Well-known fact");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let deep = format!("{}<p>Deep text here.</p>{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let p = page(&deep);
        assert!(p.lines.iter().any(|l| l == "Deep text here."));
    }
}
