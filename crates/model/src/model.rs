//! The model: registry, layout, levers and presets, loaded and checked together.

use crate::domain::{Instrument, Workstream};
use crate::engine::{project, Projection};
use crate::montecarlo::{monte_carlo, Bands, Drawing, Draws};
use crate::params::{Family, Layout, Params};
use crate::registry::{Registry, RegistryError};
use crate::scenario::{
    embedded_levers, embedded_presets, validate, LeverSpec, Preset, Scenario, ScenarioError,
};
use std::fmt;

/// Why the model's data could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    /// The parameter registry is invalid.
    Registry(RegistryError),
    /// The baseline preset is missing.
    NoBaseline,
    /// A preset does not fit the levers.
    Preset(String, ScenarioError),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Registry(e) => write!(f, "{e}"),
            ModelError::NoBaseline => {
                write!(f, "the baseline preset '{BASELINE_PRESET}' is missing")
            }
            ModelError::Preset(id, e) => write!(f, "preset '{id}': {e}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Identifier of the reference preset, the baseline every change is compared with.
pub const BASELINE_PRESET: &str = "convention-2020";

/// Everything needed to project scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The parameter registry.
    pub registry: Registry,
    /// Where the engine reads each parameter.
    pub layout: Layout,
    /// Lever specs, 24, in workstream-then-instrument order.
    pub levers: Vec<LeverSpec>,
    /// Presets, in file order; the first is the baseline.
    pub presets: Vec<Preset>,
    /// The presets of link format v1, frozen: a v1 link opens to the amounts it was made with.
    pub presets_v1: Vec<Preset>,
}

impl Model {
    /// The model built into this binary: the registry, levers and presets the build script
    /// read and checked, checked here against what the engine reads.
    pub fn embedded() -> Result<Model, ModelError> {
        let mut m = Model::new(Registry::embedded(), embedded_presets(false))?;
        m.presets_v1 = embedded_presets(true);
        for pr in &m.presets_v1 {
            validate(&pr.scenario, &m.levers, &m.registry)
                .map_err(|e| ModelError::Preset(pr.id.to_string(), e))?;
        }
        Ok(m)
    }

    /// Builds a model from a registry and presets (lever ranges are the embedded ones, closed
    /// where the registry makes an instrument ineligible).
    pub fn new(registry: Registry, presets: Vec<Preset>) -> Result<Model, ModelError> {
        let layout = Layout::new(&registry).map_err(ModelError::Registry)?;
        registry
            .check_structures(&Default::default())
            .map_err(|e| {
                ModelError::Registry(RegistryError {
                    param: format!("loan_share.{}", e.purpose.id()),
                    message: e.message(crate::Lang::En),
                })
            })?;
        let central = registry.central_values();
        let p = Params::new(&layout, &central);
        let stakes = p.purpose_all(Family::EquityStake);
        let eligible =
            Workstream::ALL.map(|w| crate::engine::financing::finances_anything(w, &stakes));
        let levers = embedded_levers(eligible);
        if presets.iter().all(|p| p.id != BASELINE_PRESET) {
            return Err(ModelError::NoBaseline);
        }
        for pr in &presets {
            validate(&pr.scenario, &levers, &registry)
                .map_err(|e| ModelError::Preset(pr.id.to_string(), e))?;
        }
        Ok(Model {
            registry,
            layout,
            levers,
            presets_v1: presets.clone(),
            presets,
        })
    }

    /// The purposes of workstream `w` instrument `i` can finance (registry shares above zero;
    /// engineering prepares projects of every purpose).
    pub fn finances(&self, w: Workstream, i: Instrument) -> Vec<crate::domain::Purpose> {
        let family = match i {
            Instrument::Loans => Some("loan_share"),
            Instrument::Equity => Some("equity_stake"),
            Instrument::Engineering => None,
        };
        crate::domain::Purpose::of(w)
            .filter(|p| {
                family.is_none_or(|f| {
                    self.registry
                        .get(&format!("{f}.{}", p.id()))
                        .is_some_and(|e| e.value > 0.0)
                })
            })
            .collect()
    }

