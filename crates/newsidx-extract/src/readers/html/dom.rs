//! The few ways the HTML readers ask the parsed tree: selectors (written once, as statics, with
//! [`selectors!`](crate::selectors)), an element's name, its text spaced apart, its paragraphs'
//! text, its `<body>`. A leaf: every other file of the reader imports it, it imports none of them.

use crate::rules::lines::squash;
use scraper::{ElementRef, Html, Selector};

/// A CSS selector the reader's own code writes (a bad one is a bug, caught by any test).
pub(crate) fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|_| panic!("valid selector {css}"))
}

#[macro_export]
#[doc(hidden)]
macro_rules! selectors {
    ($($vis:vis $name:ident = $css:expr;)*) => {
        $($vis static $name: std::sync::LazyLock<scraper::Selector> =
            std::sync::LazyLock::new(|| $crate::readers::html::dom::selector($css));)*
    };
}

crate::selectors! {
    pub(super) PARAGRAPH = "p";
    pub(super) BODY = "body";
}

/// The page's `<body>`, else its root (a fragment without one).
pub(crate) fn body(doc: &Html) -> ElementRef<'_> {
    doc.select(&BODY).next().unwrap_or_else(|| doc.root_element())
}

/// The text of the `<p>`s under an element, in bytes.
pub(crate) fn paragraph_text(element: &ElementRef) -> usize {
    element.select(&PARAGRAPH).map(|p| text_len(&p)).sum()
}

/// An element's text, its pieces trimmed, in bytes.
pub(crate) fn text_len(element: &ElementRef) -> usize {
    element.text().map(|t| t.trim().len()).sum()
}

/// True when a node of the tree is an element of that name (`"a"`, `"blockquote"`).
pub(crate) fn is_element(node: ego_tree::NodeRef<scraper::Node>, name: &str) -> bool {
    node.value().as_element().is_some_and(|e| e.name() == name)
}

/// An element's text with its pieces spaced apart and squashed (`<a>Ann</a><span>Lee</span>` →
/// `Ann Lee`).
pub(crate) fn spaced_text(element: &ElementRef) -> String {
    squash(&element.text().collect::<Vec<_>>().join(" "))
}
