//! The printer for people: a numbered list of hits, the facts a reader scans for on one line,
//! and the snippet with matches in bold yellow on a terminal (plain when piped, so a file gets
//! clean text).

use crate::article::Article;
use crate::search::{Hit, Results};
use std::io::{self, Write};

const BOLD: &str = "\x1b[1m";
const MATCH: &str = "\x1b[1;33m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

pub fn write_results<W: Write>(out: &mut W, results: &Results, color: bool) -> io::Result<()> {
    for hit in &results.hits {
        write_hit(out, hit, color)?;
    }
    let shown = results.hits.len();
    let first = results.hits.first().map_or(0, |h| h.rank);
    match shown {
        0 => writeln!(out, "no hits for {:?} ({} in total)", results.query, results.total),
        _ => writeln!(out, "hits {first}–{} of {} for {:?}", first + shown - 1, results.total, results.query),
    }
}

fn write_hit<W: Write>(out: &mut W, hit: &Hit, color: bool) -> io::Result<()> {
    let (bold, dim, reset) = if color { (BOLD, DIM, RESET) } else { ("", "", "") };
    writeln!(out, "{bold}{}. {}{reset}", hit.rank, hit.title.as_deref().unwrap_or("(untitled)"))?;
    writeln!(out, "   {}", facts(hit))?;
    let score = hit.score.map(|s| format!("  score {s:.2}")).unwrap_or_default();
    writeln!(out, "   {dim}{}{score}{reset}", hit.path)?;
    writeln!(out, "   {}", highlight(&hit.snippet, &hit.highlights, color).replace('\n', " "))?;
    writeln!(out)
}

/// `2025-12-03 · Dmitry Antonov, Steve Holland · MOSCOW/WASHINGTON · Reuters · World`
fn facts(a: &Hit) -> String {
    let authors = (!a.authors.is_empty()).then(|| a.authors.join(", "));
    [a.date.map(|d| d.to_string()), authors, a.location.clone(), a.source.clone(), a.section.clone()]
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

pub fn write_article<W: Write>(out: &mut W, a: &Article) -> io::Result<()> {
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    writeln!(out, "path:     {}", a.path)?;
    writeln!(out, "title:    {}", or_none(&a.title))?;
    writeln!(out, "authors:  {}", if a.authors.is_empty() { "-".into() } else { a.authors.join(", ") })?;
    writeln!(out, "date:     {}", a.date.map_or("-".into(), |d| d.to_string()))?;
    writeln!(out, "location: {}", or_none(&a.location))?;
    writeln!(out, "source:   {}", or_none(&a.source))?;
    writeln!(out, "section:  {}", or_none(&a.section))?;
    writeln!(out, "\n{}", a.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_wrap_matches() {
        assert_eq!(
            highlight("Witkoff at the Kremlin", &[[0, 7]], true),
            format!("{MATCH}Witkoff{RESET} at the Kremlin")
        );
        assert_eq!(highlight("Witkoff at the Kremlin", &[[0, 7]], false), "Witkoff at the Kremlin");
    }
}
