//! A stemmer with a memory. Stemming was a quarter of indexing time, and news text repeats its
//! words: each analyzer (one per indexing thread) remembers the stems it has computed, up to a
//! bound, and runs the Snowball algorithm (the `frostem` crate Tantivy's own stemmer uses) only
//! for words it has not seen. The algorithm is called directly: a snippet clones the analyzer
//! with an empty memory, and going through a Tantivy analyzer per word cost ~0.4 µs a word.
//! For snippets it can also be told to stem only the words that start with given letters.
//! The memory hashes with FxHash: the words are the archive's own, and SipHash's protection
//! against chosen keys cost 3% of a full index (paired runs, 100k articles).

use frostem::Algorithm;
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words remembered per analyzer before the memory is cleared and refilled. Against 200,000,
/// this bound cut peak memory at 400k articles by 23 MB, with indexing time within noise;
/// 16,384 (a table that stays in the CPU's cache) made a full index 2% slower.
const MEMORY: usize = 50_000;

/// The stemming filter for a language's Snowball algorithm, with a memory.
#[derive(Clone)]
pub struct CachedStemmer {
    algorithm: Algorithm,
    initials: Option<Vec<char>>,
}

impl CachedStemmer {
    /// A stemmer running `algorithm`.
    pub fn new(algorithm: Algorithm) -> CachedStemmer {
        CachedStemmer { algorithm, initials: None }
    }

    /// A stemmer running `algorithm` on the words that start with one of `initials` only; the
    /// others pass unstemmed.
    pub fn only_starting_with(algorithm: Algorithm, initials: Vec<char>) -> CachedStemmer {
        CachedStemmer { algorithm, initials: Some(initials) }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        let stemmer = frostem::Stemmer::new(self.algorithm);
        CachedStemmerFilter {
            inner: tokenizer,
            stemmer,
            initials: self.initials,
            memory: FxHashMap::default(),
        }
    }
}

/// The tokenizer that [`CachedStemmer`] wraps around the one before it.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stemmer: frostem::Stemmer,
    initials: Option<Vec<char>>,
    memory: FxHashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: self.stemmer,
            initials: self.initials.as_deref(),
            memory: &mut self.memory,
        }
    }
}

/// The token stream of [`CachedStemmerFilter`].
pub struct CachedStemmerStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    initials: Option<&'a [char]>,
    memory: &'a mut FxHashMap<String, String>,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let initial = token.text.chars().next();
        if self.initials.is_some_and(|only| !initial.is_some_and(|c| only.contains(&c))) {
            return true;
        }
        if let Some(stem) = self.memory.get(&token.text) {
            token.text.clone_from(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        if self.memory.len() >= MEMORY {
            self.memory.clear();
        }
        let word = std::mem::replace(&mut token.text, stem.clone());
        self.memory.insert(word, stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn stems_like_the_plain_stemmer_on_repeated_words() {
        let text = "Prices rose as prices of rising commodities rose again";
        let mut cached = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(CachedStemmer::new(Algorithm::English))
            .build();
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        assert_eq!(tokens(&mut cached, text), tokens(&mut plain, text));
        assert_eq!(tokens(&mut cached, text), tokens(&mut plain, text), "second pass from memory");
    }
}
