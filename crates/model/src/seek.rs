//! Goal-seek: "we want X jobs and Y tCO2 — which split gets there?". Given targets on headline
//! outcomes (at least, at most, or the most of one), it finds an allocation of the BdT money
//! that meets them with little money, inside each lever's range and each instrument's envelope
//! (or a total budget), with some levers locked; when the targets cannot all be met, it returns
//! the closest allocation found and, for each unmet target, how far it falls short and what
//! stops it.
//!
//! Method (deterministic, on the central projection): a greedy allocation by marginal value.
//! From several starts (every free lever at its minimum, the scenario given, each preset), it
//! adds, one at a time, the step of money (one lever, or several instruments of one workstream
//! together) that closes the most of the remaining shortfalls per euro (each shortfall counted up to what is still
//! missing, relative to its target), first in steps of eight lever steps, then of one; a step
//! that would break a range, an envelope, the budget or an "at most" target is not taken. An
//! outcome to maximise is sought as a target out of reach. Once the targets are met, a pass
//! takes money back, step by step, from the levers where it buys least, while every target
//! stays met; exchanges of money between levers of one instrument repair the greedy's myopic
//! early choices; the best start is kept. Limits: greedy steps find a local optimum; the model
//! saturates (a workstream's ready pipeline caps what loans and equity can buy), so the
//! marginal value of a lever can be zero before its range is used; the answer is the central
//! projection, the figure every screen shows.

use crate::domain::{Instrument, Workstream};
use crate::model::Model;
use crate::outcome::Outcome;
use crate::scenario::{Scenario, ScenarioError, MEUR};
use crate::Lang;
use serde::{Deserialize, Serialize};

/// Results a person can set a target on (in the app): the effects shown as tiles, the
/// three indices and the two costs to the metropolis's own budget.
pub const TARGETS: [Outcome; 13] = [
    Outcome::ConstructionJobs,
    Outcome::LastingJobs,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::HomesBuilt,
    Outcome::TransitKm,
    Outcome::Hectares,
    Outcome::PeopleReached,
    Outcome::IndexEmploi,
    Outcome::IndexInclusion,
    Outcome::IndexTransition,
    Outcome::MetroCofinancing,
    Outcome::MetroDebtService,
];

/// The target standing for "as much as possible".
const UNREACHABLE: f64 = 1e9;

/// One target.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Goal {
    /// The outcome's headline at least this.
    AtLeast(Outcome, f64),
    /// The outcome's headline at most this.
    AtMost(Outcome, f64),
    /// As much of the outcome as the constraints allow (after the other targets).
    Maximise(Outcome),
}

impl Goal {
    /// The outcome the goal is about.
    pub fn outcome(self) -> Outcome {
        match self {
            Goal::AtLeast(o, _) | Goal::AtMost(o, _) | Goal::Maximise(o) => o,
        }
    }
}

/// What limits the money.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Limits {
    /// Each instrument's total within its envelope.
    pub envelopes: bool,
    /// A total over all instruments, in euros.
    pub budget: Option<f64>,
    /// Levers kept at their amount in the starting scenario.
    pub locked: Vec<(Workstream, Instrument)>,
}

/// What stops a target from being met.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Binding {
    /// The instrument's envelope is used up.
    Envelope(Instrument),
    /// The total budget is used up.
    Budget,
    /// The lever is at the top of its range.
    Range(Workstream, Instrument),
    /// One more euro buys nothing here: the workstream's projects are all financed.
    Saturated(Workstream),
    /// An "at most" target would be broken.
    Ceiling(Outcome),
    /// No lever moves the outcome.
    Nothing,
}

/// A target not met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shortfall {
    /// The goal.
    pub goal: Goal,
    /// The headline reached.
    pub reached: f64,
    /// How far it is from the target (positive).
    pub missing: f64,
    /// What stops it.
    pub binding: Binding,
}

/// The answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeekResult {
    /// The allocation found.
    pub scenario: Scenario,
    /// Each goal's headline in it, in the order given.
    pub reached: Vec<f64>,
    /// Every outcome's headline in it, by [`Outcome::index`] :
    /// what the targets cost elsewhere.
    pub headlines: Vec<f64>,
    /// The targets not met.
    pub shortfalls: Vec<Shortfall>,
    /// Projections run.
    pub evaluations: usize,
}

