//! Nexis Uni / LexisNexis exports, in their two layouts (as LexisNexisTools documents them):
//!
//! - **classic** (`.txt` and older `.rtf`): each record opens with `N of M DOCUMENTS`, then the
//!   publication, the date (and an edition), a copyright notice, the headline; then fields in
//!   capitals (`BYLINE:`, `SECTION:`, `LENGTH:`, `DATELINE:`), the story, and closing fields
//!   (`LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:`…).
//! - **Nexis Uni** (`.docx`, newer `.rtf`): an optional cover page, then per record the
//!   headline, the publication, the date, a copyright notice, fields (`Section:`, `Length:`,
//!   `Byline:`), `Body`, the story, `Classification` with closing fields, and `End of Document`.

use super::{is_furniture, Record};
use crate::rules::dates;
use regex::Regex;
use std::sync::LazyLock;

static DOCUMENT_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\d+\s+of\s+\d+\s+documents?$").expect("valid document mark"));

static FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Za-z][A-Za-z-]{1,24}):\s*(.*)$").expect("valid field pattern"));

/// Fields printed above the story.
const HEAD_FIELDS: &[&str] =
    &["byline", "section", "length", "dateline", "highlight", "edition", "type", "author"];

/// Fields printed below it: the first ends the story.
const TAIL_FIELDS: &[&str] = &[
    "load-date",
    "language",
    "publication-type",
    "graphic",
    "url",
    "subject",
    "geographic",
    "organization",
    "person",
    "industry",
    "company",
    "ticker",
    "correction-date",
    "correction",
    "document-type",
    "journal-code",
    "notes",
    "distribution",
    "city",
    "state",
    "country",
    "series",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Classic,
    Uni,
}

/// The records of an export's paragraphs, or `None` when they are not a Nexis export.
pub(crate) fn records(paragraphs: &[String]) -> Option<Vec<Record>> {
    let layout = layout(paragraphs)?;
    let chunks = match layout {
        Layout::Classic => classic_chunks(paragraphs),
        Layout::Uni => uni_chunks(paragraphs),
    };
    Some(chunks.into_iter().map(|chunk| record(chunk, layout)).collect())
}

fn layout(paragraphs: &[String]) -> Option<Layout> {
    if paragraphs.iter().take(3).any(|p| DOCUMENT_MARK.is_match(p)) {
        return Some(Layout::Classic);
    }
    let ends = paragraphs.iter().any(|p| is_end(p));
    let fielded =
        paragraphs.iter().any(|p| field(p).is_some_and(|(key, _)| key == "length" || key == "load-date"));
    (ends && fielded).then_some(Layout::Uni)
}

fn is_end(paragraph: &str) -> bool {
    paragraph.eq_ignore_ascii_case("end of document")
}

/// The records after each `N of M DOCUMENTS` mark.
fn classic_chunks(paragraphs: &[String]) -> Vec<&[String]> {
    let marks: Vec<usize> =
        (0..paragraphs.len()).filter(|&i| DOCUMENT_MARK.is_match(&paragraphs[i])).collect();
    let ends = marks.iter().skip(1).copied().chain([paragraphs.len()]);
    marks.iter().zip(ends).map(|(&start, end)| &paragraphs[start + 1..end]).collect()
}

/// The records ended by `End of Document`; what follows the last is no record.
fn uni_chunks(paragraphs: &[String]) -> Vec<&[String]> {
    let mut chunks: Vec<&[String]> = paragraphs.split(|p| is_end(p)).collect();
    chunks.pop();
    chunks
}

/// A known field line: its key, lower-cased, and its value.
fn field(paragraph: &str) -> Option<(String, &str)> {
    let caps = FIELD.captures(paragraph)?;
    let key = caps.get(1)?.as_str().to_ascii_lowercase();
    let known = HEAD_FIELDS.contains(&key.as_str()) || TAIL_FIELDS.contains(&key.as_str());
    known.then(|| (key, caps.get(2).map_or("", |v| v.as_str()).trim()))
}

