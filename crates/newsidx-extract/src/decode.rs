//! Bytes to text: a byte-order mark, else UTF-8, else the charset `chardetng` detects. Files that
//! are not text at all are told apart here, before any extraction rule sees them.

use encoding_rs::{Encoding, UTF_8};

/// Why a file's bytes could not be taken as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotText {
    /// The file has no bytes, or only white space.
    #[error("empty file")]
    Empty,
    /// NUL bytes or control characters: an image, an archive, an executable.
    #[error("binary file, not text")]
    Binary,
}

/// Decoded text, and the charset it was decoded from when that was not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// `Some("windows-1252")` when the bytes were not UTF-8 and a charset was detected.
    pub detected: Option<&'static str>,
}

/// Decodes a file's bytes; with `html`, a `<meta charset>` declared in the first 2 KiB is
/// honoured before detection. Lines end in `\n` ([`with_line_feeds`]).
pub fn decode(bytes: &[u8], html: bool) -> Result<Decoded, NotText> {
    decoded(bytes, html).map(|d| Decoded { text: with_line_feeds(d.text), ..d })
}

/// Text whose lines end in a bare carriage return (files of classic Mac OS and of some newsroom
/// systems' exports) with line feeds instead: every rule reads lines split at `\n`.
fn with_line_feeds(text: String) -> String {
    if text.contains('\n') || !text.contains('\r') {
        return text;
    }
    text.replace('\r', "\n")
}

/// The text of `bytes`, its line ends as they are.
fn decoded(bytes: &[u8], html: bool) -> Result<Decoded, NotText> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(NotText::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(Decoded {
            text: text.into_owned(),
            detected: (encoding != UTF_8).then(|| encoding.name()),
        });
    }
    if looks_binary(bytes) {
        return Err(NotText::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text: text.to_string(), detected: None }),
        Err(_) => Ok(html.then(|| declared(bytes)).flatten().unwrap_or_else(|| detect(bytes))),
    }
}

/// The charset an HTML page declares (`<meta charset="…">` or `content="…; charset=…"`).
fn declared(bytes: &[u8]) -> Option<Decoded> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let encoding = Encoding::for_label(label.as_bytes())?;
    let (text, _, _) = encoding.decode(bytes);
    Some(Decoded { text: text.into_owned(), detected: Some(encoding.name()) })
}

fn detect(bytes: &[u8]) -> Decoded {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _, _) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), detected: Some(encoding.name()) }
}

/// NUL bytes, or more than one in twenty bytes a control character, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !b"\t\n\r\x0c".contains(&b)).count();
    head.contains(&0) || controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_ending_in_a_bare_carriage_return_end_in_a_line_feed() {
        let decoded = decode(b"Ferry fares cut\rBy Ann Lee\r\rThe fares fell.\r", false).expect("text");
        assert_eq!(decoded.text, "Ferry fares cut\nBy Ann Lee\n\nThe fares fell.\n");
        let windows = decode(b"Ferry fares cut\r\nBy Ann Lee\r\n", false).expect("text");
        assert_eq!(windows.text, "Ferry fares cut\r\nBy Ann Lee\r\n", "CRLF is left to the line reader");
    }

    #[test]
    fn utf8_passes_through() {
        assert_eq!(decode("Müller".as_bytes(), false).map(|d| d.text), Ok("Müller".to_string()));
    }

    #[test]
    fn windows_1252_is_detected() {
        let bytes = b"Olive oil prices fall as Spain\x92s harvest rebounds\r\n\r\n\
                      By Jos\xe9 \xc1lvarez and Zo\xeb M\xfcller\r\n\r\n\
                      \x93Prices have fallen for the third month running,\x94 said a trader, \
                      who follows the market for a cooperative in the south of the country. \
                      \x93It\x92s a relief for shoppers.\x94 The price of a litre is now 5 \x80 \
                      lower than a year ago \x96 the biggest drop since the records began\x85";
        let decoded = decode(bytes, false).expect("text");
        assert_eq!(decoded.detected, Some("windows-1252"));
        assert!(decoded.text.contains("By José Álvarez and Zoë Müller"));
        assert!(decoded.text.contains("“It’s a relief for shoppers.”"));
        assert!(decoded.text.contains("5 € lower than a year ago – the"));
    }

    #[test]
    fn html_declared_charset_wins() {
        let page = b"<html><head><meta charset=\"iso-8859-15\"></head><body>Prix: 5 \xa4</body></html>";
        let decoded = decode(page, true).expect("text");
        assert!(decoded.text.contains("5 €"), "{}", decoded.text);
    }

    #[test]
    fn boms_are_honoured() {
        let utf16 = [0xFF, 0xFE, b'H', 0, b'i', 0];
        assert_eq!(decode(&utf16, false).map(|d| d.text), Ok("Hi".to_string()));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(b"", false), Err(NotText::Empty));
        assert_eq!(decode(b" \n\t", false), Err(NotText::Empty));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false), Err(NotText::Binary));
    }
}
