//! One workstream: its name, what it covers and its three levers.

use crate::components::lever::Lever;
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
    /// The scenario (amounts).
    pub scenario: Scenario,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// A workstream card.
#[function_component(WorkstreamCard)]
pub fn workstream_card(props: &WorkstreamProps) -> Html {
    let w = props.workstream;
    let lang = props.lang;
    html! {
        <fieldset class="ws" id={format!("ws-{}", w.id())}>
            <legend class="ws__title">
                <span class="ws__num" aria-hidden="true">{ w.index() + 1 }</span>
                { w.label(lang) }
            </legend>
            <p class="ws__desc">{ props.model.fill_figures(&props.scenario, w.description(lang), lang) }</p>
            { for Instrument::ALL.iter().map(|&i| html! {
                <Lever spec={*props.model.lever(w, i)} value={props.scenario.amount(w, i)}
                    lang={lang} on_action={props.on_action.clone()} />
            }) }
        </fieldset>
    }
}
