//! Step 6 — outcomes: what each purpose's projects produce, each intensity applied only to
//! the investment it describes; then the imperative indices.

use super::timing::{cumulative, in_service};
use super::{headline_of, ratio};
use crate::domain::{Produces, Purpose, Series, FIRST_YEAR, N_YEARS};
use crate::outcome::{Outcome, N_OUTCOMES};
use crate::params::{Family as F, Params};
use crate::scenario::MEUR;

/// One stream of a purpose's projects with the share of it that would have happened anyway:
/// the ready projects BdT finances, or the study-born ones.
pub struct Stream {
    /// Investment spent per year (M€).
    pub spent: Series,
    /// Investment completed to date (M€).
    pub done: Series,
    /// Share that would have happened anyway.
    pub deadweight: f64,
    /// Whether the projects were born of studies.
    pub studies: bool,
}

/// Where outcomes are written: the series with and without the money, and each workstream's
/// net headline.
pub struct Ledger<'a> {
    /// The world with the BdT money.
    pub with: &'a mut [Series; N_OUTCOMES],
    /// The world without it.
    pub without: &'a mut [Series; N_OUTCOMES],
    /// Net headline of each outcome by workstream.
    pub by_ws: &'a mut [[f64; 8]; N_OUTCOMES],
    /// The workstream being written.
    pub ws: usize,
    /// Whether to fill `by_ws`.
    pub split: bool,
}

impl Ledger<'_> {
    /// Adds a gross series to the world with the money, and the share `dw` of it that would
    /// have happened anyway to the world without.
    pub fn add(&mut self, o: Outcome, gross: &Series, dw: f64) {
        let k = o.index();
        for (t, &x) in gross.iter().enumerate() {
            self.with[k][t] += x;
            self.without[k][t] += dw * x;
        }
        if self.split {
            self.by_ws[k][self.ws] += (1.0 - dw) * headline_of(o, gross);
        }
    }
}

/// A purpose's intensities: construction job-years per M€ spent (with induced jobs unless the
/// figure includes them), lasting jobs per M€ complete, tCO2 avoided a year per M€ in service,
/// and the years an asset keeps avoiding it.
pub struct Intensities {
    /// Construction job-years per M€ spent.
    pub construction: f64,
    /// Lasting jobs per M€ completed.
    pub lasting: f64,
    /// tCO2 a year per M€ in service.
    pub co2: f64,
    /// Asset lifetime (whole years).
    pub life: usize,
}

/// The share of cars in the fleet that are electric in year index `t`: linear between the
/// registry's 2020, 2030 and 2040 figures, held after.
pub fn ev_share(p: &Params, t: usize) -> f64 {
    let y = ((FIRST_YEAR + t as i32) as f64).min(2040.0);
    let (e20, e30, e40) = (
        p.get(F::EvShare2020),
        p.get(F::EvShare2030),
        p.get(F::EvShare2040),
    );
    let s = if y <= 2030.0 {
        e20 + (e30 - e20) * (y - 2020.0) / 10.0
    } else {
        e30 + (e40 - e30) * (y - 2030.0) / 10.0
    };
    s.clamp(0.0, 1.0)
}

/// The electric share of the car fleet in `year`, beyond the charted years too: linear
/// between the registry's 2040 and 2050 figures, held after.
pub fn ev_share_year(p: &Params, year: i32) -> f64 {
    if year <= 2040 {
        return ev_share(p, (year - FIRST_YEAR).max(0) as usize);
    }
    let (e40, e50) = (p.get(F::EvShare2040), p.get(F::EvShare2050));
    let y = (year.min(2050) - 2040) as f64;
    (e40 + (e50 - e40) * y / 10.0).clamp(0.0, 1.0)
}

