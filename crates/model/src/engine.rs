//! The projection: from a scenario and parameter values to yearly series.
//!
//! Every equation here is described, in the same order, by [`crate::methodology`].
//! The engine only uses addition, multiplication, division and square roots (all correctly
//! rounded in IEEE 754), with whole-number powers and a Newton root written here, so the same
//! inputs give bit-identical outputs natively and in WebAssembly.

use crate::domain::{
    year_index, Instrument, Series, Workstream, FIRST_YEAR, LAST_YEAR, N_YEARS,
    PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR,
};
use crate::outcome::{Headline, Outcome, N_OUTCOMES};
use crate::params::{Family as F, Params};
use crate::scenario::{Scenario, MEUR};
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

/// Realised investment: a soft minimum of financing `f` and pipeline `p` with sharpness `k`,
/// `f / (1 + (f/p)^k)^(1/k)`. Zero if either is zero; never above either.
pub fn soft_min(f: f64, p: f64, k: u32) -> f64 {
    if f <= 0.0 || p <= 0.0 {
        return 0.0;
    }
    // Written symmetrically so that large ratios do not overflow.
    let (small, large) = if f <= p { (f, p) } else { (p, f) };
    let r = small / large;
    let v = small / root_int(1.0 + pow_int(r, k), k);
    v.min(f).min(p)
}

/// Figures of one workstream.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct WorkstreamSummary {
    /// Investment the loans and equity could finance, `F` (M€).
    pub financing: f64,
    /// Ready pipeline `P = B + PE` (M€).
    pub pipeline: f64,
    /// Part of the pipeline added by co-financed studies, `PE` (M€).
    pub pipeline_from_studies: f64,
    /// Realised investment `I` (M€), gross.
    pub investment: f64,
    /// Net investment `(1 − δ) I` (M€).
    pub investment_net: f64,
    /// `I / F`: share of loans and equity that found projects.
    pub utilisation: f64,
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
    /// Gross investment per euro of BdT money allocated.
    pub leverage: f64,
    /// Interest over the whole life of the loans (M€).
    pub total_interest: f64,
    /// Share of the engineering envelope allocated.
    pub engineering_envelope_used: f64,
    /// Per workstream, in [`Workstream::ALL`] order.
    pub workstreams: [WorkstreamSummary; 8],
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
    /// Net series: with minus without.
    pub fn net(&self, o: Outcome) -> Series {
        let (a, b) = (&self.with_bdt[o.index()], &self.without_bdt[o.index()]);
        std::array::from_fn(|t| a[t] - b[t])
    }

    /// Net headline figure.
    pub fn headline(&self, o: Outcome) -> f64 {
        headline_of(o, &self.net(o))
    }
}

fn idx(o: Outcome) -> usize {
    o.index()
}

fn whole(x: f64) -> u32 {
    if x.is_finite() && x > 0.0 {
        x.round() as u32
    } else {
        0
    }
}

/// Projects `scenario` (already validated) with parameter values `p`.
pub fn project(scenario: &Scenario, p: &Params) -> Projection {
    let mut out = Projection::zero();
    project_into(scenario, p, &mut out, true);
    out
}

impl Projection {
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

/// [`project`] into an existing projection, overwritten whole (the Monte Carlo reuses one
/// buffer instead of building a 20 KB value per draw). Without `by_workstream`, that split is
/// left at zero (the Monte Carlo does not use it).
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

    // Disbursement profile, normalised.
    let mut d = [0.0; N_YEARS];
    for y in PROGRAMME_FIRST_YEAR..=PROGRAMME_LAST_YEAR {
        if let (Some(t), Some(v)) = (year_index(y), p.year(F::Disbursement, y)) {
            d[t] = v.max(0.0);
        }
    }
    let dsum: f64 = d.iter().sum();
    if dsum > 0.0 {
        d.iter_mut().for_each(|x| *x /= dsum);
    }

