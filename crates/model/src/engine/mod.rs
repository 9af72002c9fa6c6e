//! The projection: from a scenario and parameter values to yearly series.
//!
//! Every equation here is described, in the same order, by [`crate::methodology`], one file
//! per step: [`studies`], [`financing`], [`saturation`], [`additionality`], [`timing`],
//! [`outcomes`], [`costs`].
//! The engine only uses addition, multiplication, division and square roots (all correctly
//! rounded in IEEE 754), with whole-number powers and a Newton root written here, so the same
//! inputs give bit-identical outputs natively and in WebAssembly.

pub mod additionality;
pub mod costs;
pub mod financing;
pub mod outcomes;
pub mod saturation;
pub mod studies;
pub mod timing;

pub use additionality::{attribute, Attribution};
pub use costs::{carbon_value, GrantEquivalent};
pub use saturation::soft_min;
pub use studies::studies;

use crate::domain::{
    year_index, Instrument, Purpose, Series, Workstream, FIRST_YEAR, N_PURPOSES, N_YEARS,
    PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR,
};
use crate::outcome::{Headline, Outcome, N_OUTCOMES};
use crate::params::{Family as F, Params};
use crate::scenario::{Scenario, MEUR};
use costs::{LifetimeTonnes, PerEuro};
use outcomes::{Intensities, Ledger, Stream};
use serde::Serialize;

/// `x` to a whole power `n ≥ 0`, by repeated squaring.
pub fn pow_int(mut x: f64, mut n: u32) -> f64 {
    let mut acc = 1.0;
    while n > 0 {
        if n & 1 == 1 {
            acc *= x;
        }
        x *= x;
        n >>= 1;
    }
    acc
}

/// The `n`-th root of `x ≥ 0`, by Newton's method from above.
pub fn root_int(x: f64, n: u32) -> f64 {
    if x <= 0.0 || n == 0 {
        return 0.0;
    }
    if n == 1 {
        return x;
    }
    // Start at or above the root: max(1, x) ≥ x^(1/n).
    let mut y = if x > 1.0 { x } else { 1.0 };
    for _ in 0..200 {
        let yn1 = pow_int(y, n - 1);
        let next = y - (yn1 * y - x) / (n as f64 * yn1);
        if next >= y {
            break;
        }
        y = next;
    }
    y
}

/// Figures of one purpose.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct PurposeSummary {
    /// Ready projects whose debt slice BdT's loans can cover, `L_p / φL_p` (M€).
    pub reach_loans: f64,
    /// Ready projects whose equity slice BdT's stakes can cover, `Q_p / φQ_p` (M€).
    pub reach_equity: f64,
    /// Ready pipeline (M€).
    pub pipeline: f64,
    /// Ready projects with a BdT slice, what they cause, and who causes it (M€).
    pub ready: Attribution,
    /// Study-born projects realised (M€): with a BdT slice or by the other funders.
    pub studies: f64,
    /// Net investment (M€): ready projects and study-born ones.
    pub investment_net: f64,
    /// Grant-equivalent of the BdT money placed in this purpose (M€ of 2020).
    pub grant_equivalent: f64,
}

/// Figures of one workstream.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct WorkstreamSummary {
    /// Ready projects BdT's loans and equity could finance, `Σ_p max(L_p/φL_p, Q_p/φQ_p)`
    /// (M€), before the pipeline bounds them.
    pub financing: f64,
    /// Ready pipeline without new studies, `B = Σ_p B_p` (M€).
    pub pipeline: f64,
    /// Projects studies prepare, `PE` (M€); realised where financing is there.
    pub pipeline_from_studies: f64,
    /// Realised investment, gross (M€): ready projects with a BdT slice and study-born ones.
    pub investment: f64,
    /// Net investment (M€).
    pub investment_net: f64,
    /// Share of the workstream's loans and equity that found projects.
    pub utilisation: f64,
    /// Share of the BdT-financed ready projects that would have happened anyway.
    pub deadweight: f64,
    /// Net investment caused by each instrument (M€), in [`Instrument::ALL`] order; they add
    /// up to `investment_net`.
    pub net_by_instrument: [f64; 3],
}

