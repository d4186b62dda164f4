//! The index schema and its analyzers. Titles and bodies have a field per stemming language
//! (`body_de`, `body_fr`, …; `body` is English and every other language), so each article is
//! stemmed in its own language and a query is stemmed once per field. Analyzers are not stored
//! in the index, so [`register_tokenizers`] runs on every open.

use super::cjk::CjkBigrams;
use super::stem_cache::CachedStemmer;
use frostem::Algorithm;
use tantivy::schema::{
    DateOptions, Field, IndexRecordOption, Schema, SchemaBuilder, TextFieldIndexing, TextOptions, FAST,
    INDEXED,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, TextAnalyzerBuilder,
    Tokenizer,
};
use tantivy::Index;

/// Bumped whenever the schema or an analyzer changes; an index of another version must be rebuilt.
pub const SCHEMA_VERSION: u32 = 12;

/// Words: lower-cased, accents folded (Müller finds Muller), English stems.
pub const WORDS: &str = "newsidx_words";
/// Names: lower-cased and folded, no stemming (Holland must not find Hollands).
pub const NAMES: &str = "newsidx_names";

/// Languages (ISO 639-1) whose titles and bodies get fields of their own, with their stemmer.
pub const STEMMED: [(&str, Algorithm); 11] = [
    ("de", Algorithm::German),
    ("fr", Algorithm::French),
    ("es", Algorithm::Spanish),
    ("it", Algorithm::Italian),
    ("pt", Algorithm::Portuguese),
    ("nl", Algorithm::Dutch),
    ("sv", Algorithm::Swedish),
    ("da", Algorithm::Danish),
    ("no", Algorithm::Norwegian),
    ("fi", Algorithm::Finnish),
    ("ru", Algorithm::Russian),
];

/// The title and body fields of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextFields {
    pub title: Field,
    pub body: Field,
}

/// Handles to every field, looked up once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The article's own path (`file.jsonl#3` for a record of a multi-article file).
    pub path: Field,
    /// The path's hash ([`crate::copies::path_hash`]), fast and indexed: the clusters of copies
    /// know their members by it.
    pub path_hash: Field,
    /// The file the article came from: the key of the incremental run.
    pub file: Field,
    /// ISO 639-1 code of the detected language.
    pub language: Field,
    /// Title and body in English and every language without a stemmer of its own.
    pub text: TextFields,
    /// Title and body per [`STEMMED`] language, in that order.
    pub localized: [TextFields; STEMMED.len()],
    pub author: Field,
    pub location: Field,
    pub source: Field,
    pub section: Field,
    /// The publication, when it is no wire ([`Article::outlet`](newsidx_extract::article::Article)).
    pub outlet: Field,
    /// Exact, case-folded facets for `--source`, `--section` and `--outlet`.
    pub source_exact: Field,
    pub section_exact: Field,
    pub outlet_exact: Field,
    pub date: Field,
    /// The article's web address, stored as stated.
    pub url: Field,
    /// The length in words a research database states, stored.
    pub word_count: Field,
    /// The address's host and each domain above it ([`newsidx_extract::address::domains`]), as
    /// exact keys: `--site example.org` finds `news.example.org` too.
    pub site: Field,
    /// The values `stats` counts, as printed (natural case), in fast columns: author (one value
    /// per author), location, source, section, language, site (the address's host), and the
    /// publication year, month
    /// (`yyyymm`) and day (`yyyymmdd`) as numbers.
    pub facets: FacetFields,
    pub size: Field,
    pub mtime: Field,
    pub hash: Field,
    /// The MinHash signature of the body ([`crate::copies::minhash`]), in a fast column that
    /// clustering reads for every article after a run; absent for a body too short to compare.
    pub minhash: Field,
}

impl Fields {
    /// The title and body fields for an article in `language`.
    pub fn text_for(&self, language: Option<&str>) -> TextFields {
        let at = language.and_then(|l| STEMMED.iter().position(|(code, _)| *code == l));
        at.map_or(self.text, |i| self.localized[i])
    }

