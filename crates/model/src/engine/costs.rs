//! Step 7 — costs: the finance flows, what the metropolis carries, and what each instrument
//! really costs the public, counted as an evaluator counts it: the grant-equivalent.

use super::pow_int;
use super::root_int;
use super::whole;
use crate::domain::{Series, FIRST_YEAR, LAST_YEAR, N_YEARS};
use crate::outcome::{Outcome, N_OUTCOMES};
use crate::params::{Family as F, Params, Shape};
use serde::Serialize;

/// What the money costs the public, in M€ of 2020 (deflated, then discounted at the public
/// discount rate): the subsidy a loan's terms carry and its expected losses, the expected
/// losses and opportunity cost of equity, engineering credits at face value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct GrantEquivalent {
    /// Loans: interest subsidy against the borrower's alternative rate, plus expected losses.
    /// Negative when the BdT loan cost its borrower more than the market would have.
    pub loans: f64,
    /// Engineering credits: grants, at face value.
    pub engineering: f64,
    /// Equity: the money invested less the present value of its expected proceeds.
    pub equity: f64,
    /// The three together.
    pub total: f64,
}

/// The discount factors of the evaluation: `nominal[t]` turns a euro of year `t` into a
/// euro of 2020 discounted (deflated by inflation, then at the public rate); `real[t]`
/// discounts a physical quantity (a tonne) of year `t`.
#[derive(Debug, Clone, Copy)]
pub struct Discount {
    r: f64,
    rf: f64,
    pi: f64,
}

impl Discount {
    /// From the registry.
    pub fn new(p: &Params) -> Discount {
        Discount {
            r: p.get(F::DiscountRate),
            rf: p.get(F::DiscountRateRiskFree),
            pi: p.get(F::Inflation),
        }
    }

    /// A current euro of `year` in euros of 2020, discounted at the risk-free rate (flows
    /// with no market risk: the loans' interest).
    pub fn nominal_riskfree(&self, year: i32) -> f64 {
        let n = (year - FIRST_YEAR).max(0) as u32;
        1.0 / pow_int((1.0 + self.rf) * (1.0 + self.pi), n)
    }

    /// A current euro of `year` in euros of 2020, discounted.
    pub fn nominal(&self, year: i32) -> f64 {
        let n = (year - FIRST_YEAR).max(0) as u32;
        1.0 / pow_int((1.0 + self.r) * (1.0 + self.pi), n)
    }

    /// A tonne (or a euro of 2020) of `year`, discounted.
    pub fn real(&self, year: i32) -> f64 {
        let n = (year - FIRST_YEAR).max(0) as u32;
        1.0 / pow_int(1.0 + self.r, n)
    }
}

/// The last year of the known Livret A schedule.
fn known_last() -> i32 {
    match F::LivretA.shape() {
        Shape::Years(_, b) => b,
        _ => FIRST_YEAR,
    }
}

/// The rate of a BdT loan in `year`: Livret A (known, then assumed) plus the margin.
fn bdt_rate(p: &Params, year: i32) -> f64 {
    p.year(F::LivretA, year)
        .unwrap_or_else(|| p.get(F::LivretAAfter))
        + p.get(F::LoanMargin)
}

/// The fixed rate a borrower would have paid on a market loan taken in `year`.
fn alt_rate(p: &Params, year: i32) -> f64 {
    p.year(F::AltRate, year)
        .unwrap_or_else(|| p.get(F::AltRateAfter))
}

/// Constant payment repaying `k` over `rem` years at rate `r`.
pub fn annuity(k: f64, r: f64, rem: u32) -> f64 {
    if rem == 0 {
        return k;
    }
    if r.abs() < 1e-12 {
        return k / rem as f64;
    }
    let q = pow_int(1.0 + r, rem);
    k * r * q / (q - 1.0)
}

