//! The model's benchmark compiled to WebAssembly; `make bench` loads it in headless Chromium.

use relance_model::Model;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Runs the benchmark and returns its report as JSON.
#[wasm_bindgen]
pub fn run_bench() -> String {
    match Model::embedded() {
        Ok(model) => {
            let r = relance_model::bench::run(&model, &performance_now);
            serde_json::to_string(&r).unwrap_or_default()
        }
        Err(e) => format!("{{\"error\":\"{e}\"}}"),
    }
}
