//! Pushing to Quickwit: the index created from newsidx's config (`POST /api/v1/indexes`, YAML),
//! documents through the ingest API (`POST /api/v1/INDEX/ingest`, NDJSON, parse failures asked
//! for by `detailed_response`), and deletions as delete tasks naming the ids (`id:IN [...]`).
//! Quickwit keeps a document sent twice as two, so a changed one is deleted before it is sent.

use super::{Outgoing, Rejected, Sink};
use crate::error::UserError;
use crate::export::config;
use crate::remote::http::{Call, Client};
use crate::remote::Remote;

/// One Quickwit index.
pub struct Quickwit<'a> {
    pub client: &'a Client,
    pub remote: &'a Remote,
}

impl Quickwit<'_> {
    fn url(&self, tail: &str) -> String {
        format!("{}/api/v1/{tail}", self.remote.base)
    }
}

impl Sink for Quickwit<'_> {
    fn ensure_index(&self) -> Result<bool, UserError> {
        let url = self.url(&format!("indexes/{}", self.remote.index));
        let found = self.client.send(Call::get(&url))?;
        if found.is_success() {
            return Ok(false);
        }
        if found.status != 404 {
            return Err(found.refused(&url));
        }
        let yaml = config::quickwit(&self.remote.index);
        let create = self.url("indexes");
        let made = self.client.send(Call::post(&create, "application/yaml", yaml.as_bytes()))?;
        made.is_success().then_some(true).ok_or_else(|| made.refused(&create))
    }

    fn replaces(&self) -> bool {
        false
    }

    fn send(&self, docs: &[Outgoing], last: bool) -> Result<Vec<Rejected>, UserError> {
        let commit = if last { "force" } else { "auto" };
        let url = self.url(&format!("{}/ingest?commit={commit}&detailed_response=true", self.remote.index));
        let body: String = docs.iter().flat_map(|d| [d.json.as_str(), "\n"]).collect();
        let reply = self.client.send(Call::post(&url, "application/x-ndjson", body.as_bytes()))?;
        if !reply.is_success() {
            return Err(reply.refused(&url));
        }
        Ok(rejected(&reply.body))
    }

    fn delete(&self, ids: &[u64]) -> Result<(), UserError> {
        let url = self.url(&format!("{}/delete-tasks", self.remote.index));
        let body = serde_json::json!({ "query": delete_query(ids) }).to_string();
        let reply = self.client.send(Call::post(&url, "application/json", body.as_bytes()))?;
        reply.is_success().then_some(()).ok_or_else(|| reply.refused(&url))
    }

    fn finish(&self) -> Result<(), UserError> {
        Ok(())
    }
}

/// `id:IN [0123… 4567…]`: a term set over the raw `id` field.
pub fn delete_query(ids: &[u64]) -> String {
    let ids: Vec<String> = ids.iter().map(|id| format!("{id:016x}")).collect();
    format!("id:IN [{}]", ids.join(" "))
}

/// The documents an ingest reply says it could not parse, found by the id in each failure's
/// copy of the document.
fn rejected(body: &str) -> Vec<Rejected> {
    let Ok(reply) = serde_json::from_str::<serde_json::Value>(body) else { return Vec::new() };
    let failures = reply.get("parse_failures").and_then(|f| f.as_array()).cloned().unwrap_or_default();
    failures
        .iter()
        .map(|f| {
            let document: Option<serde_json::Value> =
                f.get("document").and_then(|d| d.as_str()).and_then(|d| serde_json::from_str(d).ok());
            let id = document.as_ref().and_then(|d| d.get("id")?.as_str().map(str::to_string));
            let message = f.get("message").and_then(|m| m.as_str()).unwrap_or("rejected").to_string();
            Rejected { id: id.and_then(|id| u64::from_str_radix(&id, 16).ok()).unwrap_or(0), message }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletions_name_the_ids_as_a_term_set() {
        assert_eq!(delete_query(&[1, 0xabc]), "id:IN [0000000000000001 0000000000000abc]");
    }

    #[test]
    fn parse_failures_are_read_back_to_their_documents() {
        let body = r#"{"num_docs_for_processing": 2, "num_ingested_docs": 1, "num_rejected_docs": 1,
            "parse_failures": [{"message": "field `date` must be rfc3339", "reason": "invalid_schema",
            "document": "{\"id\":\"00000000000000ff\",\"date\":\"yesterday\"}"}]}"#;
        assert_eq!(
            rejected(body),
            vec![Rejected { id: 255, message: "field `date` must be rfc3339".into() }]
        );
        assert!(rejected(r#"{"num_rejected_docs": 0}"#).is_empty());
    }
}
