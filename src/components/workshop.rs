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
        "?" => Action::ToggleHelp,
        "t" | "T" => Action::ToggleTimer,
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
    /// The countdown shown.
    pub timer: bool,
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
            <button type="button" class="presets__btn" id="ws-timer" aria-pressed={p.timer.to_string()}
                onclick={p.on_action.reform(|_| Action::ToggleTimer)}>{ t(lang, Key::Timer) }</button>
            if p.timer {
                <Countdown lang={lang} />
            }
            <button type="button" class="presets__btn" id="ws-help" aria-haspopup="dialog"
                onclick={p.on_action.reform(|_| Action::ToggleHelp)}>{ t(lang, Key::HelpTitle) }</button>
        </section>
    }
}

/// A reference whose element takes focus when it first renders (an overlay's close button).
#[hook]
fn use_focus_on_mount() -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    node
}

/// Properties of [`HelpOverlay`].
#[derive(Properties, PartialEq, Clone)]
pub struct HelpOverlayProps {
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The shortcuts and what they do, over the page (« ? »; Escape or its button closes it).
#[function_component(HelpOverlay)]
pub fn help_overlay(p: &HelpOverlayProps) -> Html {
    let lang = p.lang;
    let close = use_focus_on_mount();
    html! {
        <div class="help-overlay" id="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-overlay-h">
            <h2 id="help-overlay-h">{ t(lang, Key::HelpTitle) }</h2>
            <dl class="help-overlay__list">
            { for t(lang, Key::ShortcutRows).lines().filter_map(|l| l.split_once('|')).map(|(k, what)| html! {
                <><dt><kbd>{ k }</kbd></dt><dd>{ what }</dd></>
            }) }
            </dl>
            <p>{ t(lang, Key::ShortcutsList) }</p>
            <button type="button" class="presets__btn" ref={close} onclick={p.on_action.reform(|_| Action::ToggleHelp)}>
                { t(lang, Key::HelpClose) }</button>
        </div>
    }
}

/// Properties of [`Countdown`].
#[derive(Properties, PartialEq, Clone)]
pub struct CountdownProps {
    /// Interface language.
    pub lang: Lang,
}

/// `m:ss` of a number of seconds.
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The workshop's countdown: minutes chosen, start, pause, reset; « Temps écoulé » said once.
#[function_component(Countdown)]
pub fn countdown(p: &CountdownProps) -> Html {
    let lang = p.lang;
    let minutes = use_state(|| 20u32);
    let left = use_state(|| 20 * 60u32);
    let running = use_state(|| false);
    {
        let (left, running) = (left.clone(), running.clone());
        use_effect_with((*running, *left), move |&(on, now)| {
            let tick = (on && now > 0).then(|| {
                gloo_timers::callback::Timeout::new(1_000, move || {
                    left.set(now - 1);
                    if now == 1 {
                        running.set(false);
                    }
                })
            });
            move || drop(tick)
        });
    }
    let set_minutes = {
        let (minutes, left, running) = (minutes.clone(), left.clone(), running.clone());
        Callback::from(move |e: Event| {
            let v: u32 = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(20);
            minutes.set(v);
            left.set(v * 60);
            running.set(false);
        })
    };
    let toggle = {
        let running = running.clone();
        Callback::from(move |_: MouseEvent| running.set(!*running))
    };
    let reset = {
        let (left, running, minutes) = (left.clone(), running.clone(), minutes.clone());
        Callback::from(move |_: MouseEvent| {
            left.set(*minutes * 60);
            running.set(false);
        })
    };
    html! {
        <span class="countdown" role="group" aria-label={t(lang, Key::Timer)}>
            <label for="countdown-min">{ t(lang, Key::TimerMinutes) }</label>
            <select id="countdown-min" onchange={set_minutes}>
            { for [5u32, 10, 15, 20, 30].iter().map(|&m| html! {
                <option value={m.to_string()} selected={m == *minutes}>{ m }</option>
            }) }
            </select>
            <span class="countdown__time" role="timer" id="countdown-time">{ clock(*left) }</span>
            <button type="button" class="presets__btn" onclick={toggle}>
                { t(lang, if *running { Key::TimerPause } else { Key::TimerStart }) }</button>
            <button type="button" class="presets__btn" onclick={reset}>{ t(lang, Key::TimerReset) }</button>
            <span class="sr-only" role="status">{ if *left == 0 { t(lang, Key::TimerDone) } else { "" } }</span>
            if *left == 0 {
                <span class="countdown__done" aria-hidden="true">{ t(lang, Key::TimerDone) }</span>
            }
        </span>
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
    let close = use_focus_on_mount();
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
        assert_eq!(shortcut("?", &presets, Lang::Fr), Some(Action::ToggleHelp));
        assert_eq!(shortcut("T", &presets, Lang::Fr), Some(Action::ToggleTimer));
        assert_eq!(clock(20 * 60), "20:00");
        assert_eq!(clock(65), "1:05");
        assert_eq!(shortcut("4", &presets[..2], Lang::Fr), None);
    }
}
