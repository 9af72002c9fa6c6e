//! The parameter registry: every number the engine uses, with its range, unit and source.
//!
//! The registry is data (`data/parameters.toml`). The build script reads it with `toml` and
//! `serde` and checks every entry (a missing, empty or unknown field, an unknown unit or
//! confidence, `low > high`, a value outside its band or its unit) — a bad entry is a build
//! error naming the parameter — then embeds it as the static table [`PARAMS`].
//! [`crate::params::Layout::new`] then checks it against what the engine reads.

pub use crate::data::{Confidence, Unit, ValueError};
use crate::domain::Lang;
use crate::format::number;
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/registry_table.rs"));

impl Unit {
    /// Symbol shown to people.
    pub fn symbol(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Unit::Percent, _) => "%",
            (Unit::PercentPerYear, Lang::Fr) => "%/an",
            (Unit::PercentPerYear, Lang::En) => "%/yr",
            (Unit::Years, Lang::Fr) => "ans",
            (Unit::Years, Lang::En) => "years",
            (Unit::MEur, _) => "M€",
            (Unit::MEurPerYear, Lang::Fr) => "M€/an",
            (Unit::MEurPerYear, Lang::En) => "M€/yr",
            (Unit::EurPerEur, _) => "€/€",
            (Unit::Ratio, _) => "",
            (Unit::Flag, Lang::Fr) => "(1 = oui)",
            (Unit::Flag, Lang::En) => "(1 = yes)",
            (Unit::JobYearsPerMEur, Lang::Fr) => "emplois-années/M€",
            (Unit::JobYearsPerMEur, Lang::En) => "job-years/M€",
            (Unit::JobsPerMEur, Lang::Fr) => "emplois/M€",
            (Unit::JobsPerMEur, Lang::En) => "jobs/M€",
            (Unit::TCo2PerYearPerMEur, Lang::Fr) => "tCO2/an par M€",
            (Unit::TCo2PerYearPerMEur, Lang::En) => "tCO2/yr per M€",
            (Unit::KEurPerHome, Lang::Fr) => "k€/logement",
            (Unit::KEurPerHome, Lang::En) => "k€/home",
            (Unit::MEurPerKm, _) => "M€/km",
            (Unit::TripsPerDayPerKm, Lang::Fr) => "voyages/jour/km",
            (Unit::TripsPerDayPerKm, Lang::En) => "trips/day/km",
            (Unit::KEurPerHa, _) => "k€/ha",
            (Unit::EurPerPerson, Lang::Fr) => "€/personne",
            (Unit::EurPerPerson, Lang::En) => "€/person",
            (Unit::JobYears, Lang::Fr) => "emplois-années",
            (Unit::JobYears, Lang::En) => "job-years",
            (Unit::Jobs, Lang::Fr) => "emplois",
            (Unit::Jobs, Lang::En) => "jobs",
            (Unit::People, Lang::Fr) => "personnes",
            (Unit::People, Lang::En) => "people",
            (Unit::Homes, Lang::Fr) => "logements",
            (Unit::Homes, Lang::En) => "homes",
            (Unit::TCo2PerYear, Lang::Fr) => "tCO2/an",
            (Unit::TCo2PerYear, Lang::En) => "tCO2/yr",
            (Unit::Hectares, _) => "ha",
            (Unit::PercentagePoints, Lang::Fr) => "points",
            (Unit::PercentagePoints, Lang::En) => "points",
            (Unit::EurPerTCo2, _) => "€/tCO2",
        }
    }
}

impl Confidence {
    /// Label shown to people.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Confidence::High, Lang::Fr) => "élevée",
            (Confidence::High, Lang::En) => "high",
            (Confidence::Medium, Lang::Fr) => "moyenne",
            (Confidence::Medium, Lang::En) => "medium",
            (Confidence::Low, Lang::Fr) => "faible",
            (Confidence::Low, Lang::En) => "low",
            (Confidence::Assumption, Lang::Fr) => "hypothèse",
            (Confidence::Assumption, Lang::En) => "assumption",
        }
    }
}

