//! The printer for people: a numbered list of hits, the facts a reader scans for on one line,
//! and the snippet with matches in bold yellow on a terminal (plain when piped, so a file gets
//! clean text).

use super::PageInfo;
use crate::search::Hit;
use newsidx_extract::article::Article;
use std::io::{self, Write};

const BOLD: &str = "\x1b[1m";
const MATCH: &str = "\x1b[1;33m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

pub fn write_results<W: Write>(
    out: &mut W,
    page: PageInfo,
    hits: &mut dyn Iterator<Item = io::Result<Hit>>,
    color: bool,
) -> io::Result<()> {
    let mut shown = 0;
    for hit in hits {
        write_hit(out, &hit?, color)?;
        shown += 1;
    }
    let (first, query) = (page.offset + 1, page.query);
    match (shown, page.total) {
        (0, 0) => writeln!(out, "no hits for {query:?}"),
        (0, total) => writeln!(out, "no hits past {} ({total} in total for {query:?})", page.offset),
        (_, total) => writeln!(
            out,
            "hits {first}–{} of {total} for {query:?}{}",
            page.offset + shown,
            with_copies(page)
        ),
    }
}

/// `(12 with copies)` when some hits stand for copies of their story, else nothing.
fn with_copies(page: PageInfo) -> String {
    if page.total_copies > page.total {
        format!(" ({} with copies)", page.total_copies)
    } else {
        String::new()
    }
}

fn write_hit<W: Write>(out: &mut W, hit: &Hit, color: bool) -> io::Result<()> {
    let (bold, dim, reset) = if color { (BOLD, DIM, RESET) } else { ("", "", "") };
    writeln!(out, "{bold}{}. {}{reset}", hit.rank, hit.title.as_deref().unwrap_or("(untitled)"))?;
    let facts = facts(hit);
    if !facts.is_empty() {
        writeln!(out, "   {facts}")?;
    }
    let score = hit.score.map(|s| format!("  score {s:.2}")).unwrap_or_default();
    let copies = match hit.copies {
        0 => String::new(),
        1 => "  +1 copy".to_string(),
        n => format!("  +{n} copies"),
    };
    writeln!(out, "   {dim}{}{score}{reset}{copies}", hit.path)?;
    if let Some(url) = &hit.url {
        writeln!(out, "   {dim}{url}{reset}")?;
    }
    writeln!(out, "   {}", highlight(&hit.snippet, &hit.highlights, color).replace('\n', " "))?;
    writeln!(out)
}