/// One record: the head before its first field, the fields, the story, the closing fields.
fn record(chunk: &[String], layout: Layout) -> Record {
    let fields: Vec<Option<(String, &str)>> = chunk.iter().map(|p| field(p)).collect();
    let first_field =
        (0..chunk.len()).find(|&i| fields[i].is_some() || chunk[i] == "Body").unwrap_or(chunk.len());
    let mut record = Record::default();
    head(&chunk[..first_field], layout, &mut record);
    let story = story_span(chunk, &fields, first_field, layout);
    record.body = chunk[story.clone()].to_vec();
    let outside = fields.iter().enumerate().skip(first_field).filter(|(i, _)| !story.contains(i));
    for (key, value) in outside.filter_map(|(_, f)| f.as_ref()) {
        take(&mut record, key, value);
    }
    record
}

/// Where the story stands among a record's paragraphs. Nexis Uni prints it between `Body` and
/// `Classification`, the closing fields after that; a classic record starts it at the first
/// paragraph after the fields and ends it at the closing fields.
fn story_span(
    chunk: &[String],
    fields: &[Option<(String, &str)>],
    first_field: usize,
    layout: Layout,
) -> std::ops::Range<usize> {
    let after = |from: usize, found: &dyn Fn(usize) -> bool| (from..chunk.len()).find(|&i| found(i));
    match layout {
        Layout::Uni => {
            let Some(start) = after(first_field, &|i| chunk[i] == "Body").map(|b| b + 1) else { return 0..0 };
            start..after(start, &|i| chunk[i] == "Classification").unwrap_or(chunk.len())
        }
        Layout::Classic => {
            let end = closing_fields(chunk, fields);
            let start = after(first_field, &|i| fields[i].is_none()).unwrap_or(end).min(end);
            start..end
        }
    }
}

/// Where a classic record's closing fields start: the first closing field from which only
/// fields and furniture follow, so a story's own `Notes:` or `Type:` line stays in the story.
fn closing_fields(chunk: &[String], fields: &[Option<(String, &str)>]) -> usize {
    let trailing = |i: &usize| fields[*i].is_some() || is_furniture(&chunk[*i]);
    let start = (0..chunk.len()).rev().take_while(trailing).last().unwrap_or(chunk.len());
    let closing = |i: &usize| fields[*i].as_ref().is_some_and(|(key, _)| TAIL_FIELDS.contains(&key.as_str()));
    (start..chunk.len()).find(closing).unwrap_or(chunk.len())
}

/// Keeps a field the record states.
fn take(record: &mut Record, key: &str, value: &str) {
    let value = (!value.is_empty()).then(|| value.to_string());
    match key {
        "byline" | "author" => record.byline = value,
        "section" => record.section = value,
        "dateline" => record.dateline = value,
        "language" => record.language = value,
        "length" => record.words = value,
        "url" => record.url = value,
        _ => {}
    }
}

