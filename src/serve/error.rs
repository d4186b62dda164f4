//! What the API answers when a request cannot be served: `{"error": "…"}` with 400 for a request
//! at fault (a bad query, date or parameter), 404 for an article not in the index, and 500 for a
//! failure of newsidx's own, whose detail goes to the server's log rather than to the client.

use crate::error::UserError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A request the API could not answer.
#[derive(Debug)]
pub enum ApiError {
    /// The request is at fault: the message says which parameter and why.
    BadRequest(String),
    /// No article in the index is at the path asked for.
    NotFound(String),
    /// Something failed inside the server.
    Internal(String),
}

impl ApiError {
    /// A parameter that does not say what it should.
    pub fn bad(name: &str, problem: impl std::fmt::Display) -> ApiError {
        ApiError::BadRequest(format!("parameter {name:?}: {problem}"))
    }
}

impl From<anyhow::Error> for ApiError {
    /// The user's errors keep their message and become 400 or 404; the rest are internal.
    fn from(err: anyhow::Error) -> ApiError {
        match err.downcast_ref::<UserError>() {
            Some(UserError::NotIndexed(_)) => ApiError::NotFound(err.to_string()),
            Some(
                UserError::BadQuery { .. }
                | UserError::BadDate(_)
                | UserError::NoSuchDate { .. }
                | UserError::EmptyRange { .. }
                | UserError::TooMany { .. },
            ) => ApiError::BadRequest(err.to_string()),
            _ => ApiError::Internal(format!("{err:#}")),
        }
    }
}

impl From<UserError> for ApiError {
    fn from(err: UserError) -> ApiError {
        ApiError::from(anyhow::Error::from(err))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, m),
            ApiError::Internal(m) => {
                eprintln!("newsidx serve: {m}");
                (StatusCode::INTERNAL_SERVER_ERROR, "newsidx failed to answer; its log says why".to_string())
            }
        };
        (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
    }
}
