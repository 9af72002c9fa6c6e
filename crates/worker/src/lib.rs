//! The page's Web Worker: everything heavy or bulky runs here, off the main thread, with the
//! same model. The page sends an [`Asked`] (a sequence number and a [`Request`]) and gets an
//! [`Answered`] with the same number:
//!
//! - the Monte Carlo bands of a scenario (and of the baseline when its overrides change), with
//!   what one more M€ in each lever buys;
//! - the split of the difference between two scenarios among the levers, and goal-seeks: long
//!   work, run one step at a time ([`Job`]), yielding between steps so that a band or a chart
//!   asked meanwhile is answered at once;
//! - charts drawn as SVG text (plotters), scenario files (serde_json), QR codes, the registry's
//!   words (labels, sources, notes) and the methodology's text, which the page's module does
//!   not carry.
//!
//! [`answer`] and [`Job::step`] are plain code, tested natively; [`Compute`] is the worker
//! around them, and [`client`] the page's side.

pub mod client;
pub mod files;

use gloo_worker::{HandlerId, Worker, WorkerScope};
use relance_charts::ChartRequest;
use relance_model::attribution::{marginal, Attribution, Attributor};
use relance_model::methodology::{methodology, Block};
use relance_model::montecarlo::Draws;
use relance_model::seek::{Goal, Limits, SeekResult, Seeker};
use relance_model::{Bands, Lang, Model, Outcome, Scenario};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

pub use files::ParamWords;

/// Draws behind the live bands (see `make bench` for their time).
pub const LIVE_DRAWS: usize = 200;
/// Seed of the live bands: the same scenario always shows the same bands.
pub const SEED: u64 = 42;

/// What the page asks.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Whether the worker runs (answered [`Answer::Ready`]).
    Hello,
    /// The bands of `scenario`, those of its difference with `baseline` if given (paired
    /// draws), and what +1 M€ in each lever buys for `outcome`.
    Bands {
        /// The scenario.
        scenario: Scenario,
        /// The baseline (with the scenario's overrides), when the scenario differs from it.
        baseline: Option<Scenario>,
        /// The outcome of the marginal effects.
        outcome: Outcome,
    },
    /// The split of `to − from` for `outcomes` (stepped).
    Explain {
        /// From (the baseline).
        from: Scenario,
        /// To (the scenario).
        to: Scenario,
        /// The outcomes split.
        outcomes: Vec<Outcome>,
    },
    /// An allocation that meets targets on the central figures shown (stepped).
    Seek(SeekQuery),
    /// A chart to draw.
    Chart(ChartRequest),
    /// A QR code of this text.
    Qr(String),
    /// A scenario file to read, its problems said in `lang`.
    Import {
        /// The file's text.
        text: String,
        /// The person's language.
        lang: Lang,
    },
    /// The scenario file of a scenario.
    Export(Scenario),
    /// The comparison file of the team scenarios (JSON).
    ExportComparison(Vec<files::Team>),
    /// The comparison of the team scenarios with the Convention 2020 as CSV, in `lang`.
    ComparisonCsv(Vec<files::Team>, Lang),
    /// A comparison file to read, its problems said in `lang`.
    ImportComparison {
        /// The file's text.
        text: String,
        /// The person's language.
        lang: Lang,
    },
    /// Every parameter's label, source and note in a language.
    Words(Lang),
    /// The methodology's text in a language.
    Methodology(Lang),
    /// The « Bilan 2020-2026 » in a language.
    Bilan(Lang),
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

