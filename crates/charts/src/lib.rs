//! Charts as functions: drawing is generic over the plotters backend, so the same code draws
//! the page's SVG (`SVGBackend` writing into a `String`) and is tested natively.
//!
//! The page builds a [`ChartRequest`] (data, language, style, size) and sends it to the Web
//! Worker (`relance-worker`), which draws it ([`ChartRequest::draw`]) and answers with the SVG
//! text: plotters runs off the main thread and stays out of the page's module, and the page
//! shows the chart's summary and table at once, its drawing when the worker answers.

use plotters::coord::types::{RangedCoordf64, RangedCoordi32};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use relance_model::format::number;
use relance_model::{Lang, Series, FIRST_YEAR, LAST_YEAR, N_YEARS};
use serde::{Deserialize, Serialize};

/// Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), darkened where text needs contrast.
pub mod palette {
    use plotters::style::RGBColor;
    /// Scenario (blue).
    pub const SCENARIO: RGBColor = RGBColor(0, 114, 178);
    /// Baseline (vermillion, darkened for contrast).
    pub const BASELINE: RGBColor = RGBColor(180, 70, 0);
    /// Reference lines (black).
    pub const REFERENCE: RGBColor = RGBColor(0, 0, 0);
    /// Axes and their labels.
    pub const AXIS: RGBColor = RGBColor(74, 85, 96);
    /// Light grid.
    pub const GRID: RGBColor = RGBColor(221, 227, 232);
    /// The edge of the P10-P90 band: the scenario's blue, lightened, 3.4:1 against white.
    pub const BAND_EDGE: RGBColor = RGBColor(64, 146, 198);
}

/// Horizontal bars, one per label (the territories of « Ma commune »), with their value written
/// at the end of each bar; the bar of `highlight`, if any, in the scenario's blue, the others
/// lighter.
pub fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[(String, f64)],
    highlight: Option<usize>,
    lang: Lang,
    style: ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let (w, h) = root.dim_in_pixel();
    let f = style.font as f64;
    let row = (h as f64 / bars.len().max(1) as f64).max(f * 1.6);
    let label_w = (w as f64 * 0.42).min(f * 16.0);
    let max = bars.iter().map(|b| b.1).fold(0.0_f64, f64::max).max(1e-12);
    let text = font(style).color(&palette::AXIS);
    let value_room = f * 5.5;
    for (k, (label, v)) in bars.iter().enumerate() {
        let y = (k as f64 * row) as i32;
        let mid = y + (row / 2.0) as i32;
        root.draw(&Text::new(
            label.clone(),
            (4, mid),
            text.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        let x0 = label_w as i32;
        let len = ((w as f64 - label_w - value_room) * (v / max).max(0.0)) as i32;
        let color = if Some(k) == highlight {
            palette::SCENARIO
        } else {
            palette::BAND_EDGE
        };
        root.draw(&Rectangle::new(
            [
                (x0, y + (row * 0.2) as i32),
                (x0 + len, y + (row * 0.8) as i32),
            ],
            color.filled(),
        ))?;
        root.draw(&Text::new(
            relance_model::format::rounded(*v, lang),
            (x0 + len + 6, mid),
            text.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    root.present()
}

/// [`draw_bars`] as SVG text, `width` × `height` pixels.
pub fn svg_bars(
    bars: &[(String, f64)],
    highlight: Option<usize>,
    lang: Lang,
    style: ChartStyle,
    width: u32,
    height: u32,
) -> String {
    to_svg(width, height, |root| {
        draw_bars(root, bars, highlight, lang, style)
    })
}

/// What one chart shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartData {
    /// The scenario's series.
    pub scenario: Series,
    /// Its P10 and P90 series, if any.
    pub band: Option<(Series, Series)>,
    /// The baseline's series (dashed).
    pub baseline: Option<Series>,
    /// A reference series and its label (dotted), e.g. the 350 M€/yr target.
    pub reference: Option<(Series, String)>,
    /// Direct label of the scenario line.
    pub scenario_label: String,
    /// Direct label of the baseline line.
    pub baseline_label: String,
    /// Unit shown on the y axis.
    pub unit: String,
    /// A mark at `TODAY` (the year the page speaks from) with its label, if any.
    pub today: Option<String>,
}

/// The year the page speaks from (December 2026: the convention's period is over).
pub const TODAY: i32 = 2026;

/// Line widths and type size, larger for projectors.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ChartStyle {
    /// Width of the scenario line.
    pub line: u32,
    /// Font size of labels.
    pub font: u32,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle { line: 3, font: 17 }
    }
}

/// The smallest of 1, 2, 2.5, 5 × 10^k at or above `x` (1 for zero or less).
pub fn nice_ceiling(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(x.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * mag >= x * (1.0 - 1e-12) {
            return m * mag;
        }
    }
    10.0 * mag
}

/// The y range of some series: from 0 (or a nice floor below it) to a nice ceiling.
fn y_range<'a>(series: impl IntoIterator<Item = &'a Series>) -> (f64, f64) {
    let (lo, hi) = series
        .into_iter()
        .flat_map(|s| s.iter().copied())
        .filter(|v| v.is_finite())
        .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let lo = if lo < 0.0 { -nice_ceiling(-lo) } else { 0.0 };
    (lo, nice_ceiling(hi))
}

