//! The app's screen: header, view tabs, and the current view.

use crate::components::assumptions::AssumptionsView;
use crate::components::chart::ChartFigure;
use crate::components::communes::CommunesView;
use crate::components::compare::CompareView;
use crate::components::computed::{use_computed, Computed};
use crate::components::explain::{explain_figure, ExplainProps};
use crate::components::frame::{skip_to, use_below_desktop, use_narrow, view_label, Intro};
use crate::components::methodology::MethodologyView;
use crate::components::notice::{NoticeBanner, OfferBar};
use crate::components::results::{ChangeStatus, ResultsPanel};
use crate::components::seek::SeekPanel;
use crate::components::share::SharePanel;
use crate::components::sheet::ScenarioSheet;
use crate::components::strip::{outcome_strip, OutcomePicker, StripProps, STRIP_OUTCOMES};
use crate::components::totals::Totals;
use crate::components::workshop::{HelpOverlay, QrOverlay, WorkshopBar};
use crate::components::workstream::WorkstreamCard;
use crate::i18n::{t, Key};
use crate::state::{Action, AppState, Mode, Notice, View};
use crate::storage;
use crate::view::{CHART_OUTCOMES, TILE_OUTCOMES};
use crate::web;
use crate::worker::Worker;
use gloo_events::EventListener;
use relance_charts::ChartStyle;
use relance_model::{Lang, Model, Workstream};
use relance_worker::client::Engine;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Simulator`].
#[derive(Properties, PartialEq, Clone)]
pub struct SimulatorProps {
    /// The loaded model.
    pub model: Rc<Model>,
    /// What the app starts from (the address, or the build's first screen).
    pub boot: crate::boot::Boot,
}

/// The whole screen.
#[function_component(Simulator)]
pub fn simulator(props: &SimulatorProps) -> Html {
    let state = use_reducer({
        let (model, boot) = (props.model.clone(), props.boot.clone());
        move || {
            let mut s = AppState::from_hash(model, &boot.hash);
            s.mode = Mode::from_query(&boot.query);
            // Inside another site's iframe the team list is kept only once the person saves.
            s.persist = s.mode != Mode::Embed;
            s.id_seed = boot.id_seed;
            s
        }
    });
    let render = props.boot.render;
    // Levers moved on the prerendered page while the app was on its way: applied now, each as
    // a move of its own (undoable), so nothing the person did is lost.
    {
        let (dispatcher, early) = (state.dispatcher(), props.boot.early.clone());
        use_effect_with((), move |_| {
            for (w, i, euros) in early {
                dispatcher.dispatch(Action::SetAmount(w, i, euros));
            }
        });
    }
    // The page's address, for the links shared and printed (none at build).
    let href = crate::boot::use_client(String::new(), web::href);
    let full_url = |link: &str| {
        if href.is_empty() {
            String::new()
        } else {
            web::shareable(&href, link)
        }
    };
    // The workshop's projector layout needs a desktop's width: below it, the standard layout.
    let below_desktop = use_below_desktop();
    let mode = match state.mode {
        Mode::Workshop if below_desktop => Mode::Standard,
        m => m,
    };
    let lang = state.lang;
    let model = state.model.clone();
    // One stable callback: components whose own props did not change (23 of 24 levers when
    // one moves) are not re-rendered.
    let on_action = use_callback(state.dispatcher(), |a: Action, d| d.dispatch(a));
    // One worker for the page, shared through a context; its status goes to the reducer.
    let worker = {
        let dispatcher = state.dispatcher();
        // None at build: the prerender has its bands already.
        use_memo((), move |_| {
            Worker(
                (render != crate::boot::Render::Server)
                    .then(|| {
                        Engine::start(move |status| {
                            dispatcher.dispatch(Action::WorkerStatus(status))
                        })
                    })
                    .flatten()
                    .map(Rc::new),
            )
        })
    };
    // The worker draws the bands and the split; the page projects the central figures at once.
    let Computed {
        computed,
        base_scenario,
        results,
        baseline,
    } = use_computed(
        &state,
        (*worker).clone(),
        state.view == View::Simulator && mode != Mode::Workshop,
        props.boot.prerendered.clone(),
    );
    // The URL hash follows the state: replaced while dragging, pushed on discrete actions.
    let link = state.link();
    use_effect_with(link.clone(), {
        // Inside another site's page, the app never takes over the host's Back: it replaces.
        let push = state.push_history && mode != Mode::Embed;
        move |link: &String| {
            // Discrete choices are written at once (a history entry each); while a lever is
            // dragged the address is replaced once the hand rests, not at every step: browsers
            // throttle history updates, and each costs time on the input path.
            let pending = if push {
                web::remember_return(link);
                web::write_hash(link, true);
                None
            } else {
                Some(web::write_hash_later(link.clone(), 150))
            };
            // Dropping the timer cancels it (and frees its callback).
            move || drop(pending)
        }
    });
    // The team scenarios: read from the browser once (entries that cannot be read are set
    // aside and said), then written back whenever the list changes, if it is kept.
    {
        let (dispatcher, model) = (state.dispatcher(), model.clone());
        use_effect_with((), move |_| {
            let (all, bad) = storage::load_all(&mut storage::LocalStorage::open(), &model);
            dispatcher.dispatch(Action::CompareLoaded(all));
            if !bad.is_empty() {
                dispatcher.dispatch(Action::Notify(Notice::StorageSetAside(bad)));
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (state.compare.clone(), state.persist && state.teams_loaded),
            move |(teams, keep)| {
                if *keep && storage::sync(&mut storage::LocalStorage::open(), teams).is_err() {
                    dispatcher.dispatch(Action::Notify(Notice::StorageFull));
                }
            },
        );
    }
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
    // The keyboard (Escape, and the workshop's shortcuts) and the screen kept awake.
    let seek_details = use_node_ref();
    let preset_ids = {
        let model = model.clone();
        use_memo((), move |_| {
            model.presets.iter().map(|p| p.id.to_string()).collect()
        })
    };
    crate::components::keys::use_keys(
        crate::components::keys::Context {
            shortcuts: mode == Mode::Workshop && state.shortcuts,
            qr: state.qr_overlay,
            help: state.help_overlay,
            presets: preset_ids,
            lang,
        },
        seek_details.clone(),
        on_action.clone(),
    );
    use_effect_with(mode, |mode| {
        if *mode == Mode::Workshop {
            web::keep_screen_awake();
        }
        // Inside another site's iframe, the glossary and the statement open in a new tab:
        // they never replace the simulator in the host's page.
        let listener = (*mode == Mode::Embed).then(web::static_pages_in_new_tab);
        move || drop(listener)
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

    // The baseline is the model's own preset: it always projects; an empty scenario stands in
    // for the impossible case rather than a panic.
    let (results, base) = match (&*results, &*baseline) {
        (Some(r), Some(b)) => (r.clone(), b.clone()),
        _ => {
            return html! { <p class="fatal" role="alert">{ t(lang, Key::ModelError) }</p> };
        }
    };
    // Charts and exports show the last complete draw; tiles and the strip follow the hand.
    // Without a worker, nothing more will be drawn: the tiles follow the hand, central alone.
    let drawn = computed.drawn.as_ref().filter(|_| !state.worker_down);
    let settled = drawn.map_or_else(|| results.clone(), |(_, r)| r.clone());
    let settled_scenario = drawn.map_or_else(|| state.scenario.clone(), |(s, _)| s.clone());
    let share_link = if settled_scenario == state.scenario {
        link.clone()
    } else {
        relance_model::link::Link::from_scenario(
            &model,
            &state.preset,
            &settled_scenario,
            lang,
            state.view.id(),
        )
        .encode()
    };
    // What the page shows now, for the share panel's actions (it renders the settled scenario).
    let latest = use_memo((), |_| crate::components::share::Latest::default());
    latest.set(link.clone(), state.scenario.clone());
    let settled_base = base.clone();
    // The change the last move made: the central figures shown just before it began, against
    // those shown now; nothing before the first move.
    let strip_now: Vec<f64> = STRIP_OUTCOMES
        .iter()
        .map(|&o| results.headline(o))
        .collect();
    let shown = use_mut_ref(|| (state.move_id, None::<Vec<f64>>, strip_now.clone()));
    let strip_change: Vec<f64> = {
        let mut sh = shown.borrow_mut();
        if sh.0 != state.move_id {
            sh.0 = state.move_id;
            sh.1 = Some(sh.2.clone());
        }
        sh.2 = strip_now.clone();
        match &sh.1 {
            Some(before) => strip_now.iter().zip(before).map(|(a, b)| a - b).collect(),
            None => vec![0.0; strip_now.len()],
        }
    };
    let narrow = use_narrow() && mode != Mode::Workshop;
    let gains = computed
        .marginal
        .as_ref()
        .and_then(|(s, o, g)| (*o == state.outcome).then(|| (*g, *s != state.scenario)));
    // Marked on the levers' grid and around the tiles, not on each lever and tile: a move re-renders
    // only what it changes (the strip, the moved lever's card, the totals), which keeps a phone's
    // frame (`make bench`).
    let gains_stale = gains.is_some_and(|(_, stale)| stale);
    let pending = settled_scenario != state.scenario;
    // Why a lever's next step would change nothing, from the central projection.
    let why_none = {
        let workshop = mode == Mode::Workshop;
        let model = model.clone();
        // The workshop's cards stay short: its reasons are a few words.
        use_memo(
            (results.clone(), lang, workshop),
            move |(r, lang, workshop)| {
                let lang = *lang;
                Workstream::ALL.map(|w| {
                    Rc::new(relance_model::Instrument::ALL.map(|i| {
                        let why =
                            relance_model::attribution::no_effect(&model, &r.projection, w, i);
                        if *workshop {
                            why.short(lang).to_string()
                        } else {
                            why.message(lang)
                        }
                    }))
                })
            },
        )
    };
    let explained = computed.explained.as_ref().and_then(|(from, to, a)| {
        (*from == *base_scenario).then(|| (a.clone(), *to != state.scenario))
    });
    let chart_style = if mode == Mode::Workshop {
        ChartStyle { line: 5, font: 22 }
    } else {
        ChartStyle::default()
    };
    // « Viser un objectif » is built the first time its disclosure opens, and kept after
    // (closing it keeps the targets and the answer).
    let seek_opened = use_state(|| false);
    let on_seek_toggle = {
        let seek_opened = seek_opened.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open()
            {
                seek_opened.set(true);
            }
        })
    };
    let seek = html! {
        <details class="seek" id="seek" ref={seek_details.clone()} ontoggle={on_seek_toggle}>
            <summary class="seek__summary">{ t(lang, Key::SeekHeading) }</summary>
            if *seek_opened {
                <SeekPanel model={model.clone()} scenario={state.scenario.clone()} preset={state.preset.clone()}
                    lang={lang} shown={settled.clone()} on_action={on_action.clone()} />
            }
        </details>
    };
    let body = match state.view {
        View::Simulator => {
            let workshop = mode == Mode::Workshop;
            let edited = state.edited();
            let presets = html! {
                <section class="presets" aria-labelledby="presets-h">
                    <h2 id="presets-h">{ t(lang, Key::Presets) }</h2>
                    <div class="presets__list">
                    { for model.presets.iter().map(|p| {
                        let id = p.id;
                        html! {
                            <button type="button" class="presets__btn" aria-pressed={(state.preset == p.id && !edited).to_string()}
                                id={format!("preset-{}", p.id)} title={p.description(lang).to_string()}
                                onclick={on_action.reform(move |_| Action::LoadPreset(id.to_string()))}>
                                { p.label(lang) }
                            </button>
                        }
                    }) }
                        <button type="button" class="presets__btn presets__reset" id="reset"
                            onclick={on_action.reform(|_| Action::Reset)}>{ t(lang, Key::Reset) }</button>
                    </div>
                    if !workshop {
                        <p class="presets__desc" id="preset-desc">{ preset_line(&state, lang) }</p>
                    }
                    { seek }
                </section>
            };
            let gain_unit = crate::view::headline_unit(state.outcome, lang);
            html! {
            <div class={classes!("sim", narrow.then_some("sim--narrow"))}>
                { outcome_strip(&StripProps { name: state.name(lang), values: strip_now.clone(), changes: strip_change,
                    versus: STRIP_OUTCOMES.iter().map(|&o| base.headline(o)).collect(),
                    model: model.clone(), scenario: state.scenario.clone(), lang, large: workshop }) }
                <div class="sim__levers">
                    if !workshop {
                        <Intro lang={lang} on_bilan={on_action.reform(|_| Action::SetView(View::Bilan))} />
                    }
                    { presets }
                    <Totals model={model.clone()} scenario={state.scenario.clone()} lang={lang} />
                    <section class="levers" aria-labelledby="levers-h">
                        <h2 id="levers-h" tabindex="-1">{ t(lang, Key::LeversHeading) }</h2>
                        if !workshop {
                            <p class="levers__intro">{ t(lang, Key::LeversIntro) }</p>
                        }
                        <OutcomePicker id={"gain-outcome"} label={t(lang, Key::GainPicker)} outcome={state.outcome} choices={&TILE_OUTCOMES[..]} lang={lang} on_action={on_action.clone()} />
                        <div class={classes!("levers__grid", gains_stale.then_some("levers__grid--stale"))}>
                        { for Workstream::ALL.iter().map(|&w| html! {
                            <WorkstreamCard workstream={w} model={model.clone()}
                                amounts={state.scenario.amounts[w.index()]} overrides={state.scenario.overrides.clone()} lang={lang} on_action={on_action.clone()}
                                collapsible={narrow} open={!narrow || state.open_workstream == w} compact={workshop}
                                gains={gains.map(|(g, _)| g[w.index()])}
                                gain_unit={gain_unit.clone()} why_none={Some(why_none[w.index()].clone())} />
                        }) }
                        </div>
                    </section>
                </div>
                <div class="sim__results">
                    if workshop {
                        <section class="bigchart" aria-labelledby="bigchart-h">
                            <h2 id="bigchart-h" class="sr-only">{ t(lang, Key::ChartsHeading) }</h2>
                            <OutcomePicker id={"chart-outcome"} label={t(lang, Key::ChartPicker)} outcome={state.outcome} choices={&TILE_OUTCOMES[..]} lang={lang} on_action={on_action.clone()} />
                            <ChartFigure outcome={state.outcome} results={settled.clone()} baseline={settled_base.clone()} lang={lang} style={chart_style} height={420} />
                        </section>
                    } else {
                        // The tiles follow the worker (the strip follows the hand): off the input path.
                        <div class={classes!("sim__tiles", pending.then_some("sim__tiles--pending"))} aria-busy={pending.to_string()}>
                            <ResultsPanel model={model.clone()} scenario={settled_scenario.clone()} results={settled.clone()}
                                baseline={settled_base.clone()} lang={lang} on_action={on_action.clone()} />
                        </div>
                        { explain_figure(&ExplainProps { outcome: state.outcome, attribution: explained.clone(),
                            from: base.projection.headline(state.outcome), to: results.projection.headline(state.outcome),
                            band: settled.difference_band(state.outcome),
                            lang, on_action: on_action.clone() }) }
                        <section class="charts" aria-labelledby="charts-h">
                            <h2 id="charts-h">{ t(lang, Key::ChartsHeading) }</h2>
                            <div class="charts__grid">
                            { for CHART_OUTCOMES.iter().map(|&o| html! {
                                <ChartFigure outcome={o} results={settled.clone()} baseline={settled_base.clone()} lang={lang} style={chart_style} />
                            }) }
                            </div>
                        </section>
                        <div class="sim__share">
                            // Also off the input path: the scenario drawn (the current one once the
                            // worker has answered, a few milliseconds later).
                            <SharePanel model={model.clone()} scenario={settled_scenario.clone()} preset={state.preset.clone()} teams={state.compare.clone()}
                                link={share_link.clone()} results={settled.clone()} latest={(*latest).clone()} lang={lang} on_action={on_action.clone()} />
                        </div>
                    }
                </div>
            </div>
            }
        }
        View::Compare => html! {
            <CompareView model={model.clone()} entries={state.compare.clone()} current_link={link.clone()}
                lang={lang} on_action={on_action.clone()} />
        },
        View::Assumptions => html! {
            <AssumptionsView model={model.clone()} scenario={state.scenario.clone()} lang={lang}
                on_action={on_action.clone()} />
        },
        View::Methodology => html! {
            <MethodologyView model={model.clone()} lang={lang} focus={state.focus_param.clone()} />
        },
        View::Bilan => html! { <crate::components::bilan::BilanView lang={lang} /> },
        View::Communes => html! {
            <CommunesView model={model.clone()} scenario={state.scenario.clone()} commune={state.commune.clone()}
                lang={lang} on_action={on_action.clone()} />
        },
    };

    let root_class = classes!(
        "app",
        (state.view == View::Simulator).then_some("app--sim"),
        (state.view == View::Compare).then_some("app--compare"),
        match mode {
            Mode::Standard => "app--standard",
            Mode::Workshop => "app--workshop",
            Mode::Embed => "app--embed",
        },
        state.high_contrast.then_some("app--contrast"),
    );
    html! {
        <ContextProvider<Worker> context={(*worker).clone()}>
        <div class={root_class}>
            <TopBar lang={lang} mode={mode} view={state.view} full_url={if mode == Mode::Embed { full_url(&link) } else { String::new() }}
                shortcuts={state.shortcuts} high_contrast={state.high_contrast} qr_overlay={state.qr_overlay} timer={state.timer}
                on_action={on_action.clone()} />
            <ChangeStatus model={model.clone()} scenario={state.scenario.clone()} results={results.clone()} lang={lang} />
            <main class="main" id="main" tabindex="-1">
                if let Some(n) = &state.notice {
                    <NoticeBanner notice={n.clone()} lang={lang} on_action={on_action.clone()} />
                }
                if let Some(o) = state.offer {
                    <OfferBar offer={o} lang={lang} on_action={on_action.clone()} />
                }
                { body }
            </main>
            if mode != Mode::Embed {
                <Footer model={model.clone()} overrides={state.scenario.overrides.clone()} lang={lang} />
            }
            // Printed alone (the print stylesheet); hidden on screen.
            if state.view != View::Compare {
                <ScenarioSheet model={model.clone()} scenario={settled_scenario.clone()} name={state.name(lang)}
                    url={full_url(&share_link)} results={settled.clone()} base={settled_base.clone()} lang={lang} />
            }
            if state.help_overlay && mode == Mode::Workshop {
                <HelpOverlay lang={lang} on_action={on_action.clone()} />
            }
            if state.qr_overlay {
                <QrOverlay url={full_url(&link)} lang={lang} on_action={on_action.clone()} />
            }
        </div>
        </ContextProvider<Worker>>
    }
}

/// Under the presets: the preset's description, or once edited, « Convention 2020 (modifié) »
/// and what that means.
fn preset_line(state: &AppState, lang: Lang) -> String {
    let Some(p) = state.model.preset(&state.preset) else {
        return String::new();
    };
    if state.edited() {
        format!(
            "{} ({}) — {}",
            p.label(lang),
            t(lang, Key::Modified),
            t(lang, Key::EditedFrom)
        )
    } else {
        p.description(lang).to_string()
    }
}

/// Properties of [`TopBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct TopBarProps {
    /// Interface language.
    pub lang: Lang,
    /// The page's layout.
    pub mode: Mode,
    /// The view shown.
    pub view: View,
    /// In an embed, the whole simulator's address with this scenario (empty otherwise).
    pub full_url: String,
    /// Workshop: shortcuts on.
    pub shortcuts: bool,
    /// Workshop: high contrast.
    pub high_contrast: bool,
    /// Workshop: the QR code shown.
    pub qr_overlay: bool,
    /// Workshop: the countdown shown.
    pub timer: bool,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// Skip links, the title, the language switch, the workshop's toolbar and the views' tabs: a
/// component of its own, so that a lever's move (which changes none of its properties) does not
/// compare it again.
#[function_component(TopBar)]
pub fn top_bar(p: &TopBarProps) -> Html {
    let (lang, mode, on_action) = (p.lang, p.mode, &p.on_action);
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let switch_lang = on_action.reform(move |_: MouseEvent| Action::SetLang(other));
    html! {
        <>
            <a class="skip" href="#main" onclick={skip_to("main")}>{ t(lang, Key::SkipToResults) }</a>
            if p.view == View::Simulator {
                <a class="skip" href="#levers-h" onclick={skip_to("levers-h")}>{ t(lang, Key::SkipToLevers) }</a>
            }
            <div class="bar">
                <header class="top">
                    <div class="top__text">
                        <h1>{ t(lang, Key::Title) }</h1>
                        if mode != Mode::Embed {
                            <p class="top__sub">{ t(lang, Key::Subtitle) }</p>
                        }
                    </div>
                    if mode == Mode::Embed {
                        // The whole simulator, same scenario, outside the host's page.
                        <a class="top__full" id="open-full" href={p.full_url.clone()} target="_blank" rel="noopener">
                            { t(lang, Key::OpenFull) }</a>
                    }
                    <button type="button" class="top__lang" lang={other.code()} onclick={switch_lang}
                        aria-label={format!("{} : {}", t(lang, Key::LanguageSwitch), t(lang, Key::OtherLanguage))}>
                        { t(lang, Key::OtherLanguage) }
                    </button>
                </header>
                if mode == Mode::Workshop {
                    <WorkshopBar lang={lang} shortcuts={p.shortcuts} high_contrast={p.high_contrast}
                        qr_overlay={p.qr_overlay} timer={p.timer} on_action={on_action.clone()} />
                }
                <nav class="tabs" aria-label={t(lang, Key::ViewsLabel)}>
                { for View::ALL.iter().map(|&v| html! {
                    <button type="button" class="tabs__btn" id={format!("tab-{}", v.id())}
                        aria-current={(p.view == v).then_some("page")}
                        onclick={on_action.reform(move |_| Action::SetView(v))}>{ view_label(v, lang) }</button>
                }) }
                </nav>
            </div>
        </>
    }
}

/// Properties of [`Footer`].
#[derive(Properties, PartialEq, Clone)]
pub struct FooterProps {
    /// The model.
    pub model: Rc<Model>,
    /// The scenario's parameter overrides (the figures the footer quotes).
    pub overrides: std::collections::BTreeMap<String, f64>,
    /// Interface language.
    pub lang: Lang,
}

/// The footer: the statement, the glossary and the methodology page, what stays on the device,
/// what is illustrative.
#[function_component(Footer)]
pub fn footer(p: &FooterProps) -> Html {
    let lang = p.lang;
    let scenario = relance_model::Scenario {
        amounts: Default::default(),
        overrides: p.overrides.clone(),
    };
    html! {
        <footer class="foot">
            <p>
                <a href={t(lang, Key::StatementHref)}>{ t(lang, Key::AccessibilityStatus) }</a>
                { " · " }<a href={crate::view::glossary_href(lang, "")}>{ t(lang, Key::Glossary) }</a>
                { " · " }<a href={t(lang, Key::MethodologyHref)}>{ t(lang, Key::MethodologyPage) }</a>
            </p>
            <p>{ t(lang, Key::FooterLocal) }</p>
            <p>{ p.model.fill_figures(&scenario, t(lang, Key::FooterIllustrative), lang) }</p>
        </footer>
    }
}
