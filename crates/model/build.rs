//! Reads the data files (`data/parameters.toml`, `levers.toml`, `presets.toml`) with `toml` and
//! `serde`, checks every entry with the crate's own rules (`src/data.rs`), and writes them as
//! static Rust tables into `OUT_DIR`. A bad entry stops the build with a message naming it, and
//! the shipped program carries no TOML parser.

#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/domain.rs"]
mod domain;

use data::{meur_to_keur, LeverEntry, ParamEntry, ReportedEntry};
use domain::{Instrument, Purpose, Workstream};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

fn main() {
    for f in [
        "parameters.toml",
        "levers.toml",
        "presets.toml",
        "presets_v1.toml",
        "areas.toml",
        "communes.csv",
        "territories.toml",
        "mobility_projects.toml",
        "reported.toml",
    ] {
        println!("cargo:rerun-if-changed=data/{f}");
    }
    println!("cargo:rerun-if-changed=src/data.rs");
    println!("cargo:rerun-if-changed=src/domain.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let run = || -> Result<(), String> {
        let parameters = read("parameters.toml")?;
        let registry = registry_table(&parameters)?;
        let reported = reported_table(&read("reported.toml")?, &parameters)?;
        std::fs::write(Path::new(&out).join("reported_table.rs"), reported)
            .map_err(|e| e.to_string())?;
        std::fs::write(Path::new(&out).join("registry_table.rs"), registry)
            .map_err(|e| e.to_string())?;
        let levers = lever_table(&read("levers.toml")?)?;
        let presets = preset_table("PRESET_ROWS", &read("presets.toml")?, true)?;
        // Link v1 needs only the frozen amounts: their texts are the current presets'.
        let presets_v1 = preset_table("PRESET_ROWS_V1", &read("presets_v1.toml")?, false)?;
        let areas = area_table(&read("areas.toml")?)?;
        std::fs::write(
            Path::new(&out).join("scenario_tables.rs"),
            levers + &presets + &presets_v1 + &areas,
        )
        .map_err(|e| e.to_string())?;
        let communes = commune_table(
            &std::fs::read_to_string("data/communes.csv")
                .map_err(|e| format!("data/communes.csv: {e}"))?,
            &read("territories.toml")?,
        )?;
        std::fs::write(Path::new(&out).join("commune_table.rs"), communes)
            .map_err(|e| e.to_string())
    };
    if let Err(e) = run() {
        eprintln!("error in crates/model/data: {e}");
        std::process::exit(1);
    }
}

fn read(name: &str) -> Result<toml::Table, String> {
    let path = format!("data/{name}");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    text.parse::<toml::Table>()
        .map_err(|e| format!("{path} is not valid TOML: {e}"))
}

/// Parameters in file order: a table with values is an entry named by its dotted path
/// (`jobs_construction.mobility`); a table holding only tables is a group.
fn flatten(prefix: &str, t: &toml::Table, out: &mut Vec<(String, toml::Table)>) {
    let (tables, values): (Vec<_>, Vec<_>) = t.iter().partition(|(_, v)| v.is_table());
    if !values.is_empty() {
        let entry = values
            .into_iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        out.push((prefix.to_string(), entry));
    }
    for (k, v) in tables {
        let id = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        if let toml::Value::Table(sub) = v {
            flatten(&id, sub, out);
        }
    }
}

