//! A chart figure: the SVG drawn by [`crate::charts`], a text summary and a data table.

use crate::i18n::{t, Key};
use crate::view::{chart_data, chart_summary, figure, Results};
use relance_charts::{Chart, ChartRequest, ChartStyle};
use relance_model::{Lang, Outcome, FIRST_YEAR};
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

/// The SVG of a chart, drawn by the extras module: the last drawing stays until the new one
/// arrives (`None` before the first, or if the module cannot load).
#[hook]
pub fn use_chart(request: ChartRequest) -> Option<AttrValue> {
    let markup = use_state(|| None::<AttrValue>);
    {
        let markup = markup.clone();
        use_effect_with(request, move |r| {
            let r = r.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(svg) = crate::extras::chart_svg(&r).await {
                    markup.set(Some(AttrValue::from(svg)));
                }
            });
        });
    }
    (*markup).clone()
}

/// A chart with its summary and table.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartProps) -> Html {
    let (o, lang) = (props.outcome, props.lang);
    let data = chart_data(&props.results, &props.baseline, o, lang);
    let summary = chart_summary(&data, o, lang);
    let markup = use_chart(ChartRequest {
        chart: Chart::One(Box::new(data.clone())),
        lang,
        style: props.style,
        width: 640,
        height: props.height,
    });
    let id = format!("chart-{}", o.id());
    // The table is built only while it is open: closed, it would be re-rendered for nothing on
    // every lever move.
    let open = use_state(|| false);
    let on_toggle = crate::components::on_details_toggle(open.clone());
    html! {
        <figure class="chart" id={id.clone()}>
            <figcaption class="chart__title">{ format!("{} ({})", o.label(lang), data.unit) }</figcaption>
            <div class="chart__svg" role="img" aria-label={summary.clone()}>
                if let Some(m) = &markup {
                    { Html::from_html_unchecked(m.clone()) }
                }
            </div>
            <p class="chart__summary">{ summary }</p>
            if let Some(m) = &markup {
                <button type="button" class="chart__download" onclick={{
                    let (markup, name) = (m.clone(), format!("relance-{}.svg", o.id()));
                    Callback::from(move |_: MouseEvent| { let _ = crate::web::download(&name, "image/svg+xml", &markup); })
                }}>{ format!("{} : {}", t(lang, Key::ExportLabel), t(lang, Key::ExportSvg)) }</button>
            }
            <details class="chart__table" ontoggle={on_toggle}>
                <summary>{ t(lang, Key::ShowTable) }</summary>
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
