//! « Comparer »: the team scenarios side by side with the Convention 2020 as the reference —
//! key results, overlaid charts, the spread of each lever — with the list itself, links pasted
//! from the teams' phones, and the comparison exported (CSV, JSON that imports back).

use crate::components::chart::{sized, use_chart, use_drawing_size};
use crate::components::teams::TeamList;
use crate::i18n::{t, Key};
use crate::state::Notice;
use crate::state::{Action, CompareEntry, MAX_COMPARED};
use crate::view::{figure, headline_unit, TILE_OUTCOMES};
use crate::web;
use crate::worker::use_worker;
use relance_charts::{Chart, ChartRequest, ChartStyle, MultiChartData};
use relance_model::format::{eur_as_meur, meur};
use relance_model::link::decode;
use relance_model::{Instrument, Lang, Model, Outcome, Projection, Scenario, Workstream};
use relance_worker::client::Lane;
use relance_worker::files::Team;
use relance_worker::{Answer, Request};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The imperative indices, compared after the tiles' outcomes.
pub const COMPARED_INDICES: [Outcome; 3] = [
    Outcome::IndexEmploi,
    Outcome::IndexInclusion,
    Outcome::IndexTransition,
];

/// The part of a pasted text that is a link hash (after `#`, or the text itself).
pub fn hash_of(text: &str) -> String {
    let t = text.trim();
    t.split_once('#').map(|(_, h)| h).unwrap_or(t).to_string()
}

/// Relative change of `v` from `base`, in words ("+12 %"), or empty when equal.
pub fn change(v: f64, base: f64, lang: Lang) -> String {
    let d = v - base;
    if d.abs() <= 0.005 * v.abs().max(base.abs()).max(1e-9) {
        return String::new();
    }
    if base.abs() < 1e-9 {
        return format!(
            "{}{}",
            if d > 0.0 { "+" } else { "−" },
            figure(d.abs(), lang)
        );
    }
    let pct = d / base.abs() * 100.0;
    let sep = if lang == Lang::Fr { "\u{A0}" } else { "" };
    format!(
        "{}{}{sep}%",
        if pct > 0.0 { "+" } else { "−" },
        relance_model::format::number(pct.abs().round(), 0, lang)
    )
}

/// Properties of [`CompareView`].
#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    /// The model.
    pub model: Rc<Model>,
    /// Compared scenarios.
    pub entries: Vec<CompareEntry>,
    /// The current scenario's link.
    pub current_link: String,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The compare view.
