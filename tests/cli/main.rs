//! Integration tests: the real `newsidx` binary run on temporary copies of `sample-archive/`
//! and of the fixtures under `tests/fixtures/`. One binary, one small harness.

mod copies;
mod databases;
mod engine_search;
mod export;
mod extract;
mod fake_engine;
mod first_hour;
mod formats;
mod hardening;
mod harness;
mod incremental;
mod kwic;
mod mail;
mod push;
mod search;
mod serve;
mod stats;
mod timeline;
mod warc;
mod watch;