/// What the worker answers.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// Answer to [`Request::Hello`].
    Ready,
    /// Answer to [`Request::Bands`].
    Bands {
        /// The scenario's bands.
        bands: Bands,
        /// The bands of the scenario minus the baseline, from paired draws, if asked.
        difference: Option<Bands>,
        /// Change of the outcome per M€ more in each lever, `[workstream][instrument]`.
        marginal: [[f64; 3]; 8],
    },
    /// Answer to [`Request::Explain`].
    Explain(Attribution),
    /// Answer to [`Request::Seek`]: the allocation found, with the central figures reached and
    /// any shortfall.
    Seek(SeekResult),
    /// A chart or a QR code as SVG markup (`None`: a text too long for a QR code).
    Svg(Option<String>),
    /// Answer to [`Request::Import`]: the scenario as a link hash, or every problem.
    Imported(Result<String, Vec<String>>),
    /// Answer to [`Request::Export`], [`Request::ExportComparison`] and
    /// [`Request::ComparisonCsv`]: the file's text.
    Exported(String),
    /// Answer to [`Request::ImportComparison`]: the team scenarios, or every problem.
    Teams(Result<Vec<files::Team>, Vec<String>>),
    /// Answer to [`Request::Words`].
    Words(Vec<ParamWords>),
    /// Answer to [`Request::Bilan`].
    Bilan(files::Bilan),
    /// Answer to [`Request::Methodology`].
    Methodology(Vec<Block>),
    /// The request could not be answered (an invalid scenario; or, on the page's side, a worker
    /// that could not start or stopped): the page keeps what it shows and says what is missing.
    Failed,
}

/// A request with its sequence number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Asked {
    /// Returned with the answer.
    pub seq: u32,
    /// The request.
    pub request: Request,
}

/// An answer with the number of its request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    /// The request's number.
    pub seq: u32,
    /// The answer.
    pub answer: Answer,
}

/// Long work, computed one step at a time.
#[derive(Debug, Clone)]
pub enum Job {
    /// A goal-seek (one start of one pass per step).
    Seek(Box<Seeker>),
    /// A split (one workstream per step).
    Explain(Box<Attributor>),
}

impl Job {
    /// The job a request starts, if it is long work (`Err`: an invalid scenario).
    pub fn of(model: &Model, request: &Request) -> Option<Result<Job, ()>> {
        match request {
            Request::Seek(q) => Some(
                Seeker::new(model, &q.start, &q.goals, &q.limits)
                    .map(|j| Job::Seek(Box::new(j)))
                    .map_err(drop),
            ),
            Request::Explain { from, to, outcomes } => Some(
                Attributor::new(model, from, to, outcomes)
                    .map(|j| Job::Explain(Box::new(j)))
                    .map_err(drop),
            ),
            _ => None,
        }
    }

    /// One step; the answer when the work is done.
    pub fn step(&mut self, model: &Model) -> Option<Answer> {
        match self {
            Job::Seek(j) => match j.step(model) {
                Ok(r) => r.map(Answer::Seek),
                Err(_) => Some(Answer::Failed),
            },
            Job::Explain(j) => match j.step(model) {
                Ok(r) => r.map(Answer::Explain),
                Err(_) => Some(Answer::Failed),
            },
        }
    }
}

/// Answers a request with `model`, running long work to its end: plain code, tested natively
/// (the worker steps long work instead, [`Job`]).
pub fn answer(model: &Model, request: &Request) -> Answer {
    match Job::of(model, request) {
        Some(Ok(mut job)) => loop {
            if let Some(a) = job.step(model) {
                return a;
            }
        },
        Some(Err(())) => Answer::Failed,
        None => answer_now(model, request),
    }
}

thread_local! {
    /// The last baseline drawn, with its draws: it changes only with the assumptions, while
    /// every move asks for the difference with it.
    static BASELINE: std::cell::RefCell<Option<(Scenario, std::rc::Rc<Draws>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The draws of baseline `b` (kept for the next request).
fn baseline_draws(
    model: &Model,
    b: &Scenario,
) -> Result<std::rc::Rc<Draws>, relance_model::ScenarioError> {
    if let Some(d) = BASELINE.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(s, _)| s == b)
            .map(|(_, d)| d.clone())
    }) {
        return Ok(d);
    }
    let d = std::rc::Rc::new(model.draws(b, None, LIVE_DRAWS, SEED)?);
    BASELINE.with(|c| *c.borrow_mut() = Some((b.clone(), d.clone())));
    Ok(d)
}

