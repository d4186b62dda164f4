//! The HTML page inside an archived HTTP response: the head parsed by `httparse`, the body
//! de-chunked and inflated as its headers say. Only a `200` whose type is HTML is a page.

use std::io::Read;

/// The most headers a response head may have.
const MOST_HEADERS: usize = 256;

/// Whether a `Content-Type` is an HTML document's.
pub fn is_html(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    matches!(essence.as_str(), "text/html" | "application/xhtml+xml")
}

/// The body of an HTTP response that is an HTML page; `None` when it is not one, `Err` when it
/// is and its body cannot be read.
pub fn html_body(block: &[u8], limit: u64) -> Option<Result<Vec<u8>, String>> {
    let mut headers = vec![httparse::EMPTY_HEADER; MOST_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let head = match response.parse(block) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Some(Err("the HTTP response head is cut short".into())),
        Err(e) => return Some(Err(format!("not an HTTP response ({e})"))),
    };
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
    };
    if response.code != Some(200) || !header("content-type").is_some_and(|t| is_html(&t)) {
        return None;
    }
    let body = &block[head..];
    let body = match header("transfer-encoding") {
        Some(te) if te.contains("chunked") => match dechunk(body) {
            Ok(joined) => joined,
            Err(e) => return Some(Err(e)),
        },
        _ => body.to_vec(),
    };
    Some(inflate(body, header("content-encoding").as_deref(), limit))
}

/// The body of a chunked response, its chunks joined (a body cut short keeps what arrived).
fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(rest.len());
    loop {
        let (start, size) = match httparse::parse_chunk_size(rest) {
            Ok(httparse::Status::Complete((start, size))) => (start, size as usize),
            Ok(httparse::Status::Partial) => return Ok(out),
            Err(_) => return Err("a chunked body whose chunk sizes do not parse".into()),
        };
        if size == 0 {
            return Ok(out);
        }
        let end = (start + size).min(rest.len());
        out.extend_from_slice(&rest[start..end]);
        rest = rest.get(end + 2..).unwrap_or(&[]);
    }
}

/// The body as its `Content-Encoding` left it, inflated up to `limit` bytes.
fn inflate(body: Vec<u8>, encoding: Option<&str>, limit: u64) -> Result<Vec<u8>, String> {
    let reader: Box<dyn Read + '_> = match encoding.map(str::trim) {
        None | Some("" | "identity") => return Ok(body),
        Some("gzip" | "x-gzip") => Box::new(flate2::read::MultiGzDecoder::new(&body[..])),
        Some("deflate") => Box::new(flate2::read::ZlibDecoder::new(&body[..])),
        Some(other) => return Err(format!("a body in the {other} encoding, which newsidx does not read")),
    };
    let mut out = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("a {} body that does not inflate ({e})", encoding.unwrap_or("")))?;
    if out.len() as u64 > limit {
        return Err("a body that inflates past the size limit (--max-file-size)".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: u64 = 1 << 20;

    #[test]
    fn only_an_html_200_is_a_page() {
        let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>x</html>";
        assert_eq!(html_body(page, LIMIT), Some(Ok(b"<html>x</html>".to_vec())));
        assert_eq!(
            html_body(b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\nLocation: /a\r\n\r\n", LIMIT),
            None
        );
        assert_eq!(html_body(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", LIMIT), None);
        assert!(html_body(b"garbage that is no response", LIMIT).is_some_and(|r| r.is_err()));
    }

    #[test]
    fn chunked_and_gzipped_bodies_are_joined_and_inflated() {
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n2\r\n>x\r\n0\r\n\r\n";
        assert_eq!(html_body(chunked, LIMIT), Some(Ok(b"<html>x".to_vec())));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<p>inflated</p>").unwrap();
        let mut block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend(gz.finish().unwrap());
        assert_eq!(html_body(&block, LIMIT), Some(Ok(b"<p>inflated</p>".to_vec())));
        assert_eq!(html_body(&block, 4).map(|r| r.is_err()), Some(true));
    }

    #[test]
    fn html_types_are_recognised_by_their_essence() {
        assert!(is_html("Text/HTML; charset=ISO-8859-1") && is_html("application/xhtml+xml"));
        assert!(!is_html("text/plain") && !is_html("application/json"));
    }
}
