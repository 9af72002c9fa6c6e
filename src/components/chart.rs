//! A chart figure: the SVG drawn by [`crate::charts`], a text summary and a data table.

use crate::charts::{svg, ChartStyle};
use crate::i18n::{t, Key};
use crate::view::{chart_data, chart_summary, figure, Results};
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
}

/// A chart with its summary and table.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartProps) -> Html {
    let (o, lang) = (props.outcome, props.lang);
    let data = chart_data(&props.results, &props.baseline, o, lang);
    let summary = chart_summary(&data, o, lang);
    let markup = svg(&data, lang, props.style, 640, 300);
    let id = format!("chart-{}", o.id());
    // The table is built only while it is open: closed, it would be re-rendered for nothing on
    // every lever move.
    let open = use_state(|| false);
    let on_toggle = crate::components::on_details_toggle(open.clone());
    html! {
        <figure class="chart" id={id.clone()}>
            <figcaption class="chart__title">{ format!("{} ({})", o.label(lang), data.unit) }</figcaption>
            <div class="chart__svg" role="img" aria-label={summary.clone()}>
                { Html::from_html_unchecked(AttrValue::from(markup.clone())) }
            </div>
            <p class="chart__summary">{ summary }</p>
            <button type="button" class="chart__download" onclick={{
                let (markup, name) = (markup.clone(), format!("relance-{}.svg", o.id()));
                Callback::from(move |_: MouseEvent| { let _ = crate::web::download(&name, "image/svg+xml", &markup); })
            }}>{ format!("{} : {}", t(lang, Key::ExportLabel), t(lang, Key::ExportSvg)) }</button>
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
