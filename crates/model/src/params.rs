//! What the engine needs from the registry, and the resolved values it reads.
//!
//! Each [`Family`] is one kind of parameter: a scalar, one value per workstream, or one value
//! per year. [`Layout::new`] maps every slot the engine reads to a registry entry, falling back
//! to `family.default` for workstreams without an entry of their own (one shared uncertain
//! figure, drawn once), and rejects registry entries the engine would never read.

use crate::domain::{Purpose, Workstream, N_PURPOSES};
use crate::registry::{Registry, RegistryError, Unit};

/// How many values a family has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One value.
    Scalar,
    /// One value per workstream (with an optional `.default`).
    PerWorkstream,
    /// One value per purpose (with an optional `.default`, unless the family is structural).
    PerPurpose,
    /// One value per year in the inclusive range.
    Years(i32, i32),
}

impl Shape {
    fn len(self) -> usize {
        match self {
            Shape::Scalar => 1,
            Shape::PerWorkstream => 8,
            Shape::PerPurpose => N_PURPOSES,
            Shape::Years(a, b) => (b - a + 1) as usize,
        }
    }
}

macro_rules! families {
    ($( $(#[$doc:meta])* $name:ident = ($id:literal, $shape:expr, $unit:expr) ),* $(,)?) => {
        /// A kind of parameter the engine reads.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Family { $( $(#[$doc])* $name ),* }

        impl Family {
            /// Every family, in layout order.
            pub const ALL: &'static [Family] = &[ $( Family::$name ),* ];

            /// Identifier prefix in the registry.
            pub fn id(self) -> &'static str {
                match self { $( Family::$name => $id ),* }
            }

            /// Shape.
            pub fn shape(self) -> Shape {
                match self { $( Family::$name => $shape ),* }
            }

            /// The unit its entries must have.
            pub fn unit(self) -> Unit {
                match self { $( Family::$name => $unit ),* }
            }
        }
    };
}

use Shape::{PerPurpose as P, PerWorkstream as W, Scalar as S};

families! {
    /// Sharpness `k` of the soft minimum between financing and pipeline.
    Sharpness = ("sharpness", S, Unit::Ratio),
    /// Share of a study's cost co-financed by engineering credits (σE).
    EngCofinance = ("eng_cofinance", S, Unit::Percent),
    /// Cost of the projects a study prepares, per euro of study (κ).
    EngCostRatio = ("eng_cost_ratio", S, Unit::EurPerEur),
    /// Share of studied projects that go ahead (ρ).
    EngRealisation = ("eng_realisation", S, Unit::Percent),
    /// Years from a study to an investment-ready project (λE).
    EngLag = ("eng_lag", S, Unit::Years),
    /// Induced local jobs per direct construction job (m).
    InducedJobs = ("induced_jobs", S, Unit::Ratio),
    /// Margin over the Livret A rate on loans.
    LoanMargin = ("loan_margin", S, Unit::PercentPerYear),
    /// Loan maturity.
    LoanMaturity = ("loan_maturity", S, Unit::Years),
    /// Livret A rate, yearly average, known years.
    LivretA = ("livret_a", Shape::Years(2020, 2026), Unit::PercentPerYear),
    /// Livret A rate assumed after the known years.
    LivretAAfter = ("livret_a_after", S, Unit::PercentPerYear),
    /// Yearly return on the equity stakes that succeed (g).
    EquityReturn = ("equity_return", S, Unit::PercentPerYear),
    /// Share of equity lost to defaults and failed exits (f).
    EquityFailure = ("equity_failure", S, Unit::Percent),
    /// Expected yearly loss on loans outstanding (defaults × loss given default).
    LoanLoss = ("loan_loss", S, Unit::PercentPerYear),
    /// The public discount rate for socio-economic evaluation (r).
    DiscountRate = ("discount_rate", S, Unit::PercentPerYear),
    /// The risk-free public discount rate, for flows that carry no market risk (loans).
    DiscountRateRiskFree = ("discount_rate_riskfree", S, Unit::PercentPerYear),
    /// Inflation, to turn current euros into euros of 2020 (π).
    Inflation = ("inflation", S, Unit::PercentPerYear),
    /// Rate a borrower would pay on an alternative long-term loan taken in each year, fixed.
    AltRate = ("alt_rate", Shape::Years(2020, 2026), Unit::PercentPerYear),
    /// The alternative rate after the known years.
    AltRateAfter = ("alt_rate_after", S, Unit::PercentPerYear),
    /// Holding period of equity stakes (H).
    EquityHolding = ("equity_holding", S, Unit::Years),
    /// Share of a programme's money disbursed in each programme year (d).
    Disbursement = ("disbursement", Shape::Years(2021, 2026), Unit::Percent),
    /// The same for emergency money to hard-hit sectors, spent early.
    DisbursementEmergency = ("disbursement_emergency", Shape::Years(2021, 2026), Unit::Percent),
    /// Loans envelope over the programme.
    EnvelopeLoans = ("envelope_loans", S, Unit::MEur),
    /// Engineering envelope over the programme.
    EnvelopeEngineering = ("envelope_engineering", S, Unit::MEur),
    /// Equity envelope over the programme.
    EnvelopeEquity = ("envelope_equity", S, Unit::MEur),
    /// The plan's mobility investment target.
    MobilityTarget = ("mobility_target", S, Unit::MEurPerYear),
    /// Investment-ready pipeline of a purpose without new studies (B).
    PipelineBase = ("pipeline_base", P, Unit::MEur),
    /// Share of a project's cost a BdT loan may cover (φL), by purpose.
    LoanShare = ("loan_share", P, Unit::Percent),
    /// Minority stake BdT may take in a project (φQ), by purpose; 0 where stakes are not how
    /// such projects are financed.
    EquityStake = ("equity_stake", P, Unit::Percent),
    /// Probability that a project with a BdT loan only would have happened anyway (δL).
    DeadweightLoans = ("deadweight_loans", P, Unit::Percent),
    /// Probability that a project with a BdT stake only would have happened anyway (δQ).
    DeadweightEquity = ("deadweight_equity", P, Unit::Percent),
    /// Study-born projects the other funders can finance without BdT, over the programme.
    OtherFunders = ("other_funders", W, Unit::MEur),
    /// Years a completed asset keeps avoiding CO2.
    AssetLifetime = ("asset_lifetime", P, Unit::Years),
    /// Share of the co-financed studies that would have been done anyway (δE).
    DeadweightEngineering = ("deadweight_engineering", S, Unit::Percent),
    /// Share of the non-BdT financing of the workstream's projects that the metropolis finds.
    CofinanceMetro = ("cofinance_metro", W, Unit::Percent),
    /// Share of the workstream's BdT loans the metropolis itself borrows.
    BorrowerMetro = ("borrower_metro", W, Unit::Percent),
    /// Whether the construction jobs figure already includes indirect jobs (1 = yes).
    JobsIncludeIndirect = ("jobs_include_indirect", W, Unit::Flag),
    /// Years from spending to a completed asset (τ).
    BuildTime = ("build_time", W, Unit::Years),
    /// Direct construction job-years per M€ spent (j).
    JobsConstruction = ("jobs_construction", W, Unit::JobYearsPerMEur),
    /// Lasting jobs per M€ of completed investment (p), by purpose.
    JobsLasting = ("jobs_lasting", P, Unit::JobsPerMEur),
    /// tCO2 avoided per year per M€ of completed investment (c), by purpose.
    Co2Avoided = ("co2_avoided", P, Unit::TCo2PerYearPerMEur),
    /// Jobs safeguarded per M€ of net investment in hard-hit sectors (s).
    JobsSafeguarded = ("jobs_safeguarded", S, Unit::JobsPerMEur),
    /// Yearly share of safeguarded jobs that the economy would have recreated or lost anyway.
    JobsSafeguardedDecay = ("jobs_safeguarded_decay", S, Unit::PercentPerYear),
    /// Cost of renovating a home.
    HomeRenovationCost = ("home_renovation_cost", S, Unit::KEurPerHome),
    /// Cost of building a social home.
    HomeNewCost = ("home_new_cost", S, Unit::KEurPerHome),
    /// Share of renovations the loi Climat et Résilience would force anyway.
    RenovationForcedShare = ("renovation_forced_share", S, Unit::Percent),
    /// Share of public-building renovations the décret tertiaire would force anyway.
    TertiaryForcedShare = ("tertiary_forced_share", S, Unit::Percent),
    /// Electric share of the car fleet in 2020.
    EvShare2020 = ("ev_share_2020", S, Unit::Percent),
    /// Electric share of the car fleet in 2030.
    EvShare2030 = ("ev_share_2030", S, Unit::Percent),
    /// Electric share of the car fleet in 2040.
    EvShare2040 = ("ev_share_2040", S, Unit::Percent),
    /// Electric share of the car fleet in 2050, held after.
    EvShare2050 = ("ev_share_2050", S, Unit::Percent),
    /// Cost of a kilometre of line.
    TransitCostPerKm = ("transit_cost_per_km", S, Unit::MEurPerKm),
    /// Extra daily trips per kilometre of new line.
    TransitTripsPerKm = ("transit_trips_per_km", S, Unit::TripsPerDayPerKm),
    /// Cost of protecting a hectare (acquisition and management).
    LandCostPerHa = ("land_cost_per_ha", S, Unit::KEurPerHa),
    /// Local share of food consumed, before the plan.
    FoodLocalShareBaseline = ("food_local_share_baseline", S, Unit::Percent),
    /// Yearly food consumption of the metropolis.
    FoodMarket = ("food_market", S, Unit::MEurPerYear),
    /// Yearly local sales per euro invested in local food chains.
    FoodSalesPerInvestment = ("food_sales_per_investment", S, Unit::EurPerEur),
    /// Investment per person reached by the divides workstream (places in equipped sites).
    InclusionInvestmentPerPerson = ("inclusion_investment_per_person", S, Unit::EurPerPerson),
    /// Inhabitants of the metropolis.
    Population = ("population", S, Unit::People),
    /// The metropolis' debt stock.
    MetroDebt = ("metro_debt", S, Unit::MEur),
    /// The metropolis' yearly transport investment.
    MetroTransportInvestment = ("metro_transport_investment", S, Unit::MEurPerYear),
    /// Carbon value in 2018, the first year of its path.
    CarbonValue2018 = ("carbon_value_2018", S, Unit::EurPerTCo2),
    /// Carbon value (valeur de l'action pour le climat) in 2030.
    CarbonValue2030 = ("carbon_value_2030", S, Unit::EurPerTCo2),
    /// Carbon value in 2040.
    CarbonValue2040 = ("carbon_value_2040", S, Unit::EurPerTCo2),
    /// Carbon value in 2050, held after.
    CarbonValue2050 = ("carbon_value_2050", S, Unit::EurPerTCo2),
    /// Emploi index: job-years that count as 100.
    NormJobYears = ("norm_job_years", S, Unit::JobYears),
    /// Emploi index: lasting jobs that count as 100.
    NormLastingJobs = ("norm_lasting_jobs", S, Unit::Jobs),
    /// Emploi index: safeguarded jobs that count as 100.
    NormSafeguarded = ("norm_safeguarded", S, Unit::Jobs),
    /// Inclusion index: people reached that count as 100.
    NormPeople = ("norm_people", S, Unit::People),
    /// Inclusion index: homes that count as 100.
    NormHomes = ("norm_homes", S, Unit::Homes),
    /// Transition index: tCO2 avoided per year that count as 100.
    NormCo2 = ("norm_co2", S, Unit::TCo2PerYear),
    /// Transition index: hectares that count as 100.
    NormHectares = ("norm_hectares", S, Unit::Hectares),
    /// Transition index: local food points that count as 100.
    NormFood = ("norm_food", S, Unit::PercentagePoints),
    /// Emploi index weight of construction job-years.
    WeightEmploiConstruction = ("weight_emploi_construction", S, Unit::Ratio),
    /// Emploi index weight of lasting jobs.
    WeightEmploiLasting = ("weight_emploi_lasting", S, Unit::Ratio),
    /// Emploi index weight of safeguarded jobs.
    WeightEmploiSafeguarded = ("weight_emploi_safeguarded", S, Unit::Ratio),
    /// Inclusion index weight of people reached.
    WeightInclusionPeople = ("weight_inclusion_people", S, Unit::Ratio),
    /// Inclusion index weight of homes.
    WeightInclusionHomes = ("weight_inclusion_homes", S, Unit::Ratio),
    /// Transition index weight of CO2 avoided.
    WeightTransitionCo2 = ("weight_transition_co2", S, Unit::Ratio),
    /// Transition index weight of land protected.
    WeightTransitionLand = ("weight_transition_land", S, Unit::Ratio),
    /// Transition index weight of local food.
    WeightTransitionFood = ("weight_transition_food", S, Unit::Ratio),
    /// Commune key: weight of population (`communes`, not the engine's projection).
    CommuneKeyPopulation = ("commune_key_population", W, Unit::Percent),
    /// Commune key: weight of residents of priority neighbourhoods.
    CommuneKeyQpv = ("commune_key_qpv", W, Unit::Percent),
    /// Commune key: weight of social dwellings.
    CommuneKeySocialDwellings = ("commune_key_social_dwellings", W, Unit::Percent),
    /// Commune key: weight of the CVAE share.
    CommuneKeyCvae = ("commune_key_cvae", W, Unit::Percent),
    /// Commune key: weight of land area.
    CommuneKeyArea = ("commune_key_area", W, Unit::Percent),
    /// Commune key: weight of the population of communes a named transport project serves.
    CommuneKeyServed = ("commune_key_served", W, Unit::Percent),
}

impl Family {
    /// A share of a purpose's financing structure: given for every purpose, never through
    /// `.default`, so that a missing one stops the build naming the purpose.
    pub fn is_structural(self) -> bool {
        matches!(self, Family::LoanShare | Family::EquityStake)
    }

    /// Registry identifier of slot `k` of this family (no `.default` fallback).
    pub fn slot_id(self, k: usize) -> String {
        match self.shape() {
            Shape::Scalar => self.id().to_string(),
            Shape::PerWorkstream => format!("{}.{}", self.id(), Workstream::ALL[k].id()),
            Shape::PerPurpose => format!("{}.{}", self.id(), Purpose::ALL[k].id()),
            Shape::Years(a, _) => format!("{}.{}", self.id(), a + k as i32),
        }
    }
}

/// Where the engine finds each slot in the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    offsets: Vec<usize>,
    slot_entry: Vec<usize>,
}

