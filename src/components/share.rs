//! Share, save, export and import.

use crate::i18n::{t, Key};
use crate::state::{Action, Notice};
use crate::storage::{self, LocalStorage, Saved};
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
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The share panel.
#[function_component(SharePanel)]
pub fn share_panel(props: &ShareProps) -> Html {
    let lang = props.lang;
    let url = web::full_url(&props.link);
    let copy_status = use_state(|| None::<Key>);
    let saved = use_state(Vec::<Saved>::new);
    let name = use_state(|| t(lang, Key::DefaultName).to_string());
    let renaming = use_state(|| None::<String>);
    let rename_field = use_node_ref();
    // The field starts with the name once, when renaming begins: a `value` bound at each render
    // would put the old name back over what the person typed whenever the panel re-renders (the
    // worker's answer for the scenario just opened, say).
    {
        let (field, saved) = (rename_field.clone(), saved.clone());
        use_effect_with((*renaming).clone(), move |id| {
            let name = id
                .as_ref()
                .and_then(|id| saved.iter().find(|s| &s.id == id).map(|s| s.name.clone()));
            if let (Some(name), Some(input)) = (name, field.cast::<HtmlInputElement>()) {
                input.set_value(&name);
            }
        });
    }
    let link_ref = use_node_ref();
    let qr_open = use_state(|| false);
    let on_qr_toggle = crate::components::on_details_toggle(qr_open.clone());

    // Load saved scenarios once; report entries set aside.
    {
        let (saved, model, on_action) =
            (saved.clone(), props.model.clone(), props.on_action.clone());
        use_effect_with((), move |_| {
            let (all, bad) = storage::load_all(&mut LocalStorage::open(), &model);
            saved.set(all);
            if !bad.is_empty() {
                on_action.emit(Action::Notify(Notice::StorageSetAside(bad)));
            }
        });
    }
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
        let (saved, name, link, latest, on_action) = (
            saved.clone(),
            name.clone(),
            props.link.clone(),
            props.latest.clone(),
            props.on_action.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let link = latest.link(&link);
            match storage::save(&mut LocalStorage::open(), &web::new_id(), &name, &link) {
                Ok(s) => {
                    let mut all = (*saved).clone();
                    all.push(s);
                    saved.set(all);
                    on_action.emit(Action::Notify(Notice::Info(Key::ScenarioSaved)));
                }
                Err(storage::Refused) => on_action.emit(Action::Notify(Notice::StorageFull)),
            }
        })
    };

    html! {
        <section class="share" aria-labelledby="share-h">
            <h2 id="share-h">{ t(lang, Key::ShareHeading) }</h2>
            <div class="share__link">
                <label for="share-url">{ t(lang, Key::LinkLabel) }</label>
                <input type="text" id="share-url" readonly=true value={url.clone()} ref={link_ref} />
                <button type="button" class="presets__btn" id="copy-link" onclick={on_copy}>{ t(lang, Key::CopyLink) }</button>
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
            if saved.is_empty() {
                <p>{ t(lang, Key::NoSaved) }</p>
            } else {
                <ul class="saved" id="saved-list">
                { for saved.iter().map(|s| {
                    let is_renaming = renaming.as_deref() == Some(s.id.as_str());
                    let open = { let l = s.link.clone(); props.on_action.reform(move |_: MouseEvent| Action::OpenLink(l.clone())) };
                    let compare = { let (n, l) = (s.name.clone(), s.link.clone()); props.on_action.reform(move |_: MouseEvent| Action::CompareAdd(n.clone(), l.clone())) };
                    let delete = { let (id, saved) = (s.id.clone(), saved.clone()); Callback::from(move |_: MouseEvent| {
                        storage::delete(&mut LocalStorage::open(), &id);
                        saved.set(saved.iter().filter(|x| x.id != id).cloned().collect());
                    }) };
                    let start_rename = { let (id, renaming) = (s.id.clone(), renaming.clone()); Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone()))) };
                    // Enter submits the little form, leaving the field commits too: both read the
                    // field, and the first to come renames.
                    let finish_rename = { let (entry, saved, renaming, on_action, field) = (s.clone(), saved.clone(), renaming.clone(), props.on_action.clone(), rename_field.clone()); Callback::from(move |()| {
                        let Some(input) = field.cast::<HtmlInputElement>() else { return };
                        if renaming.is_none() { return; }
                        match storage::rename(&mut LocalStorage::open(), &entry, &input.value()) {
                            Ok(n) => saved.set(saved.iter().map(|x| if x.id == n.id { n.clone() } else { x.clone() }).collect()),
                            Err(storage::Refused) => on_action.emit(Action::Notify(Notice::StorageFull)),
                        }
                        renaming.set(None);
                    }) };
                    html! {
                        <li class="saved__item">
                            if is_renaming {
                                <form class="saved__rename-form" onsubmit={finish_rename.reform(|e: SubmitEvent| e.prevent_default())}>
                                    <input type="text" class="saved__rename" ref={rename_field.clone()}
                                        onchange={finish_rename.reform(|_: Event| ())}
                                        aria-label={format!("{} : {}", t(lang, Key::Rename), s.name)} maxlength="80" />
                                </form>
                            } else {
                                <span class="saved__name">{ &s.name }</span>
                            }
                            <button type="button" onclick={open} aria-label={format!("{} : {}", t(lang, Key::Open), s.name)}>{ t(lang, Key::Open) }</button>
                            <button type="button" onclick={compare} aria-label={format!("{} : {}", t(lang, Key::AddToCompare), s.name)}>{ t(lang, Key::AddToCompare) }</button>
                            <button type="button" onclick={start_rename} aria-label={format!("{} : {}", t(lang, Key::Rename), s.name)}>{ t(lang, Key::Rename) }</button>
                            <button type="button" onclick={delete} aria-label={format!("{} : {}", t(lang, Key::Delete), s.name)}>{ t(lang, Key::Delete) }</button>
                        </li>
                    }
                }) }
                </ul>
            }
        </section>
    }
}
