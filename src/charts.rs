//! Charts as functions: each writes a small SVG document from its data, in the page's
//! language, and is tested natively. Written by hand rather than with a plotting library: the
//! four line charts need a frame, lines, a band and labels, and a library cost 21 KB (gzip) of
//! the first download.

use relance_model::format::number;
use relance_model::num::clamp;
use relance_model::{Lang, Series, FIRST_YEAR, LAST_YEAR, N_YEARS};
use std::fmt::Write;

/// Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), darkened where text needs contrast.
pub mod palette {
    /// Scenario (blue).
    pub const SCENARIO: &str = "#0072B2";
    /// Baseline (vermillion, darkened for contrast).
    pub const BASELINE: &str = "#B44600";
    /// Reference lines (black).
    pub const REFERENCE: &str = "#000000";
    /// Axes and their labels.
    pub const AXIS: &str = "#4A5560";
    /// Light grid.
    pub const GRID: &str = "#DDE3E8";
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

fn fold(series: &[&[f64]], start: f64, f: fn(f64, f64) -> f64) -> f64 {
    series.iter().flat_map(|s| s.iter().copied()).fold(start, f)
}

fn y_range(d: &ChartData) -> (f64, f64) {
    let mut all: Vec<&[f64]> = vec![&d.scenario];
    if let Some((lo, hi)) = &d.band {
        all.extend([&lo[..], &hi[..]]);
    }
    if let Some(b) = &d.baseline {
        all.push(b);
    }
    if let Some((r, _)) = &d.reference {
        all.push(r);
    }
    let lowest = fold(&all, 0.0, f64::min);
    let lo = if lowest < 0.0 {
        -nice_ceiling(-lowest)
    } else {
        0.0
    };
    (lo, nice_ceiling(fold(&all, 0.0, f64::max)))
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

/// Escapes text for SVG content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate to a tenth of a unit, written without float formatting.
fn coord(out: &mut String, v: f64) {
    let n = (clamp(v, -1e6, 1e6) * 10.0).round() as i64;
    if n < 0 {
        out.push('-');
    }
    let n = n.unsigned_abs();
    let _ = write!(out, "{}", n / 10);
    if n % 10 != 0 {
        let _ = write!(out, ".{}", n % 10);
    }
}

/// Average advance of a character of the sans-serif labels, in ems (an estimate on the wide
/// side, so that labels fit).
const CHAR_WIDTH: f64 = 0.58;

/// The plot area of a `width` × `height` chart, its value range and its document so far.
struct Frame {
    out: String,
    width: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    lo: f64,
    hi: f64,
    font: u32,
}

impl Frame {
    /// White background, years 2020-2040 on x, `lo..hi` on y with grouped numbers in `lang`,
    /// a light horizontal grid and the two axes.
    /// `labels` are the end labels, which the right margin is made wide enough for (up to
    /// 40 % of the width; longer ones are shortened by [`Frame::end_label`]).
    fn new(
        width: u32,
        height: u32,
        (lo, hi): (f64, f64),
        labels: &[&str],
        lang: Lang,
        style: ChartStyle,
    ) -> Frame {
        let f = style.font as f64;
        let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let margin = clamp(
            longest as f64 * CHAR_WIDTH * f + 10.0,
            f * 6.0,
            width as f64 * 0.4,
        );
        let mut fr = Frame {
            out: String::with_capacity(4096),
            width: width as f64,
            left: f * 5.0,
            right: width as f64 - margin,
            top: f,
            bottom: height as f64 - f * 2.0,
            lo,
            hi: if hi > lo { hi } else { lo + 1.0 },
            font: style.font,
        };
        let _ = write!(
            fr.out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"{}\">\
             <rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>",
            style.font
        );
        // At most six y ticks on a 1, 2, 2.5 or 5 step.
        let step = nice_ceiling((fr.hi - fr.lo) / 5.0);
        let decimals = if step >= 1.0 {
            0
        } else if step >= 0.1 {
            1
        } else {
            2
        };
        let mut grid = String::new();
        let first = (fr.lo / step).ceil() as i64;
        for k in first..=first + 10 {
            let v = k as f64 * step;
            if v > fr.hi * (1.0 + 1e-9) + 1e-12 {
                break;
            }
            let y = fr.y(v);
            grid.push_str(" M");
            coord(&mut grid, fr.left);
            grid.push(' ');
            coord(&mut grid, y);
            grid.push('H');
            coord(&mut grid, fr.right);
            fr.text(
                fr.left - 6.0,
                y,
                palette::AXIS,
                "end",
                &number(v, decimals, lang),
            );
        }
        let _ = write!(
            fr.out,
            "<path d=\"{grid}\" stroke=\"{}\" fill=\"none\"/>",
            palette::GRID
        );
        for year in (FIRST_YEAR..=LAST_YEAR).step_by(4) {
            let x = fr.x(year as f64);
            let mut label_y = String::new();
            coord(&mut label_y, fr.bottom + f * 1.2);
            let mut xs = String::new();
            coord(&mut xs, x);
            let _ = write!(
                fr.out,
                "<text x=\"{xs}\" y=\"{label_y}\" text-anchor=\"middle\" fill=\"{}\">{year}</text>",
                palette::AXIS
            );
        }
        let mut axes = String::from("M");
        coord(&mut axes, fr.left);
        axes.push(' ');
        coord(&mut axes, fr.top);
        axes.push('V');
        coord(&mut axes, fr.bottom);
        axes.push('H');
        coord(&mut axes, fr.right);
        let _ = write!(
            fr.out,
            "<path d=\"{axes}\" stroke=\"{}\" fill=\"none\"/>",
            palette::AXIS
        );
        fr
    }

    fn x(&self, year: f64) -> f64 {
        self.left
            + (year - FIRST_YEAR as f64) / (LAST_YEAR - FIRST_YEAR) as f64
                * (self.right - self.left)
    }

    fn y(&self, v: f64) -> f64 {
        self.bottom - (v - self.lo) / (self.hi - self.lo) * (self.bottom - self.top)
    }

    fn path_of(&self, s: &Series) -> String {
        let mut d = String::new();
        for (t, &v) in s.iter().enumerate() {
            d.push(if t == 0 { 'M' } else { 'L' });
            coord(&mut d, self.x((FIRST_YEAR + t as i32) as f64));
            d.push(' ');
            coord(&mut d, self.y(v));
        }
        d
    }

    /// A line; `dash` is an SVG dash array, empty for a solid line.
    fn line(&mut self, s: &Series, colour: &str, width: u32, dash: &str) {
        let d = self.path_of(s);
        let _ = write!(
            self.out,
            "<path d=\"{d}\" stroke=\"{colour}\" stroke-width=\"{width}\" fill=\"none\" \
             stroke-linejoin=\"round\""
        );
        if !dash.is_empty() {
            let _ = write!(self.out, " stroke-dasharray=\"{dash}\"");
        }
        self.out.push_str("/>");
    }

    /// The area between two series.
    fn band(&mut self, lo: &Series, hi: &Series, colour: &str) {
        let mut d = self.path_of(hi);
        for t in (0..N_YEARS).rev() {
            d.push('L');
            coord(&mut d, self.x((FIRST_YEAR + t as i32) as f64));
            d.push(' ');
            coord(&mut d, self.y(lo[t]));
        }
        let _ = write!(
            self.out,
            "<path d=\"{d}Z\" fill=\"{colour}\" fill-opacity=\"0.18\" stroke=\"none\"/>"
        );
    }

    /// Text at `(x, y)`, vertically centred, anchored `start`, `middle` or `end`.
    fn text(&mut self, x: f64, y: f64, colour: &str, anchor: &str, text: &str) {
        let (mut xs, mut ys) = (String::new(), String::new());
        coord(&mut xs, x);
        coord(&mut ys, y + self.font as f64 * 0.35);
        let _ = write!(
            self.out,
            "<text x=\"{xs}\" y=\"{ys}\" text-anchor=\"{anchor}\" fill=\"{colour}\">{}</text>",
            escape(text)
        );
    }

    /// A label at the right end of a line, at value `v`, shortened with "…" to fit the margin
    /// (the legend and the data table carry the full name).
    fn end_label(&mut self, v: f64, colour: &str, text: &str) {
        let (x, y) = (self.right + 6.0, self.y(v));
        let room = ((self.width - x) / (CHAR_WIDTH * self.font as f64)).max(1.0) as usize;
        let shown: String = if text.chars().count() > room {
            text.chars().take(room - 1).chain(['…']).collect()
        } else {
            text.to_string()
        };
        self.text(x, y, colour, "start", &shown);
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// The chart as an SVG document of `width` × `height` user units. Labels sit on the lines'
/// right ends (not colour alone), the baseline is dashed and the reference dotted, so the chart
/// reads in grey too.
pub fn svg(d: &ChartData, lang: Lang, style: ChartStyle, width: u32, height: u32) -> String {
    let (lo, hi) = y_range(d);
    let labels = [d.scenario_label.as_str(), d.baseline_label.as_str()];
    let mut fr = Frame::new(width, height, (lo, hi), &labels, lang, style);
    if let Some((p10, p90)) = &d.band {
        fr.band(p10, p90, palette::SCENARIO);
    }
    if let Some((r, text)) = &d.reference {
        fr.line(r, palette::REFERENCE, 2, "2 5");
        let (t, v) = r.iter().enumerate().fold(
            (0usize, 0.0f64),
            |m, (t, &v)| if v > m.1 { (t, v) } else { m },
        );
        // Above the line's peak, running away from the nearer edge of the plot.
        let x = fr.x((FIRST_YEAR + t as i32) as f64);
        let y = fr.y(v) - style.font as f64 * 0.8;
        let anchor = if t < N_YEARS / 2 { "start" } else { "end" };
        fr.text(x, y, palette::REFERENCE, anchor, text);
    }
    if let Some(b) = &d.baseline {
        fr.line(
            b,
            palette::BASELINE,
            style.line.saturating_sub(1).max(1),
            "8 6",
        );
    }
    fr.line(&d.scenario, palette::SCENARIO, style.line, "");
    // Direct labels, nudged apart when the two lines end close together.
    let mut s_end = d.scenario[N_YEARS - 1];
    if let Some(b) = &d.baseline {
        let mut b_end = b[N_YEARS - 1];
        let gap = (fr.hi - fr.lo) * 0.08;
        if (s_end - b_end).abs() < gap {
            if s_end >= b_end {
                s_end = b_end + gap;
            } else {
                b_end = s_end + gap;
            }
        }
        fr.end_label(b_end, palette::BASELINE, &d.baseline_label);
    }
    fr.end_label(s_end, palette::SCENARIO, &d.scenario_label);
    fr.finish()
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
        assert!(out.contains("fill-opacity=\"0.18\""), "band missing");
        assert!(out.ends_with("</svg>"));
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
    fn lines_follow_the_data_inside_the_plot_area() {
        let d = data();
        let out = svg(&d, Lang::Fr, ChartStyle::default(), 640, 300);
        // The scenario line is the solid blue path.
        let at = out
            .find("stroke=\"#0072B2\" stroke-width=\"3\" fill=\"none\" stroke-linejoin=\"round\"/>")
            .expect("solid scenario line");
        let path = &out[out[..at].rfind("d=\"").unwrap() + 3..at - 2];
        let points: Vec<(f64, f64)> = path
            .split(['M', 'L'])
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (x, y) = p.split_once(' ').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        assert_eq!(points.len(), N_YEARS);
        let f = 17.0;
        assert_eq!(
            points[0],
            (f * 5.0, 300.0 - f * 2.0),
            "2020 at 0 sits on the axes"
        );
        // The right margin fits "Convention 2020", the longer label.
        let right = 640.0 - (15.0 * CHAR_WIDTH * f + 10.0);
        assert!(
            (points[N_YEARS - 1].0 - right).abs() <= 0.05,
            "{:?}",
            points[N_YEARS - 1]
        );
        // 2 000 on a 0..2 500 axis: 80 % of the height.
        let top = 300.0 - f * 2.0 - 0.8 * (300.0 - f * 3.0);
        assert!(
            (points[N_YEARS - 1].1 - top).abs() <= 0.05,
            "{:?}",
            points[N_YEARS - 1]
        );
        assert!(points
            .windows(2)
            .all(|w| w[1].0 > w[0].0 && w[1].1 < w[0].1));
        // Ticks every 500 and years every 4.
        for label in ["0", "500", "1\u{202F}000", "2\u{202F}500", "2024", "2036"] {
            assert!(out.contains(&format!(">{label}</text>")), "{label}");
        }
        assert!(!out.contains(">3\u{202F}000<"));
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
        assert!(out.contains(">A &amp; &lt;B&gt;</text>"), "{out}");
        assert!(
            out.contains(">0.05</text>") && out.contains(">0.20</text>"),
            "{out}"
        );
    }

    #[test]
    fn negative_values_extend_the_axis_below_zero() {
        let mut d = data();
        d.scenario = std::array::from_fn(|t| t as f64 * 10.0 - 50.0);
        d.band = None;
        d.reference = None;
        d.baseline = None;
        let out = svg(&d, Lang::Fr, ChartStyle::default(), 640, 300);
        assert!(
            out.contains(">−50</text>") && out.contains(">0</text>"),
            "{out}"
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
pub const COMPARE_COLOURS: [&str; 4] = ["#0072B2", "#B44600", "#00785A", "#AA4682"];

/// The compare chart as SVG: each series labelled at its end, the first solid and the others
/// dashed.
pub fn svg_multi(
    d: &MultiChartData,
    lang: Lang,
    style: ChartStyle,
    width: u32,
    height: u32,
) -> String {
    let all: Vec<&[f64]> = d.series.iter().map(|(_, s)| &s[..]).collect();
    let hi = nice_ceiling(fold(&all, 0.0, f64::max));
    let labels: Vec<&str> = d.series.iter().map(|(l, _)| l.as_str()).collect();
    let mut fr = Frame::new(width, height, (0.0, hi), &labels, lang, style);
    let mut ends: Vec<f64> = Vec::new();
    for (k, (label, s)) in d.series.iter().enumerate().take(4) {
        let colour = COMPARE_COLOURS[k];
        let dash = if k == 0 {
            String::new()
        } else {
            format!("{} 4", 4 + 4 * k)
        };
        fr.line(s, colour, style.line, &dash);
        let mut y = s[N_YEARS - 1];
        let gap = hi * 0.08;
        while ends.iter().any(|e| (e - y).abs() < gap) {
            y += gap;
        }
        ends.push(y);
        fr.end_label(y, colour, label);
    }
    fr.finish()
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
        assert!(out.contains(">Scénario en cours 1</text>"), "{out}");
        assert!(out.contains(">Une équipe au nom"), "{out}");
        assert!(
            out.contains("…</text>") && !out.contains("trop long<"),
            "{out}"
        );
    }
}
