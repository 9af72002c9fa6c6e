use relance::boot::{Boot, Prerendered, DATA_ID, ROOT_ID};
use relance::i18n::{t, Key, Lang};
use relance::state::Mode;
use relance::{App, AppProps};

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
            yew::Renderer::<App>::with_root_and_props(
                root,
                AppProps {
                    boot: Boot::hydrate(p),
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
