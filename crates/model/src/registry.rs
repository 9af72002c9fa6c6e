//! The parameter registry: every number the engine uses, with its range, unit and source.
//!
//! The registry is data (`data/parameters.toml`, embedded in the build) and is validated when
//! loaded: a missing field, an unknown field or unit, `low > high`, a value outside what its unit
//! allows, or an entry the engine does not know is a [`RegistryError`] naming the parameter.

use crate::domain::Lang;
use crate::num::shortest;
use crate::toml_lite::{self, Table, Value};
use serde::Serialize;
use std::fmt;

/// The registry shipped with the build.
pub const EMBEDDED: &str = include_str!("../data/parameters.toml");

/// Unit of a parameter, as written in the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Percent (the engine uses the fraction: 60 → 0.6).
    Percent,
    /// Percent per year (rates; may be negative for returns).
    PercentPerYear,
    /// Whole years.
    Years,
    /// Millions of euros.
    MEur,
    /// Millions of euros per year.
    MEurPerYear,
    /// Euros per euro.
    EurPerEur,
    /// A dimensionless number.
    Ratio,
    /// 0 (no) or 1 (yes).
    Flag,
    /// Job-years per million euros spent.
    JobYearsPerMEur,
    /// Jobs per million euros.
    JobsPerMEur,
    /// Tonnes of CO2 avoided per year per million euros of completed investment.
    TCo2PerYearPerMEur,
    /// Thousands of euros per home.
    KEurPerHome,
    /// Millions of euros per kilometre of line.
    MEurPerKm,
    /// Trips per day per kilometre of line.
    TripsPerDayPerKm,
    /// Thousands of euros per hectare.
    KEurPerHa,
    /// Euros per person.
    EurPerPerson,
    /// Job-years.
    JobYears,
    /// Jobs.
    Jobs,
    /// People.
    People,
    /// Homes.
    Homes,
    /// Tonnes of CO2 per year.
    TCo2PerYear,
    /// Hectares.
    Hectares,
    /// Percentage points.
    PercentagePoints,
}

impl Unit {
    const ALL: [Unit; 23] = [
        Unit::Percent,
        Unit::PercentPerYear,
        Unit::Years,
        Unit::MEur,
        Unit::MEurPerYear,
        Unit::EurPerEur,
        Unit::Ratio,
        Unit::Flag,
        Unit::JobYearsPerMEur,
        Unit::JobsPerMEur,
        Unit::TCo2PerYearPerMEur,
        Unit::KEurPerHome,
        Unit::MEurPerKm,
        Unit::TripsPerDayPerKm,
        Unit::KEurPerHa,
        Unit::EurPerPerson,
        Unit::JobYears,
        Unit::Jobs,
        Unit::People,
        Unit::Homes,
        Unit::TCo2PerYear,
        Unit::Hectares,
        Unit::PercentagePoints,
    ];

    /// Identifier used in the registry file.
    pub fn id(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::PercentPerYear => "%/yr",
            Unit::Years => "years",
            Unit::MEur => "M€",
            Unit::MEurPerYear => "M€/yr",
            Unit::EurPerEur => "€/€",
            Unit::Ratio => "ratio",
            Unit::Flag => "flag",
            Unit::JobYearsPerMEur => "job-years/M€",
            Unit::JobsPerMEur => "jobs/M€",
            Unit::TCo2PerYearPerMEur => "tCO2/yr/M€",
            Unit::KEurPerHome => "k€/home",
            Unit::MEurPerKm => "M€/km",
            Unit::TripsPerDayPerKm => "trips/day/km",
            Unit::KEurPerHa => "k€/ha",
            Unit::EurPerPerson => "€/person",
            Unit::JobYears => "job-years",
            Unit::Jobs => "jobs",
            Unit::People => "people",
            Unit::Homes => "homes",
            Unit::TCo2PerYear => "tCO2/yr",
            Unit::Hectares => "ha",
            Unit::PercentagePoints => "pp",
        }
    }

    /// The unit written `id` in the registry.
    pub fn from_id(id: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.id() == id)
    }

    /// Factor from the registry's figure to the engine's (percent → fraction).
    pub fn scale(self) -> f64 {
        match self {
            Unit::Percent | Unit::PercentPerYear => 0.01,
            _ => 1.0,
        }
    }

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
        }
    }

    /// The values this unit allows, in registry figures.
    pub fn valid_range(self) -> (f64, f64) {
        match self {
            Unit::Percent => (0.0, 100.0),
            Unit::PercentPerYear => (-100.0, 100.0),
            Unit::Flag => (0.0, 1.0),
            _ => (0.0, f64::INFINITY),
        }
    }

    /// Whether values must be whole numbers.
    pub fn is_integer(self) -> bool {
        matches!(self, Unit::Years | Unit::Flag)
    }
}

