//! The modules loaded on first use by `extras.js`: `crates/extras` (scenario files, QR codes
//! and the drawing of charts) and `crates/panels` (the goal-seek panel), which the first screen
//! does not need. Each call waits for the module
//! the first time; a failure to load (offline before the first visit completed) reads as
//! "not available" and the caller says so.

use relance_model::Lang;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/extras.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = chart_svg)]
    async fn chart_svg_js(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = qr_svg)]
    async fn qr_svg_js(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = import_scenario)]
    async fn import_scenario_js(text: &str, lang: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = export_scenario)]
    async fn export_scenario_js(hash: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = sources)]
    async fn sources_js(lang: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = mount_panel)]
    async fn mount_panel_js(
        kind: &str,
        host: &web_sys::Element,
        hash: &str,
        lang: &str,
        hints: &[f64],
        focus: &str,
        on_apply: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = update_panel)]
    fn update_panel_js(panel: &JsValue, hash: &str, lang: &str, hints: &[f64], focus: &str);
    #[wasm_bindgen(js_name = destroy_panel)]
    fn destroy_panel_js(panel: &JsValue);
}

/// Panel `kind` of the panels module (`crates/panels`) mounted in `host`, or `None` if the
/// module failed to load; `on_apply` receives the link hash a panel applies.
pub async fn mount_panel(
    kind: &str,
    host: &web_sys::Element,
    shown: &crate::components::panel::Shown,
    on_apply: &js_sys::Function,
) -> Option<JsValue> {
    let focus = shown.focus.as_deref().unwrap_or("");
    mount_panel_js(
        kind,
        host,
        &shown.hash,
        shown.lang.code(),
        &shown.hints,
        focus,
        on_apply,
    )
    .await
    .ok()
}

/// Tells a mounted panel what the page shows now.
pub fn update_panel(panel: &JsValue, shown: &crate::components::panel::Shown) {
    let focus = shown.focus.as_deref().unwrap_or("");
    update_panel_js(panel, &shown.hash, shown.lang.code(), &shown.hints, focus);
}

/// Unmounts a panel.
pub fn destroy_panel(panel: &JsValue) {
    destroy_panel_js(panel);
}

/// A chart drawn as SVG markup; `None` if the module failed to load.
pub async fn chart_svg(request: &relance_charts::ChartRequest) -> Option<String> {
    chart_svg_js(&request.to_bytes())
        .await
        .ok()?
        .as_string()
        .filter(|s| !s.is_empty())
}

/// A QR code of `text` as SVG markup; `None` when the text is too long or the module failed
/// to load.
pub async fn qr_svg(text: &str) -> Option<String> {
    qr_svg_js(text).await.ok()?.as_string()
}

/// Reads a scenario file: its link hash, or the problems in the person's language (empty when
/// the module failed to load).
pub async fn import_scenario(text: &str, lang: Lang) -> Result<String, Vec<String>> {
    match import_scenario_js(text, lang.code()).await {
        Ok(v) => v.as_string().ok_or_else(Vec::new),
        Err(e) => Err(e
            .dyn_into::<js_sys::Array>()
            .map(|a| a.iter().filter_map(|x| x.as_string()).collect())
            .unwrap_or_default()),
    }
}

/// The scenario file (JSON) of a link hash.
pub async fn export_scenario(hash: &str) -> Option<String> {
    export_scenario_js(hash).await.ok()?.as_string()
}

/// The parameters' labels in one language (for "Pourquoi ?"; the panels module reads the
/// registry's sources and notes itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Texts {
    /// The language.
    pub lang: Lang,
    /// Labels by parameter id.
    pub labels: BTreeMap<String, String>,
}

impl Texts {
    /// The label of parameter `id` (its id if there is none).
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.labels.get(id).map_or(id, String::as_str)
    }
}

/// Rows of strings from a JS array of arrays.
fn rows(v: JsValue) -> Vec<Vec<String>> {
    js_sys::Array::from(&v)
        .iter()
        .map(|row| {
            js_sys::Array::from(&row)
                .iter()
                .map(|x| x.as_string().unwrap_or_default())
                .collect()
        })
        .collect()
}

/// The parameters' labels in `lang`, loaded once per language; `None` if the module could not
/// load.
pub async fn texts(lang: Lang) -> Option<std::rc::Rc<Texts>> {
    thread_local! {
        static LOADED: std::cell::RefCell<Vec<std::rc::Rc<Texts>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(t) = LOADED.with(|l| l.borrow().iter().find(|t| t.lang == lang).cloned()) {
        return Some(t);
    }
    let t = std::rc::Rc::new(load_texts(lang).await?);
    LOADED.with(|l| l.borrow_mut().push(t.clone()));
    Some(t)
}

async fn load_texts(lang: Lang) -> Option<Texts> {
    // Rows `[id, label, source, url, note]`: the page keeps the labels.
    let labels = rows(sources_js(lang.code()).await.ok()?)
        .into_iter()
        .filter_map(|r| {
            let mut cells = r.into_iter();
            Some((cells.next()?, cells.next()?))
        })
        .collect();
    Some(Texts { lang, labels })
}
