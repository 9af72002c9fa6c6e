//! A chart figure: the SVG drawn by the worker (`relance_charts`), a text summary and a data
//! table.

use crate::i18n::{t, Key};
use crate::view::{chart_data, chart_summary, figure, Results};
use relance_charts::{Chart, ChartRequest, ChartStyle};
use relance_model::{Lang, Outcome, FIRST_YEAR};
use relance_worker::client::Lane;
use relance_worker::{Answer, Request};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartProps {
    /// The series charted.
    pub outcome: Outcome,
    /// The scenario's results.
    pub results: Rc<Results>,
    /// The baseline's results.
    pub baseline: Rc<Results>,
    /// Interface language.
    pub lang: Lang,
    /// Line widths and type size.
    #[prop_or_default]
    pub style: ChartStyle,
    /// Height of the drawing for a width of 640 (the workshop's single chart is taller).
    #[prop_or(300)]
    pub height: u32,
}

/// The size to draw a chart at, once `node` is laid out: its width in CSS pixels (in steps of
/// 16) and the page's type size against 16 px. Drawn at the size it is shown, a chart's text is
/// as large as the page's, and grows with a larger default type size or a zoom (redrawn when
/// the window is resized). Measured once `active` (a chart far from the screen is not measured:
/// a measure forces a layout, which the app's first render on a phone must not pay for).
#[hook]
pub fn use_drawing_size(node: NodeRef, active: bool) -> Option<(u32, f64)> {
    let size = use_state_eq(|| None::<(u32, f64)>);
    let measure = {
        let (node, size) = (node.clone(), size.clone());
        move || {
            let width = node
                .cast::<web_sys::Element>()
                .map_or(0, |e| e.client_width().max(0) as u32);
            let root = web_sys::window()
                .and_then(|w| {
                    w.get_computed_style(&w.document()?.document_element()?)
                        .ok()?
                })
                .and_then(|s| s.get_property_value("font-size").ok())
                .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
                .unwrap_or(16.0);
            if width >= 16 {
                size.set(Some((width / 16 * 16, root / 16.0)));
            }
        }
    };
    // After a render until measured (the element may appear later, as in the compare view),
    // then only on resize: a measure forces a layout, which a move must not pay for.
    {
        let (measure, known) = (measure.clone(), size.is_some());
        use_effect(move || {
            if active && !known {
                measure()
            }
        });
    }
    use_effect_with(node, move |_| {
        let on_resize =
            gloo_events::EventListener::new(&gloo_utils::window(), "resize", move |_| measure());
        move || drop(on_resize)
    });
    *size
}

/// A chart request's size for a drawing of `size` (from [`use_drawing_size`]): a `height` given
/// for a width of 640, kept at three quarters of it at least on narrow screens; the type size
/// scaled like the page's. Width 0 (not measured yet) draws nothing.
pub fn sized(size: Option<(u32, f64)>, style: ChartStyle, height: u32) -> (u32, u32, ChartStyle) {
    let Some((width, scale)) = size else {
        return (0, 0, style);
    };
    let h = (height as f64 * (width as f64 / 640.0).max(0.75)).round() as u32;
    let font = (style.font as f64 * scale).round() as u32;
    (width, h, ChartStyle { font, ..style })
}

/// The SVG of a chart, drawn by the worker: the last drawing stays until the new one arrives
/// (`None` before the first, or while the worker is unavailable). Each chart on screen has its
/// own lane: a chart redrawn while the hand moves asks only for its latest data. A chart far
/// from the screen (`on_screen` false) is not redrawn: it keeps its last drawing and asks for
/// the latest when it comes near.
#[hook]
pub fn use_chart(request: ChartRequest, on_screen: bool) -> Option<AttrValue> {
    let markup = use_state(|| None::<AttrValue>);
    let worker = crate::worker::use_worker();
    let lane = *use_state(|| {
        thread_local! {
            static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
        }
        Lane::Chart(NEXT.with(|n| {
            n.set(n.get().wrapping_add(1));
            n.get()
        }))
    });
    {
        let markup = markup.clone();
        use_effect_with((request, on_screen), move |(r, on_screen)| {
            if r.width == 0 || !*on_screen {
                return;
            }
            worker.ask(lane, Request::Chart(r.clone()), move |a| {
                if let Answer::Svg(Some(svg)) = a {
                    markup.set(Some(AttrValue::from(svg)));
                }
            });
        });
    }
    (*markup).clone()
}

