//! How the app starts: rendered in the browser, hydrating the first screen prerendered at build
//! (`src/bin/prerender.rs`), or rendered to text at build.
//!
//! Hydration needs the first render in the browser to build exactly what the build wrote: the
//! browser's own state (the address, storage, the screen's width, the worker) comes in effects
//! afterwards, through [`use_client`]. The prerendered Convention 2020's bands, computed at
//! build, travel in the page ([`Prerendered`]) so that the first render shows them too.

use relance_model::{Instrument, Workstream};
use relance_worker::Answer;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the element the app renders into; it holds the prerendered first screen.
pub const ROOT_ID: &str = "app";
/// The id of the element carrying the prerendered bands ([`Prerendered::encode`]).
pub const DATA_ID: &str = "relance-prerendered";

/// Where this render happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Render {
    /// In the browser, from nothing: the browser's state is read at once.
    #[default]
    Browser,
    /// In the browser, over the prerendered page: the first render is the build's.
    Hydrate,
    /// At build, to text: no browser at all.
    Server,
}

impl Render {
    /// Whether the browser may be read while rendering.
    pub fn reads_browser(self) -> bool {
        self == Render::Browser
    }
}

/// The bands of the Convention 2020 with what +1 M€ buys, as the worker answers them for the
/// first screen, computed at build.
#[derive(Debug, Clone, PartialEq)]
pub struct Prerendered {
    /// `Answer::Bands` for the baseline and the first outcome.
    pub answer: Answer,
}

impl Prerendered {
    /// The answer as text for the page: bincode (the page's and worker's own message format),
    /// in hexadecimal.
    pub fn encode(&self) -> String {
        hex::encode(bincode::serialize(&self.answer).unwrap_or_default())
    }

    /// Reads [`Prerendered::encode`]'s text; `None` if it is not a bands answer.
    pub fn decode(text: &str) -> Option<Prerendered> {
        let bytes = hex::decode(text.trim()).ok()?;
        match bincode::deserialize::<Answer>(&bytes).ok()? {
            answer @ Answer::Bands { .. } => Some(Prerendered { answer }),
            _ => None,
        }
    }
}

/// What the app starts from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Boot {
    /// Where the render happens.
    pub render: Render,
    /// The address's hash, without `#`.
    pub hash: String,
    /// The address's query, with its `?`.
    pub query: String,
    /// A seed for new team scenarios' identifiers.
    pub id_seed: String,
    /// The first screen's bands, computed at build (hydration and prerender only).
    pub prerendered: Option<Rc<Prerendered>>,
    /// Levers a person moved on the prerendered page before the app took over (amounts in
    /// euros), applied once it has: a move made while the app was on its way is not lost.
    pub early: Vec<(Workstream, Instrument, f64)>,
}

/// The lever whose field has id `id` (`lever-<workstream>-<instrument>`, `-n` for the typed
/// amount), as [`crate::components::lever`] names them.
pub fn lever_of(id: &str) -> Option<(Workstream, Instrument, bool)> {
    let rest = id.strip_prefix("lever-")?;
    let (rest, typed) = match rest.strip_suffix("-n") {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let w = Workstream::ALL.into_iter().find(|w| {
        rest.strip_prefix(w.id())
            .is_some_and(|r| r.starts_with('-'))
    })?;
    let instrument = &rest[w.id().len() + 1..];
    let i = Instrument::ALL.into_iter().find(|i| i.id() == instrument)?;
    Some((w, i, typed))
}

impl Boot {
    /// A render in the browser, from the browser's address.
    pub fn browser() -> Boot {
        Boot {
            render: Render::Browser,
            hash: crate::web::current_hash(),
            query: crate::web::query(),
            id_seed: crate::web::new_id(),
            prerendered: None,
            early: Vec::new(),
        }
    }

    /// The first screen as the build renders it: Convention 2020, French, standard mode.
    pub fn server(prerendered: Option<Prerendered>) -> Boot {
        Boot {
            render: Render::Server,
            hash: String::new(),
            query: String::new(),
            id_seed: "prerender".into(),
            prerendered: prerendered.map(Rc::new),
            early: Vec::new(),
        }
    }

    /// Hydrating the build's first screen: the build's state, and its bands; `early`, the
    /// levers moved on it before the app took over.
    pub fn hydrate(prerendered: Prerendered, early: Vec<(Workstream, Instrument, f64)>) -> Boot {
        Boot {
            render: Render::Hydrate,
            id_seed: crate::web::new_id(),
            early,
            ..Boot::server(Some(prerendered))
        }
    }
}

/// Where this render happens (the app provides it).
#[hook]
pub fn use_render() -> Render {
    use_context::<Render>().unwrap_or_default()
}

/// A value only the browser has (a media query, the share sheet, the address): read at once in
/// a browser render; `fallback` at build and in the first render of a hydration (which must
/// build what the build wrote), then read in an effect.
#[hook]
pub fn use_client<T>(fallback: T, read: fn() -> T) -> UseStateHandle<T>
where
    T: Clone + PartialEq + 'static,
{
    let render = use_render();
    let value = use_state_eq(move || {
        if render.reads_browser() {
            read()
        } else {
            fallback
        }
    });
    {
        let value = value.clone();
        use_effect_with((), move |_| {
            if !render.reads_browser() {
                value.set(read());
            }
        });
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::Model;

    #[test]
    fn a_lever_field_names_its_lever() {
        assert_eq!(
            lever_of("lever-mobility-loans"),
            Some((Workstream::Mobility, Instrument::Loans, false))
        );
        assert_eq!(
            lever_of("lever-everyday_services-engineering-n"),
            Some((Workstream::EverydayServices, Instrument::Engineering, true))
        );
        for w in Workstream::ALL {
            for i in Instrument::ALL {
                let id = format!("lever-{}-{}", w.id(), i.id());
                assert_eq!(lever_of(&id), Some((w, i, false)), "{id}");
            }
        }
        assert_eq!(lever_of("lever-mobility"), None);
        assert_eq!(lever_of("lever-mobility-gold"), None);
        assert_eq!(lever_of("tile-investment"), None);
    }

    #[test]
    fn the_prerendered_bands_read_back_and_bad_text_is_refused() {
        let model = Model::embedded().unwrap();
        let s = &model.baseline().scenario;
        let answer = relance_worker::answer(
            &model,
            &relance_worker::Request::Bands {
                scenario: s.clone(),
                baseline: None,
                outcome: relance_model::Outcome::ALL[0],
            },
        );
        let p = Prerendered { answer };
        let text = p.encode();
        assert_eq!(Prerendered::decode(&text), Some(p));
        assert_eq!(Prerendered::decode(&text[..text.len() - 1]), None);
        assert_eq!(Prerendered::decode(&text[..text.len() - 2]), None);
        assert_eq!(Prerendered::decode("zz"), None);
        assert_eq!(Prerendered::decode(""), None);
    }
}
