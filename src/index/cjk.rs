//! Chinese and Japanese words for the index. Both scripts are written without spaces, so Tantivy's
//! simple tokenizer makes one token of a whole clause (which the 40-byte limit then drops). Each
//! run of Han or kana characters is cut into overlapping pairs (`上海港口` → `上海 海港 港口`), as
//! Lucene's CJK analyzer does: a query word is cut the same way and found as a phrase of its pairs,
//! with no dictionary. A character standing alone stays a token of its own.

use newsidx_extract::script::is_unspaced;
use std::collections::VecDeque;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// The filter that cuts runs of Han and kana into pairs; other tokens pass unchanged.
#[derive(Clone, Copy, Debug, Default)]
pub struct CjkBigrams;

impl TokenFilter for CjkBigrams {
    type Tokenizer<T: Tokenizer> = CjkBigramFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CjkBigramFilter<T> {
        CjkBigramFilter { inner }
    }
}

/// The tokenizer [`CjkBigrams`] wraps around the one before it.
#[derive(Clone)]
pub struct CjkBigramFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CjkBigramFilter<T> {
    type TokenStream<'a> = CjkBigramStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CjkBigramStream {
            tail: self.inner.token_stream(text),
            pending: VecDeque::new(),
            current: Token::default(),
            own: false,
            next_position: 0,
        }
    }
}

/// The token stream of [`CjkBigramFilter`]. Positions are counted afresh, one per token given.
pub struct CjkBigramStream<T> {
    tail: T,
    pending: VecDeque<Token>,
    current: Token,
    /// Whether the current token is `current` (a pair) rather than the tail's own.
    own: bool,
    next_position: usize,
}

impl<T: TokenStream> TokenStream for CjkBigramStream<T> {
    fn advance(&mut self) -> bool {
        if self.pending.is_empty() {
            if !self.tail.advance() {
                return false;
            }
            let token = self.tail.token_mut();
            if token.text.is_ascii() || !token.text.chars().any(is_unspaced) {
                token.position = self.next_position;
                self.next_position += 1;
                self.own = false;
                return true;
            }
            self.pending.extend(pieces(token));
        }
        let Some(mut piece) = self.pending.pop_front() else { return false };
        piece.position = self.next_position;
        self.next_position += 1;
        self.current = piece;
        self.own = true;
        true
    }

    fn token(&self) -> &Token {
        if self.own {
            &self.current
        } else {
            self.tail.token()
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.own {
            &mut self.current
        } else {
            self.tail.token_mut()
        }
    }
}

/// A token holding Han or kana, cut into its runs: pairs of each run of those scripts (the
/// character alone when the run is one long), and other runs (`iPhone15`) whole.
fn pieces(token: &Token) -> Vec<Token> {
    let chars: Vec<(usize, char)> = token.text.char_indices().collect();
    let end_of = |i: usize| chars.get(i + 1).map_or(token.text.len(), |(at, _)| *at);
    let piece = |from: usize, to: usize| Token {
        offset_from: token.offset_from + chars[from].0,
        offset_to: token.offset_from + end_of(to),
        text: token.text[chars[from].0..end_of(to)].to_string(),
        ..Token::default()
    };
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let unspaced = is_unspaced(chars[start].1);
        let run_end =
            (start..chars.len()).find(|&i| is_unspaced(chars[i].1) != unspaced).unwrap_or(chars.len());
        match (unspaced, run_end - start) {
            (true, 1) | (false, _) => out.push(piece(start, run_end - 1)),
            (true, _) => out.extend((start..run_end - 1).map(|i| piece(i, i + 1))),
        }
        start = run_end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    fn tokens(text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default()).filter(CjkBigrams).build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn runs_of_han_and_kana_become_overlapping_pairs() {
        let got = tokens("上海港口 ok");
        let texts: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(texts, ["上海", "海港", "港口", "ok"]);
        assert_eq!(got.iter().map(|t| t.1).collect::<Vec<_>>(), [0, 1, 2, 3], "one position each");
        assert_eq!((got[1].2, got[1].3), (3, 9), "offsets of 海港 in bytes");
    }

    #[test]
    fn mixed_tokens_and_lone_characters() {
        let texts: Vec<String> = tokens("新iPhone15发布, 港").into_iter().map(|t| t.0).collect();
        assert_eq!(texts, ["新", "iPhone15", "发布", "港"]);
        let kana: Vec<String> = tokens("フェリー").into_iter().map(|t| t.0).collect();
        assert_eq!(kana, ["フェ", "ェリ", "リー"]);
    }

    #[test]
    fn other_scripts_pass_unchanged() {
        let texts: Vec<String> = tokens("Müller said Москва").into_iter().map(|t| t.0).collect();
        assert_eq!(texts, ["Müller", "said", "Москва"]);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    proptest! {
        /// Every token is a slice of the text at its offsets, one position after the last.
        #[test]
        fn tokens_are_slices_of_the_text_in_order(text in "[a-zA-Z0-9 ,。上海港口東京フェリーё]{0,40}|\\PC{0,40}") {
            let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default()).filter(CjkBigrams).build();
            let mut stream = analyzer.token_stream(&text);
            let mut expected_position = 0;
            while stream.advance() {
                let token = stream.token();
                prop_assert_eq!(text.get(token.offset_from..token.offset_to), Some(token.text.as_str()));
                prop_assert_eq!(token.position, expected_position);
                expected_position += 1;
            }
        }
    }
}
