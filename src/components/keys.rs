//! The page's keyboard: Escape closes what lies over the page (the workshop's QR code, an open
//! « Viser un objectif »), and in the workshop the shortcuts of [`shortcut`] (off while typing
//! in a text field, or when switched off). [`decide`] is plain and tested natively; [`use_keys`]
//! listens on the document and acts.

use crate::components::workshop::shortcut;
use crate::state::Action;
use relance_model::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A key pressed, as [`decide`] needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Press {
    /// `KeyboardEvent.key`.
    pub key: String,
    /// Ctrl or Meta held (Ctrl+Z and Ctrl+Shift+Z are the page's; the rest the browser's).
    pub ctrl: bool,
    /// Alt held (the system's shortcuts).
    pub alt: bool,
    /// Shift held.
    pub shift: bool,
    /// Focus is in a field that takes text (its keys are the field's).
    pub typing: bool,
}

/// What the page is showing that the keys act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// The workshop's shortcuts are on.
    pub shortcuts: bool,
    /// The workshop's QR code lies over the page.
    pub qr: bool,
    /// The workshop's help lies over the page.
    pub help: bool,
    /// The ids of the presets, in order (keys 1 to 4).
    pub presets: std::rc::Rc<Vec<String>>,
    /// Interface language (the language key switches to the other).
    pub lang: Lang,
}

/// What a key does.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing: the key is the browser's or the field's.
    Nothing,
    /// Close what lies over the page: the QR code (an action) and an open goal-seek.
    Close(Option<Action>),
    /// Full screen on or off.
    Fullscreen,
    /// A shortcut's action (its default is prevented).
    Act(Action),
}

/// What `press` does in `context`.
pub fn decide(press: &Press, context: &Context) -> Outcome {
    // Undo and redo everywhere but in a text field, whose own undo they stay.
    if press.ctrl && !press.alt && !press.typing {
        return match (press.key.to_ascii_lowercase().as_str(), press.shift) {
            ("z", false) => Outcome::Act(Action::Undo),
            ("z", true) | ("y", false) => Outcome::Act(Action::Redo),
            _ => Outcome::Nothing,
        };
    }
    if press.ctrl || press.alt {
        return Outcome::Nothing;
    }
    if press.key == "Escape" {
        let close = if context.help {
            Some(Action::ToggleHelp)
        } else {
            context.qr.then_some(Action::ToggleQr)
        };
        return Outcome::Close(close);
    }
    if press.typing || !context.shortcuts {
        return Outcome::Nothing;
    }
    if press.key.eq_ignore_ascii_case("f") {
        return Outcome::Fullscreen;
    }
    match shortcut(&press.key, &context.presets, context.lang) {
        Some(a) => Outcome::Act(a),
        None => Outcome::Nothing,
    }
}

/// Whether an element takes typed text: sliders, buttons and boxes keep the shortcuts.
fn takes_text(el: &web_sys::Element) -> bool {
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            el.get_attribute("type").as_deref(),
            Some("range" | "button" | "submit" | "checkbox" | "radio" | "file")
        ),
        _ => el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false"),
    }
}

/// Listens to the document's keys while mounted; `seek` is the goal-seek's `<details>`, closed
/// by Escape with focus back on its summary.
#[hook]
pub fn use_keys(context: Context, seek: NodeRef, on_action: Callback<Action>) {
    use_effect_with(context, move |context| {
        let context = context.clone();
        let on_key = gloo_events::EventListener::new_with_options(
            &gloo_utils::document(),
            "keydown",
            // Not passive: a shortcut's key has its default prevented.
            gloo_events::EventListenerOptions::enable_prevent_default(),
            move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let press = Press {
                    key: e.key(),
                    ctrl: e.ctrl_key() || e.meta_key(),
                    alt: e.alt_key(),
                    shift: e.shift_key(),
                    typing: e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| takes_text(&el)),
                };
                match decide(&press, &context) {
                    Outcome::Nothing => {}
                    Outcome::Close(qr) => {
                        if let Some(a) = qr {
                            on_action.emit(a);
                        }
                        if let Some(d) = seek.cast::<web_sys::HtmlDetailsElement>() {
                            if d.open() {
                                d.set_open(false);
                                if let Some(summary) = d
                                    .first_element_child()
                                    .and_then(|x| x.dyn_into::<web_sys::HtmlElement>().ok())
                                {
                                    let _ = summary.focus();
                                }
                            }
                        }
                    }
                    Outcome::Fullscreen => crate::web::toggle_fullscreen(),
                    Outcome::Act(a) => {
                        e.prevent_default();
                        on_action.emit(a);
                    }
                }
            },
        );
        move || drop(on_key)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::View;

    fn press(key: &str, typing: bool) -> Press {
        Press {
            key: key.into(),
            ctrl: false,
            alt: false,
            shift: false,
            typing,
        }
    }

    #[test]
    fn keys_act_in_the_workshop_and_never_over_a_text_field() {
        let mut c = Context {
            shortcuts: true,
            qr: false,
            help: false,
            presets: std::rc::Rc::new(vec!["convention-2020".into(), "jobs-first".into()]),
            lang: Lang::Fr,
        };
        assert_eq!(
            decide(&press("2", false), &c),
            Outcome::Act(Action::LoadPreset("jobs-first".into()))
        );
        assert_eq!(
            decide(&press("a", false), &c),
            Outcome::Act(Action::SetView(View::Assumptions))
        );
        assert_eq!(decide(&press("F", false), &c), Outcome::Fullscreen);
        assert_eq!(decide(&press("2", true), &c), Outcome::Nothing, "typing");
        let ctrl = |key: &str, shift: bool, typing: bool| Press {
            ctrl: true,
            shift,
            ..press(key, typing)
        };
        assert_eq!(
            decide(&ctrl("2", false, false), &c),
            Outcome::Nothing,
            "the browser's own"
        );
        // Undo and redo, in every mode, but never over a text field (its own undo).
        assert_eq!(
            decide(&ctrl("z", false, false), &c),
            Outcome::Act(Action::Undo)
        );
        assert_eq!(
            decide(&ctrl("Z", true, false), &c),
            Outcome::Act(Action::Redo)
        );
        assert_eq!(
            decide(&ctrl("y", false, false), &c),
            Outcome::Act(Action::Redo)
        );
        assert_eq!(
            decide(&ctrl("z", false, true), &c),
            Outcome::Nothing,
            "a field's undo"
        );
        let alt = Press {
            alt: true,
            ..ctrl("z", false, false)
        };
        assert_eq!(decide(&alt, &c), Outcome::Nothing);
        assert_eq!(decide(&press("9", false), &c), Outcome::Nothing);
        // Escape closes, in a field too; it closes the QR code when it is shown.
        assert_eq!(decide(&press("Escape", true), &c), Outcome::Close(None));
        c.qr = true;
        assert_eq!(
            decide(&press("Escape", false), &c),
            Outcome::Close(Some(Action::ToggleQr))
        );
        // Escape closes the help first.
        c.help = true;
        assert_eq!(
            decide(&press("Escape", false), &c),
            Outcome::Close(Some(Action::ToggleHelp))
        );
        c.help = false;
        // Shortcuts off (or a resident's page): only Escape, and undo.
        c.shortcuts = false;
        assert_eq!(decide(&press("2", false), &c), Outcome::Nothing);
        assert_eq!(
            decide(&ctrl("z", false, false), &c),
            Outcome::Act(Action::Undo)
        );
        assert!(matches!(
            decide(&press("Escape", false), &c),
            Outcome::Close(_)
        ));
    }
}
