//! « Bilan 2020-2026 »: what was reported about this convention's period, each figure with its
//! year, geography, basis, source and confidence (`data/reported.toml`, checked at build time),
//! and, only where the model computes the same definition, the model's figure for the
//! Convention 2020 (central) beside it with the gap. A model input taken from a source is
//! listed as an input, never as a check; observed figures never replace modelled ones.

use crate::data::{Basis, Comparison, Geography};
use crate::domain::{Instrument, Lang, Purpose};
use crate::model::Model;
use crate::params::{Family, Params};
use crate::registry::Confidence;
use serde::Serialize;

/// What a reported figure is to the model.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The model computes the same definition: shown side by side, with the gap.
    Check(Comparison),
    /// The model takes this registry entry from the same source: not a check.
    Input(&'static str),
    /// What happened, with no model figure of the same definition.
    Context,
}

/// One reported figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reported {
    /// Identifier.
    pub id: &'static str,
    /// Year it describes.
    pub year: i32,
    /// Where it applies.
    pub geography: Geography,
    /// What it counts.
    pub basis: Basis,
    /// The figure.
    pub value: f64,
    /// Its unit.
    pub unit: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// Source title.
    pub source: &'static str,
    /// Source address.
    pub url: &'static str,
    /// How far it can be trusted.
    pub confidence: Confidence,
    /// Check, input or context.
    pub role: Role,
    /// For a loan-per-home check: the new and the rehabilitated homes the reported loans
    /// financed, by which the model weights its own loan per home.
    pub mix: Option<(f64, f64)>,
    /// Note (French).
    pub note_fr: &'static str,
    /// Note (English).
    pub note_en: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/reported_table.rs"));

impl Reported {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.label_fr,
            Lang::En => self.label_en,
        }
    }

    /// The note in `lang`.
    pub fn note(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.note_fr,
            Lang::En => self.note_en,
        }
    }
}

/// A geography's name.
pub fn geography_label(g: Geography, lang: Lang) -> &'static str {
    match (g, lang) {
        (Geography::Amp, Lang::Fr) => "Métropole Aix-Marseille-Provence",
        (Geography::Amp, Lang::En) => "Aix-Marseille-Provence metropolis",
        (Geography::Marseille, _) => "Marseille",
        (Geography::Bdr, _) => "Bouches-du-Rhône",
        (Geography::Paca, _) => "Provence-Alpes-Côte d'Azur",
        (Geography::Fr, Lang::Fr) => "France",
        (Geography::Fr, Lang::En) => "France",
    }
}

/// A basis's name.
pub fn basis_label(b: Basis, lang: Lang) -> &'static str {
    match (b, lang) {
        (Basis::Gross, Lang::Fr) => "brut",
        (Basis::Gross, Lang::En) => "gross",
        (Basis::Net, Lang::Fr) => "net",
        (Basis::Net, Lang::En) => "net",
        (Basis::Observed, Lang::Fr) => "observé",
        (Basis::Observed, Lang::En) => "observed",
    }
}

/// The model's figure for the check `r` (its comparison), Convention 2020, central projection;
/// `None` for an input or a context, or if it cannot be computed.
pub fn model_figure(model: &Model, r: &Reported) -> Option<f64> {
    let Role::Check(c) = r.role else {
        return None;
    };
    let s = &model.baseline().scenario;
    let sm = model.project(s).ok()?.summary;
    let values = model.values(s).ok()?;
    let p = Params::new(&model.layout, &values);
    let years =
        (crate::domain::PROGRAMME_LAST_YEAR - crate::domain::PROGRAMME_FIRST_YEAR + 1) as f64;
    // A home's BdT loan: the loan share of its cost (k€).
    let loan_per = |q: Purpose, cost: Family| p.purpose(Family::LoanShare, q) * p.get(cost);
    match c {
        Comparison::LoanPerHome => {
            // Weighted by the reported figure's own mix, so that the check compares a loan
            // per home, not two programmes' shares of new build.
            let (new, renovated) = r.mix?;
            Some(
                (new * loan_per(Purpose::SocialHomes, Family::HomeNewCost)
                    + renovated * loan_per(Purpose::HomeRenovation, Family::HomeRenovationCost))
                    / (new + renovated),
            )
        }
        Comparison::LoanPerRenovatedHome => Some(loan_per(
            Purpose::HomeRenovation,
            Family::HomeRenovationCost,
        )),
        Comparison::YearlyMoney => Some(sm.allocated.iter().sum::<f64>() / years),
        Comparison::YearlyEquity => Some(sm.allocated[Instrument::Equity.index()] / years),
    }
}