impl Layout {
    /// Maps every engine slot to a registry entry; rejects missing, unknown or mistyped entries.
    pub fn new(reg: &Registry) -> Result<Layout, RegistryError> {
        let mut offsets = Vec::with_capacity(Family::ALL.len());
        let mut slot_entry = Vec::new();
        let mut used = vec![false; reg.params.len()];
        for &f in Family::ALL {
            offsets.push(slot_entry.len());
            let default = format!("{}.default", f.id());
            for k in 0..f.shape().len() {
                let id = f.slot_id(k);
                let pos = reg
                    .position(&id)
                    .or_else(|| {
                        (f.shape() == Shape::PerWorkstream
                            || (f.shape() == Shape::PerPurpose && !f.is_structural()))
                        .then(|| reg.position(&default))
                        .flatten()
                    })
                    .ok_or_else(|| RegistryError {
                        param: id.clone(),
                        message: "missing: the engine needs this parameter".into(),
                    })?;
                let p = &reg.params[pos];
                if p.unit != f.unit() {
                    return Err(RegistryError {
                        param: p.id.to_string(),
                        message: format!(
                            "unit '{}' where the engine expects '{}'",
                            p.unit.id(),
                            f.unit().id()
                        ),
                    });
                }
                used[pos] = true;
                slot_entry.push(pos);
            }
        }
        // The draws read the factors' specific shares (`montecarlo::Plan`), not the engine.
        for (pos, p) in reg.params.iter().enumerate() {
            if p.id.starts_with(crate::montecarlo::FACTOR_PREFIX) {
                used[pos] = true;
            }
        }
        if let Some(pos) = used.iter().position(|u| !u) {
            return Err(RegistryError {
                param: reg.params[pos].id.to_string(),
                message: "unknown parameter: the engine never reads it".into(),
            });
        }
        Ok(Layout {
            offsets,
            slot_entry,
        })
    }