/// Vertical positions for labels that want to sit at `wanted` (pixels, any order), moved as
/// little as needed so that no two are closer than `gap` and all stay inside `top..=bottom`
/// (when there is room for them all). Returned in the order of `wanted`.
pub fn place_labels(wanted: &[f64], gap: f64, top: f64, bottom: f64) -> Vec<f64> {
    // A drawing too short for its labels: they all start at the top.
    let bottom = bottom.max(top);
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by(|&a, &b| wanted[a].total_cmp(&wanted[b]).then(a.cmp(&b)));
    let mut placed: Vec<f64> = order
        .iter()
        .map(|&k| wanted[k].clamp(top, bottom))
        .collect();
    // Push down from the top, then back up from the bottom edge.
    for k in 1..placed.len() {
        placed[k] = placed[k].max(placed[k - 1] + gap);
    }
    if let Some(last) = placed.last_mut() {
        *last = last.min(bottom);
    }
    for k in (0..placed.len().saturating_sub(1)).rev() {
        placed[k] = placed[k].min(placed[k + 1] - gap);
    }
    let mut out = vec![0.0; wanted.len()];
    for (rank, &k) in order.iter().enumerate() {
        out[k] = placed[rank];
    }
    out
}

/// The labels' font at `style.font` pixels (plotters writes its size divided by 1.24).
fn font(style: ChartStyle) -> FontDesc<'static> {
    ("sans-serif", style.font as f64 * 1.24).into_font()
}

/// Average advance of a character of the sans-serif labels, in ems (an estimate on the wide
/// side, so that labels fit).
const CHAR_WIDTH: f64 = 0.58;

/// `text` shortened with "…" to at most `room` characters (the legend and the data table
/// carry the full name).
fn fit(text: &str, room: usize) -> String {
    if text.chars().count() > room {
        text.chars()
            .take(room.saturating_sub(1))
            .chain(['…'])
            .collect()
    } else {
        text.to_string()
    }
}

/// A line label in at most two lines of `room` characters: whole if it fits, else broken at a
/// space, each line shortened with « … » if need be.
fn wrap(text: &str, room: usize) -> Vec<String> {
    if text.chars().count() <= room {
        return vec![text.to_string()];
    }
    let spaces: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(k, _)| k)
        .collect();
    // The last space that leaves a first line that fits, else the first space.
    let cut = spaces
        .iter()
        .copied()
        .rfind(|&k| text[..k].chars().count() <= room)
        .or(spaces.first().copied());
    match cut {
        Some(k) => vec![fit(&text[..k], room), fit(&text[k + 1..], room)],
        None => vec![fit(text, room)],
    }
}

/// The longest line of `text` once broken at its last space.
fn longest_line(text: &str) -> usize {
    match text.rsplit_once(' ') {
        Some((a, b)) => a.chars().count().max(b.chars().count()),
        None => text.chars().count(),
    }
}

