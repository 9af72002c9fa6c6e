//! Step 4 — additionality: what BdT causes, counted once per project.

/// The projects of one purpose that BdT's slices finance, and what they cause.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Attribution {
    /// Projects with a BdT slice, `max(X_L, X_Q)` (M€): each counted once.
    pub gross: f64,
    /// Projects that would not have happened without BdT (M€).
    pub net: f64,
    /// The part of `net` due to loans (M€).
    pub loans: f64,
    /// The part of `net` due to equity (M€).
    pub equity: f64,
}

impl Attribution {
    /// The same projects when a share `forced` of them would have been done anyway for
    /// another reason (renovations the law forces): `δ' = 1 − (1 − δ)(1 − forced)`, so every
    /// net figure is scaled by `1 − forced`.
    pub fn less_forced(self, forced: f64) -> Attribution {
        let k = 1.0 - forced.clamp(0.0, 1.0);
        Attribution {
            gross: self.gross,
            net: self.net * k,
            loans: self.loans * k,
            equity: self.equity * k,
        }
    }

    /// Share of the financed projects that would have happened anyway, `1 − net / gross`.
    pub fn deadweight(&self) -> f64 {
        if self.gross > 0.0 {
            1.0 - self.net / self.gross
        } else {
            0.0
        }
    }
}

/// Loans cover the debt slice of `x_l` of a purpose's projects, stakes the equity slice of
/// `x_q`. Stakes go first to projects that also have a BdT loan: `X_both = min(X_L, X_Q)`. A
/// project with a BdT loan only would have happened anyway with probability δL, with a stake
/// only δQ, with both δL·δQ (both slices had to be replaced):
///
/// `net = X_both (1 − δL δQ) + (X_L − X_both)(1 − δL) + (X_Q − X_both)(1 − δQ)`,
/// `gross = max(X_L, X_Q)`.
///
/// `net` rises with each of `x_l` and `x_q` while δ < 1 and lies between the larger of the two
/// instruments alone and their sum. It is split between the instruments by their Shapley
/// values (each instrument's average contribution over the two orders of arrival), which add
/// up to `net`.
pub fn attribute(x_l: f64, x_q: f64, delta_l: f64, delta_q: f64) -> Attribution {
    let (x_l, x_q) = (x_l.max(0.0), x_q.max(0.0));
    let both = x_l.min(x_q);
    let net = both * (1.0 - delta_l * delta_q)
        + (x_l - both) * (1.0 - delta_l)
        + (x_q - both) * (1.0 - delta_q);
    let (alone_l, alone_q) = (x_l * (1.0 - delta_l), x_q * (1.0 - delta_q));
    Attribution {
        gross: x_l.max(x_q),
        net,
        loans: 0.5 * (alone_l + net - alone_q),
        equity: 0.5 * (alone_q + net - alone_l),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_project_one_count() {
        for (xl, xq, dl, dq) in [
            (100.0, 20.0, 0.75, 0.35),
            (10.0, 80.0, 0.7, 0.25),
            (50.0, 50.0, 0.9, 0.9),
            (0.0, 30.0, 0.7, 0.4),
        ] {
            let a = attribute(xl, xq, dl, dq);
            let (l, q) = (xl * (1.0 - dl), xq * (1.0 - dq));
            assert!(a.net >= l.max(q) - 1e-12 && a.net <= l + q + 1e-12, "{a:?}");
            assert!((a.loans + a.equity - a.net).abs() < 1e-12);
            assert!(a.loans >= -1e-12 && a.equity >= -1e-12);
            assert_eq!(a.gross, xl.max(xq));
        }
    }

    #[test]
    fn never_inert_below_certain_deadweight() {
        let base = attribute(100.0, 20.0, 0.75, 0.35).net;
        assert!(attribute(101.0, 20.0, 0.75, 0.35).net > base);
        assert!(attribute(100.0, 21.0, 0.75, 0.35).net > base);
        let eq = attribute(20.0, 100.0, 0.75, 0.35).net;
        assert!(attribute(21.0, 100.0, 0.75, 0.35).net > eq);
    }
}