    /// The position of `f` in [`Family::ALL`]: its discriminant, as the macro declares both in
    /// one order (a test checks it). A search through the list here cost the WebAssembly build,
    /// where this is not folded away at each call site, more than half of a projection.
    #[inline]
    fn family_pos(f: Family) -> usize {
        f as usize
    }

    /// Registry entry read for slot `k` of family `f`.
    #[inline]
    pub fn entry(&self, f: Family, k: usize) -> usize {
        self.slot_entry[self.offsets[Self::family_pos(f)] + k]
    }

    /// Registry entries read by family `f`, one per slot.
    pub fn entries(&self, f: Family) -> &[usize] {
        let start = self.offsets[Self::family_pos(f)];
        &self.slot_entry[start..start + f.shape().len()]
    }
}

/// A view of resolved values (engine figures, one per registry entry) through a layout.
#[derive(Debug, Clone, Copy)]
pub struct Params<'a> {
    layout: &'a Layout,
    values: &'a [f64],
}

impl<'a> Params<'a> {
    /// Wraps `values` (one per registry entry, engine figures).
    pub fn new(layout: &'a Layout, values: &'a [f64]) -> Params<'a> {
        Params { layout, values }
    }

    /// A scalar.
    pub fn get(&self, f: Family) -> f64 {
        self.values[self.layout.entry(f, 0)]
    }

    /// A per-workstream value.
    pub fn ws(&self, f: Family, w: Workstream) -> f64 {
        self.values[self.layout.entry(f, w.index())]
    }

    /// A per-purpose value.
    pub fn purpose(&self, f: Family, p: Purpose) -> f64 {
        self.values[self.layout.entry(f, p.index())]
    }

    /// All values of a per-purpose family.
    pub fn purpose_all(&self, f: Family) -> [f64; N_PURPOSES] {
        let e = self.layout.entries(f);
        std::array::from_fn(|k| self.values[e[k]])
    }

    /// All eight values of a per-workstream family.
    pub fn ws_all(&self, f: Family) -> [f64; 8] {
        let e = self.layout.entries(f);
        std::array::from_fn(|k| self.values[e[k]])
    }

    /// A per-year value; years outside the family's range read `None`.
    pub fn year(&self, f: Family, year: i32) -> Option<f64> {
        match f.shape() {
            Shape::Years(a, b) if (a..=b).contains(&year) => {
                Some(self.values[self.layout.entry(f, (year - a) as usize)])
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_s_discriminant_is_its_place_in_the_list() {
        for (k, &f) in Family::ALL.iter().enumerate() {
            assert_eq!(Layout::family_pos(f), k, "{f:?}");
        }
    }

    #[test]
    fn the_embedded_registry_fits_the_engine() {
        let reg = Registry::embedded();
        let layout = Layout::new(&reg).unwrap();
        let v = reg.central_values();
        let p = Params::new(&layout, &v);
        let d: f64 = (2021..=2026)
            .map(|y| p.year(Family::Disbursement, y).unwrap())
            .sum();
        assert!((d - 1.0).abs() < 1e-9, "disbursement profile sums to {d}");
    }

    #[test]
    fn families_are_listed_in_declaration_order() {
        for (k, &f) in Family::ALL.iter().enumerate() {
            assert_eq!(f as usize, k, "{}", f.id());
        }
    }

    #[test]
    fn a_missing_or_unknown_entry_is_named() {
        let reg = Registry::embedded();
        let mut r = reg.clone();
        r.params.retain(|p| p.id != "sharpness");
        assert_eq!(Layout::new(&r).unwrap_err().param, "sharpness");
        let mut r = reg.clone();
        let mut extra = reg.params[0].clone();
        extra.id = "sharpnes";
        r.params.push(extra);
        let e = Layout::new(&r).unwrap_err();
        assert_eq!(e.param, "sharpnes");
        assert!(e.message.contains("unknown"));
    }

    #[test]
    fn a_missing_or_excessive_share_names_its_purpose() {
        let reg = Registry::embedded();
        // No `.default` for a structure's shares: a missing one is named.
        let mut r = reg.clone();
        r.params.retain(|p| p.id != "equity_stake.transit_lines");
        assert_eq!(
            Layout::new(&r).unwrap_err().param,
            "equity_stake.transit_lines"
        );
        // Shares above the project's cost are refused, naming the purpose.
        let mut r = reg.clone();
        let k = r
            .params
            .iter()
            .position(|p| p.id == "loan_share.clean_stations")
            .unwrap();
        r.params[k].high = 80.0;
        let e = r.check_structures(&Default::default()).unwrap_err();
        assert_eq!(e.purpose, Purpose::CleanStations);
        assert!(crate::Model::new(r, crate::scenario::embedded_presets(false)).is_err());
    }
}