    let k = whole(p.get(F::Sharpness)).max(1);
    let (sigma, kappa, rho) = (
        p.get(F::EngCofinance),
        p.get(F::EngCostRatio),
        p.get(F::EngRealisation),
    );
    let lag = whole(p.get(F::EngLag)) as usize;
    let induced = p.get(F::InducedJobs);
    let (b, phi_l, phi_q, elig) = (
        p.ws_all(F::PipelineBase),
        p.ws_all(F::LoanShare),
        p.ws_all(F::EquityStake),
        p.ws_all(F::EquityEligible),
    );
    let (delta, tau) = (p.ws_all(F::Deadweight), p.ws_all(F::BuildTime));
    let (jc, jl, co2) = (
        p.ws_all(F::JobsConstruction),
        p.ws_all(F::JobsLasting),
        p.ws_all(F::Co2Avoided),
    );

    let mut loans_by_year = [0.0; N_YEARS];
    let mut equity_by_year = [0.0; N_YEARS];
    let envelopes = [
        p.get(F::EnvelopeLoans),
        p.get(F::EnvelopeEngineering),
        p.get(F::EnvelopeEquity),
    ];
    summary.envelopes = envelopes;

    for w in Workstream::ALL {
        let i = w.index();
        let a_l = scenario.amount(w, Instrument::Loans) / MEUR;
        let a_e = scenario.amount(w, Instrument::Engineering) / MEUR;
        let a_q_alloc = scenario.amount(w, Instrument::Equity) / MEUR;
        let a_q = if elig[i] >= 0.5 { a_q_alloc } else { 0.0 };
        summary.allocated[0] += a_l;
        summary.allocated[1] += a_e;
        summary.allocated[2] += a_q_alloc;

        // 1-2. Engineering grows the pipeline.
        let pe = if sigma > 0.0 {
            a_e / sigma * kappa * rho
        } else {
            0.0
        };
        let pipeline = b[i] + pe;
        // 3. Financing capacity.
        let fin = if phi_l[i] > 0.0 { a_l / phi_l[i] } else { 0.0 }
            + if phi_q[i] > 0.0 { a_q / phi_q[i] } else { 0.0 };
        // 4. Saturation.
        let inv = soft_min(fin, pipeline, k);
        let util = if fin > 0.0 { inv / fin } else { 0.0 };
        summary.deployed[0] += a_l * util;
        summary.deployed[1] += a_e;
        summary.deployed[2] += a_q * util;
        // 5. Additionality.
        let dw = delta[i];
        summary.workstreams[i] = WorkstreamSummary {
            financing: fin,
            pipeline,
            pipeline_from_studies: pe,
            investment: inv,
            investment_net: (1.0 - dw) * inv,
            utilisation: util,
        };
        summary.investment_gross += inv;
        summary.investment_counterfactual += dw * inv;
        summary.investment_net += (1.0 - dw) * inv;

        // 6. Timing: the ready pipeline is spent along d, projects born of studies `lag` later.
        let (sb, se) = if pipeline > 0.0 {
            (b[i] / pipeline, pe / pipeline)
        } else {
            (0.0, 0.0)
        };
        let mut spent = [0.0; N_YEARS];
        for t in 0..N_YEARS {
            let late = if t >= lag { d[t - lag] } else { 0.0 };
            spent[t] = inv * (sb * d[t] + se * late);
        }
        let mut cum = [0.0; N_YEARS];
        let mut run = 0.0;
        for t in 0..N_YEARS {
            run += spent[t];
            cum[t] = run;
        }
        let bt = whole(tau[i]) as usize;
        let done: Series = std::array::from_fn(|t| if t >= bt { cum[t - bt] } else { 0.0 });

        // Finance flows follow the spending.
        for t in 0..N_YEARS {
            let share = if inv > 0.0 { spent[t] / inv } else { 0.0 };
            loans_by_year[t] += a_l * util * share;
            equity_by_year[t] += a_q * util * share;
            with[idx(Outcome::EngineeringSpent)][t] += a_e * d[t];
        }

        // Outcomes per unit of gross investment path; the counterfactual is δ times it.
        let mut add = |o: Outcome, s: &Series| {
            let o = idx(o);
            for t in 0..N_YEARS {
                with[o][t] += s[t];
                without[o][t] += dw * s[t];
            }
            if by_workstream {
                by_ws[o][i] = (1.0 - dw) * headline_of(Outcome::ALL[o], s);
            }
        };
        add(Outcome::InvestmentSpent, &spent);
        let cj = (1.0 + induced) * jc[i];
        add(Outcome::ConstructionJobs, &spent.map(|x| x * cj));
        add(Outcome::LastingJobs, &done.map(|x| x * jl[i]));
        let co2_year = done.map(|x| x * co2[i]);
        let mut co2_run = 0.0;
        let co2_cum = co2_year.map(|x| {
            co2_run += x;
            co2_run
        });
        add(Outcome::Co2Avoided, &co2_year);
        add(Outcome::Co2Cumulative, &co2_cum);
        match w {
            Workstream::HardHitSectors => {
                let s = p.get(F::JobsSafeguarded);
                add(Outcome::JobsSafeguarded, &cum.map(|x| x * s));
            }
            Workstream::UrbanRenewal => {
                let share = p.get(F::HomesRenovationShare);
                let (cr, cn) = (p.get(F::HomeRenovationCost), p.get(F::HomeNewCost));
                let per = |c: f64, sh: f64| if c > 0.0 { 1000.0 * sh / c } else { 0.0 };
                let (hr, hn) = (per(cr, share), per(cn, 1.0 - share));
                add(Outcome::HomesRenovated, &done.map(|x| x * hr));
                add(Outcome::HomesBuilt, &done.map(|x| x * hn));
            }
            Workstream::Mobility => {
                let cost = p.get(F::TransitCostPerKm);
                let km = if cost > 0.0 {
                    p.get(F::TransitLineShare) / cost
                } else {
                    0.0
                };
                let trips = p.get(F::TransitTripsPerKm);
                add(Outcome::TransitKm, &done.map(|x| x * km));
                add(Outcome::TransitTrips, &done.map(|x| x * km * trips));
                add(Outcome::MobilityInvestment, &spent);
            }
            Workstream::Nature => {
                let c = p.get(F::LandCostPerHa);
                let per = if c > 0.0 { 1000.0 / c } else { 0.0 };
                add(Outcome::Hectares, &done.map(|x| x * per));
            }
            Workstream::Food => {
                let market = p.get(F::FoodMarket);
                let pp = if market > 0.0 {
                    100.0 * p.get(F::FoodSalesPerInvestment) / market
                } else {
                    0.0
                };
                add(Outcome::LocalFoodShare, &done.map(|x| x * pp));
            }
            Workstream::Divides => {
                let c = p.get(F::InclusionCostPerPerson);
                let per = if c > 0.0 { MEUR / c } else { 0.0 };
                add(Outcome::PeopleReached, &cum.map(|x| x * per));
            }
            Workstream::EverydayServices | Workstream::Relocation => {}
        }
    }

