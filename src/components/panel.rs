//! The panels that live in the panels module (`crates/panels`): the page renders an element
//! for each and mounts the panel in it when it is shown (« Viser un objectif » the first time
//! its disclosure opens; the assumptions and methodology views while selected), then tells it
//! what the page shows whenever that changes. A panel sends back a link to apply as a new
//! history entry (a split found, so Back undoes it) or an assumption's edit
//! (`state::panel_action`).

use crate::i18n::{t, Key};
use crate::state::{Action, Notice};
use relance_model::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// What the page shows, which a panel follows.
#[derive(PartialEq, Clone)]
pub struct Shown {
    /// The page's link hash (its scenario and overrides).
    pub hash: String,
    /// Interface language.
    pub lang: Lang,
    /// The figures shown (medians), by `Outcome::index`: the goal-seek's hints, the
    /// communes' totals.
    pub hints: Rc<Vec<f64>>,
    /// A parameter to bring into view (the methodology).
    pub focus: Option<String>,
}

/// A mounted panel, and the function it calls to apply a link (kept alive with it).
type Mounted = Option<(JsValue, Closure<dyn Fn(String)>)>;

/// Mounts panel `kind` in the returned element while `open`, and unmounts it after; keeps it
/// told of `shown`. A hook rather than a component, which would cost the first download more.
#[hook]
pub fn use_panel(
    kind: &'static str,
    open: bool,
    shown: Shown,
    on_action: Callback<Action>,
) -> NodeRef {
    let host = use_node_ref();
    let mounted: Rc<RefCell<Mounted>> = use_mut_ref(|| None);
    // What the page shows now: a panel that finishes loading after a move is told at once.
    let latest = use_mut_ref(|| shown.clone());
    *latest.borrow_mut() = shown.clone();
    // Each opening has a number: a load that ends after its panel was closed is dropped.
    let opening = use_mut_ref(|| 0u32);
    {
        let (host, mounted) = (host.clone(), mounted.clone());
        use_effect_with(open, move |&open| {
            let n = {
                let mut o = opening.borrow_mut();
                *o += 1;
                *o
            };
            if let (true, Some(el)) = (open, host.cast::<web_sys::Element>()) {
                let (mounted, opening) = (mounted.clone(), opening.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let notify = on_action.clone();
                    let apply = Closure::<dyn Fn(String)>::new(move |message: String| {
                        on_action.emit(crate::state::panel_action(message))
                    });
                    let now = latest.borrow().clone();
                    let f: &js_sys::Function = apply.as_ref().unchecked_ref();
                    let panel = crate::extras::mount_panel(kind, &el, &now, f).await;
                    match panel {
                        Some(p) if *opening.borrow() == n => {
                            crate::extras::update_panel(&p, &latest.borrow());
                            *mounted.borrow_mut() = Some((p, apply));
                        }
                        Some(p) => crate::extras::destroy_panel(&p),
                        // Showing it again tries again.
                        None => notify.emit(Action::Notify(Notice::Info(Key::PanelUnavailable))),
                    }
                });
            }
            move || {
                if let Some((p, _)) = mounted.borrow_mut().take() {
                    crate::extras::destroy_panel(&p);
                }
            }
        });
    }
    use_effect_with(shown, move |s| {
        if let Some((p, _)) = mounted.borrow().as_ref() {
            crate::extras::update_panel(p, s);
        }
    });
    host
}

/// The goal-seek disclosure's state.
pub struct Seek {
    host: NodeRef,
    on_toggle: Callback<Event>,
}

/// « Viser un objectif »: mounted the first time its disclosure opens, kept after (closing it
/// keeps the targets and the answer).
#[hook]
pub fn use_seek(shown: Shown, on_action: Callback<Action>) -> Seek {
    let opened = use_state(|| false);
    let host = use_panel("seek", *opened, shown, on_action);
    let on_toggle = Callback::from(move |e: Event| {
        if e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
            .open()
        {
            opened.set(true);
        }
    });
    Seek { host, on_toggle }
}

/// The disclosure and the panel's host element.
pub fn seek_disclosure(s: &Seek, lang: Lang) -> Html {
    html! {
        <details class="seek" id="seek" ontoggle={s.on_toggle.clone()}>
            <summary class="seek__summary">{ t(lang, Key::SeekHeading) }</summary>
            <div ref={s.host.clone()} class="panel-host" data-loading={t(lang, Key::PanelLoading)}></div>
        </details>
    }
}
