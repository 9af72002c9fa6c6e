//! The simulator screen.

use crate::components::totals::Totals;
use crate::components::workstream::WorkstreamCard;
use crate::i18n::{t, Key};
use crate::state::{Action, AppState};
use relance_model::{Lang, Model, Workstream};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Simulator`].
#[derive(Properties, PartialEq, Clone)]
pub struct SimulatorProps {
    /// The loaded model.
    pub model: Rc<Model>,
}

/// The whole screen.
#[function_component(Simulator)]
pub fn simulator(props: &SimulatorProps) -> Html {
    let state = use_reducer({
        let model = props.model.clone();
        move || AppState::new(model)
    });
    let lang = state.lang;
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(t(*lang, Key::Title));
        }
    });
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let switch_lang = on_action.reform(move |_: MouseEvent| Action::SetLang(other));

    html! {
        <>
            <header class="top">
                <div class="top__text">
                    <h1>{ t(lang, Key::Title) }</h1>
                    <p class="top__sub">{ t(lang, Key::Subtitle) }</p>
                </div>
                <button type="button" class="top__lang" lang={other.code()} onclick={switch_lang}
                    aria-label={format!("{} : {}", t(lang, Key::LanguageSwitch), t(lang, Key::OtherLanguage))}>
                    { t(lang, Key::OtherLanguage) }
                </button>
            </header>
            <main class="main">
                <section class="presets" aria-labelledby="presets-h">
                    <h2 id="presets-h">{ t(lang, Key::Presets) }</h2>
                    <div class="presets__list">
                    { for state.model.presets.iter().map(|p| {
                        let id = p.id.clone();
                        let current = state.preset == p.id;
                        html! {
                            <button type="button" class="presets__btn" aria-pressed={current.to_string()}
                                title={p.description(lang).to_string()}
                                onclick={on_action.reform(move |_| Action::LoadPreset(id.clone()))}>
                                { p.label(lang) }
                            </button>
                        }
                    }) }
                    </div>
                </section>
                <Totals model={state.model.clone()} scenario={state.scenario.clone()} lang={lang} />
                <section class="levers" aria-labelledby="levers-h">
                    <h2 id="levers-h">{ t(lang, Key::LeversHeading) }</h2>
                    <p>{ t(lang, Key::LeversIntro) }</p>
                    <div class="levers__grid">
                    { for Workstream::ALL.iter().map(|&w| html! {
                        <WorkstreamCard workstream={w} model={state.model.clone()}
                            scenario={state.scenario.clone()} lang={lang} on_action={on_action.clone()} />
                    }) }
                    </div>
                </section>
            </main>
            <footer class="foot">
                <p>{ t(lang, Key::FooterLocal) }</p>
                <p>{ t(lang, Key::FooterIllustrative) }</p>
            </footer>
        </>
    }
}
