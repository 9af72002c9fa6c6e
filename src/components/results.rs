//! Outcome tiles with their "Pourquoi ?" and the three imperatives.

use crate::i18n::{t, Key};
use crate::state::Action;
use crate::view::{
    figure, imperatives, leverage, range_text, tile, tile_params, Results, TileView, TILE_OUTCOMES,
};
use relance_model::format::fill;
use relance_model::format::meur;
use relance_model::{Lang, Model, Scenario};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ResultsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    /// The model.
    pub model: Rc<Model>,
    /// The scenario.
    pub scenario: Scenario,
    /// Its results.
    pub results: Rc<Results>,
    /// The baseline's results.
    pub baseline: Rc<Results>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// Properties of [`Why`].
#[derive(Properties, PartialEq, Clone)]
pub struct WhyProps {
    /// The tile explained.
    pub tile: TileView,
    /// The model.
    pub model: Rc<Model>,
    /// The scenario.
    pub scenario: Scenario,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// "Pourquoi ?": the formula, the top workstreams and, once opened, the parameters used.
#[function_component(Why)]
pub fn why(p: &WhyProps) -> Html {
    let (tv, lang, on_action) = (&p.tile, p.lang, &p.on_action);
    // The parameter list is built only while open: it would otherwise be redone at every move.
    // Their labels come from the worker, asked on the first opening.
    let open = use_state(|| false);
    let texts = crate::worker::use_words(lang, *open);
    let on_toggle = crate::components::on_details_toggle(open.clone());
    html! {
        <details class="why" ontoggle={on_toggle}>
            <summary>{ t(lang, Key::Why) }<span class="sr-only">{ format!(" — {}", tv.label) }</span></summary>
            <p><strong>{ t(lang, Key::FormulaLabel) }{ " : " }</strong>{ &tv.formula }</p>
            if !tv.contributions.is_empty() {
                <p class="why__h">{ t(lang, Key::TopWorkstreams) }</p>
                <ul class="why__list">
                { for tv.contributions.iter().map(|c| html! {
                    <li>
                        <strong>{ c.workstream.label(lang) }</strong>
                        { format!(" : {} % — ", figure(c.share * 100.0, lang)) }
                        { format!("{} {}, {} {}, {} {}",
                            meur(c.money[0], lang), t(lang, Key::LoansShort),
                            meur(c.money[2], lang), t(lang, Key::EquityShort),
                            meur(c.money[1], lang), t(lang, Key::EngineeringShort)) }
                    </li>
                }) }
                </ul>
            }
            if *open {
                <p class="why__h">{ t(lang, Key::ParamsUsed) }</p>
                <ul class="why__list why__params">
                { for tile_params(&p.model, &p.scenario, tv.outcome, lang).into_iter().map(|(id, value)| {
                    let label = texts.as_ref().map_or(id.as_str(), |x| x.label(&id)).to_string();
                    let id2 = id.clone();
                    html! {
                        <li>
                            <a href={format!("#param-{id}")} onclick={on_action.reform(move |e: MouseEvent| {
                                e.prevent_default();
                                Action::ShowParam(id2.clone())
                            })}>{ label }</a>
                            { format!(" : {value}") }
                        </li>
                    }
                }) }
                </ul>
            }
        </details>
    }
}

/// What the metropolis carries, from the central projection (as every figure shown).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MetroCost {
    /// Co-financing of the projects the money adds, 2020–2040 (M€, central).
    pub cofinancing: f64,
    /// The same per inhabitant (€).
    pub per_inhabitant: f64,
    /// Peak yearly debt service on the BdT loans it borrows (M€/yr, central path).
    pub service_peak: f64,
    /// Abatement cost of the climate money (€/tCO2, central).
    pub abatement_cost: f64,
}

impl MetroCost {
    /// From a scenario's results.
    pub fn of(r: &Results) -> MetroCost {
        use relance_model::Outcome::{MetroCofinancing, MetroDebtService};
        let sm = &r.projection.summary;
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
        let cofinancing = r.headline(MetroCofinancing);
        MetroCost {
            cofinancing,
            per_inhabitant: ratio(cofinancing * 1e6, sm.population),
            service_peak: r
                .series(MetroDebtService)
                .iter()
                .copied()
                .fold(0.0, f64::max),
            abatement_cost: sm.abatement_cost,
        }
    }
}

/// The metropolis' costs in one paragraph.
pub fn metro_cost_text(r: &Results, lang: Lang) -> String {
    let sm = &r.projection.summary;
    let c = MetroCost::of(r);
    let per = |x: f64| {
        if sm.population > 0.0 {
            x * 1e6 / sm.population
        } else {
            0.0
        }
    };
    fill(t(lang, Key::MetroCostDetails), |name| {
        let x = match name {
            "cofin" => c.cofinancing,
            "loans" => sm.metro_loans,
            "debt" => sm.metro_debt,
            "service" => c.service_peak,
            "service_hab" => per(c.service_peak),
            "transport" => sm.metro_transport_investment,
            "abate" => c.abatement_cost.round(),
            "abate_public" => sm.abatement_cost_public.round(),
            "vlife" => sm.carbon_value_lifetime.round(),
            "ge" => sm.grant_equivalent.total,
            "ge_loans" => sm.grant_equivalent.loans,
            "ge_equity" => sm.grant_equivalent.equity,
            "ge_eng" => sm.grant_equivalent.engineering,
            _ => return None,
        };
        Some(figure(x, lang))
    })
}

