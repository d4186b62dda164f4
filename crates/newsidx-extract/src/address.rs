//! Web addresses of articles: what a page states as its own address becomes one clean absolute
//! `http(s)` URL, and its host is what `--site` and the engines' site facet compare.

use url::Url;

/// `text` as an absolute web address (resolved against `base` when relative), its fragment
/// dropped: `#comments` and `#top` name the same article. `None` for anything that is not an
/// `http` or `https` address (`javascript:`, `mailto:`, a bare word).
pub fn absolute(text: &str, base: Option<&str>) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let base = base.and_then(|b| Url::parse(b).ok());
    let mut url = match Url::parse(text) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(text).ok()?,
        Err(_) => return None,
    };
    url.set_fragment(None);
    (matches!(url.scheme(), "http" | "https") && url.host_str().is_some()).then(|| url.to_string())
}

/// The host of an address, lower-cased, without a leading `www.`: `https://WWW.Example.com/a`
/// → `example.com`. Also accepts a bare host (`news.example.org`), as a user types `--site`.
pub fn host(address: &str) -> Option<String> {
    let address = address.trim();
    let parsed = Url::parse(address).or_else(|_| Url::parse(&format!("http://{address}"))).ok()?;
    let host = parsed.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// The host and every domain above it, most specific first: `a.news.example.org` →
/// `a.news.example.org`, `news.example.org`, `example.org`. A bare top-level label (`org`) is
/// left out: `--site org` would match half the web.
pub fn domains(host: &str) -> Vec<&str> {
    let mut out = vec![host];
    let mut rest = host;
    while let Some((_, parent)) = rest.split_once('.') {
        if parent.contains('.') {
            out.push(parent);
        }
        rest = parent;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_absolute_without_fragments() {
        assert_eq!(
            absolute(" https://news.example/a/b#top ", None).as_deref(),
            Some("https://news.example/a/b")
        );
        assert_eq!(
            absolute("/world/story-1", Some("https://news.example/home")).as_deref(),
            Some("https://news.example/world/story-1")
        );
        assert_eq!(absolute("/world/story-1", None), None);
        assert_eq!(absolute("mailto:desk@news.example", None), None);
        assert_eq!(absolute("javascript:void(0)", None), None);
        assert_eq!(absolute("", None), None);
    }

    #[test]
    fn hosts_are_folded_and_lose_www() {
        assert_eq!(host("https://WWW.Example.com/a?b=c").as_deref(), Some("example.com"));
        assert_eq!(host("news.example.org").as_deref(), Some("news.example.org"));
        assert_eq!(host("http://localhost:8080/x").as_deref(), Some("localhost"));
        assert_eq!(host("").as_deref(), None);
    }

    #[test]
    fn a_host_lies_under_each_domain_above_it() {
        assert_eq!(domains("a.news.example.org"), ["a.news.example.org", "news.example.org", "example.org"]);
        assert_eq!(domains("example.org"), ["example.org"]);
        assert_eq!(domains("localhost"), ["localhost"]);
    }
}
