//! The panels the first screen does not show, as a third WebAssembly module (a Yew app of its
//! own) that the page loads the first time a person opens one (`src/extras.js` in the app):
//! « Viser un objectif » (goal-seek), the assumptions, methodology and « Ma commune » views. Keeping
//! them here keeps their code out of the first download. The page mounts a panel into an
//! element it owns and passes what it shows (its link hash, language, figures, a parameter to
//! bring into view) whenever that changes; a panel hands a link back to apply. The search runs
//! in the panel's own bridge to the Web Worker.

pub mod assumptions;
pub mod communes;
pub mod i18n;
pub mod methodology;
pub mod seek;

use relance_model::{Lang, Model};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback, Properties, Renderer};

fn model() -> Option<Rc<Model>> {
    thread_local! {
        static MODEL: Option<Rc<Model>> = Model::embedded().ok().map(Rc::new);
    }
    MODEL.with(Clone::clone)
}

/// The largest Yew subtree id among `host` and its ancestors: the page's own Yew app brands
/// its elements `__yew_subtree_id`, numbered from 1 as this module's are.
fn page_trees_above(host: &web_sys::Element) -> u32 {
    let key = JsValue::from_str("__yew_subtree_id");
    let mut most = 0;
    let mut el = Some(host.clone());
    while let Some(e) = el {
        if let Some(id) = js_sys::Reflect::get(&e, &key).ok().and_then(|v| v.as_f64()) {
            most = most.max(id as u32);
        }
        el = e.parent_element();
    }
    most
}

#[yew::function_component]
fn Nothing() -> yew::Html {
    yew::Html::default()
}

/// Two Yew apps, one in each module, share the DOM: each numbers its subtrees from 1 and brands
/// elements with the number, so the page's app would take a click in a panel for one of its
/// own and run the wrong handler. Throwaway roots on detached elements move this module's
/// numbering past the page's before a panel mounts (past every panel already mounted, too).
fn number_past_the_page(host: &web_sys::Element) {
    thread_local! {
        static USED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let page = page_trees_above(host);
    // This module's roots so far (each panel is one), so the next id is `USED + 1`.
    while USED.with(|u| u.get()) < page {
        if let Ok(div) = doc.create_element("div") {
            Renderer::<Nothing>::with_root(div).render().destroy();
        }
        USED.with(|u| u.set(u.get() + 1));
    }
    USED.with(|u| u.set(u.get() + 1));
}

/// Which panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// « Viser un objectif ».
    Seek,
    /// Every parameter, editable.
    Assumptions,
    /// The methodology.
    Methodology,
    /// « Ma commune ».
    Communes,
}

/// What the page shows, passed to a panel.
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// Which panel.
    pub kind: Kind,
    /// The model.
    pub model: Rc<Model>,
    /// The page's link hash.
    pub hash: String,
    /// Interface language.
    pub lang: Lang,
    /// The figures shown (medians), by `Outcome::index` (goal-seek hints, communes' totals).
    pub hints: Rc<Vec<f64>>,
    /// A parameter to bring into view (methodology).
    pub focus: Option<String>,
    /// Sends the page a link hash to apply (a new history entry) or an assumption's edit.
    pub on_apply: Callback<String>,
}

/// The panel of `kind`.
#[yew::function_component]
fn Root(p: &RootProps) -> yew::Html {
    use yew::html;
    let Ok((link, scenario)) = relance_model::link::decode(&p.model, &p.hash) else {
        return yew::Html::default();
    };
    match p.kind {
        Kind::Seek => html! {
            <seek::SeekPanel model={p.model.clone()} scenario={scenario} preset={link.preset}
                lang={p.lang} hints={p.hints.clone()} on_apply={p.on_apply.clone()} />
        },
        Kind::Assumptions => html! {
            <assumptions::AssumptionsView model={p.model.clone()} scenario={scenario}
                lang={p.lang} on_apply={p.on_apply.clone()} />
        },
        Kind::Methodology => html! {
            <methodology::MethodologyView model={p.model.clone()} lang={p.lang} focus={p.focus.clone()} />
        },
        Kind::Communes => html! {
            <communes::CommunesView model={p.model.clone()} scenario={scenario} commune={link.commune}
                lang={p.lang} on_apply={p.on_apply.clone()} />
        },
    }
}

/// A panel mounted in the page.
#[wasm_bindgen]
pub struct Panel {
    app: Option<AppHandle<Root>>,
    kind: Kind,
    model: Rc<Model>,
    on_apply: Callback<String>,
}

#[wasm_bindgen]
impl Panel {
    /// Mounts panel `kind` (`seek`, `assumptions` or `methodology`) into `host`: the page's link
    /// `hash`, its language, the figures it shows (medians, by `Outcome::index`), a
    /// parameter to bring into view (or empty), and the function that applies a link hash.
    #[wasm_bindgen(constructor)]
    pub fn new(
        kind: &str,
        host: web_sys::Element,
        hash: String,
        lang: &str,
        hints: Vec<f64>,
        focus: String,
        on_apply: js_sys::Function,
    ) -> Result<Panel, JsError> {
        let kind = match kind {
            "seek" => Kind::Seek,
            "assumptions" => Kind::Assumptions,
            "methodology" => Kind::Methodology,
            "communes" => Kind::Communes,
            _ => return Err(JsError::new("unknown panel")),
        };
        let model = model().ok_or_else(|| JsError::new("the embedded model did not load"))?;
        let on_apply = Callback::from(move |hash: String| {
            let _ = on_apply.call1(&JsValue::NULL, &JsValue::from_str(&hash));
        });
        let mut p = Panel {
            app: None,
            kind,
            model,
            on_apply,
        };
        let first = p.props(hash, lang, hints, focus);
        number_past_the_page(&host);
        p.app = Some(Renderer::<Root>::with_root_and_props(host, first).render());
        Ok(p)
    }

    fn props(&self, hash: String, lang: &str, hints: Vec<f64>, focus: String) -> RootProps {
        RootProps {
            kind: self.kind,
            model: self.model.clone(),
            hash,
            lang: if lang == "en" { Lang::En } else { Lang::Fr },
            hints: Rc::new(hints),
            focus: (!focus.is_empty()).then_some(focus),
            on_apply: self.on_apply.clone(),
        }
    }

    /// What the page shows has changed.
    pub fn update(&mut self, hash: String, lang: &str, hints: Vec<f64>, focus: String) {
        let p = self.props(hash, lang, hints, focus);
        if let Some(app) = self.app.as_mut() {
            app.update(p);
        }
    }

    /// Unmounts the panel (the page no longer shows it).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
