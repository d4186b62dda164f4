//! Pushing to Elasticsearch or OpenSearch: the index created with newsidx's mapping
//! (`PUT /INDEX`), documents and deletions through `_bulk` under their stable ids (so a document
//! sent again replaces itself), and a `_refresh` at the end so searches see them at once.

use super::{Outgoing, Rejected, Sink};
use crate::error::UserError;
use crate::export::config;
use crate::remote::http::{Call, Client};
use crate::remote::Remote;
use serde_json::{json, Value};

/// One Elasticsearch or OpenSearch index.
pub struct Elastic<'a> {
    pub client: &'a Client,
    pub remote: &'a Remote,
}

impl Elastic<'_> {
    fn url(&self, tail: &str) -> String {
        format!("{}/{tail}", self.remote.base)
    }

    /// Posts `_bulk` lines; returns the items that failed, each with its position.
    fn bulk(&self, body: &str) -> Result<Vec<(usize, u16, String)>, UserError> {
        let url = self.url("_bulk");
        let reply = self.client.send(Call::post(&url, "application/x-ndjson", body.as_bytes()))?;
        if !reply.is_success() {
            return Err(reply.refused(&url));
        }
        let parsed: Value = serde_json::from_str(&reply.body).map_err(|e| UserError::EngineRefused {
            url,
            status: reply.status,
            message: format!("not a _bulk reply: {e}"),
        })?;
        Ok(failed_items(&parsed))
    }
}

impl Sink for Elastic<'_> {
    fn ensure_index(&self) -> Result<bool, UserError> {
        let url = self.url(&self.remote.index);
        let found = self.client.send(Call::head(&url))?;
        if found.is_success() {
            return Ok(false);
        }
        if found.status != 404 {
            return Err(found.refused(&url));
        }
        let mapping = config::elasticsearch().to_string();
        let made = self.client.send(Call::put(&url, "application/json", mapping.as_bytes()))?;
        made.is_success().then_some(true).ok_or_else(|| made.refused(&url))
    }

    fn replaces(&self) -> bool {
        true
    }

    fn send(&self, docs: &[Outgoing], _last: bool) -> Result<Vec<Rejected>, UserError> {
        let mut body = String::new();
        for doc in docs {
            let action = json!({"index": {"_index": self.remote.index, "_id": format!("{:016x}", doc.id)}});
            body.push_str(&format!("{action}\n{}\n", doc.json));
        }
        let failed = self.bulk(&body)?;
        Ok(failed
            .into_iter()
            .filter_map(|(at, _, message)| Some(Rejected { id: docs.get(at)?.id, message }))
            .collect())
    }

    fn delete(&self, ids: &[u64]) -> Result<(), UserError> {
        let body: String = ids
            .iter()
            .map(|id| {
                format!("{}\n", json!({"delete": {"_index": self.remote.index, "_id": format!("{id:016x}")}}))
            })
            .collect();
        match self.bulk(&body)?.into_iter().find(|(_, status, _)| *status != 404) {
            Some((at, status, message)) => Err(UserError::EngineRefused {
                url: self.url("_bulk"),
                status,
                message: format!("deleting {:016x}: {message}", ids[at]),
            }),
            None => Ok(()),
        }
    }

    fn finish(&self) -> Result<(), UserError> {
        let url = self.url(&format!("{}/_refresh", self.remote.index));
        let reply = self.client.send(Call::post(&url, "application/json", b""))?;
        reply.is_success().then_some(()).ok_or_else(|| reply.refused(&url))
    }
}

/// `(position, status, reason)` of every item of a `_bulk` reply that did not succeed.
fn failed_items(reply: &Value) -> Vec<(usize, u16, String)> {
    let items = reply.get("items").and_then(|i| i.as_array()).cloned().unwrap_or_default();
    let outcome =
        |item: &Value| item.as_object().and_then(|o| o.values().next()).cloned().unwrap_or(Value::Null);
    items
        .iter()
        .map(outcome)
        .enumerate()
        .filter_map(|(at, result)| {
            let status = result.get("status").and_then(|s| s.as_u64()).unwrap_or(0) as u16;
            if (200..300).contains(&status) {
                return None;
            }
            let reason =
                result.pointer("/error/reason").and_then(|r| r.as_str()).unwrap_or("failed").to_string();
            Some((at, status, reason))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failed_bulk_items_are_reported_with_their_place() {
        let reply = json!({"errors": true, "items": [
            {"index": {"_id": "a", "status": 201}},
            {"index": {"_id": "b", "status": 400, "error": {"type": "mapper_parsing_exception", "reason": "failed to parse field [date]"}}},
            {"delete": {"_id": "c", "status": 404}}
        ]});
        assert_eq!(
            failed_items(&reply),
            vec![(1, 400, "failed to parse field [date]".into()), (2, 404, "failed".into())]
        );
    }
}