/// The repayment schedule of one euro lent in `year`: annuities at the year's variable rate
/// over the maturity, from the following year (re-computed while the rate moves, fixed once it
/// is constant). Calls `f(year, outstanding, interest, capital)` for each year repaid.
fn schedule(p: &Params, year: i32, mut f: impl FnMut(i32, f64, f64, f64)) {
    let n = whole(p.get(F::LoanMaturity)).max(1);
    let last = known_last();
    let mut k = 1.0;
    let mut fixed: Option<f64> = None;
    for paid in 0..n {
        let y = year + 1 + paid as i32;
        let r = bdt_rate(p, y);
        let rem = n - paid;
        let payment = if y > last {
            *fixed.get_or_insert_with(|| annuity(k, r, rem))
        } else {
            annuity(k, r, rem)
        };
        let interest = k * r;
        let capital = (payment - interest).min(k);
        f(y, k, interest, capital);
        k -= capital;
        if k <= 0.0 {
            break;
        }
    }
}

/// Loans: each year's disbursement is a vintage repaid along [`schedule`]. Writes debt
/// service, interest and outstanding capital over the charted years; returns lifetime
/// interest (to maturity).
pub fn debt(
    p: &Params,
    disbursed: &Series,
    s: &mut [Series; N_OUTCOMES],
    [service, interest_o, outstanding]: [Outcome; 3],
) -> f64 {
    let mut lifetime = 0.0;
    for (v, &amount) in disbursed.iter().enumerate() {
        if amount <= 0.0 {
            continue;
        }
        schedule(p, FIRST_YEAR + v as i32, |y, _, interest, capital| {
            lifetime += amount * interest;
            if y <= LAST_YEAR {
                let t = (y - FIRST_YEAR) as usize;
                s[service.index()][t] += amount * (interest + capital);
                s[interest_o.index()][t] += amount * interest;
            }
        });
    }
    let mut out = 0.0;
    for t in 0..N_YEARS {
        let capital = s[service.index()][t] - s[interest_o.index()][t];
        out += disbursed[t] - capital;
        s[outstanding.index()][t] = out.max(0.0);
    }
    lifetime
}

/// The grant-equivalent of one euro lent in `year` (M€ of 2020 per M€): over the loan's life,
/// the interest the borrower saves against a market loan taken that year at a fixed rate
/// (negative when the Livret A path made the BdT loan dearer), plus the expected loss on the
/// capital outstanding, each year deflated and discounted at the risk-free rate (these flows
/// carry no market risk).
///
/// `GE_L(v) = Σ_y K_y (r_alt(v) − r_BdT(y) + loss) D(y)`
pub fn loan_grant_equivalent(p: &Params, year: i32) -> f64 {
    let (alt, loss, disc) = (alt_rate(p, year), p.get(F::LoanLoss), Discount::new(p));
    let mut ge = 0.0;
    schedule(p, year, |y, k, interest, _| {
        ge += (k * (alt + loss) - interest) * disc.nominal_riskfree(y);
    });
    ge
}

/// The expected yearly growth factor of a stake: a share `f` of stakes is lost, the others
/// grow at `g` and are sold after `H` years; `q^H = (1 − f)(1 + g)^H`.
fn equity_growth(p: &Params) -> (f64, usize) {
    let h = whole(p.get(F::EquityHolding)).max(1);
    let exit = (1.0 - p.get(F::EquityFailure).clamp(0.0, 1.0))
        * pow_int((1.0 + p.get(F::EquityReturn)).max(0.0), h);
    (root_int(exit, h), h as usize)
}

/// The grant-equivalent of one euro of equity invested in `year`: the euro less the present
/// value of what it is expected to bring back, its risk an expected value (stakes lost to
/// defaults and failed exits, the others sold after H years):
///
/// `GE_Q(v) = D(v) − (1 − f)(1 + g)^H D(v + H)`
pub fn equity_grant_equivalent(p: &Params, year: i32) -> f64 {
    let (q, h) = equity_growth(p);
    let disc = Discount::new(p);
    disc.nominal(year) - pow_int(q, h as u32) * disc.nominal(year + h as i32)
}

/// Equity: each year's investment carries its expected value (growing at the expected rate)
/// and is sold after `H` years.
pub fn equity(p: &Params, invested: &Series, s: &mut [Series; N_OUTCOMES]) {
    let (growth, h) = equity_growth(p);
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
            value *= growth;
        }
    }
    let mut run = 0.0;
    for t in 0..N_YEARS {
        run += proceeds[t];
        s[Outcome::EquityProceeds.index()][t] = run;
    }
}

