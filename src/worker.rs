//! The page's worker, shared by every component through a context: [`use_worker`] to ask,
//! [`use_words`] for the registry's labels, sources and notes (asked once per language).

use relance_model::Lang;
use relance_worker::client::{Engine, Lane};
use relance_worker::{Answer, ParamWords, Request};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// The page's worker (none in browser tests that mount the app alone: every request then
/// answers [`Answer::Failed`]).
#[derive(Clone, Default)]
pub struct Worker(pub Option<Rc<Engine>>);

impl PartialEq for Worker {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl Worker {
    /// Asks for `request` in `lane`; `reply` gets the answer.
    pub fn ask(&self, lane: Lane, request: Request, reply: impl FnOnce(Answer) + 'static) {
        match &self.0 {
            Some(e) => e.ask(lane, request, reply),
            None => reply(Answer::Failed),
        }
    }

    /// Whether the worker is unavailable (it failed, or the page has none).
    pub fn is_down(&self) -> bool {
        self.0
            .as_ref()
            .is_none_or(|e| e.status() == relance_worker::client::Status::Failed)
    }

    /// The answer to `request` (a replaced request answers [`Answer::Failed`]).
    pub async fn answer(&self, lane: Lane, request: Request) -> Answer {
        let (tx, rx) = futures_channel::oneshot::channel();
        self.ask(lane, request, move |a| {
            let _ = tx.send(a);
        });
        rx.await.unwrap_or(Answer::Failed)
    }
}

/// The page's worker.
#[hook]
pub fn use_worker() -> Worker {
    use_context::<Worker>().unwrap_or_default()
}

/// The registry's words in one language, by parameter id.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// The language.
    pub lang: Lang,
    by_id: BTreeMap<String, ParamWords>,
}

impl Words {
    /// The words the worker answered for `lang`.
    pub fn new(lang: Lang, list: Vec<ParamWords>) -> Words {
        Words {
            lang,
            by_id: list.into_iter().map(|p| (p.id.clone(), p)).collect(),
        }
    }

    /// The words of parameter `id`.
    pub fn get(&self, id: &str) -> Option<&ParamWords> {
        self.by_id.get(id)
    }

    /// The label of parameter `id` (its id if there is none).
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id).map_or(id, |w| w.label.as_str())
    }
}

thread_local! {
    static WORDS: RefCell<Vec<Rc<Words>>> = const { RefCell::new(Vec::new()) };
}

/// The words of `lang` already received this session.
fn cached(lang: Lang) -> Option<Rc<Words>> {
    WORDS.with(|w| w.borrow().iter().find(|x| x.lang == lang).cloned())
}

/// The registry's words in `lang` once `wanted` (asked of the worker the first time, kept for
/// the session); `None` until they arrive, or if the worker cannot answer.
#[hook]
pub fn use_words(lang: Lang, wanted: bool) -> Option<Rc<Words>> {
    let worker = use_worker();
    let words = use_state(|| cached(lang));
    {
        let words = words.clone();
        use_effect_with((lang, wanted), move |&(lang, wanted)| {
            if let Some(w) = cached(lang) {
                if words.as_ref().map(|x| x.lang) != Some(lang) {
                    words.set(Some(w));
                }
            } else if wanted {
                worker.ask(Lane::Free, Request::Words(lang), move |a| {
                    if let Answer::Words(list) = a {
                        let w = Rc::new(Words::new(lang, list));
                        WORDS.with(|c| c.borrow_mut().push(w.clone()));
                        words.set(Some(w));
                    }
                });
            }
        });
    }
    (*words).clone().filter(|w| w.lang == lang)
}