/// How many year labels the x axis can hold without overlapping: every five years (6), every
/// ten (3), or the two ends.
fn year_labels(plot_width: f64, font: f64) -> usize {
    let label = 4.0 * CHAR_WIDTH * font + font;
    if plot_width >= 5.0 * label {
        6
    } else if plot_width >= 2.0 * label {
        3
    } else {
        2
    }
}

type Frame<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordi32, RangedCoordf64>>;

/// The frame every chart shares: white background, years 2020–2040 on x, `lo..hi` on y with
/// grouped numbers in `lang`, a light horizontal grid, and a right margin wide enough for the
/// longest of `labels` (up to 40 % of the width).
fn frame<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    (lo, hi): (f64, f64),
    labels: &[&str],
    lang: Lang,
    style: ChartStyle,
) -> Result<Frame<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let f = style.font as f64;
    let width = root.dim_in_pixel().0 as f64;
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    // At least six characters, at most 40 % of the width (which wins on a narrow drawing);
    // where the labels do not fit on one line, they take two.
    let room = |n: usize| n as f64 * CHAR_WIDTH * f + 10.0;
    let mut margin = room(longest).max(f * 6.0);
    if margin > width * 0.4 {
        let wrapped = labels.iter().map(|l| longest_line(l)).max().unwrap_or(0);
        margin = room(wrapped).max(f * 6.0);
    }
    let margin = margin.min(width * 0.4);
    let plot_width = width - margin - f * 5.0 - 4.0;
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let step = nice_ceiling((hi - lo) / 5.0);
    let decimals = if step >= 1.0 {
        0
    } else if step >= 0.1 {
        1
    } else {
        2
    };
    let axis_text = font(style).color(&palette::AXIS);
    let mut chart = ChartBuilder::on(root)
        .margin_top(style.font)
        .margin_left(4)
        .margin_right(margin as u32)
        .x_label_area_size(style.font * 2)
        .y_label_area_size(style.font * 5)
        .build_cartesian_2d(FIRST_YEAR..LAST_YEAR, lo..hi)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(palette::GRID)
        .axis_style(palette::AXIS)
        .x_labels(year_labels(plot_width, f))
        .y_labels(((hi - lo) / step).round() as usize + 1)
        .x_label_style(axis_text.clone())
        .y_label_style(axis_text)
        .x_label_formatter(&|y| y.to_string())
        .y_label_formatter(&|v| number(*v, decimals, lang))
        .draw()?;
    Ok(chart)
}

fn points(s: &Series) -> Vec<(i32, f64)> {
    s.iter()
        .enumerate()
        .map(|(t, &v)| (FIRST_YEAR + t as i32, v))
        .collect()
}

/// Labels at the right ends of lines: `(value, text, colour)`, spread apart so that none
/// overlaps another, and shortened to fit the margin.
fn end_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Frame<'_, DB>,
    labels: &[(f64, &str, RGBColor)],
    style: ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let f = style.font as f64;
    let (top, bottom) = {
        let (y0, y1) = (
            chart.backend_coord(&(LAST_YEAR, chart.y_range().end)).1,
            chart.backend_coord(&(LAST_YEAR, chart.y_range().start)).1,
        );
        (y0 as f64, y1 as f64)
    };
    let x = chart.backend_coord(&(LAST_YEAR, 0.0)).0 + 6;
    let wanted: Vec<f64> = labels
        .iter()
        .map(|(v, _, _)| chart.backend_coord(&(LAST_YEAR, *v)).1 as f64)
        .collect();
    let room = ((root.dim_in_pixel().0 as f64 - x as f64) / (CHAR_WIDTH * f)).max(1.0) as usize;
    let lines: Vec<Vec<String>> = labels.iter().map(|(_, t, _)| wrap(t, room)).collect();
    let tallest = lines.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let ys = place_labels(&wanted, f * 1.15 * tallest, top, bottom);
    for (((_, _, colour), y), lines) in labels.iter().zip(ys).zip(&lines) {
        let font = font(style)
            .color(colour)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let first = y - f * 1.15 * (lines.len() as f64 - 1.0) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let at = (first + f * 1.15 * k as f64).round() as i32;
            root.draw(&Text::new(line.clone(), (x, at), font.clone()))?;
        }
    }
    Ok(())
}

