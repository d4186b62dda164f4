//! The index schema and its analyzers. Analyzers are not stored in the index, so
//! [`register_tokenizers`] runs on every open.

use tantivy::schema::{
    DateOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED,
    STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::Index;

/// Bumped whenever the schema or an analyzer changes; an index of another version must be rebuilt.
pub const SCHEMA_VERSION: u32 = 2;

/// Words: lower-cased, accents folded (Müller finds Muller), English stems.
pub const WORDS: &str = "newsidx_words";
/// Names: lower-cased and folded, no stemming (Holland must not find Hollands).
pub const NAMES: &str = "newsidx_names";

/// Handles to every field, looked up once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The article's own path (`file.jsonl#3` for a record of a multi-article file).
    pub path: Field,
    /// The file the article came from: the key of the incremental run.
    pub file: Field,
    /// ISO 639-1 code of the detected language.
    pub language: Field,
    pub title: Field,
    pub body: Field,
    pub author: Field,
    pub location: Field,
    pub source: Field,
    pub section: Field,
    /// Exact, case-folded facets for `--source` and `--section`.
    pub source_exact: Field,
    pub section_exact: Field,
    pub date: Field,
    pub size: Field,
    pub mtime: Field,
    pub hash: Field,
}

/// Builds the schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        path: b.add_text_field("path", STRING | STORED),
        file: b.add_text_field("file", STRING | FAST),
        language: b.add_text_field("language", STRING | STORED),
        title: b.add_text_field("title", text(WORDS, true)),
        body: b.add_text_field("body", text(WORDS, true)),
        author: b.add_text_field("author", text(NAMES, true)),
        location: b.add_text_field("location", text(NAMES, true)),
        source: b.add_text_field("source", text(NAMES, true)),
        section: b.add_text_field("section", text(NAMES, true)),
        source_exact: b.add_text_field("source_exact", STRING | FAST),
        section_exact: b.add_text_field("section_exact", STRING | FAST),
        date: b.add_date_field("date", DateOptions::from(INDEXED).set_stored().set_fast()),
        size: b.add_u64_field("size", FAST),
        mtime: b.add_i64_field("mtime", FAST),
        hash: b.add_u64_field("hash", FAST),
    };
    (b.build(), fields)
}

/// Looks up the field handles in an opened index's schema.
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        path: f("path")?,
        file: f("file")?,
        language: f("language")?,
        title: f("title")?,
        body: f("body")?,
        author: f("author")?,
        location: f("location")?,
        source: f("source")?,
        section: f("section")?,
        source_exact: f("source_exact")?,
        section_exact: f("section_exact")?,
        date: f("date")?,
        size: f("size")?,
        mtime: f("mtime")?,
        hash: f("hash")?,
    })
}

fn text(tokenizer: &str, stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// Registers newsidx's analyzers on an opened or created index.
pub fn register_tokenizers(index: &Index) {
    let words = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build();
    let names = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(WORDS, words);
    index.tokenizers().register(NAMES, names);
}

/// The folded form stored in the exact facets and compared by the exact filters.
pub fn exact_key(value: &str) -> String {
    value.trim().to_lowercase()
}