/// `data/reported.toml`: what was reported 2017-2026, each figure checked (geography, basis,
/// role, an input's registry entry).
fn reported_table(t: &toml::Table, parameters: &toml::Table) -> Result<String, String> {
    let mut entries = Vec::new();
    flatten("", parameters, &mut entries);
    let ids: std::collections::BTreeSet<String> = entries.into_iter().map(|(id, _)| id).collect();
    let known = |p: &str| ids.contains(p);
    let rows = t
        .get("reported")
        .and_then(|v| v.as_array())
        .ok_or("reported.toml: no [[reported]] entries")?;
    let mut out = String::from(
        "/// What was reported (generated from `data/reported.toml`).\npub static REPORTED: &[Reported] = &[\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    for row in rows {
        let e: ReportedEntry = row
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| format!("reported.toml: {}", e.message()))?;
        let (g, b, c) = e
            .check(&known)
            .map_err(|m| format!("reported figure '{}': {m}", e.id))?;
        if !seen.insert(e.id.clone()) {
            return Err(format!("reported figure '{}': given twice", e.id));
        }
        let role = match (e.role.as_str(), &e.comparison, &e.param) {
            ("check", Some(k), _) => format!(
                "Role::Check(Comparison::{:?})",
                data::Comparison::from_id(k).expect("checked")
            ),
            ("input", _, Some(p)) => format!("Role::Input({p:?})"),
            _ => "Role::Context".to_string(),
        };
        let _ = writeln!(
            out,
            "    Reported {{ id: {:?}, year: {}, geography: Geography::{g:?}, basis: Basis::{b:?}, \
             value: {:?}, unit: {:?}, label_fr: {:?}, label_en: {:?}, source: {:?}, url: {:?}, \
             confidence: Confidence::{c:?}, role: {role}, mix: {mix}, note_fr: {:?}, note_en: {:?} }},",
            e.id, e.year, e.value, e.unit, e.label_fr, e.label_en, e.source, e.url, e.note_fr, e.note_en,
            mix = match (e.new_homes, e.renovated_homes) {
                (Some(n), Some(r)) => format!("Some(({n:?}, {r:?}))"),
                _ => "None".to_string(),
            }
        );
    }
    out.push_str("];\n/// What was looked for and not found (generated from `data/reported.toml`).\npub static NOT_FOUND: &[(&str, &str)] = &[\n");
    for nf in t
        .get("not_found")
        .and_then(|v| v.as_array())
        .ok_or("reported.toml: no [[not_found]] entries")?
    {
        let (fr, en) = (
            nf.get("fr").and_then(|v| v.as_str()),
            nf.get("en").and_then(|v| v.as_str()),
        );
        match (fr, en) {
            (Some(fr), Some(en)) if !fr.trim().is_empty() && !en.trim().is_empty() => {
                let _ = writeln!(out, "    ({fr:?}, {en:?}),");
            }
            _ => return Err("reported.toml: a [[not_found]] entry needs 'fr' and 'en'".into()),
        }
    }
    out.push_str("];\n");
    Ok(out)
}

fn registry_table(t: &toml::Table) -> Result<String, String> {
    let mut entries = Vec::new();
    flatten("", t, &mut entries);
    let mut out = String::from(
        "/// The registry's entries, in file order (generated from `data/parameters.toml`).\n",
    );
    out.push_str("pub static PARAMS: &[Param] = &[\n");
    let mut texts = String::from(
        "/// Each entry's source and note, in the order of [`PARAMS`] (generated from \
         `data/parameters.toml`).\npub static PARAM_TEXTS: &[ParamText] = &[\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    let mut highs = BTreeMap::new();
    let mut factors = BTreeMap::new();
    let mut specific = BTreeMap::new();
    for (id, table) in entries {
        let fail = |m: String| format!("parameter '{id}': {m}");
        if !seen.insert(id.clone()) {
            return Err(fail("given twice".into()));
        }
        let p: ParamEntry = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| fail(e.message().to_string()))?;
        let (unit, confidence) = p.check().map_err(fail)?;
        highs.insert(id.clone(), p.high);
        if let Some(f) = id.strip_prefix("factor_specific.") {
            if p.unit != "%" || p.low != p.high || !(0.0..=100.0).contains(&p.value) {
                return Err(fail(
                    "a factor's specific share is one figure in % between 0 and 100".into(),
                ));
            }
            specific.insert(f.to_string(), id.clone());
        }
        let _ = writeln!(
            out,
            "    Param {{ id: {id:?}, value: {:?}, low: {:?}, high: {:?}, unit: Unit::{unit:?}, \
             confidence: Confidence::{confidence:?}, factor: {:?} }},",
            p.value, p.low, p.high, p.factor
        );
        if let Some(f) = &p.factor {
            factors.insert(f.clone(), id.clone());
        }
        let _ = writeln!(
            texts,
            "    ParamText {{ id: {id:?}, label_fr: {:?}, label_en: {:?}, source: {:?}, url: {:?}, \
             note_en: {:?}, note_fr: {:?} }},",
            p.label_fr, p.label_en, p.source, p.url, p.note, p.note_fr
        );
    }
    out.push_str("];\n");
    texts.push_str("];\n");
    for (f, id) in &factors {
        if !specific.contains_key(f) {
            return Err(format!(
                "parameter '{id}': factor '{f}' has no entry factor_specific.{f}"
            ));
        }
    }
    for (f, id) in &specific {
        if !factors.contains_key(f) {
            return Err(format!("parameter '{id}': no entry names factor '{f}'"));
        }
    }
    check_structures(&highs)?;
    Ok(out + &texts)
}

