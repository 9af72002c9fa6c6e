//! Sanity ratios against published figures in shared/research/assumptions-sources.md.
//! A ratio outside its range fails with its name.

mod common;
use common::model;
use relance_model::params::{Family, Params};
use relance_model::{Outcome, Workstream};

fn check_ratio(name: &str, value: f64, low: f64, high: f64) {
    assert!(
        (low..=high).contains(&value),
        "sanity ratio '{name}' = {value:.2} is outside [{low}, {high}]"
    );
}

#[test]
fn renovation_jobs_per_meur_sit_in_the_anah_range() {
    let m = model();
    let p = m.project(&m.baseline().scenario).unwrap();
    let w = Workstream::UrbanRenewal;
    // The Anah figure already includes indirect jobs: it is not multiplied by (1 + induced).
    let v = m.registry.central_values();
    assert_eq!(
        Params::new(&m.layout, &v).ws(Family::JobsIncludeIndirect, w),
        1.0
    );
    let direct = p.by_workstream[Outcome::ConstructionJobs.index()][w.index()];
    let net = p.summary.workstreams[w.index()].investment_net;
    // Anah Habiter Mieux: 6 (houses) to 9 (condominiums) FTE per M€ of works, indirect included.
    check_ratio(
        "renovation direct job-years per M€ (Anah 6-9)",
        direct / net,
        6.0,
        9.0,
    );
}

#[test]
fn the_plan_is_of_the_order_of_the_nice_metropolis_plan() {
    let m = model();
    let p = m.project(&m.baseline().scenario).unwrap();
    let net = p.summary.investment_net;
    // Nice Côte d'Azur: 2.5 Md€ → 25 000 jobs (≈10 per M€) and 182 000 t CO2 (≈73 t per M€).
    let jobs = p.headline(Outcome::ConstructionJobs) / net;
    check_ratio(
        "whole-plan job-years per net M€ (Nice ≈10)",
        jobs,
        5.0,
        20.0,
    );
    let co2 = p.headline(Outcome::Co2Cumulative) / net;
    check_ratio(
        "whole-plan tCO2 to 2040 per net M€ (Nice ≈73)",
        co2,
        73.0 / 5.0,
        73.0 * 5.0,
    );
}

#[test]
fn the_reference_hand_check_is_reproduced() {
    // MODEL.md's hand check: ≈1.7 Md€ of investment and ≈20 000 tCO2 a year, before the v2
    // corrections. These take off what would have happened anyway (δL ≈ 60-70 % for
    // savings-fund loans, the Cour des comptes' 72 % inside the band): net investment falls to
    // roughly 40 % of gross, and CO2 further, as renovation's intensity now applies to the
    // renovation share only, forced renovations stay in the counterfactual and the tram's
    // saving shrinks as cars electrify.
    let m = model();
    let p = m.project(&m.baseline().scenario).unwrap();
    check_ratio(
        "gross investment of the 2020 convention (M€, hand check ≈1 700 to 2 500)",
        p.summary.investment_gross,
        1500.0,
        3000.0,
    );
    check_ratio(
        "net over gross investment (deadweight ≈ 60-70 % on loans)",
        p.summary.investment_net / p.summary.investment_gross,
        0.25,
        0.6,
    );
    check_ratio(
        "net tCO2 avoided per year by 2040 (v1 hand check 20 000, less deadweight, purposes, \
         AMP's heating mix (v3) and assets' lifetimes)",
        p.headline(Outcome::Co2Avoided),
        1_500.0,
        20_000.0,
    );
    let w = Workstream::UrbanRenewal.index();
    let share = p.by_workstream[Outcome::Co2Avoided.index()][w] / p.headline(Outcome::Co2Avoided);
    check_ratio(
        "urban renewal's share of CO2 avoided (the largest single part since v3's AMP heating mix)",
        share,
        0.25,
        1.0,
    );
}

#[test]
fn engineering_and_equity_leverage_bracket_the_published_claims() {
    let m = model();
    let r = &m.registry;
    let g = |id: &str| r.get(id).unwrap();
    let (s, k, rho) = (
        g("eng_cofinance"),
        g("eng_cost_ratio"),
        g("eng_realisation"),
    );
    let central = k.value * rho.value / s.value;
    let highest = k.high * rho.high / s.low;
    // SCET: 1 € of engineering secures 117 € (an interested source): inside our band, above centre.
    check_ratio(
        "engineering leverage, central (€ per €)",
        central,
        10.0,
        117.0,
    );
    check_ratio(
        "engineering leverage, high end reaches SCET's 117",
        highest,
        117.0,
        400.0,
    );
    // BdT PACA: 1 € brings 6-7 €; observed 2× (49 % stake) to 14.7× (Occitanie 2018).
    for q in relance_model::Purpose::ALL {
        let st = g(&format!("equity_stake.{}", q.id()));
        if st.high == 0.0 {
            continue;
        }
        check_ratio(
            &format!("equity leverage of {}, central (1/φQ)", q.id()),
            100.0 / st.value,
            3.0,
            7.0,
        );
        check_ratio(
            &format!("equity leverage of {}, high end (1/φQ low)", q.id()),
            100.0 / st.low,
            5.0,
            14.7,
        );
    }
}