/// Answers a request that is not long work.
fn answer_now(model: &Model, request: &Request) -> Answer {
    match request {
        Request::Hello => Answer::Ready,
        Request::Bands {
            scenario,
            baseline,
            outcome,
        } => {
            // The scenario is drawn once: its own bands, and minus the baseline's draws (kept
            // while the baseline stays) the bands of its difference, paired draw for draw.
            let drawn = model.draws(scenario, None, LIVE_DRAWS, SEED);
            let difference = match (&drawn, baseline) {
                (Ok(a), Some(b)) => Some(baseline_draws(model, b).map(|base| a.minus(&base))),
                _ => None,
            };
            let per = marginal(model, scenario, *outcome);
            match (drawn, difference.transpose(), per) {
                (Ok(a), Ok(difference), Ok(marginal)) => Answer::Bands {
                    bands: a.bands(),
                    difference: difference.flatten().map(|d| d.bands()),
                    marginal,
                },
                _ => Answer::Failed,
            }
        }
        Request::Chart(c) => Answer::Svg(Some(c.draw())),
        Request::Qr(text) => Answer::Svg(files::qr_svg(text)),
        Request::Import { text, lang } => Answer::Imported(files::import(model, text, *lang)),
        Request::Export(s) => match model.validate(s) {
            Ok(()) => Answer::Exported(files::export(s)),
            Err(_) => Answer::Failed,
        },
        Request::ExportComparison(teams) => Answer::Exported(files::export_comparison(teams)),
        Request::ComparisonCsv(teams, lang) => {
            files::comparison_csv(model, teams, *lang).map_or(Answer::Failed, Answer::Exported)
        }
        Request::ImportComparison { text, lang } => {
            Answer::Teams(files::import_comparison(model, text, *lang))
        }
        Request::Words(lang) => Answer::Words(files::words(*lang)),
        Request::Methodology(lang) => Answer::Methodology(methodology(model, *lang)),
        Request::Bilan(lang) => Answer::Bilan(files::bilan(model, *lang)),
        Request::Seek(_) | Request::Explain { .. } => Answer::Failed,
    }
}

/// The worker: the embedded model, loaded once, and the long work under way.
#[derive(Debug)]
pub struct Compute {
    model: Option<Model>,
    jobs: VecDeque<(HandlerId, u32, Job)>,
    stepping: bool,
}

/// The worker's own message: take the next step of long work.
#[derive(Debug)]
pub struct Step;

impl Compute {
    /// Takes the next step after the messages that arrived meanwhile (a task later).
    fn schedule(&mut self, scope: &WorkerScope<Self>) {
        if !self.stepping && !self.jobs.is_empty() {
            self.stepping = true;
            scope.send_future(async {
                gloo_timers::future::TimeoutFuture::new(0).await;
                Step
            });
        }
    }
}

