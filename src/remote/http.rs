//! HTTP to an engine: one blocking agent, and the retries a busy engine asks for — `429 Too
//! Many Requests`, a `5xx`, or no answer at all are tried again after a pause that doubles each
//! time (or the pause the engine's `Retry-After` asks for); any other status is the reply.

use crate::error::UserError;
use std::time::Duration;
use ureq::http::Response;
use ureq::Body;

/// The most a reply may hold: a page of hits with their bodies stays far below it.
const MOST_REPLY_BYTES: u64 = 512 << 20;
/// The longest pause between two tries, whatever the engine asks.
const LONGEST_PAUSE: Duration = Duration::from_secs(30);

/// An HTTP verb newsidx uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Put,
}

/// One request.
#[derive(Debug, Clone, Copy)]
pub struct Call<'a> {
    pub method: Method,
    pub url: &'a str,
    /// The body and its content type.
    pub body: Option<(&'a str, &'a [u8])>,
}

impl<'a> Call<'a> {
    pub fn get(url: &'a str) -> Call<'a> {
        Call { method: Method::Get, url, body: None }
    }
    pub fn head(url: &'a str) -> Call<'a> {
        Call { method: Method::Head, url, body: None }
    }
    pub fn post(url: &'a str, content_type: &'a str, body: &'a [u8]) -> Call<'a> {
        Call { method: Method::Post, url, body: Some((content_type, body)) }
    }
    pub fn put(url: &'a str, content_type: &'a str, body: &'a [u8]) -> Call<'a> {
        Call { method: Method::Put, url, body: Some((content_type, body)) }
    }
}

/// What the engine answered.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The engine's own words for a failure: Quickwit's `message`, Elasticsearch's
    /// `error.reason`, else the start of the body.
    pub fn message(&self) -> String {
        let json: Option<serde_json::Value> = serde_json::from_str(&self.body).ok();
        let said = json.as_ref().and_then(|v| {
            let reason = v.pointer("/error/root_cause/0/reason").or_else(|| v.pointer("/error/reason"));
            v.get("message")
                .or(reason)
                .or_else(|| v.get("error"))
                .and_then(|m| m.as_str().map(str::to_string))
        });
        said.unwrap_or_else(|| self.body.chars().take(300).collect::<String>().trim().to_string())
    }

    /// The failure as a user error naming the request.
    pub fn refused(&self, url: &str) -> UserError {
        UserError::EngineRefused { url: url.to_string(), status: self.status, message: self.message() }
    }
}

/// A blocking HTTP client that tries again.
#[derive(Debug, Clone)]
pub struct Client {
    agent: ureq::Agent,
    /// Tries after the first.
    retries: u32,
    /// The pause before the first retry.
    first_pause: Duration,
}

impl Client {
    /// A client that tries each request up to `retries` more times.
    pub fn new(retries: u32, first_pause: Duration) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(Duration::from_secs(300)))
            .build();
        Client { agent: config.into(), retries, first_pause }
    }

    /// Sends `call`, trying again while the engine is busy or out of reach.
    pub fn send(&self, call: Call<'_>) -> Result<Reply, UserError> {
        let mut attempt = 0;
        loop {
            let outcome = self.once(call);
            let again = match &outcome {
                Ok((reply, _)) => reply.status == 429 || reply.status >= 500,
                Err(_) => true,
            };
            if !again || attempt >= self.retries {
                return outcome.map(|(reply, _)| reply);
            }
            let asked = outcome.as_ref().ok().and_then(|(_, retry_after)| *retry_after);
            std::thread::sleep(asked.unwrap_or(self.first_pause * 2u32.pow(attempt)).min(LONGEST_PAUSE));
            attempt += 1;
        }
    }

    /// One try: the reply and the pause its `Retry-After` asks for.
    fn once(&self, call: Call<'_>) -> Result<(Reply, Option<Duration>), UserError> {
        let unreachable = |e: ureq::Error| UserError::EngineUnreachable {
            url: call.url.to_string(),
            reason: e.to_string(),
        };
        let response = match (call.method, call.body) {
            (Method::Get, _) => self.agent.get(call.url).call(),
            (Method::Head, _) => self.agent.head(call.url).call(),
            (Method::Post, Some((kind, body))) => {
                self.agent.post(call.url).header("content-type", kind).send(body)
            }
            (Method::Post, None) => self.agent.post(call.url).send_empty(),
            (Method::Put, Some((kind, body))) => {
                self.agent.put(call.url).header("content-type", kind).send(body)
            }
            (Method::Put, None) => self.agent.put(call.url).send_empty(),
        }
        .map_err(unreachable)?;
        read(response).map_err(unreachable)
    }
}

fn read(mut response: Response<Body>) -> Result<(Reply, Option<Duration>), ureq::Error> {
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let body = response.body_mut().with_config().limit(MOST_REPLY_BYTES).read_to_string()?;
    Ok((Reply { status, body }, retry_after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply { status, body: body.to_string() }
    }

    #[test]
    fn the_engines_own_words_are_the_message() {
        assert_eq!(reply(400, r#"{"message": "failed to parse query"}"#).message(), "failed to parse query");
        let es = r#"{"error": {"root_cause": [{"reason": "no such index [news]"}], "reason": "outer"}, "status": 404}"#;
        assert_eq!(reply(404, es).message(), "no such index [news]");
        assert_eq!(reply(502, "  Bad Gateway\n").message(), "Bad Gateway");
    }

    #[test]
    fn a_refusal_names_the_request_and_its_status() {
        let err =
            reply(413, r#"{"message": "payload too large"}"#).refused("http://h:7280/api/v1/news/ingest");
        assert_eq!(err.to_string(), "http://h:7280/api/v1/news/ingest answered 413: payload too large");
    }
}
