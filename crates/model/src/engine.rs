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
    /// Investment BdT's loans and equity could finance, `F` (M€): one requirement for the
    /// projects they co-finance.
    pub financing: f64,
    /// Ready pipeline without new studies, `B` (M€).
    pub pipeline: f64,
    /// Projects born of co-financed studies, `PE` (M€), all realised (BdT or other funders).
    pub pipeline_from_studies: f64,
    /// Realised investment `I = I_B + PE` (M€), gross.
    pub investment: f64,
    /// Net investment: `(1 − δ_B) I_B + (1 − δE) PE` (M€).
    pub investment_net: f64,
    /// `(I_B + I_EB) / F`: share of loans and equity that found projects.
    pub utilisation: f64,
    /// Share of the BdT-financed projects that would have happened anyway, `δ_B` (instrument
    /// mix).
    pub deadweight: f64,
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
    /// equity by the projects they finance, engineering by the projects its studies prepare.
    pub leverage_by_instrument: [f64; 3],
    /// Interest over the whole life of the loans (M€).
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
    /// Public money engaged (BdT money deployed and the metropolis' additional co-financing) per
    /// net tonne of CO2 avoided over 2020–2040 (€/tCO2; 0 when nothing is avoided). An upper
    /// bound of a cost: the money also buys jobs and homes, loans are repaid, equity resold,
    /// and assets keep avoiding CO2 after 2040.
    pub cost_per_tco2: f64,
    /// The carbon value of 2030 to compare it with (€/tCO2).
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

/// Step 1 — engineering. Studies co-financed by engineering credits cost `a[w][E] / σE` (BdT
/// pays its share σE); each euro of study prepares κ euros of projects, of which a share ρ
/// goes ahead, ready `λE` years later:
///
/// `PE[w] = a[w][E] / σE × κ × ρ`
pub fn studies(a_e: f64, sigma: f64, kappa: f64, rho: f64) -> f64 {
    ratio(a_e, sigma) * kappa * rho
}

/// What BdT's loans and equity can finance in a workstream.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Financing {
    /// The investment they can finance, `F` (M€).
    pub capacity: f64,
    /// The share of those projects with an equity stake, `e`.
    pub equity_share: f64,
}

/// Step 2 — financing: loans cover a share φL of a project, equity takes a stake φQ. Loans and
/// equity co-finance the same projects, so they form one financing requirement, bounded by the
/// instrument that reaches further (not `L/φL + Q/φQ`, which would count a co-financed project
/// twice); `e` is the share of those projects with a stake:
///
/// `F[w] = max(a[w][L] / φL[w], a[w][Q] / φQ[w])`, `e[w] = (a[w][Q] / φQ[w]) / F[w]`
pub fn financing(a_l: f64, a_q: f64, phi_l: f64, phi_q: f64) -> Financing {
    let (by_loans, by_equity) = (ratio(a_l, phi_l), ratio(a_q, phi_q));
    let capacity = by_loans.max(by_equity);
    Financing {
        capacity,
        equity_share: ratio(by_equity, capacity),
    }
}

/// Realised investment of a workstream.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Realised {
    /// Ready projects financed by BdT, `I_B` (M€).
    pub base: f64,
    /// Study-born projects, all realised, `PE` (M€).
    pub studies: f64,
    /// The part of them BdT's loans and equity finance, `I_EB` (M€); other funders take the rest.
    pub studies_by_bdt: f64,
}

/// Step 3 — saturation. BdT money goes to the projects ready now first, with a soft minimum of
/// financing and pipeline (sharpness k); what is left finances study-born projects as they
/// come; those BdT does not finance are financed by the other funders of the workstream:
///
/// `I_B = F / (1 + (F/B)^k)^(1/k)`, `I_EB = softmin(F − I_B, PE)`, `I = I_B + PE`
pub fn saturation(f: f64, b: f64, pe: f64, k: u32) -> Realised {
    let base = soft_min(f, b, k);
    Realised {
        base,
        studies: pe,
        studies_by_bdt: soft_min((f - base).max(0.0), pe, k),
    }
}

