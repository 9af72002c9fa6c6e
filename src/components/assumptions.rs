//! The assumptions view (expert mode): every registry parameter, editable. An edit is checked
//! here, then reaches the page's reducer as an [`Action`] (which refuses one that would make
//! the link too long). Labels, sources and notes come from the worker ([`use_words`]).

use crate::i18n::{t, Key};
use crate::state::Action;
use crate::worker::use_words;
use relance_model::format::{fold_for_search, number, parse_decimal};
use relance_model::{Lang, Model, Param, Scenario, ValueError};
use relance_worker::ParamWords;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A registry figure as editable text (decimal comma in French, no grouping).
fn field_text(x: f64, lang: Lang) -> String {
    relance_model::format::field_text(&x.to_string(), lang)
}

/// Properties of [`ParamRow`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParamRowProps {
    /// The parameter.
    pub param: Param,
    /// The override, if any (registry figures).
    pub edited: Option<f64>,
    /// Its label, source and note (once the worker has sent them).
    pub text: Option<ParamWords>,
    /// Interface language.
    pub lang: Lang,
    /// Where edits go.
    pub on_action: Callback<Action>,
}

/// The message for a refused value: the model's reason, and that nothing was applied.
pub fn value_error_text(e: ValueError, lang: Lang) -> String {
    let reason = e.message(lang);
    let mut chars = reason.chars();
    let first: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    format!("{first}{}{}", chars.as_str(), t(lang, Key::ValueNotApplied))
}

/// The action an edit typed in a parameter's field asks for, or why it is refused (in the
/// person's language; nothing is applied).
pub fn edit_action(param: &Param, text: &str, lang: Lang) -> Result<Action, String> {
    let v = parse_decimal(text).unwrap_or(f64::NAN);
    param
        .check_value(v)
        .map(|()| Action::SetOverride(param.id.to_string(), v))
        .map_err(|e| value_error_text(e, lang))
}

/// One editable parameter.
#[function_component(ParamRow)]
pub fn param_row(props: &ParamRowProps) -> Html {
    let ParamRowProps {
        param,
        edited,
        text: info,
        lang,
        on_action,
    } = props.clone();
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
    let dom_id = format!("p-{}", param.id.replace('.', "-"));
    let current = edited.unwrap_or(param.value);
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            draft.set(Some(input.value()));
        })
    };
    let on_commit = {
        let (draft, error, on_action, param) = (
            draft.clone(),
            error.clone(),
            on_action.clone(),
            param.clone(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match edit_action(&param, &input.value(), lang) {
                Ok(action) => {
                    error.set(None);
                    draft.set(None);
                    on_action.emit(action);
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    let on_reset = {
        let (draft, error, id) = (draft.clone(), error.clone(), param.id);
        on_action.reform(move |_: MouseEvent| {
            draft.set(None);
            error.set(None);
            Action::ClearOverride(id.to_string())
        })
    };
    let text = (*draft)
        .clone()
        .unwrap_or_else(|| field_text(current, lang));
    let err_id = format!("{dom_id}-err");
    let note_id = format!("{dom_id}-note");
    let described = match &*error {
        Some(_) => format!("{err_id} {note_id}"),
        None => note_id.clone(),
    };
    let sym = param.unit.symbol(lang);
    let label = info.as_ref().map_or(param.id, |x| x.label.as_str());
    html! {
        <li class={classes!("param", edited.is_some().then_some("param--edited"))} id={dom_id.clone()}>
            <label class="param__label" for={format!("{dom_id}-v")}>{ label }</label>
            <code class="param__id">{ &param.id }</code>
            <div class="param__edit">
                <input type="text" inputmode="decimal" id={format!("{dom_id}-v")} class="param__input"
                    value={text} oninput={on_input} onchange={on_commit}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
                <span class="param__unit">{ sym }</span>
                if edited.is_some() {
                    <span class="param__badge">{ t(lang, Key::Edited) }</span>
                    <button type="button" class="param__reset" onclick={on_reset}
                        aria-label={format!("{} : {}", t(lang, Key::ResetParam), label)}>{ t(lang, Key::ResetParam) }</button>
                }
            </div>
            if let Some(msg) = &*error {
                <p class="param__error" id={err_id} role="alert">{ msg }</p>
            }
            <p class="param__meta">
                { format!("{} : {} – {} {} · {} : {}", t(lang, Key::ColRange),
                    number(param.low, 2, lang), number(param.high, 2, lang), sym,
                    t(lang, Key::ColConfidence), param.confidence.label(lang)) }
            </p>
            if let Some(src) = &info {
                <p class="param__source">
                    { format!("{} : ", t(lang, Key::ColSource)) }
                    // Source titles are French, whatever the interface language.
                    if let Some(url) = &src.url {
                        <a href={url.clone()} lang="fr" rel="noopener noreferrer" target="_blank">{ &src.source }</a>
                    } else {
                        <span lang="fr">{ &src.source }</span>
                    }
                </p>
                <p class="param__note" id={note_id}>{ &src.note }</p>
            }
        </li>
    }
}

/// Properties of [`AssumptionsView`].
#[derive(Properties, PartialEq, Clone)]
pub struct AssumptionsProps {
    /// The model.
    pub model: Rc<Model>,
    /// The scenario (its overrides).
    pub scenario: Scenario,
    /// Interface language.
    pub lang: Lang,
    /// Where edits go.
    pub on_action: Callback<Action>,
}

/// Every parameter.
#[function_component(AssumptionsView)]
pub fn assumptions_view(props: &AssumptionsProps) -> Html {
    let lang = props.lang;
    let filter = use_state(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    let on_action = props.on_action.clone();
    let words = use_words(lang, true);
    let needle = fold_for_search(filter.trim());
    let shown = props.model.registry.params.iter().filter(|p| {
        needle.is_empty()
            || fold_for_search(p.id).contains(&needle)
            || words
                .as_ref()
                .is_some_and(|w| fold_for_search(w.label(p.id)).contains(&needle))
    });
    let n_edited = props.scenario.overrides.len();
    html! {
        <section class="assumptions" aria-labelledby="assumptions-h">
            <h2 id="assumptions-h">{ t(lang, Key::AssumptionsHeading) }</h2>
            <p>{ t(lang, Key::AssumptionsIntro) }</p>
            <div class="assumptions__tools">
                <label for="param-filter">{ t(lang, Key::Filter) }</label>
                <input type="search" id="param-filter" value={(*filter).clone()} oninput={on_filter} />
                <span>{ format!("{n_edited} {}", t(lang, Key::EditedCount)) }</span>
                <button type="button" class="presets__btn" disabled={n_edited == 0}
                    onclick={on_action.reform(|_| Action::ClearOverrides)}>{ t(lang, Key::ResetAll) }</button>
            </div>
            <ul class="params">
            { for shown.map(|p| html! {
                <ParamRow key={p.id} param={p.clone()} edited={props.scenario.overrides.get(p.id).copied()}
                    text={words.as_ref().and_then(|w| w.get(p.id).cloned())} lang={lang} on_action={on_action.clone()} />
            }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_show_registry_figures_with_the_languages_decimal_mark() {
        assert_eq!(field_text(0.45, Lang::Fr), "0,45");
        assert_eq!(field_text(0.45, Lang::En), "0.45");
        assert_eq!(parse_decimal(&field_text(1234.5, Lang::Fr)), Some(1234.5));
    }
}
