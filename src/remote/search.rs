//! A search run by the engine that holds the exported archive, its answer read back into the
//! [`Hit`](crate::search::Hit)s newsidx prints, so every printer and every script works on either.

use super::http::Client;
use super::reply::{Asked, Page};
use super::{elastic, quickwit, EngineKind, Remote};
use crate::error::UserError;
use crate::search::{Request, SortBy};

/// The most hits one request asks for when every hit is wanted (`--limit 0`).
const PAGE: usize = 1000;
/// The deepest hit the engines page to by default (Elasticsearch's `max_result_window`).
pub const WINDOW: usize = 10_000;

/// The request body that searches `request` on `remote`, for `count` hits from `offset`.
pub fn asked(remote: &Remote, request: &Request, offset: usize, count: usize) -> Result<Asked, UserError> {
    if let SortBy::Random { .. } = request.sort {
        return Err(UserError::BadEngine {
            given: remote.base.clone(),
            reason: "--sort random is newsidx's own; an engine sorts by relevance or date".into(),
        });
    }
    Ok(match remote.kind {
        EngineKind::Quickwit => quickwit::asked(remote, request, offset, count)?,
        EngineKind::Elasticsearch => elastic::asked(remote, request, offset, count)?,
    })
}

/// Runs `request` on the engine: one page, or with `limit` 0 every hit up to [`WINDOW`].
pub fn run(client: &Client, remote: &Remote, request: &Request) -> Result<Page, UserError> {
    let wanted = if request.limit == 0 { WINDOW.saturating_sub(request.offset) } else { request.limit };
    let mut page = Page { total: 0, hits: Vec::new() };
    loop {
        let count = (wanted - page.hits.len()).min(PAGE);
        let from = request.offset + page.hits.len();
        let one = once(client, remote, &asked(remote, request, from, count)?, from)?;
        page.total = one.total;
        let got = one.hits.len();
        page.hits.extend(one.hits);
        if got < count || page.hits.len() >= wanted || from + got >= page.total {
            return Ok(page);
        }
    }
}

fn once(client: &Client, remote: &Remote, asked: &Asked, from: usize) -> Result<Page, UserError> {
    let (status, parsed) = asked.answer(client)?;
    match remote.kind {
        EngineKind::Quickwit => quickwit::page(&parsed, from),
        EngineKind::Elasticsearch => elastic::page(&parsed, from),
    }
    .map_err(|e| asked.unreadable(status, e))
}
