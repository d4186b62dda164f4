//! `newsidx timeline` on the indexed sample archive: periods from the first hit to the last with
//! empty ones at 0, several series on one timeline, shares, CSV, exit codes.

use crate::harness::{indexed_sample, Sandbox};
use serde_json::Value;
use std::sync::OnceLock;

static SAMPLE: OnceLock<Sandbox> = OnceLock::new();

fn buckets(series: &Value) -> Vec<(String, u64)> {
    let buckets = series["buckets"].as_array().expect("buckets");
    buckets
        .iter()
        .map(|b| (b["key"].as_str().expect("key").to_string(), b["count"].as_u64().expect("count")))
        .collect()
}

#[test]
fn every_day_from_the_first_hit_to_the_last_is_a_bucket_and_empty_days_count_zero() {
    let sandbox = indexed_sample(&SAMPLE);
    let timeline = sandbox.run(&["timeline", "", "--by", "day", "--json"]).expect_code(0).json();
    assert_eq!(timeline["by"], "day");
    let days = buckets(&timeline["series"][0]);
    let first = chrono::NaiveDate::parse_from_str(&days[0].0, "%Y-%m-%d").expect("a day");
    let last = chrono::NaiveDate::parse_from_str(&days[days.len() - 1].0, "%Y-%m-%d").expect("a day");
    assert_eq!(days.len() as i64, (last - first).num_days() + 1, "one bucket a day, none missing");
    assert!(days.iter().any(|(_, count)| *count == 0), "empty days are listed");
    assert_eq!(days.iter().map(|(_, c)| c).sum::<u64>(), 12);
    assert_eq!(timeline["series"][0]["total"], 12);
}

#[test]
fn vs_adds_a_series_on_the_same_periods_and_share_divides_by_all_articles() {
    let sandbox = indexed_sample(&SAMPLE);
    let timeline = sandbox.run(&["timeline", "said", "--vs", "", "--share", "--json"]).expect_code(0).json();
    let (said, all) = (&timeline["series"][0], &timeline["series"][1]);
    assert_eq!(said["query"], "said");
    let keys = |s: &Value| buckets(s).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    assert_eq!(keys(said), keys(all));
    assert_eq!(keys(said), ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
    for (mine, every) in said["buckets"].as_array().expect("buckets").iter().zip(buckets(all)) {
        assert_eq!(mine["all"].as_u64(), Some(every.1));
        let share = mine["count"].as_f64().unwrap_or(0.0) / every.1 as f64;
        assert!((mine["share"].as_f64().unwrap_or(-1.0) - share).abs() < 1e-9);
    }
    let csv = sandbox.run(&["timeline", "said", "--by", "year", "-f", "csv"]).expect_code(0);
    assert!(csv.stdout.starts_with("period,query,count\n2025,said,"), "{}", csv.stdout);
    sandbox.run(&["timeline", "zzyzxnotaword"]).expect_code(1);
}

#[test]
fn svg_is_a_chart_of_the_stated_size_with_a_coloured_line_per_query_and_a_legend() {
    let sandbox = indexed_sample(&SAMPLE);
    let file = sandbox.archive().join("coverage.svg");
    let path = file.to_str().expect("utf-8 path");
    sandbox.run(&["timeline", "said", "--vs", "", "--svg", path]).expect_code(0);
    let svg = std::fs::read_to_string(&file).expect("the chart was written");
    assert!(svg.starts_with(r#"<svg width="1000" height="520""#), "{}", &svg[..80.min(svg.len())]);
    assert!(svg.trim_end().ends_with("</svg>"));
    let colours: std::collections::BTreeSet<&str> = svg
        .match_indices("stroke=\"#")
        .map(|(at, _)| &svg[at + 9..at + 15])
        .filter(|c| *c != "000000" && *c != "FFFFFF")
        .collect();
    assert!(colours.len() >= 2, "one colour per series: {colours:?}");
    assert!(
        svg.contains("Articles per month")
            && svg.contains("said&quot; (11 articles)")
            && svg.contains("all (12 articles)")
    );
}

#[test]
fn png_is_an_image_of_the_stated_size_with_the_series_colours_and_lettering() {
    let sandbox = indexed_sample(&SAMPLE);
    let file = sandbox.archive().join("coverage.png");
    sandbox
        .run(&["timeline", "said", "--vs", "", "--png", file.to_str().expect("utf-8 path")])
        .expect_code(0);
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&file).expect("the chart was written"),
    ));
    let mut reader = decoder.read_info().expect("a valid PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!((frame.width, frame.height), (1000, 520));
    assert_eq!(frame.color_type, png::ColorType::Rgb);
    let count = |rgb: [u8; 3]| pixels.chunks_exact(3).filter(|p| *p == rgb).count();
    assert!(count([31, 119, 180]) > 500, "the first series' blue line");
    assert!(count([214, 39, 40]) > 500, "the second series' red line");
    let dark = pixels.chunks_exact(3).filter(|p| p.iter().all(|&c| c < 60)).count();
    assert!(dark > 2_000, "black lettering and axes ({dark} dark pixels)");
}
