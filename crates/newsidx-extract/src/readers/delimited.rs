//! News CSV and TSV exports (Media Cloud, GDELT, scrapers): one story per row, its fields named
//! by the header (`title`/`headline`, `author`/`byline`, `publish_date`, `url`, `media_name`,
//! `text`/`body`). Rows are parsed by the `csv` crate; the delimiter is the one the header line
//! uses most. Each row becomes a record like a JSON object's, so the same key names apply.

use super::json;
use crate::page::Page;
use serde_json::{Map, Value};

/// The separators a header line may use, in the order preferred on a tie.
const DELIMITERS: [u8; 4] = [b',', b'\t', b';', b'|'];

/// Each row's number and its page, or why it could not be read.
pub(crate) type Rows = Vec<(usize, Result<Page, String>)>;

/// The pages of a delimited text, each with its row number (from 1, the header not counted); a
/// row that cannot be read is an `Err` naming it. `tab` is set for a `.tsv` file.
pub(crate) fn pages(text: &str, tab: bool) -> Result<Rows, String> {
    let delimiter = if tab { b'\t' } else { delimiter_of(text.lines().next().unwrap_or("")) };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("no header row: {e}"))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if !header.iter().any(|h| super::fields::is_article_key(h)) {
        return Err(format!("the header names no article column (title, text, url…): {}", header.join(", ")));
    }
    let rows = reader.records().enumerate().map(|(i, row)| {
        let page =
            row.map_err(|e| format!("row {}: {e}", i + 1)).and_then(|row| row_page(&header, &row, i + 1));
        (i + 1, page)
    });
    Ok(rows.collect())
}

fn delimiter_of(header: &str) -> u8 {
    let count = |d: u8| header.bytes().filter(|b| *b == d).count();
    DELIMITERS
        .into_iter()
        .max_by_key(|d| (count(*d), std::cmp::Reverse(DELIMITERS.iter().position(|x| x == d))))
        .unwrap_or(b',')
}

fn row_page(header: &[String], row: &csv::StringRecord, number: usize) -> Result<Page, String> {
    let record: Map<String, Value> = header
        .iter()
        .zip(row.iter())
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| (key.clone(), Value::String(value.to_string())))
        .collect();
    let page = json::page(&record);
    if page.meta.title.is_none() && page.lines.is_empty() {
        return Err(format!("row {number}: no title and no text"));
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const MEDIA_CLOUD: &str = "stories_id,publish_date,title,url,language,media_name,text\n\
1001,2026-03-04 07:45:00,Ferry fares cut,https://gazette.example/ferry,en,The Harbour Gazette,\"The island ferry company cut its fares, the board said.\n\nPassengers welcomed it.\"\n\
1002,2026-03-06,,https://courier.example/x,en,Valley Courier,\n\
1003,\"broken";

    #[test]
    fn each_row_is_a_record_and_a_bad_row_is_named() {
        let pages = pages(MEDIA_CLOUD, false).expect("a header");
        assert_eq!(pages.len(), 3);
        let first = pages[0].1.as_ref().expect("a page");
        assert_eq!(first.meta.title.as_deref(), Some("Ferry fares cut"));
        assert_eq!(first.meta.date, NaiveDate::from_ymd_opt(2026, 3, 4));
        assert_eq!(first.meta.outlet.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(first.meta.url.as_deref(), Some("https://gazette.example/ferry"));
        assert_eq!(
            first.lines,
            ["The island ferry company cut its fares, the board said.", "Passengers welcomed it."]
        );
        assert_eq!(pages[1].1.as_ref().map(|_| ()), Err(&"row 2: no title and no text".to_string()));
        assert!(pages[2].1.is_err());
    }

    #[test]
    fn the_delimiter_is_the_headers_own() {
        assert_eq!(delimiter_of("title;date;text"), b';');
        assert_eq!(delimiter_of("title\tdate\ttext"), b'\t');
        assert_eq!(delimiter_of("title,date"), b',');
        let tsv =
            "headline\tbyline\tbody\nDock strike ends\tBy Lev Aranda\tThe dock workers returned on Friday.\n";
        let page = pages(tsv, true).expect("a header").remove(0).1.expect("a page");
        assert_eq!(page.meta.authors, ["Lev Aranda"]);
    }

    #[test]
    fn a_table_that_is_not_of_articles_is_refused() {
        assert!(pages("part,price\nbolt,3\n", false).is_err());
    }
}
