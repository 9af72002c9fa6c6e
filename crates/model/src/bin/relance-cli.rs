//! relance-cli: reproduce any Relance figure outside the browser.
//!
//! ```text
//! relance-cli project [--preset ID | --scenario FILE] [--format json|csv] [--draws N] [--seed S]
//! relance-cli params [--format json|csv]
//! relance-cli presets [--solve]   # --solve: each priority preset as the solver's optimum
//! relance-cli methodology [--lang fr|en]
//! relance-cli sensitivity [--preset ID | --scenario FILE]   # one-at-a-time, CSV
//! relance-cli instruments [--preset ID | --scenario FILE] [--draws N]   # net € per €, costs
//! relance-cli communes [--preset ID | --scenario FILE] [--format json|csv]   # per commune
//! relance-cli bilan [--format json|csv] [--lang fr|en]   # reported 2017-2026 vs the model
//! relance-cli link 'v=1&a=mobility.loans:450'      # decode a shared link to a scenario file
//! ```

use relance_model::export::{projection_csv, projection_export, ScenarioFile};
use relance_model::methodology::markdown;
use relance_model::registry::text_of;
use relance_model::{Lang, Model, BASELINE_PRESET};
use std::process::ExitCode;

const USAGE: &str = "usage:
  relance-cli project [--preset ID | --scenario FILE] [--format json|csv] [--draws N] [--seed S]
  relance-cli params [--format json|csv]
  relance-cli presets [--solve]
  relance-cli methodology [--lang fr|en]
  relance-cli sensitivity [--preset ID | --scenario FILE]
  relance-cli instruments [--preset ID | --scenario FILE] [--draws N]
    net investment per euro of each instrument by workstream (P10-P90 over N draws, 1000 by
    default), then the grant-equivalent and the abatement cost, as CSV
  relance-cli communes [--preset ID | --scenario FILE] [--format json|csv]
  relance-cli bilan [--format json|csv] [--lang fr|en]
    what was reported 2017-2026 (year, geography, basis, source, confidence), and where the
    definitions match, the model's central figure for the Convention 2020 with the gap
  relance-cli gaps [--draws N] [--seed S]
    the central projection against P10/P40/P50/P60/P90 of N draws (10 000 by default) for
    every preset and effect, as CSV (methodology section 11)
  relance-cli link HASH
  relance-cli seek --target OUTCOME>=X [--target OUTCOME<=X] [--maximise OUTCOME]
                   [--lock WORKSTREAM.INSTRUMENT] [--preset ID] [--budget M€] [--no-envelopes]
    prints the scenario file found (stdout) and the central figures reached and shortfalls
    (stderr)";

struct Opts {
    preset: Option<String>,
    scenario: Option<String>,
    format: String,
    draws: usize,
    seed: u64,
    lang: Lang,
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        preset: None,
        scenario: None,
        format: "json".into(),
        draws: 0,
        seed: 42,
        lang: Lang::Fr,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--preset" => o.preset = Some(val()?),
            "--scenario" => o.scenario = Some(val()?),
            "--format" => o.format = val()?,
            "--draws" => o.draws = val()?.parse().map_err(|_| "--draws needs a whole number")?,
            "--seed" => o.seed = val()?.parse().map_err(|_| "--seed needs a whole number")?,
            "--lang" => {
                o.lang = match val()?.as_str() {
                    "fr" => Lang::Fr,
                    "en" => Lang::En,
                    l => return Err(format!("unknown language '{l}'")),
                }
            }
            _ => return Err(format!("unknown option '{a}'")),
        }
    }
    if !matches!(o.format.as_str(), "json" | "csv") {
        return Err(format!("unknown format '{}'", o.format));
    }
    Ok(o)
}

