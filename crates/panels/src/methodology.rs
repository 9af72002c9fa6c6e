//! The methodology, rendered from the model's generated blocks.

use crate::i18n::{t, Key};
use relance_model::format::{number, with_unit};
use relance_model::methodology::{methodology, params_for, Block};
use relance_model::registry::{label_of, text_of};
use relance_model::{Lang, Model};
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`MethodologyView`].
#[derive(Properties, PartialEq, Clone)]
pub struct MethodologyProps {
    /// The model.
    pub model: Rc<Model>,
    /// Interface language.
    pub lang: Lang,
    /// A parameter to bring into view.
    pub focus: Option<String>,
}

/// The methodology view.
#[function_component(MethodologyView)]
pub fn methodology_view(props: &MethodologyProps) -> Html {
    let lang = props.lang;
    // Built once per language (the sensitivity table runs a few hundred projections).
    let blocks = {
        let model = props.model.clone();
        use_memo(lang, move |&lang| methodology(&model, lang))
    };
    use_effect_with((props.focus.clone(), lang), |(focus, _)| {
        if let Some(id) = focus {
            let el = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("param-{id}")));
            if let Some(el) = el {
                el.scroll_into_view();
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        }
    });
    let reg = &props.model.registry;
    let mut seen = BTreeSet::new();
    // A table's caption is its section's heading.
    let mut section = String::new();
    html! {
        <section class="methodology" aria-labelledby="method-h">
            <h2 id="method-h">{ t(lang, Key::MethodologyHeading) }</h2>
            { for blocks.iter().cloned().map(|b| match b {
                Block::Heading(h) => {
                    section = h.clone();
                    html! { <h3>{ h }</h3> }
                }
                Block::Paragraph(p) => html! { <p>{ p }</p> },
                Block::Equation(e) => html! { <p class="eq"><code>{ e }</code></p> },
                Block::Table(header, rows) => html! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label={section.clone()}>
                    <table class="method__table">
                        <caption class="sr-only">{ section.clone() }</caption>
                        <thead><tr>{ for header.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                        <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                { for r.iter().enumerate().map(|(k, c)| if k == 0 {
                                    html! { <th scope="row">{ c }</th> }
                                } else {
                                    // A column the English text marks "(French)" quotes French.
                                    let quoted = lang == Lang::En && header.get(k).is_some_and(|h| h.ends_with("(French)"));
                                    html! { <td lang={quoted.then_some("fr")}>{ c }</td> }
                                }) }
                            </tr>
                        }) }
                        </tbody>
                    </table>
                    </div>
                },
                Block::Params(prefixes) => {
                    let params: Vec<_> = params_for(reg, &prefixes)
                        .into_iter()
                        .filter(|p| seen.insert(p.id))
                        .collect();
                    html! {
                        <ul class="method__params">
                        { for params.into_iter().map(|p| {
                            let sym = p.unit.symbol(lang);
                            html! {
                                <li id={format!("param-{}", p.id)} tabindex="-1">
                                    <strong>{ label_of(p.id, lang) }</strong>{ " " }<code>{ &p.id }</code>
                                    { format!(" — {} ({} – {}) · {}", with_unit(p.value, sym, lang),
                                        number(p.low, 2, lang), number(p.high, 2, lang), p.confidence.label(lang)) }
                                    <br />
                                    if let Some(src) = text_of(p.id) {
                                        // Source titles are French, whatever the interface language.
                                        if let Some(url) = src.url {
                                            <a href={url} lang="fr" rel="noopener noreferrer" target="_blank">{ src.source }</a>
                                        } else {
                                            <span lang="fr">{ src.source }</span>
                                        }
                                        { " — " }<span class="method__note">{ src.note(lang) }</span>
                                    }
                                </li>
                            }
                        }) }
                        </ul>
                    }
                }
            }) }
        </section>
    }
}
