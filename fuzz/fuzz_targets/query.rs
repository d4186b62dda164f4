//! Any text as a query and as every filter value: a query or one clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsidx::index::schema::{self, Fields};
use newsidx::search::query::{build, parse_date, Filters, PeriodEnd};
use std::sync::LazyLock;
use tantivy::collector::Count;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

static INDEX: LazyLock<(Index, Fields, Searcher)> = LazyLock::new(|| {
    let (schema, fields) = schema::build();
    let index = Index::create_in_ram(schema);
    schema::register_tokenizers(&index);
    let reader: IndexReader =
        index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().expect("reader");
    let searcher = reader.searcher();
    (index, fields, searcher)
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (query, value) = text.split_once('\n').unwrap_or((text, ""));
    let (index, fields, searcher) = &*INDEX;
    let filters = Filters {
        author: Some(value.to_string()),
        location: Some(value.to_string()),
        source: Some(value.to_string()),
        section: Some(value.to_string()),
        since: parse_date(value, PeriodEnd::First).ok(),
        until: parse_date(query, PeriodEnd::Last).ok(),
    };
    let languages: Vec<_> = fields.all_text().take(2).collect();
    if let Ok(built) = build(index, fields, &languages, query, &filters) {
        let _ = searcher.search(&*built, &Count);
    }
});