/// Whether `node` is on the screen or within a screen's height of it, following scrolls
/// (IntersectionObserver). False until the browser first says (a frame after mounting); true
/// where the browser has no IntersectionObserver.
#[hook]
pub fn use_on_screen(node: NodeRef) -> bool {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let on = use_state_eq(|| false);
    {
        let on = on.clone();
        use_effect_with(node, move |node| {
            let el = node.cast::<web_sys::Element>();
            let set = on.clone();
            let callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    let last = entries
                        .iter()
                        .last()
                        .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok());
                    if let Some(e) = last {
                        set.set(e.is_intersecting());
                    }
                });
            let init = web_sys::IntersectionObserverInit::new();
            init.set_root_margin("100% 0px");
            let observer = web_sys::IntersectionObserver::new_with_options(
                callback.as_ref().unchecked_ref(),
                &init,
            )
            .ok();
            match (&observer, &el) {
                (Some(o), Some(el)) => o.observe(el),
                _ => on.set(true),
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    *on
}

/// Properties of [`Drawing`].
#[derive(Properties, PartialEq, Clone)]
pub struct DrawingProps {
    /// The chart.
    pub request: ChartRequest,
}

/// A chart's drawing alone (its text alternative is the caller's), once the worker has drawn it.
#[function_component(Drawing)]
pub fn drawing(p: &DrawingProps) -> Html {
    match use_chart(p.request.clone(), true) {
        Some(svg) => Html::from_html_unchecked(svg),
        None => Html::default(),
    }
}

/// An exported chart as a file that carries its own text alternative: `title` and `desc`
/// (its summary) as the SVG's first children.
pub fn titled_svg(svg: &str, title: &str, summary: &str) -> String {
    let escape = |x: &str| {
        x.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    match svg
        .find("<svg")
        .and_then(|at| svg[at..].find('>').map(|end| at + end + 1))
    {
        Some(open) => format!(
            "{}<title>{}</title><desc>{}</desc>{}",
            &svg[..open],
            escape(title),
            escape(summary),
            &svg[open..]
        ),
        None => svg.to_string(),
    }
}

/// A chart with its summary and table.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartProps) -> Html {
    let (o, lang) = (props.outcome, props.lang);
    let data = chart_data(&props.results, &props.baseline, o, lang);
    let summary = chart_summary(&data, &props.results, o, lang);
    let node = use_node_ref();
    // On a phone the charts are far below the levers: redrawing them at every move (the worker's
    // drawing, then the page's parse and layout of its SVG) would cost the hand frames.
    let on_screen = use_on_screen(node.clone());
    let (width, height, style) = sized(
        use_drawing_size(node.clone(), on_screen),
        props.style,
        props.height,
    );
    let markup = use_chart(
        ChartRequest {
            chart: Chart::One(Box::new(data.clone())),
            lang,
            style,
            width,
            height,
        },
        on_screen,
    );
    let id = format!("chart-{}", o.id());
    // The table is built only while it is open: closed, it would be re-rendered for nothing on
    // every lever move.
    let open = use_state(|| false);
    let on_toggle = crate::components::on_details_toggle(open.clone());
    html! {
        <figure class="chart" id={id.clone()}>
            <figcaption class="chart__title">{ format!("{} ({})", o.label(lang), data.unit) }</figcaption>
            <div class="chart__svg" role="img" aria-label={summary.clone()} ref={node}>
                if let Some(m) = &markup {
                    { Html::from_html_unchecked(m.clone()) }
                }
            </div>
            <p class="chart__summary">{ summary.clone() }</p>
            if let Some(m) = &markup {
                <button type="button" class="chart__download" onclick={{
                    let (file, name) = (titled_svg(m, &format!("{} ({})", o.label(lang), data.unit), &summary), format!("relance-{}.svg", o.id()));
                    Callback::from(move |_: MouseEvent| { let _ = crate::web::download(&name, "image/svg+xml", &file); })
                }}>{ format!("{} : {}", t(lang, Key::ExportLabel), t(lang, Key::ExportSvg)) }
                    <span class="sr-only">{ format!(" — {}", o.label(lang)) }</span></button>
            }
            <details class="chart__table" ontoggle={on_toggle}>
                <summary>{ t(lang, Key::ShowTable) }<span class="sr-only">{ format!(" — {}", o.label(lang)) }</span></summary>
                if *open {
                <div class="table-wrap">
                <table>
                    <caption>{ format!("{} ({})", o.label(lang), data.unit) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Year) }</th>
                        <th scope="col">{ t(lang, Key::ScenarioLabel) }</th>
                        if data.band.is_some() {
                            <th scope="col">{ t(lang, Key::P10) }</th>
                            <th scope="col">{ t(lang, Key::P90) }</th>
                        }
                        <th scope="col">{ t(lang, Key::BaselineLabel) }</th>
                        if let Some((_, label)) = &data.reference {
                            <th scope="col">{ label }</th>
                        }
                    </tr></thead>
                    <tbody>
                    { for (0..data.scenario.len()).map(|k| html! {
                        <tr>
                            <th scope="row">{ FIRST_YEAR + k as i32 }</th>
                            <td>{ figure(data.scenario[k], lang) }</td>
                            if let Some((lo, hi)) = &data.band {
                                <td>{ figure(lo[k], lang) }</td>
                                <td>{ figure(hi[k], lang) }</td>
                            }
                            <td>{ data.baseline.as_ref().map(|b| figure(b[k], lang)).unwrap_or_default() }</td>
                            if let Some((r, _)) = &data.reference {
                                <td>{ figure(r[k], lang) }</td>
                            }
                        </tr>
                    }) }
                    </tbody>
                </table>
                </div>
                }
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exported_chart_carries_its_title_and_summary() {
        let out = titled_svg(
            "<?xml?><svg width=\"10\"><rect/></svg>",
            "CO2 (t)",
            "a < b & c",
        );
        assert_eq!(
            out,
            "<?xml?><svg width=\"10\"><title>CO2 (t)</title><desc>a &lt; b &amp; c</desc><rect/></svg>"
        );
    }

    #[test]
    fn charts_are_drawn_at_their_size_with_the_page_type() {
        let style = ChartStyle { line: 3, font: 17 };
        assert_eq!(
            sized(None, style, 300).0,
            0,
            "nothing before the size is known"
        );
        let (w, h, s) = sized(Some((352, 1.25)), style, 300);
        assert_eq!((w, h, s.font), (352, 225, 21));
        let (w, h, s) = sized(Some((1280, 1.0)), style, 300);
        assert_eq!((w, h, s.font), (1280, 600, 17));
    }
}