/// One row of the bilan: the reported figure, and where the definitions match, the model's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The reported figure.
    pub reported: Reported,
    /// The model's figure of the same definition (Convention 2020, central), for a check.
    pub model: Option<f64>,
    /// `model / reported − 1`, in %, for a check.
    pub gap_percent: Option<f64>,
}

/// Every reported figure, checks with the model's figure beside them.
pub fn rows(model: &Model) -> Vec<Row> {
    REPORTED
        .iter()
        .map(|r| {
            let m = model_figure(model, r);
            Row {
                reported: *r,
                model: m,
                gap_percent: m
                    .filter(|_| r.value != 0.0)
                    .map(|m| 100.0 * (m / r.value - 1.0)),
            }
        })
        .collect()
}

/// The rows as CSV (`relance-cli bilan --format csv`).
pub fn csv(rows: &[Row], lang: Lang) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = String::from(
        "id,year,geography,basis,value,unit,role,model_input,model_figure,gap_percent,confidence,label,source,url\n",
    );
    for r in rows {
        let p = &r.reported;
        let (role, input) = match p.role {
            Role::Check(c) => ("check", c.id()),
            Role::Input(id) => ("input", id),
            Role::Context => ("context", ""),
        };
        let opt = |x: Option<f64>| x.map_or(String::new(), |v| format!("{v:.2}"));
        out.push_str(&format!(
            "{},{},{},{},{},{},{role},{input},{},{},{},{},{},{}\n",
            p.id,
            p.year,
            p.geography.id(),
            p.basis.id(),
            p.value,
            q(p.unit),
            opt(r.model),
            opt(r.gap_percent),
            p.confidence.id(),
            q(p.label(lang)),
            q(p.source),
            q(p.url)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_check_has_a_model_figure_and_every_input_reads_its_source() {
        let m = Model::embedded().unwrap();
        let rows = rows(&m);
        assert_eq!(rows.len(), REPORTED.len());
        for r in &rows {
            match r.reported.role {
                Role::Check(_) => {
                    let v = r.model.unwrap_or_else(|| panic!("{}", r.reported.id));
                    assert!(v.is_finite() && v > 0.0, "{}: {v}", r.reported.id);
                    assert!(r.gap_percent.is_some());
                }
                Role::Input(id) => {
                    assert!(r.model.is_none());
                    // The registry entry names the same source or figure.
                    assert!(m.registry.get(id).is_some(), "{id}");
                }
                Role::Context => assert!(r.model.is_none()),
            }
        }
        // Geographies kept apart: the three PACA ratios stay PACA, the BdR figure BdR.
        let geo = |id: &str| {
            rows.iter()
                .find(|r| r.reported.id == id)
                .unwrap()
                .reported
                .geography
        };
        assert_eq!(geo("loan_per_home_paca_2024"), Geography::Paca);
        assert_eq!(geo("bdt_money_bdr_2021"), Geography::Bdr);
        assert!(NOT_FOUND.len() >= 5);
    }

    #[test]
    fn the_model_figures_are_what_the_definitions_say() {
        let m = Model::embedded().unwrap();
        let sm = m.project(&m.baseline().scenario).unwrap().summary;
        let find = |id: &str| REPORTED.iter().find(|r| r.id == id).unwrap();
        let figure = |id: &str| model_figure(&m, find(id)).unwrap();
        // The Convention's money per year is a part of BdT's yearly money in the département.
        let y = figure("bdt_money_bdr_2021");
        assert!((y - sm.allocated.iter().sum::<f64>() / 6.0).abs() < 1e-9);
        assert!(y < 480.0);
        // A renovated home's loan: the loan share of its cost.
        let r = figure("loan_per_renovated_home_fr_2022");
        assert!((r - 0.60 * 55.0).abs() < 1e-9, "{r}");
        // A new home's loan, from the mix of a year that financed only new homes.
        let only_new = Reported {
            mix: Some((1.0, 0.0)),
            ..*find("loan_per_home_paca_2021")
        };
        let new = model_figure(&m, &only_new).unwrap();
        assert!(new > r, "{new}");
        // Each year's figure is weighted by that year's own mix: more rehabilitation, a lower
        // loan per home (2018 rehabilitated more than it built; 2022 built four homes for one).
        let (y2018, y2022) = (
            figure("loan_per_home_paca_2018"),
            figure("loan_per_home_paca_2022"),
        );
        assert!(r < y2018 && y2018 < y2022 && y2022 < new, "{y2018} {y2022}");
        let (n, rh) = find("loan_per_home_paca_2022").mix.unwrap();
        assert!((y2022 - (n * new + rh * r) / (n + rh)).abs() < 1e-9);
        // An input or a context has no model figure.
        assert!(model_figure(&m, find("livret_a_2023")).is_none());
        let csv = csv(&rows(&m), Lang::Fr);
        assert_eq!(csv.lines().count(), REPORTED.len() + 1);
    }
}
