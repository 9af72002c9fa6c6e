//! What changed, and why: the difference of every headline figure between two scenarios,
//! split among the levers that differ, so that the parts add up exactly to the difference;
//! and what one more euro in each lever would buy ([`marginal`]).
//!
//! The split is the Owen value of the levers grouped by workstream: the eight workstreams share
//! the difference as in a Shapley value (every order in which they could switch from one
//! scenario to the other, equally likely), and within a workstream its three instruments share
//! that workstream's part the same way. It is exact (the parts add up to the difference),
//! symmetric, and gives nothing to a lever that does not differ. Parameter overrides are not
//! levers: the part they explain, if the two scenarios differ in them, is reported apart.

use crate::domain::{Instrument, Workstream};
use crate::model::Model;
use crate::outcome::Outcome;
use crate::scenario::{Scenario, ScenarioError};
use serde::{Deserialize, Serialize};

/// The difference between two scenarios, split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The outcomes split, in the order asked.
    pub outcomes: Vec<Outcome>,
    /// `to − from` for each outcome (central headline figures).
    pub total: Vec<f64>,
    /// Part of each lever, `[workstream][instrument][outcome]`.
    pub by_lever: Vec<[[f64; 3]; 8]>,
    /// Part of the parameter overrides (0 when both scenarios have the same).
    pub overrides: Vec<f64>,
}

impl Attribution {
    /// Part of workstream `w` (its three instruments) for outcome number `k`.
    pub fn workstream(&self, k: usize, w: Workstream) -> f64 {
        self.by_lever[k][w.index()].iter().sum()
    }
}

fn factorial(n: usize) -> f64 {
    (1..=n).map(|k| k as f64).product()
}

/// Shapley weight of a coalition of `size` among `n` players, for one more player.
fn weight(size: usize, n: usize) -> f64 {
    factorial(size) * factorial(n - size - 1) / factorial(n)
}

/// [`attribution`] one workstream at a time ([`Attributor::step`]), so that a caller on one
/// thread (the Web Worker) can answer other requests between steps.
#[derive(Debug, Clone)]
pub struct Attributor {
    base: Scenario,
    to: Scenario,
    outcomes: Vec<Outcome>,
    /// The workstreams that differ: the players.
    players: Vec<Workstream>,
    /// The next player.
    next: usize,
    v_from: Vec<f64>,
    v_base: Vec<f64>,
    v_to: Vec<f64>,
    by_lever: Vec<[[f64; 3]; 8]>,
}

fn heads(model: &Model, s: &Scenario, outcomes: &[Outcome]) -> Result<Vec<f64>, ScenarioError> {
    let p = model.project(s)?;
    Ok(outcomes.iter().map(|&o| p.headline(o)).collect())
}

impl Attributor {
    /// The split of `to − from` for `outcomes`, to be computed.
    pub fn new(
        model: &Model,
        from: &Scenario,
        to: &Scenario,
        outcomes: &[Outcome],
    ) -> Result<Attributor, ScenarioError> {
        // The levers of `from` with the overrides of `to`: the overrides' part is taken first.
        let mut base = from.clone();
        base.overrides = to.overrides.clone();
        // Only the workstreams that differ are players: one that does not differ changes
        // nothing in any coalition, so leaving it out gives every other the same value, for far
        // fewer projections when a few workstreams moved.
        let players: Vec<Workstream> = Workstream::ALL
            .into_iter()
            .filter(|&w| {
                Instrument::ALL
                    .iter()
                    .any(|&i| from.amount(w, i) != to.amount(w, i))
            })
            .collect();
        Ok(Attributor {
            v_from: heads(model, from, outcomes)?,
            v_base: heads(model, &base, outcomes)?,
            v_to: heads(model, to, outcomes)?,
            by_lever: vec![[[0.0; 3]; 8]; outcomes.len()],
            base,
            to: to.clone(),
            outcomes: outcomes.to_vec(),
            players,
            next: 0,
        })
    }

