//! « Et pour ma commune ? »: each workstream's metropolis-wide net results spread over the 92
//! communes by a key that fits the workstream (registry entries
//! `commune_key_<column>.<workstream>`, weights over the columns of `data/communes.csv`). The plan allocates nothing by commune, so
//! this is an illustration by stated keys: what a commune would get if each workstream's results
//! were spread that way. The communes add up exactly to the metropolis's totals.

use crate::domain::Workstream;
use crate::model::Model;
use crate::outcome::Outcome;
use crate::params::{Family, Params};
use crate::scenario::{Scenario, ScenarioError};
use serde::Serialize;

/// One commune's row of `data/communes.csv`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CommuneRow {
    /// INSEE code.
    pub insee: &'static str,
    /// Name.
    pub name: &'static str,
    /// Index in [`TERRITORIES`].
    pub territory: usize,
    /// The figures, in [`Column::ALL`] order.
    pub figures: [f64; 6],
}

include!(concat!(env!("OUT_DIR"), "/commune_table.rs"));

/// A column of the commune data a key can weigh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Column {
    /// Population (populations légales 2022).
    Population,
    /// Residents of the priority neighbourhoods (QPV, 2015 geography).
    Qpv,
    /// Social dwellings (DSU definition).
    SocialDwellings,
    /// CVAE collected by the metropolis on the commune (€).
    Cvae,
    /// Land area (ha).
    Area,
    /// Population of the communes a named transport project serves (0 elsewhere).
    Served,
}

impl Column {
    /// Every column, in the data file's order.
    pub const ALL: [Column; 6] = [
        Column::Population,
        Column::Qpv,
        Column::SocialDwellings,
        Column::Cvae,
        Column::Area,
        Column::Served,
    ];

    /// The column's id in registry entries (`commune_key.<workstream>.<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Column::Population => "population",
            Column::Qpv => "qpv",
            Column::SocialDwellings => "social_dwellings",
            Column::Cvae => "cvae",
            Column::Area => "area",
            Column::Served => "served",
        }
    }
}

/// The outcomes spread over the communes: results that add up across places and are split by
/// workstream. Not the indices or the share of food consumption (not additive), nor money: the
/// investment and the metropolis's co-financing are paid by its whole budget, not received by the
/// communes a key points at.
pub const OUTCOMES: [Outcome; 9] = [
    Outcome::ConstructionJobs,
    Outcome::LastingJobs,
    Outcome::JobsSafeguarded,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::HomesBuilt,
    Outcome::TransitTrips,
    Outcome::Hectares,
    Outcome::PeopleReached,
];

impl Column {
    /// The registry family of this column's key weights (`commune_key_<column>.<workstream>`).
    pub fn family(self) -> Family {
        match self {
            Column::Population => Family::CommuneKeyPopulation,
            Column::Qpv => Family::CommuneKeyQpv,
            Column::SocialDwellings => Family::CommuneKeySocialDwellings,
            Column::Cvae => Family::CommuneKeyCvae,
            Column::Area => Family::CommuneKeyArea,
            Column::Served => Family::CommuneKeyServed,
        }
    }
}

/// The registry entry of workstream `w`'s weight of column `c` (the family's `.default` when
/// the workstream has none of its own).
pub fn key_id(model: &Model, w: Workstream, c: Column) -> &'static str {
    model.registry.params[model.layout.entry(c.family(), w.index())].id
}

/// Workstream `w`'s key in `scenario` (its overrides apply): the weight of each column,
/// normalised to sum to one. A workstream with all weights at zero is spread by population.
pub fn key(model: &Model, scenario: &Scenario, w: Workstream) -> [f64; 6] {
    let values = model
        .values(scenario)
        .unwrap_or_else(|_| model.registry.central_values());
    let params = Params::new(&model.layout, &values);
    let mut k = Column::ALL.map(|c| params.ws(c.family(), w).max(0.0));
    let total: f64 = k.iter().sum();
    if total > 0.0 {
        k.iter_mut().for_each(|x| *x /= total);
    } else {
        k = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    }
    k
}

/// Each commune's share of workstream `w`'s results, in [`COMMUNES`] order; they sum to one.
pub fn shares(model: &Model, scenario: &Scenario, w: Workstream) -> Vec<f64> {
    let k = key(model, scenario, w);
    let totals: [f64; 6] =
        std::array::from_fn(|c| COMMUNES.iter().map(|r| r.figures[c]).sum::<f64>());
    COMMUNES
        .iter()
        .map(|r| {
            (0..Column::ALL.len())
                .filter(|&c| totals[c] > 0.0)
                .map(|c| k[c] * r.figures[c] / totals[c])
                .sum()
        })
        .collect()
}

