//! Step 3 — saturation: money finds projects only as far as there are projects ready.

use super::{pow_int, root_int};

/// Realised investment: a soft minimum of financing `f` and pipeline `p` with sharpness `k`,
/// `f / (1 + (f/p)^k)^(1/k)`. Zero if either is zero; never above either; increasing in both.
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

/// What one instrument's reach becomes against a purpose's ready projects: the projects it
/// finances, `X = softmin(reach, B)`, and the room left for projects that studies bring later,
/// `reach − X` (never negative).
pub fn against_pipeline(reach: f64, pipeline: f64, k: u32) -> (f64, f64) {
    let x = soft_min(reach, pipeline, k);
    (x, (reach - x).max(0.0))
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
    fn the_room_left_grows_with_the_reach() {
        let mut last = 0.0;
        for r in 0..200 {
            let (x, room) = against_pipeline(r as f64, 50.0, 4);
            assert!(x <= 50.0 && room >= last - 1e-12, "{r}: {x} {room}");
            last = room;
        }
    }
}
