//! Exports of the research databases universities license: Nexis Uni / LexisNexis (`nexis`)
//! and Factiva (`factiva`). Both print many articles to a file, each with the database's own
//! fields around its text; whatever the file's format (plain text, RTF, DOCX, HTML), its text is
//! read into paragraphs first and the layout is found by content, so a `.txt` that opens with
//! `1 of 42 DOCUMENTS` is read as an export whatever it is named.
//!
//! A layout's reader cuts the paragraphs into [`Record`]s; each record becomes a page whose
//! fields the database states outright, and whose lines are the story alone, with the
//! database's furniture (copyright lines, indexing terms, load dates) left out.

pub(crate) mod factiva;
pub(crate) mod nexis;

use super::fields;
use crate::page::{Meta, Page, Shape};
use crate::rules::{dateline, head_lines, language, lines};
use memchr::memmem::Finder;
use regex::Regex;
use std::sync::LazyLock;

/// One article of an export, its fields as the database prints them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) title: Option<String>,
    /// The publication (`The Harbour Gazette`, `Agence France Presse -- English`).
    pub(crate) publication: Option<String>,
    /// The date line as printed.
    pub(crate) date: Option<String>,
    pub(crate) byline: Option<String>,
    pub(crate) section: Option<String>,
    pub(crate) dateline: Option<String>,
    pub(crate) language: Option<String>,
    /// The stated length (`512 words`).
    pub(crate) words: Option<String>,
    /// A credit naming where the story came from (Factiva's `CR`).
    pub(crate) credit: Option<String>,
    pub(crate) url: Option<String>,
    /// The story's paragraphs.
    pub(crate) body: Vec<String>,
}

/// The pages of a text's paragraphs when they are an export of a known layout, each with its
/// path (`FILE#N`, from 1); a record that cannot be read is an `Err` naming it.
pub(crate) fn pages(name: &str, paragraphs: &[String]) -> Option<Vec<(String, Result<Page, String>)>> {
    let records = nexis::records(paragraphs).or_else(|| factiva::records(paragraphs))?;
    Some(numbered(name, records))
}

/// A cheap look for the marks of an export (a record mark near the start, an end-of-record
/// line, a headline code on a line of its own), so a page saved as text is cut into
/// paragraphs only once. The marks are searched for in the text's bytes with searchers built
/// once: every page saved as text is asked.
pub(crate) fn might_be_export(text: &str) -> bool {
    let start = text.char_indices().nth(RECORD_MARK_REACH).map_or(text.len(), |(at, _)| at);
    let bytes = text.as_bytes();
    let on_own_line = |at: usize| matches!(bytes.get(at + 3), Some(b'\n' | b'\r' | b'\t'));
    let headline_code = text.starts_with("HD") || HEADLINE_CODE.find_iter(bytes).any(on_own_line);
    let counted = DOCUMENTS.find(text[..start].to_ascii_lowercase().as_bytes()).is_some();
    counted || END_OF_DOCUMENT.find(bytes).is_some() || headline_code
}

/// Characters from a text's start within which an export counts its records (`5 documents`).
const RECORD_MARK_REACH: usize = 400;

static DOCUMENTS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" documents"));
static END_OF_DOCUMENT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("End of Document"));
static HEADLINE_CODE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\nHD"));

/// Numbers records as the file holds them, and turns each into its page.
pub(crate) fn numbered(name: &str, records: Vec<Record>) -> Vec<(String, Result<Page, String>)> {
    let page = |(i, record): (usize, Record)| {
        let page = record.page().map_err(|why| format!("record {}: {why}", i + 1));
        (format!("{name}#{}", i + 1), page)
    };
    records.into_iter().enumerate().map(page).collect()
}

