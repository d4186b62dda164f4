//! The JSON API: each endpoint reads its parameters into the request its CLI command builds and
//! writes the answer with that command's own JSON printer, so `GET /api/search?q=…` and
//! `newsidx search … --json` print the same object. Work on the index runs on tokio's blocking
//! threads, so a slow search never stalls the server's event loop.

use super::archive::Archive;
use super::error::ApiError;
use super::params::Params;
use crate::output::stats::{write_stats, StatsFormat};
use crate::output::timeline::{write_timeline, TimelineFormat};
use crate::output::{self, CopiesOf, Format, PageInfo};
use crate::search::{self, facets, related, timeline};
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The most names `stats` may keep per facet in one answer.
const MAX_TOP: usize = 10_000;
/// The most related articles one answer lists.
const MAX_RELATED: usize = 100;

/// An endpoint's work: the answer's JSON, from the archive and the request's parameters.
type Answer = fn(&Archive, &Params) -> Result<Vec<u8>, ApiError>;

/// Runs `answer` on a blocking thread and sends its JSON, or the error it met. At most two
/// answers per core are worked on at once and the rest wait their turn in order: sixteen
/// searches time-sliced on two cores all finish late. On the bench (16 connections, 2 cores)
/// p99 went from 36 ms with no bound to 14 ms with one turn per core and 15 ms with two, which
/// keep 1,900 requests/s where one turn per core fell to 1,600.
pub async fn answer(archive: Arc<Archive>, query: Option<String>, answer: Answer) -> Response {
    let Ok(_turn) = Arc::clone(&archive.turns).acquire_owned().await else {
        return ApiError::Internal("the server is stopping".into()).into_response();
    };
    let work = move || answer(&archive, &Params::parse(query.as_deref()));
    match tokio::task::spawn_blocking(work).await {
        Ok(Ok(body)) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Ok(Err(e)) => e.into_response(),
        Err(e) => ApiError::Internal(format!("a request's work failed: {e}")).into_response(),
    }
}

/// The bytes a printer writes, or an internal error (writing to memory fails only on a bug).
fn json_of(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> Result<Vec<u8>, ApiError> {
    let mut body = Vec::new();
    write(&mut body).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(body)
}

/// `GET /api/search`: the `search --json` object, with `facets` when asked for.
pub async fn search(State(archive): State<Arc<Archive>>, RawQuery(query): RawQuery) -> Response {
    answer(archive, query, search_json).await
}

fn search_json(archive: &Archive, params: &Params) -> Result<Vec<u8>, ApiError> {
    let (request, asked) = (params.request()?, params.facets("facets")?);
    let (store, searcher) = (&archive.store, archive.searcher());
    let ranked = search::rank_with(store, &searcher, &request, archive.clusters()?)
        .map_err(|e| store.read_error(e))?;
    let all_copies = request.filters.all_copies;
    let facets = facets::of_ranked(store, &searcher, &ranked, &asked, all_copies, facets::PAGE_FACET_VALUES)?;
    let hits = ranked.hits(store, &searcher).map(|hit| hit.map_err(|e| store.read_error(e)));
    json_of(|body| output::write_results(body, Format::Json, PageInfo::of(&ranked, &facets), hits))
}

/// `GET /api/article?path=…`: the `show --json` object of the article indexed under that exact
/// path. The path is only ever looked up in the index, never opened.
pub async fn article(State(archive): State<Arc<Archive>>, RawQuery(query): RawQuery) -> Response {
    answer(archive, query, article_json).await
}

fn article_json(archive: &Archive, params: &Params) -> Result<Vec<u8>, ApiError> {
    let path = params.path()?;
    let store = &archive.store;
    let article = search::article_at(store, &archive.searcher(), path)
        .map_err(|e| store.read_error(e))?
        .ok_or_else(|| ApiError::NotFound(format!("{path} is not in the index")))?;
    let copies = CopiesOf::of(&*archive.clusters()?, &article.path);
    json_of(|body| output::write_article(body, true, &article, &copies))
}

/// `GET /api/stats?by=…`: the `stats --json` object.
pub async fn stats(State(archive): State<Arc<Archive>>, RawQuery(query): RawQuery) -> Response {
    answer(archive, query, stats_json).await
}

fn stats_json(archive: &Archive, params: &Params) -> Result<Vec<u8>, ApiError> {
    let (text, filters, by) = (params.query()?, params.filters()?, params.facets("by")?);
    if by.is_empty() {
        return Err(ApiError::bad(
            "by",
            "is needed: author, location, source, section, outlet, language, site, year, month, day or word",
        ));
    }
    let top = params.count("top", 20, MAX_TOP)?;
    let searcher = archive.searcher();
    let clusters = archive.clusters_for(&filters)?;
    let counted = facets::stats_of(&archive.store, &searcher, &clusters, &text, &filters, &by, top)?;
    json_of(|body| write_stats(body, StatsFormat::Json, &text, &counted))
}

/// `GET /api/timeline?q=…&vs=…`: the `timeline --json` object.
pub async fn timeline(State(archive): State<Arc<Archive>>, RawQuery(query): RawQuery) -> Response {
    answer(archive, query, timeline_json).await
}

fn timeline_json(archive: &Archive, params: &Params) -> Result<Vec<u8>, ApiError> {
    let (queries, filters) = (params.series()?, params.filters()?);
    let asked = timeline::Asked {
        queries: &queries,
        filters: &filters,
        by: params.period()?,
        share: params.flag("share")?,
    };
    let clusters = archive.clusters_for(&filters)?;
    let series = timeline::series(&archive.store, &archive.searcher(), &clusters, &asked)?;
    json_of(|body| write_timeline(body, TimelineFormat::Json, asked.by.name(), &series))
}

/// `GET /api/related?path=…`: the `related --json` object.
pub async fn related(State(archive): State<Arc<Archive>>, RawQuery(query): RawQuery) -> Response {
    answer(archive, query, related_json).await
}

fn related_json(archive: &Archive, params: &Params) -> Result<Vec<u8>, ApiError> {
    let path = params.path()?;
    let limit = params.count("limit", 10, MAX_RELATED)?;
    let (store, searcher) = (&archive.store, archive.searcher());
    let ranked = related::rank(store, &searcher, path, limit)
        .map_err(|e| store.read_error(e))?
        .ok_or_else(|| ApiError::NotFound(format!("{path} is not in the index")))?;
    let hits = ranked.hits(store, &searcher).map(|hit| hit.map_err(|e| store.read_error(e)));
    json_of(|body| output::write_results(body, Format::Json, PageInfo::of(&ranked, &[]), hits))
}
