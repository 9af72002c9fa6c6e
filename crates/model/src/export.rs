//! Exports: the scenario file format (JSON) and projection tables (JSON, CSV), shared by the
//! command-line tool and the app.

use crate::domain::{Instrument, Workstream, FIRST_YEAR, LAST_YEAR};
use crate::engine::{headline_of, Projection, Summary};
use crate::json::{self, Json, SyntaxError};
use crate::model::Model;
use crate::montecarlo::Bands;
use crate::num;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use serde::Serialize;
use std::collections::BTreeMap;

/// A problem in a scenario file, with the field it concerns.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// `version` is not supported.
    Version(u32),
    /// `preset` names no preset.
    UnknownPreset(String),
    /// `amounts.<ws>`: no such workstream.
    UnknownWorkstream(String),
    /// `amounts.<ws>.<instr>`: no such instrument.
    UnknownInstrument(String),
    /// `amounts.<ws>.<instr>`: outside the lever's range (euros).
    OutOfRange {
        /// The field.
        field: String,
        /// The value.
        value: f64,
        /// Smallest.
        min: f64,
        /// Largest.
        max: f64,
    },
    /// `overrides.<id>`: no such parameter.
    UnknownParameter(String),
    /// `overrides.<id>`: not a value the parameter can take.
    BadParameterValue(String, crate::registry::ValueError),
}

impl FileError {
    /// The field concerned, as a path.
    pub fn field(&self) -> String {
        match self {
            FileError::Version(_) => "version".into(),
            FileError::UnknownPreset(_) => "preset".into(),
            FileError::UnknownWorkstream(f)
            | FileError::UnknownInstrument(f)
            | FileError::UnknownParameter(f)
            | FileError::BadParameterValue(f, _) => f.clone(),
            FileError::OutOfRange { field, .. } => field.clone(),
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Version(v) => write!(
                f,
                "version: {v} is not supported (expected {SCENARIO_FILE_VERSION})"
            ),
            FileError::UnknownPreset(p) => write!(f, "preset: unknown preset '{p}'"),
            FileError::UnknownWorkstream(x) => write!(f, "{x}: unknown workstream"),
            FileError::UnknownInstrument(x) => write!(f, "{x}: unknown instrument"),
            FileError::OutOfRange {
                field,
                value,
                min,
                max,
            } => write!(
                f,
                "{field}: {} € is outside [{}, {}] €",
                num::shortest(*value),
                num::shortest(*min),
                num::shortest(*max)
            ),
            FileError::UnknownParameter(x) => write!(f, "{x}: unknown parameter"),
            FileError::BadParameterValue(x, e) => write!(f, "{x}: {e}"),
        }
    }
}

/// Why a text is not a scenario file.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Not JSON at all.
    Syntax(SyntaxError),
    /// JSON, but `field` is missing, unknown, repeated or of the wrong type.
    Shape {
        /// The field, as a path (`amounts.food.loans`); empty for the whole file.
        field: String,
        /// What is wrong with it.
        problem: ShapeProblem,
    },
}

/// What is wrong with a field of a scenario file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeProblem {
    /// Required and absent.
    Missing,
    /// Not a field of the format.
    Unknown,
    /// Given twice.
    Repeated,
    /// Of another type than the one expected.
    WrongType(Expected),
}

/// A type a field of a scenario file must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A whole number (`version`).
    Integer,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An object.
    Object,
}

impl Expected {
    /// In English, with its article.
    pub fn en(self) -> &'static str {
        match self {
            Expected::Integer => "an integer",
            Expected::Number => "a number",
            Expected::Text => "a string",
            Expected::Object => "an object",
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Syntax(e) => e.fmt(f),
            ReadError::Shape { field, problem } => {
                let field = if field.is_empty() { "file" } else { field };
                match problem {
                    ShapeProblem::Missing => write!(f, "{field}: missing field"),
                    ShapeProblem::Unknown => write!(f, "{field}: unknown field"),
                    ShapeProblem::Repeated => write!(f, "{field}: given twice"),
                    ShapeProblem::WrongType(t) => write!(f, "{field}: expected {}", t.en()),
                }
            }
        }
    }
}

fn shape(field: String, problem: ShapeProblem) -> ReadError {
    ReadError::Shape { field, problem }
}

/// The members of an object, refusing repeated keys; `field` names it in errors.
fn members<'a>(v: &'a Json, field: &str) -> Result<&'a [(String, Json)], ReadError> {
    let Json::Object(m) = v else {
        return Err(shape(
            field.into(),
            ShapeProblem::WrongType(Expected::Object),
        ));
    };
    for (k, (key, _)) in m.iter().enumerate() {
        if m[..k].iter().any(|(other, _)| other == key) {
            return Err(shape(path(field, key), ShapeProblem::Repeated));
        }
    }
    Ok(m)
}