impl Record {
    /// The record's page; `Err` when it holds neither a headline nor any text.
    pub(crate) fn page(&self) -> Result<Page, String> {
        let lines: Vec<String> = self.body.iter().filter(|p| !is_furniture(p)).cloned().collect();
        if self.title.is_none() && lines.is_empty() {
            return Err("no headline and no text found".into());
        }
        Ok(Page { lines, shape: Shape::Record, meta: self.meta(), ..Page::default() })
    }

    fn meta(&self) -> Meta {
        let (authors, byline_wire) = self.byline.as_deref().map(fields::authors_in).unwrap_or_default();
        let wire = self.publication.as_deref().and_then(wire_of);
        let credited = self.credit.as_deref().and_then(wire_of);
        Meta {
            title: self.title.clone(),
            authors,
            date: self.date.as_deref().and_then(fields::date_in),
            location: self.dateline.as_deref().map(fields::place),
            source: wire.clone().or(credited).or(byline_wire),
            outlet: self.publication.clone().filter(|_| wire.is_none()),
            language: self.language.as_deref().and_then(language::code_of_stated),
            word_count: self.words.as_deref().and_then(fields::word_count),
            section: self.section.as_deref().and_then(section),
            url: self.url.as_deref().and_then(|u| crate::address::absolute(u, None)),
            ..Meta::default()
        }
    }
}

/// The wire agency a publication's name is, if it is one: databases name wires with a suffix
/// (`Agence France Presse -- English`, `Associated Press Newswires`).
fn wire_of(publication: &str) -> Option<String> {
    let name = publication.split(" -- ").next().unwrap_or(publication).trim();
    let bare = [" Newswires", " Newswire", " News", " International", " Online"]
        .iter()
        .fold(name, |name, suffix| name.strip_suffix(suffix).unwrap_or(name));
    dateline::agency_name(name).or_else(|| dateline::agency_name(bare))
}

/// The section of a section field: its first part (`Business; Pg. 4` → `Business`), in
/// natural case (`NATIONAL NEWS` → `National News`).
fn section(printed: &str) -> Option<String> {
    let first = printed.split([';', '|']).next()?.trim().trim_end_matches(['.', ',']);
    (!first.is_empty()).then(|| head_lines::natural_label(first))
}

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((copyright|\(c\)|©)\s*(\(c\)\s*)?\d{4}\b.{0,160}|all rights reserved\.?|classification|end of document)$")
        .expect("valid furniture pattern")
});

/// A line the database prints around every story: a copyright notice, `All Rights Reserved`.
pub(crate) fn is_furniture(line: &str) -> bool {
    FURNITURE.is_match(line.trim())
}