struct Search<'a> {
    model: &'a Model,
    goals: &'a [Goal],
    limits: &'a Limits,
    envelopes: [f64; 3],
    free: Vec<(Workstream, Instrument)>,
    evaluations: usize,
}

fn money(s: &Scenario) -> f64 {
    s.amounts.iter().flatten().sum()
}

impl Search<'_> {
    /// The moves tried at each step: every free lever alone, and within each workstream every
    /// pair and the three together, since its instruments complement each other (engineering
    /// credits give birth to projects that loans and equity then finance).
    fn groups(&self) -> Vec<Vec<(Workstream, Instrument)>> {
        let mut out = Vec::new();
        for w in Workstream::ALL {
            let mine: Vec<(Workstream, Instrument)> =
                self.free.iter().copied().filter(|x| x.0 == w).collect();
            for mask in 1u32..(1 << mine.len()) {
                out.push(
                    (0..mine.len())
                        .filter(|b| mask & (1 << b) != 0)
                        .map(|b| mine[b])
                        .collect(),
                );
            }
        }
        out
    }

    fn heads(&mut self, s: &Scenario) -> Result<Vec<f64>, ScenarioError> {
        self.evaluations += 1;
        let p = self.model.project(s)?;
        Ok(self.goals.iter().map(|g| p.headline(g.outcome())).collect())
    }

    /// Whether `s` keeps the envelopes and the budget.
    fn within(&self, s: &Scenario) -> Option<Binding> {
        let totals =
            Instrument::ALL.map(|i| Workstream::ALL.iter().map(|&w| s.amount(w, i)).sum::<f64>());
        if self.limits.envelopes {
            for i in Instrument::ALL {
                if totals[i.index()] > self.envelopes[i.index()] * MEUR + 1e-3 {
                    return Some(Binding::Envelope(i));
                }
            }
        }
        match self.limits.budget {
            Some(b) if totals.iter().sum::<f64>() > b + 1e-3 => Some(Binding::Budget),
            _ => None,
        }
    }

    /// Remaining shortfall of each "at least" goal, relative to its target.
    fn missing(&self, heads: &[f64]) -> Vec<f64> {
        self.goals
            .iter()
            .zip(heads)
            .map(|(g, &v)| match *g {
                Goal::AtLeast(_, t) => ((t - v) / t.abs().max(1e-9)).max(0.0),
                _ => 0.0,
            })
            .collect()
    }

    fn ceilings_kept(&self, heads: &[f64]) -> Option<Outcome> {
        self.goals.iter().zip(heads).find_map(|(g, &v)| match *g {
            Goal::AtMost(o, t) if v > t + 1e-9 * (1.0 + t.abs()) => Some(o),
            _ => None,
        })
    }

    /// The value of a step from `now` to `next`: the relative shortfall it closes per M€ (a
    /// maximised outcome is sought as a target out of reach, so it counts here too).
    fn value(&self, now: &[f64], next: &[f64], money: f64) -> f64 {
        let closed: f64 =
            self.missing(now).iter().sum::<f64>() - self.missing(next).iter().sum::<f64>();
        closed / (money / MEUR)
    }

    /// Adds steps of `k` lever steps greedily while one is worth taking; returns the heads.
    fn grow(&mut self, s: &mut Scenario, k: f64) -> Result<Vec<f64>, ScenarioError> {
        let mut heads = self.heads(s)?;
        loop {
            if self.score(&heads) <= 0.0 {
                return Ok(heads);
            }
            let mut best: Option<(f64, Scenario, Vec<f64>)> = None;
            for group in self.groups() {
                let mut t = s.clone();
                for &(w, i) in &group {
                    let spec = *self.model.lever(w, i);
                    t.set_amount(w, i, spec.snap(s.amount(w, i) + k * spec.step));
                }
                let money = money(&t) - money(s);
                if money <= 0.0 || self.within(&t).is_some() {
                    continue;
                }
                let h = self.heads(&t)?;
                if self.ceilings_kept(&h).is_some() {
                    continue;
                }
                let v = self.value(&heads, &h, money);
                if v > 1e-12 && best.as_ref().is_none_or(|b| v > b.0) {
                    best = Some((v, t, h));
                }
            }
            match best {
                Some((_, t, h)) => {
                    *s = t;
                    heads = h;
                }
                None => return Ok(heads),
            }
        }
    }

    /// How far `heads` are from the targets: the sum of the relative shortfalls.
    fn score(&self, heads: &[f64]) -> f64 {
        self.missing(heads).iter().sum()
    }

    /// Moves `k` steps of money from one free lever to another of the same instrument (so the
    /// envelope and the budget hold) while that improves the score: the greedy's early choices
    /// are myopic, and this repairs them.
    fn exchange(&mut self, s: &mut Scenario, k: f64) -> Result<(), ScenarioError> {
        let mut heads = self.heads(s)?;
        loop {
            let m0 = self.score(&heads);
            let mut best: Option<(f64, Scenario, Vec<f64>)> = None;
            for &(wa, i) in &self.free.clone() {
                let a = *self.model.lever(wa, i);
                let from = s.amount(wa, i);
                let taken = from - a.snap(from - k * a.step);
                if taken <= 0.0 {
                    continue;
                }
                for &(wb, j) in &self.free.clone() {
                    if j != i || wb == wa {
                        continue;
                    }
                    let b = *self.model.lever(wb, j);
                    let to = s.amount(wb, j);
                    let put = b.snap(to + taken);
                    if put - to <= 0.0 || (put - to - taken).abs() > 1e-6 {
                        continue;
                    }
                    let mut t = s.clone();
                    t.set_amount(wa, i, from - taken);
                    t.set_amount(wb, j, put);
                    let h = self.heads(&t)?;
                    if self.ceilings_kept(&h).is_some() {
                        continue;
                    }
                    let m1 = self.score(&h);
                    if m1 < m0 - 1e-12 && best.as_ref().is_none_or(|b| m1 < b.0) {
                        best = Some((m1, t, h));
                    }
                }
            }
            match best {
                Some((_, t, h)) => {
                    *s = t;
                    heads = h;
                }
                None => return Ok(()),
            }
        }
    }

    /// Takes money back, a step at a time, where it buys least, while every target stays met.
    fn trim(&mut self, s: &mut Scenario) -> Result<(), ScenarioError> {
        loop {
            let mut best: Option<(f64, Scenario)> = None;
            for &(w, i) in &self.free.clone() {
                let spec = *self.model.lever(w, i);
                let now = s.amount(w, i);
                let next = spec.snap(now - spec.step);
                if next >= now {
                    continue;
                }
                let mut t = s.clone();
                t.set_amount(w, i, next);
                let h = self.heads(&t)?;
                if self.missing(&h).iter().any(|&x| x > 0.0) || self.ceilings_kept(&h).is_some() {
                    continue;
                }
                // Prefer the largest saving.
                let saved = now - next;
                if best.as_ref().is_none_or(|b| saved > b.0) {
                    best = Some((saved, t));
                }
            }
            match best {
                Some((_, t)) => *s = t,
                None => return Ok(()),
            }
        }
    }

    /// What stops goal `k`: the constraint on the lever that would help it most without it.
    fn binding(&mut self, s: &Scenario, k: usize) -> Result<Binding, ScenarioError> {
        let o = self.goals[k].outcome();
        let base = self.model.project(s)?.headline(o);
        let mut best: Option<(f64, Binding)> = None;
        let mut any_range = None;
        for &(w, i) in &self.free.clone() {
            let spec = *self.model.lever(w, i);
            let now = s.amount(w, i);
            if now + spec.step > spec.max + 1e-6 {
                any_range = Some(Binding::Range(w, i));
                continue;
            }
            let mut t = s.clone();
            t.set_amount(w, i, spec.snap(now + spec.step));
            self.evaluations += 1;
            let gain = self.model.project(&t)?.headline(o) - base;
            let per = gain / (spec.step / MEUR);
            if per <= 1e-12 {
                continue;
            }
            let why = if let Some(b) = self.within(&t) {
                b
            } else {
                let h = self.heads(&t)?;
                match self.ceilings_kept(&h) {
                    Some(c) => Binding::Ceiling(c),
                    None => continue,
                }
            };
            if best.as_ref().is_none_or(|b| per > b.0) {
                best = Some((per, why));
            }
        }
        Ok(match best {
            Some((_, b)) => b,
            None => match any_range {
                Some(r) => r,
                None => self
                    .free
                    .first()
                    .map_or(Binding::Nothing, |&(w, _)| Binding::Saturated(w)),
            },
        })
    }
}