fn run(args: &[String]) -> Result<String, String> {
    let model = Model::embedded().map_err(|e| e.to_string())?;
    let (cmd, rest) = args.split_first().ok_or(USAGE)?;
    if cmd == "link" {
        let hash = rest.first().ok_or(USAGE)?;
        let (_, s) = relance_model::link::decode(&model, hash).map_err(|errs| {
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n  ")
        })?;
        let file = ScenarioFile::from_scenario(&s);
        return Ok(file.to_json());
    }
    if cmd == "seek" {
        return seek(&model, rest);
    }
    if cmd == "presets" && rest.iter().any(|a| a == "--solve") {
        return solved_presets(&model);
    }
    let o = parse(rest)?;
    match cmd.as_str() {
        "project" => {
            let scenario = scenario_of(&model, &o)?;
            let proj = model.project(&scenario).map_err(|e| e.to_string())?;
            let bands = if o.draws > 0 {
                Some(
                    model
                        .monte_carlo(&scenario, o.draws, o.seed)
                        .map_err(|e| e.to_string())?,
                )
            } else {
                None
            };
            Ok(if o.format == "csv" {
                projection_csv(&proj, bands.as_ref())
            } else {
                let e = projection_export(&scenario, &proj, bands.as_ref());
                serde_json::to_string_pretty(&e).map_err(|e| e.to_string())? + "\n"
            })
        }
        "gaps" => {
            // Central projection against the draws, every preset and effect (CSV).
            use relance_model::montecarlo::quantile;
            let draws = if o.draws > 0 { o.draws } else { 10_000 };
            let mut s = String::from("preset,outcome,central,p10,p40,p50,p60,p90,gap_percent\n");
            for pr in &model.presets {
                let p = model.project(&pr.scenario).map_err(|e| e.to_string())?;
                let d = model
                    .draws(&pr.scenario, None, draws, o.seed)
                    .map_err(|e| e.to_string())?;
                for &oc in relance_model::Outcome::ALL
                    .iter()
                    .filter(|x| x.kind() == relance_model::Kind::Effect)
                {
                    let v = d.headlines(oc);
                    let q = |x: f64| quantile(&v, x);
                    let (c, m) = (p.headline(oc), q(0.5));
                    let gap = if m.abs() > 1e-9 {
                        100.0 * (c / m - 1.0)
                    } else {
                        0.0
                    };
                    s.push_str(&format!(
                        "{},{},{c:.2},{:.2},{:.2},{m:.2},{:.2},{:.2},{gap:.1}\n",
                        pr.id,
                        oc.id(),
                        q(0.1),
                        q(0.4),
                        q(0.6),
                        q(0.9)
                    ));
                }
            }
            Ok(s)
        }
        "bilan" => {
            let rows = relance_model::bilan::rows(&model);
            Ok(if o.format == "csv" {
                relance_model::bilan::csv(&rows, o.lang)
            } else {
                let body = serde_json::json!({
                    "scenario": BASELINE_PRESET,
                    "model_figures": "central projection of the Convention 2020, only where the definitions match",
                    "reported": rows,
                    "not_found": relance_model::bilan::NOT_FOUND
                        .iter()
                        .map(|(fr, en)| if o.lang == Lang::Fr { *fr } else { *en })
                        .collect::<Vec<_>>(),
                });
                serde_json::to_string_pretty(&body).map_err(|e| e.to_string())? + "\n"
            })
        }
        "params" => Ok(if o.format == "csv" {
            let mut s = String::from("id,value,low,high,unit,confidence,source,url\n");
            for p in &model.registry.params {
                let q = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
                s.push_str(&format!(
                    "{},{},{},{},{},{},{},{}\n",
                    p.id,
                    p.value,
                    p.low,
                    p.high,
                    q(p.unit.id()),
                    p.confidence.id(),
                    q(text_of(p.id).map_or("", |t| t.source)),
                    q(text_of(p.id).and_then(|t| t.url).unwrap_or(""))
                ));
            }
            s
        } else {
            // Each entry with its source and note, as in the registry file.
            #[derive(serde::Serialize)]
            struct Entry<'a> {
                #[serde(flatten)]
                param: &'a relance_model::Param,
                #[serde(flatten)]
                text: Option<&'static relance_model::registry::ParamText>,
            }
            let params: Vec<Entry> = model
                .registry
                .params
                .iter()
                .map(|param| Entry {
                    param,
                    text: text_of(param.id),
                })
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({ "params": params }))
                .map_err(|e| e.to_string())?
                + "\n"
        }),
        "presets" => Ok(model
            .presets
            .iter()
            .map(|p| format!("{}\t{}\n", p.id, p.label(Lang::Fr)))
            .collect()),
        "methodology" => Ok(markdown(&model, o.lang)),
        "sensitivity" => {
            let s = scenario_of(&model, &o)?;
            Ok(relance_model::sensitivity::csv(
                &relance_model::sensitivity::table(&model, &s),
            ))
        }
        "communes" => {
            let s = scenario_of(&model, &o)?;
            communes(&model, &s, &o.format)
        }
        "instruments" => {
            let s = scenario_of(&model, &o)?;
            instruments(
                &model,
                &s,
                if o.draws == 0 { 1000 } else { o.draws },
                o.seed,
            )
        }
        _ => Err(USAGE.into()),
    }
}

