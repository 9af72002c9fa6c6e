//! The app's screen: header, view tabs, and the current view.

use crate::charts::ChartStyle;
use crate::components::assumptions::AssumptionsView;
use crate::components::chart::ChartFigure;
use crate::components::compare::CompareView;
use crate::components::methodology::MethodologyView;
use crate::components::notice::NoticeBanner;
use crate::components::results::ResultsPanel;
use crate::components::share::SharePanel;
use crate::components::totals::Totals;
use crate::components::workshop::{shortcut, QrOverlay, WorkshopBar};
use crate::components::workstream::WorkstreamCard;
use crate::extras::Texts;
use crate::i18n::{t, Key};
use crate::state::{Action, AppState, Mode, View};
use crate::view::{Results, CHART_OUTCOMES};
use crate::web;
use gloo_events::EventListener;
use relance_model::{Lang, Model, Workstream};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`Simulator`].
#[derive(Properties, PartialEq, Clone)]
pub struct SimulatorProps {
    /// The loaded model.
    pub model: Rc<Model>,
}

/// A skip link's action: focus the element `id` without touching the address, which holds
/// the scenario.
fn skip_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo_utils::document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
}

fn view_label(v: View, lang: Lang) -> &'static str {
    match v {
        View::Simulator => t(lang, Key::ViewSimulator),
        View::Compare => t(lang, Key::ViewCompare),
        View::Assumptions => t(lang, Key::ViewAssumptions),
        View::Methodology => t(lang, Key::ViewMethodology),
    }
}