/// A goal-seek run one start at a time ([`Seeker::step`]), so that a caller on one thread (the
/// Web Worker) can answer other requests between steps. [`seek`] runs every step at once.
#[derive(Debug, Clone)]
pub struct Seeker {
    goals: Vec<Goal>,
    /// The goals as searched: a maximised outcome becomes a target out of reach.
    inner: Vec<Goal>,
    limits: Limits,
    start: Scenario,
    free: Vec<(Workstream, Instrument)>,
    /// The starts not searched yet, in order.
    starts: std::collections::VecDeque<Scenario>,
    /// The best answer so far: (shortfall, money) and its scenario.
    best: Option<((f64, f64), Scenario)>,
    evaluations: usize,
}

impl Seeker {
    /// A search for `goals` from `start` (its overrides kept, its locked levers fixed).
    pub fn new(
        model: &Model,
        start: &Scenario,
        goals: &[Goal],
        limits: &Limits,
    ) -> Result<Seeker, ScenarioError> {
        model.validate(start)?;
        let free: Vec<(Workstream, Instrument)> = model
            .levers
            .iter()
            .filter(|l| l.is_open() && !limits.locked.contains(&(l.workstream, l.instrument)))
            .map(|l| (l.workstream, l.instrument))
            .collect();
        // A maximised outcome is sought as a target out of reach: every step then goes where it
        // adds the most of it per euro, and no money is taken back.
        let inner: Vec<Goal> = goals
            .iter()
            .map(|g| match *g {
                Goal::Maximise(o) => Goal::AtLeast(o, UNREACHABLE),
                g => g,
            })
            .collect();
        // Several starts, as the responses are not concave (a lever can pay off only past a
        // threshold, or with another): every free lever at its minimum, the scenario given, and
        // each preset (with the scenario's overrides and locked levers). The best answer is
        // kept: the least shortfall (which, for a maximised outcome, is the most of it), then
        // the least money.
        let mut starts = std::collections::VecDeque::new();
        let mut floor = start.clone();
        for &(w, i) in &free {
            floor.set_amount(w, i, model.lever(w, i).min);
        }
        starts.push_back(floor);
        starts.push_back(start.clone());
        for p in &model.presets {
            let mut x = start.clone();
            for &(w, i) in &free {
                x.set_amount(w, i, p.scenario.amount(w, i));
            }
            // A preset equal to the scenario given (or to another start) is searched once.
            if !starts.contains(&x) {
                starts.push_back(x);
            }
        }
        Ok(Seeker {
            goals: goals.to_vec(),
            inner,
            limits: limits.clone(),
            start: start.clone(),
            free,
            starts,
            best: None,
            evaluations: 0,
        })
    }

