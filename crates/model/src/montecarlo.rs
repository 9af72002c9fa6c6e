//! Seeded Monte Carlo over the registry's uncertainty bands.

use crate::domain::{Instrument, Series, Workstream, N_YEARS};
use crate::engine::{headline_of, project_into, Projection};
use crate::outcome::{Outcome, N_OUTCOMES};
use crate::params::{Layout, Params};
use crate::registry::Registry;
use crate::scenario::Scenario;
use crate::scenario::MEUR;
use serde::{Deserialize, Serialize};

use rand_core::RngCore;
/// The generator: PCG32 (PCG-XSH-RR 64/32, O'Neill 2014) from `rand_pcg`, seeded as the
/// reference `pcg32_srandom(seed, stream)`; portable, so Wasm and native draw the same numbers.
pub use rand_pcg::Pcg32;

/// Uniform in (0, 1) with 53 random bits: 27 from one output and 26 from the next, centred
/// in their interval so that neither 0 nor 1 is drawn.
pub fn uniform(rng: &mut Pcg32) -> f64 {
    let hi = (rng.next_u32() >> 5) as u64;
    let lo = (rng.next_u32() >> 6) as u64;
    (((hi << 26) | lo) as f64 + 0.5) / (1u64 << 53) as f64
}

/// A draw at quantile `u` of the two-piece triangular distribution on `low`–`value`–`high`
/// whose **median** is `value`: half the mass on [`low`, `value`], its density rising to
/// `value`, half on [`value`, `high`], falling from it. Where `value` sits on a bound, that
/// half is a point mass at `value`.
pub fn two_piece(u: f64, low: f64, value: f64, high: f64) -> f64 {
    if u < 0.5 {
        low + (value - low) * (2.0 * u).sqrt()
    } else {
        high - (high - value) * (2.0 * (1.0 - u)).sqrt()
    }
}

/// A uniform quantile that shares a common factor: `own` blended with `common`, with a share
/// `specific` (0–1) of its own. `(1 − s)·common + s·own` is a sum of two uniforms; its exact
/// distribution function (piecewise quadratic, then linear) maps it back to a uniform, so each
/// entry keeps its own distribution while the entries of one factor move together (their rank
/// correlation rises as `specific` falls; 0 is one draw for all, 1 independent draws).
pub fn blend(common: f64, own: f64, specific: f64) -> f64 {
    let (a, b) = (1.0 - specific, specific);
    if b <= 0.0 {
        return common;
    }
    if a <= 0.0 {
        return own;
    }
    let z = a * common + b * own;
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    if z < lo {
        z * z / (2.0 * a * b)
    } else if z <= hi {
        (z - lo / 2.0) / hi
    } else {
        1.0 - (1.0 - z) * (1.0 - z) / (2.0 * a * b)
    }
}

/// The registry entries that give each common factor its share of specific noise (in %).
pub const FACTOR_PREFIX: &str = "factor_specific.";

/// One uncertain registry entry, as every draw samples it.
#[derive(Debug, Clone, Copy)]
struct Drawn {
    /// Position in the registry.
    j: usize,
    /// Index of its common factor, and its specific share (0–1).
    factor: Option<(usize, f64)>,
}

/// What the draws sample, worked out once from the registry: the uncertain entries and the
/// common factors they share (`factor` in the registry, each with its entry
/// `factor_specific.<factor>`, the share of specific noise in %).
#[derive(Debug, Clone)]
pub struct Plan {
    entries: Vec<Drawn>,
    factors: Vec<&'static str>,
}

