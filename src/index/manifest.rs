//! What the index already holds: each document's path and file stamp, read from fast fields
//! (no stored document is decompressed), so an unchanged archive is confirmed from `stat` alone.

use super::document::FileStamp;
use super::schema::Fields;
use std::collections::HashMap;
use tantivy::Searcher;

/// File → stamp of every file with a live document at the last commit.
pub fn read(searcher: &Searcher, fields: &Fields) -> tantivy::Result<HashMap<String, FileStamp>> {
    let mut known = HashMap::new();
    let schema = searcher.schema();
    let name = |field| schema.get_field_name(field).to_string();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let Some(paths) = fast.str(&name(fields.file))? else {
            continue;
        };
        let sizes = fast.u64(&name(fields.size))?;
        let mtimes = fast.i64(&name(fields.mtime))?;
        let hashes = fast.u64(&name(fields.hash))?;
        let names = all_terms(&paths)?;
        for doc in segment.doc_ids_alive() {
            let Some(name) = paths.term_ords(doc).next().and_then(|ord| names.get(ord as usize)) else {
                continue;
            };
            let stamp = FileStamp {
                size: sizes.first(doc).unwrap_or(0),
                mtime: mtimes.first(doc).unwrap_or(0),
                hash: hashes.first(doc).unwrap_or(0),
            };
            known.insert(name.clone(), stamp);
        }
    }
    Ok(known)
}

/// Every term of a string column, indexed by ordinal: one pass over the dictionary instead of a
/// lookup per document (which cost a hundred thousand instructions each).
fn all_terms(column: &tantivy::columnar::StrColumn) -> std::io::Result<Vec<String>> {
    let dictionary = column.dictionary();
    let mut terms = Vec::with_capacity(dictionary.num_terms());
    let mut stream = dictionary.stream()?;
    while stream.advance() {
        terms.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(terms)
}
