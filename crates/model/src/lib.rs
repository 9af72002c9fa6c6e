//! # relance-model
//!
//! The simulation engine of Relance: what the Banque des Territoires' loans, engineering
//! credits and equity, spread over the eight workstreams of the Aix-Marseille-Provence
//! "Relance et Renouveau" plan, may change in jobs, CO2, homes, transit, land, food and
//! inclusion, 2020 to 2040, net of what would have happened anyway, with P10/P50/P90 bands.
//!
//! The crate does no IO and knows nothing of the page: every number it uses comes from the
//! parameter registry (`data/parameters.toml`, embedded), each with its range and source.
//!
//! ```
//! use relance_model::{Model, Outcome, Workstream, Instrument};
//!
//! let model = Model::embedded()?;
//! let mut scenario = model.baseline().scenario.clone();
//! let before = model.project(&scenario)?;
//! scenario.set_amount(Workstream::Mobility, Instrument::Loans, 450e6);
//! let after = model.project(&scenario)?;
//! assert!(after.headline(Outcome::Co2Avoided) > before.headline(Outcome::Co2Avoided));
//!
//! let bands = model.monte_carlo(&scenario, 200, 42)?;
//! let [p10, p50, p90] = bands.headline[Outcome::Co2Avoided.index()];
//! assert!(p10 <= p50 && p50 <= p90);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

pub mod attribution;
pub mod bench;
pub mod bilan;
pub mod communes;
pub mod data;
pub mod domain;
pub mod engine;
pub mod export;
pub mod format;
pub mod link;
pub mod methodology;
pub mod migrate;
pub mod model;
pub mod montecarlo;
pub mod outcome;
pub mod params;
pub mod registry;
pub mod scenario;
pub mod seek;
pub mod sensitivity;

pub use domain::{
    Instrument, Lang, Produces, Purpose, Series, Workstream, FIRST_YEAR, LAST_YEAR, N_PURPOSES,
    N_YEARS,
};
pub use engine::{Projection, PurposeSummary, Summary, WorkstreamSummary};
pub use migrate::MODEL_VERSION;
pub use model::{Model, ModelError, BASELINE_PRESET};
pub use montecarlo::Bands;
pub use outcome::{Headline, Kind, Outcome, N_OUTCOMES};
pub use registry::{Confidence, Param, Registry, RegistryError, Unit, ValueError};
pub use scenario::{Area, LeverSpec, Preset, Scenario, ScenarioError, MEUR};
