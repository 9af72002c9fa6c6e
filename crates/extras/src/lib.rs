//! What the first screen does not need, built as a second WebAssembly module that the app
//! loads the first time it draws a chart, a person imports or exports a scenario file, shows
//! a QR code, or opens "Pourquoi ?" (`src/extras.js` in the app): serde_json, the QR encoder,
//! the registry's labels, sources and notes. Keeping serde_json and the QR encoder here keeps
//! them out of the first download; the model is linked into both modules, so both read files and links
//! the same way. The charts are drawn here too (plotters), from the data the page sends.
//!
//! The functions are plain Rust, tested natively; the `#[wasm_bindgen]` exports only convert
//! their arguments and results.

use relance_model::export::ScenarioFile;
use relance_model::link::{decode, Link};
use relance_model::registry::PARAM_TEXTS;
use relance_model::{Lang, Model};
use std::sync::OnceLock;
use wasm_bindgen::prelude::*;

fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().ok()).as_ref()
}

fn lang_of(code: &str) -> Lang {
    if code == "en" {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// A QR code of `text` as an SVG document (error correction M), `None` when the text is too
/// long for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let w = code.width();
    let quiet = 4;
    let size = w + 2 * quiet;
    let mut path = String::new();
    for (k, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = (k % w + quiet, k / w + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\" aria-hidden=\"true\"><rect width=\"{size}\" \
         height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// Reads a scenario file and returns it as a link hash (what differs from its preset, in the
/// link format the app opens), or every problem in `lang`.
pub fn import(model: &Model, text: &str, lang: Lang) -> Result<String, Vec<String>> {
    let file = ScenarioFile::from_json(text).map_err(|e| vec![e.message(lang)])?;
    let s = file
        .to_scenario(model)
        .map_err(|errs| errs.iter().map(|e| e.message(lang)).collect::<Vec<_>>())?;
    let preset = file
        .preset
        .as_deref()
        .unwrap_or(relance_model::BASELINE_PRESET);
    let mut link = Link::from_scenario(model, preset, &s, lang, "simulator");
    if file.is_older_model() {
        // Its overrides are already carried over; the link's version makes the page say once
        // that it opens with this model's figures (the next change writes the current one).
        link.version = 2;
    }
    Ok(link.encode())
}

/// The scenario file of the scenario a link hash holds (every lever written), or `None` for a
/// link that does not decode.
pub fn export(model: &Model, hash: &str) -> Option<String> {
    let (_, s) = decode(model, hash).ok()?;
    Some(ScenarioFile::from_scenario(&s).to_json())
}

/// Every registry entry's label, source and note in `lang` as rows
/// `[id, label, source, url or "", note]`.
pub fn source_rows(lang: Lang) -> Vec<[&'static str; 5]> {
    PARAM_TEXTS
        .iter()
        .map(|t| {
            [
                t.id,
                t.label(lang),
                t.source,
                t.url.unwrap_or(""),
                t.note(lang),
            ]
        })
        .collect()
}

fn to_js<S: AsRef<str>, const N: usize>(rows: &[[S; N]]) -> js_sys::Array {
    rows.iter()
        .map(|row| {
            row.iter()
                .map(|x| JsValue::from_str(x.as_ref()))
                .collect::<js_sys::Array>()
        })
        .collect()
}

/// [`source_rows`] for the app.
#[wasm_bindgen(js_name = sources)]
pub fn sources_js(lang: &str) -> js_sys::Array {
    to_js(&source_rows(lang_of(lang)))
}

/// [`qr_svg`] for the app.
/// Draws a chart sent by the page as bytes ([`relance_charts::ChartRequest`]); an empty
/// string if the bytes are not a chart.
#[wasm_bindgen(js_name = chartSvg)]
pub fn chart_svg_js(bytes: &[u8]) -> String {
    relance_charts::ChartRequest::from_bytes(bytes)
        .map(|r| r.draw())
        .unwrap_or_default()
}

#[wasm_bindgen(js_name = qrSvg)]
pub fn qr_svg_js(text: &str) -> Option<String> {
    qr_svg(text)
}

/// [`import`] for the app: the link hash, or throws an array of messages.
#[wasm_bindgen(js_name = importScenario)]
pub fn import_js(text: &str, lang: &str) -> Result<String, JsValue> {
    let Some(m) = model() else {
        return Err(JsValue::from_str("model"));
    };
    import(m, text, lang_of(lang)).map_err(|errors| {
        errors
            .iter()
            .map(|e| JsValue::from_str(e))
            .collect::<js_sys::Array>()
            .into()
    })
}

/// [`export`] for the app.
#[wasm_bindgen(js_name = exportScenario)]
pub fn export_js(hash: &str) -> Option<String> {
    export(model()?, hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::{Instrument, Workstream};

    #[test]
    fn texts_for_the_app_cover_every_source() {
        let m = Model::embedded().unwrap();
        let sources = source_rows(Lang::Fr);
        assert_eq!(sources.len(), m.registry.params.len());
        assert!(sources[0][4].starts_with("Exposant"), "{:?}", sources[0]);
        assert!(source_rows(Lang::En)[0][4].starts_with("Exponent"));
        assert!(sources
            .iter()
            .all(|r| !r[1].is_empty() && !r[2].is_empty() && !r[4].is_empty()));
        assert!(sources.iter().any(|r| r[3].starts_with("https://")));
        assert_ne!(
            sources[0][1],
            source_rows(Lang::En)[0][1],
            "labels in each language"
        );
    }

    #[test]
    fn qr_codes_encode_links() {
        let svg = qr_svg("http://127.0.0.1:8080/#v=1&a=mobility.loans:450").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path d=\"M"));
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }

    #[test]
    fn imports_list_every_problem_in_the_persons_language() {
        let m = Model::embedded().unwrap();
        let e = import(&m, "pas du json", Lang::Fr).unwrap_err();
        assert!(
            e[0].starts_with("Ce n'est pas un fichier JSON lisible (ligne 1, colonne 1)"),
            "{e:?}"
        );
        let e = import(&m, r#"{"version": "un"}"#, Lang::Fr).unwrap_err();
        assert!(
            e[0].starts_with("Champ manquant ou de mauvais type"),
            "{e:?}"
        );
        let e = import(&m, r#"{"amounts": {}}"#, Lang::En).unwrap_err();
        assert!(e[0].contains("version"), "{e:?}");
        let e = import(&m, r#"{"version": 1, "amounts": {"mobility": {"loans": 1e12}, "moon": {}}, "overrides": {"warp": 1}}"#, Lang::Fr).unwrap_err();
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(
            e.iter()
                .any(|x| x.starts_with("amounts.mobility.loans : ") && x.contains("hors limites")),
            "{e:?}"
        );
        assert!(
            e.iter().any(|x| x == "overrides.warp : paramètre inconnu"),
            "{e:?}"
        );
    }

    #[test]
    fn an_imported_file_opens_as_the_same_scenario_and_exports_back() {
        let m = Model::embedded().unwrap();
        let text = r#"{"version": 1, "preset": "jobs-first", "amounts": {"food": {"loans": 20000000, "engineering": 70000}}, "overrides": {"loan_margin": 0.4}}"#;
        let hash = import(&m, text, Lang::Fr).unwrap();
        assert_eq!(
            hash,
            "v=2&p=jobs-first&a=food.loans:20,food.engineering:0.07&o=loan_margin:0.4"
        );
        let (_, s) = decode(&m, &hash).unwrap();
        assert_eq!(s.amount(Workstream::Food, Instrument::Loans), 20e6);
        assert_eq!(s.amount(Workstream::Food, Instrument::Engineering), 70e3);
        let back = ScenarioFile::from_json(&export(&m, &hash).unwrap()).unwrap();
        assert_eq!(back.version, 2, "exports are written for model v3");
        assert_eq!(back.to_scenario(&m), Ok(s));
        assert_eq!(export(&m, "v=9"), None);
        // A file of model v2 carries its overrides over and opens as an older link.
        let old = r#"{"version": 1, "preset": "convention-2020", "overrides": {"co2_avoided.urban_renewal": 30}}"#;
        let hash = import(&m, old, Lang::Fr).unwrap();
        assert_eq!(hash, "v=2&o=co2_avoided.home_renovation:30");
        let (link, s) = decode(&m, &hash).unwrap();
        assert!(link.is_older_model());
        assert_eq!(s.overrides.get("co2_avoided.home_renovation"), Some(&30.0));
        // The same id in a current file is unknown, named.
        let e = import(
            &m,
            r#"{"version": 2, "overrides": {"co2_avoided.urban_renewal": 30}}"#,
            Lang::Fr,
        )
        .unwrap_err();
        assert!(e[0].contains("co2_avoided.urban_renewal"), "{e:?}");
    }
}
