//! The assumptions view (expert mode): every registry parameter, editable. An edit is checked
//! here, then sent to the page as a message ([`Edit::message`]), whose reducer applies it (and
//! refuses one that would make the link too long).

use crate::i18n::{t, Key};
use relance_model::format::{fold_for_search, number, parse_decimal};
use relance_model::registry::{text_of, ParamText};
use relance_model::{Lang, Model, Param, Scenario, ValueError};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What an edit does to the scenario's overrides.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Override a parameter (registry figures).
    Set(String, f64),
    /// Back to the registry's value for one parameter.
    Clear(String),
    /// Back to the registry's values for every parameter.
    ClearAll,
}

impl Edit {
    /// The message the page reads (`set:ID=VALUE`, `clear:ID`, `clear-all`; the page's
    /// `state::panel_action`).
    pub fn message(&self) -> String {
        match self {
            Edit::Set(id, v) => format!("set:{id}={v}"),
            Edit::Clear(id) => format!("clear:{id}"),
            Edit::ClearAll => "clear-all".into(),
        }
    }
}

/// A registry figure as editable text (decimal comma in French, no grouping).
fn field_text(x: f64, lang: Lang) -> String {
    let s = x.to_string();
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Properties of [`ParamRow`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParamRowProps {
    /// The parameter.
    pub param: Param,
    /// The override, if any (registry figures).
    pub edited: Option<f64>,
    /// Its label, source and note.
    pub text: Option<&'static ParamText>,
    /// Interface language.
    pub lang: Lang,
    /// Where edits go.
    pub on_edit: Callback<Edit>,
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

/// One editable parameter.
#[function_component(ParamRow)]
pub fn param_row(props: &ParamRowProps) -> Html {
    let ParamRowProps {
        param,
        edited,
        text: info,
        lang,
        on_edit,
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
        let (draft, error, on_edit, param) =
            (draft.clone(), error.clone(), on_edit.clone(), param.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = parse_decimal(&input.value()).unwrap_or(f64::NAN);
            match param.check_value(v) {
                Ok(()) => {
                    error.set(None);
                    draft.set(None);
                    on_edit.emit(Edit::Set(param.id.to_string(), v));
                }
                Err(err) => error.set(Some(value_error_text(err, lang))),
            }
        })
    };
    let on_reset = {
        let (draft, error, id) = (draft.clone(), error.clone(), param.id);
        on_edit.reform(move |_: MouseEvent| {
            draft.set(None);
            error.set(None);
            Edit::Clear(id.to_string())
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
    let label = info.map_or(param.id, |x| x.label(lang));
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
            if let Some(src) = info {
                <p class="param__source">
                    { format!("{} : ", t(lang, Key::ColSource)) }
                    // Source titles are French, whatever the interface language.
                    if let Some(url) = src.url {
                        <a href={url} lang="fr" rel="noopener noreferrer" target="_blank">{ src.source }</a>
                    } else {
                        <span lang="fr">{ src.source }</span>
                    }
                </p>
                <p class="param__note" id={note_id}>{ src.note(lang) }</p>
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
    /// Sends an edit to the page ([`Edit::message`]).
    pub on_apply: Callback<String>,
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
    let on_edit = props.on_apply.reform(|e: Edit| e.message());
    let needle = fold_for_search(filter.trim());
    let shown = props.model.registry.params.iter().filter(|p| {
        needle.is_empty()
            || fold_for_search(p.id).contains(&needle)
            || text_of(p.id).is_some_and(|x| fold_for_search(x.label(lang)).contains(&needle))
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
                    onclick={on_edit.reform(|_| Edit::ClearAll)}>{ t(lang, Key::ResetAll) }</button>
            </div>
            <ul class="params">
            { for shown.map(|p| html! {
                <ParamRow key={p.id} param={p.clone()} edited={props.scenario.overrides.get(p.id).copied()}
                    text={text_of(p.id)} lang={lang} on_edit={on_edit.clone()} />
            }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_are_sent_as_messages_the_page_reads() {
        assert_eq!(
            Edit::Set("loan_margin".into(), 0.45).message(),
            "set:loan_margin=0.45"
        );
        assert_eq!(
            Edit::Clear("loan_margin".into()).message(),
            "clear:loan_margin"
        );
        assert_eq!(Edit::ClearAll.message(), "clear-all");
        assert_eq!(field_text(0.45, Lang::Fr), "0,45");
    }
}
