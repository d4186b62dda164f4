//! Writing systems, as far as reading and indexing need to tell them apart: Chinese and Japanese
//! are written without spaces between words, so both the extractor (counting words) and the index
//! (cutting words) treat their characters apart from spaced scripts.

/// A Chinese character (Han) or Japanese kana: scripts written without spaces between words.
pub fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}