/// How much a figure can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Official or primary source, stated plainly.
    High,
    /// Reputable press or trade body, or a primary source with some ambiguity.
    Medium,
    /// Secondary citation, aggregator, or a ratio derived by us.
    Low,
    /// No source: our assumption; the note says why this value.
    Assumption,
}

impl Confidence {
    /// Identifier used in the registry file.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
            Confidence::Assumption => "assumption",
        }
    }

    fn from_id(id: &str) -> Option<Confidence> {
        [
            Confidence::High,
            Confidence::Medium,
            Confidence::Low,
            Confidence::Assumption,
        ]
        .into_iter()
        .find(|c| c.id() == id)
    }

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
    pub id: String,
    /// Central value, in the unit's figures (60 for 60 %).
    pub value: f64,
    /// Low end of the uncertainty band.
    pub low: f64,
    /// High end of the uncertainty band.
    pub high: f64,
    /// Unit.
    pub unit: Unit,
    /// French label.
    pub label_fr: String,
    /// English label.
    pub label_en: String,
    /// Source title (or "Hypothèse" for an assumption).
    pub source: String,
    /// Source address, when there is one.
    pub url: Option<String>,
    /// Confidence.
    pub confidence: Confidence,
    /// Note: derivation, caveats, or why an assumption takes this value.
    pub note: String,
}

impl Param {
    /// Label in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.label_fr,
            Lang::En => &self.label_en,
        }
    }

    /// Whether the Monte Carlo draws this parameter (its band is not a single point).
    pub fn is_uncertain(&self) -> bool {
        self.high > self.low
    }

    /// Checks that `v` (in registry figures) is a value this parameter may take.
    pub fn check_value(&self, v: f64) -> Result<(), ValueError> {
        let (lo, hi) = self.unit.valid_range();
        if !v.is_finite() {
            return Err(ValueError::NotANumber);
        }
        if v < lo || v > hi {
            return Err(ValueError::OutOfRange { min: lo, max: hi });
        }
        if self.unit.is_integer() && v.fract() != 0.0 {
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
            ValueError::OutOfRange { min, max } if max.is_infinite() => {
                write!(f, "must be at least {}", shortest(*min))
            }
            ValueError::OutOfRange { min, max } => {
                write!(
                    f,
                    "must be between {} and {}",
                    shortest(*min),
                    shortest(*max)
                )
            }
            ValueError::NotWhole => write!(f, "must be a whole number"),
        }
    }
}

/// An error in the registry, naming the parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryError {
    /// The parameter (or table) concerned; empty for a syntax error before any table.
    pub param: String,
    /// 1-based line in the registry file, when known.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.param.is_empty() {
            write!(f, "registry line {}: {}", self.line, self.message)
        } else {
            write!(
                f,
                "parameter '{}' (line {}): {}",
                self.param, self.line, self.message
            )
        }
    }
}

impl std::error::Error for RegistryError {}

/// The validated list of parameters, in file order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Registry {
    /// Entries in file order.
    pub params: Vec<Param>,
}

const FIELDS: [&str; 10] = [
    "value",
    "low",
    "high",
    "unit",
    "label_fr",
    "label_en",
    "source",
    "url",
    "confidence",
    "note",
];