/// Step 4 — additionality, by instrument. A project BdT finances would have happened anyway
/// with probability δL (loans, which largely replace other borrowing) or δQ (equity, for the
/// projects with a stake); a study-born project with probability δE (studies that would have
/// been done anyway):
///
/// `δ_B[w] = e[w] δQ[w] + (1 − e[w]) δL[w]`, `ΔI = (1 − δ_B) I_B + (1 − δE) PE`
pub fn deadweight_of_mix(equity_share: f64, delta_l: f64, delta_q: f64) -> f64 {
    equity_share * delta_q + (1.0 - equity_share) * delta_l
}

/// Step 5 — timing. Ready projects are spent along the disbursement profile `d`, study-born
/// ones `lag` years later; an asset is complete `build` years after it is spent.
/// Returns (spent per year, completed to date).
pub fn timing(amount: f64, d: &Series, lag: usize, build: usize) -> (Series, Series) {
    let spent: Series = std::array::from_fn(|t| if t >= lag { amount * d[t - lag] } else { 0.0 });
    let mut run = 0.0;
    let cum: Series = spent.map(|x| {
        run += x;
        run
    });
    let done = std::array::from_fn(|t| if t >= build { cum[t - build] } else { 0.0 });
    (spent, done)
}

/// Running total of a series.
fn cumulative(s: &Series) -> Series {
    let mut run = 0.0;
    s.map(|x| {
        run += x;
        run
    })
}

/// The share of cars in the fleet that are electric in year index `t`: linear between the
/// registry's 2020, 2030 and 2040 figures.
fn ev_share(p: &Params, t: usize) -> f64 {
    let y = (FIRST_YEAR + t as i32) as f64;
    let (e20, e30, e40) = (
        p.get(F::EvShare2020),
        p.get(F::EvShare2030),
        p.get(F::EvShare2040),
    );
    if y <= 2030.0 {
        e20 + (e30 - e20) * (y - 2020.0) / 10.0
    } else {
        e30 + (e40 - e30) * (y - 2030.0) / 10.0
    }
}

/// The Quinet carbon value for year index `t` (€/tCO2): linear between 2030 and 2040, held
/// before and after.
pub fn carbon_value(p: &Params, year: i32) -> f64 {
    let (v30, v40) = (p.get(F::CarbonValue2030), p.get(F::CarbonValue2040));
    let y = (year.clamp(2030, 2040) - 2030) as f64;
    v30 + (v40 - v30) * y / 10.0
}

/// One stream of projects of a workstream, with the share of it that would have happened
/// anyway: the BdT-financed ready projects, or the study-born ones.
struct Stream {
    spent: Series,
    done: Series,
    deadweight: f64,
    studies: bool,
}

/// What part of a workstream's investment buys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// Home renovation (urban renewal).
    Renovation,
    /// New social homes (urban renewal).
    NewHomes,
    /// The workstream's one purpose.
    Whole,
}

/// Where outcomes are written: the series with and without the money, and each workstream's
/// net headline.
struct Ledger<'a> {
    with: &'a mut [Series; N_OUTCOMES],
    without: &'a mut [Series; N_OUTCOMES],
    by_ws: &'a mut [[f64; 8]; N_OUTCOMES],
    ws: usize,
    split: bool,
}

impl Ledger<'_> {
    /// Adds a gross series to the world with the money, and the share `dw` of it that would
    /// have happened anyway to the world without.
    fn add(&mut self, o: Outcome, gross: &Series, dw: f64) {
        let k = idx(o);
        for (t, &x) in gross.iter().enumerate() {
            self.with[k][t] += x;
            self.without[k][t] += dw * x;
        }
        if self.split {
            self.by_ws[k][self.ws] += (1.0 - dw) * headline_of(o, gross);
        }
    }
}

/// A workstream's intensities per M€: construction job-years (with induced jobs unless the
/// figure includes them), lasting jobs, tCO2 avoided a year.
struct Intensities {
    construction: f64,
    lasting: f64,
    co2: f64,
}