    // Imperative indices from the gains (food share counted as points above its baseline).
    let baseline_food = 100.0 * p.get(F::FoodLocalShareBaseline);
    let norm = |f: F| {
        let v = p.get(f);
        if v > 0.0 {
            1.0 / v
        } else {
            0.0
        }
    };
    let (n_jy, n_lj, n_sg, n_pp, n_hm, n_co2, n_ha, n_fd) = (
        norm(F::NormJobYears),
        norm(F::NormLastingJobs),
        norm(F::NormSafeguarded),
        norm(F::NormPeople),
        norm(F::NormHomes),
        norm(F::NormCo2),
        norm(F::NormHectares),
        norm(F::NormFood),
    );
    let wsum = |ws: &[f64]| {
        let s: f64 = ws.iter().sum();
        if s > 0.0 {
            100.0 / s
        } else {
            0.0
        }
    };
    let (we, wi, wt) = (
        [
            p.get(F::WeightEmploiConstruction),
            p.get(F::WeightEmploiLasting),
            p.get(F::WeightEmploiSafeguarded),
        ],
        [
            p.get(F::WeightInclusionPeople),
            p.get(F::WeightInclusionHomes),
        ],
        [
            p.get(F::WeightTransitionCo2),
            p.get(F::WeightTransitionLand),
            p.get(F::WeightTransitionFood),
        ],
    );
    let (k_e, k_i, k_t) = (wsum(&we), wsum(&wi), wsum(&wt));
    for s in [&mut *with, &mut *without] {
        let mut cj = 0.0;
        #[allow(clippy::needless_range_loop)] // t indexes several series at once
        for t in 0..N_YEARS {
            cj += s[idx(Outcome::ConstructionJobs)][t];
            let g = |o: Outcome| s[idx(o)][t];
            let emploi = k_e
                * (we[0] * cj * n_jy
                    + we[1] * g(Outcome::LastingJobs) * n_lj
                    + we[2] * g(Outcome::JobsSafeguarded) * n_sg);
            let inclusion = k_i
                * (wi[0] * g(Outcome::PeopleReached) * n_pp
                    + wi[1] * (g(Outcome::HomesRenovated) + g(Outcome::HomesBuilt)) * n_hm);
            let transition = k_t
                * (wt[0] * g(Outcome::Co2Avoided) * n_co2
                    + wt[1] * g(Outcome::Hectares) * n_ha
                    + wt[2] * g(Outcome::LocalFoodShare) * n_fd);
            s[idx(Outcome::IndexEmploi)][t] = emploi;
            s[idx(Outcome::IndexInclusion)][t] = inclusion;
            s[idx(Outcome::IndexTransition)][t] = transition;
            s[idx(Outcome::LocalFoodShare)][t] += baseline_food;
        }
    }