/// Net € per € of each instrument by workstream, then what the money costs, as CSV.
fn instruments(
    model: &Model,
    s: &relance_model::Scenario,
    draws: usize,
    seed: u64,
) -> Result<String, String> {
    let p = model.project(s).map_err(|e| e.to_string())?;
    let b = model
        .monte_carlo(s, draws, seed)
        .map_err(|e| e.to_string())?;
    let mut out =
        String::from("workstream,instrument,amount_meur,net_meur,net_per_euro,p10,p50,p90\n");
    for r in relance_model::export::net_per_euro(s, &p, Some(&b)) {
        let [a, m, z] = r.band.unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{:.3},{:.3},{a:.3},{m:.3},{z:.3}\n",
            r.workstream, r.instrument, r.amount, r.net, r.per_euro
        ));
    }
    let sm = &p.summary;
    let ge = sm.grant_equivalent;
    out.push_str("\ncost,central,p10,p50,p90\n");
    for (name, x, k) in [
        ("grant_equivalent.loans_meur2020", ge.loans, 0),
        ("grant_equivalent.engineering_meur2020", ge.engineering, 1),
        ("grant_equivalent.equity_meur2020", ge.equity, 2),
        ("grant_equivalent.total_meur2020", ge.total, 3),
    ] {
        let [a, m, z] = b.grant_equivalent[k];
        out.push_str(&format!("{name},{x:.3},{a:.3},{m:.3},{z:.3}\n"));
    }
    let [a, m, z] = b.abatement_cost;
    out.push_str(&format!(
        "abatement_cost_eur_per_tco2,{:.1},{a:.1},{m:.1},{z:.1}\n",
        sm.abatement_cost
    ));
    // What a euro of each instrument buys once it is priced as a subsidy: net investment per
    // € of grant-equivalent (central; empty where the grant-equivalent is not positive).
    for (k, name) in ["loans", "engineering", "equity"].iter().enumerate() {
        let net = sm.net_per_euro[k] * sm.deployed[k];
        let g = [ge.loans, ge.engineering, ge.equity][k];
        let per = if g > 1e-9 {
            format!("{:.1}", net / g)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "net_meur_per_grant_equivalent_meur.{name},{per},,,\n"
        ));
    }
    out.push_str(&format!(
        "carbon_value_same_basis_eur_per_tco2,{:.1},,,\nmetro_cofinancing_meur,{:.3},,,\nmodel_version,{},,,\n",
        sm.carbon_value_lifetime,
        sm.metro_cofinancing,
        relance_model::MODEL_VERSION
    ));
    Ok(out)
}

