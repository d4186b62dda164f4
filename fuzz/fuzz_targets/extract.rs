//! Any bytes, read as every format newsidx knows (plain and gzipped): an article, a skip or an
//! error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsidx::read::{from_bytes, Format, Kind};

const FORMATS: [Format; 9] = [
    Format::Text,
    Format::Html,
    Format::Markdown,
    Format::Json,
    Format::JsonLines,
    Format::Csv,
    Format::Tsv,
    Format::Rtf,
    Format::Docx,
];

fuzz_target!(|data: &[u8]| {
    for format in FORMATS {
        for gzip in [false, true] {
            let outcome = from_bytes("fuzz", Kind { format, gzip }, data, 1 << 20);
            for article in outcome.articles {
                assert!(article.date.is_none_or(newsidx::extract::dates::plausible));
            }
        }
    }
});