    fn search<'a>(&'a self, model: &'a Model) -> Search<'a> {
        search_of(model, &self.inner, &self.limits, &self.start, &self.free)
    }

    /// Searches from the next start; the answer once every start has been searched.
    pub fn step(&mut self, model: &Model) -> Result<Option<SeekResult>, ScenarioError> {
        if let Some(mut s) = self.starts.pop_front() {
            let mut search = search_of(model, &self.inner, &self.limits, &self.start, &self.free);
            if search.within(&s).is_none() {
                for k in [8.0, 1.0] {
                    search.grow(&mut s, k)?;
                    search.exchange(&mut s, k)?;
                    search.grow(&mut s, k)?;
                }
                search.trim(&mut s)?;
                let heads = search.heads(&s)?;
                let key = (search.score(&heads), money(&s));
                if self.best.as_ref().is_none_or(|b| key < b.0) {
                    self.best = Some((key, s));
                }
            }
            self.evaluations += search.evaluations;
            if !self.starts.is_empty() {
                return Ok(None);
            }
        }
        self.finish(model).map(Some)
    }

    fn finish(&mut self, model: &Model) -> Result<SeekResult, ScenarioError> {
        let s = self
            .best
            .as_ref()
            .map_or_else(|| self.start.clone(), |b| b.1.clone());
        let mut search = self.search(model);
        let reached = search.heads(&s)?;
        let missing = search.missing(&reached);
        let projection = model.project(&s)?;
        let headlines = Outcome::ALL
            .iter()
            .map(|&o| projection.headline(o))
            .collect();
        let mut shortfalls = Vec::new();
        for (k, g) in self.goals.iter().enumerate() {
            if let Goal::AtLeast(_, t) = *g {
                if missing[k] > 0.0 {
                    shortfalls.push(Shortfall {
                        goal: *g,
                        reached: reached[k],
                        missing: t - reached[k],
                        binding: search.binding(&s, k)?,
                    });
                }
            }
        }
        Ok(SeekResult {
            scenario: s,
            reached,
            headlines,
            shortfalls,
            evaluations: self.evaluations + search.evaluations,
        })
    }
}

