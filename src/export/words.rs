//! The words of a title or body as newsidx indexes them — folded, and stemmed in the article's
//! language — each marked with the stemmer that cut it (`en_strike`, `de_streik`), written out
//! for an engine to index as they stand. Quickwit's standard build has no stemmer, and no two
//! engines stem alike; matching these words, an engine finds what newsidx finds, and a word
//! stemmed by one language's rules never meets an article of another.

use crate::index::schema::words_analyzer;
use std::collections::HashMap;
use tantivy::tokenizer::TextAnalyzer;

/// Cuts text into marked words, one analyzer per stemmer, built once.
#[derive(Default)]
pub struct Marker {
    analyzers: HashMap<&'static str, TextAnalyzer>,
}

impl Marker {
    /// `text` as the words stemmer `code` makes of it, each marked `code_word`, space-separated
    /// in order (so phrases match as they do here).
    pub fn marked(&mut self, code: &'static str, text: &str) -> String {
        let analyzer = self.analyzers.entry(code).or_insert_with(|| words_analyzer(code));
        let mut out = String::with_capacity(text.len() + text.len() / 2);
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(code);
            out.push('_');
            out.push_str(&stream.token().text);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_stemmed_in_their_language_and_marked() {
        let mut marker = Marker::default();
        assert_eq!(
            marker.marked("en", "Dock Workers' strikes, Müller said"),
            "en_dock en_worker en_strike en_muller en_said"
        );
        assert_eq!(marker.marked("de", "Die Streiks gehen weiter"), "de_die de_streik de_geh de_weit");
        assert_eq!(marker.marked("en", "  ,  "), "");
    }
}