/// Step 6a — purposes. What a stream of a workstream's projects buys, `(purpose, share,
/// deadweight)`: urban renewal's renovations (of which the loi Climat et Résilience forces a
/// share anyway, `δrénov = 1 − (1 − δ)(1 − partImposée)`) and new homes; one purpose elsewhere.
fn purposes(
    w: Workstream,
    p: &Params,
    dw: f64,
    forced: f64,
) -> impl Iterator<Item = (Purpose, f64, f64)> {
    // A fixed array, not a Vec: this runs for every workstream of every Monte Carlo draw.
    let parts = match w {
        Workstream::UrbanRenewal => {
            let r = p.get(F::HomesRenovationShare);
            [
                Some((Purpose::Renovation, r, 1.0 - (1.0 - dw) * (1.0 - forced))),
                Some((Purpose::NewHomes, 1.0 - r, dw)),
            ]
        }
        _ => [Some((Purpose::Whole, 1.0, dw)), None],
    };
    parts.into_iter().flatten()
}

/// Step 6b — outcomes of one purpose, each intensity applied only to the investment it
/// describes; returns the purpose's net investment. Money that keeps hard-hit firms alive
/// safeguards jobs and builds nothing (projects born of studies there are ordinary works);
/// people are reached through completed investment (golden rule); transit's CO2 shrinks as
/// cars electrify.
#[allow(clippy::too_many_arguments)] // one purpose of one stream: each argument is needed
fn outcomes_of(
    w: Workstream,
    purpose: Purpose,
    studies: bool,
    spent: &Series,
    done: &Series,
    dw: f64,
    p: &Params,
    rates: &Intensities,
    ev: &Series,
    ledger: &mut Ledger,
) -> f64 {
    ledger.add(Outcome::InvestmentSpent, spent, dw);
    if w == Workstream::HardHitSectors && !studies {
        let s = p.get(F::JobsSafeguarded);
        ledger.add(
            Outcome::JobsSafeguarded,
            &cumulative(spent).map(|x| x * s),
            dw,
        );
    } else {
        ledger.add(
            Outcome::ConstructionJobs,
            &spent.map(|x| x * rates.construction),
            dw,
        );
        ledger.add(Outcome::LastingJobs, &done.map(|x| x * rates.lasting), dw);
    }
    let co2_year: Series = match (w, purpose) {
        (_, Purpose::Renovation) => {
            let c = p.get(F::HomeRenovationCost);
            ledger.add(
                Outcome::HomesRenovated,
                &done.map(|x| 1000.0 * ratio(x, c)),
                dw,
            );
            done.map(|x| x * rates.co2)
        }
        (_, Purpose::NewHomes) => {
            let c = p.get(F::HomeNewCost);
            ledger.add(Outcome::HomesBuilt, &done.map(|x| 1000.0 * ratio(x, c)), dw);
            done.map(|x| x * p.get(F::Co2NewBuild))
        }
        // Lines (tram, bus rapid transit) and the rest (charging, hydrogen, rolling stock).
        (Workstream::Mobility, _) => {
            let line = p.get(F::TransitLineShare);
            let km = done.map(|x| x * ratio(line, p.get(F::TransitCostPerKm)));
            ledger.add(Outcome::TransitKm, &km, dw);
            ledger.add(
                Outcome::TransitTrips,
                &km.map(|x| x * p.get(F::TransitTripsPerKm)),
                dw,
            );
            ledger.add(Outcome::MobilityInvestment, spent, dw);
            std::array::from_fn(|t| {
                done[t] * (line * rates.co2 * (1.0 - ev[t]) + (1.0 - line) * p.get(F::Co2Charging))
            })
        }
        (Workstream::Nature, _) => {
            let per = 1000.0 * ratio(1.0, p.get(F::LandCostPerHa));
            ledger.add(Outcome::Hectares, &done.map(|x| x * per), dw);
            done.map(|x| x * rates.co2)
        }
        (Workstream::Food, _) => {
            let pp = 100.0 * ratio(p.get(F::FoodSalesPerInvestment), p.get(F::FoodMarket));
            ledger.add(Outcome::LocalFoodShare, &done.map(|x| x * pp), dw);
            done.map(|x| x * rates.co2)
        }
        (Workstream::Divides, _) => {
            let per = MEUR * ratio(1.0, p.get(F::InclusionInvestmentPerPerson));
            ledger.add(Outcome::PeopleReached, &done.map(|x| x * per), dw);
            done.map(|x| x * rates.co2)
        }
        _ => done.map(|x| x * rates.co2),
    };
    ledger.add(Outcome::Co2Avoided, &co2_year, dw);
    ledger.add(Outcome::Co2Cumulative, &cumulative(&co2_year), dw);
    (1.0 - dw) * spent.iter().sum::<f64>()
}