/// The whole screen.
#[function_component(Simulator)]
pub fn simulator(props: &SimulatorProps) -> Html {
    let state = use_reducer({
        let model = props.model.clone();
        move || {
            let mut s = AppState::from_hash(model, &web::current_hash());
            s.mode = Mode::from_query(&web::query());
            s
        }
    });
    let mode = state.mode;
    let lang = state.lang;
    let model = state.model.clone();
    // One stable callback: components whose own props did not change (23 of 24 levers when
    // one moves) are not re-rendered.
    let on_action = use_callback(state.dispatcher(), |a: Action, d| d.dispatch(a));
    // Derived, not stored: results follow the scenario; the baseline follows the overrides.
    let results = {
        let model = model.clone();
        use_memo(state.scenario.clone(), move |s| {
            Results::compute(&model, s).map(Rc::new)
        })
    };
    let baseline = {
        let model = model.clone();
        use_memo(state.scenario.overrides.clone(), move |ov| {
            let mut b = model.baseline().scenario.clone();
            b.overrides = ov.clone();
            Rc::new(Results::compute(&model, &b))
        })
    };
    // The URL hash follows the state: replaced while dragging, pushed on discrete actions.
    let link = state.link();
    use_effect_with(link.clone(), {
        let push = state.push_history;
        move |link: &String| {
            // Discrete choices are written at once (a history entry each); while a lever is
            // dragged the address is replaced once the hand rests, not at every step: browsers
            // throttle history updates, and each costs time on the input path.
            let pending = if push {
                web::write_hash(link, true);
                None
            } else {
                Some(web::write_hash_later(link.clone(), 150))
            };
            // Dropping the timer cancels it (and frees its callback).
            move || drop(pending)
        }
    });
    // Back, Forward and edited addresses open the link they lead to.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let window = gloo_utils::window();
            // Listeners are removed when dropped, with the effect.
            let listeners = ["popstate", "hashchange"].map(|event| {
                let state = state.clone();
                EventListener::new(&window, event, move |_| {
                    state.dispatch(Action::OpenLink(web::current_hash()))
                })
            });
            move || drop(listeners)
        });
    }
    // Workshop: shortcuts (off while typing, or when switched off) and the screen kept awake.
    {
        let state = state.clone();
        let active = mode == Mode::Workshop && state.shortcuts;
        use_effect_with(
            (active, state.lang, state.qr_overlay),
            move |&(active, lang, qr)| {
                let presets: Vec<String> = state
                    .model
                    .presets
                    .iter()
                    .map(|p| p.id.to_string())
                    .collect();
                let on_key = EventListener::new(&gloo_utils::document(), "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    {
                        if e.ctrl_key() || e.meta_key() || e.alt_key() {
                            return;
                        }
                        let typing = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.active_element())
                            .map(|el| match el.tag_name().as_str() {
                                "TEXTAREA" | "SELECT" => true,
                                // Sliders and buttons keep the shortcuts; text fields take the keys.
                                "INPUT" => !matches!(
                                    el.get_attribute("type").as_deref(),
                                    Some(
                                        "range"
                                            | "button"
                                            | "submit"
                                            | "checkbox"
                                            | "radio"
                                            | "file"
                                    )
                                ),
                                _ => false,
                            })
                            .unwrap_or(false);
                        if typing && e.key() != "Escape" {
                            return;
                        }
                        if e.key() == "Escape" {
                            if qr {
                                state.dispatch(Action::ToggleQr);
                            }
                            return;
                        }
                        if !active {
                            return;
                        }
                        if e.key() == "f" || e.key() == "F" {
                            web::toggle_fullscreen();
                            return;
                        }
                        if let Some(a) = shortcut(&e.key(), &presets, lang) {
                            e.prevent_default();
                            state.dispatch(a);
                        }
                    }
                });
                move || drop(on_key)
            },
        );
    }
    use_effect_with(mode, |mode| {
        if *mode == Mode::Workshop {
            web::keep_screen_awake();
        }
    });
    // The page's language, and a title per view and language.
    use_effect_with((lang, state.view), |&(lang, view)| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = d.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            d.set_title(&format!(
                "{} — {}",
                view_label(view, lang),
                t(lang, Key::Title)
            ));
        }
    });
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let switch_lang = on_action.reform(move |_: MouseEvent| Action::SetLang(other));

    // The baseline is the model's own preset: it always projects; an empty scenario stands in
    // for the impossible case rather than a panic.
    let (results, base) = match (&*results, &**baseline) {
        (Some(r), Some(b)) => (r.clone(), Rc::new(b.clone())),
        _ => {
            return html! { <p class="fatal" role="alert">{ t(lang, Key::ModelError) }</p> };
        }
    };

    let chart_style = if mode == Mode::Workshop {
        ChartStyle { line: 5, font: 22 }
    } else {
        ChartStyle::default()
    };
    // The methodology's text and the registry's sources live in the extras module: loaded the
    // first time a view shows them, and again when the language changes.
    let texts = use_state(|| None::<Rc<Texts>>);
    {
        let texts = texts.clone();
        let wanted = matches!(state.view, View::Assumptions | View::Methodology);
        use_effect_with((wanted, lang), move |&(wanted, lang)| {
            if wanted && texts.as_ref().map(|x| x.lang) != Some(lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(x) = crate::extras::texts(lang).await {
                        texts.set(Some(Rc::new(x)));
                    }
                });
            }
        });
    }
    let texts_now = (*texts).clone().filter(|x| x.lang == lang);
    let body = match state.view {
        View::Simulator => html! {
            <div class="sim">
                <section class="presets" aria-labelledby="presets-h">
                    <h2 id="presets-h">{ t(lang, Key::Presets) }</h2>
                    <div class="presets__list">
                    { for model.presets.iter().map(|p| {
                        let id = p.id;
                        html! {
                            <button type="button" class="presets__btn" aria-pressed={(state.preset == p.id).to_string()}
                                id={format!("preset-{}", p.id)} title={p.description(lang).to_string()}
                                onclick={on_action.reform(move |_| Action::LoadPreset(id.to_string()))}>
                                { p.label(lang) }
                            </button>
                        }
                    }) }
                        <button type="button" class="presets__btn presets__reset" id="reset"
                            onclick={on_action.reform(|_| Action::Reset)}>{ t(lang, Key::Reset) }</button>
                    </div>
                    <p class="presets__desc">{ model.preset(&state.preset).map(|p| p.description(lang)).unwrap_or_default() }</p>
                </section>
                <div class="sim__results">
                    <ResultsPanel model={model.clone()} scenario={state.scenario.clone()} results={results.clone()}
                        baseline={base.clone()} lang={lang} on_action={on_action.clone()} />
                </div>
                <div class="sim__levers">
                    <Totals model={model.clone()} scenario={state.scenario.clone()} lang={lang} />
                    <section class="levers" aria-labelledby="levers-h">
                        <h2 id="levers-h" tabindex="-1">{ t(lang, Key::LeversHeading) }</h2>
                        <p>{ t(lang, Key::LeversIntro) }</p>
                        <div class="levers__grid">
                        { for Workstream::ALL.iter().map(|&w| html! {
                            <WorkstreamCard workstream={w} model={model.clone()}
                                scenario={state.scenario.clone()} lang={lang} on_action={on_action.clone()} />
                        }) }
                        </div>
                    </section>
                </div>
                <section class="charts" aria-labelledby="charts-h">
                    <h2 id="charts-h">{ t(lang, Key::ChartsHeading) }</h2>
                    <div class="charts__grid">
                    { for CHART_OUTCOMES.iter().map(|&o| html! {
                        <ChartFigure outcome={o} results={results.clone()} baseline={base.clone()} lang={lang} style={chart_style} />
                    }) }
                    </div>
                </section>
                <div class="sim__share">
                    <SharePanel model={model.clone()} scenario={state.scenario.clone()} preset={state.preset.clone()}
                        link={link.clone()} results={results.clone()} lang={lang} on_action={on_action.clone()} />
                </div>
            </div>
        },
        View::Compare => html! {
            <CompareView model={model.clone()} entries={state.compare.clone()} current_link={link.clone()}
                lang={lang} on_action={on_action.clone()} />
        },
        View::Assumptions => html! {
            <AssumptionsView model={model.clone()} scenario={state.scenario.clone()} texts={texts_now.clone()} lang={lang} on_action={on_action.clone()} />
        },
        View::Methodology => html! {
            <MethodologyView model={model.clone()} texts={texts_now.clone()} lang={lang} focus={state.focus_param.clone()} />
        },
    };

    let root_class = classes!(
        "app",
        match mode {
            Mode::Standard => "app--standard",
            Mode::Workshop => "app--workshop",
            Mode::Embed => "app--embed",
        },
        state.high_contrast.then_some("app--contrast"),
    );
    html! {
        <div class={root_class}>
            <a class="skip" href="#main" onclick={skip_to("main")}>{ t(lang, Key::SkipToResults) }</a>
            if state.view == View::Simulator {
                <a class="skip" href="#levers-h" onclick={skip_to("levers-h")}>{ t(lang, Key::SkipToLevers) }</a>
            }
            <header class="top">
                <div class="top__text">
                    <h1>{ t(lang, Key::Title) }</h1>
                    if mode != Mode::Embed {
                        <p class="top__sub">{ t(lang, Key::Subtitle) }</p>
                    }
                </div>
                <button type="button" class="top__lang" lang={other.code()} onclick={switch_lang}
                    aria-label={format!("{} : {}", t(lang, Key::LanguageSwitch), t(lang, Key::OtherLanguage))}>
                    { t(lang, Key::OtherLanguage) }
                </button>
            </header>
            if mode == Mode::Workshop {
                <WorkshopBar lang={lang} shortcuts={state.shortcuts} high_contrast={state.high_contrast}
                    qr_overlay={state.qr_overlay} on_action={on_action.clone()} />
            }
            <nav class="tabs" aria-label={t(lang, Key::ViewsLabel)}>
            { for View::ALL.iter().map(|&v| html! {
                <button type="button" class="tabs__btn" id={format!("tab-{}", v.id())}
                    aria-current={(state.view == v).then_some("page")}
                    onclick={on_action.reform(move |_| Action::SetView(v))}>{ view_label(v, lang) }</button>
            }) }
            </nav>
            <main class="main" id="main" tabindex="-1">
                if let Some(n) = &state.notice {
                    <NoticeBanner notice={n.clone()} lang={lang} on_action={on_action.clone()} />
                }
                { body }
            </main>
            if mode != Mode::Embed {
                <footer class="foot">
                    <p>{ t(lang, Key::FooterLocal) }</p>
                    <p>{ model.fill_figures(&state.scenario, t(lang, Key::FooterIllustrative), lang) }</p>
                </footer>
            }
            if state.qr_overlay {
                <QrOverlay url={web::full_url(&link)} lang={lang} on_action={on_action.clone()} />
            }
        </div>
    }
}
