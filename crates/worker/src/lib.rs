//! The computations that need not hold up the page, run in a Web Worker by the same model:
//! the Monte Carlo bands of a scenario (and of the baseline when its overrides change), what
//! one more M€ in each lever buys, and the split of the difference between two scenarios
//! among the levers. The page sends a [`Request`] and gets a [`Response`] with the same
//! sequence number; it keeps one request in flight and sends only the latest scenario, so a
//! dragged slider never queues stale work.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use relance_model::attribution::{attribution, marginal, Attribution};
use relance_model::{Bands, Model, Outcome, Scenario};
use serde::{Deserialize, Serialize};

/// Draws behind the live bands (see `make bench` for their time).
pub const LIVE_DRAWS: usize = 200;
/// Seed of the live bands: the same scenario always shows the same bands.
pub const SEED: u64 = 42;

/// What the page asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// The bands of `scenario`, those of `baseline` if given, and what +1 M€ in each lever
    /// buys for `outcome`.
    Bands {
        /// Sequence number, returned with the answer.
        seq: u32,
        /// The scenario.
        scenario: Scenario,
        /// The baseline (with the scenario's overrides), when they changed.
        baseline: Option<Scenario>,
        /// The outcome of the marginal effects.
        outcome: Outcome,
    },
    /// The split of `to − from` for `outcomes`.
    Explain {
        /// Sequence number, returned with the answer.
        seq: u32,
        /// From (the baseline).
        from: Scenario,
        /// To (the scenario).
        to: Scenario,
        /// The outcomes split.
        outcomes: Vec<Outcome>,
    },
}

/// What the worker answers (sent once, as bytes: the size of the variants does not matter).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// Answer to [`Request::Bands`].
    Bands {
        /// The request's number.
        seq: u32,
        /// The scenario's bands.
        bands: Bands,
        /// The baseline's, if asked.
        baseline: Option<Bands>,
        /// Change of the outcome per M€ more in each lever, `[workstream][instrument]`.
        marginal: [[f64; 3]; 8],
    },
    /// Answer to [`Request::Explain`].
    Explain {
        /// The request's number.
        seq: u32,
        /// The split.
        attribution: Attribution,
    },
    /// The request could not be computed (an invalid scenario: the page keeps what it shows).
    Failed {
        /// The request's number.
        seq: u32,
    },
}

/// Answers a request with `model`: plain code, tested natively.
pub fn answer(model: &Model, request: &Request) -> Response {
    match request {
        Request::Bands {
            seq,
            scenario,
            baseline,
            outcome,
        } => {
            let bands = model.monte_carlo(scenario, LIVE_DRAWS, SEED);
            let base = baseline
                .as_ref()
                .map(|b| model.monte_carlo(b, LIVE_DRAWS, SEED));
            let per = marginal(model, scenario, *outcome);
            match (bands, base.transpose(), per) {
                (Ok(bands), Ok(baseline), Ok(marginal)) => Response::Bands {
                    seq: *seq,
                    bands,
                    baseline,
                    marginal,
                },
                _ => Response::Failed { seq: *seq },
            }
        }
        Request::Explain {
            seq,
            from,
            to,
            outcomes,
        } => match attribution(model, from, to, outcomes) {
            Ok(attribution) => Response::Explain {
                seq: *seq,
                attribution,
            },
            Err(_) => Response::Failed { seq: *seq },
        },
    }
}

/// The worker: the embedded model, loaded once.
#[derive(Debug)]
pub struct Compute {
    model: Option<Model>,
}

impl Worker for Compute {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Compute {
            model: Model::embedded().ok(),
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        let response = match &self.model {
            Some(model) => answer(model, &request),
            None => Response::Failed {
                seq: match request {
                    Request::Bands { seq, .. } | Request::Explain { seq, .. } => seq,
                },
            },
        };
        scope.respond(id, response);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_answer_the_same_as_the_model_and_name_their_request() {
        let m = Model::embedded().unwrap();
        let s = m.preset("jobs-first").unwrap().scenario.clone();
        let r = answer(
            &m,
            &Request::Bands {
                seq: 7,
                scenario: s.clone(),
                baseline: Some(m.baseline().scenario.clone()),
                outcome: Outcome::ConstructionJobs,
            },
        );
        let Response::Bands {
            seq,
            bands,
            baseline,
            marginal: per,
        } = r
        else {
            panic!("{r:?}")
        };
        assert_eq!(seq, 7);
        assert_eq!(bands, m.monte_carlo(&s, LIVE_DRAWS, SEED).unwrap());
        assert_eq!(
            baseline.unwrap(),
            m.monte_carlo(&m.baseline().scenario, LIVE_DRAWS, SEED)
                .unwrap()
        );
        assert_eq!(per, marginal(&m, &s, Outcome::ConstructionJobs).unwrap());
    }

    #[test]
    fn an_invalid_scenario_fails_without_a_panic() {
        let m = Model::embedded().unwrap();
        let mut s = m.baseline().scenario.clone();
        s.amounts[0][0] = -1.0;
        let r = answer(
            &m,
            &Request::Explain {
                seq: 3,
                from: m.baseline().scenario.clone(),
                to: s,
                outcomes: vec![Outcome::ConstructionJobs],
            },
        );
        assert_eq!(r, Response::Failed { seq: 3 });
    }
}
