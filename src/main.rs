fn main() {
    // A panic shows a banner with a reload button rather than a frozen page (the scenario is in
    // the address, so nothing is lost). Installed here, not in `App`, so tests keep their hook.
    relance::web::install_panic_hook(
        "Une erreur inattendue a arrêté le simulateur. Votre scénario est dans l'adresse de la page : rechargez pour reprendre. / An unexpected error stopped the simulator: your scenario is in the address, reload to carry on.",
        "Recharger / Reload",
    );
    yew::Renderer::<relance::App>::new().render();
}
