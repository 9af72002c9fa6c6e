//! Exports: the scenario file format (JSON) and projection tables (JSON, CSV), shared by the
//! command-line tool and the app.

use crate::domain::Lang;
use crate::domain::{Instrument, Workstream, FIRST_YEAR, LAST_YEAR};
use crate::engine::{headline_of, Projection, Summary};
use crate::format::{excerpt, number};
use crate::model::Model;
use crate::montecarlo::Bands;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
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
    /// `overrides`: a purpose's loan and stake would exceed its cost.
    BrokenStructure(crate::registry::StructureError),
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
            FileError::BrokenStructure(e) => format!("overrides.loan_share.{}", e.purpose.id()),
        }
    }
}

impl FileError {
    /// The problem in plain words in `lang`, naming its field.
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        let what = match self {
            FileError::Version(v) => match fr {
                true => {
                    format!("version {v} non prise en charge ({SCENARIO_FILE_VERSION} attendue)")
                }
                false => format!("version {v} is not supported ({SCENARIO_FILE_VERSION} expected)"),
            },
            FileError::UnknownPreset(p) => match fr {
                true => format!("scénario de départ inconnu « {} »", excerpt(p)),
                false => format!("unknown starting scenario \"{}\"", excerpt(p)),
            },
            FileError::UnknownWorkstream(_) => pick(fr, "chantier inconnu", "unknown workstream"),
            FileError::UnknownInstrument(_) => pick(fr, "instrument inconnu", "unknown instrument"),
            FileError::OutOfRange {
                value, min, max, ..
            } => {
                let [value, min, max] = [value, min, max].map(|x| number(*x, 0, lang));
                match fr {
                    true => format!("{value} € hors limites ({min} à {max} €)"),
                    false => format!("{value} € out of range ({min} to {max} €)"),
                }
            }
            FileError::UnknownParameter(_) => pick(fr, "paramètre inconnu", "unknown parameter"),
            FileError::BadParameterValue(_, e) => e.message(lang),
            FileError::BrokenStructure(e) => e.message(lang),
        };
        format!("{}{}{what}", excerpt(&self.field()), colon(lang))
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Why a text is not a scenario file.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Not JSON at all: where it stops being JSON.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
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
    /// The type a field at `path` (segments from the root) must have, by the file format.
    fn at(path: &[String]) -> Expected {
        match path {
            [v] if v == "version" => Expected::Integer,
            [p] if p == "preset" => Expected::Text,
            [a, _, _] if a == "amounts" => Expected::Number,
            [o, _] if o == "overrides" => Expected::Number,
            _ => Expected::Object,
        }
    }
}

impl ReadError {
    /// The problem in plain words in `lang`: where the text stops being JSON, or which field
    /// is missing, unknown, repeated or of the wrong type.
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            ReadError::Syntax { line, column } => match fr {
                true => {
                    format!("Ce n'est pas un fichier JSON lisible (ligne {line}, colonne {column})")
                }
                false => format!("This is not a readable JSON file (line {line}, column {column})"),
            },
            ReadError::Shape { field, problem } => {
                let field = match (field.is_empty(), fr) {
                    (false, _) => excerpt(field),
                    (true, true) => "fichier".into(),
                    (true, false) => "file".into(),
                };
                let what = match problem {
                    ShapeProblem::Missing => pick(fr, "absent", "missing"),
                    ShapeProblem::Unknown => pick(fr, "champ inconnu", "unknown field"),
                    ShapeProblem::Repeated => pick(fr, "donné deux fois", "given twice"),
                    ShapeProblem::WrongType(x) => match x {
                        Expected::Integer => pick(fr, "nombre entier attendu", "integer expected"),
                        Expected::Number => pick(fr, "nombre attendu", "number expected"),
                        Expected::Text => pick(fr, "texte attendu", "string expected"),
                        Expected::Object => pick(fr, "objet attendu", "object expected"),
                    },
                };
                let intro = pick(
                    fr,
                    "Champ manquant ou de mauvais type",
                    "Missing field or wrong type",
                );
                format!("{intro}{}{field} ({what})", colon(lang))
            }
        }
    }

    /// Classifies a serde_json error met at `path`.
    fn from_serde(path: &serde_path_to_error::Path, e: &serde_json::Error) -> ReadError {
        use serde_json::error::Category;
        if matches!(
            e.classify(),
            Category::Syntax | Category::Eof | Category::Io
        ) {
            return ReadError::Syntax {
                line: e.line(),
                column: e.column(),
            };
        }
        let mut segments: Vec<String> = path
            .iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        // serde's own messages for these three name the field between backticks, at the
        // level of the object that holds it.
        let text = e.to_string();
        let named = |prefix: &str| {
            text.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix('`'))
                .and_then(|rest| rest.split('`').next())
                .map(str::to_string)
        };
        let problem = [
            ("missing field ", ShapeProblem::Missing),
            ("unknown field ", ShapeProblem::Unknown),
            ("duplicate field ", ShapeProblem::Repeated),
        ]
        .into_iter()
        .find_map(|(prefix, problem)| Some((named(prefix)?, problem)));
        let problem = match problem {
            Some((name, problem)) => {
                // The path may stop at the object or already name the field.
                if segments.last() != Some(&name) {
                    segments.push(name);
                }
                problem
            }
            None => ShapeProblem::WrongType(Expected::at(&segments)),
        };
        ReadError::Shape {
            field: segments.join("."),
            problem,
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReadError {}

/// `fr` or `en`, as a `String`.
fn pick(fr: bool, fr_text: &str, en_text: &str) -> String {
    if fr { fr_text } else { en_text }.to_string()
}

/// The colon before an explanation: spaced in French (« champ : absent »).
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " : ",
        Lang::En => ": ",
    }
}

