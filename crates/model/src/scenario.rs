//! Scenarios (what the user chooses), lever specs and presets.

use crate::domain::{Instrument, Lang, Workstream};
use crate::num::shortest;
use crate::registry::{Registry, ValueError};
use crate::toml_lite::{self, Value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Lever specs shipped with the build.
pub const LEVERS: &str = include_str!("../data/levers.toml");
/// Presets shipped with the build.
pub const PRESETS: &str = include_str!("../data/presets.toml");

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
        crate::num::clamp(self.min + steps * self.step, self.min, self.max)
    }
}

/// A named starting scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preset {
    /// Identifier (used in links and the CLI).
    pub id: String,
    /// French label.
    pub label_fr: String,
    /// English label.
    pub label_en: String,
    /// French description.
    pub description_fr: String,
    /// English description.
    pub description_en: String,
    /// The scenario.
    pub scenario: Scenario,
}

impl Preset {
    /// Label in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.label_fr,
            Lang::En => &self.label_en,
        }
    }

    /// Description in `lang`.
    pub fn description(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.description_fr,
            Lang::En => &self.description_en,
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
                shortest(*value),
                shortest(*min),
                shortest(*max)
            ),
            ScenarioError::UnknownParameter(id) => write!(f, "unknown parameter '{id}'"),
            ScenarioError::BadOverride(id, e) => write!(f, "parameter '{id}': {e}"),
        }
    }
}

impl std::error::Error for ScenarioError {}

/// An error in the lever or preset data.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError(pub String);

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn number(t: &toml_lite::Table, key: &str) -> Result<f64, DataError> {
    match t.get(key) {
        Some(Value::Number(n)) => Ok(*n),
        _ => Err(DataError(format!("[{}] needs a number '{key}'", t.name))),
    }
}

fn text(t: &toml_lite::Table, key: &str) -> Result<String, DataError> {
    match t.get(key) {
        Some(Value::Text(s)) => Ok(s.clone()),
        _ => Err(DataError(format!("[{}] needs a string '{key}'", t.name))),
    }
}

/// Reads lever specs; equity levers are closed where `eligible[w]` is false.
pub fn parse_levers(text_: &str, eligible: [bool; 8]) -> Result<Vec<LeverSpec>, DataError> {
    let tables = toml_lite::parse(text_).map_err(|e| DataError(format!("levers: {e}")))?;
    let mut out = Vec::with_capacity(24);
    for w in Workstream::ALL {
        for i in Instrument::ALL {
            let t = tables
                .iter()
                .find(|t| t.name == i.id())
                .ok_or_else(|| DataError(format!("levers: missing [{}]", i.id())))?;
            let (min, max, step) = (number(t, "min")?, number(t, "max")?, number(t, "step")?);
            if !(min >= 0.0 && max >= min && step > 0.0) {
                return Err(DataError(format!(
                    "levers: [{}] needs 0 ≤ min ≤ max, step > 0",
                    i.id()
                )));
            }
            let open = i != Instrument::Equity || eligible[w.index()];
            out.push(LeverSpec {
                workstream: w,
                instrument: i,
                min: min * MEUR,
                max: if open { max * MEUR } else { min * MEUR },
                step: step * MEUR,
            });
        }
    }
    Ok(out)
}

/// Reads presets (amounts in M€).
pub fn parse_presets(text_: &str) -> Result<Vec<Preset>, DataError> {
    let tables = toml_lite::parse(text_).map_err(|e| DataError(format!("presets: {e}")))?;
    let mut presets: Vec<Preset> = Vec::new();
    for t in &tables {
        match t.name.split_once('.') {
            None => presets.push(Preset {
                id: t.name.clone(),
                label_fr: text(t, "label_fr")?,
                label_en: text(t, "label_en")?,
                description_fr: text(t, "description_fr")?,
                description_en: text(t, "description_en")?,
                scenario: Scenario::default(),
            }),
            Some((pid, inst)) => {
                let i = Instrument::from_id(inst).ok_or_else(|| {
                    DataError(format!("presets: unknown instrument in [{}]", t.name))
                })?;
                let p = presets
                    .iter_mut()
                    .find(|p| p.id == pid)
                    .ok_or_else(|| DataError(format!("presets: [{}] before [{pid}]", t.name)))?;
                for (k, v, _) in &t.fields {
                    let w = Workstream::from_id(k).ok_or_else(|| {
                        DataError(format!("presets: unknown workstream '{k}' in [{}]", t.name))
                    })?;
                    let Value::Number(m) = v else {
                        return Err(DataError(format!(
                            "presets: '{k}' in [{}] must be a number",
                            t.name
                        )));
                    };
                    p.scenario.set_amount(w, i, m * MEUR);
                }
            }
        }
    }
    Ok(presets)
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
    Ok(())
}
