//! Step 1 — studies: engineering credits prepare projects, which are realised where their
//! financing is there.

use super::saturation::soft_min;

/// Studies co-financed by engineering credits cost `a[w][E] / σE` (BdT pays its share σE);
/// each euro of study prepares κ euros of projects, of which a share ρ goes ahead, ready `λE`
/// years later:
///
/// `PE[w] = a[w][E] / σE × κ × ρ`
pub fn studies(a_e: f64, sigma: f64, kappa: f64, rho: f64) -> f64 {
    if sigma > 0.0 {
        a_e / sigma * kappa * rho
    } else {
        0.0
    }
}

/// Who finances the projects studies bring to a purpose.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct StudyFinancing {
    /// Projects a BdT loan finances with the room ready projects left to loans (M€).
    pub by_loans: f64,
    /// Projects a BdT stake finances with the room left to equity (M€).
    pub by_equity: f64,
    /// Projects with a BdT slice (M€): `max(by_loans, by_equity)`.
    pub by_bdt: f64,
    /// Projects the other funders finance without BdT, within their capacity (M€).
    pub by_others: f64,
}

impl StudyFinancing {
    /// Study-born projects realised (M€).
    pub fn realised(&self) -> f64 {
        self.by_bdt + self.by_others
    }
}

/// BdT's money goes to ready projects first; what is left of each instrument's reach
/// (`room_l`, `room_q`) finances study-born projects `pe` as they come, and the other funders
/// finance the rest up to their capacity `others`, each with a soft minimum:
///
/// `S_L = softmin(room_L, PE)`, `S_Q = softmin(room_Q, PE)`, `S_B = max(S_L, S_Q)`,
/// `S_O = softmin(PE − S_B, O)`
pub fn finance_studies(pe: f64, room_l: f64, room_q: f64, others: f64, k: u32) -> StudyFinancing {
    let by_loans = soft_min(room_l, pe, k);
    let by_equity = soft_min(room_q, pe, k);
    let by_bdt = by_loans.max(by_equity);
    StudyFinancing {
        by_loans,
        by_equity,
        by_bdt,
        by_others: soft_min((pe - by_bdt).max(0.0), others, k),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn study_born_projects_need_financing() {
        let none = finance_studies(10.0, 0.0, 0.0, 0.0, 4);
        assert_eq!(none.realised(), 0.0, "no financier, no project");
        let others = finance_studies(10.0, 0.0, 0.0, 1000.0, 4);
        assert!(others.realised() > 9.9 && others.by_bdt == 0.0);
        let bdt = finance_studies(10.0, 1000.0, 0.0, 0.0, 4);
        assert!(bdt.by_loans > 9.9 && bdt.realised() <= 10.0);
    }
}
