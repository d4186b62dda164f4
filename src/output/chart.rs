//! `timeline --svg FILE` and `--png FILE`: the series drawn as a line chart with plotters — a
//! title, the periods along the bottom, counts (or shares) up the side, one coloured line per
//! query and a legend. The lettering is DejaVu Sans, built into the binary, so a machine with no
//! fonts installed draws the same picture.

use super::timeline::Series;
use plotters::coord::types::{RangedCoordf64, RangedCoordusize};
use plotters::prelude::*;
use std::path::Path;

/// The chart's size in pixels.
pub const WIDTH: u32 = 1000;
pub const HEIGHT: u32 = 520;

/// One colour per series, in order (then round again).
const COLOURS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(255, 127, 14),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// Writes the chart of `series` (periods `by`) to `path` as SVG.
pub fn write_svg(path: &Path, by: &str, series: &[Series]) -> anyhow::Result<()> {
    register_font();
    draw(SVGBackend::new(path, (WIDTH, HEIGHT)).into_drawing_area(), by, series)
        .map_err(|e| anyhow::anyhow!("{}: the chart could not be written ({e})", path.display()))
}

/// Writes the chart of `series` (periods `by`) to `path` as PNG.
pub fn write_png(path: &Path, by: &str, series: &[Series]) -> anyhow::Result<()> {
    register_font();
    draw(BitMapBackend::new(path, (WIDTH, HEIGHT)).into_drawing_area(), by, series)
        .map_err(|e| anyhow::anyhow!("{}: the chart could not be written ({e})", path.display()))
}

/// Gives plotters its one font, once a process: every text of the chart is drawn or measured
/// with it.
fn register_font() {
    static REGISTERED: std::sync::Once = std::sync::Once::new();
    REGISTERED.call_once(|| {
        // The font is DejaVu's own file, built in: it always parses.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
    });
}

/// The chart's axes and what they count, read off the series.
struct Scale<'a> {
    /// The periods along the bottom.
    keys: Vec<&'a str>,
    /// Shares of all articles (in percent) rather than counts.
    shares: bool,
    /// The highest value drawn (at least 1, so an empty chart has an axis).
    most: f64,
}

impl<'a> Scale<'a> {
    fn of(series: &'a [Series]) -> Scale<'a> {
        let keys =
            series.first().map_or_else(Vec::new, |s| s.buckets.iter().map(|b| b.key.as_str()).collect());
        let shares = series.iter().flat_map(|s| &s.buckets).any(|b| b.share.is_some());
        let mut scale = Scale { keys, shares, most: 1.0 };
        scale.most = series.iter().flat_map(|s| &s.buckets).map(|b| scale.value(b)).fold(1.0, f64::max);
        scale
    }

    /// The height a period's bucket is drawn at.
    fn value(&self, bucket: &crate::search::timeline::PeriodCount) -> f64 {
        bucket.share.map_or(bucket.count as f64, |s| s * 100.0)
    }

    /// What the y axis counts.
    fn what(&self) -> &'static str {
        if self.shares {
            "Share of all articles (%)"
        } else {
            "Articles"
        }
    }
}

fn draw<DB: DrawingBackend>(
    area: DrawingArea<DB, plotters::coord::Shift>,
    by: &str,
    series: &[Series],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let scale = Scale::of(series);
    let mut chart = ChartBuilder::on(&area)
        .caption(format!("{} per {by}", scale.what()), ("sans-serif", 26))
        .margin(20)
        .margin_right(50)
        .x_label_area_size(50)
        .y_label_area_size(60)
        .build_cartesian_2d(0usize..scale.keys.len().saturating_sub(1).max(1), 0.0..scale.most * 1.1)?;
    draw_axes(&mut chart, by, &scale)?;
    draw_lines(&mut chart, series, &scale)?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()?;
    area.present()
}

/// The chart a series is drawn on: periods along the bottom, values up the side.
type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordusize, RangedCoordf64>>;

/// The grid, the periods along the bottom and the values up the side, each axis named.
fn draw_axes<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    by: &str,
    scale: &Scale,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let label = |i: &usize| scale.keys.get(*i).map_or_else(String::new, |k| k.to_string());
    let figure = |v: &f64| if scale.shares { format!("{v:.1}") } else { format!("{v:.0}") };
    chart
        .configure_mesh()
        .x_labels(scale.keys.len().clamp(2, 12))
        .x_label_formatter(&label)
        .y_labels(if scale.shares { 10 } else { (scale.most as usize + 1).clamp(2, 10) })
        .y_label_formatter(&figure)
        .x_desc(by)
        .y_desc(scale.what())
        .draw()
}

/// One line with a dot at each period per series, in its colour, named in the legend.
fn draw_lines<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    series: &[Series],
    scale: &Scale,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for (one, colour) in series.iter().zip(COLOURS.iter().cycle()) {
        let points: Vec<(usize, f64)> =
            one.buckets.iter().enumerate().map(|(i, b)| (i, scale.value(b))).collect();
        chart
            .draw_series(LineSeries::new(points.clone(), colour.stroke_width(3)))?
            .label(legend_entry(one))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(3)));
        chart.draw_series(points.into_iter().map(|p| Circle::new(p, 4, colour.filled())))?;
    }
    Ok(())
}

/// A series' line in the legend: its query in quotes (`all` for every article) and its total.
fn legend_entry(one: &Series) -> String {
    let name = if one.query.trim().is_empty() { "all".to_string() } else { format!("\"{}\"", one.query) };
    format!("{name} ({} articles)", one.total)
}
