//! The engines' own descriptions of the exported documents, written from [`FIELDS`]: a Quickwit
//! index config (YAML) and an Elasticsearch/OpenSearch index body (JSON), each letting facet and
//! date-range queries work there as they do here.

use super::document::{FieldSpec, Kind, FIELDS};
use serde_json::{json, Map, Value};
use yaml_rust2::{Yaml, YamlEmitter};

/// The Quickwit doc-mapping format version written.
pub const QUICKWIT_VERSION: &str = "0.8";

/// The Quickwit index config of index `index_id`, as YAML.
pub fn quickwit(index_id: &str) -> String {
    let mut text = String::new();
    let mut emitter = YamlEmitter::new(&mut text);
    emitter.dump(&quickwit_yaml(index_id)).expect("writing YAML to a String cannot fail");
    text.push('\n');
    text
}

/// The config, keys in the order Quickwit's docs print them.
fn quickwit_yaml(index_id: &str) -> Yaml {
    let words = |items: &[&str]| Yaml::Array(items.iter().map(|s| text(s)).collect());
    map(vec![
        ("version", text(QUICKWIT_VERSION)),
        ("index_id", text(index_id)),
        (
            "doc_mapping",
            map(vec![
                ("mode", text("strict")),
                ("tokenizers", Yaml::Array(vec![words_tokenizer()])),
                ("field_mappings", Yaml::Array(FIELDS.iter().map(quickwit_field).collect())),
                ("timestamp_field", text("date")),
            ]),
        ),
        ("search_settings", map(vec![("default_search_fields", words(&SEARCHED_FIELDS))])),
        ("indexing_settings", map(vec![("commit_timeout_secs", Yaml::Integer(10))])),
    ])
}

/// The fields a bare word is looked for in, as newsidx's own search does.
pub const SEARCHED_FIELDS: [&str; 4] = ["title", "body", "authors", "location"];

/// The tokenizer prose and names are cut with: words, lower-cased and folded to ASCII as
/// newsidx folds them (`Müller` finds `Muller`). Quickwit's standard build has no stemmer (its
/// `en_stem` needs a feature the released binaries leave out), so words match as written.
const WORDS_TOKENIZER: &str = "newsidx_words";

fn words_tokenizer() -> Yaml {
    let filters = ["remove_long", "lower_caser", "ascii_folding"];
    map(vec![
        ("name", text(WORDS_TOKENIZER)),
        ("type", text("simple")),
        ("filters", Yaml::Array(filters.iter().map(|f| text(f)).collect())),
    ])
}

/// One field mapping. Names are cut into words for search (`authors:holland`) and kept whole,
/// as printed, in a raw fast column for counts; keys are raw and fast; prose keeps positions
/// for phrases and norms for BM25.
fn quickwit_field(field: &FieldSpec) -> Yaml {
    let kind = if field.many { "array<text>" } else { "text" };
    let yes = Yaml::Boolean(true);
    let mut entries = vec![("name", text(field.name))];
    entries.extend(match field.kind {
        Kind::Key => vec![("type", text(kind)), ("tokenizer", text("raw")), ("fast", yes)],
        Kind::Address => vec![("type", text(kind)), ("tokenizer", text("raw"))],
        Kind::Prose => searched(kind, WORDS_TOKENIZER),
        Kind::Name => {
            let raw_column = map(vec![("normalizer", text("raw"))]);
            [searched(kind, WORDS_TOKENIZER), vec![("fast", raw_column)]].concat()
        }
        Kind::Words => [searched(kind, "whitespace"), vec![("stored", Yaml::Boolean(false))]].concat(),
        Kind::Count => vec![("type", text("u64")), ("fast", yes)],
        Kind::Date => vec![
            ("type", text("datetime")),
            ("input_formats", Yaml::Array(vec![text("rfc3339")])),
            ("output_format", text("rfc3339")),
            ("fast", yes),
            ("fast_precision", text("seconds")),
        ],
    });
    map(entries)
}

/// The entries of a field searched for its words: cut by `tokenizer`, with positions for phrases
/// and norms for BM25.
fn searched(kind: &str, tokenizer: &str) -> Vec<(&'static str, Yaml)> {
    vec![
        ("type", text(kind)),
        ("tokenizer", text(tokenizer)),
        ("record", text("position")),
        ("fieldnorms", Yaml::Boolean(true)),
    ]
}

fn text(s: &str) -> Yaml {
    Yaml::String(s.to_string())
}

fn map(entries: Vec<(&str, Yaml)>) -> Yaml {
    Yaml::Hash(entries.into_iter().map(|(k, v)| (text(k), v)).collect())
}

/// The body of `PUT /<index>` for Elasticsearch or OpenSearch: strict mappings, text with a
/// `keyword` sub-field for names (searched by word, counted by `.keyword`), keywords for keys,
/// and the day as a `date`.
pub fn elasticsearch() -> Value {
    let properties: Map<String, Value> =
        FIELDS.iter().map(|f| (f.name.to_string(), elasticsearch_field(f.kind))).collect();
    let unstored: Vec<&str> = FIELDS.iter().filter(|f| f.kind == Kind::Words).map(|f| f.name).collect();
    json!({"mappings": {"dynamic": "strict", "_source": {"excludes": unstored}, "properties": properties}})
}

fn elasticsearch_field(kind: Kind) -> Value {
    match kind {
        Kind::Key | Kind::Address => json!({"type": "keyword"}),
        Kind::Prose => json!({"type": "text", "analyzer": "english"}),
        Kind::Name => {
            json!({"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 256}}})
        }
        Kind::Date => json!({"type": "date", "format": "strict_date_optional_time"}),
        Kind::Count => json!({"type": "integer"}),
        Kind::Words => json!({"type": "text", "analyzer": "whitespace", "index_options": "positions"}),
    }
}
