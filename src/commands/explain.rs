//! `newsidx extract --explain`: for each file, what the rules took each line for and where each
//! field came from (which line, which rule, which entry of which vocabulary table). For people
//! finding out why a field is wrong, and for anyone adding a rule or a table entry.

use super::warn;
use crate::error::Status;
use crate::output::write_json;
use newsidx_extract::read::{self, Kind};
use newsidx_extract::Explanation;
use std::io::Write;
use std::path::Path;

/// Longest part of a line's text shown beside its role.
const TEXT_WIDTH: usize = 60;

/// Explains every file named or found under the paths; JSON Lines when `json`.
pub fn run(
    files: &[Result<(std::path::PathBuf, Kind), String>],
    limit: u64,
    json: bool,
) -> anyhow::Result<Status> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut errored = false;
    for found in files {
        match found.as_ref().map_err(Clone::clone).and_then(|(path, kind)| explain_file(path, *kind, limit)) {
            Ok(explanations) => explanations.iter().try_for_each(|e| print(&mut out, e, json))?,
            Err(message) => {
                warn(&message);
                errored = true;
            }
        }
    }
    out.flush()?;
    Ok(if errored { Status::Errored } else { Status::Success })
}

fn explain_file(path: &Path, kind: Kind, limit: u64) -> Result<Vec<Explanation>, String> {
    let name = path.display().to_string();
    let bytes = read::load(path, limit).map_err(|e| match e {
        read::Unread::TooLarge(size) => {
            format!("{name}: {size} bytes is over the size limit (--max-file-size)")
        }
        read::Unread::Io(e) => format!("{name}: {e}"),
    })?;
    read::explain(&name, kind, &bytes, limit).map_err(|reason| format!("{name}: {reason}"))
}

fn print(out: &mut impl Write, explanation: &Explanation, json: bool) -> std::io::Result<()> {
    if json {
        return write_json(out, explanation);
    }
    writeln!(out, "{}\n  lines", explanation.path)?;
    for note in &explanation.lines {
        writeln!(out, "  {:>4}  {:<TEXT_WIDTH$}  {}", note.line, clipped(&note.text), note.role)?;
    }
    writeln!(out, "  fields")?;
    for note in &explanation.fields {
        writeln!(out, "    {:<9} {:<TEXT_WIDTH$}  {}", note.field, clipped(&note.value), note.from)?;
    }
    writeln!(out)
}

/// The text cut to [`TEXT_WIDTH`] characters, with `…` where it was cut.
fn clipped(text: &str) -> String {
    match text.char_indices().nth(TEXT_WIDTH - 1) {
        Some((at, _)) if text.chars().count() > TEXT_WIDTH => format!("{}…", &text[..at]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_clipped_to_the_column_with_an_ellipsis() {
        let long = "é".repeat(TEXT_WIDTH + 5);
        assert_eq!(clipped(&long).chars().count(), TEXT_WIDTH);
        assert!(clipped(&long).ends_with('…'));
        assert_eq!(clipped("short"), "short");
    }
}