fn search_of<'a>(
    model: &'a Model,
    goals: &'a [Goal],
    limits: &'a Limits,
    start: &Scenario,
    free: &[(Workstream, Instrument)],
) -> Search<'a> {
    Search {
        model,
        goals,
        limits,
        envelopes: model.envelopes(start),
        free: free.to_vec(),
        evaluations: 0,
    }
}

/// Seeks an allocation for `goals` from `start` (its overrides kept, its locked levers fixed).
pub fn seek(
    model: &Model,
    start: &Scenario,
    goals: &[Goal],
    limits: &Limits,
) -> Result<SeekResult, ScenarioError> {
    let mut seeker = Seeker::new(model, start, goals, limits)?;
    loop {
        if let Some(r) = seeker.step(model)? {
            return Ok(r);
        }
    }
}

/// The priority presets and the index each puts first.
pub const PRIORITIES: [(&str, Outcome); 3] = [
    ("jobs-first", Outcome::IndexEmploi),
    ("climate-first", Outcome::IndexTransition),
    ("housing-first", Outcome::IndexInclusion),
];

/// The split that maximises `index` with the same money per instrument as `base` (the 2020
/// convention for the priority presets): the solver's answer to "what would a priority preset
/// be", from which the presets can be regenerated (`relance-cli presets --solve`). The
/// instruments' totals act as envelopes through overrides of the envelope parameters, removed
/// from the answer.
pub fn priority_split(
    model: &Model,
    base: &Scenario,
    index: Outcome,
) -> Result<SeekResult, ScenarioError> {
    let mut start = base.clone();
    for i in Instrument::ALL {
        start
            .overrides
            .insert(format!("envelope_{}", i.id()), base.total(i) / MEUR);
    }
    let limits = Limits {
        envelopes: true,
        ..Limits::default()
    };
    let mut r = seek(model, &start, &[Goal::Maximise(index)], &limits)?;
    r.scenario.overrides = base.overrides.clone();
    Ok(r)
}

impl Binding {
    /// What stops a target, in words.
    pub fn message(self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            Binding::Envelope(i) if fr => format!(
                "l'enveloppe « {} » de la convention est entièrement répartie (c'est là qu'un euro de plus rapporterait le plus)",
                i.label(lang)
            ),
            Binding::Envelope(i) => format!(
                "the convention's \"{}\" envelope is fully allocated (where one more euro would yield most)",
                i.label(lang)
            ),
            Binding::Budget if fr => "le budget total est entièrement réparti".into(),
            Binding::Budget => "the total budget is fully allocated".into(),
            Binding::Range(w, i) if fr => format!(
                "le levier « {} — {} » est au plus haut de sa plage",
                i.label(lang),
                w.label(lang)
            ),
            Binding::Range(w, i) => format!(
                "the lever \"{} — {}\" is at the top of its range",
                i.label(lang),
                w.label(lang)
            ),
            Binding::Saturated(w) if fr => format!(
                "un euro de plus n'y achète plus rien\u{a0}: les projets prêts du chantier « {} » sont tous financés",
                w.label(lang)
            ),
            Binding::Saturated(w) => format!(
                "one more euro buys nothing: the ready projects of \"{}\" are all financed",
                w.label(lang)
            ),
            Binding::Ceiling(o) if fr => format!(
                "il faudrait dépasser le plafond fixé pour « {} »",
                o.label(lang)
            ),
            Binding::Ceiling(o) => format!("it would break the ceiling set on \"{}\"", o.label(lang)),
            Binding::Nothing if fr => "aucun levier libre ne fait bouger ce résultat".into(),
            Binding::Nothing => "no free lever moves this result".into(),
        }
    }
}

