//! A stand-in for Quickwit and Elasticsearch on loopback, speaking the few endpoints newsidx uses
//! as their docs describe them, keeping what it is sent, and failing on request: busy answers
//! (429) to ride out, a crash after some batches, documents it refuses.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quickwit,
    Elasticsearch,
}

/// One request as received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path and query.
    pub target: String,
    pub body: String,
}

/// What the engine holds and how it should misbehave.
#[derive(Debug, Default)]
pub struct Engine {
    pub requests: Vec<Request>,
    /// The index config or mapping it was created with.
    pub created_with: Option<String>,
    /// Documents by id; Quickwit keeps twins, so each id maps to every copy sent.
    pub docs: BTreeMap<String, Vec<Value>>,
    /// Answer the next this many document requests 429.
    pub busy: usize,
    /// Take this many more document requests, then answer 500 to every one.
    pub crash_after: Option<usize>,
    /// Refuse documents whose path contains this.
    pub refuse_path: Option<String>,
    /// What `_search`/`search` answers.
    pub search_reply: Option<Value>,
}

pub struct Fake {
    pub url: String,
    pub engine: Arc<Mutex<Engine>>,
}

impl Fake {
    pub fn start(kind: Kind) -> Fake {
        let engine = Arc::new(Mutex::new(Engine::default()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let app = axum::Router::new().fallback(handle).with_state((kind, engine.clone()));
        std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                axum::serve(listener, app).await.expect("serve");
            });
        });
        Fake { url, engine }
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Engine) -> T) -> T {
        f(&mut self.engine.lock().expect("lock"))
    }

    /// How many copies of documents it holds, twins counted.
    pub fn held(&self) -> usize {
        self.with(|e| e.docs.values().map(Vec::len).sum())
    }

    /// The requests whose path starts with `prefix` (after the method).
    pub fn requests(&self, method: &str, contains: &str) -> Vec<Request> {
        self.with(|e| {
            e.requests.iter().filter(|r| r.method == method && r.target.contains(contains)).cloned().collect()
        })
    }
}

type Shared = (Kind, Arc<Mutex<Engine>>);

async fn handle(State((kind, engine)): State<Shared>, method: Method, uri: Uri, body: Bytes) -> Response {
    let body = String::from_utf8_lossy(&body).into_owned();
    let target = uri.path_and_query().map(|p| p.to_string()).unwrap_or_default();
    let mut engine = engine.lock().expect("lock");
    engine.requests.push(Request { method: method.to_string(), target: target.clone(), body: body.clone() });
    let path: Vec<&str> = uri.path().split('/').filter(|s| !s.is_empty()).collect();
    match kind {
        Kind::Quickwit => quickwit(&mut engine, &method, &path, &body),
        Kind::Elasticsearch => elastic(&mut engine, &method, &path, &body),
    }
}

fn reply(status: StatusCode, body: Value) -> Response {
    (status, axum::Json(body)).into_response()
}

/// A document request's misbehaviour, if one is due.
fn trouble(engine: &mut Engine) -> Option<Response> {
    if engine.busy > 0 {
        engine.busy -= 1;
        return Some(reply(StatusCode::TOO_MANY_REQUESTS, json!({"message": "too many requests"})));
    }
    match engine.crash_after {
        Some(0) => Some(reply(StatusCode::INTERNAL_SERVER_ERROR, json!({"message": "indexer crashed"}))),
        Some(n) => {
            engine.crash_after = Some(n - 1);
            None
        }
        None => None,
    }
}

fn quickwit(engine: &mut Engine, method: &Method, path: &[&str], body: &str) -> Response {
    match (method.as_str(), path) {
        ("GET", ["api", "v1", "version"]) => reply(StatusCode::OK, json!({"build": {"version": "fake"}})),
        ("GET", ["api", "v1", "indexes", id]) if engine.created_with.is_none() => {
            reply(StatusCode::NOT_FOUND, json!({"message": format!("index `{id}` not found")}))
        }
        ("GET", ["api", "v1", "indexes", _]) => reply(StatusCode::OK, json!({"index_config": {}})),
        ("POST", ["api", "v1", "indexes"]) => {
            engine.created_with = Some(body.to_string());
            reply(StatusCode::OK, json!({"index_uid": "fake:01"}))
        }
        ("POST", ["api", "v1", _, "ingest"]) => trouble(engine).unwrap_or_else(|| ingest(engine, body)),
        ("POST", ["api", "v1", _, "delete-tasks"]) => {
            let query: Value = serde_json::from_str(body).expect("a delete query");
            let text = query["query"].as_str().expect("query text");
            let ids = text.strip_prefix("id:IN [").and_then(|t| t.strip_suffix(']')).expect("id:IN [...]");
            ids.split(' ').for_each(|id| drop(engine.docs.remove(id)));
            reply(StatusCode::OK, json!({"opstamp": 1, "delete_query": query}))
        }
        ("POST", ["api", "v1", _, "search"]) => {
            reply(StatusCode::OK, engine.search_reply.clone().unwrap_or(json!({"num_hits": 0, "hits": []})))
        }
        _ => reply(StatusCode::NOT_FOUND, json!({"message": "no such route"})),
    }
}

