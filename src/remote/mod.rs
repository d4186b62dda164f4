//! Talking to a distributed engine that holds the archive newsidx exported: where it is
//! ([`address`]), and HTTP to it that rides out a busy engine ([`http`]).

pub mod address;
pub mod elastic;
pub mod http;
pub mod query;
pub mod quickwit;
pub mod reply;
pub mod search;
pub mod stats;

use crate::error::UserError;
pub use address::{EngineKind, Remote};
use http::{Call, Client};

/// The index newsidx works with when neither the address nor `--index-id` names one.
pub const DEFAULT_INDEX: &str = "newsidx";

/// Tries after the first for a search the engine is too busy to answer.
const SEARCH_RETRIES: u32 = 2;
/// The pause before a search's first retry.
const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// A client for searches, and the engine index that `typed` and `index_id` name.
pub fn connect(typed: &str, index_id: Option<&str>) -> Result<(Client, Remote), UserError> {
    let client = Client::new(SEARCH_RETRIES, SEARCH_PAUSE);
    let remote = resolve(&client, typed, index_id)?;
    Ok((client, remote))
}

/// The engine and index an address and `--index-id` name, asking the engine what it is when
/// the address does not say.
pub fn resolve(client: &Client, typed: &str, index_id: Option<&str>) -> Result<Remote, UserError> {
    let address = address::parse(typed)?;
    let index = index_id.map(str::to_string).or(address.index).unwrap_or_else(|| DEFAULT_INDEX.to_string());
    let kind = match address.kind {
        Some(kind) => kind,
        None => probe(client, &address.base, typed)?,
    };
    Ok(Remote { kind, base: address.base, index })
}

/// Quickwit answers `GET /api/v1/version`; Elasticsearch and OpenSearch answer `GET /` with
/// their version number.
fn probe(client: &Client, base: &str, typed: &str) -> Result<EngineKind, UserError> {
    if client.send(Call::get(&format!("{base}/api/v1/version")))?.is_success() {
        return Ok(EngineKind::Quickwit);
    }
    let root = client.send(Call::get(&format!("{base}/")))?;
    let json: Option<serde_json::Value> = serde_json::from_str(&root.body).ok();
    if root.is_success() && json.is_some_and(|j| j.pointer("/version/number").is_some()) {
        return Ok(EngineKind::Elasticsearch);
    }
    Err(UserError::BadEngine {
        given: typed.to_string(),
        reason: "it answers neither as Quickwit nor as Elasticsearch/OpenSearch; name the engine (quickwit+http://…)".into(),
    })
}