    /// The coalition's scenario: workstreams in `ws` and instruments in `ins` of workstream `w`
    /// take `to`'s amounts.
    fn coalition(&self, ws: u32, w: usize, ins: u32) -> Scenario {
        let mut s = self.base.clone();
        for x in Workstream::ALL {
            for i in Instrument::ALL {
                let from_to =
                    ws & (1 << x.index()) != 0 || (x.index() == w && ins & (1 << i.index()) != 0);
                if from_to {
                    s.set_amount(x, i, self.to.amount(x, i));
                }
            }
        }
        s
    }

    /// Computes the next workstream's part; the split once every workstream that differs has
    /// its part.
    pub fn step(&mut self, model: &Model) -> Result<Option<Attribution>, ScenarioError> {
        if let Some(&w) = self.players.get(self.next) {
            self.player(model, self.next, w)?;
            self.next += 1;
            if self.next < self.players.len() {
                return Ok(None);
            }
        }
        let n_out = self.outcomes.len();
        Ok(Some(Attribution {
            outcomes: self.outcomes.clone(),
            total: (0..n_out).map(|k| self.v_to[k] - self.v_from[k]).collect(),
            by_lever: self.by_lever.clone(),
            overrides: (0..n_out)
                .map(|k| self.v_base[k] - self.v_from[k])
                .collect(),
        }))
    }

    /// Player `p` (workstream `w`): its Shapley part among the workstreams, split among its
    /// instruments by their own Shapley value.
    fn player(&mut self, model: &Model, p: usize, w: Workstream) -> Result<(), ScenarioError> {
        let (n, n_out, wi) = (self.players.len(), self.outcomes.len(), w.index());
        let differs: Vec<Instrument> = Instrument::ALL
            .into_iter()
            .filter(|&i| self.base.amount(w, i) != self.to.amount(w, i))
            .collect();
        for others in 0u32..(1 << n) {
            if others & (1 << p) != 0 {
                continue;
            }
            let wt = weight(others.count_ones() as usize, n);
            let ws = self
                .players
                .iter()
                .enumerate()
                .filter(|(q, _)| others & (1 << q) != 0)
                .fold(0u32, |m, (_, x)| m | 1 << x.index());
            // Within the workstream: Shapley over its three instruments.
            let mut value = std::collections::HashMap::new();
            for &i in &differs {
                let bit = 1u32 << i.index();
                for inner in 0u32..8 {
                    if inner & bit != 0 {
                        continue;
                    }
                    let wi_in = weight(inner.count_ones() as usize, 3);
                    for ins in [inner | bit, inner] {
                        if let std::collections::hash_map::Entry::Vacant(e) = value.entry(ins) {
                            e.insert(heads(model, &self.coalition(ws, wi, ins), &self.outcomes)?);
                        }
                    }
                    let (with, without) = (&value[&(inner | bit)], &value[&inner]);
                    for k in 0..n_out {
                        self.by_lever[k][wi][i.index()] += wt * wi_in * (with[k] - without[k]);
                    }
                }
            }
        }
        Ok(())
    }
}

/// Splits `to − from` for each of `outcomes` among the levers (see the module's text).
pub fn attribution(
    model: &Model,
    from: &Scenario,
    to: &Scenario,
    outcomes: &[Outcome],
) -> Result<Attribution, ScenarioError> {
    let mut a = Attributor::new(model, from, to, outcomes)?;
    loop {
        if let Some(r) = a.step(model)? {
            return Ok(r);
        }
    }
}

/// What one more step of each lever buys: the change of `outcome`'s central headline for
/// +1 M€ of loans or equity, or +10 k€ of engineering credits, per M€ (so the levers compare
/// euro for euro); a lever at its top is measured one step down, a closed lever gives 0.
pub fn marginal(
    model: &Model,
    s: &Scenario,
    outcome: Outcome,
) -> Result<[[f64; 3]; 8], ScenarioError> {
    let base = model.project(s)?.headline(outcome);
    let mut out = [[0.0; 3]; 8];
    for spec in &model.levers {
        if !spec.is_open() {
            continue;
        }
        let step = match spec.instrument {
            Instrument::Engineering => 10e3,
            _ => 1e6,
        };
        let now = s.amount(spec.workstream, spec.instrument);
        let next = if now + step <= spec.max {
            now + step
        } else {
            now - step
        };
        let mut t = s.clone();
        t.set_amount(spec.workstream, spec.instrument, next);
        let v = model.project(&t)?.headline(outcome);
        out[spec.workstream.index()][spec.instrument.index()] =
            (v - base) / ((next - now) / crate::scenario::MEUR);
    }
    Ok(out)
}

