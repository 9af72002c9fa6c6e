//! Timing loops shared by the native and WebAssembly benchmarks (`make bench`). The caller
//! supplies the clock, so this module does no IO.

use crate::model::Model;
use serde::Serialize;

/// Figures of one benchmark run, in milliseconds.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    /// Median time of one central projection.
    pub central_ms: f64,
    /// Median time of a 1 000-draw Monte Carlo.
    pub monte_carlo_1000_ms: f64,
    /// Central projections timed.
    pub central_runs: usize,
    /// Monte Carlo runs timed.
    pub monte_carlo_runs: usize,
    /// Median time of the split of Convention 2020 → "Priorité emploi" (every outcome; all
    /// eight workstreams differ, the worst case).
    pub attribution_ms: f64,
    /// Median time of what +1 M€ buys in each lever (21 projections).
    pub marginal_ms: f64,
    /// Median time of a two-target seek (construction jobs and CO2, within the envelopes).
    pub seek_two_targets_ms: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Times the baseline preset with `now()` returning milliseconds.
pub fn run(model: &Model, now: &dyn Fn() -> f64) -> BenchReport {
    let s = &model.baseline().scenario;
    let mut sink = 0.0;
    // Warm up, so that browsers have tiered the code up to their optimising compiler, as they
    // have for a person who has been moving sliders.
    for k in 0..8 {
        if let Ok(b) = model.monte_carlo(s, 1000, 100 + k) {
            sink += b.investment_net[1];
        }
    }
    // Batches of 100 projections, so that coarse browser clocks still resolve them.
    let (batches, per) = (30, 100);
    let mut central = Vec::with_capacity(batches);
    for _ in 0..batches {
        let t0 = now();
        for _ in 0..per {
            if let Ok(p) = model.project(s) {
                sink += p.summary.investment_net;
            }
        }
        central.push((now() - t0) / per as f64);
    }
    let runs = 9;
    let mut mc = Vec::with_capacity(runs);
    for k in 0..runs {
        let t0 = now();
        if let Ok(b) = model.monte_carlo(s, 1000, k as u64) {
            sink += b.investment_net[1];
        }
        mc.push(now() - t0);
    }
    let timed = |f: &mut dyn FnMut() -> f64| {
        let mut v = Vec::with_capacity(5);
        let mut sink = 0.0;
        for _ in 0..5 {
            let t0 = now();
            sink += f();
            v.push(now() - t0);
        }
        assert!(sink.is_finite());
        median(v)
    };
    let jobs = model.preset("jobs-first").map_or(s, |p| &p.scenario);
    let outcomes = crate::Outcome::ALL;
    let attribution_ms = timed(&mut || {
        crate::attribution::attribution(model, s, jobs, outcomes).map_or(0.0, |a| a.total[0])
    });
    let marginal_ms = timed(&mut || {
        crate::attribution::marginal(model, s, crate::Outcome::ConstructionJobs)
            .map_or(0.0, |m| m[0][0])
    });
    let base = model.project(s).ok();
    let goals = base.map(|p| {
        use crate::seek::Goal::AtLeast;
        use crate::Outcome::{Co2Avoided, ConstructionJobs};
        [
            AtLeast(ConstructionJobs, p.headline(ConstructionJobs)),
            AtLeast(Co2Avoided, p.headline(Co2Avoided) + 500.0),
        ]
    });
    let limits = crate::seek::Limits {
        envelopes: true,
        ..Default::default()
    };
    let seek_two_targets_ms = timed(&mut || {
        goals
            .as_ref()
            .and_then(|g| crate::seek::seek(model, s, g, &limits).ok())
            .map_or(0.0, |r| r.reached[0])
    });
    assert!(sink.is_finite());
    BenchReport {
        central_ms: median(central),
        monte_carlo_1000_ms: median(mc),
        central_runs: batches * per,
        monte_carlo_runs: runs,
        attribution_ms,
        marginal_ms,
        seek_two_targets_ms,
    }
}
