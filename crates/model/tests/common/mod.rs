//! Shared checks for the model's integration tests.
#![allow(dead_code)]

use relance_model::{Instrument, Model, Outcome, Scenario, Workstream, MEUR};

pub fn model() -> Model {
    Model::embedded().expect("embedded model loads")
}

const EPS: f64 = 1e-6;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= EPS * (1.0 + a.abs().max(b.abs()))
}

/// Asserts every invariant of one projection; `label` names the scenario in failures.
pub fn check_invariants(m: &Model, s: &Scenario, label: &str) {
    let p = m
        .project(s)
        .unwrap_or_else(|e| panic!("{label}: projection refused: {e}"));
    for &o in Outcome::ALL {
        let net = p.net(o);
        for (t, ((&a, &b), &n)) in p.with_bdt[o.index()]
            .iter()
            .zip(&p.without_bdt[o.index()])
            .zip(&net)
            .enumerate()
        {
            assert!(
                a.is_finite() && b.is_finite(),
                "{label}: {} year {t} not finite",
                o.id()
            );
            if o.is_non_negative() {
                assert!(
                    a >= -EPS && b >= -EPS && n >= -EPS,
                    "{label}: {} year {t} negative ({a}, {b}, {n})",
                    o.id()
                );
            }
        }
        for x in p.by_workstream[o.index()] {
            assert!(
                x.is_finite(),
                "{label}: {} by workstream not finite",
                o.id()
            );
        }
    }
    let sm = &p.summary;
    // Money is conserved between levers and the finance outputs.
    for i in Instrument::ALL {
        let lever_total = s.total(i) / MEUR;
        assert!(
            close(sm.allocated[i.index()], lever_total),
            "{label}: {} allocated {} ≠ levers {}",
            i.id(),
            sm.allocated[i.index()],
            lever_total
        );
        assert!(
            sm.deployed[i.index()] <= sm.allocated[i.index()] + EPS,
            "{label}: {} deployed above allocated",
            i.id()
        );
    }
    let sum = |o: Outcome| p.with_bdt[o.index()].iter().sum::<f64>();
    assert!(
        close(sum(Outcome::LoansDisbursed), sm.deployed[0]),
        "{label}: loans disbursed {} ≠ deployed {}",
        sum(Outcome::LoansDisbursed),
        sm.deployed[0]
    );
    assert!(
        close(sum(Outcome::EngineeringSpent), sm.deployed[1]),
        "{label}: engineering spent ≠ deployed"
    );
    assert!(
        close(sum(Outcome::EquityInvested), sm.deployed[2]),
        "{label}: equity invested ≠ deployed"
    );
    assert!(
        close(sum(Outcome::InvestmentSpent), sm.investment_gross),
        "{label}: investment spent ≠ realised"
    );
    assert!(
        close(
            sm.investment_net + sm.investment_counterfactual,
            sm.investment_gross
        ),
        "{label}: net + counterfactual ≠ gross"
    );
    // Capital repaid never exceeds what was lent.
    let repaid = sum(Outcome::DebtService) - sum(Outcome::Interest);
    assert!(
        repaid <= sm.deployed[0] + EPS,
        "{label}: repaid {repaid} above lent {}",
        sm.deployed[0]
    );
    // Saturation: BdT finances no more than the ready and study-born projects, nor more than
    // its financing capacity; every study-born project is realised.
    for w in Workstream::ALL {
        let ws = &sm.workstreams[w.index()];
        let label = format!("{label}: {}", w.id());
        assert!(
            ws.investment <= ws.pipeline + ws.pipeline_from_studies + EPS,
            "{label}: I={} above B + PE = {}",
            ws.investment,
            ws.pipeline + ws.pipeline_from_studies
        );
        assert!(
            ws.investment - ws.pipeline_from_studies <= ws.financing + EPS,
            "{label}: BdT-financed ready projects above F={}",
            ws.financing
        );
        assert!(ws.utilisation <= 1.0 + EPS, "{label}: utilisation above 1");
        assert!(
            (0.0..=1.0).contains(&ws.deadweight),
            "{label}: deadweight {}",
            ws.deadweight
        );
    }
    // No BdT money, no net outcome and no finance flow.
    if s.total_all() == 0.0 {
        for &o in Outcome::ALL.iter().filter(|o| !o.is_reference()) {
            assert!(
                p.net(o).iter().all(|x| x.abs() < EPS),
                "{label}: {} is not zero without BdT money",
                o.id()
            );
        }
    }
}

/// Asserts the Monte Carlo bands are ordered and finite.
pub fn check_bands(m: &Model, s: &Scenario, draws: usize, seed: u64, label: &str) {
    let b = m.monte_carlo(s, draws, seed).unwrap();
    for &o in Outcome::ALL {
        for t in 0..relance_model::N_YEARS {
            let [a, c, d] = b.at(o, t);
            assert!(
                a.is_finite() && c.is_finite() && d.is_finite(),
                "{label}: {} band not finite",
                o.id()
            );
            assert!(
                a <= c && c <= d,
                "{label}: {} year {t}: P10 {a} P50 {c} P90 {d}",
                o.id()
            );
        }
        let [a, c, d] = b.headline[o.index()];
        assert!(
            a <= c && c <= d,
            "{label}: {} headline band out of order",
            o.id()
        );
    }
}