/// [`project`] into an existing projection, overwritten whole (the Monte Carlo reuses one
/// buffer instead of building a 20 KB value per draw). Without `by_workstream`, that split is
/// left at zero (the Monte Carlo does not use it). The steps are those of the methodology, in
/// its order: [`studies`], [`financing`], [`saturation`], [`deadweight_of_mix`], [`timing`],
/// then the outcomes of each purpose, the finance flows and the cost to the metropolis.
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
    let delta_e = p.get(F::DeadweightEngineering);
    let induced = p.get(F::InducedJobs);
    let (b, phi_l, phi_q, elig) = (
        p.ws_all(F::PipelineBase),
        p.ws_all(F::LoanShare),
        p.ws_all(F::EquityStake),
        p.ws_all(F::EquityEligible),
    );
    let (delta_l, delta_q, tau) = (
        p.ws_all(F::DeadweightLoans),
        p.ws_all(F::DeadweightEquity),
        p.ws_all(F::BuildTime),
    );
    let (jc, jl, co2, indirect) = (
        p.ws_all(F::JobsConstruction),
        p.ws_all(F::JobsLasting),
        p.ws_all(F::Co2Avoided),
        p.ws_all(F::JobsIncludeIndirect),
    );
    let (cofin_metro, borrower_metro) = (p.ws_all(F::CofinanceMetro), p.ws_all(F::BorrowerMetro));
    let forced = p.get(F::RenovationForcedShare);
    let ev: Series = std::array::from_fn(|t| ev_share(p, t).clamp(0.0, 1.0));

    let mut loans_by_year = [0.0; N_YEARS];
    let mut metro_loans_by_year = [0.0; N_YEARS];
    let mut equity_by_year = [0.0; N_YEARS];
    let envelopes = [
        p.get(F::EnvelopeLoans),
        p.get(F::EnvelopeEngineering),
        p.get(F::EnvelopeEquity),
    ];
    summary.envelopes = envelopes;
    let mut by_instrument = [0.0; 3];

    for w in Workstream::ALL {
        let i = w.index();
        let a_l = scenario.amount(w, Instrument::Loans) / MEUR;
        let a_e = scenario.amount(w, Instrument::Engineering) / MEUR;
        let a_q_alloc = scenario.amount(w, Instrument::Equity) / MEUR;
        let a_q = if elig[i] >= 0.5 { a_q_alloc } else { 0.0 };
        summary.allocated[0] += a_l;
        summary.allocated[1] += a_e;
        summary.allocated[2] += a_q_alloc;

        // Steps 1 to 4.
        let pe = studies(a_e, sigma, kappa, rho);
        let fin = financing(a_l, a_q, phi_l[i], phi_q[i]);
        let real = saturation(fin.capacity, b[i], pe, k);
        let delta_b = deadweight_of_mix(fin.equity_share, delta_l[i], delta_q[i]);
        let bdt_financed = real.base + real.studies_by_bdt;
        let util = ratio(bdt_financed, fin.capacity);
        summary.deployed[0] += a_l * util;
        summary.deployed[1] += a_e;
        summary.deployed[2] += a_q * util;
        let investment = real.base + real.studies;
        // Net investment is added up over the purposes below (forced renovations included).
        let mut net = 0.0;
        // Investment in the projects each instrument is part of.
        by_instrument[0] += ratio(a_l, phi_l[i]) * util;
        by_instrument[1] += pe;
        by_instrument[2] += ratio(a_q, phi_q[i]) * util;

        // Step 5: two streams of projects, each with its own counterfactual.
        let build = whole(tau[i]) as usize;
        let (base_spent, base_done) = timing(real.base, &d, 0, build);
        let (st_spent, st_done) = timing(real.studies, &d, lag, build);
        let (st_bdt_spent, _) = timing(real.studies_by_bdt, &d, lag, build);

        // Finance flows follow the BdT-financed spending. The metropolis carries a share m[w]
        // of each project's cost whoever lends: what it borrows from BdT for them is part of
        // that share, the rest it must find (co-financing).
        let loan_per_meur = ratio(a_l * util, bdt_financed);
        let equity_per_meur = ratio(a_q * util, bdt_financed);
        let m = cofin_metro[i];
        let mut cofin = [[0.0; N_YEARS]; 2];
        for t in 0..N_YEARS {
            let bdt_spent = base_spent[t] + st_bdt_spent[t];
            loans_by_year[t] += loan_per_meur * bdt_spent;
            metro_loans_by_year[t] += loan_per_meur * bdt_spent * borrower_metro[i];
            equity_by_year[t] += equity_per_meur * bdt_spent;
            with[idx(Outcome::EngineeringSpent)][t] += a_e * d[t];
            let metro_loans = |x: f64| x * loan_per_meur * borrower_metro[i];
            cofin[0][t] = (m * base_spent[t] - metro_loans(base_spent[t])).max(0.0);
            cofin[1][t] = (m * st_spent[t] - metro_loans(st_bdt_spent[t])).max(0.0);
        }
        let streams = [
            Stream {
                spent: base_spent,
                done: base_done,
                deadweight: delta_b,
                studies: false,
            },
            Stream {
                spent: st_spent,
                done: st_done,
                deadweight: delta_e,
                studies: true,
            },
        ];

        // Step 6: outcomes, each from the investment it describes.
        let mut ledger = Ledger {
            with: &mut *with,
            without: &mut *without,
            by_ws: &mut *by_ws,
            ws: i,
            split: by_workstream,
        };
        let rates = Intensities {
            construction: jc[i]
                * if indirect[i] >= 0.5 {
                    1.0
                } else {
                    1.0 + induced
                },
            lasting: jl[i],
            co2: co2[i],
        };
        for (k, st) in streams.iter().enumerate() {
            ledger.add(Outcome::MetroCofinancing, &cofin[k], st.deadweight);
            for (purpose, share, dw) in purposes(w, p, st.deadweight, forced) {
                let spent = st.spent.map(|x| x * share);
                let done = st.done.map(|x| x * share);
                net += outcomes_of(
                    w,
                    purpose,
                    st.studies,
                    &spent,
                    &done,
                    dw,
                    p,
                    &rates,
                    &ev,
                    &mut ledger,
                );
            }
        }
        summary.workstreams[i] = WorkstreamSummary {
            financing: fin.capacity,
            pipeline: b[i],
            pipeline_from_studies: pe,
            investment,
            investment_net: net,
            utilisation: util,
            deadweight: delta_b,
        };
        summary.investment_gross += investment;
        summary.investment_net += net;
        summary.investment_counterfactual += investment - net;
    }

    indices(p, with, without);

    // Step 7: finance, and what the metropolis carries.
    let total_interest = debt(
        p,
        &loans_by_year,
        with,
        [
            Outcome::DebtService,
            Outcome::Interest,
            Outcome::LoanOutstanding,
        ],
    );
    let mut metro = [[0.0; N_YEARS]; N_OUTCOMES];
    debt(
        p,
        &metro_loans_by_year,
        &mut metro,
        [
            Outcome::DebtService,
            Outcome::Interest,
            Outcome::LoanOutstanding,
        ],
    );
    with[idx(Outcome::MetroDebtService)] = metro[idx(Outcome::DebtService)];
    equity(p, &equity_by_year, with);
    with[idx(Outcome::LoansDisbursed)] = loans_by_year;
    with[idx(Outcome::EquityInvested)] = equity_by_year;
    let target = p.get(F::MobilityTarget);
    for y in PROGRAMME_FIRST_YEAR..=PROGRAMME_LAST_YEAR {
        if let Some(t) = year_index(y) {
            with[idx(Outcome::MobilityTarget)][t] = target;
        }
    }
    for &o in Outcome::ALL
        .iter()
        .filter(|o| o.is_finance() || o.is_reference())
    {
        by_ws[idx(o)] = [0.0; 8];
    }

    let alloc = summary.allocated_total();
    summary.leverage = ratio(summary.investment_gross, alloc);
    summary.leverage_by_instrument =
        std::array::from_fn(|k| ratio(by_instrument[k], summary.allocated[k]));
    summary.total_interest = total_interest;
    summary.engineering_envelope_used = ratio(summary.allocated[1], envelopes[1]);
    let population = p.get(F::Population);
    // Only what the money adds: co-financing of projects that would happen anyway is not new.
    summary.metro_cofinancing = headline_of(
        Outcome::MetroCofinancing,
        &std::array::from_fn(|t| {
            with[idx(Outcome::MetroCofinancing)][t] - without[idx(Outcome::MetroCofinancing)][t]
        }),
    );
    summary.metro_debt_service_peak = with[idx(Outcome::MetroDebtService)]
        .iter()
        .copied()
        .fold(0.0, f64::max);
    summary.cofinancing_per_inhabitant = MEUR * ratio(summary.metro_cofinancing, population);
    summary.debt_service_per_inhabitant = MEUR * ratio(summary.metro_debt_service_peak, population);
    let public_money = summary.deployed.iter().sum::<f64>() + summary.metro_cofinancing;
    let tco2 = headline_of(Outcome::Co2Cumulative, &with[idx(Outcome::Co2Cumulative)])
        - headline_of(
            Outcome::Co2Cumulative,
            &without[idx(Outcome::Co2Cumulative)],
        );
    summary.cost_per_tco2 = if tco2 > 0.0 {
        MEUR * public_money / tco2
    } else {
        0.0
    };
    summary.carbon_value_2030 = carbon_value(p, 2030);
    summary.carbon_value_2040 = carbon_value(p, 2040);
    summary.metro_loans = metro_loans_by_year.iter().sum();
    summary.metro_debt = p.get(F::MetroDebt);
    summary.population = population;
    summary.metro_transport_investment = p.get(F::MetroTransportInvestment);
}