/// The paragraphs of a text: blocks between blank lines, a block's lines joined where they wrap
/// a paragraph (all but its last line long) and kept apart where they are a column of short
/// lines (a record's fields, one to a line).
pub(crate) fn paragraphs(text: &str) -> Vec<String> {
    lines::blocks(text, |rows| rows.iter().all(|r| r.chars().count() >= 50))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn record() -> Record {
        Record {
            title: Some("Ferry fares cut for winter".into()),
            publication: Some("The Harbour Gazette".into()),
            date: Some("March 4, 2026 Wednesday".into()),
            byline: Some("By MARTA OKONJO and Lev Aranda".into()),
            section: Some("NATIONAL NEWS; Pg. 4".into()),
            dateline: Some("PORT ELLEN".into()),
            language: Some("ENGLISH".into()),
            words: Some("1,061 words".into()),
            body: vec![
                "The island ferry company cut its fares on Tuesday.".into(),
                "Copyright 2026 Harbour Media Ltd.".into(),
            ],
            ..Record::default()
        }
    }

    #[test]
    fn a_record_states_every_field_and_its_body_drops_the_furniture() {
        let page = record().page().expect("a page");
        let m = &page.meta;
        assert_eq!(m.title.as_deref(), Some("Ferry fares cut for winter"));
        assert_eq!(m.authors, ["Marta Okonjo", "Lev Aranda"]);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 3, 4));
        assert_eq!(m.section.as_deref(), Some("National News"));
        assert_eq!(m.location.as_deref(), Some("PORT ELLEN"));
        assert_eq!((m.outlet.as_deref(), m.source.as_deref()), (Some("The Harbour Gazette"), None));
        assert_eq!(m.language.as_deref(), Some("en"));
        assert_eq!(m.word_count, Some(1061));
        assert_eq!(page.lines, ["The island ferry company cut its fares on Tuesday."]);
        assert_eq!(page.shape, Shape::Record);
    }

    #[test]
    fn every_line_of_a_records_story_is_kept_and_only_its_opening_dateline_read() {
        let brief = Record {
            title: Some("Harbour Holdings 4th Qtr Net".into()),
            body: vec![
                "OSLO, March 4 (Reuters) - Shr one crown vs 73 ore".into(),
                "Net 12.6 mln vs 15.8 mln".into(),
                "Nine mths".into(),
                "Shr 3.07 crowns vs 3.08 crowns".into(),
                "BERGEN (AP) - a later line that only looks like a dateline, and then the wire's sign-off. REUTER"
                    .into(),
            ],
            ..Record::default()
        };
        let article = crate::rules::from_page("export.txt#1", &brief.page().expect("a page"));
        assert_eq!((article.location.as_deref(), article.source.as_deref()), (Some("OSLO"), Some("Reuters")));
        assert_eq!(
            article.body,
            "Shr one crown vs 73 ore\n\nNet 12.6 mln vs 15.8 mln\n\nNine mths\n\nShr 3.07 crowns vs 3.08 crowns\n\n\
             BERGEN (AP) - a later line that only looks like a dateline, and then the wire's sign-off."
        );
    }

    #[test]
    fn a_wire_publication_is_the_source_not_the_outlet() {
        let wire = Record { publication: Some("Agence France Presse -- English".into()), ..record() };
        let m = wire.page().expect("a page").meta;
        assert_eq!((m.outlet, m.source.as_deref()), (None, Some("AFP")));
    }

    #[test]
    fn a_record_with_no_headline_and_no_text_is_refused() {
        let empty = Record { body: vec!["All Rights Reserved".into()], ..Record::default() };
        assert_eq!(empty.page().map(|_| ()), Err("no headline and no text found".to_string()));
    }

    #[test]
    fn paragraphs_join_wrapped_lines_and_keep_columns_of_fields_apart() {
        let text = "Length: 42 words\nByline: Ana Ruiz\n\nThe first paragraph of a story runs on past the margin and\nwraps here.\n\nSecond.";
        assert_eq!(
            paragraphs(text),
            [
                "Length: 42 words",
                "Byline: Ana Ruiz",
                "The first paragraph of a story runs on past the margin and wraps here.",
                "Second."
            ]
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Paragraphs an export is made of, and some it is not, in any order.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("1 of 3 DOCUMENTS".to_string()),
            Just("End of Document".to_string()),
            Just("Body".to_string()),
            Just("Classification".to_string()),
            Just("March 4, 2026 Wednesday".to_string()),
            Just("HD".to_string()),
            Just("AN".to_string()),
            Just("LP\tThe story opens here.".to_string()),
            "(BYLINE|LENGTH|Load-Date|Language|Section|NOTES): [A-Za-z0-9 ,;]{0,20}",
            "\\PC{0,60}",
        ]
    }

    proptest! {
        #[test]
        fn any_shuffle_of_export_paragraphs_is_read_without_panic(paragraphs in prop::collection::vec(piece(), 0..40)) {
            if let Some(pages) = pages("x.txt", &paragraphs) {
                for (i, (path, page)) in pages.iter().enumerate() {
                    prop_assert_eq!(path, &format!("x.txt#{}", i + 1));
                    if let Ok(page) = page {
                        let article = crate::rules::from_page(path, page);
                        prop_assert!(article.title.is_some() || !article.body.is_empty() || !page.lines.is_empty());
                    }
                }
            }
        }
    }
}
