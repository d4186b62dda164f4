//! The Tantivy index: its schema and analyzers, opening it, turning articles into documents, the
//! manifest of what it already holds, and bringing it up to date with its roots ([`update`]).

pub mod cjk;
pub mod clusters;
pub mod compact;
pub mod document;
pub mod manifest;
mod memory;
pub mod schema;
pub mod stem_cache;
pub mod store;
pub mod update;

pub use document::FileStamp;
pub use store::Store;
pub use update::path_key;