/// Programme totals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Summary {
    /// BdT money allocated, per instrument (M€), in [`Instrument::ALL`] order.
    pub allocated: [f64; 3],
    /// BdT money that found projects and was disbursed, per instrument (M€).
    pub deployed: [f64; 3],
    /// Envelope per instrument (M€).
    pub envelopes: [f64; 3],
    /// Investment realised with the BdT money (M€).
    pub investment_gross: f64,
    /// Investment that would have happened anyway (M€).
    pub investment_counterfactual: f64,
    /// Net investment (M€).
    pub investment_net: f64,
    /// Gross investment per euro of BdT money allocated, all instruments together (loans are
    /// repaid, equity is resold, engineering credits are grants: these euros are not alike).
    pub leverage: f64,
    /// Gross investment per euro of each instrument, in [`Instrument::ALL`] order: loans and
    /// equity by the projects whose slice they finance, engineering by the projects its
    /// studies prepare.
    pub leverage_by_instrument: [f64; 3],
    /// Net investment per euro of each instrument, programme-wide.
    pub net_per_euro: [f64; 3],
    /// Interest over the whole life of the loans (M€, current euros).
    pub total_interest: f64,
    /// Share of the engineering envelope allocated.
    pub engineering_envelope_used: f64,
    /// Co-financing the metropolis must find for the projects the money adds, 2020–2040 (M€):
    /// its share of their cost less what it borrows from BdT for them.
    pub metro_cofinancing: f64,
    /// Largest yearly debt service on BdT loans carried by the metropolis' own budget (M€/yr).
    pub metro_debt_service_peak: f64,
    /// The metropolis' co-financing per inhabitant, 2020–2040 (€).
    pub cofinancing_per_inhabitant: f64,
    /// The metropolis' peak yearly debt service on BdT loans per inhabitant (€/yr).
    pub debt_service_per_inhabitant: f64,
    /// What the BdT money costs the public (M€ of 2020, discounted).
    pub grant_equivalent: GrantEquivalent,
    /// Grant-equivalent of the money whose purpose is climate (M€ of 2020).
    pub climate_grant_equivalent: f64,
    /// Net tonnes of CO2 the climate purposes avoid over their assets' lifetimes, discounted.
    pub lifetime_tco2: f64,
    /// Cost per tonne avoided (€/tCO2): the climate money's grant-equivalent over those
    /// discounted tonnes. Zero when nothing is avoided.
    pub abatement_cost: f64,
    /// The carbon value on the same basis (€/tCO2): the value of each year the tonnes are
    /// avoided, weighted by the discounted tonnes.
    pub carbon_value_lifetime: f64,
    /// The metropolis' co-financing of the climate projects the money adds (M€ of 2020).
    pub climate_cofinancing: f64,
    /// The public cost per tonne (€/tCO2): BdT's grant-equivalent and the metropolis'
    /// co-financing of the climate projects, over the same tonnes (the State's, Region's and
    /// EU's grants to them are not known and not counted).
    pub abatement_cost_public: f64,
    /// The carbon value of 2030 (€/tCO2).
    pub carbon_value_2030: f64,
    /// The carbon value of 2040 (€/tCO2).
    pub carbon_value_2040: f64,
    /// BdT loans the metropolis itself borrows (M€), against its debt stock below.
    pub metro_loans: f64,
    /// The metropolis' debt stock (M€).
    pub metro_debt: f64,
    /// Inhabitants of the metropolis.
    pub population: f64,
    /// The metropolis' yearly transport investment (M€/yr), against the peak debt service.
    pub metro_transport_investment: f64,
    /// Per workstream, in [`Workstream::ALL`] order.
    pub workstreams: [WorkstreamSummary; 8],
    /// Per purpose, in [`Purpose::ALL`] order.
    pub purposes: [PurposeSummary; N_PURPOSES],
}

impl Summary {
    /// Total allocated (M€).
    pub fn allocated_total(&self) -> f64 {
        self.allocated.iter().sum()
    }
}

/// A projection: series with and without the BdT money, and totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    /// Series in the world with the BdT money, indexed by [`Outcome::index`].
    pub with_bdt: [Series; N_OUTCOMES],
    /// Series in the counterfactual world without it.
    pub without_bdt: [Series; N_OUTCOMES],
    /// Net headline of each outcome split by workstream.
    pub by_workstream: [[f64; 8]; N_OUTCOMES],
    /// Totals.
    pub summary: Summary,
}