fn path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.into()
    } else {
        format!("{parent}.{key}")
    }
}

/// An object of numbers, as a map.
fn numbers(v: &Json, field: &str) -> Result<BTreeMap<String, f64>, ReadError> {
    // Inserted one by one: collecting into a BTreeMap sorts first, which costs Wasm size.
    let mut out = BTreeMap::new();
    for (k, v) in members(v, field)? {
        let Json::Number(x) = v else {
            return Err(shape(
                path(field, k),
                ShapeProblem::WrongType(Expected::Number),
            ));
        };
        out.insert(k.clone(), *x);
    }
    Ok(out)
}

/// Version of the scenario file format.
pub const SCENARIO_FILE_VERSION: u32 = 1;

/// A scenario as a file: amounts in euros by workstream then instrument id, overrides by
/// parameter id. Levers absent from `amounts` take the preset's amount (or 0 without preset).
///
/// [`ScenarioFile::from_json`] and [`ScenarioFile::to_json`] read and write it; the serde
/// `Serialize` is there for the command line's projection export and is tested to agree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioFile {
    /// Format version, 1.
    pub version: u32,
    /// Preset the scenario starts from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// Euros, `amounts["mobility"]["loans"]`.
    pub amounts: BTreeMap<String, BTreeMap<String, f64>>,
    /// Parameter overrides in registry figures.
    pub overrides: BTreeMap<String, f64>,
}

impl ScenarioFile {
    /// Reads a scenario file: its shape only (the first problem found); [`Self::to_scenario`]
    /// then checks every value against the model.
    pub fn from_json(text: &str) -> Result<ScenarioFile, ReadError> {
        let root = json::parse(text).map_err(ReadError::Syntax)?;
        let mut file = ScenarioFile {
            version: 0,
            preset: None,
            amounts: BTreeMap::new(),
            overrides: BTreeMap::new(),
        };
        let mut version = None;
        for (key, v) in members(&root, "")? {
            match key.as_str() {
                "version" => match v {
                    Json::Number(x) if x.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(x) => {
                        version = Some(*x as u32)
                    }
                    _ => {
                        return Err(shape(
                            key.clone(),
                            ShapeProblem::WrongType(Expected::Integer),
                        ))
                    }
                },
                "preset" => match v {
                    Json::String(p) => file.preset = Some(p.clone()),
                    Json::Null => {}
                    _ => return Err(shape(key.clone(), ShapeProblem::WrongType(Expected::Text))),
                },
                "amounts" => {
                    for (ws, m) in members(v, "amounts")? {
                        let field = path("amounts", ws);
                        file.amounts.insert(ws.clone(), numbers(m, &field)?);
                    }
                }
                "overrides" => file.overrides = numbers(v, "overrides")?,
                _ => return Err(shape(key.clone(), ShapeProblem::Unknown)),
            }
        }
        file.version = version.ok_or_else(|| shape("version".into(), ShapeProblem::Missing))?;
        Ok(file)
    }

    /// The file as indented JSON, numbers written exactly.
    pub fn to_json(&self) -> String {
        let mut out = format!("{{\n  \"version\": {}", self.version);
        if let Some(p) = &self.preset {
            out.push_str(",\n  \"preset\": ");
            json::write_string(&mut out, p);
        }
        let map = |out: &mut String, m: &BTreeMap<String, f64>, indent: &str| {
            out.push('{');
            for (k, (key, v)) in m.iter().enumerate() {
                out.push_str(if k == 0 { "\n" } else { ",\n" });
                out.push_str(indent);
                out.push_str("  ");
                json::write_string(out, key);
                out.push_str(": ");
                out.push_str(&num::shortest(*v));
            }
            if !m.is_empty() {
                out.push('\n');
                out.push_str(indent);
            }
            out.push('}');
        };
        out.push_str(",\n  \"amounts\": {");
        for (k, (ws, m)) in self.amounts.iter().enumerate() {
            out.push_str(if k == 0 { "\n    " } else { ",\n    " });
            json::write_string(&mut out, ws);
            out.push_str(": ");
            map(&mut out, m, "    ");
        }
        out.push_str(if self.amounts.is_empty() {
            "}"
        } else {
            "\n  }"
        });
        out.push_str(",\n  \"overrides\": ");
        map(&mut out, &self.overrides, "  ");
        out.push_str("\n}\n");
        out
    }

