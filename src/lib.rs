//! newsidx: a search engine for folders of news reports.
//!
//! Data flows one way: files ([`crawl`]) → [`Article`](newsidx_extract::article::Article)
//! (the `newsidx-extract` crate: reading, decoding, extraction) → the Tantivy index ([`index`])
//! → hits ([`search`]) → printers ([`output`]).
//! [`export`] writes the stored articles as an engine's documents; [`push`] sends them to a
//! running engine through [`remote`], which also searches it.
//! The binary's subcommands ([`commands`]) wire those stages together.

pub mod commands;
pub mod copies;
pub mod crawl;
pub mod error;
pub mod export;
pub mod index;
pub mod output;
pub mod push;
pub mod remote;
pub mod search;
pub mod serve;
pub mod state;
