//! Scenarios (what the user chooses), lever specs and presets.

use crate::domain::{Instrument, Lang, Workstream};
use crate::registry::{Registry, ValueError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

include!(concat!(env!("OUT_DIR"), "/scenario_tables.rs"));

/// One of the areas of intervention the 2020 press release names for the Banque des
/// Territoires: the workstreams it serves and the instruments it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Area {
    /// Identifier.
    pub id: &'static str,
    /// French label (the release's words).
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// Workstreams it serves.
    pub workstreams: &'static [Workstream],
    /// Instruments the release names for it (may be none).
    pub instruments: &'static [Instrument],
}

impl Area {
    /// Label in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.label_fr,
            Lang::En => self.label_en,
        }
    }

    /// The release's words for what BdT does there (French).
    pub fn named(&self) -> &'static str {
        AREA_NAMED
            .iter()
            .find(|(id, _)| *id == self.id)
            .map_or("", |(_, text)| text)
    }

    /// The areas serving workstream `w`.
    pub fn serving(w: Workstream) -> impl Iterator<Item = &'static Area> {
        AREAS.iter().filter(move |a| a.workstreams.contains(&w))
    }

    /// The areas whose instruments include `i`.
    pub fn naming(i: Instrument) -> impl Iterator<Item = &'static Area> {
        AREAS.iter().filter(move |a| a.instruments.contains(&i))
    }
}

/// A preset as embedded by the build script.
#[derive(Debug)]
pub struct PresetRow {
    /// Identifier.
    pub id: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// French description.
    pub description_fr: &'static str,
    /// English description.
    pub description_en: &'static str,
    /// Amounts in k€, `[workstream][instrument]`.
    pub keur: [[i64; 3]; 8],
}

/// Euros in a million euros.
pub const MEUR: f64 = 1e6;

/// The user's choices: an amount in euros per (workstream, instrument) over the programme, and
/// overrides of registry parameters (registry figures, by parameter id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Scenario {
    /// Euros, indexed `[workstream][instrument]`.
    pub amounts: [[f64; 3]; 8],
    /// Parameter overrides, registry figures (60 for 60 %).
    #[serde(default)]
    pub overrides: BTreeMap<String, f64>,
}

impl Scenario {
    /// Amount in euros.
    pub fn amount(&self, w: Workstream, i: Instrument) -> f64 {
        self.amounts[w.index()][i.index()]
    }

    /// Sets an amount in euros.
    pub fn set_amount(&mut self, w: Workstream, i: Instrument, euros: f64) {
        self.amounts[w.index()][i.index()] = euros;
    }

    /// Total euros for an instrument.
    pub fn total(&self, i: Instrument) -> f64 {
        self.amounts.iter().map(|a| a[i.index()]).sum()
    }

    /// Total euros over all levers.
    pub fn total_all(&self) -> f64 {
        self.amounts.iter().flatten().sum()
    }
}

/// Range and step of one lever, in euros.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LeverSpec {
    /// Workstream.
    pub workstream: Workstream,
    /// Instrument.
    pub instrument: Instrument,
    /// Smallest amount.
    pub min: f64,
    /// Largest amount (0 where the instrument is not eligible).
    pub max: f64,
    /// Step.
    pub step: f64,
}

impl LeverSpec {
    /// Whether the lever can take any amount above zero.
    pub fn is_open(&self) -> bool {
        self.max > self.min
    }

    /// Clamps to the range and rounds to the step.
    pub fn snap(&self, euros: f64) -> f64 {
        if !euros.is_finite() {
            return self.min;
        }
        let steps = ((euros - self.min) / self.step).round();
        (self.min + steps * self.step).clamp(self.min, self.max)
    }
}

/// A named starting scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preset {
    /// Identifier (used in links and the CLI).
    pub id: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// French description.
    pub description_fr: &'static str,
    /// English description.
    pub description_en: &'static str,
    /// The scenario.
    pub scenario: Scenario,
}

impl Preset {
    /// Label in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.label_fr,
            Lang::En => self.label_en,
        }
    }

    /// Description in `lang`.
    pub fn description(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.description_fr,
            Lang::En => self.description_en,
        }
    }
}