    /// The file form of a scenario (every lever written).
    pub fn from_scenario(s: &Scenario) -> ScenarioFile {
        let amounts = Workstream::ALL
            .iter()
            .map(|w| {
                let m = Instrument::ALL
                    .iter()
                    .map(|i| (i.id().to_string(), s.amount(*w, *i)))
                    .collect();
                (w.id().to_string(), m)
            })
            .collect();
        ScenarioFile {
            version: SCENARIO_FILE_VERSION,
            preset: None,
            amounts,
            overrides: s.overrides.clone(),
        }
    }

    /// The scenario, checked against the model; every problem is listed.
    pub fn to_scenario(&self, model: &Model) -> Result<Scenario, Vec<FileError>> {
        let mut errors = Vec::new();
        if self.version != SCENARIO_FILE_VERSION {
            errors.push(FileError::Version(self.version));
        }
        let mut s = match &self.preset {
            None => Scenario::default(),
            Some(id) => match model.preset(id) {
                Some(p) => p.scenario.clone(),
                None => {
                    errors.push(FileError::UnknownPreset(id.clone()));
                    Scenario::default()
                }
            },
        };
        for (wid, m) in &self.amounts {
            let Some(w) = Workstream::from_id(wid) else {
                errors.push(FileError::UnknownWorkstream(format!("amounts.{wid}")));
                continue;
            };
            for (iid, &v) in m {
                let Some(i) = Instrument::from_id(iid) else {
                    errors.push(FileError::UnknownInstrument(format!("amounts.{wid}.{iid}")));
                    continue;
                };
                let spec = model.lever(w, i);
                if !v.is_finite() || v < spec.min || v > spec.max {
                    errors.push(FileError::OutOfRange {
                        field: format!("amounts.{wid}.{iid}"),
                        value: v,
                        min: spec.min,
                        max: spec.max,
                    });
                    continue;
                }
                s.set_amount(w, i, v);
            }
        }
        for (id, &v) in &self.overrides {
            match model.registry.get(id) {
                None => errors.push(FileError::UnknownParameter(format!("overrides.{id}"))),
                Some(p) => match p.check_value(v) {
                    Ok(()) => {
                        s.overrides.insert(id.clone(), v);
                    }
                    Err(e) => {
                        errors.push(FileError::BadParameterValue(format!("overrides.{id}"), e))
                    }
                },
            }
        }
        if errors.is_empty() {
            Ok(s)
        } else {
            Err(errors)
        }
    }
}

/// One outcome in a projection export.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeExport {
    /// Outcome id.
    pub id: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// Unit (English).
    pub unit: &'static str,
    /// Series with BdT money.
    pub with_bdt: Vec<f64>,
    /// Series without it.
    pub without_bdt: Vec<f64>,
    /// Net series.
    pub net: Vec<f64>,
    /// Net headline figure.
    pub headline: f64,
    /// Net headline by workstream id.
    pub by_workstream: BTreeMap<&'static str, f64>,
    /// Monte Carlo bands of the net series, when computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bands: Option<BandsExport>,
}

/// Bands of one outcome.
#[derive(Debug, Clone, Serialize)]
pub struct BandsExport {
    /// P10 per year.
    pub p10: Vec<f64>,
    /// P50 per year.
    pub p50: Vec<f64>,
    /// P90 per year.
    pub p90: Vec<f64>,
    /// `[p10, p50, p90]` of the headline.
    pub headline: [f64; 3],
}

/// A whole projection export (schema `relance-projection/1`, documented in the README).
#[derive(Debug, Clone, Serialize)]
pub struct ProjectionExport {
    /// Schema identifier.
    pub schema: &'static str,
    /// Years of every series.
    pub years: Vec<i32>,
    /// The scenario projected.
    pub scenario: ScenarioFile,
    /// Programme totals.
    pub summary: Summary,
    /// Draws and seed, when bands were computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monte_carlo: Option<(usize, u64)>,
    /// Every outcome.
    pub outcomes: Vec<OutcomeExport>,
}

/// Builds the export of a projection and, optionally, its bands.
pub fn projection_export(s: &Scenario, p: &Projection, bands: Option<&Bands>) -> ProjectionExport {
    let outcomes = Outcome::ALL
        .iter()
        .map(|&o| {
            let net = p.net(o);
            OutcomeExport {
                id: o.id(),
                label_fr: o.label(crate::Lang::Fr),
                label_en: o.label(crate::Lang::En),
                unit: o.unit(crate::Lang::En),
                with_bdt: p.with_bdt[o.index()].to_vec(),
                without_bdt: p.without_bdt[o.index()].to_vec(),
                net: net.to_vec(),
                headline: headline_of(o, &net),
                by_workstream: Workstream::ALL
                    .iter()
                    .map(|w| (w.id(), p.by_workstream[o.index()][w.index()]))
                    .collect(),
                bands: bands.map(|b| BandsExport {
                    p10: b.p10[o.index()].to_vec(),
                    p50: b.p50[o.index()].to_vec(),
                    p90: b.p90[o.index()].to_vec(),
                    headline: b.headline[o.index()],
                }),
            }
        })
        .collect();
    ProjectionExport {
        schema: "relance-projection/1",
        years: (FIRST_YEAR..=LAST_YEAR).collect(),
        scenario: ScenarioFile::from_scenario(s),
        summary: p.summary,
        monte_carlo: bands.map(|b| (b.draws, b.seed)),
        outcomes,
    }
}