impl Shortfall {
    /// The shortfall in words: the outcome, what is reached against the target, what stops it.
    pub fn message(&self, lang: Lang) -> String {
        let o = self.goal.outcome();
        let n = |x: f64| crate::format::rounded(x, lang);
        let target = self.reached + self.missing;
        match lang {
            Lang::Fr => format!(
                "{}\u{a0}: {} atteint pour {} visé\u{202f}; {}.",
                o.label(lang),
                n(self.reached),
                n(target),
                self.binding.message(lang)
            ),
            Lang::En => format!(
                "{}: {} reached for a target of {}; {}.",
                o.label(lang),
                n(self.reached),
                n(target),
                self.binding.message(lang)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn within_everything(m: &Model, s: &Scenario) {
        for l in &m.levers {
            let x = s.amount(l.workstream, l.instrument);
            assert!(x >= l.min - 1e-6 && x <= l.max + 1e-6, "{:?} {x}", l);
        }
        let env = m.envelopes(s);
        for i in Instrument::ALL {
            let total: f64 = Workstream::ALL.iter().map(|&w| s.amount(w, i)).sum();
            assert!(total <= env[i.index()] * MEUR + 1e-3, "{i:?}: {total}");
        }
    }

    #[test]
    fn a_reachable_pair_of_targets_is_met_within_the_envelopes() {
        let m = Model::embedded().unwrap();
        let start = m.baseline().scenario.clone();
        let base = m.project(&start).unwrap();
        let goals = [
            Goal::AtLeast(
                Outcome::ConstructionJobs,
                base.headline(Outcome::ConstructionJobs),
            ),
            Goal::AtLeast(Outcome::Co2Avoided, base.headline(Outcome::Co2Avoided)),
        ];
        let limits = Limits {
            envelopes: true,
            ..Limits::default()
        };
        let r = seek(&m, &start, &goals, &limits).unwrap();
        assert!(r.shortfalls.is_empty(), "{:?}", r.shortfalls);
        within_everything(&m, &r.scenario);
        let p = m.project(&r.scenario).unwrap();
        for (k, g) in goals.iter().enumerate() {
            let Goal::AtLeast(o, t) = *g else {
                unreachable!()
            };
            assert!(p.headline(o) >= t - 1e-9 * t.abs(), "{}", o.id());
            assert_eq!(p.headline(o), r.reached[k], "re-projected");
            assert_eq!(r.headlines[o.index()], r.reached[k]);
        }
        // The Convention reaches these figures; the solver does it with no more money.
        assert!(
            money(&r.scenario) <= money(&start) + 1e-3,
            "{} > {}",
            money(&r.scenario),
            money(&start)
        );
        // Same input, same answer.
        assert_eq!(seek(&m, &start, &goals, &limits).unwrap(), r);
    }

    #[test]
    fn targets_met_are_met_by_the_central_figures_shown() {
        // One statistic: the answer's figures are the central projection every screen shows.
        let m = Model::embedded().unwrap();
        let start = m.baseline().scenario.clone();
        let p0 = m.project(&start).unwrap();
        let goals = [
            Goal::AtLeast(
                Outcome::HomesRenovated,
                1.2 * p0.headline(Outcome::HomesRenovated),
            ),
            Goal::AtLeast(
                Outcome::ConstructionJobs,
                p0.headline(Outcome::ConstructionJobs),
            ),
        ];
        let limits = Limits {
            envelopes: true,
            ..Limits::default()
        };
        let r = seek(&m, &start, &goals, &limits).unwrap();
        assert!(r.shortfalls.is_empty(), "{:?}", r.shortfalls);
        within_everything(&m, &r.scenario);
        let shown = m.project(&r.scenario).unwrap();
        for (k, g) in goals.iter().enumerate() {
            let Goal::AtLeast(o, t) = *g else {
                unreachable!()
            };
            assert_eq!(shown.headline(o), r.reached[k], "{}", o.id());
            assert_eq!(r.headlines[o.index()], r.reached[k]);
            assert!(
                r.reached[k] >= t - 1e-6 * t,
                "{}: {} < {t}",
                o.id(),
                r.reached[k]
            );
        }
    }

    #[test]
    fn an_impossible_target_says_why_in_both_languages() {
        let m = Model::embedded().unwrap();
        let start = m.baseline().scenario.clone();
        let goals = [Goal::AtLeast(Outcome::HomesBuilt, 1e6)];
        let r = seek(
            &m,
            &start,
            &goals,
            &Limits {
                envelopes: true,
                ..Limits::default()
            },
        )
        .unwrap();
        within_everything(&m, &r.scenario);
        assert_eq!(r.shortfalls.len(), 1);
        let sf = &r.shortfalls[0];
        assert!((sf.reached + sf.missing - 1e6).abs() < 1e-6);
        let fr = sf.message(Lang::Fr);
        assert!(
            fr.starts_with("Logements sociaux construits\u{a0}: "),
            "{fr}"
        );
        assert!(fr.contains("1\u{202f}000\u{202f}000 visé"), "{fr}");
        let en = sf.message(Lang::En);
        assert!(en.contains("for a target of 1,000,000;"), "{en}");
        for b in [
            Binding::Envelope(Instrument::Loans),
            Binding::Budget,
            Binding::Range(Workstream::Mobility, Instrument::Equity),
            Binding::Saturated(Workstream::Nature),
            Binding::Ceiling(Outcome::DebtService),
            Binding::Nothing,
        ] {
            assert_ne!(b.message(Lang::Fr), b.message(Lang::En));
        }
    }

    #[test]
    fn the_most_co2_within_the_envelopes_is_at_least_every_presets() {
        let m = Model::embedded().unwrap();
        let start = m.baseline().scenario.clone();
        let limits = Limits {
            envelopes: true,
            ..Limits::default()
        };
        let r = seek(&m, &start, &[Goal::Maximise(Outcome::Co2Avoided)], &limits).unwrap();
        within_everything(&m, &r.scenario);
        assert!(r.shortfalls.is_empty());
        for p in &m.presets {
            let x = m
                .project(&p.scenario)
                .unwrap()
                .headline(Outcome::Co2Avoided);
            assert!(r.reached[0] >= x, "{}: {x} > {}", p.id, r.reached[0]);
        }
    }

    #[test]
    fn an_unreachable_target_names_what_stops_it() {
        let m = Model::embedded().unwrap();
        let start = m.baseline().scenario.clone();
        let goals = [Goal::AtLeast(Outcome::ConstructionJobs, 1e9)];
        let limits = Limits {
            envelopes: true,
            ..Limits::default()
        };
        let r = seek(&m, &start, &goals, &limits).unwrap();
        within_everything(&m, &r.scenario);
        assert_eq!(r.shortfalls.len(), 1);
        let sf = &r.shortfalls[0];
        assert!(sf.missing > 0.0 && sf.reached > 0.0);
        assert!(
            matches!(
                sf.binding,
                Binding::Envelope(_) | Binding::Range(..) | Binding::Saturated(_)
            ),
            "{:?}",
            sf.binding
        );
    }

    #[test]
    fn a_single_target_costs_within_one_percent_of_a_brute_force_over_two_levers() {
        // Only two levers free (mobility loans and nature loans, the rest locked at zero or the
        // Convention): the cheapest pair on the lever steps' grid that reaches the target,
        // against the solver's answer.
        let m = Model::embedded().unwrap();
        let mut start = m.baseline().scenario.clone();
        let free = [
            (Workstream::Mobility, Instrument::Loans),
            (Workstream::Nature, Instrument::Loans),
        ];
        let locked: Vec<(Workstream, Instrument)> = m
            .levers
            .iter()
            .map(|l| (l.workstream, l.instrument))
            .filter(|x| !free.contains(x))
            .collect();
        for &(w, i) in &free {
            start.set_amount(w, i, 0.0);
        }
        let base = m.project(&start).unwrap().headline(Outcome::Co2Avoided);
        let target = base + 800.0;
        let goals = [Goal::AtLeast(Outcome::Co2Avoided, target)];
        let limits = Limits {
            envelopes: false,
            budget: None,
            locked,
        };
        let r = seek(&m, &start, &goals, &limits).unwrap();
        assert!(r.shortfalls.is_empty(), "{:?}", r.shortfalls);
        let (a, b) = (m.lever(free[0].0, free[0].1), m.lever(free[1].0, free[1].1));
        let mut cheapest = f64::INFINITY;
        let mut x = a.min;
        while x <= a.max + 1e-6 {
            let mut y = b.min;
            while y <= b.max + 1e-6 {
                if x + y < cheapest {
                    let mut t = start.clone();
                    t.set_amount(free[0].0, free[0].1, x);
                    t.set_amount(free[1].0, free[1].1, y);
                    if m.project(&t).unwrap().headline(Outcome::Co2Avoided) >= target {
                        cheapest = x + y;
                    }
                }
                y += b.step;
            }
            x += a.step;
        }
        let spent = free
            .iter()
            .map(|&(w, i)| r.scenario.amount(w, i))
            .sum::<f64>();
        assert!(cheapest.is_finite());
        assert!(
            spent <= cheapest * 1.01 + 1e-3,
            "solver {spent} vs grid {cheapest}"
        );
    }
}
