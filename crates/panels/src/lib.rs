//! The panels the first screen does not show, as a third WebAssembly module (a Yew app of its
//! own) that the page loads the first time a person opens one (`src/extras.js` in the app):
//! « Viser un objectif » (goal-seek) for now. Keeping them here keeps their code out of the
//! first download. The page mounts a panel into an element it owns and passes what it shows
//! (its link hash, language and figures) whenever that changes; the panel hands a link back to
//! apply. The search runs in the panel's own bridge to the Web Worker.

pub mod i18n;
pub mod seek;

use relance_model::{Lang, Model};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback, Renderer};

fn model() -> Option<Rc<Model>> {
    thread_local! {
        static MODEL: Option<Rc<Model>> = Model::embedded().ok().map(Rc::new);
    }
    MODEL.with(Clone::clone)
}

/// The goal-seek panel mounted in the page.
#[wasm_bindgen]
pub struct Seek {
    app: AppHandle<seek::SeekPanel>,
    model: Rc<Model>,
    on_apply: Callback<String>,
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
/// elements with the number, so the page's app would take a click in the panel for one of its
/// own and run the wrong handler. Throwaway roots on detached elements move this module's
/// numbering past the page's before the panel mounts.
fn number_past_the_page(host: &web_sys::Element) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for _ in 0..page_trees_above(host) {
        if let Ok(div) = doc.create_element("div") {
            Renderer::<Nothing>::with_root(div).render().destroy();
        }
    }
}

fn props(
    model: &Rc<Model>,
    on_apply: &Callback<String>,
    hash: String,
    lang: &str,
    hints: Vec<f64>,
) -> seek::SeekProps {
    seek::SeekProps {
        model: model.clone(),
        hash,
        lang: if lang == "en" { Lang::En } else { Lang::Fr },
        hints: Rc::new(hints),
        on_apply: on_apply.clone(),
    }
}

#[wasm_bindgen]
impl Seek {
    /// Mounts the panel into `host`: the page's link `hash`, its language, the figures it shows
    /// for `relance_model::seek::TARGETS`, and the function that applies a link hash.
    #[wasm_bindgen(constructor)]
    pub fn new(
        host: web_sys::Element,
        hash: String,
        lang: &str,
        hints: Vec<f64>,
        on_apply: js_sys::Function,
    ) -> Result<Seek, JsError> {
        let model = model().ok_or_else(|| JsError::new("the embedded model did not load"))?;
        let on_apply = Callback::from(move |hash: String| {
            let _ = on_apply.call1(&JsValue::NULL, &JsValue::from_str(&hash));
        });
        let first = props(&model, &on_apply, hash, lang, hints);
        number_past_the_page(&host);
        Ok(Seek {
            app: Renderer::<seek::SeekPanel>::with_root_and_props(host, first).render(),
            model,
            on_apply,
        })
    }

    /// What the page shows has changed.
    pub fn update(&mut self, hash: String, lang: &str, hints: Vec<f64>) {
        let p = props(&self.model, &self.on_apply, hash, lang, hints);
        self.app.update(p);
    }
}
