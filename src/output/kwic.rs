//! Printers of `kwic`: concordance lines aligned on the match for people, and JSON
//! (`{"query", "total", "lines"}`), JSON Lines or CSV (`path,date,source,left,match,right`).

use super::Format;
use crate::search::kwic::Line;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Concordance<'a> {
    query: &'a str,
    total: usize,
    lines: &'a [Line],
}

/// Prints the lines (`total` occurrences were found, `lines` may be fewer); `width` is the
/// context each side, for the aligned columns.
pub fn write_kwic<W: Write>(
    out: &mut W,
    format: Format,
    query: &str,
    width: usize,
    total: usize,
    lines: &[Line],
) -> io::Result<()> {
    match format {
        Format::Json => super::write_json(out, &Concordance { query, total, lines }),
        Format::Jsonl => lines.iter().try_for_each(|l| super::write_json(out, l)),
        Format::Csv => write_csv(out, lines),
        Format::Text { color } => lines.iter().try_for_each(|l| write_line(out, l, width, color)),
    }
}

fn write_csv<W: Write>(out: &mut W, lines: &[Line]) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(["path", "date", "source", "left", "match", "right"]).map_err(super::csv_error)?;
    for l in lines {
        let date = l.date.map(|d| d.to_string()).unwrap_or_default();
        let row = [&l.path, &date, l.source.as_deref().unwrap_or(""), &l.left, &l.matched, &l.right];
        csv.write_record(row).map_err(super::csv_error)?;
    }
    csv.flush()
}

fn write_line<W: Write>(out: &mut W, line: &Line, width: usize, color: bool) -> io::Result<()> {
    let pad = width.saturating_sub(line.left.chars().count());
    let matched = if color { format!("\u{1b}[1;31m{}\u{1b}[0m", line.matched) } else { line.matched.clone() };
    let right: String = line.right.chars().collect();
    let right_pad = width.saturating_sub(right.chars().count());
    let date = line.date.map(|d| d.to_string()).unwrap_or_else(|| "----------".to_string());
    let source = line.source.as_deref().unwrap_or("-");
    writeln!(
        out,
        "{}{}{matched}{right}{}  {date}  {source}  {}",
        " ".repeat(pad),
        line.left,
        " ".repeat(right_pad),
        line.path
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_align_on_the_match_whatever_the_context_length() {
        let line = |left: &str| Line {
            path: "a.txt".into(),
            date: None,
            source: Some("AP".into()),
            left: left.into(),
            matched: "talks".into(),
            right: " went on".into(),
        };
        let mut out = Vec::new();
        write_kwic(
            &mut out,
            Format::Text { color: false },
            "talks",
            12,
            2,
            &[line("the peace "), line("new ")],
        )
        .expect("text");
        let text = String::from_utf8(out).expect("utf-8");
        let columns: Vec<usize> = text.lines().map(|l| l.find("talks").expect("match")).collect();
        assert_eq!(columns, [12, 12], "{text}");
    }
}
