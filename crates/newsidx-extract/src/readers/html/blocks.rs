//! The text of a story's container as lines, one per block element, with the page's furniture
//! left out: by tag (`nav`, `aside`, `figure`, forms), by class or id words (share bars, related
//! lists, ads, cards, embedded posts), by being hidden, or by being nothing but link text.

use super::dom::{is_element, paragraph_text};
use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};

const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "nav",
    "footer",
    "aside",
    "form",
    "figure",
    "figcaption",
    "button",
    "select",
    "textarea",
    "input",
    "label",
    "object",
    "video",
    "audio",
    "canvas",
    "head",
];
const SKIPPED_CLASS_PARTS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adslot",
    "cookie",
    "cookies",
    "comments",
    "comment",
    "sidebar",
    "paywall",
    "recommended",
    "recirculation",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "breadcrumb",
    "breadcrumbs",
    "sponsored",
    "signup",
    "modal",
    "popup",
    "caption",
    "toolbar",
    "card",
    "cards",
    "teaser",
    "tweet",
    "twitter",
    "instagram",
    "tiktok",
    "bio",
];
/// Class words naming the story itself: a `paywall` element that also carries one
/// (`article__story paywall`, `paywall-content`, `pmc-not-a-paywall`), or a paragraph or
/// subheading marked `paywall`, is the story behind the paywall, not a prompt to subscribe.
const STORY_PARTS: &[&str] = &["story", "body", "content", "entry", "text", "article", "not"];

/// Elements whose text the page does not print (`link` and `meta` hold none, but count as
/// elements).
pub(super) const UNPRINTED: &[&str] = &["style", "script", "noscript", "template", "link", "meta"];

pub(super) const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "address",
];

/// Elements that are never story text: by tag, by being hidden, or by class/id words — unless
/// the element holds paragraphs of story length (a body wrapper with a misleading class).
fn is_skipped(node: ElementRef) -> bool {
    let element = node.value();
    if SKIPPED_TAGS.contains(&element.name()) || element.attr("hidden").is_some() {
        return true;
    }
    let words = element.classes().chain(element.id());
    let parts: Vec<String> = words.flat_map(|w| w.split(['-', '_'])).map(str::to_ascii_lowercase).collect();
    let gated_story = parts.iter().any(|p| STORY_PARTS.contains(&p.as_str()))
        || matches!(element.name(), "p" | "h2" | "h3" | "h4" | "h5" | "h6");
    let furniture_word =
        |p: &String| SKIPPED_CLASS_PARTS.contains(&p.as_str()) && !(gated_story && p == "paywall");
    let furniture = parts.iter().any(furniture_word)
        || element.attr("aria-hidden") == Some("true")
        || is_hidden_by_class(element)
        || is_link_only(node);
    furniture && paragraph_text(&node) < 600
}

/// `class="hidden"` with no responsive variant (`hidden md:block` shows on wide screens).
fn is_hidden_by_class(element: &scraper::node::Element) -> bool {
    element.classes().any(|c| c == "hidden") && !element.classes().any(|c| c.contains(':'))
}

/// A paragraph or list item whose every word is link text: a list of other stories.
fn is_link_only(node: ElementRef) -> bool {
    let is_link = |n: ego_tree::NodeRef<Node>| is_element(n, "a");
    if !matches!(node.value().name(), "p" | "li") {
        return false;
    }
    if node.ancestors().any(is_link) {
        return true;
    }
    let mut texts = node.descendants().filter(|d| d.value().as_text().is_some_and(|t| !t.trim().is_empty()));
    let in_link = |d: ego_tree::NodeRef<Node>| d.ancestors().take_while(|a| a.id() != node.id()).any(is_link);
    texts.next().is_some_and(in_link) && texts.all(in_link)
}

/// The text blocks of an HTML fragment (a JSON export's HTML body).
pub(crate) fn text_lines(fragment: &str) -> Vec<String> {
    let doc = Html::parse_fragment(fragment);
    block_lines(doc.root_element())
}

/// The text of `root` as lines, one per block element, skipping furniture.
pub(super) fn block_lines(root: ElementRef) -> Vec<String> {
    lines_of(root, None)
}

/// Where a stretch of a page's lines starts and ends ([`lines_between`]).
pub(super) struct Span {
    /// An element that starts the stretch; a later one starts it again.
    pub(super) starts: fn(ElementRef) -> bool,
    /// The element before which it ends.
    pub(super) end: NodeId,
}

/// The lines of `root` from the last element that starts `span` before its end element, in
/// document order (none when no such element comes first), at most `max` of them.
pub(super) fn lines_between(root: ElementRef, span: Span, max: usize) -> Vec<String> {
    let mut lines = lines_of(root, Some(span));
    lines.truncate(max);
    lines
}

/// Walks the tree without recursion, so no nesting depth can exhaust the stack; with a `span`,
/// reads from each opening of a start element (anew) up to the opening of the end element.
fn lines_of(root: ElementRef, span: Option<Span>) -> Vec<String> {
    let mut walk = Walk::default();
    let mut reading = span.is_none();
    for edge in root.traverse() {
        if let (Some(span), Edge::Open(node)) = (&span, edge) {
            if node.id() == span.end {
                break;
            }
            if walk.skipping == 0 && ElementRef::wrap(node).is_some_and(span.starts) {
                reading = true;
                walk.restart();
            }
        }
        match edge {
            _ if !reading => {}
            Edge::Open(node) => walk.open(node, root.id()),
            Edge::Close(node) => walk.close(node),
        }
    }
    walk.finish()
}

/// What the walk of [`lines_of`] has read: the finished lines, the line being read, and how
/// deep it is inside a skipped element.
#[derive(Default)]
struct Walk {
    lines: Vec<String>,
    current: String,
    skipping: usize,
}

impl Walk {
    /// Forgets what was read, to read anew from a span's start.
    fn restart(&mut self) {
        self.lines.clear();
        self.current.clear();
    }

    /// An element or a text opening: a skipped element's depth, a block's line break, or text.
    fn open(&mut self, node: ego_tree::NodeRef<Node>, root: NodeId) {
        match node.value() {
            Node::Element(_) if self.skipping > 0 || (node.id() != root && skipped(node)) => {
                self.skipping += 1
            }
            Node::Element(e) if BLOCK_TAGS.contains(&e.name()) => flush(&mut self.current, &mut self.lines),
            Node::Text(t) if self.skipping == 0 => push_text(&mut self.current, &t.text),
            _ => {}
        }
    }

    /// An element closing: out of a skipped element, or a block's line break.
    fn close(&mut self, node: ego_tree::NodeRef<Node>) {
        match node.value() {
            Node::Element(_) if self.skipping > 0 => self.skipping -= 1,
            Node::Element(e) if BLOCK_TAGS.contains(&e.name()) => flush(&mut self.current, &mut self.lines),
            _ => {}
        }
    }

    /// The lines read, the last one finished.
    fn finish(mut self) -> Vec<String> {
        flush(&mut self.current, &mut self.lines);
        self.lines
    }
}

fn skipped(node: ego_tree::NodeRef<Node>) -> bool {
    ElementRef::wrap(node).is_some_and(is_skipped)
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
    let line = crate::rules::lines::trim_line(current);
    if !line.is_empty() {
        lines.push(line.to_string());
    }
    current.clear();
}
