//! Share, save, export and import.

use crate::components::teams::TeamList;
use crate::i18n::{t, Key};
use crate::state::{Action, Notice};
use crate::view::Results;
use crate::web;
use crate::worker::{use_worker, Worker};
use relance_model::export::projection_csv;
use relance_model::link::decode;
use relance_model::{Lang, Model, Scenario};
use relance_worker::client::Lane;
use relance_worker::{Answer, Request};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Largest file imported.
pub const MAX_IMPORT: usize = 1 << 20;

/// Properties of [`QrImage`].
#[derive(Properties, PartialEq, Clone)]
pub struct QrProps {
    /// The text encoded (a link).
    pub text: AttrValue,
}

/// A QR code of a link, drawn by the worker (nothing before it answers).
#[function_component(QrImage)]
pub fn qr_image(props: &QrProps) -> Html {
    let svg = use_state(|| None::<String>);
    let worker = use_worker();
    {
        let svg = svg.clone();
        use_effect_with(props.text.clone(), move |text| {
            // No address yet (the first render of a hydration): nothing to encode.
            if text.is_empty() {
                return;
            }
            worker.ask(Lane::Free, Request::Qr(text.to_string()), move |a| {
                if let Answer::Svg(markup) = a {
                    svg.set(markup);
                }
            });
        });
    }
    match &*svg {
        Some(markup) => Html::from_html_unchecked(AttrValue::from(markup.clone())),
        None => Html::default(),
    }
}

/// Reads an imported scenario file (in the worker): the starting preset and scenario, or every
/// problem in the person's language.
pub async fn read_import(
    worker: &Worker,
    model: &Model,
    text: String,
    lang: Lang,
) -> Result<(String, Scenario), Vec<String>> {
    if text.len() > MAX_IMPORT {
        return Err(vec![t(lang, Key::FileTooBig).to_string()]);
    }
    let hash = match worker
        .answer(Lane::Free, Request::Import { text, lang })
        .await
    {
        Answer::Imported(r) => r?,
        _ => return Err(vec![t(lang, Key::WorkerUnavailableFiles).to_string()]),
    };
    let (link, s) = decode(model, &hash)
        .map_err(|errors| errors.iter().map(|e| e.message(lang)).collect::<Vec<_>>())?;
    Ok((link.preset, s))
}

/// The scenario and link shown at this instant, read when a person acts (save, copy, export):
/// the panel itself follows the worker's last draw, a few milliseconds behind the hand, so that
/// it stays off the input path; an action never takes that older scenario for the current one.
#[derive(Clone, Default)]
pub struct Latest(Rc<std::cell::RefCell<(String, Option<Scenario>)>>);

impl Latest {
    /// Records what the page shows now.
    pub fn set(&self, link: String, scenario: Scenario) {
        *self.0.borrow_mut() = (link, Some(scenario));
    }

    fn link(&self, fallback: &str) -> String {
        let l = self.0.borrow();
        if l.0.is_empty() {
            fallback.to_string()
        } else {
            l.0.clone()
        }
    }

    fn scenario(&self, fallback: &Scenario) -> Scenario {
        self.0
            .borrow()
            .1
            .clone()
            .unwrap_or_else(|| fallback.clone())
    }
}

