//! What the page shows of a scenario: its central projection at once, and what the worker
//! draws for it (bands, what one more M€ buys, the split of what changed), each kept with the
//! scenario it is for so that a late answer is never shown as another scenario's.

use crate::state::AppState;
use crate::view::{Results, TILE_OUTCOMES};
use crate::worker::Worker;
use relance_model::attribution::Attribution;
use relance_model::{Model, Outcome, Scenario};
use relance_worker::client::Lane;
use relance_worker::{Answer, Request};
use std::rc::Rc;
use yew::prelude::*;

/// What the worker computed, each with the scenario it is for.
#[derive(Clone, PartialEq)]
pub struct Drawings {
    model: Rc<Model>,
    /// The last scenario drawn, with its results (fresh for it).
    pub drawn: Option<(Scenario, Rc<Results>)>,
    /// What +1 M€ in each lever buys, for a scenario and outcome.
    pub marginal: Option<(Scenario, Outcome, [[f64; 3]; 8])>,
    /// The split of the difference between the baseline and a scenario.
    pub explained: Option<(Scenario, Scenario, Rc<Attribution>)>,
}

impl Drawings {
    fn results(
        &self,
        s: &Scenario,
        r: relance_model::Bands,
        difference: Option<relance_model::Bands>,
    ) -> Option<(Scenario, Rc<Results>)> {
        let p = self.model.project(s).ok()?;
        Some((s.clone(), Rc::new(Results::drawn(p, r, difference))))
    }
}

/// A worker's answer, with what it was asked for.
#[allow(clippy::large_enum_variant)]
pub enum Got {
    /// Bands of a scenario (and of its difference with the baseline), with the marginal
    /// effects for an outcome.
    Bands(Scenario, Outcome, Answer),
    /// The split of `to − from`.
    Explain(Scenario, Scenario, Answer),
}

impl Reducible for Drawings {
    type Action = Got;
    fn reduce(self: Rc<Self>, got: Got) -> Rc<Self> {
        let mut c = (*self).clone();
        match got {
            Got::Bands(
                scenario,
                outcome,
                Answer::Bands {
                    bands,
                    difference,
                    marginal,
                },
            ) => {
                c.drawn = c.results(&scenario, bands, difference).or(c.drawn);
                c.marginal = Some((scenario, outcome, marginal));
            }
            Got::Explain(from, to, Answer::Explain(attribution)) => {
                c.explained = Some((from, to, Rc::new(attribution)));
            }
            // Unavailable: what is shown stays (and the page says why once).
            _ => return self,
        }
        Rc::new(c)
    }
}

/// Results for `s`: the drawn ones if they are for `s`; else its central projection with the
/// last bands (stale); or, when the worker is unavailable, the central projection alone.
fn results_for(
    model: &Model,
    s: &Scenario,
    drawn: &Option<(Scenario, Rc<Results>)>,
    worker_down: bool,
) -> Option<Rc<Results>> {
    match drawn {
        Some((d, r)) if d == s => Some(r.clone()),
        _ if worker_down => Some(Rc::new(Results::central(model.project(s).ok()?))),
        _ => Some(Rc::new(Results::provisional(
            model.project(s).ok()?,
            drawn.as_ref().and_then(|(_, r)| r.drawn.clone()),
        ))),
    }
}

/// What [`use_computed`] gives the page.
pub struct Computed {
    /// The worker's answers so far.
    pub computed: UseReducerHandle<Drawings>,
    /// The baseline with the scenario's overrides.
    pub base_scenario: Rc<Scenario>,
    /// The scenario's results (drawn, carried over, or central alone).
    pub results: Rc<Option<Rc<Results>>>,
    /// The baseline's central projection (compared with; its bands are not drawn).
    pub baseline: Rc<Option<Rc<Results>>>,
}

/// Asks the worker for what the scenario's figures need (a dragged lever keeps one request in
/// flight and the latest waiting), and the split of what changed once the levers rest if
/// `explain` (the simulator view, not the workshop's).
///
/// `prerendered`: the bands the build computed for the first screen (the baseline and the
/// first outcome), shown from the first render.
#[hook]
pub fn use_computed(
    state: &AppState,
    worker: Worker,
    explain: bool,
    prerendered: Option<Rc<crate::boot::Prerendered>>,
) -> Computed {
    let model = state.model.clone();
    let computed = use_reducer({
        let (model, scenario, outcome) = (model.clone(), state.scenario.clone(), state.outcome);
        move || {
            let empty = Rc::new(Drawings {
                model,
                drawn: None,
                marginal: None,
                explained: None,
            });
            let first = prerendered.filter(|_| scenario == empty.model.baseline().scenario);
            let d = match first {
                Some(p) => empty.reduce(Got::Bands(scenario, outcome, p.answer.clone())),
                None => empty,
            };
            Rc::unwrap_or_clone(d)
        }
    });
    let worker_down = state.worker_down;
    let base_scenario = {
        let model = model.clone();
        use_memo(state.scenario.overrides.clone(), move |ov| {
            let mut b = model.baseline().scenario.clone();
            b.overrides = ov.clone();
            b
        })
    };
    // Derived, not stored: results follow the scenario; the baseline follows the overrides.
    let results = {
        let model = model.clone();
        use_memo(
            (state.scenario.clone(), computed.drawn.clone(), worker_down),
            move |(s, drawn, down)| results_for(&model, s, drawn, *down),
        )
    };
    let baseline = {
        let model = model.clone();
        use_memo((*base_scenario).clone(), move |s| {
            Some(Rc::new(Results::central(model.project(s).ok()?)))
        })
    };
    // Ask the worker for what the scenario's figures need; a dragged lever keeps one request
    // in flight and the latest waiting.
    {
        let worker = worker.clone();
        let dispatcher = computed.dispatcher();
        use_effect_with(
            (
                state.scenario.clone(),
                (*base_scenario).clone(),
                state.outcome,
            ),
            move |(s, b, o)| {
                // The difference with the baseline, from paired draws, when there is one.
                let request = Request::Bands {
                    scenario: s.clone(),
                    baseline: (s != b).then(|| b.clone()),
                    outcome: *o,
                };
                let (s, o) = (s.clone(), *o);
                worker.ask(Lane::Bands, request, move |a| {
                    dispatcher.dispatch(Got::Bands(s, o, a));
                });
            },
        );
    }
    // The split of what changed, once the levers rest (it runs hundreds of projections).
    {
        let dispatcher = computed.dispatcher();
        use_effect_with(
            (state.scenario.clone(), (*base_scenario).clone(), explain),
            move |(s, b, wanted)| {
                let (from, to) = (b.clone(), s.clone());
                let timer = wanted.then(|| {
                    gloo_timers::callback::Timeout::new(300, move || {
                        let request = Request::Explain {
                            from: from.clone(),
                            to: to.clone(),
                            outcomes: TILE_OUTCOMES.to_vec(),
                        };
                        worker.ask(Lane::Explain, request, move |a| {
                            dispatcher.dispatch(Got::Explain(from, to, a))
                        });
                    })
                });
                move || drop(timer)
            },
        );
    }
    Computed {
        computed,
        base_scenario,
        results,
        baseline,
    }
}
