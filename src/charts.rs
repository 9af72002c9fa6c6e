//! Charts as functions: drawing is generic over the plotters backend, so the same code draws
//! the page's SVG and is tested natively.

use plotters::coord::Shift;
use plotters::prelude::*;
use relance_model::format::number;
use relance_model::{Lang, Series, FIRST_YEAR, LAST_YEAR, N_YEARS};

/// Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), darkened where text needs contrast.
pub mod palette {
    use plotters::style::RGBColor;
    /// Scenario (blue).
    pub const SCENARIO: RGBColor = RGBColor(0, 114, 178);
    /// Baseline (vermillion, darkened for contrast).
    pub const BASELINE: RGBColor = RGBColor(180, 70, 0);
    /// Reference lines (black).
    pub const REFERENCE: RGBColor = RGBColor(0, 0, 0);
    /// Axes and grid.
    pub const AXIS: RGBColor = RGBColor(74, 85, 96);
    /// Light grid.
    pub const GRID: RGBColor = RGBColor(221, 227, 232);
}

/// What one chart shows.
#[derive(Debug, Clone, PartialEq)]
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
}

/// Line widths and type size, larger for projectors.
#[derive(Debug, Clone, Copy, PartialEq)]
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

fn y_max(d: &ChartData) -> f64 {
    let mut m = d.scenario.iter().copied().fold(0.0, f64::max);
    if let Some((_, hi)) = &d.band {
        m = hi.iter().copied().fold(m, f64::max);
    }
    if let Some(b) = &d.baseline {
        m = b.iter().copied().fold(m, f64::max);
    }
    if let Some((r, _)) = &d.reference {
        m = r.iter().copied().fold(m, f64::max);
    }
    nice_ceiling(m)
}

fn y_min(d: &ChartData) -> f64 {
    let mut m = d.scenario.iter().copied().fold(0.0, f64::min);
    if let Some((lo, _)) = &d.band {
        m = lo.iter().copied().fold(m, f64::min);
    }
    if m < 0.0 {
        -nice_ceiling(-m)
    } else {
        0.0
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

fn points(s: &Series) -> Vec<(i32, f64)> {
    s.iter()
        .enumerate()
        .map(|(t, &v)| (FIRST_YEAR + t as i32, v))
        .collect()
}

/// The frame every chart shares: white background, years 2020-2040 on x, `lo..hi` on y with
/// grouped numbers in `lang`, light horizontal grid.
type Frame<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<plotters::coord::types::RangedCoordi32, plotters::coord::types::RangedCoordf64>,
>;

fn frame<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    lo: f64,
    hi: f64,
    lang: Lang,
    style: ChartStyle,
) -> Result<Frame<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let axis_text = ("sans-serif", style.font).into_font().color(&palette::AXIS);
    let decimals = if hi < 10.0 { 1 } else { 0 };
    let mut chart = ChartBuilder::on(root)
        .margin_top(style.font as i32)
        .margin_left(4)
        .margin_right(style.font as i32 * 9)
        .x_label_area_size(style.font * 2)
        .y_label_area_size(style.font * 5)
        .build_cartesian_2d(FIRST_YEAR..LAST_YEAR, lo..hi)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(palette::GRID)
        .axis_style(palette::AXIS)
        .x_labels(6)
        .y_labels(5)
        .x_label_style(axis_text.clone())
        .y_label_style(axis_text)
        .x_label_formatter(&|y| y.to_string())
        .y_label_formatter(&|v| number(*v, decimals, lang))
        .draw()?;
    Ok(chart)
}

/// Draws `d` on `root`. Labels sit on the lines' right ends (not colour alone), the baseline
/// is dashed and the reference dotted, so the chart reads in grey too.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &ChartData,
    lang: Lang,
    style: ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (lo, hi) = (y_min(d), y_max(d));
    let font = ("sans-serif", style.font).into_font();
    let mut chart = frame(root, lo, hi, lang, style)?;
    if let Some((p10, p90)) = &d.band {
        let mut poly = points(p90);
        poly.extend(points(p10).into_iter().rev());
        chart.draw_series(std::iter::once(Polygon::new(
            poly,
            palette::SCENARIO.mix(0.18).filled(),
        )))?;
    }
    let end = |s: &Series| (LAST_YEAR, s[N_YEARS - 1]);
    let label = |text: &str, at: (i32, f64), color: RGBColor| {
        Text::new(
            text.to_string(),
            at,
            font.clone()
                .color(&color)
                .pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
        )
    };
    if let Some((r, text)) = &d.reference {
        chart.draw_series(DashedLineSeries::new(
            points(r),
            2,
            5,
            palette::REFERENCE.stroke_width(2),
        ))?;
        let peak = r.iter().enumerate().fold(
            (0usize, 0.0f64),
            |m, (t, &v)| if v > m.1 { (t, v) } else { m },
        );
        chart.draw_series(std::iter::once(Text::new(
            text.clone(),
            (FIRST_YEAR + peak.0 as i32, peak.1),
            font.clone()
                .color(&palette::REFERENCE)
                .pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Center,
                    plotters::style::text_anchor::VPos::Bottom,
                )),
        )))?;
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
    // Direct labels, nudged apart when the two lines end close together.
    let s_end = end(&d.scenario);
    let mut s_pos = s_end;
    if let Some(b) = &d.baseline {
        let mut b_pos = end(b);
        let gap = (hi - lo) * 0.08;
        if (s_pos.1 - b_pos.1).abs() < gap {
            if s_pos.1 >= b_pos.1 {
                s_pos.1 = b_pos.1 + gap;
            } else {
                b_pos.1 = s_pos.1 + gap;
            }
        }
        chart.draw_series(std::iter::once(label(
            &d.baseline_label,
            b_pos,
            palette::BASELINE,
        )))?;
    }
    chart.draw_series(std::iter::once(label(
        &d.scenario_label,
        s_pos,
        palette::SCENARIO,
    )))?;
    root.present()?;
    Ok(())
}