fn param_from_table(t: &Table) -> Result<Param, RegistryError> {
    let err = |m: String| RegistryError {
        param: t.name.clone(),
        line: t.line,
        message: m,
    };
    for (k, _, _) in &t.fields {
        if !FIELDS.contains(&k.as_str()) {
            return Err(err(format!("unknown field '{k}'")));
        }
    }
    let num = |k: &str| match t.get(k) {
        Some(Value::Number(n)) => Ok(*n),
        Some(Value::Text(_)) => Err(err(format!("field '{k}' must be a number"))),
        None => Err(err(format!("missing field '{k}'"))),
    };
    let text = |k: &str| match t.get(k) {
        Some(Value::Text(s)) if !s.trim().is_empty() => Ok(s.clone()),
        Some(Value::Text(_)) => Err(err(format!("field '{k}' is empty"))),
        Some(Value::Number(_)) => Err(err(format!("field '{k}' must be a string"))),
        None => Err(err(format!("missing field '{k}'"))),
    };
    let (value, low, high) = (num("value")?, num("low")?, num("high")?);
    let unit_id = text("unit")?;
    let unit = Unit::from_id(&unit_id).ok_or_else(|| err(format!("unknown unit '{unit_id}'")))?;
    let conf_id = text("confidence")?;
    let confidence = Confidence::from_id(&conf_id)
        .ok_or_else(|| err(format!("unknown confidence '{conf_id}'")))?;
    let url = match t.get("url") {
        None => None,
        Some(_) => Some(text("url")?),
    };
    if let Some(u) = &url {
        if !u.starts_with("https://") && !u.starts_with("http://") {
            return Err(err(format!("url '{u}' is not a web address")));
        }
    }
    let p = Param {
        id: t.name.clone(),
        value,
        low,
        high,
        unit,
        label_fr: text("label_fr")?,
        label_en: text("label_en")?,
        source: text("source")?,
        url,
        confidence,
        note: text("note")?,
    };
    if p.low > p.high {
        return Err(err(format!(
            "low ({}) is above high ({})",
            shortest(p.low),
            shortest(p.high)
        )));
    }
    if p.value < p.low || p.value > p.high {
        return Err(err(format!(
            "value ({}) is outside its band [{}, {}]",
            shortest(p.value),
            shortest(p.low),
            shortest(p.high)
        )));
    }
    for (name, v) in [("value", p.value), ("low", p.low), ("high", p.high)] {
        p.check_value(v).map_err(|e| {
            err(format!(
                "{name} {} {e} for unit '{}'",
                shortest(v),
                unit.id()
            ))
        })?;
    }
    Ok(p)
}

impl Registry {
    /// Parses and validates registry text (field checks only; see
    /// [`crate::params::Layout::new`] for the check against what the engine needs).
    pub fn parse(text: &str) -> Result<Registry, RegistryError> {
        let tables = toml_lite::parse(text).map_err(|e| RegistryError {
            param: String::new(),
            line: e.line,
            message: e.message,
        })?;
        let params = tables
            .iter()
            .map(param_from_table)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Registry { params })
    }

    /// The registry embedded in the build. It is checked by the test suite, so this cannot fail
    /// in a released build; it still returns the error rather than panicking.
    pub fn embedded() -> Result<Registry, RegistryError> {
        Registry::parse(EMBEDDED)
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

    const GOOD: &str = "[x]\nvalue = 50\nlow = 40\nhigh = 60\nunit = \"%\"\nlabel_fr = \"X\"\nlabel_en = \"X\"\nsource = \"S\"\nconfidence = \"assumption\"\nnote = \"why\"\n";

    fn check_err(src: &str, part: &str) {
        let e = Registry::parse(src).unwrap_err();
        assert_eq!(e.param, "x", "{e}");
        assert!(e.to_string().contains(part), "expected '{part}' in '{e}'");
    }

    #[test]
    fn a_good_entry_parses_and_scales() {
        let r = Registry::parse(GOOD).unwrap();
        assert_eq!(r.params[0].unit, Unit::Percent);
        assert_eq!(r.central_values(), vec![0.5]);
    }

    #[test]
    fn each_defect_is_named() {
        check_err(&GOOD.replace("low = 40", "low = 70"), "above high");
        check_err(
            &GOOD.replace("value = 50", "value = 30"),
            "outside its band",
        );
        check_err(
            &GOOD.replace("unit = \"%\"", "unit = \"furlongs\""),
            "unknown unit",
        );
        check_err(
            &GOOD.replace("note = \"why\"\n", ""),
            "missing field 'note'",
        );
        check_err(
            &GOOD.replace("high = 60", "high = 160"),
            "between 0 and 100",
        );
        check_err(
            &format!("{GOOD}colour = \"red\"\n"),
            "unknown field 'colour'",
        );
        check_err(
            &GOOD.replace("confidence = \"assumption\"", "confidence = \"sure\""),
            "unknown confidence",
        );
        check_err(&format!("{GOOD}url = \"ftp://x\"\n"), "not a web address");
        check_err(&GOOD.replace("source = \"S\"", "source = \" \""), "empty");
    }
}