/// Draws `d` on `root`. Labels sit on the lines' right ends (not colour alone), the baseline
/// is dashed and the reference dotted, so the chart reads in grey too.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &ChartData,
    lang: Lang,
    style: ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut all = vec![&d.scenario];
    all.extend(d.band.iter().flat_map(|(lo, hi)| [lo, hi]));
    all.extend(d.baseline.iter());
    all.extend(d.reference.iter().map(|(r, _)| r));
    let labels = [d.scenario_label.as_str(), d.baseline_label.as_str()];
    let mut chart = frame(root, y_range(all), &labels, lang, style)?;
    if let Some((p10, p90)) = &d.band {
        let mut outline = points(p90);
        outline.extend(points(p10).into_iter().rev());
        chart.draw_series(std::iter::once(Polygon::new(
            outline.clone(),
            palette::SCENARIO.mix(0.18).filled(),
        )))?;
        // The light fill alone is 1.3:1 against white: its edge is drawn at 3:1 or more.
        outline.push(outline[0]);
        chart.draw_series(std::iter::once(PathElement::new(
            outline,
            palette::BAND_EDGE.stroke_width(1),
        )))?;
    }
    if let Some((r, text)) = &d.reference {
        chart.draw_series(DashedLineSeries::new(
            points(r),
            2,
            5,
            palette::REFERENCE.stroke_width(2),
        ))?;
        // Above the line's peak, running away from the nearer edge of the plot.
        let (t, v) = r.iter().enumerate().fold(
            (0usize, 0.0f64),
            |m, (t, &v)| if v > m.1 { (t, v) } else { m },
        );
        let (x, y) = chart.backend_coord(&(FIRST_YEAR + t as i32, v));
        let h = if t < N_YEARS / 2 {
            HPos::Left
        } else {
            HPos::Right
        };
        let font = font(style)
            .color(&palette::REFERENCE)
            .pos(Pos::new(h, VPos::Bottom));
        root.draw(&Text::new(text.clone(), (x, y - 4), font))?;
    }
    if let Some(label) = &d.today {
        // A dotted vertical line: what lies left of it is past, what lies right is ahead.
        let (lo, hi) = (chart.y_range().start, chart.y_range().end);
        chart.draw_series(DashedLineSeries::new(
            [(TODAY, lo), (TODAY, hi)],
            3,
            4,
            palette::AXIS.stroke_width(1),
        ))?;
        // Written above the plot, from the line rightwards (the years ahead), moved left if
        // the drawing is too narrow: never over the lines, the band or the y axis's labels.
        let (x, y) = chart.backend_coord(&(TODAY, hi));
        let f = style.font as f64;
        let w = label.chars().count() as f64 * CHAR_WIDTH * f;
        let right = root.dim_in_pixel().0 as f64 - 2.0;
        let start = (x as f64 + 4.0).min(right - w).max(0.0);
        let font = font(style)
            .color(&palette::AXIS)
            .pos(Pos::new(HPos::Left, VPos::Bottom));
        root.draw(&Text::new(
            label.clone(),
            (start.round() as i32, y - 1),
            font,
        ))?;
    }
    if let Some(b) = &d.baseline {
        chart.draw_series(DashedLineSeries::new(
            points(b),
            8,
            6,
            palette::BASELINE.stroke_width(style.line.saturating_sub(1).max(1)),
        ))?;
    }
    chart.draw_series(LineSeries::new(
        points(&d.scenario),
        palette::SCENARIO.stroke_width(style.line),
    ))?;
    let mut ends = vec![(
        d.scenario[N_YEARS - 1],
        d.scenario_label.as_str(),
        palette::SCENARIO,
    )];
    if let Some(b) = &d.baseline {
        ends.push((b[N_YEARS - 1], d.baseline_label.as_str(), palette::BASELINE));
    }
    end_labels(root, &chart, &ends, style)?;
    root.present()
}