fn ingest(engine: &mut Engine, body: &str) -> Response {
    let mut failures = Vec::new();
    let lines: Vec<&str> = body.lines().collect();
    for line in &lines {
        let doc: Value = serde_json::from_str(line).expect("NDJSON");
        let path = doc["path"].as_str().unwrap_or_default();
        if engine.refuse_path.as_deref().is_some_and(|p| path.contains(p)) {
            failures.push(json!({"message": "field `date` is not rfc3339", "reason": "invalid_schema", "document": line}));
            continue;
        }
        engine.docs.entry(doc["id"].as_str().expect("id").to_string()).or_default().push(doc);
    }
    let rejected = failures.len();
    reply(
        StatusCode::OK,
        json!({"num_docs_for_processing": lines.len(), "num_ingested_docs": lines.len() - rejected,
               "num_rejected_docs": rejected, "parse_failures": failures}),
    )
}

fn elastic(engine: &mut Engine, method: &Method, path: &[&str], body: &str) -> Response {
    match (method.as_str(), path) {
        ("GET", []) => {
            reply(StatusCode::OK, json!({"version": {"number": "8.15.0"}, "tagline": "You Know, for Search"}))
        }
        ("HEAD", [_]) if engine.created_with.is_none() => StatusCode::NOT_FOUND.into_response(),
        ("HEAD", [_]) => StatusCode::OK.into_response(),
        ("PUT", [_]) => {
            engine.created_with = Some(body.to_string());
            reply(StatusCode::OK, json!({"acknowledged": true}))
        }
        ("POST", ["_bulk"]) => trouble(engine).unwrap_or_else(|| bulk(engine, body)),
        ("POST", [_, "_refresh"]) => reply(StatusCode::OK, json!({"_shards": {"failed": 0}})),
        ("POST", [_, "_search"]) => reply(
            StatusCode::OK,
            engine.search_reply.clone().unwrap_or(json!({"hits": {"total": {"value": 0}, "hits": []}})),
        ),
        _ => reply(StatusCode::NOT_FOUND, json!({"error": {"reason": "no such route"}, "status": 404})),
    }
}

fn bulk(engine: &mut Engine, body: &str) -> Response {
    let mut lines = body.lines();
    let mut items = Vec::new();
    while let Some(action) = lines.next() {
        let action: Value = serde_json::from_str(action).expect("an action line");
        let (verb, meta) = action.as_object().and_then(|o| o.iter().next()).expect("one action");
        let id = meta["_id"].as_str().expect("_id").to_string();
        if verb == "delete" {
            let status = if engine.docs.remove(&id).is_some() { 200 } else { 404 };
            items.push(json!({"delete": {"_id": id, "status": status}}));
            continue;
        }
        let doc: Value = serde_json::from_str(lines.next().expect("a document line")).expect("JSON");
        let path = doc["path"].as_str().unwrap_or_default().to_string();
        if engine.refuse_path.as_deref().is_some_and(|p| path.contains(p)) {
            items.push(json!({"index": {"_id": id, "status": 400, "error": {"type": "mapper_parsing_exception", "reason": "failed to parse field [date]"}}}));
            continue;
        }
        engine.docs.insert(id.clone(), vec![doc]);
        items.push(json!({"index": {"_id": id, "status": 201}}));
    }
    let errors = items.iter().any(|i| {
        i.as_object()
            .and_then(|o| o.values().next())
            .is_some_and(|r| r["status"] != 200 && r["status"] != 201)
    });
    reply(StatusCode::OK, json!({"errors": errors, "items": items}))
}