    // Finance: loans, debt service, equity, mobility reference.
    let total_interest = debt(p, &loans_by_year, with);
    equity(p, &equity_by_year, with);
    with[idx(Outcome::LoansDisbursed)] = loans_by_year;
    with[idx(Outcome::EquityInvested)] = equity_by_year;
    let target = p.get(F::MobilityTarget);
    for y in PROGRAMME_FIRST_YEAR..=PROGRAMME_LAST_YEAR {
        if let Some(t) = year_index(y) {
            with[idx(Outcome::MobilityTarget)][t] = target;
        }
    }
    for &o in Outcome::ALL.iter().filter(|o| o.is_finance()) {
        by_ws[idx(o)] = [0.0; 8];
    }

    let alloc = summary.allocated_total();
    summary.leverage = if alloc > 0.0 {
        summary.investment_gross / alloc
    } else {
        0.0
    };
    summary.total_interest = total_interest;
    summary.engineering_envelope_used = if envelopes[1] > 0.0 {
        summary.allocated[1] / envelopes[1]
    } else {
        0.0
    };
}

/// Livret A rate for `year` (engine figure): the known schedule, then the assumed path.
fn livret_a(p: &Params, year: i32) -> f64 {
    p.year(F::LivretA, year)
        .unwrap_or_else(|| p.get(F::LivretAAfter))
}