/// Runs a drawing on an SVG document of `width` × `height` user units.
fn to_svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(
        &DrawingArea<SVGBackend, Shift>,
    ) -> Result<(), DrawingAreaErrorKind<std::io::Error>>,
) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // A failed drawing leaves an empty chart; the table and summary beside it still hold
        // every figure.
        let _ = draw(&root);
    }
    out
}

/// The chart as an SVG document of `width` × `height` user units.
pub fn svg(d: &ChartData, lang: Lang, style: ChartStyle, width: u32, height: u32) -> String {
    to_svg(width, height, |root| draw(root, d, lang, style))
}

/// Several scenarios' series on one chart (compare view).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MultiChartData {
    /// `(label, series)`, at most four.
    pub series: Vec<(String, Series)>,
    /// Unit of the y axis.
    pub unit: String,
}

/// Colours for the compared scenarios (the reference and eight teams): Okabe-Ito's, darkened
/// to at least 3:1 on white, each line also with its own dash pattern and its name at its end.
pub const COMPARE_COLOURS: [RGBColor; 9] = [
    RGBColor(0, 114, 178),
    RGBColor(180, 70, 0),
    RGBColor(0, 120, 90),
    RGBColor(170, 70, 130),
    RGBColor(26, 31, 36),
    RGBColor(140, 100, 0),
    RGBColor(40, 110, 150),
    RGBColor(190, 50, 40),
    RGBColor(100, 100, 100),
];

/// Draws compared series: the first solid, the others dashed, each labelled at its end.
pub fn draw_multi<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &MultiChartData,
    lang: Lang,
    style: ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let shown = &d.series[..d.series.len().min(COMPARE_COLOURS.len())];
    let labels: Vec<&str> = shown.iter().map(|(l, _)| l.as_str()).collect();
    let mut chart = frame(
        root,
        y_range(shown.iter().map(|(_, s)| s)),
        &labels,
        lang,
        style,
    )?;
    let mut ends = Vec::new();
    for (k, (label, s)) in shown.iter().enumerate() {
        let stroke = COMPARE_COLOURS[k].stroke_width(style.line);
        if k == 0 {
            chart.draw_series(LineSeries::new(points(s), stroke))?;
        } else {
            chart.draw_series(DashedLineSeries::new(
                points(s),
                4 + 4 * k as u32,
                4,
                stroke,
            ))?;
        }
        ends.push((s[N_YEARS - 1], label.as_str(), COMPARE_COLOURS[k]));
    }
    end_labels(root, &chart, &ends, style)?;
    root.present()
}

/// The compare chart as SVG.
pub fn svg_multi(
    d: &MultiChartData,
    lang: Lang,
    style: ChartStyle,
    width: u32,
    height: u32,
) -> String {
    to_svg(width, height, |root| draw_multi(root, d, lang, style))
}

/// A chart's data: one scenario with its band and baseline, or several compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Chart {
    /// One scenario.
    One(Box<ChartData>),
    /// Compared scenarios.
    Many(MultiChartData),
    /// Horizontal bars (« Ma commune »'s territories), one highlighted.
    Bars {
        /// Each bar's name and value.
        bars: Vec<(String, f64)>,
        /// The bar drawn in the highlight colour.
        highlight: Option<usize>,
    },
}

