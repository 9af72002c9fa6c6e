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
    const QUERY: &str = "(max-width: 47.99em)";
    let narrow = use_state(|| {
        web_sys::window()
            .and_then(|w| w.match_media(QUERY).ok().flatten())
            .is_some_and(|m| m.matches())
    });
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let list = web_sys::window().and_then(|w| w.match_media(QUERY).ok().flatten());
            let listener = list.map(|l| {
                let l2 = l.clone();
                EventListener::new(&l, "change", move |_| narrow.set(l2.matches()))
            });
            move || drop(listener)
        });
    }
    *narrow
}

/// Three lines on what the simulator is for, that amounts are illustrative, and how to read a
/// figure and its range, with the glossary; a disclosure on a phone, where the levers come first.
pub fn intro(lang: Lang, narrow: bool) -> Html {
    let lines = html! {
        <>
            <p>{ t(lang, Key::Intro1) }</p>
            <p>{ t(lang, Key::Intro2) }</p>
            <p>{ t(lang, Key::Intro3) }{ " " }
                <a href={crate::view::glossary_href(lang, "")}>{ t(lang, Key::Glossary) }</a></p>
        </>
    };
    // The plain sentence stays in view on a phone; the rest folds.
    let plain = html! { <p class="plain">{ t(lang, Key::Plain) }</p> };
    if narrow {
        html! { <>{ plain }<details class="intro"><summary>{ t(lang, Key::IntroSummary) }</summary>{ lines }</details></> }
    } else {
        html! { <>{ plain }<div class="intro">{ lines }</div></> }
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
