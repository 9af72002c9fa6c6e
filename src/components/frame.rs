//! The page's frame around the views: skip links, whether the page is as narrow as a phone,
//! the short introduction, the views' names.

use crate::i18n::{t, Key};
use crate::state::View;
use gloo_events::EventListener;
use relance_model::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A skip link's action: focus the element `id` without touching the address, which holds
/// the scenario.
pub fn skip_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo_utils::document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
}

/// Whether the page is as narrow as a phone: the workstreams then open one at a time.
#[hook]
pub fn use_narrow() -> bool {
    use_media("(max-width: 47.99em)")
}

/// Whether the page is narrower than a desktop: the workshop's projector layout then gives way
/// to the standard one (a phone that opened a workshop address).
#[hook]
pub fn use_below_desktop() -> bool {
    use_media("(max-width: 63.99em)")
}

/// The browser's list for a media query (none outside a browser).
fn media_list(query: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten())
}

/// Whether a media query matches, following its changes. Hydrating the build's page (drawn for
/// no width in particular, as a desktop's), it is read after the first render.
#[hook]
fn use_media(query: &'static str) -> bool {
    let render = crate::boot::use_render();
    let matches =
        use_state_eq(|| render.reads_browser() && media_list(query).is_some_and(|l| l.matches()));
    {
        let matches = matches.clone();
        use_effect_with((), move |_| {
            let list = media_list(query);
            if !render.reads_browser() {
                matches.set(list.as_ref().is_some_and(|l| l.matches()));
            }
            let listener = list.map(|l| {
                let l2 = l.clone();
                EventListener::new(&l, "change", move |_| matches.set(l2.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}

/// Properties of [`Intro`].
#[derive(Properties, PartialEq, Clone)]
pub struct IntroProps {
    /// Interface language.
    pub lang: Lang,
    /// Opens the bilan.
    pub on_bilan: Callback<MouseEvent>,
}

/// The plain sentence, then three lines on what the simulator is for, that amounts are
/// illustrative, and how to read a figure and its range, with the glossary. On a phone, where
/// the levers come first, the three lines fold behind a button at the end of the sentence; on a
/// wider screen that button gives way to the bilan's. The stylesheet's width decides, not the
/// app: the page prerendered at build reads the same before and after the app takes over.
#[function_component(Intro)]
pub fn intro(props: &IntroProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="lead">
            <p class="plain">{ t(lang, Key::Plain) }{ " " }
                <button type="button" class="plain__more plain__more--fold" aria-expanded={open.to_string()}
                    aria-controls="intro" onclick={toggle}>{ t(lang, Key::IntroSummary) }</button>
                <button type="button" class="plain__more plain__more--bilan" onclick={props.on_bilan.clone()}>
                    { t(lang, Key::PlainBilan) }</button>
            </p>
            <div class={classes!("intro", open.then_some("intro--open"))} id="intro">
                <p>{ t(lang, Key::Intro1) }</p>
                <p>{ t(lang, Key::Intro2) }</p>
                <p>{ t(lang, Key::Intro3) }{ " " }
                    <a href={crate::view::glossary_href(lang, "")}>{ t(lang, Key::Glossary) }</a></p>
            </div>
        </div>
    }
}

pub fn view_label(v: View, lang: Lang) -> &'static str {
    match v {
        View::Simulator => t(lang, Key::ViewSimulator),
        View::Compare => t(lang, Key::ViewCompare),
        View::Assumptions => t(lang, Key::ViewAssumptions),
        View::Methodology => t(lang, Key::ViewMethodology),
        View::Communes => t(lang, Key::ViewCommunes),
        View::Bilan => t(lang, Key::ViewBilan),
    }
}