/// A chart to draw, as the page sends it to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartRequest {
    /// The data.
    pub chart: Chart,
    /// Language of the axis figures.
    pub lang: Lang,
    /// Line widths and type size.
    pub style: ChartStyle,
    /// Width in pixels of the drawing.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl ChartRequest {
    /// The chart as an SVG document.
    pub fn draw(&self) -> String {
        match &self.chart {
            Chart::One(d) => svg(d.as_ref(), self.lang, self.style, self.width, self.height),
            Chart::Many(d) => svg_multi(d, self.lang, self.style, self.width, self.height),
            Chart::Bars { bars, highlight } => svg_bars(
                bars,
                *highlight,
                self.lang,
                self.style,
                self.width,
                self.height,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> ChartData {
        let s: Series = std::array::from_fn(|t| t as f64 * 100.0);
        ChartData {
            scenario: s,
            band: Some((s.map(|v| v * 0.8), s.map(|v| v * 1.2))),
            baseline: Some(s.map(|v| v * 0.5)),
            reference: Some(([350.0; N_YEARS], "Objectif 350 M€/an".into())),
            scenario_label: "Scénario".into(),
            baseline_label: "Convention 2020".into(),
            unit: "M€/an".into(),
            today: None,
        }
    }

    /// The `(x, y)` of every `<text>` whose content is `label`.
    fn text_positions(svg: &str, label: &str) -> Vec<(f64, f64)> {
        svg.split("<text")
            .skip(1)
            .filter(|t| {
                t.split_once('>')
                    .map(|(_, rest)| rest.trim_start().starts_with(label))
                    == Some(true)
            })
            .map(|t| {
                let attr = |name: &str| -> f64 {
                    let at = t.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                    t[at..].split('"').next().unwrap().parse().unwrap()
                };
                (attr("x"), attr("y"))
            })
            .collect()
    }

    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(2400.0), 2500.0);
        assert_eq!(nice_ceiling(2000.0), 2000.0);
        assert_eq!(nice_ceiling(11.0), 20.0);
    }

    #[test]
    fn bars_are_drawn_with_their_labels_and_values() {
        let bars = vec![
            ("Pays d'Aix".to_string(), 12.5),
            ("Marseille-Provence".to_string(), 20.0),
        ];
        let out = svg_bars(&bars, Some(1), Lang::Fr, ChartStyle::default(), 400, 120);
        assert_eq!(out.matches("<rect").count(), 3, "background and two bars");
        assert!(out.contains("Pays d&apos;Aix"), "{out}");
        assert!(
            out.contains("\n12,5\n") && out.contains("\n20,0\n"),
            "{out}"
        );
        assert!(out.contains("#0072B2"), "the highlighted bar");
    }

    #[test]
    fn the_svg_has_labelled_lines_band_and_axes() {
        let out = svg(&data(), Lang::Fr, ChartStyle::default(), 640, 320);
        assert!(out.starts_with("<svg"), "{}", &out[..60.min(out.len())]);
        assert!(out.trim_end().ends_with("</svg>"));
        assert!(out.contains("Scénario") && out.contains("Convention 2020"));
        assert!(out.contains("Objectif 350 M€/an"));
        assert!(out.contains("2020") && out.contains("2040"));
        assert!(out.contains("<polygon"), "band missing");
        assert!(out.contains("#4092C6"), "band edge missing");
        assert!(out.contains("#0072B2"), "scenario colour missing");
        // French digit grouping on the y axis (2 500 with a narrow no-break space).
        assert!(out.contains("2\u{202F}500"), "y labels: {out}");
        // The mark of today: a label at the line of 2026, only when asked.
        assert!(!out.contains("aujourd"));
        let mut d = data();
        d.today = Some("aujourd'hui (déc. 2026)".into());
        let marked = svg(&d, Lang::Fr, ChartStyle::default(), 640, 320);
        assert!(
            marked.contains("aujourd&apos;hui") || marked.contains("aujourd'hui"),
            "{marked}"
        );
    }

    #[test]
    fn lines_end_inside_the_plot_with_their_labels_beside_them() {
        let out = svg(&data(), Lang::Fr, ChartStyle::default(), 640, 300);
        let [(sx, sy)] = text_positions(&out, "Scénario")[..] else {
            panic!("one scenario label: {out}")
        };
        let [(bx, by)] = text_positions(&out, "Convention 2020")[..] else {
            panic!("one baseline label")
        };
        // Both in the right margin, which fits the longer label.
        assert_eq!(sx, bx);
        assert!(sx + 15.0 * CHAR_WIDTH * 17.0 <= 640.0 + 1.0, "{sx}");
        assert!(sx > 640.0 * 0.6, "{sx}");
        // 2 000 (scenario) above 1 000 (baseline) on a 0..2 500 axis.
        assert!(sy < by, "{sy} {by}");
        for label in ["0", "500", "1\u{202F}000", "2\u{202F}500", "2020", "2040"] {
            assert!(!text_positions(&out, label).is_empty(), "{label}");
        }
    }

    #[test]
    fn regression_lines_ending_at_the_same_value_get_separate_labels() {
        // Two lines ending at the same value printed "Scénario" over "Convention 2020".
        let mut d = data();
        d.baseline = Some(d.scenario);
        for (w, h, style) in [
            (640, 300, ChartStyle::default()),
            (320, 180, ChartStyle { line: 5, font: 20 }),
        ] {
            let out = svg(&d, Lang::Fr, style, w, h);
            let (_, sy) = text_positions(&out, "Scénario")[0];
            let (_, by) = text_positions(&out, "Conventio")[0];
            assert!((sy - by).abs() >= style.font as f64, "{sy} {by} at {w}×{h}");
            assert!(sy >= 0.0 && by <= h as f64, "{sy} {by}");
        }
        let mut d = data();
        d.scenario = [0.0; N_YEARS];
        d.baseline = Some([0.0; N_YEARS]);
        d.band = None;
        let out = svg(&d, Lang::Fr, ChartStyle::default(), 640, 300);
        let (_, sy) = text_positions(&out, "Scénario")[0];
        let (_, by) = text_positions(&out, "Convention")[0];
        assert!((sy - by).abs() >= 17.0, "at zero: {sy} {by}");
    }

    #[test]
    fn placed_labels_keep_their_gap_and_their_bounds() {
        let check = |wanted: &[f64], want: &[f64]| {
            assert_eq!(place_labels(wanted, 10.0, 0.0, 100.0), want, "{wanted:?}");
        };
        check(&[50.0, 20.0], &[50.0, 20.0]);
        check(&[50.0, 50.0], &[50.0, 60.0]);
        check(&[100.0, 100.0, 100.0], &[80.0, 90.0, 100.0]);
        check(&[-5.0, 0.0], &[0.0, 10.0]);
        check(&[55.0, 50.0, 52.0], &[70.0, 50.0, 60.0]);
    }

    #[test]
    fn labels_are_escaped_and_small_ranges_get_decimals() {
        let mut d = data();
        d.scenario = std::array::from_fn(|t| t as f64 * 0.01);
        d.band = None;
        d.reference = None;
        d.baseline = None;
        d.scenario_label = "A & <B>".into();
        let out = svg(&d, Lang::En, ChartStyle::default(), 640, 300);
        assert!(out.contains("A &amp; &lt;B&gt;"), "{out}");
        assert!(!out.contains("<B>"));
        assert!(!text_positions(&out, "0.05").is_empty(), "{out}");
    }

    #[test]
    fn negative_values_extend_the_axis_below_zero() {
        let mut d = data();
        d.scenario = std::array::from_fn(|t| t as f64 * 10.0 - 50.0);
        d.band = None;
        d.reference = None;
        d.baseline = None;
        let out = svg(&d, Lang::Fr, ChartStyle::default(), 640, 300);
        assert!(!text_positions(&out, "−50").is_empty(), "{out}");
        assert!(!text_positions(&out, "0").is_empty(), "{out}");
    }

    #[test]
    fn an_all_zero_series_still_draws() {
        let mut d = data();
        d.scenario = [0.0; N_YEARS];
        d.band = None;
        d.baseline = None;
        d.reference = None;
        let out = svg(&d, Lang::En, ChartStyle { line: 5, font: 20 }, 400, 200);
        assert!(out.contains("Scénario"));
    }

    #[test]
    fn compared_series_are_all_labelled_apart() {
        let mk = |k: f64| std::array::from_fn(|t| t as f64 * k);
        let d = MultiChartData {
            series: vec![
                ("A".into(), mk(1.0)),
                ("Équipe B".into(), mk(1.0)),
                ("C".into(), mk(2.0)),
            ],
            unit: "tCO2/an".into(),
        };
        let out = svg_multi(&d, Lang::Fr, ChartStyle::default(), 600, 300);
        let ys: Vec<f64> = ["A", "Équipe B", "C"]
            .iter()
            .map(|l| {
                text_positions(&out, l)
                    .first()
                    .unwrap_or_else(|| panic!("{l}: {out}"))
                    .1
            })
            .collect();
        assert!((ys[0] - ys[1]).abs() >= 17.0, "{ys:?}");
    }

    #[test]
    fn long_names_are_shortened_to_fit_the_chart() {
        let d = MultiChartData {
            series: vec![
                ("Scénario en cours 1".into(), [1.0; N_YEARS]),
                (
                    "Une équipe au nom vraiment beaucoup trop long".into(),
                    [2.0; N_YEARS],
                ),
            ],
            unit: "M€".into(),
        };
        let out = svg_multi(&d, Lang::Fr, ChartStyle::default(), 640, 300);
        assert!(
            !text_positions(&out, "Scénario en cours 1").is_empty(),
            "{out}"
        );
        assert!(out.contains("Une équipe au nom"), "{out}");
        assert!(out.contains('…') && !out.contains("trop long"), "{out}");
    }

    #[test]
    fn a_request_draws_the_chart_of_its_data() {
        let d = ChartData {
            scenario: [1.0; N_YEARS],
            band: Some(([0.5; N_YEARS], [1.5; N_YEARS])),
            baseline: Some([0.8; N_YEARS]),
            reference: None,
            scenario_label: "Votre scénario".into(),
            baseline_label: "Convention 2020".into(),
            unit: "t".into(),
            today: None,
        };
        let r = ChartRequest {
            chart: Chart::One(Box::new(d.clone())),
            lang: Lang::Fr,
            style: ChartStyle::default(),
            width: 640,
            height: 300,
        };
        assert_eq!(r.draw(), svg(&d, Lang::Fr, ChartStyle::default(), 640, 300));
    }
}

