//! One-at-a-time sensitivity: each uncertain parameter set to the low, then the high end of its
//! band, everything else central, and the change of each headline figure; then each common
//! factor, every entry it moves set to its low end together, then its high end. It tells
//! readers which assumptions matter, and a factor's row is what the draws can do together that
//! no single entry does.

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

/// One parameter's effect, or one common factor's (`factor:` and its name).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The parameter, or the factor.
    pub id: &'static str,
    /// Whether `id` names a common factor (all its entries moved together).
    pub factor: bool,
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
    let uncertain = || model.registry.params.iter().filter(|p| p.is_uncertain());
    let at = |entries: &[&crate::registry::Param], high: bool| {
        let mut t = s.clone();
        for p in entries {
            t.overrides
                .insert(p.id.to_string(), if high { p.high } else { p.low });
        }
        heads(&t).map(change)
    };
    let mut rows: Vec<Row> = uncertain()
        .filter_map(|p| {
            Some(Row {
                id: p.id,
                factor: false,
                low: at(&[p], false)?,
                high: at(&[p], true)?,
            })
        })
        .collect();
    let mut factors: Vec<&'static str> = Vec::new();
    for f in uncertain().filter_map(|p| p.factor) {
        if !factors.contains(&f) {
            factors.push(f);
        }
    }
    for f in factors {
        let members: Vec<_> = uncertain().filter(|p| p.factor == Some(f)).collect();
        if let (Some(low), Some(high)) = (at(&members, false), at(&members, true)) {
            rows.push(Row {
                id: f,
                factor: true,
                low,
                high,
            });
        }
    }
    rows.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    rows
}

/// The table as CSV: `parameter, headline, low, high` (relative changes).
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("parameter,headline,low,high\n");
    for r in rows {
        for (k, o) in HEADLINES.iter().enumerate() {
            let prefix = if r.factor { "factor:" } else { "" };
            out.push_str(&format!(
                "{prefix}{},{},{},{}\n",
                r.id,
                o.id(),
                r.low[k],
                r.high[k]
            ));
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
        let factors: std::collections::BTreeSet<_> =
            m.registry.params.iter().filter_map(|p| p.factor).collect();
        assert_eq!(rows.len(), uncertain + factors.len());
        // A factor moves all its entries: the loans' deadweight together moves net
        // investment more than any one of its entries.
        let all = rows
            .iter()
            .find(|r| r.factor && r.id == "deadweight_loans")
            .unwrap();
        let one = rows
            .iter()
            .filter(|r| r.id.starts_with("deadweight_loans."));
        assert!(
            one.into_iter().all(|r| r.low[0].abs() < all.low[0].abs()),
            "{all:?}"
        );
        assert!(all.low[0] > 0.3 && all.high[0] < -0.3, "{all:?}");
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
