//! The vocabulary of the data files (`data/*.toml`) and the checks every entry must pass.
//!
//! This module is compiled twice: by the build script (`build.rs`), which reads the TOML with
//! `toml` + `serde`, runs these checks — a bad entry is a build error naming it — and writes
//! the static tables the crate embeds; and by the crate itself, where the registry uses the
//! same units, confidences and value checks for parameter overrides typed by people.
//! It depends on nothing but `std` and `serde`.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_enum {
    ($(#[$doc:meta])* $name:ident { $( $(#[$vdoc:meta])* $variant:ident = $id:literal ),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $( $(#[$vdoc])* $variant ),* }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),* ];

            /// Identifier used in the data files.
            pub fn id(self) -> &'static str {
                match self { $( $name::$variant => $id ),* }
            }

            /// The value written `id` in the data files.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|u| u.id() == id)
            }
        }
    };
}

id_enum! {
    /// Unit of a parameter, as written in the registry.
    Unit {
        /// Percent (the engine uses the fraction: 60 → 0.6).
        Percent = "%",
        /// Percent per year (rates; may be negative for returns).
        PercentPerYear = "%/yr",
        /// Whole years.
        Years = "years",
        /// Millions of euros.
        MEur = "M€",
        /// Millions of euros per year.
        MEurPerYear = "M€/yr",
        /// Euros per euro.
        EurPerEur = "€/€",
        /// A dimensionless number.
        Ratio = "ratio",
        /// 0 (no) or 1 (yes).
        Flag = "flag",
        /// Job-years per million euros spent.
        JobYearsPerMEur = "job-years/M€",
        /// Jobs per million euros.
        JobsPerMEur = "jobs/M€",
        /// Tonnes of CO2 avoided per year per million euros of completed investment.
        TCo2PerYearPerMEur = "tCO2/yr/M€",
        /// Thousands of euros per home.
        KEurPerHome = "k€/home",
        /// Millions of euros per kilometre of line.
        MEurPerKm = "M€/km",
        /// Trips per day per kilometre of line.
        TripsPerDayPerKm = "trips/day/km",
        /// Thousands of euros per hectare.
        KEurPerHa = "k€/ha",
        /// Euros per person.
        EurPerPerson = "€/person",
        /// Job-years.
        JobYears = "job-years",
        /// Jobs.
        Jobs = "jobs",
        /// People.
        People = "people",
        /// Homes.
        Homes = "homes",
        /// Tonnes of CO2 per year.
        TCo2PerYear = "tCO2/yr",
        /// Hectares.
        Hectares = "ha",
        /// Percentage points.
        PercentagePoints = "pp",
        /// Euros per tonne of CO2.
        EurPerTCo2 = "€/tCO2",
    }
}

id_enum! {
    /// How much a figure can be trusted.
    Confidence {
        /// Official or primary source, stated plainly.
        High = "high",
        /// Reputable press or trade body, or a primary source with some ambiguity.
        Medium = "medium",
        /// Secondary citation, aggregator, or a ratio derived by us.
        Low = "low",
        /// No source: our assumption; the note says why this value.
        Assumption = "assumption",
    }
}

impl Unit {
    /// Factor from the registry's figure to the engine's (percent → fraction).
    pub fn scale(self) -> f64 {
        match self {
            Unit::Percent | Unit::PercentPerYear => 0.01,
            _ => 1.0,
        }
    }

    /// The values this unit allows, in registry figures: what a reader would accept for the
    /// figure of one territory of 1.9 million people, about ten times the largest figure in the
    /// registry and never an order of magnitude no source could support. Every registry band
    /// lies inside (checked at build time), and an edited value outside is refused.
    pub fn valid_range(self) -> (f64, f64) {
        match self {
            Unit::Percent | Unit::PercentagePoints => (0.0, 100.0),
            Unit::PercentPerYear => (-100.0, 100.0),
            Unit::Flag => (0.0, 1.0),
            Unit::Years => (0.0, 100.0),
            Unit::Ratio => (0.0, 100.0),
            Unit::EurPerEur => (0.0, 1_000.0),
            Unit::JobYearsPerMEur | Unit::JobsPerMEur => (0.0, 1_000.0),
            Unit::TCo2PerYearPerMEur => (0.0, 10_000.0),
            Unit::KEurPerHome => (0.0, 10_000.0),
            Unit::MEurPerKm => (0.0, 1_000.0),
            Unit::TripsPerDayPerKm => (0.0, 1_000_000.0),
            Unit::KEurPerHa => (0.0, 100_000.0),
            Unit::EurPerPerson => (0.0, 1_000_000.0),
            Unit::MEur | Unit::MEurPerYear => (0.0, 100_000.0),
            Unit::JobYears | Unit::Jobs | Unit::People | Unit::Homes => (0.0, 10_000_000.0),
            Unit::TCo2PerYear => (0.0, 100_000_000.0),
            Unit::Hectares => (0.0, 1_000_000.0),
            Unit::EurPerTCo2 => (0.0, 10_000.0),
        }
    }