/// Every commune's and territory's results for a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breakdown {
    /// The outcomes, in [`OUTCOMES`] order.
    pub outcomes: Vec<Outcome>,
    /// Per commune ([`COMMUNES`] order), each outcome's net headline.
    pub communes: Vec<Vec<f64>>,
    /// Per territory ([`TERRITORIES`] order), the sum of its communes.
    pub territories: Vec<Vec<f64>>,
    /// The metropolis's totals (the central projection's headlines).
    pub total: Vec<f64>,
    /// Each outcome's net result per workstream, to name the keys behind a figure.
    pub by_workstream: Vec<[f64; 8]>,
}

/// The population of territory `t` (index in [`TERRITORIES`]).
pub fn territory_population(t: usize) -> f64 {
    COMMUNES
        .iter()
        .filter(|r| r.territory == t)
        .map(|r| r.figures[0])
        .sum()
}

/// `x` per 1 000 inhabitants of a population.
pub fn per_thousand(x: f64, population: f64) -> f64 {
    if population > 0.0 {
        1000.0 * x / population
    } else {
        0.0
    }
}

impl Breakdown {
    /// Every commune and territory as CSV: the values, then the values per 1 000 inhabitants
    /// (`relance-cli communes --format csv` and the app's export).
    pub fn csv(&self) -> String {
        let ids: Vec<&str> = self.outcomes.iter().map(|o| o.id()).collect();
        let per: Vec<String> = ids.iter().map(|i| format!("{i}_per_1000")).collect();
        let mut out = format!(
            "level,code,name,territory,population,{},{}\n",
            ids.join(","),
            per.join(",")
        );
        let mut row = |level: &str, code: &str, name: &str, terr: &str, pop: f64, v: &[f64]| {
            let vals: Vec<String> = v.iter().map(|x| format!("{x:.3}")).collect();
            let per: Vec<String> = v
                .iter()
                .map(|x| format!("{:.4}", per_thousand(*x, pop)))
                .collect();
            out.push_str(&format!(
                "{level},{code},\"{name}\",{terr},{pop},{},{}\n",
                vals.join(","),
                per.join(",")
            ));
        };
        for (r, v) in COMMUNES.iter().zip(&self.communes) {
            let t = TERRITORIES[r.territory].0;
            row("commune", r.insee, r.name, t, r.figures[0], v);
        }
        for (t, v) in self.territories.iter().enumerate() {
            let (code, name) = TERRITORIES[t];
            row("territory", code, name, code, territory_population(t), v);
        }
        out
    }
}

/// Spreads the central projection's net headlines of [`OUTCOMES`] over the communes, workstream
/// by workstream, with each workstream's key.
pub fn breakdown(model: &Model, scenario: &Scenario) -> Result<Breakdown, ScenarioError> {
    let p = model.project(scenario)?;
    let shares: Vec<Vec<f64>> = Workstream::ALL
        .iter()
        .map(|&w| shares(model, scenario, w))
        .collect();
    let communes: Vec<Vec<f64>> = (0..COMMUNES.len())
        .map(|c| {
            OUTCOMES
                .iter()
                .map(|&o| {
                    Workstream::ALL
                        .iter()
                        .map(|&w| p.by_workstream[o.index()][w.index()] * shares[w.index()][c])
                        .sum()
                })
                .collect()
        })
        .collect();
    let mut territories = vec![vec![0.0; OUTCOMES.len()]; TERRITORIES.len()];
    for (row, values) in COMMUNES.iter().zip(&communes) {
        for (t, v) in territories[row.territory].iter_mut().zip(values) {
            *t += v;
        }
    }
    Ok(Breakdown {
        outcomes: OUTCOMES.to_vec(),
        communes,
        territories,
        total: OUTCOMES.iter().map(|&o| p.headline(o)).collect(),
        by_workstream: OUTCOMES
            .iter()
            .map(|o| p.by_workstream[o.index()])
            .collect(),
    })
}

