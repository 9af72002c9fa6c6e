//! Step 2 — financing: each instrument finances its own slice of a purpose's projects.

use crate::domain::{Purpose, Workstream, N_PURPOSES};

/// One instrument's amount in workstream `w`, spread over the purposes it can finance (those
/// with a positive `share` of their cost open to it) in proportion to the room they offer,
/// `share × pipeline`, so that every such purpose reaches the same fraction of its ready
/// projects. Returns each purpose's **reach**: the projects whose slice the money covers,
/// `amount_p / share_p` (M€); zero for purposes outside `w` or closed to the instrument.
///
/// `reach_p = a[w][i] × B_p / Σ_q (φ_q B_q)` over the purposes `q` of `w` with `φ_q > 0`
pub fn reach(
    w: Workstream,
    amount: f64,
    share: &[f64; N_PURPOSES],
    pipeline: &[f64; N_PURPOSES],
) -> [f64; N_PURPOSES] {
    let mut out = [0.0; N_PURPOSES];
    let room: f64 = Purpose::of(w)
        .filter(|p| share[p.index()] > 0.0)
        .map(|p| share[p.index()] * pipeline[p.index()].max(0.0))
        .sum();
    if amount <= 0.0 || room <= 0.0 {
        return out;
    }
    for p in Purpose::of(w).filter(|p| share[p.index()] > 0.0) {
        out[p.index()] = amount * pipeline[p.index()].max(0.0) / room;
    }
    out
}

/// Whether instrument money placed in `w` finds any purpose open to it.
pub fn finances_anything(w: Workstream, share: &[f64; N_PURPOSES]) -> bool {
    Purpose::of(w).any(|p| share[p.index()] > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equity_reaches_only_purposes_open_to_stakes() {
        let mut stake = [0.0; N_PURPOSES];
        stake[Purpose::CleanStations.index()] = 0.25;
        let pipeline = [100.0; N_PURPOSES];
        let r = reach(Workstream::Mobility, 10.0, &stake, &pipeline);
        assert_eq!(r[Purpose::TransitLines.index()], 0.0);
        assert!((r[Purpose::CleanStations.index()] - 40.0).abs() < 1e-12);
        assert!(r
            .iter()
            .enumerate()
            .all(|(k, &x)| x == 0.0 || Purpose::ALL[k].workstream() == Workstream::Mobility));
        assert!(!finances_anything(Workstream::Nature, &stake));
    }

    #[test]
    fn loans_spread_by_room_reach_the_same_fraction_of_each_pipeline() {
        let mut share = [0.5; N_PURPOSES];
        share[Purpose::HomeRenovation.index()] = 0.6;
        share[Purpose::SocialHomes.index()] = 0.7;
        let mut pipeline = [100.0; N_PURPOSES];
        pipeline[Purpose::HomeRenovation.index()] = 380.0;
        let r = reach(Workstream::UrbanRenewal, 100.0, &share, &pipeline);
        let used: f64 = Purpose::of(Workstream::UrbanRenewal)
            .map(|p| r[p.index()] * share[p.index()])
            .sum();
        assert!(
            (used - 100.0).abs() < 1e-9,
            "all the money is placed: {used}"
        );
        let f = |p: Purpose| r[p.index()] / pipeline[p.index()];
        assert!((f(Purpose::HomeRenovation) - f(Purpose::SocialHomes)).abs() < 1e-12);
    }
}