/// The headline figure of a series.
pub fn headline_of(o: Outcome, s: &Series) -> f64 {
    match o.headline() {
        Headline::Total => s.iter().sum(),
        Headline::At(y) => year_index(y).map_or(0.0, |i| s[i]),
    }
}

impl Projection {
    /// Net series: with minus without (a reference series has no net: zero).
    pub fn net(&self, o: Outcome) -> Series {
        if o.is_reference() {
            return [0.0; N_YEARS];
        }
        let (a, b) = (&self.with_bdt[o.index()], &self.without_bdt[o.index()]);
        std::array::from_fn(|t| a[t] - b[t])
    }

    /// Net headline figure.
    pub fn headline(&self, o: Outcome) -> f64 {
        headline_of(o, &self.net(o))
    }

    /// A projection of nothing, to be filled by [`project_into`].
    pub fn zero() -> Projection {
        Projection {
            with_bdt: [[0.0; N_YEARS]; N_OUTCOMES],
            without_bdt: [[0.0; N_YEARS]; N_OUTCOMES],
            by_workstream: [[0.0; 8]; N_OUTCOMES],
            summary: Summary::default(),
        }
    }
}

fn whole(x: f64) -> u32 {
    if x.is_finite() && x > 0.0 {
        x.round() as u32
    } else {
        0
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

/// Projects `scenario` (already validated) with parameter values `p`.
pub fn project(scenario: &Scenario, p: &Params) -> Projection {
    let mut out = Projection::zero();
    project_into(scenario, p, &mut out, true);
    out
}

/// BdT money flowing into one purpose, by year (M€).
#[derive(Default)]
struct Flows {
    loans: Series,
    equity: Series,
    engineering: Series,
}

/// [`project`] into an existing projection, overwritten whole (the Monte Carlo reuses one
/// buffer instead of building a 20 KB value per draw). Without `by_workstream`, that split is
/// left at zero (the Monte Carlo does not use it). For each workstream, then each of its
/// purposes, the steps of the methodology in its order: [`studies`], [`financing`],
/// [`saturation`], [`additionality`], [`timing`], [`outcomes`]; then [`costs`].
pub fn project_into(scenario: &Scenario, p: &Params, out: &mut Projection, by_workstream: bool) {
    let Projection {
        with_bdt: with,
        without_bdt: without,
        by_workstream: by_ws,
        summary,
    } = out;
    for s in [&mut *with, &mut *without] {
        for row in s.iter_mut() {
            row.fill(0.0);
        }
    }
    for row in by_ws.iter_mut() {
        row.fill(0.0);
    }
    *summary = Summary::default();

    let d = timing::profile(p, F::Disbursement);
    let d_emergency = timing::profile(p, F::DisbursementEmergency);
    let k = whole(p.get(F::Sharpness)).max(1);
    let (sigma, kappa, rho) = (
        p.get(F::EngCofinance),
        p.get(F::EngCostRatio),
        p.get(F::EngRealisation),
    );
    let lag = whole(p.get(F::EngLag)) as usize;
    let delta_e = p.get(F::DeadweightEngineering);
    let induced = p.get(F::InducedJobs);
    let (b, phi_l, phi_q) = (
        p.purpose_all(F::PipelineBase),
        p.purpose_all(F::LoanShare).map(|x| x.clamp(0.0, 1.0)),
        p.purpose_all(F::EquityStake).map(|x| x.clamp(0.0, 1.0)),
    );
    let (delta_l, delta_q) = (
        p.purpose_all(F::DeadweightLoans),
        p.purpose_all(F::DeadweightEquity),
    );
    let (jl, co2, life) = (
        p.purpose_all(F::JobsLasting),
        p.purpose_all(F::Co2Avoided),
        p.purpose_all(F::AssetLifetime),
    );
    let (jc, indirect, tau, others) = (
        p.ws_all(F::JobsConstruction),
        p.ws_all(F::JobsIncludeIndirect),
        p.ws_all(F::BuildTime),
        p.ws_all(F::OtherFunders),
    );
    let (cofin_metro, borrower_metro) = (p.ws_all(F::CofinanceMetro), p.ws_all(F::BorrowerMetro));
    let ev: Series = std::array::from_fn(|t| outcomes::ev_share(p, t));
    let disc = costs::Discount::new(p);
    let mut climate_cofinancing = 0.0;

    let mut loans_by_year = [0.0; N_YEARS];
    let mut metro_loans_by_year = [0.0; N_YEARS];
    let mut equity_by_year = [0.0; N_YEARS];
    let mut eng_by_year = [0.0; N_YEARS];
    let mut flows: [Flows; N_PURPOSES] = std::array::from_fn(|_| Flows::default());
    let mut climate_tonnes = LifetimeTonnes::default();
    let envelopes = [
        p.get(F::EnvelopeLoans),
        p.get(F::EnvelopeEngineering),
        p.get(F::EnvelopeEquity),
    ];
    summary.envelopes = envelopes;
    let mut gross_by_instrument = [0.0; 3];

    for w in Workstream::ALL {
        let i = w.index();
        let amount = |inst| scenario.amount(w, inst) / MEUR;
        let (a_l, a_e, a_q) = (
            amount(Instrument::Loans),
            amount(Instrument::Engineering),
            amount(Instrument::Equity),
        );
        summary.allocated[0] += a_l;
        summary.allocated[1] += a_e;
        summary.allocated[2] += a_q;

        // Steps 1 and 2: what studies prepare, what each instrument can reach.
        let pe = studies(a_e, sigma, kappa, rho);
        let pipeline_w: f64 = Purpose::of(w).map(|q| b[q.index()].max(0.0)).sum();
        let reach_l = financing::reach(w, a_l, &phi_l, &b);
        let reach_q = financing::reach(w, a_q, &phi_q, &b);
        let build = whole(tau[i]) as usize;
        let construction = jc[i]
            * if indirect[i] >= 0.5 {
                1.0
            } else {
                1.0 + induced
            };
        let mut ws = WorkstreamSummary {
            pipeline: pipeline_w,
            pipeline_from_studies: pe,
            ..WorkstreamSummary::default()
        };
        let (mut used_l, mut used_q, mut ready_gross, mut ready_net) = (0.0, 0.0, 0.0, 0.0);
        let mut ledger = Ledger {
            with: &mut *with,
            without: &mut *without,
            by_ws: &mut *by_ws,
            ws: i,
            split: by_workstream,
        };

        for q in Purpose::of(w) {
            let j = q.index();
            // Step 3: ready projects first, then the room left for study-born ones.
            let (x_l, room_l) = saturation::against_pipeline(reach_l[j], b[j], k);
            let (x_q, room_q) = saturation::against_pipeline(reach_q[j], b[j], k);
            let pe_q = pe * ratio(b[j].max(0.0), pipeline_w);
            let others_q = others[i] * ratio(b[j].max(0.0), pipeline_w);
            let st = studies::finance_studies(pe_q, room_l, room_q, others_q, k);
            // Step 4: what BdT causes.
            // Renovations the law forces would happen anyway too (loi Climat et Résilience for
            // homes, décret tertiaire for public buildings).
            let forced = match q {
                Purpose::HomeRenovation => p.get(F::RenovationForcedShare),
                Purpose::PublicBuildings => p.get(F::TertiaryForcedShare),
                _ => 0.0,
            };
            let ready = attribute(x_l, x_q, delta_l[j], delta_q[j]).less_forced(forced);
            let dw = ready.deadweight();
            let dw_studies = 1.0 - (1.0 - delta_e) * (1.0 - forced.clamp(0.0, 1.0));

            // Step 5: ready projects along the profile (emergency money early), study-born
            // ones `lag` years later.
            let dq = if q.produces() == crate::domain::Produces::Safeguard {
                &d_emergency
            } else {
                &d
            };
            let (ready_spent, ready_done) = timing::timing(ready.gross, dq, 0, build);
            let (st_spent, st_done) = timing::timing(st.realised(), &d, lag, build);
            let loans_q = [phi_l[j] * x_l, phi_l[j] * st.by_loans];
            let equity_q = [phi_q[j] * x_q, phi_q[j] * st.by_equity];
            used_l += loans_q[0] + loans_q[1];
            used_q += equity_q[0] + equity_q[1];
            gross_by_instrument[0] += x_l + st.by_loans;
            gross_by_instrument[2] += x_q + st.by_equity;

            // Finance flows follow the spending of the projects they finance. The metropolis
            // carries a share m[w] of each project's cost whoever lends: what it borrows from
            // BdT for them is part of that share, the rest it must find (co-financing).
            let fl = &mut flows[j];
            let (m, bm) = (cofin_metro[i], borrower_metro[i]);
            let mut cofin = [[0.0; N_YEARS]; 2];
            for t in 0..N_YEARS {
                let lagged = if t >= lag { d[t - lag] } else { 0.0 };
                let l_t = loans_q[0] * dq[t] + loans_q[1] * lagged;
                fl.loans[t] = l_t;
                fl.equity[t] = equity_q[0] * dq[t] + equity_q[1] * lagged;
                fl.engineering[t] = a_e * ratio(b[j].max(0.0), pipeline_w) * d[t];
                loans_by_year[t] += l_t;
                metro_loans_by_year[t] += l_t * bm;
                equity_by_year[t] += fl.equity[t];
                eng_by_year[t] += fl.engineering[t];
                cofin[0][t] = (m * ready_spent[t] - loans_q[0] * dq[t] * bm).max(0.0);
                cofin[1][t] = (m * st_spent[t] - loans_q[1] * lagged * bm).max(0.0);
            }

            // Step 6: outcomes, each from the investment it describes.
            let rates = Intensities {
                construction,
                lasting: jl[j],
                co2: co2[j],
                life: whole(life[j]) as usize,
            };
            let streams = [
                Stream {
                    spent: ready_spent,
                    done: ready_done,
                    deadweight: dw,
                    studies: false,
                },
                Stream {
                    spent: st_spent,
                    done: st_done,
                    deadweight: dw_studies,
                    studies: true,
                },
            ];
            let mut net = 0.0;
            for (s, stream) in streams.iter().enumerate() {
                ledger.add(Outcome::MetroCofinancing, &cofin[s], stream.deadweight);
                net += outcomes::outcomes_of(q, stream, p, &rates, &ev, &mut ledger);
                if q.is_climate() {
                    climate_tonnes.add(
                        p,
                        &stream.done,
                        rates.co2,
                        rates.life,
                        stream.deadweight,
                        q.produces() == crate::domain::Produces::Lines,
                    );
                    // The metropolis' co-financing of the climate projects the money adds,
                    // in euros of 2020.
                    climate_cofinancing += (0..N_YEARS)
                        .map(|t| {
                            (1.0 - stream.deadweight)
                                * cofin[s][t]
                                * disc.nominal(FIRST_YEAR + t as i32)
                        })
                        .sum::<f64>();
                }
            }
            let study_net = (1.0 - dw_studies) * st.realised();
            ws.financing += reach_l[j].max(reach_q[j]);
            ws.investment += ready.gross + st.realised();
            ws.investment_net += net;
            ws.net_by_instrument[0] += ready.loans;
            ws.net_by_instrument[1] += study_net;
            ws.net_by_instrument[2] += ready.equity;
            ready_gross += ready.gross;
            ready_net += ready.net;
            summary.purposes[j] = PurposeSummary {
                reach_loans: reach_l[j],
                reach_equity: reach_q[j],
                pipeline: b[j],
                ready,
                studies: st.realised(),
                investment_net: net,
                grant_equivalent: 0.0,
            };
        }
        ws.utilisation = ratio(used_l + used_q, a_l + a_q);
        ws.deadweight = if ready_gross > 0.0 {
            1.0 - ready_net / ready_gross
        } else {
            0.0
        };
        summary.deployed[0] += used_l;
        summary.deployed[1] += a_e;
        summary.deployed[2] += used_q;
        gross_by_instrument[1] += pe;
        summary.investment_gross += ws.investment;
        summary.investment_net += ws.investment_net;
        summary.investment_counterfactual += ws.investment - ws.investment_net;
        summary.workstreams[i] = ws;
    }

    outcomes::indices(p, with, without);

    // Step 7: finance, what the metropolis carries, and what the money costs the public.
    let finance = [
        Outcome::DebtService,
        Outcome::Interest,
        Outcome::LoanOutstanding,
    ];
    let total_interest = costs::debt(p, &loans_by_year, with, finance);
    let mut metro = [[0.0; N_YEARS]; N_OUTCOMES];
    costs::debt(p, &metro_loans_by_year, &mut metro, finance);
    with[Outcome::MetroDebtService.index()] = metro[Outcome::DebtService.index()];
    costs::equity(p, &equity_by_year, with);
    with[Outcome::LoansDisbursed.index()] = loans_by_year;
    with[Outcome::EquityInvested.index()] = equity_by_year;
    with[Outcome::EngineeringSpent.index()] = eng_by_year;
    let target = p.get(F::MobilityTarget);
    for y in PROGRAMME_FIRST_YEAR..=PROGRAMME_LAST_YEAR {
        if let Some(t) = year_index(y) {
            with[Outcome::MobilityTarget.index()][t] = target;
        }
    }
    for &o in Outcome::ALL
        .iter()
        .filter(|o| o.is_finance() || o.is_reference())
    {
        by_ws[o.index()] = [0.0; 8];
    }

    let per_euro = PerEuro::new(p, &loans_by_year, &equity_by_year);
    summary.grant_equivalent =
        costs::grant_equivalent(&loans_by_year, &eng_by_year, &equity_by_year, &per_euro);
    for (j, fl) in flows.iter().enumerate() {
        let ge = costs::grant_equivalent(&fl.loans, &fl.engineering, &fl.equity, &per_euro).total;
        summary.purposes[j].grant_equivalent = ge;
        if Purpose::ALL[j].is_climate() {
            summary.climate_grant_equivalent += ge;
        }
    }
    summary.lifetime_tco2 = climate_tonnes.tonnes;
    summary.abatement_cost = if climate_tonnes.tonnes > 0.0 {
        MEUR * summary.climate_grant_equivalent / climate_tonnes.tonnes
    } else {
        0.0
    };
    summary.carbon_value_lifetime = ratio(climate_tonnes.valued, climate_tonnes.tonnes);
    summary.climate_cofinancing = climate_cofinancing;
    summary.abatement_cost_public = if climate_tonnes.tonnes > 0.0 {
        MEUR * (summary.climate_grant_equivalent + climate_cofinancing) / climate_tonnes.tonnes
    } else {
        0.0
    };

    let alloc = summary.allocated_total();
    summary.leverage = ratio(summary.investment_gross, alloc);
    summary.leverage_by_instrument =
        std::array::from_fn(|k| ratio(gross_by_instrument[k], summary.allocated[k]));
    summary.net_per_euro = std::array::from_fn(|k| {
        let net: f64 = summary
            .workstreams
            .iter()
            .map(|w| w.net_by_instrument[k])
            .sum();
        ratio(net, summary.allocated[k])
    });
    summary.total_interest = total_interest;
    summary.engineering_envelope_used = ratio(summary.allocated[1], envelopes[1]);
    let population = p.get(F::Population);
    // Only what the money adds: co-financing of projects that would happen anyway is not new.
    let mc = Outcome::MetroCofinancing.index();
    summary.metro_cofinancing = headline_of(
        Outcome::MetroCofinancing,
        &std::array::from_fn(|t| with[mc][t] - without[mc][t]),
    );
    summary.metro_debt_service_peak = with[Outcome::MetroDebtService.index()]
        .iter()
        .copied()
        .fold(0.0, f64::max);
    summary.cofinancing_per_inhabitant = MEUR * ratio(summary.metro_cofinancing, population);
    summary.debt_service_per_inhabitant = MEUR * ratio(summary.metro_debt_service_peak, population);
    summary.carbon_value_2030 = carbon_value(p, 2030);
    summary.carbon_value_2040 = carbon_value(p, 2040);
    summary.metro_loans = metro_loans_by_year.iter().sum();
    summary.metro_debt = p.get(F::MetroDebt);
    summary.population = population;
    summary.metro_transport_investment = p.get(F::MetroTransportInvestment);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_and_roots() {
        assert_eq!(pow_int(2.0, 10), 1024.0);
        assert_eq!(pow_int(3.0, 0), 1.0);
        for (x, n) in [(2.0, 4), (16.0, 2), (1.5, 8), (0.25, 3)] {
            let y = root_int(x, n);
            assert!(
                (pow_int(y, n) - x).abs() < 1e-12 * x.max(1.0),
                "{x}^(1/{n}) = {y}"
            );
        }
    }
}