/// Properties of [`ChangeStatus`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChangeStatusProps {
    /// The model (envelopes).
    pub model: Rc<Model>,
    /// The scenario (amounts against envelopes).
    pub scenario: Scenario,
    /// The results shown.
    pub results: Rc<Results>,
    /// Interface language.
    pub lang: Lang,
}

/// One status message for screen readers, half a second after the levers rest: the headline
/// figures that changed since the last message, with their change, and any envelope exceeded.
/// The tiles themselves are not a live region (a slider's every step would be read out).
#[function_component(ChangeStatus)]
pub fn change_status(props: &ChangeStatusProps) -> Html {
    let announced = use_mut_ref(|| None::<Vec<f64>>);
    let message = use_state(String::new);
    {
        let (announced, message) = (announced.clone(), message.clone());
        let (model, scenario, lang) = (props.model.clone(), props.scenario.clone(), props.lang);
        use_effect_with(props.results.clone(), move |r| {
            let r = r.clone();
            // The first figures are the reference, taken at once: a lever moved before the
            // first quiet half second is still announced.
            announced
                .borrow_mut()
                .get_or_insert_with(|| crate::view::status_values(&r));
            let timer = gloo_timers::callback::Timeout::new(500, move || {
                let over: Vec<String> = crate::view::envelope_rows(&model, &scenario)
                    .iter()
                    .filter(|row| row.is_over())
                    .map(|row| {
                        format!(
                            "{} {}",
                            row.instrument.label(lang),
                            t(lang, Key::OverEnvelope)
                        )
                    })
                    .collect();
                let over: Vec<&str> = over.iter().map(String::as_str).collect();
                let mut last = announced.borrow_mut();
                if let Some(before) = last.as_deref() {
                    if let Some(text) = crate::view::status_text(before, &r, &over, lang) {
                        message.set(text);
                    }
                }
                *last = Some(crate::view::status_values(&r));
            });
            move || drop(timer)
        });
    }
    {
        // A message in the other language would be read with the wrong voice: it goes.
        let message = message.clone();
        use_effect_with(props.lang, move |_| message.set(String::new()));
    }
    html! {
        <p class="sr-only" id="change-status" role="status" aria-label={t(props.lang, Key::ChangeStatusLabel)}>{ (*message).clone() }</p>
    }
}

