//! The message banner: bad links, refused files, storage problems.

use crate::i18n::{t, Key};
use crate::state::{Action, Notice, Offer, Replaced};
use relance_model::format::{fill, number};
use relance_model::Lang;
use yew::prelude::*;

/// Properties of [`NoticeBanner`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    /// The message.
    pub notice: Notice,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// Most problems listed in a notice; the rest are counted.
pub const MAX_ITEMS: usize = 5;

/// `items` cut to [`MAX_ITEMS`], with « … et N autres » for the rest: a notice stays short
/// however many problems there are.
pub fn bounded(mut items: Vec<String>, lang: Lang) -> Vec<String> {
    if items.len() > MAX_ITEMS {
        let more = items.len() - MAX_ITEMS;
        items.truncate(MAX_ITEMS);
        items.push(fill(t(lang, Key::AndMore), |name| {
            (name == "n").then(|| number(more as f64, 0, lang))
        }));
    }
    items
}

/// A dismissable banner.
#[function_component(NoticeBanner)]
pub fn notice_banner(props: &NoticeProps) -> Html {
    let lang = props.lang;
    let (intro, items, error): (String, Vec<String>, bool) = match &props.notice {
        Notice::BadLink(errs) => (
            t(lang, Key::BadLinkIntro).into(),
            bounded(errs.iter().map(|e| e.message(lang)).collect(), lang),
            true,
        ),
        Notice::BadImport(items) => (
            t(lang, Key::BadImportIntro).into(),
            bounded(items.clone(), lang),
            true,
        ),
        Notice::StorageSetAside(keys) => (
            fill(t(lang, Key::StorageSetAsideIntro), |name| {
                (name == "n").then(|| number(keys.len() as f64, 0, lang))
            }),
            bounded(keys.clone(), lang),
            true,
        ),
        Notice::EditRefused(e) => (
            format!("{} {}", t(lang, Key::EditRefused), e.message(lang)),
            Vec::new(),
            true,
        ),
        Notice::StorageFull => (t(lang, Key::StorageFullText).into(), Vec::new(), true),
        Notice::Info(k) => (t(lang, *k).into(), Vec::new(), false),
    };
    html! {
        <div class={classes!("notice", error.then_some("notice--error"))} id="notice" role={if error { "alert" } else { "status" }}>
            <p class="notice__text">{ intro }</p>
            if !items.is_empty() {
                <ul class="notice__list">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            }
            <button type="button" class="notice__close" onclick={props.on_action.reform(|_| Action::DismissNotice)}>
                { t(lang, Key::Dismiss) }
            </button>
        </div>
    }
}

/// Properties of [`OfferBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct OfferProps {
    /// The offer.
    pub offer: Offer,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The words of an offer: what happened, and its button.
pub fn offer_words(offer: Offer) -> (Key, Key, Action) {
    match offer {
        Offer::Undo(what) => (
            match what {
                Replaced::Preset => Key::OfferPreset,
                Replaced::Reset => Key::OfferReset,
                Replaced::Link => Key::OfferLink,
                Replaced::File => Key::OfferFile,
                Replaced::Assumptions => Key::OfferAssumptions,
                Replaced::Compared => Key::OfferCompared,
                Replaced::Teams => Key::OfferTeams,
            },
            Key::UndoButton,
            Action::Undo,
        ),
        Offer::Redo => (Key::OfferUndone, Key::RedoButton, Action::Redo),
    }
}

/// « Annuler » after an action that replaced or erased work, « Rétablir » after an undo: a
/// polite status, its button within reach, gone at the next change.
#[function_component(OfferBar)]
pub fn offer_bar(props: &OfferProps) -> Html {
    let lang = props.lang;
    let (text, button, action) = offer_words(props.offer);
    html! {
        <div class="offer" id="offer" role="status">
            <p class="offer__text">{ t(lang, text) }</p>
            <button type="button" class="offer__btn" id="offer-act" onclick={props.on_action.reform(move |_| action.clone())}>
                { t(lang, button) }
            </button>
            <button type="button" class="offer__close" aria-label={t(lang, Key::DismissOffer)}
                onclick={props.on_action.reform(|_| Action::DismissOffer)}>{ "×" }</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_cut_and_counted() {
        let items: Vec<String> = (0..5000).map(|k| format!("relance.saved.{k}")).collect();
        let shown = bounded(items, Lang::Fr);
        assert_eq!(shown.len(), MAX_ITEMS + 1);
        assert_eq!(shown[MAX_ITEMS], "… et 4\u{202F}995 autres");
        assert_eq!(bounded(vec!["a".into()], Lang::En), ["a"]);
    }
}
