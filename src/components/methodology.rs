//! The methodology, rendered from the model's generated blocks.

use crate::extras::Texts;
use crate::i18n::{t, Key};
use relance_model::format::{number, with_unit};
use relance_model::methodology::{params_for, Block};
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
    /// The methodology's text and the sources, once loaded.
    pub texts: Option<Rc<Texts>>,
    /// Interface language.
    pub lang: Lang,
    /// A parameter to bring into view.
    pub focus: Option<String>,
}

/// The methodology view.
#[function_component(MethodologyView)]
pub fn methodology_view(props: &MethodologyProps) -> Html {
    let lang = props.lang;
    let loaded = props.texts.is_some();
    use_effect_with((props.focus.clone(), loaded), |(focus, _)| {
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
    let Some(texts) = props.texts.clone() else {
        return html! {
            <section class="methodology" aria-labelledby="method-h" aria-busy="true">
                <h2 id="method-h">{ t(lang, Key::MethodologyHeading) }</h2>
                <p>{ t(lang, Key::LoadingSources) }</p>
            </section>
        };
    };
    let blocks = texts.blocks.clone();
    html! {
        <section class="methodology" aria-labelledby="method-h">
            <h2 id="method-h">{ t(lang, Key::MethodologyHeading) }</h2>
            { for blocks.into_iter().map(|b| match b {
                Block::Heading(h) => html! { <h3>{ h }</h3> },
                Block::Paragraph(p) => html! { <p>{ p }</p> },
                Block::Equation(e) => html! { <p class="eq"><code>{ e }</code></p> },
                Block::Table(header, rows) => html! {
                    <div class="table-wrap">
                    <table class="method__table">
                        <thead><tr>{ for header.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                        <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                { for r.iter().enumerate().map(|(k, c)| if k == 0 {
                                    html! { <th scope="row">{ c }</th> }
                                } else {
                                    html! { <td>{ c }</td> }
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
                                    <strong>{ texts.label(p.id) }</strong>{ " " }<code>{ &p.id }</code>
                                    { format!(" — {} ({} – {}) · {}", with_unit(p.value, sym, lang),
                                        number(p.low, 2, lang), number(p.high, 2, lang), p.confidence.label(lang)) }
                                    <br />
                                    if let Some(src) = texts.source(p.id) {
                                        if let Some(url) = &src.url {
                                            <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ &src.title }</a>
                                        } else {
                                            { &src.title }
                                        }
                                        { " — " }<span class="method__note">{ &src.note }</span>
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
