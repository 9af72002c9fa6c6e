//! The computations that need not hold up the page, run in a Web Worker by the same model:
//! the Monte Carlo bands of a scenario (and of the baseline when its overrides change), what
//! one more M€ in each lever buys, the split of the difference between two scenarios among
//! the levers, and goal-seek (on the medians the page shows). The page sends a [`Request`]
//! and gets a [`Response`] with the same sequence number; it keeps one request in flight and
//! sends only the latest scenario, so a dragged slider never queues stale work.

pub mod client;

use gloo_worker::{HandlerId, Worker, WorkerScope};
use relance_model::attribution::{attribution, marginal, Attribution};
use relance_model::seek::{seek_median, Goal, Limits, SeekResult};
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
    /// An allocation that meets targets on the medians shown: a [`SeekQuery`] as bytes
    /// ([`Request::seek`]). Only the panels module asks; as bytes, the page's module, which
    /// shares these types, carries no code to write or read them.
    Seek {
        /// Sequence number, returned with the answer.
        seq: u32,
        /// The query, encoded.
        query: Vec<u8>,
    },
}

/// A goal-seek: where it starts, the targets and the limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeekQuery {
    /// The scenario to start from (its overrides and locked levers kept).
    pub start: Scenario,
    /// The targets.
    pub goals: Vec<Goal>,
    /// Envelopes, budget, locked levers.
    pub limits: Limits,
}

impl Request {
    /// A goal-seek request.
    pub fn seek(seq: u32, query: &SeekQuery) -> Request {
        Request::Seek {
            seq,
            query: bincode::serialize(query).unwrap_or_default(),
        }
    }
}

impl Response {
    /// The result a [`Response::Seek`] carries, `None` for any other answer.
    pub fn seek_result(&self) -> Option<SeekResult> {
        match self {
            Response::Seek { result, .. } => bincode::deserialize(result).ok(),
            _ => None,
        }
    }
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
    /// Answer to [`Request::Seek`]: a [`SeekResult`] as bytes ([`Response::seek_result`]).
    Seek {
        /// The request's number.
        seq: u32,
        /// The allocation found, with the medians reached and any shortfall, encoded.
        result: Vec<u8>,
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
        Request::Seek { seq, query } => {
            let found = bincode::deserialize::<SeekQuery>(query)
                .ok()
                .and_then(|q| {
                    seek_median(model, &q.start, &q.goals, &q.limits, LIVE_DRAWS, SEED).ok()
                })
                .and_then(|r| bincode::serialize(&r).ok());
            match found {
                Some(result) => Response::Seek { seq: *seq, result },
                None => Response::Failed { seq: *seq },
            }
        }
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
                    Request::Bands { seq, .. }
                    | Request::Explain { seq, .. }
                    | Request::Seek { seq, .. } => seq,
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

    #[test]
    fn a_seek_answers_with_the_medians_the_page_shows_and_survives_the_message_format() {
        let m = Model::embedded().unwrap();
        let start = m.baseline().scenario.clone();
        let request = Request::seek(
            9,
            &SeekQuery {
                start: start.clone(),
                goals: vec![Goal::AtLeast(Outcome::Co2Avoided, 12_000.0)],
                limits: Limits {
                    envelopes: true,
                    ..Limits::default()
                },
            },
        );
        // What crosses between the page and the worker.
        let bytes = bincode::serialize(&request).unwrap();
        let back: Request = bincode::deserialize(&bytes).unwrap();
        assert_eq!(back, request);
        let response = answer(&m, &back);
        let Response::Seek { seq, .. } = response else {
            panic!("{response:?}")
        };
        assert_eq!(seq, 9);
        let result = response.seek_result().unwrap();
        let shown = m.monte_carlo(&result.scenario, LIVE_DRAWS, SEED).unwrap();
        assert_eq!(
            shown.headline[Outcome::Co2Avoided.index()][1],
            result.reached[0]
        );
        assert!(result.reached[0] >= 12_000.0 || !result.shortfalls.is_empty());
    }
}