impl Plan {
    /// The plan of registry `reg`.
    pub fn new(reg: &Registry) -> Plan {
        let mut factors: Vec<&'static str> = Vec::new();
        let entries = reg
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_uncertain())
            .map(|(j, p)| {
                let factor = p.factor.map(|f| {
                    let k = factors.iter().position(|&g| g == f).unwrap_or_else(|| {
                        factors.push(f);
                        factors.len() - 1
                    });
                    let specific = reg
                        .get(&format!("{FACTOR_PREFIX}{f}"))
                        .map_or(1.0, |e| e.value / 100.0);
                    (k, specific)
                });
                Drawn { j, factor }
            })
            .collect();
        Plan { entries, factors }
    }

    /// The common factors, in the order they are drawn.
    pub fn factors(&self) -> &[&'static str] {
        &self.factors
    }

    /// Draws one set of quantiles (one per uncertain entry, in registry order): the factors'
    /// first, then each entry's own, blended. The stream depends on the registry alone, so two
    /// scenarios drawn with one seed are paired draw for draw.
    fn quantiles(&self, rng: &mut Pcg32, common: &mut [f64], out: &mut [f64]) {
        for c in common.iter_mut() {
            *c = uniform(rng);
        }
        for (e, u) in self.entries.iter().zip(out.iter_mut()) {
            let own = uniform(rng);
            *u = match e.factor {
                Some((k, s)) => blend(common[k], own, s),
                None => own,
            };
        }
    }

    /// Fills `values` (engine figures) from quantiles `u` around `central` (overrides applied:
    /// an override is the median, and widens the band to include it).
    fn values(&self, reg: &Registry, central: &[f64], u: &[f64], values: &mut [f64]) {
        for (e, &u) in self.entries.iter().zip(u) {
            let p = &reg.params[e.j];
            let scale = p.unit.scale();
            let median = central[e.j] / scale;
            let (lo, hi) = (p.low.min(median), p.high.max(median));
            let mut x = if p.unit.is_multiplicative() && lo > 0.0 {
                libm::exp(two_piece(
                    u,
                    libm::log(lo),
                    libm::log(median),
                    libm::log(hi),
                ))
            } else {
                two_piece(u, lo, median, hi)
            };
            if p.unit.is_integer() {
                x = x.round();
            }
            values[e.j] = x * scale;
        }
    }
}

/// P10, P50 and P90 of every net series and headline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bands {
    /// Number of draws.
    pub draws: usize,
    /// Seed.
    pub seed: u64,
    /// 10th percentile per outcome and year.
    pub p10: Vec<Series>,
    /// Median per outcome and year.
    pub p50: Vec<Series>,
    /// 90th percentile per outcome and year.
    pub p90: Vec<Series>,
    /// `[p10, p50, p90]` of each outcome's headline figure.
    pub headline: Vec<[f64; 3]>,
    /// `[p10, p50, p90]` of net investment (M€).
    pub investment_net: [f64; 3],
    /// `[p10, p50, p90]` of lifetime interest (M€).
    pub total_interest: [f64; 3],
    /// `[p10, p50, p90]` of the net investment per euro of each instrument (loans,
    /// engineering, equity) in each workstream; zero where the instrument holds no money.
    pub net_per_euro: Vec<[[f64; 3]; 3]>,
    /// `[p10, p50, p90]` of the grant-equivalent: loans, engineering, equity, total (M€ of
    /// 2020).
    pub grant_equivalent: [[f64; 3]; 4],
    /// `[p10, p50, p90]` of the abatement cost (€/tCO2).
    pub abatement_cost: [f64; 3],
}

impl Bands {
    /// `[p10, p50, p90]` for outcome `o` in year index `t`.
    pub fn at(&self, o: Outcome, t: usize) -> [f64; 3] {
        let i = o.index();
        [self.p10[i][t], self.p50[i][t], self.p90[i][t]]
    }
}

/// An integer with the same order as the float (IEEE 754 total order); its own inverse.
fn key(x: f64) -> i64 {
    let b = x.to_bits() as i64;
    b ^ ((((b >> 63) as u64) >> 1) as i64)
}

fn unkey(k: i64) -> f64 {
    f64::from_bits((k ^ ((((k >> 63) as u64) >> 1) as i64)) as u64)
}

