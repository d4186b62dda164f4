//! Factiva exports ("Full Article/Report plus Indexing"), as RTF or HTML. Every field stands
//! under a two- to three-letter code: `HD` headline, `BY` byline, `CR` credit, `WC` word count,
//! `PD` date, `SN` source name, `SE` section, `LA` language, `CY` copyright, `LP` lead
//! paragraphs, `TD` the rest of the text, `CO`/`IN`/`NS`/`RE` indexing, `AN` the accession
//! number that closes the record. In RTF and text the code is a paragraph of its own (or opens
//! one, before a tab), its value the paragraphs that follow; in HTML it is the first cell of a
//! table row, its value the second.

use super::Record;
use crate::readers::html::selector;
use crate::rules::lines::squash;
use memchr::memmem::Finder;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

/// Every code a Factiva record prints.
const CODES: &[&str] = &[
    "SE", "HD", "CLM", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL", "LA", "CY", "LP", "TD",
    "CT", "RF", "ART", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN",
];

/// Fields as (code, paragraphs), in the order printed.
type Fields = Vec<(&'static str, Vec<String>)>;

/// The records of an export's paragraphs, or `None` when they are not a Factiva export.
pub(crate) fn records(paragraphs: &[String]) -> Option<Vec<Record>> {
    let mut fields: Fields = Vec::new();
    for paragraph in paragraphs {
        match code_opening(paragraph) {
            Some((code, rest)) => fields.push((code, rest.into_iter().collect())),
            None => {
                if let Some((_, value)) = fields.last_mut() {
                    value.push(paragraph.clone());
                }
            }
        }
    }
    from_fields(fields)
}

/// The code a paragraph is, or opens before a tab, with the rest of the paragraph.
fn code_opening(paragraph: &str) -> Option<(&'static str, Option<String>)> {
    let (head, rest) = match paragraph.split_once('\t') {
        Some((head, rest)) => (head.trim(), Some(rest.trim().to_string()).filter(|r| !r.is_empty())),
        None => (paragraph.trim(), None),
    };
    CODES.iter().find(|c| **c == head).map(|c| (*c, rest))
}

/// The records of an HTML export, or `None` when the page is not one (a page with no cell
/// holding the headline code is not parsed at all).
pub(crate) fn html_records(html: &str) -> Option<Vec<Record>> {
    if !holds_headline_cell(html) {
        return None;
    }
    let doc = Html::parse_document(html);
    let mut fields: Fields = Vec::new();
    for row in doc.select(&selector("tr")) {
        let mut cells = row.children().filter_map(ElementRef::wrap).filter(|c| c.value().name() == "td");
        let (Some(label), Some(value)) = (cells.next(), cells.next()) else { continue };
        let label: String = label.text().collect::<String>().replace('\u{a0}', " ");
        if let Some(code) = CODES.iter().find(|c| **c == label.trim()) {
            fields.push((code, cell_paragraphs(value)));
        }
    }
    from_fields(fields)
}

/// Whether a cell of the page holds the headline code alone (`>HD<`, `>HD&nbsp;`), searched for
/// in its bytes with a searcher built once: every HTML page read is asked, and the standard
/// library's search of a whole page took 1% of the instructions of reading a folder of them.
fn holds_headline_cell(html: &str) -> bool {
    let bytes = html.as_bytes();
    let closed = |at: usize| bytes[at + 3..].starts_with(b"<") || bytes[at + 3..].starts_with(b"&nbsp;");
    HEADLINE_CODE.find_iter(bytes).any(closed)
}

static HEADLINE_CODE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(">HD"));

/// A cell's paragraphs: its `<p>` elements, or its whole text.
fn cell_paragraphs(cell: ElementRef) -> Vec<String> {
    let text = |e: ElementRef| squash(&e.text().collect::<String>());
    let paragraphs: Vec<String> = cell.select(&selector("p")).map(text).filter(|p| !p.is_empty()).collect();
    if paragraphs.is_empty() {
        return Some(text(cell)).filter(|t| !t.is_empty()).into_iter().collect();
    }
    paragraphs
}

