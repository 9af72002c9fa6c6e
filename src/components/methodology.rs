//! The methodology, rendered from the model's generated blocks: the worker writes them (the
//! text and its sensitivity table stay out of the page's module), once per language and
//! session; the parameters' figures come from the page's registry, their words from the
//! worker ([`use_words`]).

use crate::i18n::{t, Key};
use crate::worker::{use_words, use_worker, Words};
use relance_model::format::{number, with_unit};
use relance_model::methodology::{params_for, Block};
use relance_model::{Lang, Model};
use relance_worker::client::Lane;
use relance_worker::{Answer, Request};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    static BLOCKS: RefCell<Vec<(Lang, Rc<Vec<Block>>)>> = const { RefCell::new(Vec::new()) };
}

/// The blocks of `lang` already received this session.
fn cached(lang: Lang) -> Option<Rc<Vec<Block>>> {
    BLOCKS.with(|b| b.borrow().iter().find(|x| x.0 == lang).map(|x| x.1.clone()))
}

/// The methodology's blocks in `lang`, asked of the worker the first time; `Err(())` if the
/// worker cannot answer.
#[hook]
fn use_blocks(lang: Lang) -> Option<Result<Rc<Vec<Block>>, ()>> {
    let blocks = use_state(|| cached(lang).map(Ok));
    let worker = use_worker();
    {
        let blocks = blocks.clone();
        use_effect_with(lang, move |&lang| {
            if let Some(b) = cached(lang) {
                blocks.set(Some(Ok(b)));
                return;
            }
            blocks.set(None);
            worker.ask(Lane::Free, Request::Methodology(lang), move |a| match a {
                Answer::Methodology(list) => {
                    let list = Rc::new(list);
                    BLOCKS.with(|b| b.borrow_mut().push((lang, list.clone())));
                    blocks.set(Some(Ok(list)));
                }
                _ => blocks.set(Some(Err(()))),
            });
        });
    }
    (*blocks).clone()
}

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
    let blocks = use_blocks(lang);
    let words = use_words(lang, true);
    let ready = matches!(blocks, Some(Ok(_)));
    use_effect_with((props.focus.clone(), lang, ready), |(focus, _, _)| {
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
    let blocks = match blocks {
        Some(Ok(b)) => b,
        Some(Err(())) => {
            return html! {
                <section class="methodology" aria-labelledby="method-h">
                    <h2 id="method-h">{ t(lang, Key::MethodologyHeading) }</h2>
                    <p role="status">{ t(lang, Key::WorkerUnavailableText) }</p>
                </section>
            }
        }
        None => {
            return html! {
                <section class="methodology" aria-labelledby="method-h" aria-busy="true">
                    <h2 id="method-h">{ t(lang, Key::MethodologyHeading) }</h2>
                    <p>{ t(lang, Key::PanelLoading) }</p>
                </section>
            }
        }
    };
    html! {
        <MethodologyBody model={props.model.clone()} lang={lang} blocks={blocks} words={words} />
    }
}

/// Properties of [`MethodologyBody`].
#[derive(Properties, PartialEq, Clone)]
pub struct BodyProps {
    /// The model (the parameters' figures).
    pub model: Rc<Model>,
    /// Language.
    pub lang: Lang,
    /// The methodology's blocks.
    pub blocks: Rc<Vec<Block>>,
    /// The registry's words (labels, sources, notes), once known.
    pub words: Option<Rc<Words>>,
}

/// The methodology's text: in the app's view, and in the static pages written at build
/// (`relance-prerender`), from the same blocks.
#[function_component(MethodologyBody)]
pub fn methodology_body(props: &BodyProps) -> Html {
    let lang = props.lang;
    let reg = &props.model.registry;
    let words = &props.words;
    let blocks = &props.blocks;
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
                                    <strong>{ words.as_ref().map_or(p.id, |w| w.label(p.id)).to_string() }</strong>{ " " }<code>{ &p.id }</code>
                                    { format!(" — {} ({} – {}) · {}", with_unit(p.value, sym, lang),
                                        number(p.low, 2, lang), number(p.high, 2, lang), p.confidence.label(lang)) }
                                    <br />
                                    if let Some(src) = words.as_ref().and_then(|w| w.get(p.id)) {
                                        // Source titles are French, whatever the interface language.
                                        if let Some(url) = &src.url {
                                            <a href={url.clone()} lang="fr" rel="noopener noreferrer" target="_blank">{ &src.source }</a>
                                        } else {
                                            <span lang="fr">{ &src.source }</span>
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
