//! Step 5 — timing: when money is spent and when assets are complete.

use crate::domain::{year_index, Series, N_YEARS, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR};
use crate::params::{Family, Params};

/// A programme disbursement profile `d` from a per-year family, normalised to sum to one.
pub fn profile(p: &Params, f: Family) -> Series {
    let mut d = [0.0; N_YEARS];
    for y in PROGRAMME_FIRST_YEAR..=PROGRAMME_LAST_YEAR {
        if let (Some(t), Some(v)) = (year_index(y), p.year(f, y)) {
            d[t] = v.max(0.0);
        }
    }
    let sum: f64 = d.iter().sum();
    if sum > 0.0 {
        d.iter_mut().for_each(|x| *x /= sum);
    }
    d
}

/// Projects worth `amount` are spent along the profile `d`, `lag` years later; an asset is
/// complete `build` years after it is spent. Returns (spent per year, completed to date).
pub fn timing(amount: f64, d: &Series, lag: usize, build: usize) -> (Series, Series) {
    let spent: Series = std::array::from_fn(|t| if t >= lag { amount * d[t - lag] } else { 0.0 });
    let cum = cumulative(&spent);
    let done = std::array::from_fn(|t| if t >= build { cum[t - build] } else { 0.0 });
    (spent, done)
}

/// Running total of a series.
pub fn cumulative(s: &Series) -> Series {
    let mut run = 0.0;
    s.map(|x| {
        run += x;
        run
    })
}

/// Assets in service: completed to date, less those completed more than `life` years ago.
pub fn in_service(done: &Series, life: usize) -> Series {
    std::array::from_fn(|t| {
        if life > 0 && t >= life {
            done[t] - done[t - life]
        } else if life > 0 {
            done[t]
        } else {
            0.0
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_retire_after_their_lifetime() {
        let mut d = [0.0; N_YEARS];
        d[1] = 1.0;
        let (_, done) = timing(10.0, &d, 0, 1);
        let s = in_service(&done, 5);
        assert_eq!(s[2], 10.0);
        assert_eq!(s[6], 10.0);
        assert_eq!(s[7], 0.0);
    }
}
