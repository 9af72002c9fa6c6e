//! Browser tests: mount the real App in headless Chromium and assert on what it renders.
#![cfg(target_arch = "wasm32")]

use relance::App;
use relance_model::{Model, Outcome};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    // Every app reads and writes the shared address: start each test from a bare one.
    set_hash("");
    mount_here()
}

fn set_hash(hash: &str) {
    let url = format!("#{hash}");
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn mount_here() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_renders_the_eight_workstreams_in_french() {
    let root = mount();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Relance\u{a0}: où placer l'argent"),
        "title missing: {text:.200}"
    );
    for label in [
        "Secteurs durement touchés",
        "Services du quotidien",
        "Pacte de relocalisation",
        "Résorber les fractures",
        "Transports alternatifs à la voiture",
        "Projets urbains et rénovation",
        "Espaces agricoles et naturels",
        "Autonomie alimentaire",
    ] {
        assert!(text.contains(label), "workstream '{label}' missing");
    }
    assert_eq!(root.query_selector_all("fieldset.ws").unwrap().length(), 8);
    // 8 × 3 levers, of which the three closed equity levers have no slider.
    assert_eq!(
        root.query_selector_all("input[type=range]")
            .unwrap()
            .length(),
        21
    );
    assert!(text_of(&root, "#total-loans").contains("1\u{202F}000\u{A0}M€"));
}

#[wasm_bindgen_test]
async fn typing_an_amount_updates_the_total_and_bad_input_keeps_the_value() {
    let root = mount();
    yew::scheduler::flush().await;
    let field: HtmlInputElement = root
        .query_selector("#lever-mobility-loans-n")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    field.set_value("400");
    field
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(text_of(&root, "#total-loans").contains("1\u{202F}050\u{A0}M€"));

    field.set_value("beaucoup");
    field
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(text_of(&root, "#lever-mobility-loans-err").contains("pas un nombre"));
    assert!(text_of(&root, "#total-loans").contains("1\u{202F}050\u{A0}M€"));
    assert_eq!(field.value(), "400");
}

#[wasm_bindgen_test]
fn monte_carlo_in_wasm_matches_the_native_baseline_bit_for_bit() {
    let baseline: serde_json::Value = serde_json::from_str(include_str!(
        "../crates/model/tests/baselines/convention-2020.json"
    ))
    .unwrap();
    let m = Model::embedded().unwrap();
    let s = &m.baseline().scenario;
    let draws = baseline["draws"].as_u64().unwrap() as usize;
    let seed = baseline["seed"].as_u64().unwrap();
    let b = m.monte_carlo(s, draws, seed).unwrap();
    let p = m.project(s).unwrap();
    for &o in Outcome::ALL {
        let want = &baseline["outcomes"][o.id()];
        assert_eq!(
            want["headline"].as_f64().unwrap(),
            p.headline(o),
            "{} central",
            o.id()
        );
        let band: Vec<f64> = want["band"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect();
        assert_eq!(band, b.headline[o.index()].to_vec(), "{} band", o.id());
    }
}

#[wasm_bindgen_test]
fn the_panic_banner_offers_a_reload_once() {
    relance::web::show_panic_banner("Une erreur inattendue", "Recharger");
    relance::web::show_panic_banner("Une erreur inattendue", "Recharger");
    let doc = web_sys::window().unwrap().document().unwrap();
    assert_eq!(doc.query_selector_all("#panic-banner").unwrap().length(), 1);
    let banner = doc.get_element_by_id("panic-banner").unwrap();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().contains("Recharger"));
    assert!(
        banner.query_selector("button[onclick]").unwrap().is_none(),
        "no inline handler (CSP)"
    );
    banner.remove();
}

#[wasm_bindgen_test]
async fn a_link_in_the_address_opens_its_scenario() {
    // The preset as it is today: shown pressed (a v1 link's frozen preset is an edited one).
    set_hash("v=3&p=climate-first&l=en");
    let root = mount_here();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    set_hash("");
    assert!(
        text.contains("Alternatives to the car"),
        "English labels expected"
    );
    let pressed = root
        .query_selector("#preset-climate-first")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
}