/// The grant-equivalent of flows of loans, engineering and equity by year.
pub fn grant_equivalent(
    loans: &Series,
    engineering: &Series,
    equity: &Series,
    per_euro: &PerEuro,
) -> GrantEquivalent {
    let dot = |a: &Series, b: &Series| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let (l, e, q) = (
        dot(loans, &per_euro.loans),
        dot(engineering, &per_euro.engineering),
        dot(equity, &per_euro.equity),
    );
    GrantEquivalent {
        loans: l,
        engineering: e,
        equity: q,
        total: l + e + q,
    }
}

/// The grant-equivalent of a euro of each instrument by year it is disbursed.
#[derive(Debug, Clone, Copy)]
pub struct PerEuro {
    /// A euro lent.
    pub loans: Series,
    /// A euro of engineering credits (its discount factor).
    pub engineering: Series,
    /// A euro of equity.
    pub equity: Series,
}

impl PerEuro {
    /// For the years in which `loans` or `equity` flow (others are zero, never read).
    pub fn new(p: &Params, loans: &Series, equity: &Series) -> PerEuro {
        let disc = Discount::new(p);
        let year = |t: usize| FIRST_YEAR + t as i32;
        PerEuro {
            loans: std::array::from_fn(|t| {
                if loans[t] != 0.0 {
                    loan_grant_equivalent(p, year(t))
                } else {
                    0.0
                }
            }),
            engineering: std::array::from_fn(|t| disc.nominal(year(t))),
            equity: std::array::from_fn(|t| {
                if equity[t] != 0.0 {
                    equity_grant_equivalent(p, year(t))
                } else {
                    0.0
                }
            }),
        }
    }
}

/// The carbon value (valeur de l'action pour le climat) for `year` (€/tCO2): linear between
/// the registry's 2018, 2030, 2040 and 2050 points, held before and after.
pub fn carbon_value(p: &Params, year: i32) -> f64 {
    let pts = [
        (2018, p.get(F::CarbonValue2018)),
        (2030, p.get(F::CarbonValue2030)),
        (2040, p.get(F::CarbonValue2040)),
        (2050, p.get(F::CarbonValue2050)),
    ];
    if year <= pts[0].0 {
        return pts[0].1;
    }
    for w in pts.windows(2) {
        let ((a, va), (b, vb)) = (w[0], w[1]);
        if year <= b {
            return va + (vb - va) * (year - a) as f64 / (b - a) as f64;
        }
    }
    pts[3].1
}

/// Tonnes avoided over the assets' lifetimes, discounted, and the same weighted by the
/// carbon value of each year (to compare a cost per tonne with the carbon value on the same
/// basis).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LifetimeTonnes {
    /// Σ tonnes × discount factor.
    pub tonnes: f64,
    /// Σ tonnes × discount factor × carbon value (€).
    pub valued: f64,
}

impl LifetimeTonnes {
    /// Adds the net tonnes of assets completed along `done` (M€ to date), each avoiding
    /// `co2` t a year per M€ for `life` years (a line's saving shrinking as cars electrify,
    /// to 2050 and beyond), a share `dw` of which would have happened anyway.
    #[allow(clippy::too_many_arguments)] // one stream of one purpose: each argument is needed
    pub fn add(&mut self, p: &Params, done: &Series, co2: f64, life: usize, dw: f64, lines: bool) {
        let disc = Discount::new(p);
        let mut prev = 0.0;
        for (t0, &d) in done.iter().enumerate() {
            let inc = (d - prev) * co2 * (1.0 - dw);
            prev = d;
            if inc <= 0.0 {
                continue;
            }
            for a in 0..life {
                let t = t0 + a;
                let year = FIRST_YEAR + t as i32;
                let factor = if lines {
                    1.0 - super::outcomes::ev_share_year(p, year)
                } else {
                    1.0
                };
                let x = inc * factor * disc.real(year);
                self.tonnes += x;
                self.valued += x * carbon_value(p, year);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