/// Every purpose's financing structure: a BdT loan share and a stake share of its own (no
/// `.default`), whose high ends leave the two within the project's cost, so that no Monte Carlo
/// draw can finance more than a whole project.
fn check_structures(highs: &BTreeMap<String, f64>) -> Result<(), String> {
    for p in Purpose::ALL {
        let share = |family: &str| {
            let id = format!("{family}.{}", p.id());
            highs.get(&id).copied().ok_or_else(|| {
                format!(
                    "purpose '{}': '{id}' is missing (every purpose needs its own loan and \
                     stake shares)",
                    p.id()
                )
            })
        };
        let (loan, stake) = (share("loan_share")?, share("equity_stake")?);
        if loan + stake > 100.0 {
            return Err(format!(
                "purpose '{}': loan share up to {loan} % and stake up to {stake} % exceed 100 % \
                 of the project's cost",
                p.id()
            ));
        }
    }
    Ok(())
}

fn lever_table(t: &toml::Table) -> Result<String, String> {
    let mut out = String::from(
        "/// `[min, max, step]` in k€ per instrument, in `Instrument::ALL` order (generated from \
         `data/levers.toml`).\npub const LEVER_KEUR: [[i64; 3]; 3] = [",
    );
    for key in t.keys() {
        if Instrument::from_id(key).is_none() {
            return Err(format!("levers: unknown instrument [{key}]"));
        }
    }
    for i in Instrument::ALL {
        let entry = t
            .get(i.id())
            .ok_or(format!("levers: missing [{}]", i.id()))?;
        let e: LeverEntry = entry
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| format!("levers [{}]: {}", i.id(), e.message()))?;
        let [min, max, step] = e.check().map_err(|m| format!("levers [{}]: {m}", i.id()))?;
        let _ = write!(out, "[{min}, {max}, {step}], ");
    }
    out.push_str("];\n");
    Ok(out)
}

/// The presets of `t` as a table `name`; without `texts`, labels and descriptions are left empty.
fn preset_table(name: &str, t: &toml::Table, texts: bool) -> Result<String, String> {
    let mut out = format!(
        "/// Presets in file order, amounts in k€ `[workstream][instrument]` (generated from \
         `data/presets*.toml`).\npub static {name}: &[PresetRow] = &[\n"
    );
    for (id, v) in t {
        let fail = |m: String| format!("preset [{id}]: {m}");
        let table = v.as_table().ok_or(fail("must be a table".into()))?;
        let mut strings = BTreeMap::new();
        let mut keur = [[0i64; 3]; 8];
        for (k, v) in table {
            if let Some(i) = Instrument::from_id(k) {
                let amounts = v
                    .as_table()
                    .ok_or(fail(format!("[{id}.{k}] must be a table")))?;
                for (w, m) in amounts {
                    let ws = Workstream::from_id(w)
                        .ok_or(fail(format!("unknown workstream '{w}' in [{id}.{k}]")))?;
                    let m = m
                        .as_float()
                        .or(m.as_integer().map(|x| x as f64))
                        .ok_or(fail(format!("'{w}' in [{id}.{k}] must be a number (M€)")))?;
                    keur[ws.index()][i.index()] = meur_to_keur(m)
                        .ok_or(fail(format!("'{w}' = {m} M€ is not a whole number of k€")))?;
                }
            } else if let Some(text) = v.as_str() {
                strings.insert(k.as_str(), text.to_string());
            } else {
                return Err(fail(format!("unknown field '{k}'")));
            }
        }
        let keep = texts;
        let mut text = |k: &str| {
            strings
                .remove(k)
                .ok_or(fail(format!("missing '{k}'")))
                .map(|v| if keep { v } else { String::new() })
        };
        let _ = writeln!(
            out,
            "    PresetRow {{ id: {id:?}, label_fr: {:?}, label_en: {:?}, description_fr: {:?}, \
             description_en: {:?}, keur: {keur:?} }},",
            text("label_fr")?,
            text("label_en")?,
            text("description_fr")?,
            text("description_en")?,
        );
        if let Some(k) = strings.keys().next() {
            return Err(fail(format!("unknown field '{k}'")));
        }
    }
    out.push_str("];\n");
    Ok(out)
}