/// The chart as an SVG document of `width` × `height` user units.
pub fn svg(d: &ChartData, lang: Lang, style: ChartStyle, width: u32, height: u32) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // A failed drawing leaves an empty chart; the table and summary beside it still hold
        // every figure.
        let _ = draw(&root, d, lang, style);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> ChartData {
        let mut s = [0.0; N_YEARS];
        for (t, v) in s.iter_mut().enumerate() {
            *v = t as f64 * 100.0;
        }
        ChartData {
            scenario: s,
            band: Some((s.map(|v| v * 0.8), s.map(|v| v * 1.2))),
            baseline: Some(s.map(|v| v * 0.5)),
            reference: Some(([350.0; N_YEARS], "Objectif 350 M€/an".into())),
            scenario_label: "Scénario".into(),
            baseline_label: "Convention 2020".into(),
            unit: "M€/an".into(),
        }
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
    fn the_svg_has_labelled_lines_band_and_axes() {
        let out = svg(&data(), Lang::Fr, ChartStyle::default(), 640, 320);
        assert!(out.starts_with("<svg"), "{}", &out[..60.min(out.len())]);
        assert!(out.contains("Scénario") && out.contains("Convention 2020"));
        assert!(out.contains("Objectif 350 M€/an"));
        assert!(out.contains("2020") && out.contains("2040"));
        assert!(out.contains("<polygon"), "band missing");
        assert!(
            out.contains("#0072B2") || out.contains("rgb(0,114,178)"),
            "scenario colour missing"
        );
        // French digit grouping on the y axis (2 500 with a narrow no-break space).
        assert!(
            out.contains("2\u{202F}500") || out.contains("2\u{202F}000"),
            "y labels: {out}"
        );
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
}

/// Several scenarios' series on one chart (compare view).
#[derive(Debug, Clone, PartialEq)]
pub struct MultiChartData {
    /// `(label, series)`, at most four.
    pub series: Vec<(String, Series)>,
    /// Unit of the y axis.
    pub unit: String,
}

/// Okabe-Ito colours for up to four compared scenarios, each also with its own dash pattern.
pub const COMPARE_COLOURS: [RGBColor; 4] = [
    RGBColor(0, 114, 178),
    RGBColor(180, 70, 0),
    RGBColor(0, 120, 90),
    RGBColor(170, 70, 130),
];

/// Draws compared series, each labelled at its end.
pub fn draw_multi<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &MultiChartData,
    lang: Lang,
    style: ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let hi = nice_ceiling(
        d.series
            .iter()
            .flat_map(|(_, s)| s.iter().copied())
            .fold(0.0, f64::max),
    );
    let lo = 0.0;
    let font = ("sans-serif", style.font).into_font();
    let mut chart = frame(root, lo, hi, lang, style)?;
    let mut ends: Vec<f64> = Vec::new();
    for (k, (label, s)) in d.series.iter().enumerate().take(4) {
        let colour = COMPARE_COLOURS[k];
        let stroke = colour.stroke_width(style.line);
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
        let mut y = s[N_YEARS - 1];
        let gap = (hi - lo) * 0.08;
        while ends.iter().any(|e| (e - y).abs() < gap) {
            y += gap;
        }
        ends.push(y);
        chart.draw_series(std::iter::once(Text::new(
            label.clone(),
            (LAST_YEAR, y),
            font.clone()
                .color(&colour)
                .pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                )),
        )))?;
    }
    root.present()?;
    Ok(())
}

/// The compare chart as SVG.
pub fn svg_multi(
    d: &MultiChartData,
    lang: Lang,
    style: ChartStyle,
    width: u32,
    height: u32,
) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        let _ = draw_multi(&root, d, lang, style);
    }
    out
}

#[cfg(test)]
mod multi_tests {
    use super::*;

    #[test]
    fn compared_series_are_all_labelled() {
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
        for l in ["A", "Équipe B", "C"] {
            assert!(
                out.contains(&format!(">{l}<")) || out.contains(&format!(">\n{l}\n<")),
                "{l} missing in {out}"
            );
        }
    }
}
