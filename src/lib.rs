//! Relance, the app: a Yew front end over [`relance_model`].
//!
//! `main.rs` only renders [`App`]; everything else lives here so browser tests can mount it.

pub mod boot;
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

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// What the app starts from.
    pub boot: boot::Boot,
}

impl Default for AppProps {
    /// A render in the browser, from its address.
    fn default() -> Self {
        AppProps {
            boot: boot::Boot::browser(),
        }
    }
}

/// The application root: loads the embedded model once, then shows the simulator (or, if the
/// model's data were invalid, a clear message instead of a crash).
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| Model::embedded().map(Rc::new));
    // Once the app has taken over the page: the note of a link's loading goes, and the page says
    // how the app started (`data-relance`: "hydrated" over the build's page, or "rendered").
    use_effect_with(props.boot.render, |render| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().remove_1("relance-link");
            let _ = root.class_list().remove_1("relance-moved");
            let how = match render {
                boot::Render::Hydrate => "hydrated",
                _ => "rendered",
            };
            let _ = root.set_attribute("data-relance", how);
            if *render == boot::Render::Hydrate {
                web::replay_early_taps();
            }
        }
    });
    match &*loaded {
        Ok(model) => html! {
            <ContextProvider<boot::Render> context={props.boot.render}>
                <Simulator model={model.clone()} boot={props.boot.clone()} />
            </ContextProvider<boot::Render>>
        },
        Err(e) => html! {
            <main class="main">
                <p class="fatal" role="alert">{ t(Lang::Fr, Key::ModelError) }{ " " }{ e.to_string() }</p>
            </main>
        },
    }
}