/// Loans: each year's disbursement is a vintage repaid by annuities at the year's variable rate
/// (Livret A + margin) over the maturity, from the following year. Writes debt service,
/// interest and outstanding capital; returns lifetime interest.
fn debt(p: &Params, disbursed: &Series, s: &mut [Series; N_OUTCOMES]) -> f64 {
    let margin = p.get(F::LoanMargin);
    let n = whole(p.get(F::LoanMaturity)).max(1);
    let known_last = match F::LivretA.shape() {
        crate::params::Shape::Years(_, b) => b,
        _ => FIRST_YEAR,
    };
    let r_after = p.get(F::LivretAAfter) + margin;
    let mut lifetime_interest = 0.0;
    for (v, &amount) in disbursed.iter().enumerate() {
        if amount <= 0.0 {
            continue;
        }
        let mut k = amount;
        let mut fixed_payment: Option<f64> = None;
        let mut year = FIRST_YEAR + v as i32 + 1;
        let mut paid_years = 0u32;
        while paid_years < n && k > 0.0 {
            let rem = n - paid_years;
            let r = if year > known_last {
                r_after
            } else {
                livret_a(p, year) + margin
            };
            let payment = if year > known_last {
                *fixed_payment.get_or_insert_with(|| annuity(k, r, rem))
            } else {
                annuity(k, r, rem)
            };
            let interest = k * r;
            let capital = (payment - interest).min(k);
            if year > LAST_YEAR {
                // Past the charted years the rate is constant: close the sum.
                lifetime_interest += payment * rem as f64 - k;
                break;
            }
            let t = (year - FIRST_YEAR) as usize;
            s[Outcome::DebtService.index()][t] += interest + capital;
            s[Outcome::Interest.index()][t] += interest;
            lifetime_interest += interest;
            k -= capital;
            paid_years += 1;
            year += 1;
        }
    }
    // Outstanding = cumulative disbursed − cumulative capital repaid.
    let mut out = 0.0;
    for t in 0..N_YEARS {
        let capital = s[Outcome::DebtService.index()][t] - s[Outcome::Interest.index()][t];
        out += disbursed[t] - capital;
        s[Outcome::LoanOutstanding.index()][t] = out.max(0.0);
    }
    lifetime_interest
}

/// Constant payment repaying `k` over `rem` years at rate `r`.
fn annuity(k: f64, r: f64, rem: u32) -> f64 {
    if rem == 0 {
        return k;
    }
    if r.abs() < 1e-12 {
        return k / rem as f64;
    }
    let q = pow_int(1.0 + r, rem);
    k * r * q / (q - 1.0)
}

/// Equity: each year's investment grows at `g` a year and is sold after `H` years.
fn equity(p: &Params, invested: &Series, s: &mut [Series; N_OUTCOMES]) {
    let growth = 1.0 + p.get(F::EquityReturn);
    let h = whole(p.get(F::EquityHolding)) as usize;
    let mut proceeds = [0.0; N_YEARS];
    for (v, &amount) in invested.iter().enumerate() {
        if amount <= 0.0 {
            continue;
        }
        let mut value = amount;
        for t in v..N_YEARS {
            if t - v == h {
                proceeds[t] += value;
                break;
            }
            s[Outcome::EquityValue.index()][t] += value;
            value *= growth.max(0.0);
        }
    }
    let mut run = 0.0;
    for t in 0..N_YEARS {
        run += proceeds[t];
        s[Outcome::EquityProceeds.index()][t] = run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_min_properties() {
        assert_eq!(soft_min(0.0, 10.0, 4), 0.0);
        assert_eq!(soft_min(10.0, 0.0, 4), 0.0);
        let third = soft_min(10.0, 30.0, 4);
        assert!(
            third < 10.0 && third > 9.9,
            "loses under 1 % at F = P/3: {third}"
        );
        let big = soft_min(1e6, 30.0, 4);
        assert!(big <= 30.0 && big > 29.99);
        let eq = soft_min(10.0, 10.0, 4);
        assert!((eq - 10.0 / root_int(2.0, 4)).abs() < 1e-12);
    }

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

    #[test]
    fn annuity_repays_the_capital() {
        let (k, r, n) = (100.0, 0.02, 30);
        let a = annuity(k, r, n);
        let mut out = k;
        for _ in 0..n {
            out = out * (1.0 + r) - a;
        }
        assert!(out.abs() < 1e-9, "left {out}");
        assert_eq!(annuity(90.0, 0.0, 30), 3.0);
    }
}
