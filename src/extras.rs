//! The second Wasm module (`crates/extras`), loaded on first use by `extras.js`: scenario
//! files and QR codes, which the first screen does not need. Each call waits for the module
//! the first time; a failure to load (offline before the first visit completed) reads as
//! "not available" and the caller says so.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/extras.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = qr_svg)]
    async fn qr_svg_js(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = import_scenario)]
    async fn import_scenario_js(text: &str, lang: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = export_scenario)]
    async fn export_scenario_js(hash: &str) -> Result<JsValue, JsValue>;
}

/// A QR code of `text` as SVG markup; `None` when the text is too long or the module failed
/// to load.
pub async fn qr_svg(text: &str) -> Option<String> {
    qr_svg_js(text).await.ok()?.as_string()
}

/// Reads a scenario file: its link hash, or the problems in the person's language (empty when
/// the module failed to load).
pub async fn import_scenario(text: &str, lang: relance_model::Lang) -> Result<String, Vec<String>> {
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