/// An object whose keys must all differ: JSON allows repeated keys, and serde keeps the last,
/// which would hide a mistake in a hand-edited file.
struct Unique<V>(BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Unique<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Visit<V> {
            type Value = Unique<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    if out.contains_key(&key) {
                        return Err(A::Error::custom(format_args!("duplicate field `{key}`")));
                    }
                    let value = map.next_value()?;
                    out.insert(key, value);
                }
                Ok(Unique(out))
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

fn unique_numbers<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, f64>, D::Error> {
    Unique::deserialize(d).map(|u| u.0)
}

fn unique_amounts<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, BTreeMap<String, f64>>, D::Error> {
    let u: Unique<Unique<f64>> = Unique::deserialize(d)?;
    Ok(u.0.into_iter().map(|(k, v)| (k, v.0)).collect())
}

/// Version of the scenario file format: 2 since model v3 (the same fields as 1; a file of
/// version 1 was saved with model v2 and opens with this model's figures).
pub const SCENARIO_FILE_VERSION: u32 = 2;

/// A scenario as a file: amounts in euros by workstream then instrument id, overrides by
/// parameter id. Levers absent from `amounts` take the preset's amount (or 0 without preset).
///
/// [`ScenarioFile::from_json`] and [`ScenarioFile::to_json`] read and write it with serde_json.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Format version, 1 or 2.
    pub version: u32,
    /// Preset the scenario starts from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// Euros, `amounts["mobility"]["loans"]`.
    #[serde(default, deserialize_with = "unique_amounts")]
    pub amounts: BTreeMap<String, BTreeMap<String, f64>>,
    /// Parameter overrides in registry figures.
    #[serde(default, deserialize_with = "unique_numbers")]
    pub overrides: BTreeMap<String, f64>,
}