/// Percentiles by nearest rank on order keys (reordered in place): the median first, then P10
/// in the lower part and P90 in the upper part, about two linear passes of integer compares.
fn percentiles_of_keys(v: &mut [i64]) -> [f64; 3] {
    let n = v.len();
    if n == 0 {
        return [0.0; 3];
    }
    // Many cells do not vary (years before any effect, deterministic flows): skip the selection.
    let (lo, hi) = v
        .iter()
        .fold((i64::MAX, i64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
    if lo == hi {
        return [unkey(lo); 3];
    }
    let rank = |q: f64| ((q * (n - 1) as f64).round() as usize).min(n - 1);
    let (r10, r50, r90) = (rank(0.1), rank(0.5), rank(0.9));
    let (lower, mid, upper) = v.select_nth_unstable(r50);
    let p50 = *mid;
    let p10 = if r10 < r50 {
        *lower.select_nth_unstable(r10).1
    } else {
        p50
    };
    let p90 = if r90 > r50 {
        *upper.select_nth_unstable(r90 - r50 - 1).1
    } else {
        p50
    };
    [unkey(p10), unkey(p50), unkey(p90)]
}

/// Per draw: every net series, every headline, net investment, lifetime interest, 24 net
/// per euro figures, 4 grant-equivalents and the abatement cost.
const N_SERIES: usize = N_OUTCOMES * N_YEARS;
const HEADS: usize = N_SERIES;
const INV: usize = HEADS + N_OUTCOMES;
const INTEREST: usize = INV + 1;
const COSTS: usize = INTEREST + 1;
const WIDTH: usize = COSTS + 24 + 4 + 1;

/// One draw's figures, in the layout above.
fn record(scenario: &Scenario, proj: &Projection, row: &mut [f64]) {
    for &o in Outcome::ALL {
        let (a, b) = (&proj.with_bdt[o.index()], &proj.without_bdt[o.index()]);
        let net: Series = std::array::from_fn(|t| a[t] - b[t]);
        row[o.index() * N_YEARS..(o.index() + 1) * N_YEARS].copy_from_slice(&net);
        row[HEADS + o.index()] = headline_of(o, &net);
    }
    let sm = &proj.summary;
    row[INV] = sm.investment_net;
    row[INTEREST] = sm.total_interest;
    for (w, ws) in sm.workstreams.iter().enumerate() {
        for i in 0..3 {
            let a = scenario.amount(Workstream::ALL[w], Instrument::ALL[i]) / MEUR;
            row[COSTS + w * 3 + i] = if a > 0.0 {
                ws.net_by_instrument[i] / a
            } else {
                0.0
            };
        }
    }
    let ge = sm.grant_equivalent;
    for (c, x) in [
        ge.loans,
        ge.engineering,
        ge.equity,
        ge.total,
        sm.abatement_cost,
    ]
    .into_iter()
    .enumerate()
    {
        row[COSTS + 24 + c] = x;
    }
}

/// A scenario to draw: its amounts and its central values (engine figures, overrides applied).
#[derive(Debug, Clone, Copy)]
pub struct Drawing<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// Its central values.
    pub central: &'a [f64],
}

/// Every draw's figures, one row of `WIDTH` per draw: of one scenario, or of the difference
/// between two scenarios drawn with the same quantiles (paired draws).
#[derive(Debug, Clone)]
pub struct Draws {
    draws: usize,
    seed: u64,
    rows: Vec<f64>,
}

impl Draws {
    /// Draws `draws` parameter sets (seeded) and records each projection of `a`, minus that of
    /// `minus` with the same quantiles when given.
    pub fn new(
        reg: &Registry,
        layout: &Layout,
        a: Drawing<'_>,
        minus: Option<Drawing<'_>>,
        draws: usize,
        seed: u64,
    ) -> Draws {
        let plan = Plan::new(reg);
        let mut rng = Pcg32::new(seed, 0x0052_454c_414e_4345); // "RELANCE"
        let mut rows = vec![0.0; draws * WIDTH];
        let mut common = vec![0.0; plan.factors.len()];
        let mut u = vec![0.0; plan.entries.len()];
        let mut values = a.central.to_vec();
        let mut other = minus.map(|b| b.central.to_vec());
        let mut proj = Projection::zero();
        let mut row_b = vec![0.0; WIDTH];
        for row in rows.chunks_exact_mut(WIDTH) {
            plan.quantiles(&mut rng, &mut common, &mut u);
            plan.values(reg, a.central, &u, &mut values);
            project_into(a.scenario, &Params::new(layout, &values), &mut proj, false);
            record(a.scenario, &proj, row);
            if let (Some(b), Some(vb)) = (minus, other.as_mut()) {
                plan.values(reg, b.central, &u, vb);
                project_into(b.scenario, &Params::new(layout, vb), &mut proj, false);
                record(b.scenario, &proj, &mut row_b);
                for (x, y) in row.iter_mut().zip(&row_b) {
                    *x -= y;
                }
            }
        }
        Draws { draws, seed, rows }
    }

    /// The difference `self − other`, draw by draw: the paired draws of two scenarios drawn
    /// apart with one seed (the parameter stream depends on the registry alone), the same as
    /// drawing them together. `None` if they were not drawn alike (count or seed).
    pub fn minus(&self, other: &Draws) -> Option<Draws> {
        if self.draws != other.draws || self.seed != other.seed {
            return None;
        }
        let mut rows = self.rows.clone();
        for (x, y) in rows.iter_mut().zip(&other.rows) {
            *x -= y;
        }
        Some(Draws {
            draws: self.draws,
            seed: self.seed,
            rows,
        })
    }

    /// Every draw's headline of `o`.
    pub fn headlines(&self, o: Outcome) -> Vec<f64> {
        self.column(HEADS + o.index())
    }

    fn column(&self, c: usize) -> Vec<f64> {
        self.rows.chunks_exact(WIDTH).map(|r| r[c]).collect()
    }

    /// P10, P50 and P90 of every figure.
    pub fn bands(&self) -> Bands {
        let draws = self.draws;
        let mut pct = vec![[0.0; 3]; WIDTH];
        // Transpose a block of adjacent cells at a time (one cache line per draw), then select.
        const BLOCK: usize = 8;
        let mut columns = vec![0i64; BLOCK * draws];
        for start in (0..WIDTH).step_by(BLOCK) {
            let width = BLOCK.min(WIDTH - start);
            for (k, row) in self.rows.chunks_exact(WIDTH).enumerate() {
                for (c, &x) in row[start..start + width].iter().enumerate() {
                    columns[c * draws + k] = key(x);
                }
            }
            for c in 0..width {
                pct[start + c] = percentiles_of_keys(&mut columns[c * draws..(c + 1) * draws]);
            }
        }
        let series = |k: usize| -> Vec<Series> {
            (0..N_OUTCOMES)
                .map(|o| std::array::from_fn(|t| pct[o * N_YEARS + t][k]))
                .collect()
        };
        Bands {
            draws,
            seed: self.seed,
            p10: series(0),
            p50: series(1),
            p90: series(2),
            headline: pct[HEADS..HEADS + N_OUTCOMES].to_vec(),
            investment_net: pct[INV],
            total_interest: pct[INTEREST],
            net_per_euro: (0..8)
                .map(|w| std::array::from_fn(|i| pct[COSTS + w * 3 + i]))
                .collect(),
            grant_equivalent: std::array::from_fn(|c| pct[COSTS + 24 + c]),
            abatement_cost: pct[COSTS + 24 + 4],
        }
    }
}

/// The `q` quantile (0–1) of `v` by nearest rank.
pub fn quantile(v: &[f64], q: f64) -> f64 {
    let mut w = v.to_vec();
    if w.is_empty() {
        return 0.0;
    }
    let r = ((q * (w.len() - 1) as f64).round() as usize).min(w.len() - 1);
    *w.select_nth_unstable_by(r, f64::total_cmp).1
}

/// Draws `draws` parameter sets around `central` (engine figures, overrides applied), projects
/// each, and returns the bands. Entries whose band is a single point keep their value; an
/// override outside its band widens the band to include it. Whole-number units are rounded.
pub fn monte_carlo(
    scenario: &Scenario,
    reg: &Registry,
    layout: &Layout,
    central: &[f64],
    draws: usize,
    seed: u64,
) -> Bands {
    Draws::new(
        reg,
        layout,
        Drawing { scenario, central },
        None,
        draws,
        seed,
    )
    .bands()
}

/// Why the central projection of a result can sit away from the median of its draws, although
/// every parameter's median is its registry value: the model's shape, not the distributions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapCause {
    /// The result divides the money by an uncertain cost per unit (a home, a hectare, a
    /// person, a kilometre), and the loan's share of the cost divides it too: the median of a
    /// ratio of uncertain terms is not the ratio of their medians.
    Ratio,
    /// The money is capped by the ready projects (the soft minimum of financing and pipeline)
    /// and summed over purposes: near the cap, a draw can lose more than it can gain.
    Saturation,
    /// The result sums intensities whose bands stretch further up than down: the median of the
    /// sum lies above the sum of the medians.
    SkewedSum,
    /// Jobs per million spanning a factor of five, times a yearly decay compounded over the
    /// years.
    Compounded,
}