    /// Every title and body field, the default pair first.
    pub fn all_text(&self) -> impl Iterator<Item = TextFields> + '_ {
        std::iter::once(self.text).chain(self.localized.iter().copied())
    }
}

/// The fast columns `stats` counts by.
#[derive(Debug, Clone, Copy)]
pub struct FacetFields {
    pub author: Field,
    pub location: Field,
    pub source: Field,
    pub section: Field,
    pub outlet: Field,
    pub language: Field,
    pub site: Field,
    pub year: Field,
    pub month: Field,
    pub day: Field,
}

/// The names of the facet columns, in [`FacetFields`] order.
const FACET_TEXT: [&str; 7] = [
    "facet_author",
    "facet_location",
    "facet_source",
    "facet_section",
    "facet_language",
    "facet_site",
    "facet_outlet",
];
const FACET_DATE: [&str; 3] = ["facet_year", "facet_month", "facet_day"];

/// Builds the schema and its field handles: the searched and stored fields first, then the
/// fast columns that counts and filters read (in this order: an index on disk holds its fields
/// by number).
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    add_searched(&mut b);
    add_columns(&mut b);
    let schema = b.build();
    let fields = fields_of(&schema).expect("every field was just added");
    (schema, fields)
}

/// The fields searched by word or key, and those stored for printing a hit.
fn add_searched(b: &mut SchemaBuilder) {
    b.add_text_field("path", key().set_stored().set_fast("raw"));
    b.add_u64_field("path_hash", INDEXED | FAST);
    b.add_text_field("file", key().set_fast("raw"));
    b.add_text_field("language", key().set_stored());
    b.add_text_field("title", text(WORDS, true));
    b.add_text_field("body", text(WORDS, true));
    for (code, _) in STEMMED {
        b.add_text_field(&format!("title_{code}"), text(&words(code), false));
        b.add_text_field(&format!("body_{code}"), text(&words(code), false));
    }
    for name in ["author", "location", "source", "section", "outlet"] {
        b.add_text_field(name, text(NAMES, false));
    }
    b.add_text_field("source_exact", key().set_fast("raw"));
    b.add_text_field("section_exact", key().set_fast("raw"));
    b.add_text_field("outlet_exact", key().set_fast("raw"));
    b.add_date_field("date", DateOptions::from(INDEXED).set_stored().set_fast());
    b.add_text_field("url", key().set_stored());
    b.add_u64_field("word_count", tantivy::schema::STORED);
    b.add_text_field("site", key());
}

/// The fast columns of facets, of the file's size and time, and of the article's hashes.
fn add_columns(b: &mut SchemaBuilder) {
    for name in FACET_TEXT {
        b.add_text_field(name, TextOptions::default().set_fast("raw"));
    }
    for name in FACET_DATE {
        b.add_u64_field(name, FAST);
    }
    b.add_u64_field("size", FAST);
    b.add_i64_field("mtime", FAST);
    b.add_u64_field("hash", FAST);
    b.add_u64_field("minhash", FAST);
}

/// Looks up the field handles in an opened index's schema.
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    let pair = |suffix: &str| -> tantivy::Result<TextFields> {
        Ok(TextFields { title: f(&format!("title{suffix}"))?, body: f(&format!("body{suffix}"))? })
    };
    let mut localized = [pair("")?; STEMMED.len()];
    for (slot, (code, _)) in localized.iter_mut().zip(STEMMED) {
        *slot = pair(&format!("_{code}"))?;
    }
    Ok(Fields {
        path: f("path")?,
        path_hash: f("path_hash")?,
        file: f("file")?,
        language: f("language")?,
        text: pair("")?,
        localized,
        author: f("author")?,
        location: f("location")?,
        source: f("source")?,
        section: f("section")?,
        outlet: f("outlet")?,
        source_exact: f("source_exact")?,
        section_exact: f("section_exact")?,
        outlet_exact: f("outlet_exact")?,
        date: f("date")?,
        url: f("url")?,
        word_count: f("word_count")?,
        site: f("site")?,
        facets: facet_fields(schema)?,
        size: f("size")?,
        mtime: f("mtime")?,
        hash: f("hash")?,
        minhash: f("minhash")?,
    })
}

