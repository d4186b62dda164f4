//! The wire agency a placed page credits: in its dateline, its byline, a sign-off after the story
//! or the story's closing credit. Imports the anchors and the byline, dateline and agency rules.

use super::anchors::Anchors;
use super::credits::is_credit;
use super::{agency, byline, dateline, vocab};

/// The wire agency: from the dateline, the byline (one `By` line; of a byline set over the lines
/// under the headline, only an agency alone, `Agence France-Presse`: `Ann Lee, Associated Press`
/// there is as often a photo's credit), a sign-off after the story, or, on the
/// story's last line or the one after it, the agency in brackets closing it or a short line
/// crediting it (the story is read without a last paragraph that does not end in a sentence's
/// mark).
pub(super) fn source(
    anchors: &Anchors,
    byline: Option<&byline::Byline>,
    (story, trailer): (&[String], &[String]),
) -> Option<String> {
    let signed_off = || trailer.iter().filter(|l| is_signoff(l)).find_map(|l| dateline::agency_in(l));
    let closing = |p: &String| closing_agency(p).or_else(|| credited_source(p));
    anchors
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| anchors.byline.as_ref().and_then(|(_, b)| b.agency.clone()))
        .or_else(|| byline.filter(|b| b.authors.is_empty()).and_then(|b| b.agency.clone()))
        .or_else(signed_off)
        .or_else(|| story.last().into_iter().chain(trailer.first()).find_map(closing))
}

/// The agency a short line credits as the story's source: alone (`ANP`, `[Reuters]`), or after a
/// label of [`vocab::SOURCE_LABELS`] (`With AFP`, `Quelle: dpa`).
fn credited_source(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches('.');
    let line = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')).unwrap_or(line);
    if line.len() > CREDITED_SOURCE_BYTES {
        return None;
    }
    let lower = line.to_lowercase();
    let label = vocab::every(vocab::SOURCE_LABELS).filter(|l| lower.starts_with(*l)).map(str::len).max();
    let named = line.get(label.unwrap_or(0)..)?.trim();
    agency::spelled_agency(named)
}

/// Longest line read as a source credit (`This article was provided by Agence France-Presse`), in
/// bytes.
const CREDITED_SOURCE_BYTES: usize = 64;

/// The agency a paragraph's last sentence is credited to in brackets (`… on Friday. (dpa)`).
fn closing_agency(paragraph: &str) -> Option<String> {
    let (before, credit) = paragraph.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    let after_sentence = before.trim_end().ends_with(['.', '!', '?', '"', '”', '»']);
    after_sentence.then(|| dateline::agency_name(credit.trim())).flatten()
}

/// A line after the story that may credit its agency: a credit line (which takes in `(AFP)`), a
/// dash or a copyright line.
fn is_signoff(line: &str) -> bool {
    is_credit(line) || line.starts_with(['—', '–', '-']) || line.to_lowercase().contains("copyright")
}
