//! One workstream: its name, what it covers and its three levers.

use crate::components::lever::Lever;
use crate::i18n::{t, Key};
use crate::state::Action;
use relance_model::{Instrument, Lang, Model, Scenario, Workstream};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`WorkstreamCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct WorkstreamProps {
    /// The workstream.
    pub workstream: Workstream,
    /// The model (lever specs).
    pub model: Rc<Model>,
    /// The workstream's amounts (euros), in [`Instrument::ALL`] order.
    pub amounts: [f64; 3],
    /// The scenario's parameter overrides (figures quoted in the description): a card re-renders
    /// only when its own amounts or these change.
    pub overrides: std::collections::BTreeMap<String, f64>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// On a phone: the title opens and closes the levers.
    #[prop_or_default]
    pub collapsible: bool,
    /// Whether the levers are shown.
    #[prop_or(true)]
    pub open: bool,
    /// Workshop: the levers only, without the texts.
    #[prop_or_default]
    pub compact: bool,
    /// What +1 M€ in each lever buys for the chosen outcome (per M€), perhaps for a previous
    /// scenario (the levers' grid then says so).
    #[prop_or_default]
    pub gains: Option<[f64; 3]>,
    /// The unit of the gains.
    #[prop_or_default]
    pub gain_unit: String,
    /// Why each lever's next step would change nothing, in [`Instrument::ALL`] order.
    #[prop_or_default]
    pub why_none: Option<Rc<[String; 3]>>,
}

/// A workstream card.
/// The press release's areas of intervention this workstream serves, with the instruments
/// each names.
pub fn areas_text(w: Workstream, lang: Lang) -> String {
    let areas: Vec<String> = relance_model::Area::serving(w)
        .map(|a| {
            let named: Vec<&str> = a.instruments.iter().map(|i| i.label(lang)).collect();
            if named.is_empty() {
                a.label(lang).to_string()
            } else {
                format!("{} ({})", a.label(lang), named.join(", ").to_lowercase())
            }
        })
        .collect();
    if areas.is_empty() {
        t(lang, Key::NoArea).to_string()
    } else {
        format!("{}{}", t(lang, Key::AreasIntro), areas.join(" ; "))
    }
}

#[function_component(WorkstreamCard)]
pub fn workstream_card(props: &WorkstreamProps) -> Html {
    let w = props.workstream;
    let lang = props.lang;
    let body_id = format!("ws-{}-body", w.id());
    let title = html! {
        <>
            <span class="ws__num" aria-hidden="true">{ w.index() + 1 }</span>
            { w.label(lang) }
        </>
    };
    let heading = if props.collapsible {
        html! {
            <h3 class="ws__h">
                <button type="button" class="ws__toggle" aria-expanded={props.open.to_string()} aria-controls={body_id.clone()}
                    onclick={props.on_action.reform(move |_| Action::OpenWorkstream(w))}>{ title }</button>
            </h3>
        }
    } else {
        html! { <h3 class="ws__h">{ title }</h3> }
    };
    html! {
        <fieldset class={classes!("ws", props.open.then_some("ws--open"))} id={format!("ws-{}", w.id())}>
            <legend class="ws__title">{ heading }</legend>
            if props.open {
                <div class="ws__body" id={body_id}>
                    if !props.compact {
                        <p class="ws__desc">{ props.model.fill_figures(&Scenario { amounts: Default::default(), overrides: props.overrides.clone() }, w.description(lang), lang) }</p>
                        <p class="ws__areas">{ areas_text(w, lang) }</p>
                    }
                    { for Instrument::ALL.iter().map(|&i| html! {
                        <Lever spec={*props.model.lever(w, i)} value={props.amounts[i.index()]}
                            lang={lang} on_action={props.on_action.clone()} compact={props.compact}
                            gain={props.gains.map(|g| g[i.index()])}
                            gain_unit={props.gain_unit.clone()}
                            finances={relance_model::attribution::finances_line(&props.model, w, i, lang)}
                            why_none={props.why_none.as_ref().map(|r| r[i.index()].clone())} />
                    }) }
                </div>
            }
        </fieldset>
    }
}