/// CSV: one row per outcome and series (`with_bdt`, `without_bdt`, `net`, `p10`, `p50`, `p90`),
/// one column per year.
pub fn projection_csv(p: &Projection, bands: Option<&Bands>) -> String {
    let mut out = String::from("outcome,unit,series");
    for y in FIRST_YEAR..=LAST_YEAR {
        out.push_str(&format!(",{y}"));
    }
    out.push('\n');
    for &o in Outcome::ALL {
        let i = o.index();
        let mut rows: Vec<(&str, Vec<f64>)> = vec![
            ("with_bdt", p.with_bdt[i].to_vec()),
            ("without_bdt", p.without_bdt[i].to_vec()),
            ("net", p.net(o).to_vec()),
        ];
        if let Some(b) = bands {
            rows.push(("p10", b.p10[i].to_vec()));
            rows.push(("p50", b.p50[i].to_vec()));
            rows.push(("p90", b.p90[i].to_vec()));
        }
        for (name, v) in rows {
            out.push_str(&format!("{},{},{}", o.id(), o.unit(crate::Lang::En), name));
            for x in v {
                out.push(',');
                out.push_str(&num::shortest(x));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::tests::as_f64;
    use crate::Model;

    fn files() -> Vec<ScenarioFile> {
        let m = Model::embedded().unwrap();
        let mut out: Vec<ScenarioFile> = m
            .presets
            .iter()
            .map(|p| ScenarioFile::from_scenario(&p.scenario))
            .collect();
        let mut odd = out[0].clone();
        odd.preset = Some("quote\" back\\slash \u{1}é".into());
        odd.overrides.insert("loan_margin".into(), 0.1 + 0.2);
        odd.amounts.insert("food".into(), BTreeMap::new());
        out.push(odd);
        out.push(ScenarioFile {
            version: 1,
            preset: None,
            amounts: BTreeMap::new(),
            overrides: BTreeMap::new(),
        });
        out
    }

    #[test]
    fn files_read_back_exactly_and_agree_with_serde() {
        for f in files() {
            let text = f.to_json();
            assert_eq!(ScenarioFile::from_json(&text), Ok(f.clone()), "{text}");
            let ours = as_f64(serde_json::from_str(&text).unwrap());
            assert_eq!(ours, as_f64(serde_json::to_value(&f).unwrap()), "{text}");
            let compact = serde_json::to_string(&f).unwrap();
            assert_eq!(ScenarioFile::from_json(&compact), Ok(f));
        }
    }

    #[test]
    fn bad_shapes_name_their_field() {
        let shape = |field: &str, problem| {
            Err(ReadError::Shape {
                field: field.into(),
                problem,
            })
        };
        for (text, want) in [
            (
                r#"{"amounts": {}}"#,
                shape("version", ShapeProblem::Missing),
            ),
            (
                r#"{"version": "un"}"#,
                shape("version", ShapeProblem::WrongType(Expected::Integer)),
            ),
            (
                r#"{"version": 1.5}"#,
                shape("version", ShapeProblem::WrongType(Expected::Integer)),
            ),
            (
                r#"{"version": 1, "x": 2}"#,
                shape("x", ShapeProblem::Unknown),
            ),
            (
                r#"{"version": 1, "version": 1}"#,
                shape("version", ShapeProblem::Repeated),
            ),
            (
                r#"{"version": 1, "amounts": {"food": {"loans": "2"}}}"#,
                shape(
                    "amounts.food.loans",
                    ShapeProblem::WrongType(Expected::Number),
                ),
            ),
            (
                r#"{"version": 1, "amounts": {"food": []}}"#,
                shape("amounts.food", ShapeProblem::WrongType(Expected::Object)),
            ),
            ("[]", shape("", ShapeProblem::WrongType(Expected::Object))),
        ] {
            assert_eq!(ScenarioFile::from_json(text), want, "{text}");
        }
        assert!(matches!(
            ScenarioFile::from_json("{\"version\": 1,"),
            Err(ReadError::Syntax(_))
        ));
    }
}