/// Why one more step of a lever changes nothing in a result.
#[derive(Debug, Clone, PartialEq)]
pub enum NoEffect {
    /// Every ready project of these purposes the instrument can finance already is.
    AllFinanced(Vec<crate::domain::Purpose>),
    /// The projects studies would prepare find no funder (BdT's room and the other funders'
    /// capacity are used).
    StudiesUnfinanced,
    /// What this instrument finances in this workstream does not produce this result.
    NotThisResult,
}

impl NoEffect {
    /// In plain words.
    pub fn message(&self, lang: crate::Lang) -> String {
        let fr = lang == crate::Lang::Fr;
        match self {
            NoEffect::AllFinanced(ps) => {
                let labels: Vec<&str> = ps.iter().map(|p| p.label(lang)).collect();
                if fr {
                    format!(
                        "tous les projets prêts qu'il peut financer ({}) le sont déjà",
                        labels.join(", ")
                    )
                } else {
                    format!(
                        "every ready project it can finance ({}) already is",
                        labels.join(", ")
                    )
                }
            }
            NoEffect::StudiesUnfinanced => if fr {
                "les projets que les études préparent ne trouvent plus de financeur"
            } else {
                "the projects studies prepare find no more funders"
            }
            .to_string(),
            NoEffect::NotThisResult => if fr {
                "ce qu'il finance dans ce chantier ne produit pas ce résultat"
            } else {
                "what it finances in this workstream does not produce this outcome"
            }
            .to_string(),
        }
    }
}

impl NoEffect {
    /// In a few words, for the workshop's short cards.
    pub fn short(&self, lang: crate::Lang) -> &'static str {
        let fr = lang == crate::Lang::Fr;
        match (self, fr) {
            (NoEffect::AllFinanced(_), true) => "tous ses projets sont financés",
            (NoEffect::AllFinanced(_), false) => "all its projects are financed",
            (NoEffect::StudiesUnfinanced, true) => "plus de financeur pour les études",
            (NoEffect::StudiesUnfinanced, false) => "no funder left for studies",
            (NoEffect::NotThisResult, true) => "ne produit pas ce résultat",
            (NoEffect::NotThisResult, false) => "does not produce this outcome",
        }
    }
}

/// Why a lever whose next step buys (next to) nothing buys nothing, from the projection of
/// the scenario.
pub fn no_effect(model: &Model, p: &crate::Projection, w: Workstream, i: Instrument) -> NoEffect {
    let sm = &p.summary;
    let ws = sm.workstreams[w.index()];
    if i == Instrument::Engineering {
        let realised: f64 = crate::domain::Purpose::of(w)
            .map(|q| sm.purposes[q.index()].studies)
            .sum();
        return if ws.pipeline_from_studies > 0.0 && realised < 0.95 * ws.pipeline_from_studies {
            NoEffect::StudiesUnfinanced
        } else {
            NoEffect::NotThisResult
        };
    }
    let open = model.finances(w, i);
    let full = !open.is_empty()
        && open.iter().all(|q| {
            let ps = sm.purposes[q.index()];
            let reach = if i == Instrument::Loans {
                ps.reach_loans
            } else {
                ps.reach_equity
            };
            reach >= ps.pipeline
        });
    if full {
        NoEffect::AllFinanced(open)
    } else {
        NoEffect::NotThisResult
    }
}