    /// The spec of one lever.
    pub fn lever(&self, w: Workstream, i: Instrument) -> &LeverSpec {
        &self.levers[w.index() * 3 + i.index()]
    }

    /// The preset `id`.
    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }

    /// The preset `id` as link format `version` knew it (v1's are frozen).
    pub fn preset_of_version(&self, version: u32, id: &str) -> Option<&Preset> {
        let list = if version == 1 {
            &self.presets_v1
        } else {
            &self.presets
        };
        list.iter().find(|p| p.id == id)
    }

    /// The baseline preset ("Convention 2020").
    pub fn baseline(&self) -> &Preset {
        self.preset(BASELINE_PRESET).unwrap_or(&self.presets[0])
    }

    /// Checks a scenario.
    pub fn validate(&self, s: &Scenario) -> Result<(), ScenarioError> {
        validate(s, &self.levers, &self.registry)
    }

    /// Central values (engine figures) with the scenario's overrides applied.
    pub fn values(&self, s: &Scenario) -> Result<Vec<f64>, ScenarioError> {
        self.validate(s)?;
        let mut v = self.registry.central_values();
        for (id, &x) in &s.overrides {
            if let Some(pos) = self.registry.position(id) {
                v[pos] = x * self.registry.params[pos].unit.scale();
            }
        }
        Ok(v)
    }

    /// `template` with each `{parameter id}` replaced by that registry figure for scenario `s`
    /// (its overrides applied), as people read it: texts that quote a figure read it here, so an
    /// override or a new value never leaves a stale sentence.
    pub fn fill_figures(&self, s: &Scenario, template: &str, lang: crate::Lang) -> String {
        crate::format::fill(template, |id| {
            let p = self.registry.get(id)?;
            let x = s
                .overrides
                .get(id)
                .copied()
                .filter(|&v| p.check_value(v).is_ok())
                .unwrap_or(p.value);
            Some(crate::format::figure(x, lang))
        })
    }

    /// Envelope per instrument (M€), in [`Instrument::ALL`] order, overrides applied (an
    /// invalid scenario reads the registry's values).
    pub fn envelopes(&self, s: &Scenario) -> [f64; 3] {
        let v = self
            .values(s)
            .unwrap_or_else(|_| self.registry.central_values());
        let p = Params::new(&self.layout, &v);
        [
            p.get(Family::EnvelopeLoans),
            p.get(Family::EnvelopeEngineering),
            p.get(Family::EnvelopeEquity),
        ]
    }

    /// The central projection.
    pub fn project(&self, s: &Scenario) -> Result<Projection, ScenarioError> {
        let v = self.values(s)?;
        Ok(project(s, &Params::new(&self.layout, &v)))
    }

    /// Every draw of `s` (minus the same draw of `minus`, paired, when given).
    pub fn draws(
        &self,
        s: &Scenario,
        minus: Option<&Scenario>,
        draws: usize,
        seed: u64,
    ) -> Result<Draws, ScenarioError> {
        let v = self.values(s)?;
        let w = minus.map(|b| self.values(b)).transpose()?;
        let b = minus
            .zip(w.as_deref())
            .map(|(scenario, central)| Drawing { scenario, central });
        Ok(Draws::new(
            &self.registry,
            &self.layout,
            Drawing {
                scenario: s,
                central: &v,
            },
            b,
            draws,
            seed,
        ))
    }

    /// P10/P50/P90 bands of the difference `s − minus`, from paired draws (the same parameter
    /// quantiles for both): what is uncertain about a change, not about each level.
    pub fn difference_bands(
        &self,
        s: &Scenario,
        minus: &Scenario,
        draws: usize,
        seed: u64,
    ) -> Result<Bands, ScenarioError> {
        Ok(self.draws(s, Some(minus), draws, seed)?.bands())
    }

    /// P10/P50/P90 bands from `draws` seeded draws.
    pub fn monte_carlo(
        &self,
        s: &Scenario,
        draws: usize,
        seed: u64,
    ) -> Result<Bands, ScenarioError> {
        let v = self.values(s)?;
        Ok(monte_carlo(
            s,
            &self.registry,
            &self.layout,
            &v,
            draws,
            seed,
        ))
    }
}