impl ScenarioFile {
    /// Reads a scenario file: its shape only (the first problem found, with the line and
    /// column of a syntax error or the path of the field at fault); [`Self::to_scenario`] then
    /// checks every value against the model.
    pub fn from_json(text: &str) -> Result<ScenarioFile, ReadError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let mut track = serde_path_to_error::Track::new();
        let file =
            ScenarioFile::deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track))
                .and_then(|f| de.end().map(|()| f))
                .map_err(|e| ReadError::from_serde(&track.path(), &e))?;
        Ok(file)
    }

    /// The file as indented JSON, numbers written exactly (shortest round-trip form).
    pub fn to_json(&self) -> String {
        // Serialising maps of strings and finite numbers cannot fail; non-finite numbers are
        // refused by `to_scenario` and written as `null` by serde_json.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
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

    /// Whether the file was saved with an earlier model.
    pub fn is_older_model(&self) -> bool {
        self.version < SCENARIO_FILE_VERSION
    }

    /// The scenario, checked against the model; every problem is listed.
    pub fn to_scenario(&self, model: &Model) -> Result<Scenario, Vec<FileError>> {
        let mut errors = Vec::new();
        if !(1..=SCENARIO_FILE_VERSION).contains(&self.version) {
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
            let ids = match crate::migrate::migrate(&model.registry, id, v) {
                crate::migrate::Migrated::Same => vec![(id.clone(), v)],
                // A model v2 override, carried to the parameters that replaced it.
                crate::migrate::Migrated::Into(to) if self.is_older_model() => to,
                crate::migrate::Migrated::Dropped if self.is_older_model() => vec![],
                _ => {
                    errors.push(FileError::UnknownParameter(format!("overrides.{id}")));
                    continue;
                }
            };
            for (id, v) in ids {
                match model.registry.get(&id).map(|p| p.check_value(v)) {
                    Some(Ok(())) => {
                        s.overrides.insert(id, v);
                    }
                    Some(Err(e)) => {
                        errors.push(FileError::BadParameterValue(format!("overrides.{id}"), e))
                    }
                    None => errors.push(FileError::UnknownParameter(format!("overrides.{id}"))),
                }
            }
        }
        if let Err(e) = model.registry.check_structures(&s.overrides) {
            errors.push(FileError::BrokenStructure(e));
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
    /// `effect` (with a counterfactual and a net), `finance` (a flow of money, no
    /// counterfactual) or `reference` (a target to compare with: no net).
    pub kind: crate::outcome::Kind,
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

/// Net investment per euro of one instrument in one workstream.
#[derive(Debug, Clone, Serialize)]
pub struct NetPerEuroExport {
    /// Workstream id.
    pub workstream: &'static str,
    /// Instrument id.
    pub instrument: &'static str,
    /// Amount allocated (M€).
    pub amount: f64,
    /// Net investment it causes, central (M€).
    pub net: f64,
    /// `net / amount` (€ per €; 0 without money).
    pub per_euro: f64,
    /// `[p10, p50, p90]` of `per_euro`, when bands were computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<[f64; 3]>,
}

/// Bands of what the money costs the public.
#[derive(Debug, Clone, Serialize)]
pub struct CostBandsExport {
    /// `[p10, p50, p90]` of the grant-equivalent: loans, engineering, equity, total (M€ 2020).
    pub grant_equivalent: [[f64; 3]; 4],
    /// `[p10, p50, p90]` of the abatement cost (€/tCO2).
    pub abatement_cost: [f64; 3],
}

/// Net investment per euro of every instrument in every workstream, central and banded.
pub fn net_per_euro(s: &Scenario, p: &Projection, bands: Option<&Bands>) -> Vec<NetPerEuroExport> {
    let mut out = Vec::new();
    for w in Workstream::ALL {
        for i in Instrument::ALL {
            let amount = s.amount(w, i) / crate::scenario::MEUR;
            let net = p.summary.workstreams[w.index()].net_by_instrument[i.index()];
            out.push(NetPerEuroExport {
                workstream: w.id(),
                instrument: i.id(),
                amount,
                net,
                per_euro: if amount > 0.0 { net / amount } else { 0.0 },
                band: bands.and_then(|b| b.net_per_euro.get(w.index()).map(|r| r[i.index()])),
            });
        }
    }
    out
}

/// A whole projection export (schema `relance-projection/3`, documented in the README).
#[derive(Debug, Clone, Serialize)]
pub struct ProjectionExport {
    /// Schema identifier.
    pub schema: &'static str,
    /// The model version the figures come from.
    pub model_version: u32,
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
    /// Net investment per euro of each instrument by workstream.
    pub net_per_euro: Vec<NetPerEuroExport>,
    /// Bands of the grant-equivalent and the abatement cost, when bands were computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_bands: Option<CostBandsExport>,
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
                kind: o.kind(),
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
        schema: "relance-projection/3",
        model_version: crate::MODEL_VERSION,
        years: (FIRST_YEAR..=LAST_YEAR).collect(),
        scenario: ScenarioFile::from_scenario(s),
        summary: p.summary,
        monte_carlo: bands.map(|b| (b.draws, b.seed)),
        outcomes,
        net_per_euro: net_per_euro(s, p, bands),
        cost_bands: bands.map(|b| CostBandsExport {
            grant_equivalent: b.grant_equivalent,
            abatement_cost: b.abatement_cost,
        }),
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
                out.push_str(&x.to_string());
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_strings_in_a_file_are_cut_in_its_messages() {
        let m = crate::Model::embedded().unwrap();
        let long = "x".repeat(900_000);
        let text = format!(
            r#"{{"version": 2, "preset": "{long}", "amounts": {{"{long}": {{}}}}, "overrides": {{"{long}": 1}}}}"#
        );
        let file = ScenarioFile::from_json(&text).unwrap();
        let errors = file.to_scenario(&m).unwrap_err();
        assert_eq!(errors.len(), 3, "{}", errors.len());
        for e in &errors {
            for lang in [Lang::Fr, Lang::En] {
                let msg = e.message(lang);
                assert!(msg.chars().count() < 160, "{} chars", msg.chars().count());
                assert!(msg.contains(&format!("{}…", "x".repeat(20))), "{msg}");
            }
        }
        // A wrong type under a long key: the path is cut too.
        let text = format!(r#"{{"version": 2, "amounts": {{"food": {{"{long}": "un"}}}}}}"#);
        let e = ScenarioFile::from_json(&text).unwrap_err();
        assert!(e.message(Lang::Fr).chars().count() < 160);
        assert_eq!(crate::format::excerpt("court"), "court");
    }
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
    fn files_read_back_exactly() {
        for f in files() {
            let text = f.to_json();
            assert_eq!(ScenarioFile::from_json(&text), Ok(f.clone()), "{text}");
            let compact = serde_json::to_string(&f).unwrap();
            assert_eq!(ScenarioFile::from_json(&compact), Ok(f));
        }
    }

    #[test]
    fn regression_long_decimals_read_as_the_standard_library_does() {
        // The hand-written float parser read "1." + 799 zeros + "1" as 1.1, and disagreed
        // with std on about a third of 790-830-digit inputs.
        for zeros in [0, 17, 300, 799, 800, 830] {
            for tail in ["1", "5", "49999", "50001"] {
                let text = format!("1.{}{tail}", "0".repeat(zeros));
                let want: f64 = text.parse().unwrap();
                let file =
                    format!("{{\"version\": 1, \"overrides\": {{\"loan_margin\": {text}}}}}");
                let got = ScenarioFile::from_json(&file).unwrap().overrides["loan_margin"];
                assert_eq!(got.to_bits(), want.to_bits(), "{zeros} zeros then {tail}");
            }
        }
        let text = format!("1.{}1", "0".repeat(799));
        assert_eq!(text.parse::<f64>().unwrap(), 1.0);
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
                r#"{"version": 1, "overrides": {"loan_margin": 1, "loan_margin": 2}}"#,
                shape("overrides.loan_margin", ShapeProblem::Repeated),
            ),
            (
                r#"{"version": 1, "amounts": {"food": {"loans": 1, "loans": 1}}}"#,
                shape("amounts.food.loans", ShapeProblem::Repeated),
            ),
            (
                r#"{"version": 1, "amounts": {"food": {}, "food": {}}}"#,
                shape("amounts.food", ShapeProblem::Repeated),
            ),
            (
                r#"{"version": 1, "preset": 3}"#,
                shape("preset", ShapeProblem::WrongType(Expected::Text)),
            ),
            (
                // Beyond f64: serde_json stops reading there, like a syntax error.
                r#"{"version": 1, "overrides": {"loan_margin": 1e400}}"#,
                Err(ReadError::Syntax {
                    line: 1,
                    column: 49,
                }),
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
        assert_eq!(
            ScenarioFile::from_json("{\"version\": 1,\n  \"amounts\": x}"),
            Err(ReadError::Syntax {
                line: 2,
                column: 14
            })
        );
        assert!(matches!(
            ScenarioFile::from_json("{\"version\": 1,"),
            Err(ReadError::Syntax { .. })
        ));
        assert!(matches!(
            ScenarioFile::from_json("{\"version\": 1} trailing"),
            Err(ReadError::Syntax { .. })
        ));
    }
}
