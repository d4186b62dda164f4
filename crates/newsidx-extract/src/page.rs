//! The common form every format reader hands to the rules: the page's text as lines, and the
//! fields its structure states outright (front matter, JSON keys, HTML metadata).

use crate::article::Article;
use chrono::NaiveDate;

/// A page ready for the extraction rules.
#[derive(Debug, Clone, Default)]
pub(crate) struct Page {
    /// Text lines, one per block (paragraph, heading, list item).
    pub(crate) lines: Vec<String>,
    /// Whether the lines are a whole page (furniture, headline, byline…) or the story alone.
    pub(crate) shape: Shape,
    /// Fields the format states; they win over what the text rules infer.
    pub(crate) meta: Meta,
    /// Every line of a marked-up page when `lines` hold only the container its structure
    /// pointed to: read as a page saved as text when that container gives next to no story.
    pub(crate) whole: Vec<String>,
    /// Every line of a marked-up page whose markup states no date: when neither that nor the
    /// container's lines give one, the text rules date the page on these, as on the same page
    /// saved as text (a date line beside the share buttons, or by a headline the container leaves
    /// out).
    pub(crate) undated: Vec<String>,
}

/// What the lines of a [`Page`] hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A whole page saved as text: the story is found among furniture, by prose alone.
    #[default]
    Page,
    /// The story's container in a marked-up page: found among furniture, but its subheadings
    /// and list items count as story.
    Markup,
    /// The story's text alone (a JSON `body`, a Markdown document): it starts at the first line.
    Body,
    /// The story as a research database delimits it: every line is story, and only a dateline
    /// opening its first line is read off it.
    Record,
}

/// Fields stated by the page's structure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Meta {
    pub(crate) title: Option<String>,
    pub(crate) authors: Vec<String>,
    /// People the page links to as authors by its headline (`/author/ann-lee/`): they fill the
    /// authors only when neither the stated fields nor the text rules name any.
    pub(crate) linked_authors: Vec<String>,
    /// The byline and date the text rules read in the headline's zone when the story's container
    /// starts below it (the headline, byline and date line set apart from the story): they win
    /// over what the rules find in the container, stated fields over them.
    pub(crate) zone: Option<ZoneFields>,
    pub(crate) date: Option<NaiveDate>,
    pub(crate) location: Option<String>,
    pub(crate) source: Option<String>,
    /// The publication, when it is not a wire ([`Article::outlet`]).
    pub(crate) outlet: Option<String>,
    /// The length in words the format states ([`Article::word_count`]).
    pub(crate) word_count: Option<u32>,
    /// The language the format states (ISO 639-1 where it has one): it wins over detection.
    pub(crate) language: Option<String>,
    pub(crate) section: Option<String>,
    /// The story's full text as the page's structured data states it (JSON-LD `articleBody`),
    /// paragraphs separated by blank lines.
    pub(crate) body: Option<String>,
    /// The page's own address ([`crate::address::absolute`]).
    pub(crate) url: Option<String>,
    /// Who sent it (a newsletter's `From`): the source when the text credits no agency and
    /// names no author.
    pub(crate) sender: Option<String>,
}

/// What the text rules read in a marked-up page's headline zone ([`Meta::zone`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ZoneFields {
    pub(crate) authors: Vec<String>,
    pub(crate) date: Option<NaiveDate>,
}

/// How many times longer (in words) a stated body must be than the story read from the text to
/// replace it: a teaser above a paywall, or a story the site renders by script, leaves a body
/// much shorter than the one stated; a stated summary or a truncated copy never wins.
const STATED_BODY_GAIN: f64 = 1.3;

impl Meta {
    /// Lays the stated fields over those the text rules found. Title, authors, date, section,
    /// outlet and address stated by the format win (authors only linked fill a gap); the
    /// dateline's place and agency read from the text win over stated ones, which only fill a
    /// gap (a mail's sender too, when no author is named); a stated body wins only when it is
    /// markedly longer.
    pub(crate) fn apply(&self, article: &mut Article) {
        let stated = |stated: &Option<String>, found: &mut Option<String>| {
            if stated.is_some() {
                found.clone_from(stated);
            }
        };
        let gap_filled = |stated: &Option<String>, found: &mut Option<String>| {
            if found.is_none() {
                found.clone_from(stated);
            }
        };
        stated(&self.title, &mut article.title);
        stated(&self.section, &mut article.section);
        stated(&self.outlet, &mut article.outlet);
        stated(&self.url, &mut article.url);
        article.word_count = self.word_count.or(article.word_count);
        let zone = self.zone.as_ref();
        article.date = self.date.or(zone.and_then(|z| z.date)).or(article.date);
        if let Some(zone) = zone.filter(|z| !z.authors.is_empty()) {
            article.authors.clone_from(&zone.authors);
        }
        self.apply_authors(article);
        gap_filled(&self.location, &mut article.location);
        gap_filled(&self.source, &mut article.source);
        if article.authors.is_empty() {
            gap_filled(&self.sender, &mut article.source);
        }
        let words = |text: &str| text.split_whitespace().count() as f64;
        if let Some(body) = self.body.as_ref().filter(|b| words(b) >= words(&article.body) * STATED_BODY_GAIN)
        {
            article.body.clone_from(body);
        }
    }

    /// The stated authors win; authors only linked (a link to an author page) fill a gap.
    fn apply_authors(&self, article: &mut Article) {
        if !self.authors.is_empty() {
            article.authors.clone_from(&self.authors);
        }
        if article.authors.is_empty() {
            article.authors.clone_from(&self.linked_authors);
        }
    }
}
