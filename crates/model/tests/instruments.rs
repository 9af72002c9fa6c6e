//! What each instrument can and cannot do (model v3). Each test is named after the model v2
//! bug it pins, and uses only what v2 also had, so that it can be run against v2 and fail
//! there: scenarios, projections, headlines and net investment.

mod common;
use common::model;
use relance_model::{Instrument, Model, Outcome, Scenario, Workstream, MEUR};

/// The effects a resident reads: every outcome that is an effect, but the metropolis'
/// co-financing (a cost, which falls when BdT lends it more).
fn effects() -> impl Iterator<Item = Outcome> {
    Outcome::ALL
        .iter()
        .copied()
        .filter(|o| !o.is_finance() && !o.is_reference() && *o != Outcome::MetroCofinancing)
}

fn open_levers(m: &Model) -> Vec<(Workstream, Instrument, f64, f64)> {
    m.levers
        .iter()
        .filter(|l| l.max > l.min)
        .map(|l| (l.workstream, l.instrument, l.min, l.max))
        .collect()
}

fn net_investment(m: &Model, s: &Scenario) -> f64 {
    m.project(s).unwrap().summary.investment_net
}

/// v2: the mix's deadweight `e·δQ + (1 − e)·δL` slid toward δL as loans grew, so 228 steps
/// of 4 presets × 21 levers × 6 lowered a net result.
#[test]
fn more_money_never_gives_less() {
    let m = model();
    let mut decreases = Vec::new();
    for preset in &m.presets {
        for (w, i, lo, hi) in open_levers(&m) {
            let mut last: Option<Vec<f64>> = None;
            for step in 0..=6 {
                let mut s = preset.scenario.clone();
                s.set_amount(w, i, lo + (hi - lo) * step as f64 / 6.0);
                let p = m.project(&s).unwrap();
                let now: Vec<f64> = effects().map(|o| p.headline(o)).collect();
                if let Some(before) = &last {
                    for (o, (a, b)) in effects().zip(before.iter().zip(&now)) {
                        if *b < a - 1e-9 * (1.0 + a.abs()) {
                            decreases.push(format!(
                                "{} {}.{} step {step}: {} {a} → {b}",
                                preset.id,
                                w.id(),
                                i.id(),
                                o.id()
                            ));
                        }
                    }
                }
                last = Some(now);
            }
        }
    }
    assert!(
        decreases.is_empty(),
        "{} decreases, e.g. {:?}",
        decreases.len(),
        &decreases[..decreases.len().min(5)]
    );
}

/// v2: `F = max(L/φL, Q/φQ)` made loans inert wherever equity reached further (relocation
/// loans +30 M€ gave +0 M€ net; hard-hit loans 60 → 0 changed no outcome).
#[test]
fn loans_are_not_inert_where_equity_reaches_further() {
    let m = model();
    for preset in &m.presets {
        for (w, i, lo, hi) in open_levers(&m) {
            if i == Instrument::Engineering {
                continue;
            }
            // Half-way up the lever, while the ready projects are far from all financed.
            let mut s = preset.scenario.clone();
            let mid = lo + 0.3 * (hi - lo);
            s.set_amount(w, i, mid);
            let p = m.project(&s).unwrap();
            // The ready projects of the purposes this instrument finances.
            let (mut financed, mut ready) = (0.0, 0.0);
            for ps in relance_model::Purpose::of(w).map(|q| p.summary.purposes[q.index()]) {
                let reach = match i {
                    Instrument::Loans => ps.reach_loans,
                    _ => ps.reach_equity,
                };
                if reach > 0.0 {
                    financed += reach.min(ps.pipeline);
                    ready += ps.pipeline;
                }
            }
            if financed > 0.7 * ready || ready == 0.0 {
                continue;
            }
            let before = p.summary.investment_net;
            s.set_amount(w, i, mid + MEUR);
            let gain = net_investment(&m, &s) - before;
            assert!(
                gain > 0.05,
                "{} {}.{}: +1 M€ at {} M€ adds {gain} M€ net while projects wait",
                preset.id,
                w.id(),
                i.id(),
                mid / MEUR
            );
        }
    }
    // The two cases of the v2 review.
    let c = m.baseline().scenario.clone();
    let mut s = c.clone();
    let w = Workstream::Relocation;
    s.set_amount(
        w,
        Instrument::Loans,
        c.amount(w, Instrument::Loans) + 30.0 * MEUR,
    );
    assert!(net_investment(&m, &s) > net_investment(&m, &c) + 1.0);
    let mut s = c.clone();
    s.set_amount(Workstream::HardHitSectors, Instrument::Loans, 0.0);
    let (a, b) = (m.project(&s).unwrap(), m.project(&c).unwrap());
    assert!(b.headline(Outcome::JobsSafeguarded) > a.headline(Outcome::JobsSafeguarded));
}

