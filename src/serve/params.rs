//! The parameters of an API request, read from its query string into the same requests the CLI
//! builds from its flags, each bounded, and each fault named in a 400.

use super::error::ApiError;
use crate::search::period::{check_range, parse_date, PeriodEnd};
use crate::search::stats::Facet;
use crate::search::timeline::Period;
use crate::search::{Filters, Request, SortBy};

/// The longest query text taken, in bytes: far more than any typed search, few enough that a
/// request cannot make the parser build a query of a million clauses.
pub const MAX_QUERY: usize = 1_000;
/// The most hits one page may ask for (a full export is the CLI's `--limit 0`).
pub const MAX_LIMIT: usize = 1_000;
/// The furthest a page may start.
pub const MAX_OFFSET: usize = 100_000;
/// The most `vs` series one timeline takes.
pub const MAX_SERIES: usize = 8;

/// A request's query string, decoded.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Decodes a query string (`None` when the request has none).
    pub fn parse(query: Option<&str>) -> Params {
        let pairs = form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
        Params { pairs }
    }

    /// The first value of `name`, when given and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v.as_str())
    }

    /// Every non-empty value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v.as_str()).collect()
    }

    /// The article's path as indexed, which `article` and `related` need.
    pub fn path(&self) -> Result<&str, ApiError> {
        self.get("path").ok_or_else(|| ApiError::bad("path", "is needed: the article's path as indexed"))
    }

    /// The query text `q` (empty when not given), bounded.
    pub fn query(&self) -> Result<String, ApiError> {
        query_text("q", self.get("q").unwrap_or(""))
    }

    /// A count parameter, `default` when not given, at most `most`.
    pub fn count(&self, name: &str, default: usize, most: usize) -> Result<usize, ApiError> {
        let Some(text) = self.get(name) else { return Ok(default) };
        let n: usize =
            text.parse().map_err(|_| ApiError::bad(name, format!("{text:?} is not a whole number")))?;
        if n > most {
            return Err(ApiError::bad(name, format!("{n} is more than the {most} it takes")));
        }
        Ok(n)
    }

    /// A yes-or-no parameter: `true`/`1`/`yes` or `false`/`0`/`no`.
    pub fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.get(name) {
            None | Some("false" | "0" | "no") => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some(other) => Err(ApiError::bad(name, format!("{other:?} is neither true nor false"))),
        }
    }

    /// The filters every search and count takes: author, location, source, section, outlet, site,
    /// since, until and all_copies.
    pub fn filters(&self) -> Result<Filters, ApiError> {
        let text = |name: &str| -> Result<Option<String>, ApiError> {
            self.get(name).map(|v| query_text(name, v)).transpose()
        };
        let day = |name: &str, end| self.get(name).map(|v| parse_date(v, end)).transpose();
        let (since, until) = (day("since", PeriodEnd::First)?, day("until", PeriodEnd::Last)?);
        check_range(since, until)?;
        Ok(Filters {
            author: text("author")?,
            location: text("location")?,
            source: text("source")?,
            section: text("section")?,
            outlet: text("outlet")?,
            site: text("site")?,
            since,
            until,
            all_copies: self.flag("all_copies")?,
        })
    }

    /// A search: `q`, the filters, `sort` (relevance, date or random with `seed`), `limit` and
    /// `offset`.
    pub fn request(&self) -> Result<Request, ApiError> {
        let sort = match self.get("sort") {
            None | Some("relevance") => SortBy::Relevance,
            Some("date") => SortBy::Date,
            Some("random") => SortBy::Random { seed: self.count("seed", 0, usize::MAX)? as u64 },
            Some(other) => {
                return Err(ApiError::bad("sort", format!("{other:?} is not relevance, date or random")))
            }
        };
        Ok(Request {
            query: self.query()?,
            filters: self.filters()?,
            limit: match self.count("limit", 10, MAX_LIMIT)? {
                0 => {
                    return Err(ApiError::bad(
                        "limit",
                        "a page holds 1 hit or more (the CLI's --limit 0 exports all)",
                    ))
                }
                n => n,
            },
            offset: self.count("offset", 0, MAX_OFFSET)?,
            sort,
        })
    }

    /// Facets named in `name`, comma-separated or repeated (`facets=author,source`).
    pub fn facets(&self, name: &str) -> Result<Vec<Facet>, ApiError> {
        let names = self.all(name).into_iter().flat_map(|v| v.split(',')).map(str::trim);
        let facet =
            |n: &str| Facet::from_name(n).ok_or_else(|| ApiError::bad(name, format!("{n:?} is no facet")));
        names.filter(|n| !n.is_empty()).map(facet).collect()
    }

    /// The period of a timeline, `month` when not given.
    pub fn period(&self) -> Result<Period, ApiError> {
        let text = self.get("by").unwrap_or("month");
        Period::from_name(text)
            .ok_or_else(|| ApiError::bad("by", format!("{text:?} is not day, week, month or year")))
    }

    /// A timeline's queries: `q`, then each `vs`.
    pub fn series(&self) -> Result<Vec<String>, ApiError> {
        let vs = self.all("vs");
        if vs.len() > MAX_SERIES {
            return Err(ApiError::bad(
                "vs",
                format!("{} series is more than the {MAX_SERIES} a chart takes", vs.len()),
            ));
        }
        std::iter::once(Ok(self.query()?)).chain(vs.into_iter().map(|v| query_text("vs", v))).collect()
    }
}

/// A text parameter, refused when longer than [`MAX_QUERY`].
fn query_text(name: &str, text: &str) -> Result<String, ApiError> {
    if text.len() > MAX_QUERY {
        return Err(ApiError::bad(
            name,
            format!("{} bytes is more than the {MAX_QUERY} it takes", text.len()),
        ));
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(q: &str) -> Params {
        Params::parse(Some(q))
    }

    #[test]
    fn a_search_reads_like_the_cli_flags() {
        let request = params("q=Kremlin+talks&source=Reuters&since=2025-12&sort=date&limit=5&offset=10")
            .request()
            .expect("a good request");
        assert_eq!(request.query, "Kremlin talks");
        assert_eq!(request.filters.source.as_deref(), Some("Reuters"));
        assert_eq!(request.filters.since.map(|d| d.to_string()).as_deref(), Some("2025-12-01"));
        assert_eq!((request.sort, request.limit, request.offset), (SortBy::Date, 5, 10));
    }

    #[test]
    fn each_fault_names_its_parameter() {
        let fault = |q: &str| match params(q).request() {
            Err(ApiError::BadRequest(m)) => m,
            other => panic!("{q}: {other:?}"),
        };
        assert!(fault("limit=abc").contains("\"limit\""));
        assert!(fault("limit=5000").contains("1000"));
        assert!(fault("limit=0").contains("\"limit\""));
        assert!(fault("sort=oldest").contains("\"sort\""));
        assert!(fault("since=2025-13").contains("2025-13"));
        assert!(fault("since=2026&until=2025").contains("after"));
        assert!(fault(&format!("q={}", "a".repeat(1001))).contains("\"q\""));
        assert!(fault("all_copies=maybe").contains("all_copies"));
    }

    #[test]
    fn facets_and_series_are_listed_in_order() {
        let p = params("facets=author,source&facets=month&q=a&vs=b&vs=c");
        assert_eq!(p.facets("facets").expect("facets"), [Facet::Author, Facet::Source, Facet::Month]);
        assert_eq!(p.series().expect("series"), ["a", "b", "c"]);
        assert!(matches!(params("facets=colour").facets("facets"), Err(ApiError::BadRequest(_))));
    }
}
