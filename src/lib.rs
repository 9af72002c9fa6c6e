//! Relance, the app: a Yew front end over [`relance_model`].
//!
//! `main.rs` only renders [`App`]; everything else lives here so browser tests can mount it.

pub mod components;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod view;
pub mod web;
pub mod worker;

use components::simulator::Simulator;
use i18n::{t, Key, Lang};
use relance_model::Model;
use std::rc::Rc;
use yew::prelude::*;

/// The application root: loads the embedded model once, then shows the simulator (or, if the
/// model's data were invalid, a clear message instead of a crash).
#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| Model::embedded().map(Rc::new));
    match &*loaded {
        Ok(model) => html! { <Simulator model={model.clone()} /> },
        Err(e) => html! {
            <main class="main">
                <p class="fatal" role="alert">{ t(Lang::Fr, Key::ModelError) }{ " " }{ e.to_string() }</p>
            </main>
        },
    }
}