/// v2: mobility equity 0 → its maximum added 1.6 km of tram with no more gross investment: a
/// stake in hydrogen stations made a tram line additional.
#[test]
fn equity_buys_no_tram_kilometres_and_loans_no_stakes() {
    let m = model();
    for preset in &m.presets {
        let w = Workstream::Mobility;
        let spec = m.lever(w, Instrument::Equity);
        let (mut none, mut full) = (preset.scenario.clone(), preset.scenario.clone());
        none.set_amount(w, Instrument::Equity, spec.min);
        full.set_amount(w, Instrument::Equity, spec.max);
        let (a, b) = (m.project(&none).unwrap(), m.project(&full).unwrap());
        for o in [Outcome::TransitKm, Outcome::TransitTrips] {
            assert_eq!(
                a.headline(o),
                b.headline(o),
                "{}: equity moved {}",
                preset.id,
                o.id()
            );
        }
        for w in Workstream::ALL {
            let spec = m.lever(w, Instrument::Loans);
            let (mut none, mut full) = (preset.scenario.clone(), preset.scenario.clone());
            none.set_amount(w, Instrument::Loans, spec.min);
            full.set_amount(w, Instrument::Loans, spec.max);
            let q = |s: &Scenario| -> f64 {
                m.project(s).unwrap().with_bdt[Outcome::EquityInvested.index()]
                    .iter()
                    .sum()
            };
            assert!(
                (q(&none) - q(&full)).abs() < 1e-9,
                "{}: loans in {} moved the equity invested",
                preset.id,
                w.id()
            );
        }
    }
}

/// v2: hard-hit loans +3.9, equity +12.1, both +9.9 M€ net: loans and equity together gave
/// less than equity alone.
#[test]
fn loans_and_equity_count_a_project_once() {
    let m = model();
    for w in Workstream::ALL {
        let (l, q) = (
            m.lever(w, Instrument::Loans),
            m.lever(w, Instrument::Equity),
        );
        if q.max <= q.min {
            continue;
        }
        for f in [0.25, 0.5, 1.0] {
            let at = |loans: bool, equity: bool| {
                let mut s = Scenario::default();
                if loans {
                    s.set_amount(w, Instrument::Loans, l.min + f * (l.max - l.min));
                }
                if equity {
                    s.set_amount(w, Instrument::Equity, q.min + f * (q.max - q.min));
                }
                m.project(&s).unwrap().summary.workstreams[w.index()].investment_net
            };
            let (alone_l, alone_q, both) = (at(true, false), at(false, true), at(true, true));
            assert!(
                both >= alone_l.max(alone_q) - 1e-9 && both <= alone_l + alone_q + 1e-9,
                "{} at {f}: loans {alone_l}, equity {alone_q}, both {both}",
                w.id()
            );
        }
    }
}

/// A guard rather than a v2 bug (it holds on v2 too): what a stake adds is bounded by the
/// projects a stake can finance, and net investment never exceeds the projects financed.
#[test]
fn an_instrument_claims_no_more_than_its_slice_decides() {
    let m = model();
    let c = m.baseline().scenario.clone();
    let p = m.project(&c).unwrap();
    for w in Workstream::ALL {
        let ws = p.summary.workstreams[w.index()];
        assert!(ws.investment_net <= ws.investment + 1e-9);
        let q = c.amount(w, Instrument::Equity) / MEUR;
        // At most the projects whose stake it finances, less those that happen anyway:
        // Σ_p X_Q,p (1 − δQ_p).
        let mut s = c.clone();
        s.set_amount(w, Instrument::Equity, 0.0);
        let added = p.summary.investment_net - net_investment(&m, &s);
        let bound: f64 = relance_model::Purpose::of(w)
            .map(|pp| {
                let ps = p.summary.purposes[pp.index()];
                let dq = m
                    .registry
                    .get(&format!("deadweight_equity.{}", pp.id()))
                    .or_else(|| m.registry.get("deadweight_equity.default"))
                    .unwrap()
                    .value
                    / 100.0;
                ps.reach_equity.min(ps.pipeline) * (1.0 - dq)
            })
            .sum();
        assert!(
            added <= bound + 1e-9,
            "{}: equity of {q} M€ adds {added} M€ net (bound {bound})",
            w.id()
        );
    }
}