/// The facts a reader scans for, each in a form that tells it apart with any of the others
/// missing: `2025-12-03 · by Dmitry Antonov, Steve Holland · dateline MOSCOW/WASHINGTON (Reuters)
/// · section World`. The agency stands in brackets as a wire credit is printed, after the place
/// when there is one; a publication follows the day as `in The Harbour Gazette`. Empty when the
/// hit has none of them.
fn facts(a: &Hit) -> String {
    let authors = (!a.authors.is_empty()).then(|| format!("by {}", a.authors.join(", ")));
    let agency = a.source.as_ref().map(|s| format!("({s})"));
    let dateline = match (&a.location, agency) {
        (Some(place), Some(agency)) => Some(format!("dateline {place} {agency}")),
        (Some(place), None) => Some(format!("dateline {place}")),
        (None, agency) => agency,
    };
    let section = a.section.as_ref().map(|s| format!("section {s}"));
    let outlet = a.outlet.as_ref().map(|o| format!("in {o}"));
    [a.date.map(|d| d.to_string()), outlet, authors, dateline, section]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The snippet with its matched ranges wrapped in colour (or left plain).
fn highlight(snippet: &str, ranges: &[[usize; 2]], color: bool) -> String {
    if !color {
        return snippet.to_string();
    }
    let mut out = String::with_capacity(snippet.len() + ranges.len() * 12);
    let mut at = 0;
    for [start, end] in ranges {
        let (Some(before), Some(word)) = (snippet.get(at..*start), snippet.get(*start..*end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(MATCH);
        out.push_str(word);
        out.push_str(RESET);
        at = *end;
    }
    out.push_str(snippet.get(at..).unwrap_or(""));
    out
}

pub fn write_article<W: Write>(out: &mut W, a: &Article, copies: &super::CopiesOf) -> io::Result<()> {
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    writeln!(out, "path:     {}", a.path)?;
    writeln!(out, "title:    {}", or_none(&a.title))?;
    writeln!(out, "authors:  {}", if a.authors.is_empty() { "-".into() } else { a.authors.join(", ") })?;
    writeln!(out, "date:     {}", a.date.map_or("-".into(), |d| d.to_string()))?;
    writeln!(out, "location: {}", or_none(&a.location))?;
    writeln!(out, "source:   {}", or_none(&a.source))?;
    writeln!(out, "section:  {}", or_none(&a.section))?;
    if let Some(outlet) = &a.outlet {
        writeln!(out, "outlet:   {outlet}")?;
    }
    if let Some(words) = a.word_count {
        writeln!(out, "words:    {words} (as the database states)")?;
    }
    if let Some(url) = &a.url {
        writeln!(out, "url:      {url}")?;
    }
    if let Some(cluster) = &copies.cluster {
        writeln!(
            out,
            "copies:   {} (cluster {cluster}; newsidx copies {} lists them)",
            copies.copies, a.path
        )?;
    }
    writeln!(out, "\n{}", a.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(date: bool, authors: bool, place: bool, agency: bool, section: bool) -> Hit {
        let some = |on: bool, text: &str| on.then(|| text.to_string());
        Hit {
            rank: 1,
            score: None,
            path: "a.txt".into(),
            title: None,
            authors: if authors { vec!["Ann Lee".into(), "Bo Chen".into()] } else { Vec::new() },
            date: date.then(|| chrono::NaiveDate::from_ymd_opt(2025, 12, 3).expect("date")),
            location: some(place, "LONDON"),
            source: some(agency, "Reuters"),
            section: some(section, "Key Points"),
            outlet: None,
            language: None,
            url: None,
            snippet: String::new(),
            highlights: Vec::new(),
            cluster: None,
            copies: 0,
        }
    }

    #[test]
    fn every_fact_is_recognisable_with_any_of_the_others_missing() {
        assert_eq!(
            facts(&hit(true, true, true, true, true)),
            "2025-12-03 · by Ann Lee, Bo Chen · dateline LONDON (Reuters) · section Key Points"
        );
        assert_eq!(facts(&hit(false, false, false, true, true)), "(Reuters) · section Key Points");
        assert_eq!(facts(&hit(true, false, true, false, false)), "2025-12-03 · dateline LONDON");
        for combination in 0..32u8 {
            let on = |bit: u8| combination & (1 << bit) != 0;
            let text = facts(&hit(on(0), on(1), on(2), on(3), on(4)));
            assert_eq!(text.contains("2025-12-03"), on(0), "{text}");
            assert_eq!(text.contains("by Ann Lee, Bo Chen"), on(1), "{text}");
            assert_eq!(text.contains("dateline LONDON"), on(2), "{text}");
            assert_eq!(text.contains("(Reuters)"), on(3), "{text}");
            assert_eq!(text.contains("section Key Points"), on(4), "{text}");
            assert_eq!(text.is_empty(), combination == 0, "{text}");
            assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("·  ·"), "{text}");
        }
    }

    #[test]
    fn highlights_wrap_matches() {
        assert_eq!(
            highlight("Witkoff at the Kremlin", &[[0, 7]], true),
            format!("{MATCH}Witkoff{RESET} at the Kremlin")
        );
        assert_eq!(highlight("Witkoff at the Kremlin", &[[0, 7]], false), "Witkoff at the Kremlin");
    }
}