impl Worker for Compute {
    type Message = Step;
    type Input = Asked;
    type Output = Answered;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Compute {
            model: Model::embedded().ok(),
            jobs: VecDeque::new(),
            stepping: false,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _: Step) {
        self.stepping = false;
        let Some(model) = self.model.as_ref() else {
            return;
        };
        // Jobs take turns: a split asked after a goal-seek does not wait for all of it.
        if let Some((id, seq, mut job)) = self.jobs.pop_front() {
            match job.step(model) {
                Some(answer) => scope.respond(id, Answered { seq, answer }),
                None => self.jobs.push_back((id, seq, job)),
            }
        }
        self.schedule(scope);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, asked: Asked, id: HandlerId) {
        let Asked { seq, request } = asked;
        let Some(model) = self.model.as_ref() else {
            scope.respond(
                id,
                Answered {
                    seq,
                    answer: Answer::Failed,
                },
            );
            return;
        };
        match Job::of(model, &request) {
            Some(Ok(job)) => {
                self.jobs.push_back((id, seq, job));
                self.schedule(scope);
            }
            Some(Err(())) => scope.respond(
                id,
                Answered {
                    seq,
                    answer: Answer::Failed,
                },
            ),
            None => scope.respond(
                id,
                Answered {
                    seq,
                    answer: answer_now(model, &request),
                },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_charts::{Chart, ChartStyle};
    use relance_model::attribution::attribution;
    use relance_model::seek::seek;

    /// Runs a job to its end: its answer and the number of steps it took.
    fn run(m: &Model, request: &Request) -> (Answer, usize) {
        let Some(Ok(mut job)) = Job::of(m, request) else {
            panic!("{request:?} is not long work")
        };
        let mut steps = 1;
        loop {
            if let Some(a) = job.step(m) {
                return (a, steps);
            }
            steps += 1;
        }
    }

    /// What crosses between the page and the worker: gloo-worker's own codec.
    fn crossed<T: Serialize + for<'de> Deserialize<'de>>(x: &T) -> T {
        bincode::deserialize(&bincode::serialize(x).unwrap()).unwrap()
    }

    #[test]
    fn bands_answer_the_same_as_the_model() {
        let m = Model::embedded().unwrap();
        let s = m.preset("jobs-first").unwrap().scenario.clone();
        let r = answer(
            &m,
            &crossed(&Request::Bands {
                scenario: s.clone(),
                baseline: Some(m.baseline().scenario.clone()),
                outcome: Outcome::ConstructionJobs,
            }),
        );
        let Answer::Bands {
            bands,
            difference,
            marginal: per,
        } = crossed(&r)
        else {
            panic!("{r:?}")
        };
        assert_eq!(bands, m.monte_carlo(&s, LIVE_DRAWS, SEED).unwrap());
        assert_eq!(
            difference.unwrap(),
            m.difference_bands(&s, &m.baseline().scenario, LIVE_DRAWS, SEED)
                .unwrap()
        );
        assert_eq!(per, marginal(&m, &s, Outcome::ConstructionJobs).unwrap());
    }

    #[test]
    fn an_invalid_scenario_fails_without_a_panic() {
        let m = Model::embedded().unwrap();
        let mut s = m.baseline().scenario.clone();
        s.amounts[0][0] = -1.0;
        let explain = Request::Explain {
            from: m.baseline().scenario.clone(),
            to: s.clone(),
            outcomes: vec![Outcome::ConstructionJobs],
        };
        assert_eq!(answer(&m, &explain), Answer::Failed);
        assert!(matches!(Job::of(&m, &explain), Some(Err(()))));
        assert_eq!(answer(&m, &Request::Export(s)), Answer::Failed);
    }

    #[test]
    fn stepped_work_answers_what_the_model_answers_in_one_go() {
        let m = Model::embedded().unwrap();
        let from = m.baseline().scenario.clone();
        let to = m.preset("climate-first").unwrap().scenario.clone();
        let outcomes = vec![Outcome::ConstructionJobs, Outcome::Co2Avoided];
        let request = Request::Explain {
            from: from.clone(),
            to: to.clone(),
            outcomes: outcomes.clone(),
        };
        let Some(Ok(mut job)) = Job::of(&m, &request) else {
            panic!()
        };
        let mut steps = 1;
        let got = loop {
            if let Some(a) = job.step(&m) {
                break a;
            }
            steps += 1;
        };
        assert!(
            steps > 1,
            "a split over several workstreams takes several steps"
        );
        assert_eq!(
            got,
            Answer::Explain(attribution(&m, &from, &to, &outcomes).unwrap())
        );

        let query = SeekQuery {
            start: from.clone(),
            goals: vec![Goal::AtLeast(Outcome::Co2Avoided, 3_000.0)],
            limits: Limits {
                envelopes: true,
                ..Limits::default()
            },
        };
        let (got, steps) = run(&m, &crossed(&Request::Seek(query.clone())));
        assert!(steps > 3, "one step per start: {steps}");
        let Answer::Seek(result) = crossed(&got) else {
            panic!("{got:?}")
        };
        assert_eq!(
            result,
            seek(&m, &from, &query.goals, &query.limits).unwrap()
        );
        let shown = m.project(&result.scenario).unwrap();
        assert_eq!(shown.headline(Outcome::Co2Avoided), result.reached[0]);
        assert!(result.reached[0] >= 3_000.0 || !result.shortfalls.is_empty());
    }

    #[test]
    fn charts_files_words_and_the_methodology_come_from_the_worker() {
        let m = Model::embedded().unwrap();
        let chart = ChartRequest {
            chart: Chart::Bars {
                bars: vec![
                    ("Marseille Provence".into(), 12.5),
                    ("Pays d'Aix".into(), 8.0),
                ],
                highlight: Some(1),
            },
            lang: Lang::Fr,
            style: ChartStyle::default(),
            width: 640,
            height: 300,
        };
        assert_eq!(
            answer(&m, &crossed(&Request::Chart(chart.clone()))),
            Answer::Svg(Some(chart.draw()))
        );
        let Answer::Svg(Some(qr)) = answer(&m, &Request::Qr("https://example.org/#v=3".into()))
        else {
            panic!()
        };
        assert!(qr.starts_with("<svg"));
        assert_eq!(
            answer(&m, &Request::Qr("x".repeat(5000))),
            Answer::Svg(None)
        );
        let s = m.preset("jobs-first").unwrap().scenario.clone();
        let Answer::Exported(json) = answer(&m, &Request::Export(s.clone())) else {
            panic!()
        };
        let Answer::Imported(Ok(hash)) = answer(
            &m,
            &Request::Import {
                text: json,
                lang: Lang::Fr,
            },
        ) else {
            panic!()
        };
        assert_eq!(relance_model::link::decode(&m, &hash).unwrap().1, s);
        let Answer::Imported(Err(problems)) = answer(
            &m,
            &Request::Import {
                text: "pas du json".into(),
                lang: Lang::En,
            },
        ) else {
            panic!()
        };
        assert!(problems[0].contains("JSON"), "{problems:?}");
        let Answer::Words(w) = crossed(&answer(&m, &Request::Words(Lang::En))) else {
            panic!()
        };
        assert_eq!(w, files::words(Lang::En));
        let Answer::Methodology(blocks) = crossed(&answer(&m, &Request::Methodology(Lang::Fr)))
        else {
            panic!()
        };
        assert_eq!(blocks, methodology(&m, Lang::Fr));
        assert_eq!(answer(&m, &Request::Hello), Answer::Ready);
    }

    #[test]
    fn a_comparison_file_imports_back_and_a_bad_one_is_refused_whole() {
        let m = Model::embedded().unwrap();
        let teams = vec![
            files::Team {
                name: "Équipe « bleue »".into(),
                link: "v=3&p=jobs-first&a=food.loans:35".into(),
            },
            files::Team {
                name: "Verte, \"2\"".into(),
                link: "v=3&p=climate-first".into(),
            },
        ];
        let Answer::Exported(json) = answer(&m, &Request::ExportComparison(teams.clone())) else {
            panic!("no file");
        };
        let back = answer(
            &m,
            &Request::ImportComparison {
                text: json.clone(),
                lang: Lang::Fr,
            },
        );
        assert_eq!(back, Answer::Teams(Ok(teams.clone())));
        // A link that does not open: refused whole, the problem named with its scenario.
        let bad = json.replace("climate-first", "moon-first");
        let Answer::Teams(Err(problems)) = answer(
            &m,
            &Request::ImportComparison {
                text: bad,
                lang: Lang::Fr,
            },
        ) else {
            panic!("accepted");
        };
        assert!(
            problems.iter().any(|p| p.starts_with("Scénario 2 (Verte")),
            "{problems:?}"
        );
        let Answer::Teams(Err(p)) = answer(
            &m,
            &Request::ImportComparison {
                text: "{".into(),
                lang: Lang::En,
            },
        ) else {
            panic!("accepted");
        };
        assert!(p[0].starts_with("This is not a readable comparison file"));
        let Answer::Teams(Err(p)) = answer(
            &m,
            &Request::ImportComparison {
                text: r#"{"format":"x","version":1,"model_version":3,"scenarios":[]}"#.into(),
                lang: Lang::Fr,
            },
        ) else {
            panic!("accepted");
        };
        assert!(p[0].contains("n'est pas une comparaison"));
        // The CSV: the Convention first, then each team, names quoted.
        let Answer::Exported(csv) = answer(&m, &Request::ComparisonCsv(teams, Lang::Fr)) else {
            panic!("no csv");
        };
        let head = csv.lines().next().unwrap();
        assert_eq!(
            head,
            "\"résultat\",\"unité\",\"Convention 2020\",\"Équipe « bleue »\",\"Verte, \"\"2\"\"\""
        );
        assert!(csv.lines().any(|l| l.starts_with("\"Emplois de chantier")));
    }
}