/// Every Monte Carlo draw keeps each purpose's loan and stake within its cost: the build
/// refuses bands that could exceed it, and an edit that would is refused with its reason.
#[test]
fn every_draw_keeps_a_structure_within_its_cost() {
    use relance_model::montecarlo::{two_piece, uniform, Pcg32};
    let m = model();
    let reg = &m.registry;
    let mut rng = Pcg32::new(7, 11);
    for q in relance_model::Purpose::ALL {
        let get = |f: &str| reg.get(&format!("{f}.{}", q.id())).unwrap().clone();
        let (l, k) = (get("loan_share"), get("equity_stake"));
        for _ in 0..2000 {
            let x = two_piece(uniform(&mut rng), l.low, l.value, l.high)
                + two_piece(uniform(&mut rng), k.low, k.value, k.high);
            assert!(x <= 100.0 + 1e-9, "{}: {x} %", q.id());
        }
    }
    // An override that lets a stake and a loan exceed the cost is refused, named.
    let mut s = m.baseline().scenario.clone();
    s.overrides
        .insert("equity_stake.clean_stations".into(), 80.0);
    let e = m.validate(&s).unwrap_err().to_string();
    assert!(e.contains("charging"), "{e}");
    let err = reg.check_structures(&s.overrides).unwrap_err();
    assert!(err
        .message(relance_model::Lang::Fr)
        .contains("dépasseraient 100 %"));
    // One within the cost is accepted.
    s.overrides
        .insert("equity_stake.clean_stations".into(), 40.0);
    assert!(m.validate(&s).is_ok());
}

/// v2's « argent public par tonne » counted repaid principal and resold equity at face value
/// and charged every euro to CO2. The abatement cost counts only the climate money's
/// grant-equivalent, and money for other purposes does not move it.
#[test]
fn the_abatement_cost_counts_climate_money_only() {
    let m = model();
    let c = m.baseline().scenario.clone();
    let base = m.project(&c).unwrap().summary;
    assert!(base.abatement_cost > 0.0 && base.lifetime_tco2 > 0.0);
    let ge = base.grant_equivalent;
    assert!((ge.loans + ge.engineering + ge.equity - ge.total).abs() < 1e-9);
    // Not face value: a loan's subsidy is a small part of its principal, a stake's cost at most
    // the stake.
    assert!(ge.loans.abs() < 0.2 * base.deployed[0], "{ge:?}");
    assert!(ge.equity <= base.deployed[2] && ge.engineering <= base.deployed[1] + 1e-9);
    // Twice the climate purposes' CO2 a year: half the cost per tonne.
    let mut twice = c.clone();
    for q in relance_model::Purpose::ALL
        .iter()
        .filter(|q| q.is_climate())
    {
        let id = format!("co2_avoided.{}", q.id());
        let v = m.registry.get(&id).unwrap().value;
        twice.overrides.insert(id, 2.0 * v);
    }
    let t = m.project(&twice).unwrap().summary;
    assert!((t.abatement_cost * 2.0 - base.abatement_cost).abs() < 1e-6 * base.abatement_cost);
    assert!(t.abatement_cost_public < base.abatement_cost_public);
    assert!(
        base.abatement_cost_public > base.abatement_cost,
        "the metropolis pays too"
    );
    for (w, i) in [
        (Workstream::Food, Instrument::Loans),
        (Workstream::HardHitSectors, Instrument::Equity),
        (Workstream::Nature, Instrument::Loans),
    ] {
        let mut s = c.clone();
        s.set_amount(w, i, c.amount(w, i) + 10.0 * MEUR);
        let sm = m.project(&s).unwrap().summary;
        assert!((sm.abatement_cost - base.abatement_cost).abs() < 1e-9);
        assert!(sm.grant_equivalent.total != base.grant_equivalent.total);
    }
    let mut s = c.clone();
    let w = Workstream::UrbanRenewal;
    s.set_amount(
        w,
        Instrument::Loans,
        c.amount(w, Instrument::Loans) + 10.0 * MEUR,
    );
    assert_ne!(
        m.project(&s).unwrap().summary.abatement_cost,
        base.abatement_cost
    );
}

/// v2: margin 0.4 or 1.0, Livret A at 3 % — every real figure identical but interest. The
/// loans' grant-equivalent now follows their price: dearer loans subsidise less.
#[test]
fn the_price_of_a_loan_changes_what_it_costs_the_public() {
    let m = model();
    let c = m.baseline().scenario.clone();
    let ge = |id: &str, v: f64| {
        let mut s = c.clone();
        s.overrides.insert(id.into(), v);
        m.project(&s).unwrap().summary.grant_equivalent.loans
    };
    assert!(ge("loan_margin", 0.4) > ge("loan_margin", 1.0));
    assert!(ge("livret_a_after", 0.5) > ge("livret_a_after", 3.0));
    // A loan made in 2021 at Livret A + 0.6 cost its borrower more than the 0.62 % market loan
    // (a transfer to Livret A savers, shown as such): negative; one of 2024 carries a subsidy.
    let v = m.values(&c).unwrap();
    let p = relance_model::params::Params::new(&m.layout, &v);
    assert!(relance_model::engine::costs::loan_grant_equivalent(&p, 2021) < 0.0);
    assert!(relance_model::engine::costs::loan_grant_equivalent(&p, 2024) > 0.0);
}