    /// Whether the unit measures an amount that is positive by nature and uncertain by a
    /// multiple (a cost per unit, an intensity per million, a multiplier; amounts in M€, sums of
    /// projects, stay linear): such entries are drawn on a log scale, so that "from half to
    /// twice" is as likely below as above. Shares, rates, durations and counts are drawn on a
    /// linear scale.
    pub fn is_multiplicative(self) -> bool {
        !matches!(
            self,
            Unit::Percent
                | Unit::PercentPerYear
                | Unit::PercentagePoints
                | Unit::Years
                | Unit::Flag
                | Unit::MEur
                | Unit::MEurPerYear
                | Unit::JobYears
                | Unit::Jobs
                | Unit::People
                | Unit::Homes
                | Unit::TCo2PerYear
                | Unit::Hectares
        )
    }

    /// Whether values must be whole numbers.
    pub fn is_integer(self) -> bool {
        matches!(self, Unit::Years | Unit::Flag)
    }

    /// Checks that `v` (in registry figures) is a value of this unit.
    pub fn check(self, v: f64) -> Result<(), ValueError> {
        let (min, max) = self.valid_range();
        if !v.is_finite() {
            return Err(ValueError::NotANumber);
        }
        if v < min || v > max {
            return Err(ValueError::OutOfRange { min, max });
        }
        if self.is_integer() && v.fract() != 0.0 {
            return Err(ValueError::NotWhole);
        }
        Ok(())
    }
}

/// Why a value is not acceptable for a parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueError {
    /// Not a finite number.
    NotANumber,
    /// Outside what the unit allows.
    OutOfRange {
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// A whole number was expected.
    NotWhole,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::NotANumber => write!(f, "not a finite number"),
            ValueError::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            ValueError::NotWhole => write!(f, "must be a whole number"),
        }
    }
}

/// One registry entry as written in `data/parameters.toml` (read by the build script).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamEntry {
    /// Central value.
    pub value: f64,
    /// Low end of the band.
    pub low: f64,
    /// High end of the band.
    pub high: f64,
    /// Unit id.
    pub unit: String,
    /// French label.
    pub label_fr: String,
    /// English label.
    pub label_en: String,
    /// Source title.
    pub source: String,
    /// Source address.
    #[serde(default)]
    pub url: Option<String>,
    /// Confidence id.
    pub confidence: String,
    /// Note (English).
    pub note: String,
    /// Note (French).
    pub note_fr: String,
    /// The common factor this entry shares with others (one unknown behind several entries):
    /// drawn together, with the share of specific noise in `factor_specific.<factor>`.
    #[serde(default)]
    pub factor: Option<String>,
}

impl ParamEntry {
    /// Checks the entry; the message names the field at fault.
    pub fn check(&self) -> Result<(Unit, Confidence), String> {
        let unit = Unit::from_id(&self.unit).ok_or(format!("unknown unit '{}'", self.unit))?;
        let confidence = Confidence::from_id(&self.confidence)
            .ok_or(format!("unknown confidence '{}'", self.confidence))?;
        for (name, text) in [
            ("label_fr", &self.label_fr),
            ("label_en", &self.label_en),
            ("source", &self.source),
            ("note", &self.note),
            ("note_fr", &self.note_fr),
        ] {
            if text.trim().is_empty() {
                return Err(format!("field '{name}' is empty"));
            }
        }
        if let Some(u) = &self.url {
            if !u.starts_with("https://") && !u.starts_with("http://") {
                return Err(format!("url '{u}' is not a web address"));
            }
        }
        let (value, low, high) = (self.value, self.low, self.high);
        if low > high {
            return Err(format!("low ({low}) is above high ({high})"));
        }
        if value < low || value > high {
            return Err(format!(
                "value ({value}) is outside its band [{low}, {high}]"
            ));
        }
        for (name, v) in [("value", value), ("low", low), ("high", high)] {
            unit.check(v)
                .map_err(|e| format!("{name} {v} {e} for unit '{}'", unit.id()))?;
        }
        Ok((unit, confidence))
    }
}

/// The range of one instrument's levers, as written in `data/levers.toml` (M€).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeverEntry {
    /// Smallest amount.
    pub min: f64,
    /// Largest amount.
    pub max: f64,
    /// Step.
    pub step: f64,
}

/// Thousands of euros in `meur` M€, when that is a whole number: amounts in the data files are
/// decimal, and are embedded as exact whole k€ rather than as float text.
pub fn meur_to_keur(meur: f64) -> Option<i64> {
    let k = (meur * 1000.0).round();
    ((meur * 1000.0 - k).abs() < 1e-6 && k.abs() < 1e12).then_some(k as i64)
}

impl LeverEntry {
    /// `[min, max, step]` in k€, checked: 0 ≤ min ≤ max, step > 0, all whole k€.
    pub fn check(&self) -> Result<[i64; 3], String> {
        let k = |name: &str, v: f64| {
            meur_to_keur(v).ok_or(format!("{name} = {v} M€ is not a whole number of k€"))
        };
        let (min, max, step) = (
            k("min", self.min)?,
            k("max", self.max)?,
            k("step", self.step)?,
        );
        if !(min >= 0 && max >= min && step > 0) {
            return Err("needs 0 ≤ min ≤ max and step > 0".into());
        }
        Ok([min, max, step])
    }
}

