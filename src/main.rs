use relance::boot::{lever_of, Boot, Prerendered, DATA_ID, ROOT_ID};
use relance::i18n::{t, Key, Lang};
use relance::state::Mode;
use relance::{App, AppProps};
use relance_model::{Instrument, Workstream, MEUR};
use wasm_bindgen::JsCast;

fn main() {
    // A panic shows a banner with a reload button rather than a frozen page (the scenario is in
    // the address, so nothing is lost). Installed here, not in `App`, so tests keep their hook.
    // The language in use is unknown once the app has failed: both are shown.
    let both = |k| format!("{} / {}", t(Lang::Fr, k), t(Lang::En, k));
    relance::web::install_panic_hook(both(Key::PanicText), both(Key::Reload));
    let document = gloo_utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        yew::Renderer::<App>::new().render();
        return;
    };
    let boot = Boot::browser();
    // The build's first screen is hydrated when the page is exactly it: no scenario in the
    // address, the standard layout (French is the default; another language is in the hash).
    let prerendered = root
        .has_attribute("data-prerendered")
        .then(|| document.get_element_by_id(DATA_ID))
        .flatten()
        .and_then(|e| e.text_content())
        .and_then(|text| Prerendered::decode(&text));
    match prerendered {
        Some(p) if boot.hash.is_empty() && Mode::from_query(&boot.query) == Mode::Standard => {
            let early = early_moves(&root);
            yew::Renderer::<App>::with_root_and_props(
                root,
                AppProps {
                    boot: Boot::hydrate(p, early),
                },
            )
            .hydrate();
        }
        _ => {
            // Another scenario, language or layout: a normal render replaces the build's.
            root.set_inner_html("");
            let _ = root.remove_attribute("data-prerendered");
            yew::Renderer::<App>::with_root_and_props(root, AppProps { boot }).render();
        }
    }
}

/// The levers a person moved (or amounts typed) on the prerendered page before the app took
/// over: each field whose value is no longer the one the build wrote.
fn early_moves(root: &web_sys::Element) -> Vec<(Workstream, Instrument, f64)> {
    let Ok(fields) = root.query_selector_all("input.lever__range, input.lever__number") else {
        return Vec::new();
    };
    let mut moves = Vec::new();
    for k in 0..fields.length() {
        let Some(input) = fields
            .item(k)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        let written = input.get_attribute("value").unwrap_or_default();
        let now = input.value();
        if now == written {
            continue;
        }
        let Some((w, i, typed)) = lever_of(&input.id()) else {
            continue;
        };
        let meur = if typed {
            relance::view::parse_amount_meur(&now)
        } else {
            now.parse::<f64>().ok()
        };
        if let Some(m) = meur.filter(|m| m.is_finite()) {
            // One move per lever: a typed amount wins over its slider (the early script copies
            // a moved slider into the field, so they differ only if the amount was typed after).
            match moves.iter().position(|&(a, b, _, _)| (a, b) == (w, i)) {
                Some(k) if typed => moves[k] = (w, i, m * MEUR, typed),
                Some(_) => {}
                None => moves.push((w, i, m * MEUR, typed)),
            }
        }
    }
    moves.into_iter().map(|(w, i, e, _)| (w, i, e)).collect()
}