#[function_component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let lang = props.lang;
    let pasted = use_state(String::new);
    // The Convention 2020 first, as the reference every difference is measured from.
    let projected: Rc<Vec<(String, Scenario, Projection)>> = {
        let model = props.model.clone();
        (*use_memo((props.entries.clone(), lang), move |(entries, lang)| {
            let base = model.baseline().scenario.clone();
            let reference = model
                .project(&base)
                .ok()
                .map(|p| (t(*lang, Key::CompareReference).to_string(), base, p));
            Rc::new(
                reference
                    .into_iter()
                    .chain(entries.iter().filter_map(|e| {
                        let (_, s) = decode(&model, &e.link).ok()?;
                        let p = model.project(&s).ok()?;
                        Some((e.name.clone(), s, p))
                    }))
                    .collect::<Vec<_>>(),
            )
        }))
        .clone()
    };
    let worker = use_worker();
    let teams: Vec<Team> = props
        .entries
        .iter()
        .map(|e| Team {
            name: e.name.clone(),
            link: e.link.clone(),
        })
        .collect();
    let export = |request: Request, file: &'static str, mime: &'static str| {
        let (worker, on_action) = (worker.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let on_action = on_action.clone();
            worker.ask(Lane::Free, request.clone(), move |a| match a {
                Answer::Exported(text) => {
                    let _ = web::download(file, mime, &text);
                }
                _ => on_action.emit(Action::Notify(Notice::Info(Key::WorkerUnavailableFiles))),
            });
        })
    };
    let on_csv = export(
        Request::ComparisonCsv(teams.clone(), lang),
        "relance-comparaison.csv",
        "text/csv;charset=utf-8",
    );
    let on_json = export(
        Request::ExportComparison(teams),
        "relance-comparaison.json",
        "application/json",
    );
    let on_import = {
        let (on_action, worker) = (props.on_action.clone(), worker.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (on_action, worker) = (on_action.clone(), worker.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let bad = |items: Vec<String>| Action::Notify(Notice::BadImport(items));
                let Ok(text) = web::file_text(file).await else {
                    on_action.emit(bad(vec![t(lang, Key::FileNotJson).into()]));
                    return;
                };
                let request = Request::ImportComparison { text, lang };
                let on = on_action.clone();
                worker.ask(Lane::Free, request, move |a| match a {
                    Answer::Teams(Ok(teams)) => {
                        on.emit(Action::CompareImport(
                            teams.into_iter().map(|t| (t.name, t.link)).collect(),
                        ));
                    }
                    Answer::Teams(Err(items)) => on.emit(bad(items)),
                    _ => on.emit(Action::Notify(Notice::Info(Key::WorkerUnavailableFiles))),
                });
            });
        })
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            pasted.set(input.value());
        })
    };
    let n = props.entries.len();
    let on_add = {
        let (pasted, on_action) = (pasted.clone(), props.on_action.clone());
        let (model, entries) = (props.model.clone(), props.entries.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let hash = hash_of(&pasted);
            let taken: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            let name = crate::view::link_name(&model, &hash, &taken, lang)
                .unwrap_or_else(|| format!("{} {}", t(lang, Key::LinkLabel), n + 1));
            on_action.emit(Action::CompareAdd(name, hash));
            pasted.set(String::new());
        })
    };
    let add_current = {
        let link = props.current_link.clone();
        let (model, entries) = (props.model.clone(), props.entries.clone());
        props.on_action.reform(move |_: MouseEvent| {
            let taken: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            let name = crate::view::link_name(&model, &link, &taken, lang)
                .unwrap_or_else(|| format!("{} {}", t(lang, Key::CurrentScenario), n + 1));
            Action::CompareAdd(name, link.clone())
        })
    };
    // Both charts have the first one's size.
    let node = use_node_ref();
    let (width, height, style) = sized(
        use_drawing_size(node.clone(), true),
        ChartStyle::default(),
        300,
    );
    let request = |o: Outcome| ChartRequest {
        chart: Chart::Many(MultiChartData {
            series: projected
                .iter()
                .map(|(name, _, p)| (name.clone(), p.net(o)))
                .collect(),
            unit: o.unit(lang).to_string(),
        }),
        lang,
        style,
        width,
        height,
    };
    // Drawn by the worker: two hooks, always in this order.
    let co2 = use_chart(request(Outcome::Co2Avoided), true);
    let jobs = use_chart(request(Outcome::ConstructionJobs), true);
    let charts = [
        (Outcome::Co2Avoided, co2),
        (Outcome::ConstructionJobs, jobs),
    ];
    html! {
        <section class="compare" aria-labelledby="compare-h">
            { crate::components::sheet::comparison_head(lang) }
            <h2 id="compare-h">{ t(lang, Key::CompareHeading) }</h2>
            <p>{ t(lang, Key::CompareIntro) }</p>
            <div class="share__row">
                <button type="button" class="presets__btn" id="compare-add-current" onclick={add_current}
                    disabled={n >= MAX_COMPARED}>{ t(lang, Key::CompareAddCurrent) }</button>
            </div>
            <TeamList entries={props.entries.clone()} id="compare-list" swatches=true lang={lang} on_action={props.on_action.clone()} />
            <form class="share__row" onsubmit={on_add}>
                <label for="compare-paste">{ t(lang, Key::ComparePaste) }</label>
                <input type="text" id="compare-paste" value={(*pasted).clone()} oninput={on_paste} />
                <button type="submit" class="presets__btn" disabled={n >= MAX_COMPARED}>{ t(lang, Key::CompareAdd) }</button>
            </form>
            <div class="share__row">
                <span>{ t(lang, Key::CompareExport) }{ " : " }</span>
                <button type="button" class="presets__btn" id="compare-csv" onclick={on_csv} disabled={n == 0}>{ t(lang, Key::ExportCsv) }</button>
                <button type="button" class="presets__btn" id="compare-json" onclick={on_json} disabled={n == 0}>{ t(lang, Key::ExportJson) }</button>
                <button type="button" class="presets__btn" id="print-compare" onclick={Callback::from(|_: MouseEvent| crate::components::sheet::print())} disabled={n == 0}>{ t(lang, Key::PrintComparison) }</button>
            </div>
            <div class="share__row">
                <label for="compare-import">{ t(lang, Key::CompareImportLabel) }</label>
                <input type="file" id="compare-import" accept="application/json,.json" onchange={on_import} />
            </div>
            if n == 0 {
                <p>{ t(lang, Key::CompareEmpty) }</p>
            } else {
                <h3>{ t(lang, Key::CompareOutcomes) }</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-outcomes-cap">
                <table class="compare__table" id="compare-outcomes">
                    <caption id="compare-outcomes-cap">{ t(lang, Key::CompareOutcomes) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Outcome) }</th>
                        { for projected.iter().map(|(name, _, _)| html! { <th scope="col">{ name }</th> }) }
                    </tr></thead>
                    <tbody>
                    { for TILE_OUTCOMES.iter().chain(&COMPARED_INDICES).map(|&o| {
                        let base = projected[0].2.headline(o);
                        html! {
                            <tr>
                                <th scope="row">{ format!("{} ({})", o.label(lang), headline_unit(o, lang)) }</th>
                                { for projected.iter().enumerate().map(|(k, (_, _, p))| {
                                    let v = p.headline(o);
                                    let c = if k == 0 { String::new() } else { change(v, base, lang) };
                                    let cls = if c.is_empty() { "" } else if v > base { "cell--up" } else { "cell--down" };
                                    html! { <td class={cls}>{ figure(v, lang) }{ if c.is_empty() { String::new() } else { format!(" ({c})") } }</td> }
                                }) }
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                <div class="charts__grid">
                { for charts.iter().enumerate().map(|(k, (o, svg))| html! {
                    <figure class="chart" id={format!("compare-chart-{}", o.id())}>
                        <figcaption class="chart__title">{ format!("{} ({})", o.label(lang), o.unit(lang)) }</figcaption>
                        <div class="chart__svg" ref={if k == 0 { node.clone() } else { NodeRef::default() }} role="img" aria-label={format!("{} : {}", o.label(lang),
                            projected.iter().map(|(n, _, p)| format!("{n} {}", figure(p.headline(*o), lang))).collect::<Vec<_>>().join(", "))}>
                            if let Some(svg) = svg {
                                { Html::from_html_unchecked(svg.clone()) }
                            }
                        </div>
                    </figure>
                }) }
                </div>
                // On paper: the money by workstream, one line each (loans / engineering / equity).
                <table class="compare__table print-only" id="compare-money-print">
                    <caption class="compare__money-cap">{ t(lang, Key::CompareMoneyPrint) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::SheetWorkstream) }</th>
                        { for projected.iter().map(|(name, _, _)| html! { <th scope="col">{ name }</th> }) }
                    </tr></thead>
                    <tbody>
                    { for Workstream::ALL.iter().map(|&w| html! {
                        <tr>
                            <th scope="row">{ w.label(lang) }</th>
                            { for projected.iter().map(|(_, s, _)| html! {
                                <td>{ Instrument::ALL.iter().map(|&i| relance_model::format::number(s.amount(w, i) / 1e6, if i == Instrument::Engineering { 2 } else { 0 }, lang)).collect::<Vec<_>>().join(" / ") }</td>
                            }) }
                        </tr>
                    }) }
                    </tbody>
                </table>
                <h3 class="screen-only">{ t(lang, Key::CompareLevers) }</h3>
                <div class="table-wrap screen-only" tabindex="0" role="region" aria-labelledby="compare-levers-cap">
                <table class="compare__table" id="compare-levers">
                    <caption id="compare-levers-cap">{ t(lang, Key::CompareLevers) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Lever) }</th>
                        { for projected.iter().map(|(name, _, _)| html! { <th scope="col">{ name }</th> }) }
                        <th scope="col">{ t(lang, Key::CompareSpread) }</th>
                    </tr></thead>
                    <tbody>
                    { for Workstream::ALL.iter().flat_map(|&w| Instrument::ALL.iter().map(move |&i| (w, i))).filter(|&(w, i)| props.model.lever(w, i).is_open()).map(|(w, i)| {
                        let vals: Vec<f64> = projected.iter().map(|(_, s, _)| s.amount(w, i)).collect();
                        let spread = vals.iter().cloned().fold(f64::MIN, f64::max) - vals.iter().cloned().fold(f64::MAX, f64::min);
                        html! {
                            <tr class={(spread > 1.0).then_some("row--spread")}>
                                <th scope="row">{ format!("{} — {}", w.label(lang), i.label(lang)) }</th>
                                { for vals.iter().map(|v| html! { <td>{ eur_as_meur(*v, lang) }</td> }) }
                                <td>{ if spread > 1.0 { meur(spread / 1e6, lang) } else { "—".to_string() } }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_links_and_changes() {
        assert_eq!(
            hash_of(" http://127.0.0.1:8080/#v=1&p=jobs-first "),
            "v=1&p=jobs-first"
        );
        assert_eq!(hash_of("v=1"), "v=1");
        assert_eq!(change(112.0, 100.0, Lang::Fr), "+12\u{A0}%");
        assert_eq!(change(88.0, 100.0, Lang::En), "−12%");
        assert_eq!(change(100.0, 100.0, Lang::Fr), "");
        assert_eq!(change(5.0, 0.0, Lang::Fr), "+5,00");
    }
}