impl GapCause {
    /// The explanation in `lang`.
    pub fn message(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Fr};
        match (self, lang) {
            (GapCause::Ratio, Fr) => "le résultat divise l'argent par un coût unitaire incertain (un logement, un hectare, une personne, un kilomètre), et la part du coût couverte par le prêt le divise aussi : la médiane d'un rapport de grandeurs incertaines n'est pas le rapport de leurs médianes",
            (GapCause::Ratio, En) => "the result divides the money by an uncertain cost per unit (a home, a hectare, a person, a kilometre), and the loan's share of the cost divides it too: the median of a ratio of uncertain terms is not the ratio of their medians",
            (GapCause::Saturation, Fr) => "l'argent est plafonné par les projets prêts (le minimum adouci du financement et du vivier) puis additionné sur les usages : près du plafond, un tirage peut perdre plus qu'il ne peut gagner",
            (GapCause::Saturation, En) => "the money is capped by the ready projects (the soft minimum of financing and pipeline), then summed over purposes: near the cap, a draw can lose more than it can gain",
            (GapCause::SkewedSum, Fr) => "le résultat additionne des intensités dont la fourchette s'étend plus haut que bas : la médiane de la somme dépasse la somme des médianes",
            (GapCause::SkewedSum, En) => "the result sums intensities whose bands stretch further up than down: the median of the sum lies above the sum of the medians",
            (GapCause::Compounded, Fr) => "des emplois par million allant du simple au quintuple, multipliés par une érosion annuelle composée sur plusieurs années",
            (GapCause::Compounded, En) => "jobs per million spanning a factor of five, times a yearly decay compounded over several years",
        }
    }
}