/// Why a scenario cannot be projected.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioError {
    /// An amount is not a finite number.
    AmountNotANumber(Workstream, Instrument),
    /// An amount is outside its lever's range (euros).
    AmountOutOfRange {
        /// Workstream.
        workstream: Workstream,
        /// Instrument.
        instrument: Instrument,
        /// The amount.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// An override names no registry parameter.
    UnknownParameter(String),
    /// An override value is not acceptable.
    BadOverride(String, ValueError),
    /// Overrides that let a purpose's loan and stake exceed its cost.
    BrokenStructure(crate::registry::StructureError),
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::AmountNotANumber(w, i) => {
                write!(f, "amount {}.{} is not a number", w.id(), i.id())
            }
            ScenarioError::AmountOutOfRange {
                workstream,
                instrument,
                value,
                min,
                max,
            } => write!(
                f,
                "amount {}.{} = {} € is outside [{}, {}] €",
                workstream.id(),
                instrument.id(),
                value,
                min,
                max
            ),
            ScenarioError::UnknownParameter(id) => write!(f, "unknown parameter '{id}'"),
            ScenarioError::BadOverride(id, e) => write!(f, "parameter '{id}': {e}"),
            ScenarioError::BrokenStructure(e) => f.write_str(&e.message(crate::Lang::En)),
        }
    }
}

impl std::error::Error for ScenarioError {}

/// Lever specs from the embedded ranges; equity levers are closed where `eligible[w]` is
/// false.
pub fn embedded_levers(eligible: [bool; 8]) -> Vec<LeverSpec> {
    let mut out = Vec::with_capacity(24);
    for w in Workstream::ALL {
        for i in Instrument::ALL {
            let [min, max, step] = LEVER_KEUR[i.index()].map(|k| k as f64 * 1e3);
            let open = i != Instrument::Equity || eligible[w.index()];
            out.push(LeverSpec {
                workstream: w,
                instrument: i,
                min,
                max: if open { max } else { min },
                step,
            });
        }
    }
    out
}

/// The embedded presets, in file order: the current ones, or those of link format v1 (frozen).
pub fn embedded_presets(v1: bool) -> Vec<Preset> {
    (if v1 { PRESET_ROWS_V1 } else { PRESET_ROWS })
        .iter()
        .map(|r| Preset {
            id: r.id,
            label_fr: r.label_fr,
            label_en: r.label_en,
            description_fr: r.description_fr,
            description_en: r.description_en,
            scenario: Scenario {
                amounts: r.keur.map(|ws| ws.map(|k| k as f64 * 1e3)),
                overrides: BTreeMap::new(),
            },
        })
        .collect()
}

/// Checks a scenario against lever specs and the registry.
pub fn validate(s: &Scenario, levers: &[LeverSpec], reg: &Registry) -> Result<(), ScenarioError> {
    for spec in levers {
        let v = s.amount(spec.workstream, spec.instrument);
        if !v.is_finite() {
            return Err(ScenarioError::AmountNotANumber(
                spec.workstream,
                spec.instrument,
            ));
        }
        // A tolerance of a thousandth of a euro absorbs decimal round trips.
        if v < spec.min - 1e-3 || v > spec.max + 1e-3 {
            return Err(ScenarioError::AmountOutOfRange {
                workstream: spec.workstream,
                instrument: spec.instrument,
                value: v,
                min: spec.min,
                max: spec.max,
            });
        }
    }
    for (id, &v) in &s.overrides {
        let p = reg
            .get(id)
            .ok_or_else(|| ScenarioError::UnknownParameter(id.clone()))?;
        p.check_value(v)
            .map_err(|e| ScenarioError::BadOverride(id.clone(), e))?;
    }
    reg.check_structures(&s.overrides)
        .map_err(ScenarioError::BrokenStructure)
}

#[cfg(test)]
mod area_tests {
    use super::*;

    #[test]
    fn the_eight_areas_cover_every_workstream_but_nature() {
        assert_eq!(AREAS.len(), 8);
        for w in Workstream::ALL {
            let served = Area::serving(w).count();
            if w == Workstream::Nature {
                assert_eq!(served, 0);
            } else {
                assert!(served > 0, "{}", w.id());
            }
        }
        // Only the relocation of industry names equity, loans and engineering together.
        let all: Vec<&str> = AREAS
            .iter()
            .filter(|a| a.instruments.len() == 3)
            .map(|a| a.id)
            .collect();
        assert_eq!(all, ["relocalisation"]);
        assert!(Area::naming(Instrument::Equity).any(|a| a.id == "relocalisation"));
    }
}
