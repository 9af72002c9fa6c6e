//! The assumptions view (expert mode): every registry parameter, editable.

use crate::extras::{Source, Texts};
use crate::i18n::{t, Key};
use crate::state::Action;
use crate::view::{amount_field_text_raw, parse_amount_meur};
use relance_model::format::{fold_for_search, number};
use relance_model::{Lang, Model, Param, Scenario, ValueError};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`ParamRow`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParamRowProps {
    /// The parameter.
    pub param: Param,
    /// The override, if any (registry figures).
    pub edited: Option<f64>,
    /// Its source and note, once loaded.
    pub source: Option<Source>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
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

/// One editable parameter.
#[function_component(ParamRow)]
pub fn param_row(props: &ParamRowProps) -> Html {
    let ParamRowProps {
        param,
        edited,
        source,
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
            let v = parse_amount_meur(&input.value()).unwrap_or(f64::NAN);
            match param.check_value(v) {
                Ok(()) => {
                    error.set(None);
                    draft.set(None);
                    on_action.emit(Action::SetOverride(param.id.to_string(), v));
                }
                Err(err) => error.set(Some(value_error_text(err, lang))),
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
        .unwrap_or_else(|| amount_field_text_raw(current, lang));
    let err_id = format!("{dom_id}-err");
    let note_id = format!("{dom_id}-note");
    let described = match &*error {
        Some(_) => format!("{err_id} {note_id}"),
        None => note_id.clone(),
    };
    let sym = param.unit.symbol(lang);
    // The label comes with the sources (the extras module): the id until then.
    let label = source.as_ref().map_or(param.id, |s| s.label.as_str());
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
            if let Some(src) = &source {
                <p class="param__source">
                    { format!("{} : ", t(lang, Key::ColSource)) }
                    if let Some(url) = &src.url {
                        <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ &src.title }</a>
                    } else {
                        { &src.title }
                    }
                </p>
                <p class="param__note" id={note_id}>{ &src.note }</p>
            } else {
                <p class="param__source" id={note_id}>{ t(lang, Key::LoadingSources) }</p>
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
    /// Sources and notes, once loaded.
    pub texts: Option<Rc<Texts>>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
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
    let needle = fold_for_search(filter.trim());
    let shown = props.model.registry.params.iter().filter(|p| {
        needle.is_empty()
            || fold_for_search(p.id).contains(&needle)
            || props
                .texts
                .as_ref()
                .is_some_and(|x| fold_for_search(x.label(p.id)).contains(&needle))
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
                    onclick={props.on_action.reform(|_| Action::ClearOverrides)}>{ t(lang, Key::ResetAll) }</button>
            </div>
            <ul class="params">
            { for shown.map(|p| html! {
                <ParamRow key={p.id} param={p.clone()} edited={props.scenario.overrides.get(p.id).copied()}
                    source={props.texts.as_ref().and_then(|x| x.source(p.id)).cloned()}
                    lang={lang} on_action={props.on_action.clone()} />
            }) }
            </ul>
        </section>
    }
}