/// What instrument `i` finances in workstream `w`, in one line for its lever card.
pub fn finances_line(model: &Model, w: Workstream, i: Instrument, lang: crate::Lang) -> String {
    let labels: Vec<&str> = model.finances(w, i).iter().map(|p| p.label(lang)).collect();
    let fr = lang == crate::Lang::Fr;
    let lead = match (i, fr) {
        (Instrument::Loans, true) => "Prête pour la part de dette de : ",
        (Instrument::Loans, false) => "Lends the debt slice of: ",
        (Instrument::Equity, true) => "Prend une participation minoritaire dans : ",
        (Instrument::Equity, false) => "Takes a minority stake in: ",
        (Instrument::Engineering, true) => "Cofinance les études de : ",
        (Instrument::Engineering, false) => "Co-finances the studies of: ",
    };
    if labels.is_empty() {
        return if fr {
            "Ne finance rien dans ce chantier.".into()
        } else {
            "Finances nothing in this workstream.".into()
        };
    }
    format!("{lead}{}.", labels.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTCOMES: [Outcome; 4] = [
        Outcome::InvestmentSpent,
        Outcome::ConstructionJobs,
        Outcome::Co2Avoided,
        Outcome::MetroCofinancing,
    ];

    fn check_sums(m: &Model, a: &Scenario, b: &Scenario) -> Attribution {
        let at = attribution(m, a, b, &OUTCOMES).unwrap();
        for (k, o) in OUTCOMES.iter().enumerate() {
            let parts: f64 = at.by_lever[k].iter().flatten().sum::<f64>() + at.overrides[k];
            let tol = 1e-9 * (1.0 + at.total[k].abs());
            assert!(
                (parts - at.total[k]).abs() <= tol,
                "{}: parts {parts} vs difference {}",
                o.id(),
                at.total[k]
            );
        }
        at
    }

    #[test]
    fn parts_add_up_to_the_difference_between_every_pair_of_presets() {
        let m = Model::embedded().unwrap();
        for a in &m.presets {
            for b in &m.presets {
                check_sums(&m, &a.scenario, &b.scenario);
            }
        }
    }

    #[test]
    fn parts_add_up_to_the_difference_between_random_scenarios() {
        use rand_core::RngCore;
        let m = Model::embedded().unwrap();
        let mut rng = rand_pcg::Pcg32::new(7, 11);
        let mut random = || {
            let mut s = m.baseline().scenario.clone();
            for spec in &m.levers {
                // Each lever anywhere in its range, a third of them left as they are.
                if spec.is_open() && rng.next_u32() > u32::MAX / 3 {
                    let u = rng.next_u32() as f64 / u32::MAX as f64;
                    s.set_amount(
                        spec.workstream,
                        spec.instrument,
                        spec.snap(spec.min + u * (spec.max - spec.min)),
                    );
                }
            }
            s
        };
        for _ in 0..12 {
            let (a, b) = (random(), random());
            check_sums(&m, &a, &b);
            check_sums(&m, &m.baseline().scenario, &b);
        }
    }

    #[test]
    fn workstream_parts_equal_a_plain_shapley_value_over_all_eight_workstreams() {
        // The split leaves out the workstreams that do not differ; over all eight, as a plain
        // Shapley value with every workstream a player, each part is the same.
        let m = Model::embedded().unwrap();
        let a = m.baseline().scenario.clone();
        let mut b = m.preset("jobs-first").unwrap().scenario.clone();
        for i in Instrument::ALL {
            let w = Workstream::Food;
            b.set_amount(w, i, a.amount(w, i));
        }
        let at = check_sums(&m, &a, &b);
        let value = |mask: u32| -> Vec<f64> {
            let mut s = a.clone();
            for w in Workstream::ALL {
                if mask & (1 << w.index()) != 0 {
                    for i in Instrument::ALL {
                        s.set_amount(w, i, b.amount(w, i));
                    }
                }
            }
            let p = m.project(&s).unwrap();
            OUTCOMES.iter().map(|&o| p.headline(o)).collect()
        };
        for w in Workstream::ALL {
            let bit = 1u32 << w.index();
            let mut plain = vec![0.0; OUTCOMES.len()];
            for others in (0u32..256).filter(|o| o & bit == 0) {
                let wt = weight(others.count_ones() as usize, 8);
                let (with, without) = (value(others | bit), value(others));
                for k in 0..OUTCOMES.len() {
                    plain[k] += wt * (with[k] - without[k]);
                }
            }
            for (k, &x) in plain.iter().enumerate() {
                let got = at.workstream(k, w);
                assert!(
                    (got - x).abs() <= 1e-9 * (1.0 + x.abs()),
                    "{} {}: {got} vs {x}",
                    w.id(),
                    OUTCOMES[k].id()
                );
            }
        }
        assert_eq!(at.workstream(0, Workstream::Food), 0.0);
    }

    #[test]
    fn a_lever_that_does_not_move_gets_nothing_and_one_that_does_gets_it_all() {
        let m = Model::embedded().unwrap();
        let a = m.baseline().scenario.clone();
        let mut b = a.clone();
        b.set_amount(Workstream::Mobility, Instrument::Loans, 450e6);
        let at = check_sums(&m, &a, &b);
        for k in 0..OUTCOMES.len() {
            let mob = at.by_lever[k][Workstream::Mobility.index()][Instrument::Loans.index()];
            assert!((mob - at.total[k]).abs() <= 1e-9 * (1.0 + mob.abs()));
            assert_eq!(at.workstream(k, Workstream::Food), 0.0);
        }
        let same = check_sums(&m, &a, &a);
        assert!(same.total.iter().all(|&x| x == 0.0));
    }

    #[test]
    fn a_euro_of_engineering_buys_more_projects_than_a_euro_of_loans() {
        let m = Model::embedded().unwrap();
        let s = m.baseline().scenario.clone();
        let per = marginal(&m, &s, Outcome::InvestmentSpent).unwrap();
        for w in Workstream::ALL {
            let [l, e, q] = per[w.index()];
            assert!(e > l, "{}: engineering {e} vs loans {l}", w.id());
            assert!(l >= 0.0 && q >= 0.0, "{}: {l} {q}", w.id());
            if !m.lever(w, Instrument::Equity).is_open() {
                assert_eq!(q, 0.0);
            }
        }
    }

    #[test]
    fn overrides_are_reported_apart() {
        let m = Model::embedded().unwrap();
        let a = m.baseline().scenario.clone();
        let mut b = m.preset("climate-first").unwrap().scenario.clone();
        b.overrides.insert("deadweight_loans.default".into(), 50.0);
        let at = check_sums(&m, &a, &b);
        assert!(
            at.overrides[0] > 0.0,
            "less deadweight, more net investment"
        );
    }

    #[test]
    fn a_lever_without_effect_says_why() {
        let m = Model::embedded().unwrap();
        let mut s = m.baseline().scenario.clone();
        // Urban renewal's equity finds only town-centre shops: 20 M€ at a 15 % stake reach
        // well past their 40 M€ of ready projects.
        let p = m.project(&s).unwrap();
        let why = no_effect(&m, &p, Workstream::UrbanRenewal, Instrument::Equity);
        assert_eq!(
            why,
            NoEffect::AllFinanced(vec![crate::domain::Purpose::TownCentrePremises])
        );
        assert!(why.message(crate::Lang::Fr).contains("locaux commerciaux"));
        assert_eq!(why.short(crate::Lang::Fr), "tous ses projets sont financés");
        // Mobility's equity never buys tram kilometres.
        let per = marginal(&m, &s, Outcome::TransitKm).unwrap();
        assert_eq!(
            per[Workstream::Mobility.index()][Instrument::Equity.index()],
            0.0
        );
        assert_eq!(
            no_effect(&m, &p, Workstream::Mobility, Instrument::Equity),
            NoEffect::NotThisResult
        );
        // Each lever card says what its instrument finances.
        let line = finances_line(
            &m,
            Workstream::Mobility,
            Instrument::Equity,
            crate::Lang::Fr,
        );
        assert!(
            line.contains("stations hydrogène") && !line.contains("tram"),
            "{line}"
        );
        s.set_amount(Workstream::Nature, Instrument::Equity, 0.0);
        assert!(
            finances_line(&m, Workstream::Nature, Instrument::Equity, crate::Lang::En)
                .contains("nothing")
        );
    }
}
