//! One statistic: the central projection is the figure every screen shows, so it must sit in
//! the middle of the draws. Every parameter's median is its registry value; where the model's
//! shape still moves the median away, the gap is listed (`montecarlo::GAPS`, on the methodology
//! page) and the central figure stays between the P40 and the P60.
//!
//! 10 000 draws: the sampling error of a median is then about 0.6 % of the P10-P90 width and
//! that of a rank 0.005, well below the 3 % and ±0.1 tolerances.

mod common;
use common::model;
use relance_model::montecarlo::{quantile, CENTRAL_TOLERANCE, GAPS};
use relance_model::{Kind, Outcome};

const DRAWS: usize = 10_000;

#[test]
fn the_central_projection_is_the_middle_of_the_draws_for_every_preset() {
    let m = model();
    let mut failures = Vec::new();
    let mut needed = vec![false; GAPS.len()];
    for pr in &m.presets {
        let p = m.project(&pr.scenario).unwrap();
        let d = m.draws(&pr.scenario, None, DRAWS, 42).unwrap();
        for &o in Outcome::ALL.iter().filter(|o| o.kind() == Kind::Effect) {
            let v = d.headlines(o);
            let (c, p50) = (p.headline(o), quantile(&v, 0.5));
            // Floor: results that are zero (no money in that workstream) in every draw.
            let gap = (c - p50).abs();
            if gap <= CENTRAL_TOLERANCE * p50.abs() + 1e-9 * (1.0 + c.abs()) {
                continue;
            }
            let percent = 100.0 * gap / p50.abs();
            let (p40, p60) = (quantile(&v, 0.4), quantile(&v, 0.6));
            match GAPS.iter().position(|g| g.outcome == o) {
                Some(k) => {
                    needed[k] = true;
                    if percent > GAPS[k].max_percent || c < p40 || c > p60 {
                        failures.push(format!(
                            "{} {}: central {c:.1}, P40-P50-P60 {p40:.1} {p50:.1} {p60:.1} \
                             ({percent:.1} %, listed up to {} %)",
                            pr.id,
                            o.id(),
                            GAPS[k].max_percent
                        ));
                    }
                }
                None => failures.push(format!(
                    "{} {}: central {c:.1} vs median {p50:.1} ({percent:.1} %), not listed",
                    pr.id,
                    o.id()
                )),
            }
        }
    }
    for (g, n) in GAPS.iter().zip(&needed) {
        if !n {
            failures.push(format!(
                "{} is listed but within 3 % everywhere",
                g.outcome.id()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One unknown shared by many purposes (what the loans would have financed anyway, the ready
/// projects, the national intensities) is drawn as a common factor: it cannot average itself
/// away over the workstreams, so the band of a sum is wider than with independent draws.
#[test]
fn common_factors_widen_the_band_of_a_sum() {
    let m = model();
    let s = &m.baseline().scenario;
    let width = |mm: &relance_model::Model, o: Outcome| {
        let v = mm.draws(s, None, 4000, 7).unwrap().headlines(o);
        quantile(&v, 0.9) - quantile(&v, 0.1)
    };
    let mut independent = m.clone();
    for p in independent.registry.params.iter_mut() {
        if p.id.starts_with(relance_model::montecarlo::FACTOR_PREFIX) {
            p.value = 100.0;
        }
    }
    for (o, ratio) in [
        (Outcome::InvestmentSpent, 1.15),
        (Outcome::Co2Avoided, 1.1),
        (Outcome::ConstructionJobs, 1.1),
    ] {
        let (a, b) = (width(&m, o), width(&independent, o));
        assert!(
            a > ratio * b,
            "{}: P10-P90 width {a:.1} with factors, {b:.1} independent",
            o.id()
        );
    }
}

/// The band of a difference with the Convention comes from paired draws: the same quantiles
/// for both scenarios, so what they share cancels.
#[test]
fn a_differences_band_comes_from_paired_draws() {
    let m = model();
    let base = &m.baseline().scenario;
    let zero = m.difference_bands(base, base, 500, 42).unwrap();
    assert!(zero.headline.iter().all(|h| *h == [0.0; 3]));
    let mut s = base.clone();
    let w = relance_model::Workstream::Relocation;
    let i = relance_model::Instrument::Equity;
    s.set_amount(w, i, s.amount(w, i) + 20.0 * relance_model::MEUR);
    let d = m.difference_bands(&s, base, 1000, 42).unwrap();
    let (a, b) = (
        m.monte_carlo(&s, 1000, 42).unwrap(),
        m.monte_carlo(base, 1000, 42).unwrap(),
    );
    let o = Outcome::InvestmentSpent.index();
    let [lo, mid, hi] = d.headline[o];
    let central = m.project(&s).unwrap().headline(Outcome::InvestmentSpent)
        - m.project(base).unwrap().headline(Outcome::InvestmentSpent);
    assert!(lo > 0.0 && lo <= mid && mid <= hi, "{lo} {mid} {hi}");
    assert!(
        lo <= central && central <= hi,
        "{central} outside {lo}-{hi}"
    );
    // Subtracting percentiles would mix the two scenarios' uncertainty: far wider.
    let naive = (a.headline[o][2] - b.headline[o][0]) - (a.headline[o][0] - b.headline[o][2]);
    assert!(
        hi - lo < naive / 5.0,
        "paired {:.1} vs naive {naive:.1}",
        hi - lo
    );
}

/// Two scenarios drawn apart with one seed are paired draw for draw: their difference is
/// exactly the one drawn together (the worker keeps the baseline's draws and draws only the
/// scenario at each move).
#[test]
fn draws_made_apart_with_one_seed_pair_exactly() {
    let m = model();
    let base = &m.baseline().scenario;
    for p in &m.presets {
        let together = m.difference_bands(&p.scenario, base, 300, 7).unwrap();
        let apart = m
            .draws(&p.scenario, None, 300, 7)
            .unwrap()
            .minus(&m.draws(base, None, 300, 7).unwrap())
            .unwrap()
            .bands();
        assert_eq!(together, apart, "{}", p.id);
    }
    let a = m.draws(base, None, 300, 7).unwrap();
    assert!(a.minus(&m.draws(base, None, 300, 8).unwrap()).is_none());
    assert!(a.minus(&m.draws(base, None, 200, 7).unwrap()).is_none());
}