/// One registry entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Param {
    /// Identifier, e.g. `jobs_construction.mobility` or `jobs_construction.default`.
    pub id: &'static str,
    /// Central value, in the unit's figures (60 for 60 %).
    pub value: f64,
    /// Low end of the uncertainty band.
    pub low: f64,
    /// High end of the uncertainty band.
    pub high: f64,
    /// Unit.
    pub unit: Unit,
    /// Confidence.
    pub confidence: Confidence,
    /// The common factor it shares with other entries, if any (see `montecarlo::Plan`).
    pub factor: Option<&'static str>,
}

/// Where an entry's figure comes from. Kept apart from [`Param`]: a program that never shows
/// sources (the app's first screen) does not carry these texts, which [`text_of`] alone
/// reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ParamText {
    /// The entry's id.
    pub id: &'static str,
    /// French label (here rather than in [`Param`]: the app's first screen shows none).
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// Source title (or "Hypothèse" for an assumption).
    pub source: &'static str,
    /// Source address, when there is one.
    pub url: Option<&'static str>,
    /// Note: derivation, caveats, or why an assumption takes this value, in English.
    pub note_en: &'static str,
    /// The same in French.
    pub note_fr: &'static str,
}

impl ParamText {
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

/// The source and note of the embedded entry `id`.
pub fn text_of(id: &str) -> Option<&'static ParamText> {
    PARAM_TEXTS.iter().find(|t| t.id == id)
}

/// The label of the embedded entry `id` in `lang` (its id if there is none).
pub fn label_of(id: &str, lang: Lang) -> &str {
    text_of(id).map_or(id, |t| t.label(lang))
}

impl Param {
    /// Whether the Monte Carlo draws this parameter (its band is not a single point).
    pub fn is_uncertain(&self) -> bool {
        self.high > self.low
    }

    /// Checks that `v` (in registry figures) is a value this parameter may take.
    pub fn check_value(&self, v: f64) -> Result<(), ValueError> {
        self.unit.check(v)
    }
}

impl ValueError {
    /// Why the value is refused, in `lang` (a clause: « ce n'est pas un nombre »).
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match *self {
            ValueError::NotANumber => if fr {
                "ce n'est pas un nombre"
            } else {
                "not a number"
            }
            .into(),
            ValueError::NotWhole => if fr {
                "un nombre entier est attendu"
            } else {
                "a whole number is expected"
            }
            .into(),
            ValueError::OutOfRange { min, max } => {
                let range = format!("{} – {}", number(min, 0, lang), number(max, 0, lang));
                if fr {
                    format!("valeur impossible pour ce paramètre ({range})")
                } else {
                    format!("impossible value for this parameter ({range})")
                }
            }
        }
    }
}

/// An error in the registry, naming the parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryError {
    /// The parameter (or family) concerned.
    pub param: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for RegistryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "parameter '{}': {}", self.param, self.message)
    }
}

impl std::error::Error for RegistryError {}

/// The list of parameters, in file order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Registry {
    /// Entries in file order.
    pub params: Vec<Param>,
}

/// An edit that would let a purpose's BdT loan and stake cover more than its whole cost.
#[derive(Debug, Clone, PartialEq)]
pub struct StructureError {
    /// The purpose.
    pub purpose: crate::domain::Purpose,
    /// The largest loan share a draw can take (%).
    pub loan: f64,
    /// The largest stake a draw can take (%).
    pub stake: f64,
}

impl StructureError {
    /// The problem in plain words in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let (l, q) = (number(self.loan, 0, lang), number(self.stake, 0, lang));
        match lang {
            Lang::Fr => format!(
                "{} : un prêt jusqu'à {l} % et une participation jusqu'à {q} % du coût dépasseraient 100 % du projet",
                self.purpose.label(lang)
            ),
            Lang::En => format!(
                "{}: a loan up to {l} % and a stake up to {q} % of the cost would exceed 100 % of the project",
                self.purpose.label(lang)
            ),
        }
    }
}