/// The communes whose name contains `query` whatever the case and accents
/// ([`fold_for_search`](crate::format::fold_for_search)), names starting with it first.
pub fn search(query: &str) -> Vec<usize> {
    use crate::format::fold_for_search as fold;
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(bool, usize)> = COMMUNES
        .iter()
        .enumerate()
        .filter_map(|(k, r)| {
            let n = fold(r.name);
            n.contains(&q).then_some((!n.starts_with(&q), k))
        })
        .collect();
    hits.sort();
    hits.into_iter().map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Instrument;
    use rand_core::{RngCore, SeedableRng};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
    }

    #[test]
    fn the_data_file_holds_the_metropolis() {
        assert_eq!(COMMUNES.len(), 92);
        assert_eq!(TERRITORIES.len(), 6);
        let pop: f64 = COMMUNES.iter().map(|r| r.figures[0]).sum();
        assert_eq!(pop, 1_944_405.0, "the EPCI's population totale");
        let qpv: f64 = COMMUNES.iter().map(|r| r.figures[1]).sum();
        assert_eq!(qpv, 302_152.0);
        for t in 0..6 {
            assert!(COMMUNES.iter().any(|r| r.territory == t));
        }
    }

    #[test]
    fn every_key_weighs_registry_columns_and_its_shares_sum_to_one() {
        let m = Model::embedded().unwrap();
        let s = m.baseline().scenario.clone();
        // Every key entry has its source and note; every workstream weighs some column.
        for p in m
            .registry
            .params
            .iter()
            .filter(|p| p.id.starts_with("commune_key_"))
        {
            let t = crate::registry::text_of(p.id).unwrap();
            assert!(!t.source.is_empty() && !t.note_fr.is_empty(), "{}", p.id);
        }
        for w in Workstream::ALL {
            assert!(
                Column::ALL
                    .iter()
                    .any(|&c| !key_id(&m, w, c).ends_with(".default")),
                "{w:?} has a key of its own"
            );
        }
        for w in Workstream::ALL {
            let k = key(&m, &s, w);
            assert!(close(k.iter().sum(), 1.0), "{w:?}");
            assert!(close(shares(&m, &s, w).iter().sum(), 1.0), "{w:?}");
        }
        // An edited key moves the shares: urban renewal by social dwellings only.
        let mut edited = s.clone();
        edited.overrides.insert(
            key_id(&m, Workstream::UrbanRenewal, Column::Qpv).to_string(),
            0.0,
        );
        let a = shares(&m, &s, Workstream::UrbanRenewal);
        let b = shares(&m, &edited, Workstream::UrbanRenewal);
        assert_ne!(a, b);
        assert!(close(b.iter().sum(), 1.0));
    }

    fn sums_hold(m: &Model, s: &Scenario) {
        let b = breakdown(m, s).unwrap();
        for (k, &o) in b.outcomes.iter().enumerate() {
            let communes: f64 = b.communes.iter().map(|v| v[k]).sum();
            let territories: f64 = b.territories.iter().map(|v| v[k]).sum();
            assert!(
                close(communes, b.total[k]),
                "{}: {communes} vs {}",
                o.id(),
                b.total[k]
            );
            assert!(close(territories, b.total[k]), "{}", o.id());
        }
    }

    #[test]
    fn communes_add_up_to_the_metropolis_for_every_preset_and_random_scenarios() {
        let m = Model::embedded().unwrap();
        for p in &m.presets {
            sums_hold(&m, &p.scenario);
        }
        let mut rng = rand_pcg::Pcg32::seed_from_u64(15);
        for _ in 0..20 {
            let mut s = m.baseline().scenario.clone();
            for l in &m.levers {
                let u = rng.next_u32() as f64 / u32::MAX as f64;
                let x = l.min + u * (l.max - l.min);
                s.set_amount(l.workstream, l.instrument, l.snap(x));
            }
            sums_hold(&m, &s);
        }
        // Only divides money in QPV communes reaches people: none where there is no QPV.
        let mut only = m.baseline().scenario.clone();
        only.amounts = Default::default();
        only.set_amount(Workstream::Divides, Instrument::Loans, 50e6);
        let b = breakdown(&m, &only).unwrap();
        let people = OUTCOMES
            .iter()
            .position(|&o| o == Outcome::PeopleReached)
            .unwrap();
        for (r, v) in COMMUNES.iter().zip(&b.communes) {
            assert_eq!(r.figures[1] == 0.0, v[people] == 0.0, "{}", r.name);
        }
    }

    #[test]
    fn names_are_found_without_their_accents() {
        let first = |q: &str| search(q).first().map(|&k| COMMUNES[k].name);
        assert_eq!(first("aubagne"), Some("Aubagne"));
        assert_eq!(first("AUBAGNE"), Some("Aubagne"));
        assert_eq!(first("eguilles"), Some("Éguilles"));
        assert_eq!(first("pennes"), Some("Les Pennes-Mirabeau"));
        assert!(search("zzz").is_empty());
        assert!(search("  ").is_empty());
    }
}