id_enum! {
    /// Where a reported figure applies (never blurred: each figure keeps its own).
    Geography {
        /// The metropolis (92 communes).
        Amp = "amp",
        /// The city of Marseille.
        Marseille = "marseille",
        /// The Bouches-du-Rhône département.
        Bdr = "bdr",
        /// The Provence-Alpes-Côte d'Azur region.
        Paca = "paca",
        /// France.
        Fr = "fr",
    }
}

id_enum! {
    /// What a reported figure counts.
    Basis {
        /// Everything financed, without taking off what would have happened anyway.
        Gross = "gross",
        /// What would not have happened otherwise.
        Net = "net",
        /// An observed level or rate (a cost, a take-up, a rate of interest).
        Observed = "observed",
    }
}

id_enum! {
    /// The model figure computed for a reported one of the same definition (Convention 2020,
    /// central).
    Comparison {
        /// BdT loan per social home financed, new and rehabilitated, weighted by the reported
        /// figure's own mix of the two (k€, gross).
        LoanPerHome = "loan_per_home",
        /// BdT loan per home renovated (k€, gross).
        LoanPerRenovatedHome = "loan_per_renovated_home",
        /// The Convention's BdT money per year, 2021-2026 (M€/yr).
        YearlyMoney = "yearly_money",
        /// The Convention's equity per year, 2021-2026 (M€/yr).
        YearlyEquity = "yearly_equity",
    }
}

/// One reported figure, as written in `data/reported.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedEntry {
    /// Identifier.
    pub id: String,
    /// Year the figure describes.
    pub year: i32,
    /// Geography id.
    pub geography: String,
    /// Basis id.
    pub basis: String,
    /// The figure.
    pub value: f64,
    /// Its unit, as people read it.
    pub unit: String,
    /// French label.
    pub label_fr: String,
    /// English label.
    pub label_en: String,
    /// Source title.
    pub source: String,
    /// Source address.
    pub url: String,
    /// Confidence id.
    pub confidence: String,
    /// `check`, `input` or `context`.
    pub role: String,
    /// For a check: the comparison id.
    #[serde(default)]
    pub comparison: Option<String>,
    /// For an input: the registry entry taken from this source.
    #[serde(default)]
    pub param: Option<String>,
    /// For a `loan_per_home` check: the new homes the reported loans financed.
    #[serde(default)]
    pub new_homes: Option<f64>,
    /// For a `loan_per_home` check: the rehabilitated homes they financed.
    #[serde(default)]
    pub renovated_homes: Option<f64>,
    /// Note (French).
    pub note_fr: String,
    /// Note (English).
    pub note_en: String,
}

impl ReportedEntry {
    /// Checks the entry against the vocabulary and the registry's ids; the message names the
    /// field at fault.
    pub fn check(
        &self,
        params: &dyn Fn(&str) -> bool,
    ) -> Result<(Geography, Basis, Confidence), String> {
        let g = Geography::from_id(&self.geography)
            .ok_or(format!("unknown geography '{}'", self.geography))?;
        let b = Basis::from_id(&self.basis).ok_or(format!("unknown basis '{}'", self.basis))?;
        let c = Confidence::from_id(&self.confidence)
            .ok_or(format!("unknown confidence '{}'", self.confidence))?;
        if c == Confidence::Assumption {
            return Err("a reported figure has a source, not the confidence 'assumption'".into());
        }
        if !(2017..=2026).contains(&self.year) {
            return Err(format!("year {} is outside 2017-2026", self.year));
        }
        if !self.url.starts_with("https://") && !self.url.starts_with("http://") {
            return Err(format!("url '{}' is not a web address", self.url));
        }
        for (name, text) in [
            ("label_fr", &self.label_fr),
            ("label_en", &self.label_en),
            ("source", &self.source),
            ("note_fr", &self.note_fr),
            ("note_en", &self.note_en),
            ("unit", &self.unit),
        ] {
            if text.trim().is_empty() {
                return Err(format!("field '{name}' is empty"));
            }
        }
        let mix = (self.new_homes, self.renovated_homes);
        let per_home = self.comparison.as_deref() == Some(Comparison::LoanPerHome.id());
        match mix {
            (Some(n), Some(r)) if per_home && n >= 0.0 && r >= 0.0 && n + r > 0.0 => {}
            (None, None) if !per_home => {}
            _ => {
                return Err(
                    "new_homes and renovated_homes (≥ 0, not both 0) go with a loan_per_home check, and only there"
                        .into(),
                )
            }
        }
        match (self.role.as_str(), &self.comparison, &self.param) {
            ("check", Some(k), None) => {
                Comparison::from_id(k).ok_or(format!("unknown comparison '{k}'"))?;
            }
            ("input", None, Some(p)) if params(p) => {}
            ("input", None, Some(p)) => return Err(format!("no registry entry '{p}'")),
            ("context", None, None) => {}
            (r, _, _) => {
                return Err(format!(
                    "role '{r}': a check names a comparison, an input a param, a context neither"
                ))
            }
        }
        Ok((g, b, c))
    }
}