/// The scenario `--scenario` (a file or a link) or `--preset` names; the baseline preset by
/// default.
fn scenario_of(model: &Model, o: &Opts) -> Result<relance_model::Scenario, String> {
    Ok(match (&o.scenario, &o.preset) {
        (Some(_), Some(_)) => return Err("give --preset or --scenario, not both".into()),
        (Some(path), None) if path.starts_with("v=") || path.starts_with("#v=") => {
            relance_model::link::decode(model, path)
                .map_err(|errs| {
                    errs.iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; ")
                })?
                .1
        }
        (Some(path), None) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let file = ScenarioFile::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
            file.to_scenario(model).map_err(|errs| {
                let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
                format!("{path}:\n  {}", lines.join("\n  "))
            })?
        }
        (None, id) => {
            let id = id.as_deref().unwrap_or(BASELINE_PRESET);
            model
                .preset(id)
                .ok_or_else(|| format!("unknown preset '{id}'"))?
                .scenario
                .clone()
        }
    })
}

/// `relance-cli communes`: every outcome per commune and per territory, with per-inhabitant
/// figures, by the registry's keys (an illustration: the plan does not allocate by commune).
fn communes(model: &Model, s: &relance_model::Scenario, format: &str) -> Result<String, String> {
    use relance_model::communes::{
        breakdown, territory_population as population, COMMUNES, TERRITORIES,
    };
    let b = breakdown(model, s).map_err(|e| e.to_string())?;
    if format == "csv" {
        return Ok(b.csv());
    }
    let ids: Vec<&str> = b.outcomes.iter().map(|o| o.id()).collect();
    let values = |v: &[f64]| -> serde_json::Value {
        ids.iter()
            .zip(v)
            .map(|(i, x)| (i.to_string(), serde_json::json!(x)))
            .collect()
    };
    let per = |v: &[f64], pop: f64| -> serde_json::Value {
        ids.iter()
            .zip(v)
            .map(|(i, x)| (i.to_string(), serde_json::json!(x / pop)))
            .collect()
    };
    let keys: serde_json::Value = relance_model::Workstream::ALL
        .iter()
        .map(|&w| {
            let k = relance_model::communes::key(model, s, w);
            let cols: serde_json::Value = relance_model::communes::Column::ALL
                .iter()
                .zip(k)
                .filter(|(_, x)| *x > 0.0)
                .map(|(c, x)| (c.id().to_string(), serde_json::json!(x)))
                .collect();
            (w.id().to_string(), cols)
        })
        .collect();
    let doc = serde_json::json!({
        "schema": "relance-communes/1",
        "note": "An illustration: the plan does not allocate money by commune. Each workstream's net results (central projection) are spread by the key given for it.",
        "keys": keys,
        "communes": COMMUNES.iter().zip(&b.communes).map(|(r, v)| serde_json::json!({
            "insee": r.insee, "name": r.name, "territory": TERRITORIES[r.territory].0,
            "population": r.figures[0], "values": values(v), "per_inhabitant": per(v, r.figures[0]),
        })).collect::<Vec<_>>(),
        "territories": b.territories.iter().enumerate().map(|(t, v)| serde_json::json!({
            "code": TERRITORIES[t].0, "name": TERRITORIES[t].1, "population": population(t),
            "values": values(v), "per_inhabitant": per(v, population(t)),
        })).collect::<Vec<_>>(),
        "total": values(&b.total),
    });
    serde_json::to_string_pretty(&doc)
        .map_err(|e| e.to_string())
        .map(|t| t + "\n")
}

