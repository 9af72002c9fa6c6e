//! « Viser un objectif »: a disclosure whose panel lives in the panels module
//! (`crates/panels`), loaded and mounted the first time it opens, then told what the page
//! shows whenever that changes. Applying a split opens its link as a new history entry, so
//! Back undoes it.

use crate::i18n::{t, Key};
use crate::state::{Action, Notice};
use relance_model::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// What the page shows, which the panel follows.
#[derive(PartialEq, Clone)]
pub struct Shown {
    /// The page's link hash (the scenario a search starts from).
    pub hash: String,
    /// Interface language.
    pub lang: Lang,
    /// The figures shown for `relance_model::seek::TARGETS`.
    pub hints: Rc<Vec<f64>>,
}

/// The mounted panel, and the function it calls to apply a split (kept alive with it).
type Mounted = Option<(JsValue, Closure<dyn Fn(String)>)>;

/// The disclosure's state: a hook and a plain function rather than a component, which would
/// cost the first download more.
pub struct Seek {
    host: NodeRef,
    on_toggle: Callback<Event>,
}

/// Mounts the panel the first time the disclosure opens and keeps it told of `shown`.
#[hook]
pub fn use_seek(shown: Shown, on_action: Callback<Action>) -> Seek {
    let host = use_node_ref();
    let mounted: Rc<RefCell<Mounted>> = use_mut_ref(|| None);
    // What the page shows now: a panel that finishes loading after a move is told at once.
    let latest = use_mut_ref(|| shown.clone());
    *latest.borrow_mut() = shown.clone();
    let on_toggle = {
        let (host, mounted) = (host.clone(), mounted.clone());
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            let Some(el) = host.cast::<web_sys::Element>() else {
                return;
            };
            if !open || mounted.borrow().is_some() {
                return;
            }
            let (mounted, latest, on_action) = (mounted.clone(), latest.clone(), on_action.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let notify = on_action.clone();
                let apply = Closure::<dyn Fn(String)>::new(move |hash: String| {
                    on_action.emit(Action::ApplyLink(hash))
                });
                let now = latest.borrow().clone();
                let f: &js_sys::Function = apply.as_ref().unchecked_ref();
                match crate::extras::mount_seek(&el, &now.hash, now.lang, &now.hints, f).await {
                    Some(panel) => {
                        let now = latest.borrow();
                        crate::extras::update_seek(&panel, &now.hash, now.lang, &now.hints);
                        *mounted.borrow_mut() = Some((panel, apply));
                    }
                    // Opening it again tries again.
                    None => notify.emit(Action::Notify(Notice::Info(Key::SeekUnavailable))),
                }
            });
        })
    };
    use_effect_with(shown, move |s| {
        if let Some((panel, _)) = mounted.borrow().as_ref() {
            crate::extras::update_seek(panel, &s.hash, s.lang, &s.hints);
        }
    });
    Seek { host, on_toggle }
}

/// The disclosure and the panel's host element.
pub fn seek_disclosure(s: &Seek, lang: Lang) -> Html {
    html! {
        <details class="seek" id="seek" ontoggle={s.on_toggle.clone()}>
            <summary class="seek__summary">{ t(lang, Key::SeekHeading) }</summary>
            <div ref={s.host.clone()} class="seek__host"></div>
        </details>
    }
}