/// The imperative indices, from the gains (food share counted as points above its baseline):
/// each 100 × a weighted mean of outcomes over their normalisers.
fn indices(p: &Params, with: &mut [Series; N_OUTCOMES], without: &mut [Series; N_OUTCOMES]) {
    let baseline_food = 100.0 * p.get(F::FoodLocalShareBaseline);
    let norm = |f: F| ratio(1.0, p.get(f));
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
    let wsum = |ws: &[f64]| ratio(100.0, ws.iter().sum());
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
    for s in [with, without] {
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
}

/// Livret A rate for `year` (engine figure): the known schedule, then the assumed path.
fn livret_a(p: &Params, year: i32) -> f64 {
    p.year(F::LivretA, year)
        .unwrap_or_else(|| p.get(F::LivretAAfter))
}

/// Loans: each year's disbursement is a vintage repaid by annuities at the year's variable rate
/// (Livret A + margin) over the maturity, from the following year. Writes debt service,
/// interest and outstanding capital; returns lifetime interest.
fn debt(
    p: &Params,
    disbursed: &Series,
    s: &mut [Series; N_OUTCOMES],
    [service, interest_o, outstanding]: [Outcome; 3],
) -> f64 {
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
            s[service.index()][t] += interest + capital;
            s[interest_o.index()][t] += interest;
            lifetime_interest += interest;
            k -= capital;
            paid_years += 1;
            year += 1;
        }
    }
    // Outstanding = cumulative disbursed − cumulative capital repaid.
    let mut out = 0.0;
    for t in 0..N_YEARS {
        let capital = s[service.index()][t] - s[interest_o.index()][t];
        out += disbursed[t] - capital;
        s[outstanding.index()][t] = out.max(0.0);
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