/// Records from the fields in order: a record starts at a headline and ends at its accession
/// number. Fewer than three kinds of code is no export (one `HD` paragraph is a word).
fn from_fields(fields: Fields) -> Option<Vec<Record>> {
    let kinds: std::collections::HashSet<&str> = fields.iter().map(|(code, _)| *code).collect();
    if !kinds.contains("HD") || kinds.len() < 3 {
        return None;
    }
    let mut records = Vec::new();
    let mut current: Option<Record> = None;
    for (code, value) in fields {
        let starts = code == "HD" && current.as_ref().is_none_or(|r| r.title.is_some());
        if starts {
            records.extend(current.take());
        }
        let record = current.get_or_insert_with(Record::default);
        take(record, code, value);
        if code == "AN" {
            records.extend(current.take());
        }
    }
    records.extend(current);
    Some(records)
}

fn take(record: &mut Record, code: &str, value: Vec<String>) {
    let joined = Some(value.join(" ")).filter(|v| !v.trim().is_empty());
    match code {
        "HD" => record.title = joined,
        "BY" => record.byline = joined,
        "CR" => record.credit = joined,
        "PD" => record.date = joined,
        "SN" => record.publication = joined,
        "SE" => record.section = joined,
        "LA" => record.language = joined,
        "WC" => record.words = joined,
        "LP" | "TD" => record.body.extend(value),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
    }

    const CODED: &str = "HD\nFerry fares cut for winter\nBY\nBy Marta Okonjo\nWC\n38 words\nPD\n4 March 2026\n\
SN\nThe Harbour Gazette\nSC\nHRBGZ\nSE\nNational\nLA\nEnglish\nCY\nCopyright 2026 Harbour Media Ltd.\n\
LP\nThe island ferry company cut its fares by a tenth on Tuesday.\nTD\nPassengers welcomed the change.\n\
Fares rise again in spring.\nNS\ngtrans : Transport\nAN\nDocument HRBGZ00020260304e2340000b\n\
HD\tHarbour strike ends\nSN\tReuters News\nPD\t6 March 2026\nLP\tThe dock workers returned on Friday.\nAN\tDocument LBA0000020260306e2360000c\n";

    #[test]
    fn coded_paragraphs_are_read_record_by_record() {
        let records = records(&lines(CODED)).expect("a Factiva export");
        assert_eq!(records.len(), 2);
        let first = &records[0];
        assert_eq!(first.title.as_deref(), Some("Ferry fares cut for winter"));
        assert_eq!(first.byline.as_deref(), Some("By Marta Okonjo"));
        assert_eq!(first.date.as_deref(), Some("4 March 2026"));
        assert_eq!(first.publication.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(first.section.as_deref(), Some("National"));
        assert_eq!(first.language.as_deref(), Some("English"));
        assert_eq!(first.words.as_deref(), Some("38 words"));
        assert_eq!(
            first.body,
            [
                "The island ferry company cut its fares by a tenth on Tuesday.",
                "Passengers welcomed the change.",
                "Fares rise again in spring."
            ]
        );
        assert_eq!(records[1].title.as_deref(), Some("Harbour strike ends"));
        assert_eq!(records[1].publication.as_deref(), Some("Reuters News"));
        assert_eq!(records[1].body, ["The dock workers returned on Friday."]);
    }

    #[test]
    fn an_html_export_is_read_from_its_table_rows() {
        let html = "<html><body><div class=\"article\"><table>\
<tr><td><b>HD</b>&nbsp;</td><td>Ferry fares cut</td></tr>\
<tr><td><b>PD</b>&nbsp;</td><td>4 March 2026</td></tr>\
<tr><td><b>SN</b>&nbsp;</td><td>The Harbour Gazette</td></tr>\
<tr><td><b>LP</b>&nbsp;</td><td><p class=\"articleParagraph\">The ferry company cut its fares.</p></td></tr>\
<tr><td><b>TD</b>&nbsp;</td><td><p>Passengers  welcomed it.</p><p>More follows.</p></td></tr>\
</table></div></body></html>";
        let records = html_records(html).expect("a Factiva export");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].title.as_deref(), Some("Ferry fares cut"));
        assert_eq!(
            records[0].body,
            ["The ferry company cut its fares.", "Passengers welcomed it.", "More follows."]
        );
    }

    #[test]
    fn a_story_with_a_code_word_is_no_export() {
        assert!(records(&lines("HD\nA story about high definition.\nMore text.")).is_none());
        assert!(html_records("<p>A page</p>").is_none());
    }
}
