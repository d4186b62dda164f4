//! The Tantivy index: its schema and analyzers, opening it, turning articles into documents, and
//! the manifest of what it already holds for incremental runs.

pub mod cjk;
pub mod compact;
pub mod document;
pub mod manifest;
pub mod schema;
pub mod stem_cache;
pub mod store;

pub use document::FileStamp;
pub use store::Store;