/// The headline, publication and date printed before the first field. Classic records print the
/// publication first, then the date, and the headline last; Nexis Uni prints the headline and
/// the publication just above the date, which is the head's last (a cover page above the first
/// record prints the date of the download).
fn head(head: &[String], layout: Layout, record: &mut Record) {
    let lines: Vec<&String> = head.iter().filter(|p| !is_furniture(p)).collect();
    let line = |i: Option<usize>| i.and_then(|i| lines.get(i)).map(|l| l.to_string());
    match layout {
        Layout::Classic => {
            let at = lines.iter().position(|p| dates::is_dateish(p));
            record.date = line(at);
            record.publication = line(at.map_or(Some(0), |at| at.checked_sub(1)));
            let after = at.map_or(1, |at| at + 1);
            record.title = lines.get(after..).and_then(|rest| rest.last()).map(|t| t.to_string());
        }
        Layout::Uni => {
            let at = lines.iter().rposition(|p| dates::is_dateish(p));
            record.date = line(at);
            let end = at.unwrap_or(lines.len());
            record.publication = line(end.checked_sub(1)).filter(|_| end >= 2);
            record.title = line(end.checked_sub(if end >= 2 { 2 } else { 1 }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::paragraphs;
    use super::*;

    const CLASSIC: &str = "                              1 of 2 DOCUMENTS


                            The Harbour Gazette

                          March 4, 2026 Wednesday
                               Final Edition

Copyright 2026 Harbour Media Ltd.
                            All Rights Reserved

Ferry fares cut for the winter months

BYLINE: By MARTA OKONJO

SECTION: NATIONAL NEWS; Pg. 4

LENGTH: 38 words

DATELINE: PORT ELLEN

The island ferry company cut its fares by a tenth on Tuesday, the board said.

NOTES: a note the story prints is story, for more story follows it.

Passengers welcomed the change.

LOAD-DATE: March 5, 2026

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

                              2 of 2 DOCUMENTS

                        Agence France Presse -- English

                           March 6, 2026 Friday

Harbour strike ends

LENGTH: 20 words

The dock workers returned on Friday after a week.

LANGUAGE: ENGLISH
";

    #[test]
    fn a_classic_export_is_read_record_by_record() {
        let records = records(&paragraphs(CLASSIC)).expect("a Nexis export");
        assert_eq!(records.len(), 2);
        let first = &records[0];
        assert_eq!(first.title.as_deref(), Some("Ferry fares cut for the winter months"));
        assert_eq!(first.publication.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(first.date.as_deref(), Some("March 4, 2026 Wednesday"));
        assert_eq!(first.byline.as_deref(), Some("By MARTA OKONJO"));
        assert_eq!(first.section.as_deref(), Some("NATIONAL NEWS; Pg. 4"));
        assert_eq!(first.dateline.as_deref(), Some("PORT ELLEN"));
        assert_eq!(first.language.as_deref(), Some("ENGLISH"));
        assert_eq!(first.words.as_deref(), Some("38 words"));
        assert_eq!(
            first.body,
            [
                "The island ferry company cut its fares by a tenth on Tuesday, the board said.",
                "NOTES: a note the story prints is story, for more story follows it.",
                "Passengers welcomed the change."
            ]
        );
        assert_eq!(records[1].title.as_deref(), Some("Harbour strike ends"));
        assert_eq!(records[1].body, ["The dock workers returned on Friday after a week."]);
    }

    const UNI: &[&str] = &[
        "User Name: Researcher",
        "Documents (2)",
        "1. Ferry fares cut",
        "Client/Matter: -None-",
        "Ferry fares cut",
        "The Harbour Gazette",
        "March 4, 2026 Wednesday",
        "Copyright 2026 Harbour Media Ltd. All Rights Reserved",
        "Section: NEWS; Pg. 4",
        "Length: 38 words",
        "Byline: Marta Okonjo",
        "Body",
        "The island ferry company cut its fares by a tenth on Tuesday.",
        "Subject: not a field inside the story, for it comes before Classification.",
        "Classification",
        "Language: ENGLISH",
        "Load-Date: March 5, 2026",
        "End of Document",
        "Harbour strike ends",
        "Valley Courier",
        "March 6, 2026",
        "Body",
        "The dock workers returned on Friday.",
        "End of Document",
    ];

    #[test]
    fn a_nexis_uni_export_skips_its_cover_and_keeps_the_story_up_to_classification() {
        let paragraphs: Vec<String> = UNI.iter().map(|s| s.to_string()).collect();
        let records = records(&paragraphs).expect("a Nexis Uni export");
        assert_eq!(records.len(), 2);
        let first = &records[0];
        assert_eq!(first.title.as_deref(), Some("Ferry fares cut"));
        assert_eq!(first.publication.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(first.byline.as_deref(), Some("Marta Okonjo"));
        assert_eq!(first.language.as_deref(), Some("ENGLISH"));
        assert_eq!(first.body.len(), 2, "{:?}", first.body);
        assert_eq!(records[1].publication.as_deref(), Some("Valley Courier"));
        assert_eq!(records[1].body, ["The dock workers returned on Friday."]);
    }

    #[test]
    fn other_text_is_no_export() {
        let story: Vec<String> = ["A headline", "LONDON (Reuters) - A story.", "Length: of the queue"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(records(&story).is_none());
    }
}
