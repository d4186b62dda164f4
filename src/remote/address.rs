//! Where an engine listens and which index of it newsidx works with, from the address a user
//! types: `quickwit+http://host:7280/news`, `elasticsearch+https://host:9200/news`, or a plain
//! `http://host:7280` whose kind is asked of the engine itself.

use crate::error::UserError;
use url::Url;

/// The engines newsidx talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineKind {
    Quickwit,
    /// Elasticsearch or OpenSearch: the same `_bulk`, mapping and search APIs.
    Elasticsearch,
}

impl EngineKind {
    /// The name used in addresses and file names.
    pub fn name(self) -> &'static str {
        match self {
            EngineKind::Quickwit => "quickwit",
            EngineKind::Elasticsearch => "elasticsearch",
        }
    }
}

/// An engine's address as typed, its kind known or still to be asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// Named by the address's scheme (`quickwit+http`), or `None` for a plain `http(s)` one.
    pub kind: Option<EngineKind>,
    /// `scheme://host:port` and any path prefix before the index, with no trailing slash.
    pub base: String,
    /// The index named by the address's last path segment, if any.
    pub index: Option<String>,
}

/// One index on one engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    pub kind: EngineKind,
    pub base: String,
    pub index: String,
}

impl Remote {
    /// A file name that tells this index of this engine from every other: what newsidx has
    /// pushed to it is kept under that name.
    pub fn ledger_name(&self) -> String {
        let safe = |s: &str| -> String {
            s.chars()
                .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '_' })
                .collect()
        };
        let host = self.base.split_once("://").map_or(self.base.as_str(), |(_, rest)| rest);
        format!("{}-{}-{}.log", self.kind.name(), safe(host), safe(&self.index))
    }
}

/// Parses an engine address; a missing index is left for `--index-id` to name.
pub fn parse(text: &str) -> Result<Address, UserError> {
    let bad = |reason: &str| UserError::BadEngine { given: text.to_string(), reason: reason.to_string() };
    let (kind, rest) = match text.split_once('+') {
        Some((engine, rest)) if !engine.contains("://") => {
            (Some(kind_named(engine).ok_or_else(|| bad(KINDS))?), rest)
        }
        _ => (None, text),
    };
    let url = Url::parse(rest).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(bad("the address must be http:// or https:// with a host"));
    }
    let mut segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    let index = segments.pop().map(str::to_string);
    let prefix = segments.iter().map(|s| format!("/{s}")).collect::<String>();
    let origin = url.origin().ascii_serialization();
    Ok(Address { kind, base: format!("{origin}{prefix}"), index })
}

const KINDS: &str =
    "the engine must be quickwit, elasticsearch or opensearch (quickwit+http://HOST:7280/INDEX)";

fn kind_named(name: &str) -> Option<EngineKind> {
    match name.to_ascii_lowercase().as_str() {
        "quickwit" => Some(EngineKind::Quickwit),
        "elasticsearch" | "elastic" | "opensearch" | "es" => Some(EngineKind::Elasticsearch),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_its_engine_host_and_index() {
        let a = parse("quickwit+http://127.0.0.1:7280/news").unwrap();
        assert_eq!(
            a,
            Address {
                kind: Some(EngineKind::Quickwit),
                base: "http://127.0.0.1:7280".into(),
                index: Some("news".into())
            }
        );
        let b = parse("opensearch+https://search.example:9200/").unwrap();
        assert_eq!(
            (b.kind, b.base.as_str(), b.index),
            (Some(EngineKind::Elasticsearch), "https://search.example:9200", None)
        );
    }

    #[test]
    fn a_plain_address_leaves_the_kind_to_be_asked_and_keeps_a_path_prefix() {
        let a = parse("http://gateway.example/engines/es/news").unwrap();
        assert_eq!(
            (a.kind, a.base.as_str(), a.index.as_deref()),
            (None, "http://gateway.example/engines/es", Some("news"))
        );
    }

    #[test]
    fn unknown_engines_and_schemes_are_refused_with_the_address() {
        for given in ["solr+http://h:8983/x", "ftp://h/x", "quickwit+file:///tmp/x", "not an address"] {
            let err = parse(given).unwrap_err().to_string();
            assert!(err.contains(given), "{err}");
        }
    }

    #[test]
    fn ledger_names_tell_engines_hosts_and_indexes_apart() {
        let remote = |kind, base: &str, index: &str| Remote { kind, base: base.into(), index: index.into() };
        let a = remote(EngineKind::Quickwit, "http://localhost:7280", "news").ledger_name();
        assert_eq!(a, "quickwit-localhost_7280-news.log");
        assert_ne!(a, remote(EngineKind::Elasticsearch, "http://localhost:7280", "news").ledger_name());
        assert_ne!(a, remote(EngineKind::Quickwit, "http://localhost:7281", "news").ledger_name());
    }
}
