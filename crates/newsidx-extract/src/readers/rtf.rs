//! Rich Text Format (`.rtf`), as Nexis and Factiva export it. The file is tokenized by
//! `rtf-grimoire`; this reader follows the specification's conventions for turning the tokens
//! into text: groups nest character state, destinations that are no text (font and colour
//! tables, document info, pictures, field instructions, any `\*` group) are skipped, `\'hh`
//! bytes are decoded in the document's code page (`\ansicpgN`), `\uN` is a Unicode character
//! followed by `\ucN` fallback characters to skip, and `\par` ends a paragraph.

use encoding_rs::{Encoding, WINDOWS_1252};
use rtf_grimoire::tokenizer::{parse_finished, Token};

/// Destinations whose content is not the document's text.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "fldinst",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "filetbl",
    "revtbl",
    "userprops",
    "docvar",
    "nonshppict",
    "shpinst",
    "footnote",
    "annotation",
    "bkmkstart",
    "bkmkend",
];

/// The text of an RTF document, paragraphs separated by blank lines.
pub(crate) fn text(bytes: &[u8]) -> Result<String, String> {
    let tokens = parse_finished(bytes).map_err(|e| format!("not valid RTF: {e}"))?;
    let mut reader = Reader { groups: vec![Group { skip: false, fallback: 1 }], ..Reader::default() };
    for token in &tokens {
        reader.take(token);
    }
    reader.flush();
    Ok(reader.out)
}

#[derive(Clone, Copy)]
struct Group {
    skip: bool,
    /// How many characters stand after a `\uN` for readers that know no Unicode (`\ucN`).
    fallback: usize,
}

#[derive(Default)]
struct Reader {
    groups: Vec<Group>,
    out: String,
    /// Bytes of text waiting to be decoded in the code page.
    pending: Vec<u8>,
    encoding: Option<&'static Encoding>,
    /// Fallback characters still to skip after a `\uN`.
    to_skip: usize,
    at_group_start: bool,
}

impl Reader {
    fn take(&mut self, token: &Token) {
        let group_start = std::mem::take(&mut self.at_group_start);
        match token {
            Token::StartGroup => {
                let inner = self.group();
                self.groups.push(inner);
                self.at_group_start = true;
            }
            Token::EndGroup => {
                self.flush();
                if self.groups.len() > 1 {
                    self.groups.pop();
                }
            }
            Token::ControlSymbol('*') if group_start => self.skip_group(),
            Token::ControlSymbol(symbol) => self.symbol(*symbol),
            Token::ControlWord { name, .. } if group_start && SKIPPED.contains(&name.as_str()) => {
                self.skip_group()
            }
            Token::ControlWord { name, arg } => self.word(name, *arg),
            Token::Text(bytes) => self.bytes(bytes),
            Token::ControlBin(_) | Token::Newline(_) => {}
        }
    }

    fn group(&self) -> Group {
        self.groups.last().copied().unwrap_or(Group { skip: false, fallback: 1 })
    }

    fn skip_group(&mut self) {
        if let Some(group) = self.groups.last_mut() {
            group.skip = true;
        }
    }

    fn symbol(&mut self, symbol: char) {
        match symbol {
            '~' => self.push(" "),
            '_' => self.push("-"),
            '{' | '}' | '\\' => self.push(symbol.encode_utf8(&mut [0; 4])),
            '\n' | '\r' => self.push("\n\n"),
            _ => {}
        }
    }

    fn word(&mut self, name: &str, arg: Option<i32>) {
        match name {
            "ansicpg" => {
                self.encoding = arg.and_then(|page| Encoding::for_label(format!("windows-{page}").as_bytes()))
            }
            "uc" => {
                self.groups.last_mut().into_iter().for_each(|g| g.fallback = arg.unwrap_or(1).max(0) as usize)
            }
            "u" => self.unicode(arg.unwrap_or(0)),
            "'" => self.hex_byte(arg.unwrap_or(0)),
            "par" | "sect" | "page" | "row" => self.push("\n\n"),
            "line" => self.push("\n"),
            "tab" | "cell" => self.push("\t"),
            "emdash" => self.push("\u{2014}"),
            "endash" => self.push("\u{2013}"),
            "bullet" => self.push("\u{2022}"),
            "lquote" => self.push("\u{2018}"),
            "rquote" => self.push("\u{2019}"),
            "ldblquote" => self.push("\u{201c}"),
            "rdblquote" => self.push("\u{201d}"),
            _ => {}
        }
    }

    fn unicode(&mut self, value: i32) {
        let code = if value < 0 { value + 65_536 } else { value };
        let c = u32::try_from(code).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
        self.push(c.encode_utf8(&mut [0; 4]));
        self.to_skip = self.group().fallback;
    }

    fn hex_byte(&mut self, value: i32) {
        if self.group().skip {
            return;
        }
        if self.to_skip > 0 {
            self.to_skip -= 1;
            return;
        }
        self.pending.push(u8::try_from(value).unwrap_or(b'?'));
    }

    fn bytes(&mut self, bytes: &[u8]) {
        if self.group().skip {
            return;
        }
        let skipped = self.to_skip.min(bytes.len());
        self.to_skip -= skipped;
        self.pending.extend_from_slice(&bytes[skipped..]);
    }

    fn push(&mut self, text: &str) {
        if self.group().skip {
            return;
        }
        self.flush();
        self.out.push_str(text);
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let (text, _) = self.encoding.unwrap_or(WINDOWS_1252).decode_without_bom_handling(&self.pending);
        self.out.push_str(&text);
        self.pending.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_characters_and_skipped_destinations() {
        let rtf = br#"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Times;}}{\info{\title Export}}{\*\generator Word;}
\pard Caf\'e9 owners\par
By Mar\u237?a L\'f3pez\line and Lev\tab Aranda\par
\uc2 two\u8212\'97\'97 dash {\i quoted} \ldblquote words\rdblquote .\par}"#;
        let text = text(rtf).expect("valid RTF");
        let paragraphs: Vec<&str> = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
        assert_eq!(
            paragraphs,
            [
                "Café owners",
                "By María López\nand Lev\tAranda",
                "two\u{2014} dash quoted \u{201c}words\u{201d}."
            ]
        );
    }

    #[test]
    fn the_code_page_decodes_bytes() {
        let rtf = br"{\rtf1\ansi\ansicpg1251 \'cc\'ee\'f1\'ea\'e2\'e0\par}";
        assert_eq!(text(rtf).expect("valid RTF").trim(), "Москва");
    }

    proptest::proptest! {
        #[test]
        fn any_rtf_like_text_decodes_without_panic(
            body in "(\\\\(par|u-?[0-9]{1,6}\\??|'[0-9a-f]{0,2}|uc[0-9]|ansicpg[0-9]{3,5}|\\*)|[{}]|[a-z ]{0,8}){0,60}"
        ) {
            let _ = text(format!("{{\\rtf1 {body}}}").as_bytes());
        }
    }
}
