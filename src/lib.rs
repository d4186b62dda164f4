//! newsidx: a search engine for folders of news reports.
//!
//! Data flows one way: files ([`crawl`], [`read`], [`decode`]) → [`Article`](article::Article)
//! ([`extract`]) → the Tantivy index ([`index`]) → hits ([`search`]) → printers ([`output`]).
//! The binary's subcommands ([`commands`]) wire those stages together.

pub mod agency;
pub mod article;
pub mod commands;
pub mod crawl;
pub mod decode;
pub mod error;
pub mod extract;
pub mod index;
pub mod output;
pub mod read;
pub mod script;
pub mod search;