impl PartialEq for Latest {
    /// Always equal: what it holds changes without re-rendering the panel.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Properties of [`SharePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareProps {
    /// The model.
    pub model: Rc<Model>,
    /// The scenario.
    pub scenario: Scenario,
    /// Its preset.
    pub preset: String,
    /// Its link hash.
    pub link: String,
    /// Its results.
    pub results: Rc<Results>,
    /// What the page shows at this instant (actions read it).
    pub latest: Latest,
    /// Interface language.
    pub lang: Lang,
    /// The team scenarios (saved and compared).
    pub teams: Vec<crate::state::CompareEntry>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The share panel.
#[function_component(SharePanel)]
pub fn share_panel(props: &ShareProps) -> Html {
    let lang = props.lang;
    // The browser's address and share sheet: read after the first render of a hydration.
    let href = crate::boot::use_client(String::new(), web::href);
    let can_share = crate::boot::use_client(false, web::can_share);
    let url = web::shareable(&href, &props.link);
    let copy_status = use_state(|| None::<Key>);
    let name = use_state(|| t(lang, Key::DefaultName).to_string());
    let link_ref = use_node_ref();
    let qr_open = use_state(|| false);
    let on_qr_toggle = crate::components::on_details_toggle(qr_open.clone());

    let on_copy = {
        let (latest, link, copy_status, link_ref) = (
            props.latest.clone(),
            props.link.clone(),
            copy_status.clone(),
            link_ref.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let url = web::full_url(&latest.link(&link));
            let (copy_status, link_ref) = (copy_status.clone(), link_ref.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // A phone's share sheet where the browser has one; closing it is not an error.
                if web::can_share() {
                    let _ = web::share(&url, t(lang, Key::Title)).await;
                    return;
                }
                match web::copy(&url).await {
                    Ok(()) => copy_status.set(Some(Key::LinkCopied)),
                    Err(_) => {
                        if let Some(input) = link_ref.cast::<HtmlInputElement>() {
                            let _ = input.focus();
                            input.select();
                        }
                        copy_status.set(Some(Key::LinkSelected));
                    }
                }
            });
        })
    };
    let on_csv = {
        let r = props.results.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = web::download(
                "relance-series.csv",
                "text/csv;charset=utf-8",
                &projection_csv(&r.projection, r.fresh_bands()),
            );
        })
    };
    let worker = use_worker();
    let on_json = {
        let (s, latest, worker, on_action) = (
            props.scenario.clone(),
            props.latest.clone(),
            worker.clone(),
            props.on_action.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let s = latest.scenario(&s);
            let on_action = on_action.clone();
            worker.ask(Lane::Free, Request::Export(s.clone()), move |a| match a {
                Answer::Exported(json) => {
                    let _ = web::download("relance-scenario.json", "application/json", &json);
                }
                _ => on_action.emit(Action::Notify(Notice::Info(Key::WorkerUnavailableFiles))),
            });
        })
    };
    let on_import = {
        let (model, on_action, worker) =
            (props.model.clone(), props.on_action.clone(), worker.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (model, on_action, worker) = (model.clone(), on_action.clone(), worker.clone());
            if file.size() > MAX_IMPORT as f64 {
                on_action.emit(Action::Notify(Notice::BadImport(vec![t(
                    lang,
                    Key::FileTooBig,
                )
                .into()])));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                match web::file_text(file).await {
                    Err(_) => on_action.emit(Action::Notify(Notice::BadImport(vec![t(
                        lang,
                        Key::FileNotJson,
                    )
                    .into()]))),
                    Ok(text) => match read_import(&worker, &model, text, lang).await {
                        Ok((preset, s)) => {
                            on_action.emit(Action::LoadScenario(preset, s));
                            on_action.emit(Action::Notify(Notice::Info(Key::ImportDone)));
                        }
                        Err(items) => on_action.emit(Action::Notify(Notice::BadImport(items))),
                    },
                }
            });
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let on_save = {
        let (name, link, latest, on_action) = (
            name.clone(),
            props.link.clone(),
            props.latest.clone(),
            props.on_action.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::SaveCurrent((*name).clone(), latest.link(&link)));
        })
    };

    html! {
        <section class="share" aria-labelledby="share-h">
            <h2 id="share-h">{ t(lang, Key::ShareHeading) }</h2>
            <div class="share__link">
                <label for="share-url">{ t(lang, Key::LinkLabel) }</label>
                <input type="text" id="share-url" readonly=true value={url.clone()} ref={link_ref} />
                <button type="button" class="presets__btn" id="copy-link" onclick={on_copy}>
                    { t(lang, if *can_share { Key::ShareLink } else { Key::CopyLink }) }</button>
                <p class="share__status" role="status">{ copy_status.map(|k| t(lang, k)).unwrap_or_default() }</p>
            </div>
            // Drawn only while open: the link changes with every lever move.
            <details class="share__qr" ontoggle={on_qr_toggle}>
                <summary id="show-qr">{ t(lang, Key::QrCaption) }</summary>
                if *qr_open {
                    <div class="share__qr-img"><QrImage text={url.clone()} /></div>
                }
            </details>
            <div class="share__row">
                <span>{ t(lang, Key::ExportLabel) }{ " : " }</span>
                <button type="button" class="presets__btn" id="export-csv" onclick={on_csv}>{ t(lang, Key::ExportCsv) }</button>
                <button type="button" class="presets__btn" id="export-json" onclick={on_json}>{ t(lang, Key::ExportJson) }</button>
                <button type="button" class="presets__btn" id="print-sheet" onclick={Callback::from(|_: MouseEvent| crate::components::sheet::print())}>{ t(lang, Key::PrintSheet) }</button>
            </div>
            <div class="share__row">
                <label for="import-json">{ t(lang, Key::ImportJson) }</label>
                <input type="file" id="import-json" accept="application/json,.json" onchange={on_import} />
            </div>
            <form class="share__row" onsubmit={on_save}>
                <label for="save-name">{ t(lang, Key::SaveName) }</label>
                <input type="text" id="save-name" value={(*name).clone()} oninput={on_name} maxlength="80" />
                <button type="submit" class="presets__btn" id="save">{ t(lang, Key::Save) }</button>
            </form>
            <h3>{ t(lang, Key::SavedHeading) }</h3>
            <TeamList entries={props.teams.clone()} id="saved-list" lang={lang} on_action={props.on_action.clone()} />
        </section>
    }
}
