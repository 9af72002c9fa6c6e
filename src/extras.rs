//! The modules loaded on first use by `extras.js`: `crates/extras` (scenario files, QR codes
//! and the drawing of charts) and `crates/panels` (the goal-seek panel), which the first screen
//! does not need. Each call waits for the module
//! the first time; a failure to load (offline before the first visit completed) reads as
//! "not available" and the caller says so.

use relance_model::methodology::Block;
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
    #[wasm_bindgen(catch, js_name = methodology)]
    async fn methodology_js(lang: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = sources)]
    async fn sources_js(lang: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = mount_seek)]
    async fn mount_seek_js(
        host: &web_sys::Element,
        hash: &str,
        lang: &str,
        hints: &[f64],
        on_apply: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = update_seek)]
    fn update_seek_js(panel: &JsValue, hash: &str, lang: &str, hints: &[f64]);
}

/// The goal-seek panel (`crates/panels`) mounted in `host`, or `None` if its module failed to
/// load; `on_apply` receives the link hash of a split to apply.
pub async fn mount_seek(
    host: &web_sys::Element,
    hash: &str,
    lang: Lang,
    hints: &[f64],
    on_apply: &js_sys::Function,
) -> Option<JsValue> {
    mount_seek_js(host, hash, lang.code(), hints, on_apply)
        .await
        .ok()
}

/// Tells a mounted panel what the page shows now.
pub fn update_seek(panel: &JsValue, hash: &str, lang: Lang, hints: &[f64]) {
    update_seek_js(panel, hash, lang.code(), hints);
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

/// Where a parameter's figure comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The parameter's label.
    pub label: String,
    /// Source title.
    pub title: String,
    /// Its address.
    pub url: Option<String>,
    /// Derivation, caveats, or why an assumption takes this value, in the texts' language.
    pub note: String,
}

/// The texts the assumptions and methodology views show, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts {
    /// The language.
    pub lang: Lang,
    /// The methodology.
    pub blocks: Vec<Block>,
    /// Sources and notes by parameter id.
    pub sources: BTreeMap<String, Source>,
}

impl Texts {
    /// The source of parameter `id`.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// The label of parameter `id` (its id if there is none).
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.source(id).map_or(id, |s| s.label.as_str())
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

/// The methodology, labels and sources in `lang`, loaded once per language; `None` if the
/// module could not load.
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
    let blocks = rows(methodology_js(lang.code()).await.ok()?)
        .into_iter()
        .filter_map(|r| {
            let [kind, text] = <[String; 2]>::try_from(r).ok()?;
            Some(match kind.as_str() {
                "h" => Block::Heading(text),
                "eq" => Block::Equation(text),
                "params" => Block::Params(text.split(' ').map(String::from).collect()),
                "table" => {
                    let mut rows = text
                        .split('\n')
                        .map(|r| r.split('\t').map(String::from).collect::<Vec<_>>());
                    let header = rows.next().unwrap_or_default();
                    Block::Table(header, rows.collect())
                }
                _ => Block::Paragraph(text),
            })
        })
        .collect();
    let sources = rows(sources_js(lang.code()).await.ok()?)
        .into_iter()
        .filter_map(|r| {
            let [id, label, title, url, note] = <[String; 5]>::try_from(r).ok()?;
            let url = (!url.is_empty()).then_some(url);
            Some((
                id,
                Source {
                    label,
                    title,
                    url,
                    note,
                },
            ))
        })
        .collect();
    Some(Texts {
        lang,
        blocks,
        sources,
    })
}
