//! The team scenarios: one list for the scenarios saved and compared, shown in the share panel
//! and in « Comparer ». Each can be opened, renamed in place, moved, added to nothing else
//! (they are all compared) and deleted; every change is an action of the one reducer, so it
//! can be undone, and the page keeps the list in the browser.

use crate::i18n::{t, Key};
use crate::state::{Action, CompareEntry};
use relance_model::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`TeamList`].
#[derive(Properties, PartialEq, Clone)]
pub struct TeamListProps {
    /// The team scenarios, in order.
    pub entries: Vec<CompareEntry>,
    /// The list's element id.
    pub id: AttrValue,
    /// Show each one's line pattern in the comparison's charts.
    #[prop_or_default]
    pub swatches: bool,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The team scenarios as a list of named entries with their actions.
#[function_component(TeamList)]
pub fn team_list(props: &TeamListProps) -> Html {
    let lang = props.lang;
    let renaming = use_state(|| None::<String>);
    let field = use_node_ref();
    // The field gets the name once, when renaming starts (a value bound at each render would put
    // the old name back over what is typed whenever the page re-renders).
    {
        let (field, entries) = (field.clone(), props.entries.clone());
        use_effect_with((*renaming).clone(), move |id| {
            let name = id
                .as_ref()
                .and_then(|id| entries.iter().find(|e| &e.id == id).map(|e| e.name.clone()));
            if let (Some(name), Some(input)) = (name, field.cast::<HtmlInputElement>()) {
                input.set_value(&name);
                let _ = input.focus();
                input.select();
            }
        });
    }
    if props.entries.is_empty() {
        return html! { <p>{ t(lang, Key::NoSaved) }</p> };
    }
    let n = props.entries.len();
    html! {
        <ol class="saved" id={props.id.clone()}>
        { for props.entries.iter().enumerate().map(|(k, e)| {
            let is_renaming = renaming.as_deref() == Some(e.id.as_str());
            let named = |key: Key| format!("{} : {}", t(lang, key), e.name);
            let open = { let l = e.link.clone(); props.on_action.reform(move |_: MouseEvent| Action::ApplyLink(l.clone())) };
            let up = props.on_action.reform(move |_: MouseEvent| Action::CompareMove(k, -1));
            let down = props.on_action.reform(move |_: MouseEvent| Action::CompareMove(k, 1));
            let delete = props.on_action.reform(move |_: MouseEvent| Action::CompareRemove(k));
            let start = { let (id, renaming) = (e.id.clone(), renaming.clone()); Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone()))) };
            // Enter submits the little form, leaving the field commits too: the first renames.
            let finish = { let (renaming, on_action, field) = (renaming.clone(), props.on_action.clone(), field.clone()); Callback::from(move |()| {
                let Some(input) = field.cast::<HtmlInputElement>() else { return };
                if renaming.is_none() { return; }
                on_action.emit(Action::CompareRename(k, input.value()));
                renaming.set(None);
            }) };
            html! {
                <li class="saved__item">
                    if props.swatches {
                        <span class={format!("compare__swatch compare__swatch--{}", k + 1)} aria-hidden="true"></span>
                    }
                    if is_renaming {
                        <form class="saved__rename-form" onsubmit={finish.reform(|e: SubmitEvent| e.prevent_default())}>
                            <input type="text" class="saved__rename" ref={field.clone()}
                                onchange={finish.reform(|_: Event| ())}
                                aria-label={named(Key::Rename)} maxlength="80" />
                        </form>
                    } else {
                        <span class="saved__name">{ &e.name }</span>
                    }
                    <span class="saved__actions">
                        <button type="button" onclick={open} aria-label={named(Key::Open)}>{ t(lang, Key::Open) }</button>
                        <button type="button" onclick={start} aria-label={named(Key::Rename)}>{ t(lang, Key::Rename) }</button>
                        <button type="button" onclick={up} disabled={k == 0} aria-label={named(Key::MoveUp)}>{ "↑" }</button>
                        <button type="button" onclick={down} disabled={k + 1 == n} aria-label={named(Key::MoveDown)}>{ "↓" }</button>
                        <button type="button" onclick={delete} aria-label={named(Key::Delete)}>{ t(lang, Key::Delete) }</button>
                    </span>
                </li>
            }
        }) }
        </ol>
    }
}
