//! The message banner: bad links, refused files, storage problems.

use crate::i18n::{t, Key};
use crate::state::{Action, Notice};
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

/// A dismissable banner.
#[function_component(NoticeBanner)]
pub fn notice_banner(props: &NoticeProps) -> Html {
    let lang = props.lang;
    let (intro, items, error): (String, Vec<String>, bool) = match &props.notice {
        Notice::BadLink(errs) => (
            t(lang, Key::BadLinkIntro).into(),
            errs.iter().map(|e| e.message(lang)).collect(),
            true,
        ),
        Notice::BadImport(items) => (t(lang, Key::BadImportIntro).into(), items.clone(), true),
        Notice::StorageSetAside(keys) => (
            t(lang, Key::StorageSetAsideIntro).into(),
            keys.clone(),
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