/// One area of intervention as written in `data/areas.toml`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaEntry {
    label_fr: String,
    label_en: String,
    workstreams: Vec<String>,
    instruments: Vec<String>,
    named: String,
}

/// Each id parsed by `parse` and written as a Rust path (`Workstream::Mobility`).
fn rust_paths<T: std::fmt::Debug>(
    ids: &[String],
    parse: fn(&str) -> Option<T>,
    kind: &str,
    fail: &dyn Fn(String) -> String,
) -> Result<Vec<String>, String> {
    ids.iter()
        .map(|id| {
            parse(id)
                .map(|v| format!("{kind}::{v:?}"))
                .ok_or_else(|| fail(format!("unknown {} '{id}'", kind.to_lowercase())))
        })
        .collect()
}

fn area_table(t: &toml::Table) -> Result<String, String> {
    let mut out = String::from(
        "/// The press release's areas of intervention, in its order (generated from \
         `data/areas.toml`).\npub static AREAS: &[Area] = &[\n",
    );
    let mut named = String::from(
        "/// What the release says of each area, by area id (apart from [`AREAS`]: only the \
         methodology shows it).\npub static AREA_NAMED: &[(&str, &str)] = &[\n",
    );
    for (id, v) in t {
        let fail = |m: String| format!("area [{id}]: {m}");
        let a: AreaEntry = v
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| fail(e.message().to_string()))?;
        let ws = rust_paths(&a.workstreams, Workstream::from_id, "Workstream", &fail)?;
        let ins = rust_paths(&a.instruments, Instrument::from_id, "Instrument", &fail)?;
        if ws.is_empty() {
            return Err(fail("serves no workstream".into()));
        }
        let _ = writeln!(
            out,
            "    Area {{ id: {id:?}, label_fr: {:?}, label_en: {:?}, workstreams: &[{}], \
             instruments: &[{}] }},",
            a.label_fr,
            a.label_en,
            ws.join(", "),
            ins.join(", "),
        );
        let _ = writeln!(named, "    ({id:?}, {:?}),", a.named);
    }
    out.push_str("];\n");
    named.push_str("];\n");
    Ok(out + &named)
}

/// `data/communes.csv` (generated by `scripts/communes.py`) and `data/territories.toml` as the
/// tables `TERRITORIES` (code, name) and `COMMUNES`; a malformed row or an unknown territory is
/// a build error naming it.
fn commune_table(csv: &str, territories: &toml::Table) -> Result<String, String> {
    let mut out = String::from(
        "/// The six conseils de territoire: code and name (generated from \
         `data/territories.toml`).\npub const TERRITORIES: &[(&str, &str)] = &[\n",
    );
    let codes: Vec<&String> = territories.keys().collect();
    for (code, t) in territories {
        let name = t
            .get("name")
            .and_then(|v| v.as_str())
            .ok_or(format!("territories.toml: [{code}] has no name"))?;
        let _ = writeln!(out, "    ({code:?}, {name:?}),");
    }
    out.push_str(
        "];\n/// The communes (generated from `data/communes.csv`).\npub const COMMUNES: &[CommuneRow] = &[\n",
    );
    let mut lines = csv.lines().filter(|l| !l.starts_with('#') && !l.is_empty());
    let header = lines.next().ok_or("communes.csv: no header")?;
    if header
        != "insee,name,territory,population,qpv,social_dwellings,cvae,area_ha,served_population"
    {
        return Err(format!("communes.csv: unexpected header '{header}'"));
    }
    let mut n = 0;
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let bad = |m: &str| format!("communes.csv: {m} in '{line}'");
        if f.len() != 9 {
            return Err(bad("9 fields expected"));
        }
        let territory = codes
            .iter()
            .position(|c| c.as_str() == f[2])
            .ok_or_else(|| bad("unknown territory"))?;
        let num = |x: &str| {
            x.parse::<f64>()
                .map_err(|_| bad("a figure is not a number"))
        };
        let _ = writeln!(
            out,
            "    CommuneRow {{ insee: {:?}, name: {:?}, territory: {territory}, figures: [{:?}, {:?}, {:?}, {:?}, {:?}, {:?}] }},",
            f[0], f[1], num(f[3])?, num(f[4])?, num(f[5])?, num(f[6])?, num(f[7])?, num(f[8])?
        );
        n += 1;
    }
    if n != 92 {
        return Err(format!("communes.csv: {n} communes, 92 expected"));
    }
    out.push_str("];\n");
    Ok(out)
}
