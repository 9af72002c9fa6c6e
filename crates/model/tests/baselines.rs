//! Named scenarios compared with committed outputs. Refresh with `UPDATE_BASELINES=1`.

mod common;
use common::model;
use relance_model::Outcome;
use serde_json::{json, Value};
use std::path::PathBuf;

/// Draws and seed of the committed bands (the Wasm determinism test uses the same).
const DRAWS: usize = 200;
const SEED: u64 = 42;
/// Relative tolerance: the engine is deterministic, so this only absorbs the JSON round trip
/// and deliberate refactors that reorder additions.
const REL_TOL: f64 = 1e-9;

fn snapshot(id: &str) -> Value {
    let m = model();
    let s = &m.preset(id).unwrap().scenario;
    let p = m.project(s).unwrap();
    let b = m.monte_carlo(s, DRAWS, SEED).unwrap();
    let outcomes: serde_json::Map<String, Value> = Outcome::ALL
        .iter()
        .map(|&o| {
            (
                o.id().to_string(),
                json!({
                    "headline": p.headline(o),
                    "band": b.headline[o.index()],
                    "p50_2030": b.p50[o.index()][10],
                }),
            )
        })
        .collect();
    json!({
        "preset": id,
        "draws": DRAWS,
        "seed": SEED,
        "summary": p.summary,
        "outcomes": outcomes,
    })
}

fn compare(path: &str, want: &Value, got: &Value, diffs: &mut Vec<String>) {
    match (want, got) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            if (a - b).abs() > REL_TOL * (1.0 + a.abs().max(b.abs())) {
                diffs.push(format!("{path}: baseline {a}, now {b}"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                match b.get(k) {
                    Some(w) => compare(&format!("{path}.{k}"), v, w, diffs),
                    None => diffs.push(format!("{path}.{k}: missing now")),
                }
            }
            for k in b.keys().filter(|k| !a.contains_key(*k)) {
                diffs.push(format!("{path}.{k}: new, not in the baseline"));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                compare(&format!("{path}[{i}]"), v, w, diffs);
            }
        }
        (a, b) if a == b => {}
        (a, b) => diffs.push(format!("{path}: baseline {a}, now {b}")),
    }
}

#[test]
fn presets_match_their_committed_baselines() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/baselines");
    let update = std::env::var("UPDATE_BASELINES").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for p in model().presets {
        let path = dir.join(format!("{}.json", p.id));
        let got = snapshot(p.id);
        if update {
            std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run UPDATE_BASELINES=1 cargo test -p relance-model",
                path.display()
            )
        });
        let want: Value = serde_json::from_str(&text).unwrap();
        let mut diffs = Vec::new();
        compare(p.id, &want, &got, &mut diffs);
        failures.extend(diffs);
    }
    assert!(
        failures.is_empty(),
        "outputs differ from tests/baselines (refresh deliberately with UPDATE_BASELINES=1):\n{}",
        failures.join("\n")
    );
}
