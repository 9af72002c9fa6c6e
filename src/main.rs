use relance::i18n::{t, Key, Lang};

fn main() {
    // A panic shows a banner with a reload button rather than a frozen page (the scenario is in
    // the address, so nothing is lost). Installed here, not in `App`, so tests keep their hook.
    // The language in use is unknown once the app has failed: both are shown.
    let both = |k| format!("{} / {}", t(Lang::Fr, k), t(Lang::En, k));
    relance::web::install_panic_hook(both(Key::PanicText), both(Key::Reload));
    yew::Renderer::<relance::App>::new().render();
}
