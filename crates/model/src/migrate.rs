//! Overrides written for model v2 (links of format 1 and 2, scenario files of version 1),
//! read in model v3: parameters given per workstream are now given per purpose.

use crate::domain::{Purpose, Workstream};
use crate::registry::Registry;

/// The model version: what a link, file or export's figures were computed with.
pub const MODEL_VERSION: u32 = 3;

/// What an override of model v2 becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Migrated {
    /// The parameter still exists.
    Same,
    /// Overrides of the parameters that replaced it.
    Into(Vec<(String, f64)>),
    /// The parameter is gone and has no counterpart (its role is now played by the
    /// purposes' pipelines): the override is dropped.
    Dropped,
    /// Not a parameter of either model.
    Unknown,
}

/// Parameters of model v2 that are gone with nothing in their place.
const DROPPED: &[&str] = &["homes_renovation_share", "transit_line_share"];

/// v2's workstream-level CO2 and lasting-jobs figures, and where they went.
fn intensity_target(family: &str, w: &str) -> Option<&'static [Purpose]> {
    use Purpose::*;
    Some(match (family, w) {
        ("co2_avoided", "urban_renewal") => &[HomeRenovation],
        ("co2_avoided", "mobility") => &[TransitLines],
        ("co2_avoided", "everyday_services") => &[LocalServices],
        ("co2_avoided", "relocation") => &[IndustrialPremises],
        ("co2_avoided", "food") => &[FoodFacilities],
        ("jobs_lasting", "relocation") => &[IndustrialPremises],
        ("jobs_lasting", "everyday_services") => &[HealthCare, LocalServices],
        ("jobs_lasting", "food") => &[FoodFacilities],
        _ => return None,
    })
}

/// What the override `id = value` of model v2 becomes in `reg`.
pub fn migrate(reg: &Registry, id: &str, value: f64) -> Migrated {
    if reg.get(id).is_some() {
        return Migrated::Same;
    }
    if DROPPED.contains(&id) || id.starts_with("equity_eligible.") {
        return Migrated::Dropped;
    }
    let single = |to: &str| Migrated::Into(vec![(to.to_string(), value)]);
    match id {
        "co2_new_build" => return single("co2_avoided.social_homes"),
        "co2_charging" => return single("co2_avoided.clean_stations"),
        _ => {}
    }
    let Some((family, slot)) = id.split_once('.') else {
        return Migrated::Unknown;
    };
    let purposes: Vec<Purpose> = match (family, Workstream::from_id(slot), slot) {
        ("co2_avoided" | "jobs_lasting", Some(_), w) => match intensity_target(family, w) {
            Some(ps) => ps.to_vec(),
            None => return Migrated::Unknown,
        },
        (
            "pipeline_base" | "loan_share" | "equity_stake" | "deadweight_loans"
            | "deadweight_equity",
            Some(w),
            _,
        ) => Purpose::of(w).collect(),
        ("loan_share" | "equity_stake" | "pipeline_base", None, "default") => Purpose::ALL.to_vec(),
        _ => return Migrated::Unknown,
    };
    let exists = |p: &Purpose| reg.get(&format!("{family}.{}", p.id()));
    // A stake goes only where stakes are taken; a pipeline is spread by the purposes' own.
    let targets: Vec<Purpose> = purposes
        .into_iter()
        .filter(|p| family != "equity_stake" || exists(p).is_some_and(|e| e.high > 0.0))
        .collect();
    if targets.is_empty() {
        return Migrated::Dropped;
    }
    let central = |p: &Purpose| exists(p).map_or(0.0, |e| e.value);
    let total: f64 = targets.iter().map(central).sum();
    Migrated::Into(
        targets
            .iter()
            .map(|p| {
                let v = if family == "pipeline_base" && total > 0.0 {
                    value * central(p) / total
                } else {
                    value
                };
                (format!("{family}.{}", p.id()), v)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v2_overrides_find_their_purposes() {
        let reg = Registry::embedded();
        assert_eq!(migrate(&reg, "loan_margin", 1.0), Migrated::Same);
        assert_eq!(
            migrate(&reg, "co2_avoided.urban_renewal", 80.0),
            Migrated::Into(vec![("co2_avoided.home_renovation".into(), 80.0)])
        );
        let Migrated::Into(v) = migrate(&reg, "pipeline_base.mobility", 2100.0) else {
            panic!()
        };
        let sum: f64 = v.iter().map(|(_, x)| x).sum();
        assert!((sum - 2100.0).abs() < 1e-9 && v.len() == 2);
        let Migrated::Into(v) = migrate(&reg, "equity_stake.urban_renewal", 20.0) else {
            panic!()
        };
        assert_eq!(v, vec![("equity_stake.town_centre_premises".into(), 20.0)]);
        assert_eq!(migrate(&reg, "transit_line_share", 50.0), Migrated::Dropped);
        assert_eq!(
            migrate(&reg, "equity_eligible.food", 1.0),
            Migrated::Dropped
        );
        assert_eq!(migrate(&reg, "nonsense", 1.0), Migrated::Unknown);
        assert_eq!(migrate(&reg, "co2_avoided.divides", 1.0), Migrated::Unknown);
    }
}