/// `relance-cli seek`: see [`relance_model::seek`].
fn seek(model: &Model, args: &[String]) -> Result<String, String> {
    use relance_model::seek::{seek, Goal, Limits};
    let outcome = |id: &str| {
        relance_model::Outcome::ALL
            .iter()
            .copied()
            .find(|o| o.id() == id)
            .ok_or(format!("unknown outcome '{id}'"))
    };
    let mut goals = Vec::new();
    let mut limits = Limits {
        envelopes: true,
        ..Limits::default()
    };
    let mut start = model.baseline().scenario.clone();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--target" => {
                let v = value()?;
                let (id, x, at_least) = if let Some((id, x)) = v.split_once(">=") {
                    (id, x, true)
                } else if let Some((id, x)) = v.split_once("<=") {
                    (id, x, false)
                } else {
                    return Err(format!("target '{v}': write OUTCOME>=X or OUTCOME<=X"));
                };
                let x: f64 = x
                    .trim()
                    .parse()
                    .map_err(|_| format!("target '{v}': not a number"))?;
                let o = outcome(id.trim())?;
                goals.push(if at_least {
                    Goal::AtLeast(o, x)
                } else {
                    Goal::AtMost(o, x)
                });
            }
            "--maximise" | "--maximize" => goals.push(Goal::Maximise(outcome(value()?)?)),
            "--lock" => {
                let v = value()?;
                let (w, i) = v
                    .split_once('.')
                    .ok_or(format!("lock '{v}': write WORKSTREAM.INSTRUMENT"))?;
                let w = relance_model::Workstream::from_id(w)
                    .ok_or(format!("unknown workstream '{w}'"))?;
                let i = relance_model::Instrument::from_id(i)
                    .ok_or(format!("unknown instrument '{i}'"))?;
                limits.locked.push((w, i));
            }
            "--preset" => {
                let id = value()?;
                start = model
                    .preset(id)
                    .ok_or(format!("unknown preset '{id}'"))?
                    .scenario
                    .clone();
            }
            "--budget" => {
                let v = value()?;
                let m: f64 = v
                    .parse()
                    .map_err(|_| format!("budget '{v}': not a number"))?;
                limits.budget = Some(m * relance_model::MEUR);
            }
            "--no-envelopes" => limits.envelopes = false,
            _ => return Err(format!("unknown option '{a}'\n{USAGE}")),
        }
    }
    if goals.is_empty() {
        return Err(format!("give at least one --target or --maximise\n{USAGE}"));
    }
    // The targets hold on the central projection, the figure every screen shows.
    let r = seek(model, &start, &goals, &limits).map_err(|e| e.to_string())?;
    for (g, x) in goals.iter().zip(&r.reached) {
        eprintln!("{} (central): {x:.1}", g.outcome().id());
    }
    let money: f64 = r.scenario.amounts.iter().flatten().sum();
    eprintln!(
        "money: {:.2} M€ ({} projections)",
        money / relance_model::MEUR,
        r.evaluations
    );
    for sf in &r.shortfalls {
        eprintln!("unmet: {}", sf.message(Lang::En));
    }
    Ok(ScenarioFile::from_scenario(&r.scenario).to_json())
}

/// `relance-cli presets --solve`: each priority preset's index, and the solver's optimum for it
/// at the convention's amounts per instrument (stderr), with the optimum's amounts in the form
/// of `data/presets.toml` (stdout), to regenerate the presets from.
fn solved_presets(model: &Model) -> Result<String, String> {
    use relance_model::seek::{priority_split, PRIORITIES};
    use relance_model::{Instrument, Workstream, MEUR};
    let base = &model.baseline().scenario;
    let mut out = String::new();
    for (id, index) in PRIORITIES {
        let preset = model.preset(id).ok_or(format!("unknown preset '{id}'"))?;
        let r = priority_split(model, base, index).map_err(|e| e.to_string())?;
        let now = model
            .project(&preset.scenario)
            .map_err(|e| e.to_string())?
            .headline(index);
        let conv = model
            .project(base)
            .map_err(|e| e.to_string())?
            .headline(index);
        eprintln!(
            "{id}: {} convention {conv:.1}, preset {now:.1}, solver {:.1} ({} projections)",
            index.id(),
            r.reached[0],
            r.evaluations
        );
        for i in Instrument::ALL {
            out.push_str(&format!("[{id}.{}]\n", i.id()));
            for w in Workstream::ALL {
                let x = r.scenario.amount(w, i) / MEUR;
                if x > 0.0 {
                    out.push_str(&format!("{} = {}\n", w.id(), (x * 1e3).round() / 1e3));
                }
            }
            out.push('\n');
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("relance-cli: {e}");
            ExitCode::from(2)
        }
    }
}
