//! Word documents (`.docx`), as Nexis Uni exports them: a zip archive (read by `zip`) whose
//! `word/document.xml` (read by `roxmltree`) holds the text as paragraphs (`w:p`) of runs of
//! text (`w:t`), tabs and breaks.

use std::io::{Cursor, Read};

/// The paragraphs of a DOCX file; `limit` bounds the bytes the document may inflate to.
pub(crate) fn paragraphs(bytes: &[u8], limit: u64) -> Result<Vec<String>, String> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a DOCX file: {e}"))?;
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| "not a DOCX file: no word/document.xml".to_string())?;
    let mut xml = String::new();
    entry
        .take(limit.saturating_add(1))
        .read_to_string(&mut xml)
        .map_err(|e| format!("unreadable DOCX: {e}"))?;
    if xml.len() as u64 > limit {
        return Err("the DOCX text inflates past the size limit (--max-file-size)".into());
    }
    let doc = roxmltree::Document::parse(&xml).map_err(|e| format!("unreadable DOCX: {e}"))?;
    let is = |node: &roxmltree::Node, name: &str| node.is_element() && node.tag_name().name() == name;
    let paragraphs = doc.descendants().filter(|n| is(n, "p") && !n.ancestors().skip(1).any(|a| is(&a, "p")));
    Ok(paragraphs.map(|p| paragraph_text(&p)).filter(|t| !t.trim().is_empty()).collect())
}

/// A paragraph's runs as text: `w:t` as written, `w:tab` a tab, `w:br` and `w:cr` a line break.
fn paragraph_text(paragraph: &roxmltree::Node) -> String {
    let mut text = String::new();
    for node in paragraph.descendants().filter(|n| n.is_element()) {
        match node.tag_name().name() {
            "t" => text.push_str(node.text().unwrap_or("")),
            "tab" => text.push('\t'),
            "br" | "cr" => text.push('\n'),
            _ => {}
        }
    }
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A DOCX archive holding `body` as its document's body.
    pub(crate) fn docx(body: &str) -> Vec<u8> {
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).expect("zip entry");
        zip.write_all(xml.as_bytes()).expect("zip write");
        zip.finish().expect("zip").into_inner()
    }

    #[test]
    fn paragraphs_are_read_from_runs() {
        let bytes = docx(
            "<w:p><w:r><w:t>Ferry fares </w:t></w:r><w:r><w:t>cut &amp; kept</w:t></w:r></w:p>\
             <w:p></w:p><w:p><w:r><w:t>Byline:</w:t><w:tab/><w:t>Marta Okonjo</w:t></w:r></w:p>",
        );
        assert_eq!(
            paragraphs(&bytes, 1 << 20).expect("a DOCX"),
            ["Ferry fares cut & kept", "Byline:\tMarta Okonjo"]
        );
    }

    #[test]
    fn a_file_that_is_not_docx_is_an_error_naming_why() {
        assert!(paragraphs(b"plain text", 1 << 20).unwrap_err().starts_with("not a DOCX file"));
    }
}
