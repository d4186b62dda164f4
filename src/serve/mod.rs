//! `newsidx serve`: the index in a browser. One page embedded in the binary (`page.html`, no
//! network needed) over a JSON API whose answers are the CLI's own JSON (`api`), read-only, on
//! axum. Every request is bounded: its parameters ([`params`]), its body, and its time.

mod api;
pub mod archive;
mod error;
mod params;

use archive::Archive;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::sync::Arc;
use std::time::Duration;

/// The page, embedded.
const PAGE: &str = include_str!("page.html");
/// The API's OpenAPI description, embedded.
const OPENAPI: &str = include_str!("openapi.json");
/// A request taking longer than this is answered 408 (its search may finish, unseen).
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The largest request body taken: the API reads nothing from bodies.
const MAX_BODY: usize = 16 * 1024;

/// The server's routes over `archive`.
pub fn router(archive: Arc<Archive>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/api/search", get(api::search))
        .route("/api/article", get(api::article))
        .route("/api/stats", get(api::stats))
        .route("/api/timeline", get(api::timeline))
        .route("/api/related", get(api::related))
        .route("/api/openapi.json", get(openapi))
        .fallback(not_found)
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_BODY))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, TIMEOUT))
        .with_state(archive)
}

async fn page() -> Response {
    let headers = [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")];
    (headers, PAGE).into_response()
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Anything but the page and the API: nothing else is served, whatever the path names.
async fn not_found() -> Response {
    error::ApiError::NotFound("no such page: newsidx serves / and /api/…".into()).into_response()
}
