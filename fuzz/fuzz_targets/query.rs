//! Any text as a query and as every filter value: a query or one clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsidx::index::schema::{self, Fields};
use newsidx::search::query::{build, parse_date, Filters, PeriodEnd};
use std::sync::LazyLock;
use tantivy::collector::Count;
use tantivy::Index;

static INDEX: LazyLock<(Index, Fields)> = LazyLock::new(|| {
    let (schema, fields) = schema::build();
    let index = Index::create_in_ram(schema);
    schema::register_tokenizers(&index);
    (index, fields)
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (query, value) = text.split_once('\n').unwrap_or((text, ""));
    let (index, fields) = &*INDEX;
    let filters = Filters {
        author: Some(value.to_string()),
        location: Some(value.to_string()),
        source: Some(value.to_string()),
        section: Some(value.to_string()),
        since: parse_date(value, PeriodEnd::First).ok(),
        until: parse_date(query, PeriodEnd::Last).ok(),
    };
    let languages: Vec<_> = fields.all_text().collect();
    if let Ok(built) = build(index, fields, &languages, query, &filters) {
        if let Ok(reader) = index.reader() {
            let _ = reader.searcher().search(&*built, &Count);
        }
    }
});