/// The results panel.
#[function_component(ResultsPanel)]
pub fn results_panel(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let r = &props.results;
    let tiles: Vec<TileView> = TILE_OUTCOMES
        .iter()
        .map(|&o| tile(&props.model, &props.scenario, r, &props.baseline, o, lang))
        .collect();
    let (lev, lev_base) = leverage(r, &props.baseline);
    let sm = &r.projection.summary;
    let undeployed = (sm.allocated[0] - sm.deployed[0]) + (sm.allocated[2] - sm.deployed[2]);
    let imps = imperatives(r, &props.baseline);
    let delta_class = |s: i8| match s {
        1 => "tile__delta tile__delta--up",
        -1 => "tile__delta tile__delta--down",
        _ => "tile__delta",
    };
    html! {
        // While the page's scenario is another one, still being drawn, the tiles' wrapper is
        // marked (`sim__tiles--pending`, aria-busy): the tiles show the last scenario drawn.
        <section class="results" aria-labelledby="results-h" id="results">
            <h2 id="results-h">{ t(lang, Key::ResultsHeading) }</h2>
            <p class="results__intro">{ t(lang, Key::ResultsIntro) }{ " " }
                <a href={crate::view::glossary_href(lang, "p10-p90")}>{ t(lang, Key::Glossary) }</a></p>
            <ul class="tiles">
            { for tiles.iter().map(|tv| html! {
                <li class={classes!("tile", (!r.fresh).then_some("tile--stale"))} id={format!("tile-{}", tv.id)}>
                    <h3 class="tile__label">{ &tv.label }</h3>
                    <p class="tile__value"><strong>{ &tv.value }</strong>{ " " }<span class="tile__unit">{ &tv.unit }</span>
                        if let Some(a) = crate::view::glossary_entry(tv.outcome) {
                            { " " }<a class="gloss" href={crate::view::glossary_href(lang, a)}
                                aria-label={format!("{} : {}", tv.unit, t(lang, Key::Definition))}>{ "?" }</a>
                        }
                    </p>
                    <p class="tile__when">{ &tv.when }</p>
                    <p class={delta_class(tv.delta_sign)}>{ &tv.delta }
                        if let Some(d) = &tv.delta_range {
                            <span class="tile__delta-range">{ format!(" ({d})") }</span>
                        }
                    </p>
                    if let Some(range) = &tv.range {
                        <p class="tile__range">{ range }</p>
                    }
                    <p class="tile__grounding">{ crate::view::grounding_text(tv.grounding, lang) }</p>
                    <Why tile={tv.clone()} model={props.model.clone()} scenario={props.scenario.clone()}
                        lang={lang} on_action={props.on_action.clone()} />
                </li>
            }) }
                <li class="tile" id="tile-leverage">
                    <h3 class="tile__label">{ t(lang, Key::LeverageLabel) }</h3>
                    <p class="tile__value"><strong>{ figure(lev, lang) }</strong>{ " " }<span class="tile__unit">{ t(lang, Key::LeverageUnit) }</span>
                        { " " }<a class="gloss" href={crate::view::glossary_href(lang, "effet-de-levier")}
                            aria-label={format!("{} : {}", t(lang, Key::LeverageLabel), t(lang, Key::Definition))}>{ "?" }</a></p>
                    <p class="tile__when">{ t(lang, Key::CentralValue) }</p>
                    <p class="tile__delta">{ format!("{} : {}", t(lang, Key::BaselineLabel), figure(lev_base, lang)) }</p>
                    if undeployed > 0.05 {
                        <p class="tile__range tile__warn">{ format!("{} {}", meur(undeployed, lang), t(lang, Key::NotDeployed)) }</p>
                    }
                    <details class="why">
                        <summary>{ t(lang, Key::Why) }<span class="sr-only">{ format!(" — {}", t(lang, Key::LeverageLabel)) }</span></summary>
                        <p>{ t(lang, Key::LeverageFormula) }</p>
                        <p>{ fill(t(lang, Key::LeverageByInstrument), |name| {
                            let k = ["loans", "engineering", "equity"].iter().position(|x| *x == name)?;
                            Some(figure(sm.leverage_by_instrument[k], lang))
                        }) }</p>
                    </details>
                </li>
                <li class="tile" id="tile-metro-cost">
                    <h3 class="tile__label">{ t(lang, Key::MetroCostLabel) }</h3>
                    <p class="tile__value"><strong>{ figure(MetroCost::of(r).per_inhabitant, lang) }</strong>{ " " }<span class="tile__unit">{ t(lang, Key::MetroCostUnit) }</span></p>
                    <p class="tile__when">{ crate::view::when(relance_model::Outcome::MetroCofinancing, lang) }</p>
                    <details class="why">
                        <summary>{ t(lang, Key::Why) }<span class="sr-only">{ format!(" — {}", t(lang, Key::MetroCostLabel)) }</span></summary>
                        <p>{ metro_cost_text(r, lang) }</p>
                    </details>
                </li>
            </ul>
            <section class="imperatives" aria-labelledby="imp-h">
                <h3 id="imp-h">{ t(lang, Key::ImperativesHeading) }</h3>
                <p class="results__intro">{ t(lang, Key::ImperativesIntro) }</p>
                <ul class="imperatives__list">
                { for imps.iter().map(|iv| {
                    let scale = imps.iter().map(|x| x.value.max(x.baseline).max(x.range.1)).fold(100.0, f64::max);
                    let w = |v: f64| crate::view::bar_width(v, scale);
                    html! {
                        <li class="imp" id={format!("imp-{}", iv.outcome.id())}>
                            <span class="imp__name">{ iv.outcome.label(lang) }</span>
                            <svg class="imp__bars" viewBox="0 0 100 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="imp__bar--scenario" width={w(iv.value)} height="10" />
                                <rect class="imp__bar--baseline" y="12" width={w(iv.baseline)} height="4" />
                            </svg>
                            <span class="imp__text">
                                <strong>{ figure(iv.value, lang) }</strong>
                                { format!(" ({} : {}) — {}", t(lang, Key::BaselineLabel), figure(iv.baseline, lang), range_text(iv.range.0, iv.range.1, lang)) }
                            </span>
                            <span class="imp__formula">{ props.model.fill_figures(&props.scenario, crate::i18n::formula(lang, iv.outcome), lang) }</span>
                        </li>
                    }
                }) }
                </ul>
            </section>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Results;

    #[test]
    fn the_metropolis_costs_are_written_with_every_figure() {
        let m = Model::embedded().unwrap();
        let r = Results::compute(&m, &m.baseline().scenario).unwrap();
        let c = MetroCost::of(&r);
        assert!(c.cofinancing > 0.0 && c.per_inhabitant > 0.0 && c.service_peak > 0.0);
        assert_eq!(
            c.cofinancing,
            r.projection
                .headline(relance_model::Outcome::MetroCofinancing)
        );
        for lang in [Lang::Fr, Lang::En] {
            let text = metro_cost_text(&r, lang);
            assert!(!text.contains('{'), "{text}");
            let abate = figure(c.abatement_cost.round(), lang);
            assert!(
                c.abatement_cost > 0.0 && text.contains(&abate),
                "{abate:?} in {text:?}"
            );
            assert!(
                !text.contains("majorant") && !text.contains("upper bound"),
                "{text}"
            );
        }
    }
}