impl Registry {
    /// Checks that with `overrides` every purpose's loan and stake shares stay within the
    /// project's cost in every Monte Carlo draw (an override widens its band to include it).
    pub fn check_structures(
        &self,
        overrides: &std::collections::BTreeMap<String, f64>,
    ) -> Result<(), StructureError> {
        for purpose in crate::domain::Purpose::ALL {
            let top = |family: &str| {
                let id = format!("{family}.{}", purpose.id());
                let high = self.get(&id).map_or(0.0, |p| p.high);
                overrides.get(&id).map_or(high, |&v| v.max(high))
            };
            let (loan, stake) = (top("loan_share"), top("equity_stake"));
            if loan + stake > 100.0 + 1e-9 {
                return Err(StructureError {
                    purpose,
                    loan,
                    stake,
                });
            }
        }
        Ok(())
    }

    /// The registry embedded in the build (checked when it was built).
    pub fn embedded() -> Registry {
        Registry {
            params: PARAMS.to_vec(),
        }
    }

    /// Position of the entry `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.params.iter().position(|p| p.id == id)
    }

    /// The entry `id`.
    pub fn get(&self, id: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.id == id)
    }

    /// Central values, converted to the engine's figures.
    pub fn central_values(&self) -> Vec<f64> {
        self.params
            .iter()
            .map(|p| p.value * p.unit.scale())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ParamEntry;

    fn good() -> ParamEntry {
        ParamEntry {
            value: 50.0,
            low: 40.0,
            high: 60.0,
            unit: "%".into(),
            label_fr: "X".into(),
            label_en: "X".into(),
            source: "S".into(),
            url: None,
            confidence: "assumption".into(),
            note: "why".into(),
            note_fr: "pourquoi".into(),
            factor: None,
        }
    }

    fn check_err(edit: impl FnOnce(&mut ParamEntry), part: &str) {
        let mut p = good();
        edit(&mut p);
        let e = p.check().unwrap_err();
        assert!(e.contains(part), "expected '{part}' in '{e}'");
    }

    #[test]
    fn a_good_entry_passes_and_the_embedded_one_scales() {
        assert_eq!(good().check(), Ok((Unit::Percent, Confidence::Assumption)));
        let r = Registry::embedded();
        assert_eq!(r.params.len(), PARAMS.len());
        let k = r.position("eng_cofinance").unwrap();
        assert_eq!(r.central_values()[k], r.params[k].value * 0.01);
    }

    #[test]
    fn every_entry_has_its_source_and_note() {
        assert_eq!(PARAM_TEXTS.len(), PARAMS.len());
        for (p, t) in PARAMS.iter().zip(PARAM_TEXTS) {
            assert_eq!(p.id, t.id);
            assert!(!t.source.trim().is_empty(), "{}", p.id);
            assert!(
                !t.note_en.trim().is_empty() && !t.note_fr.trim().is_empty(),
                "{}",
                p.id
            );
            // The French note is not the English one left untranslated.
            assert_ne!(t.note_en, t.note_fr, "{}", p.id);
            assert_eq!(text_of(p.id), Some(t));
        }
    }

    #[test]
    fn each_defect_is_named() {
        check_err(|p| p.low = 70.0, "above high");
        check_err(|p| p.value = 30.0, "outside its band");
        check_err(|p| p.unit = "furlongs".into(), "unknown unit");
        check_err(|p| p.note = String::new(), "field 'note' is empty");
        check_err(|p| p.high = 160.0, "between 0 and 100");
        check_err(|p| p.confidence = "sure".into(), "unknown confidence");
        check_err(|p| p.url = Some("ftp://x".into()), "not a web address");
        check_err(|p| p.source = " ".into(), "empty");
    }
}