/// The yearly CO2 a stream's assets avoid, gross: in service for their lifetime; a line's
/// shrinks as cars electrify.
pub fn co2_of(purpose: Purpose, done: &Series, rates: &Intensities, ev: &Series) -> Series {
    let live = in_service(done, rates.life);
    let lines = purpose.produces() == Produces::Lines;
    std::array::from_fn(|t| live[t] * rates.co2 * if lines { 1.0 - ev[t] } else { 1.0 })
}

/// The outcomes of one stream of one purpose; returns its net investment. Money that keeps
/// hard-hit firms alive safeguards jobs, spent early, that the economy would partly have
/// regained or lost anyway as it recovered (a yearly decay), and builds nothing (projects born
/// of studies there are ordinary works); people are reached through completed investment.
pub fn outcomes_of(
    purpose: Purpose,
    st: &Stream,
    p: &Params,
    rates: &Intensities,
    ev: &Series,
    ledger: &mut Ledger,
) -> f64 {
    let (spent, done, dw) = (&st.spent, &st.done, st.deadweight);
    ledger.add(Outcome::InvestmentSpent, spent, dw);
    let produces = match purpose.produces() {
        Produces::Safeguard if st.studies => Produces::Works,
        other => other,
    };
    if produces == Produces::Safeguard {
        let (s, keep) = (
            p.get(F::JobsSafeguarded),
            1.0 - p.get(F::JobsSafeguardedDecay).clamp(0.0, 1.0),
        );
        let mut stock = 0.0;
        let jobs: Series = spent.map(|x| {
            stock = stock * keep + s * x;
            stock
        });
        ledger.add(Outcome::JobsSafeguarded, &jobs, dw);
    } else {
        ledger.add(
            Outcome::ConstructionJobs,
            &spent.map(|x| x * rates.construction),
            dw,
        );
        ledger.add(Outcome::LastingJobs, &done.map(|x| x * rates.lasting), dw);
    }
    let per = |f: F| ratio(1.0, p.get(f));
    match produces {
        Produces::Renovation => {
            let k = 1000.0 * per(F::HomeRenovationCost);
            ledger.add(Outcome::HomesRenovated, &done.map(|x| x * k), dw);
        }
        Produces::NewHomes => {
            let k = 1000.0 * per(F::HomeNewCost);
            ledger.add(Outcome::HomesBuilt, &done.map(|x| x * k), dw);
        }
        Produces::Lines => {
            let km = done.map(|x| x * per(F::TransitCostPerKm));
            ledger.add(Outcome::TransitKm, &km, dw);
            let trips = p.get(F::TransitTripsPerKm);
            ledger.add(Outcome::TransitTrips, &km.map(|x| x * trips), dw);
            ledger.add(Outcome::MobilityInvestment, spent, dw);
        }
        Produces::Stations => ledger.add(Outcome::MobilityInvestment, spent, dw),
        Produces::Land => {
            let k = 1000.0 * per(F::LandCostPerHa);
            ledger.add(Outcome::Hectares, &done.map(|x| x * k), dw);
        }
        Produces::Food => {
            let k = 100.0 * ratio(p.get(F::FoodSalesPerInvestment), p.get(F::FoodMarket));
            ledger.add(Outcome::LocalFoodShare, &done.map(|x| x * k), dw);
        }
        Produces::Inclusion => {
            let k = MEUR * per(F::InclusionInvestmentPerPerson);
            ledger.add(Outcome::PeopleReached, &done.map(|x| x * k), dw);
        }
        Produces::Safeguard | Produces::Works => {}
    }
    let co2 = co2_of(purpose, done, rates, ev);
    ledger.add(Outcome::Co2Avoided, &co2, dw);
    ledger.add(Outcome::Co2Cumulative, &cumulative(&co2), dw);
    (1.0 - dw) * spent.iter().sum::<f64>()
}

/// The imperative indices, from the gains (food share counted as points above its baseline):
/// each 100 × a weighted mean of outcomes over their normalisers.
pub fn indices(p: &Params, with: &mut [Series; N_OUTCOMES], without: &mut [Series; N_OUTCOMES]) {
    let idx = Outcome::index;
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
