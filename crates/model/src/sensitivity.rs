//! One-at-a-time sensitivity: each uncertain parameter set to the low, then the high end of its
//! band, everything else central, and the change of each headline figure. It tells readers
//! which assumptions matter.

use crate::model::Model;
use crate::outcome::Outcome;
use crate::scenario::Scenario;

/// The headline figures the table follows.
pub const HEADLINES: [Outcome; 6] = [
    Outcome::InvestmentSpent,
    Outcome::ConstructionJobs,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::PeopleReached,
    Outcome::MetroCofinancing,
];

/// One parameter's effect.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The parameter.
    pub id: &'static str,
    /// Change of each of [`HEADLINES`] with the parameter at its low end, relative to the
    /// central figure (−0.2 for −20 %; 0 when the central figure is 0).
    pub low: [f64; HEADLINES.len()],
    /// The same at the high end.
    pub high: [f64; HEADLINES.len()],
}

impl Row {
    /// The largest change, in absolute value, over every headline and both ends.
    pub fn swing(&self) -> f64 {
        self.low
            .iter()
            .chain(&self.high)
            .fold(0.0, |m: f64, x| m.max(x.abs()))
    }
}

/// The table for scenario `s`, largest swing first (ties in registry order). Parameters whose
/// band is a single point are left out.
pub fn table(model: &Model, s: &Scenario) -> Vec<Row> {
    let heads = |s: &Scenario| {
        let p = model.project(s).ok()?;
        Some(HEADLINES.map(|o| p.headline(o)))
    };
    let Some(central) = heads(s) else {
        return Vec::new();
    };
    let change = |v: [f64; HEADLINES.len()]| {
        std::array::from_fn(|k| {
            if central[k].abs() > 1e-12 {
                v[k] / central[k] - 1.0
            } else {
                0.0
            }
        })
    };
    let mut rows: Vec<Row> = model
        .registry
        .params
        .iter()
        .filter(|p| p.is_uncertain())
        .filter_map(|p| {
            let at = |v: f64| {
                let mut t = s.clone();
                t.overrides.insert(p.id.to_string(), v);
                heads(&t).map(change)
            };
            Some(Row {
                id: p.id,
                low: at(p.low)?,
                high: at(p.high)?,
            })
        })
        .collect();
    rows.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    rows
}

/// The table as CSV: `parameter, headline, low, high` (relative changes).
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("parameter,headline,low,high\n");
    for r in rows {
        for (k, o) in HEADLINES.iter().enumerate() {
            out.push_str(&format!("{},{},{},{}\n", r.id, o.id(), r.low[k], r.high[k]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_ranks_every_uncertain_parameter() {
        let m = Model::embedded().unwrap();
        let rows = table(&m, &m.baseline().scenario);
        let uncertain = m
            .registry
            .params
            .iter()
            .filter(|p| p.is_uncertain())
            .count();
        assert_eq!(rows.len(), uncertain);
        assert!(rows.windows(2).all(|w| w[0].swing() >= w[1].swing()));
        // Deadweight of loans moves net investment, the other way round from its value.
        let dl = rows
            .iter()
            .find(|r| r.id == "deadweight_loans.default")
            .unwrap();
        assert!(dl.low[0] > 0.0 && dl.high[0] < 0.0, "{dl:?}");
        assert!(rows[0].swing() > 0.2, "{:?}", rows[0]);
    }
}