/// A result whose central projection may differ from the median of its draws by more than
/// [`CENTRAL_TOLERANCE`]: by at most `max_percent` in any preset (measured at 10 000 draws,
/// `tests/central.rs`), and always between the P40 and the P60.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Gap {
    /// The result.
    pub outcome: Outcome,
    /// The largest gap allowed, in % of the median.
    pub max_percent: f64,
    /// Why.
    pub cause: GapCause,
}

/// How far the central projection of a result may sit from the median of its draws without
/// being listed in [`GAPS`] (a fraction of the median).
pub const CENTRAL_TOLERANCE: f64 = 0.03;

/// The results whose central projection sits more than 3 % from the median in some preset, with
/// the largest gap and its cause (methodology section on uncertainty).
pub const GAPS: &[Gap] = &[
    Gap {
        outcome: Outcome::HomesRenovated,
        max_percent: 6.0,
        cause: GapCause::Ratio,
    },
    Gap {
        outcome: Outcome::HomesBuilt,
        max_percent: 7.0,
        cause: GapCause::Ratio,
    },
    Gap {
        outcome: Outcome::Hectares,
        max_percent: 7.0,
        cause: GapCause::Ratio,
    },
    Gap {
        outcome: Outcome::PeopleReached,
        max_percent: 9.0,
        cause: GapCause::Ratio,
    },
    Gap {
        outcome: Outcome::TransitKm,
        max_percent: 8.0,
        cause: GapCause::Ratio,
    },
    Gap {
        outcome: Outcome::IndexInclusion,
        max_percent: 6.0,
        cause: GapCause::Ratio,
    },
    Gap {
        outcome: Outcome::InvestmentSpent,
        max_percent: 5.0,
        cause: GapCause::Saturation,
    },
    Gap {
        outcome: Outcome::MobilityInvestment,
        max_percent: 6.0,
        cause: GapCause::Saturation,
    },
    Gap {
        outcome: Outcome::MetroCofinancing,
        max_percent: 8.0,
        cause: GapCause::Saturation,
    },
    Gap {
        outcome: Outcome::LocalFoodShare,
        max_percent: 7.0,
        cause: GapCause::Saturation,
    },
    Gap {
        outcome: Outcome::Co2Avoided,
        max_percent: 5.0,
        cause: GapCause::SkewedSum,
    },
    Gap {
        outcome: Outcome::Co2Cumulative,
        max_percent: 4.0,
        cause: GapCause::SkewedSum,
    },
    Gap {
        outcome: Outcome::LastingJobs,
        max_percent: 6.0,
        cause: GapCause::SkewedSum,
    },
    Gap {
        outcome: Outcome::JobsSafeguarded,
        max_percent: 22.0,
        cause: GapCause::Compounded,
    },
    // A weighted mean of three listed results (CO2, hectares, local food): 3.1 % for
    // housing-first at 10 000 draws once the Livret A joined the rates' common factor.
    Gap {
        outcome: Outcome::IndexTransition,
        max_percent: 5.0,
        cause: GapCause::SkewedSum,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcg32_matches_the_reference_stream() {
        // Reference: pcg32_srandom(42, 54), first outputs from the PCG paper's demo program.
        let mut g = Pcg32::new(42, 54);
        let got: Vec<u32> = (0..6).map(|_| g.next_u32()).collect();
        assert_eq!(
            got,
            vec![0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e]
        );
        // The uniform draws built on it, pinned so that a change of crate or version that
        // moved the stream would show here before it moved the baselines' bands.
        let mut g = Pcg32::new(42, 54);
        let u: Vec<u64> = (0..3).map(|_| uniform(&mut g).to_bits()).collect();
        let mut g = Pcg32::new(42, 54);
        let want: Vec<u64> = (0..3)
            .map(|_| {
                let (a, b) = (g.next_u32() >> 5, g.next_u32() >> 6);
                ((((a as u64) << 26 | b as u64) as f64 + 0.5) / 9007199254740992.0).to_bits()
            })
            .collect();
        assert_eq!(u, want);
        assert!(u.iter().all(|&b| (0.0..1.0).contains(&f64::from_bits(b))));
    }

    #[test]
    fn two_piece_has_its_median_at_the_value_and_a_point_mass_on_a_bound() {
        assert_eq!(two_piece(0.0, 1.0, 2.0, 4.0), 1.0);
        assert_eq!(two_piece(0.5, 1.0, 2.0, 4.0), 2.0);
        assert!((two_piece(1.0, 1.0, 2.0, 4.0) - 4.0).abs() < 1e-12);
        // Half the draws below the value, half above, however skewed the band.
        let mut g = Pcg32::new(3, 5);
        let xs: Vec<f64> = (0..20_001)
            .map(|_| two_piece(uniform(&mut g), 10.0, 12.0, 40.0))
            .collect();
        let below = xs.iter().filter(|&&x| x < 12.0).count() as f64 / xs.len() as f64;
        assert!((below - 0.5).abs() < 0.01, "{below}");
        assert!(xs.iter().all(|&x| (10.0..=40.0).contains(&x)));
        // On a bound: half the draws exactly there.
        let at = (0..1000)
            .map(|k| two_piece((k as f64 + 0.5) / 1000.0, 0.0, 0.0, 10.0))
            .filter(|&x| x == 0.0)
            .count();
        assert_eq!(at, 500);
        assert_eq!(two_piece(0.7, 3.0, 3.0, 3.0), 3.0);
    }

    #[test]
    fn a_blended_quantile_stays_uniform_and_follows_its_factor() {
        let mut g = Pcg32::new(9, 1);
        for s in [0.0, 0.1, 0.3, 0.5, 0.8, 1.0] {
            let pairs: Vec<(f64, f64)> = (0..20_000)
                .map(|_| {
                    let (c, e) = (uniform(&mut g), uniform(&mut g));
                    (c, blend(c, e, s))
                })
                .collect();
            // Uniform: each tenth holds a tenth of the draws.
            for d in 0..10 {
                let lo = d as f64 / 10.0;
                let n = pairs
                    .iter()
                    .filter(|(_, u)| (lo..lo + 0.1).contains(u))
                    .count() as f64;
                assert!((n / 20_000.0 - 0.1).abs() < 0.01, "s {s}, tenth {d}: {n}");
            }
            // Correlation with the factor falls as the specific share grows.
            let mean = |f: &dyn Fn(&(f64, f64)) -> f64| pairs.iter().map(f).sum::<f64>() / 20_000.0;
            let cov = mean(&|(c, u)| (c - 0.5) * (u - 0.5));
            let r = cov / (1.0 / 12.0);
            let want = if s == 0.0 {
                1.0
            } else if s == 1.0 {
                0.0
            } else {
                f64::NAN
            };
            if !want.is_nan() {
                assert!((r - want).abs() < 0.03, "s {s}: r {r}");
            } else {
                assert!(r > 0.0 && r < 1.0, "s {s}: r {r}");
            }
        }
        assert!(blend(0.9, 0.1, 0.3) > blend(0.2, 0.1, 0.3));
    }

    fn percentiles(v: &[f64]) -> [f64; 3] {
        let mut keys: Vec<i64> = v.iter().map(|&x| key(x)).collect();
        percentiles_of_keys(&mut keys)
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        assert_eq!(percentiles(&v), [10.0, 50.0, 90.0]);
        let w: Vec<f64> = (0..1000).map(|k| ((k * 7919) % 1000) as f64).collect();
        assert_eq!(percentiles(&w), [100.0, 500.0, 899.0]);
        assert_eq!(percentiles(&[3.0]), [3.0, 3.0, 3.0]);
        assert_eq!(percentiles(&[2.0, 1.0]), [1.0, 2.0, 2.0]);
        assert_eq!(
            percentiles(&[-2.5, 1.0, -0.5, 4.0, -7.0]),
            [-7.0, -0.5, 4.0]
        );
        for x in [0.0, -0.0, 1e-300, -3.5, f64::MAX, f64::MIN] {
            assert_eq!(unkey(key(x)).to_bits(), x.to_bits());
        }
    }
}