#[cfg(test)]
mod any_size_tests {
    use super::*;

    /// A chart is drawn in the Web Worker, where a panic (an abort in release) stops every
    /// computation of the page: no size or type size may panic, however narrow the column.
    #[test]
    fn charts_of_any_size_and_type_size_draw_without_a_panic() {
        let d = ChartData {
            scenario: [1.0; N_YEARS],
            band: Some(([0.5; N_YEARS], [1.5; N_YEARS])),
            baseline: Some([0.8; N_YEARS]),
            reference: Some(([2.0; N_YEARS], "Objectif".into())),
            scenario_label: "Votre scénario".into(),
            baseline_label: "Convention 2020".into(),
            unit: "t".into(),
            today: None,
        };
        let bars = vec![
            ("Marseille Provence".to_string(), 12.5),
            ("Pays d'Aix".to_string(), 8.0),
        ];
        for font in [13, 22, 28, 40] {
            let style = ChartStyle { line: 5, font };
            for w in [1, 16, 48, 112, 192, 320, 640] {
                for h in [1, 12, 48, 100, 315, 420] {
                    // Drawn, or empty when there is no room at all: never a panic.
                    let _ = svg(&d, Lang::Fr, style, w, h);
                    let _ = svg_bars(&bars, Some(0), Lang::Fr, style, w, h);
                    if w >= 112 && h >= 100 {
                        assert!(
                            svg(&d, Lang::Fr, style, w, h).starts_with("<svg"),
                            "{font} {w}×{h}"
                        );
                    }
                }
            }
        }
        // Labels in a drawing too short for them: all at the top, none lost.
        assert_eq!(place_labels(&[5.0, 50.0], 10.0, 20.0, 10.0).len(), 2);
    }

    #[test]
    fn narrow_charts_thin_their_years_and_break_their_labels() {
        assert_eq!(year_labels(600.0, 14.0), 6);
        assert_eq!(year_labels(160.0, 16.0), 3);
        assert_eq!(year_labels(60.0, 16.0), 2);
        assert_eq!(wrap("Convention 2020", 20), ["Convention 2020"]);
        assert_eq!(wrap("Convention 2020", 11), ["Convention", "2020"]);
        assert_eq!(wrap("Convention 2020", 6), ["Conve…", "2020"]);
        assert_eq!(wrap("Scénario", 5), ["Scén…"]);
        assert_eq!(longest_line("Convention 2020"), 10);
    }
}