/// The handles of the facet fields `stats` counts.
fn facet_fields(schema: &Schema) -> tantivy::Result<FacetFields> {
    let [author, location, source, section, language, site, outlet] =
        FACET_TEXT.map(|name| schema.get_field(name));
    let [year, month, day] = FACET_DATE.map(|name| schema.get_field(name));
    Ok(FacetFields {
        author: author?,
        location: location?,
        source: source?,
        section: section?,
        language: language?,
        site: site?,
        outlet: outlet?,
        year: year?,
        month: month?,
        day: day?,
    })
}

fn words(code: &str) -> String {
    format!("{WORDS}_{code}")
}

/// A stored text field with positions. `ranked` fields keep their length norms for BM25; the
/// others (names, places, and the language fields most archives leave empty) do without the
/// byte per document and field that norms cost.
fn text(tokenizer: &str, ranked: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions)
        .set_fieldnorms(ranked);
    TextOptions::default().set_indexing_options(indexing).set_stored()
}

/// An exact key: indexed as one token, no norms.
fn key() -> TextOptions {
    let indexing = TextFieldIndexing::default().set_tokenizer("raw").set_fieldnorms(false);
    TextOptions::default().set_indexing_options(indexing)
}

/// Words as every analyzer here cuts them: split on non-alphanumerics, Chinese and Japanese cut
/// into pairs of characters, words over 40 bytes dropped, lower-cased, accents folded; a stemmer
/// goes on top.
pub fn folded_words() -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(CjkBigrams)
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
}

/// The stemmer of the title and body fields for articles in `language` (ISO 639-1).
pub fn stemmer_for(language: Option<&str>) -> Algorithm {
    own_stemmer(language).map_or(Algorithm::English, |(_, algorithm)| *algorithm)
}

/// The code of the stemmer an article in `language` is indexed with: its own language's, or `en`
/// for English and every language without a stemmer of its own.
pub fn stem_code(language: Option<&str>) -> &'static str {
    own_stemmer(language).map_or("en", |(code, _)| code)
}

/// The entry of [`STEMMED`] for `language`, when it has a stemmer of its own.
fn own_stemmer(language: Option<&str>) -> Option<&'static (&'static str, Algorithm)> {
    language.and_then(|l| STEMMED.iter().find(|(code, _)| *code == l))
}

/// Every stemmer code, English first.
pub fn stem_codes() -> impl Iterator<Item = &'static str> {
    std::iter::once("en").chain(STEMMED.iter().map(|(code, _)| *code))
}

/// The analyzer the titles and bodies of stemmer `code` are cut with.
pub fn words_analyzer(code: &str) -> TextAnalyzer {
    analyzer(Some(stemmer_for(Some(code))))
}

fn analyzer(stemmer: Option<Algorithm>) -> TextAnalyzer {
    match stemmer {
        Some(algorithm) => folded_words().filter(CachedStemmer::new(algorithm)).build(),
        None => folded_words().build(),
    }
}

/// Registers newsidx's analyzers on an opened or created index.
pub fn register_tokenizers(index: &Index) {
    index.tokenizers().register(WORDS, analyzer(Some(Algorithm::English)));
    index.tokenizers().register(NAMES, analyzer(None));
    for (code, algorithm) in STEMMED {
        index.tokenizers().register(&words(code), analyzer(Some(algorithm)));
    }
}

/// The folded form stored in the exact facets and compared by the exact filters.
pub fn exact_key(value: &str) -> String {
    value.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_stemmed_language_has_its_own_fields() {
        let (_, fields) = build();
        assert_eq!(fields.text_for(Some("de")), fields.localized[0]);
        assert_eq!(fields.text_for(Some("en")), fields.text);
        assert_eq!(fields.text_for(Some("pl")), fields.text);
        assert_eq!(fields.text_for(None), fields.text);
        assert_eq!(fields.all_text().count(), STEMMED.len() + 1);
    }
}
