//! Workshop mode: toolbar, keyboard shortcuts and the QR overlay.

use crate::components::share::QrImage;
use crate::i18n::{t, Key};
use crate::state::{Action, View};
use crate::web;
use relance_model::Lang;
use yew::prelude::*;

/// The action of a shortcut key, if any (presets are given by id).
pub fn shortcut(key: &str, presets: &[String], lang: Lang) -> Option<Action> {
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    Some(match key {
        "1" | "2" | "3" | "4" => {
            let k: usize = key.parse().ok()?;
            Action::LoadPreset(presets.get(k - 1)?.clone())
        }
        "0" => Action::Reset,
        "v" | "V" => Action::SetView(View::Simulator),
        "c" | "C" => Action::SetView(View::Compare),
        "a" | "A" => Action::SetView(View::Assumptions),
        "m" | "M" => Action::SetView(View::Methodology),
        "q" | "Q" => Action::ToggleQr,
        "k" | "K" => Action::ToggleContrast,
        "l" | "L" => Action::SetLang(other),
        _ => return None,
    })
}

/// Properties of [`WorkshopBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct WorkshopBarProps {
    /// Interface language.
    pub lang: Lang,
    /// Shortcuts on.
    pub shortcuts: bool,
    /// High contrast on.
    pub high_contrast: bool,
    /// QR overlay shown.
    pub qr_overlay: bool,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The workshop toolbar.
#[function_component(WorkshopBar)]
pub fn workshop_bar(p: &WorkshopBarProps) -> Html {
    let lang = p.lang;
    html! {
        <section class="workshop" aria-label={t(lang, Key::WorkshopTools)}>
            <button type="button" class="presets__btn" id="ws-fullscreen" onclick={Callback::from(|_| web::toggle_fullscreen())}>
                { t(lang, Key::Fullscreen) }</button>
            <button type="button" class="presets__btn" id="ws-contrast" aria-pressed={p.high_contrast.to_string()}
                onclick={p.on_action.reform(|_| Action::ToggleContrast)}>{ t(lang, Key::HighContrast) }</button>
            <button type="button" class="presets__btn" id="ws-qr" aria-pressed={p.qr_overlay.to_string()}
                onclick={p.on_action.reform(|_| Action::ToggleQr)}>{ t(lang, Key::QrShow) }</button>
            <button type="button" class="presets__btn" id="ws-shortcuts" aria-pressed={p.shortcuts.to_string()}
                onclick={p.on_action.reform(|_| Action::ToggleShortcuts)}>{ t(lang, Key::ShortcutsOn) }</button>
            <details class="workshop__help">
                <summary>{ t(lang, Key::ShortcutsHelp) }</summary>
                <p>{ t(lang, Key::ShortcutsList) }</p>
            </details>
        </section>
    }
}

/// Properties of [`QrOverlay`].
#[derive(Properties, PartialEq, Clone)]
pub struct QrOverlayProps {
    /// The full address of the scenario.
    pub url: String,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The QR code of the scenario, big enough to be scanned across a room.
#[function_component(QrOverlay)]
pub fn qr_overlay(p: &QrOverlayProps) -> Html {
    let lang = p.lang;
    let close = use_node_ref();
    {
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(b) = close.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    html! {
        <div class="qr-overlay" id="qr-overlay" role="dialog" aria-modal="true" aria-labelledby="qr-overlay-h">
            <h2 id="qr-overlay-h">{ t(lang, Key::QrOverlayTitle) }</h2>
            <div class="qr-overlay__img"><QrImage text={p.url.clone()} /></div>
            <p class="qr-overlay__url">{ &p.url }</p>
            <button type="button" class="presets__btn" ref={close} onclick={p.on_action.reform(|_| Action::ToggleQr)}>
                { t(lang, Key::CloseQr) }</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_map_to_actions() {
        let presets: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(
            shortcut("3", &presets, Lang::Fr),
            Some(Action::LoadPreset("c".into()))
        );
        assert_eq!(
            shortcut("L", &presets, Lang::Fr),
            Some(Action::SetLang(Lang::En))
        );
        assert_eq!(
            shortcut("c", &presets, Lang::Fr),
            Some(Action::SetView(View::Compare))
        );
        assert_eq!(shortcut("x", &presets, Lang::Fr), None);
        assert_eq!(shortcut("4", &presets[..2], Lang::Fr), None);
    }
}
