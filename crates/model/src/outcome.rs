//! The series the engine produces.

use crate::domain::{Lang, LAST_YEAR};
use serde::{Deserialize, Serialize};

/// How a series is summed up in one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Headline {
    /// The sum over 2020..=2040 (flows).
    Total,
    /// The value in that year (stocks and rates).
    At(i32),
}

/// What a series is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An effect of the money, with a counterfactual: its net is what the money changes.
    Effect,
    /// A flow of money (BdT's, or what the metropolis carries): no counterfactual.
    Finance,
    /// A reference to compare with (a target): no net.
    Reference,
}

macro_rules! outcomes {
    ($( $(#[$doc:meta])* $name:ident = ($id:literal, $fr:literal, $en:literal, $ufr:literal, $uen:literal, $head:expr, $kind:ident) ),* $(,)?) => {
        /// One projected series.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Outcome { $( $(#[$doc])* $name ),* }

        impl Outcome {
            /// Every outcome, in array order.
            pub const ALL: &'static [Outcome] = &[ $( Outcome::$name ),* ];

            /// Stable identifier (exports, links).
            pub fn id(self) -> &'static str { match self { $( Outcome::$name => $id ),* } }

            /// Label.
            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) { $( (Outcome::$name, Lang::Fr) => $fr, (Outcome::$name, Lang::En) => $en ),* }
            }

            /// Unit shown to people.
            pub fn unit(self, lang: Lang) -> &'static str {
                match (self, lang) { $( (Outcome::$name, Lang::Fr) => $ufr, (Outcome::$name, Lang::En) => $uen ),* }
            }

            /// How the series is summed up.
            pub fn headline(self) -> Headline { match self { $( Outcome::$name => $head ),* } }

            /// What the series is.
            pub fn kind(self) -> Kind { match self { $( Outcome::$name => Kind::$kind ),* } }

            /// Whether this is a flow of money (no counterfactual).
            pub fn is_finance(self) -> bool { self.kind() == Kind::Finance }

            /// Whether this is a reference to compare with (no net).
            pub fn is_reference(self) -> bool { self.kind() == Kind::Reference }
        }
    };
}

use Headline::{At, Total};
const END: i32 = LAST_YEAR;
const PROGRAMME_END: i32 = crate::domain::PROGRAMME_LAST_YEAR;

outcomes! {
    /// Investment spent each year (M€/yr); its headline is net, what the BdT's money added (the
    /// label says so: « réalisé » read as the money executed 2020–2026).
    InvestmentSpent = ("investment", "Investissement ajouté", "Investment added", "M€/an", "M€/yr", Total, Effect),
    /// Construction job-years each year.
    ConstructionJobs = ("construction_jobs", "Emplois de chantier (directs et induits)", "Construction jobs (direct and induced)", "emplois-années", "job-years", Total, Effect),
    /// Lasting jobs in place.
    LastingJobs = ("lasting_jobs", "Emplois durables", "Lasting jobs", "emplois", "jobs", At(END), Effect),
    /// Jobs safeguarded in hard-hit sectors and still there (each year some would have been
    /// regained or lost anyway): counted at the programme's end.
    JobsSafeguarded = ("jobs_safeguarded", "Emplois sauvegardés (secteurs touchés)", "Jobs safeguarded (hard-hit sectors)", "emplois", "jobs", At(PROGRAMME_END), Effect),
    /// tCO2 avoided in the year.
    Co2Avoided = ("co2_avoided", "CO2 évité par an", "CO2 avoided per year", "tCO2/an", "tCO2/yr", At(END), Effect),
    /// tCO2 avoided since 2020.
    Co2Cumulative = ("co2_cumulative", "CO2 évité cumulé", "CO2 avoided, cumulative", "tCO2", "tCO2", At(END), Effect),
    /// Homes renovated (cumulative).
    HomesRenovated = ("homes_renovated", "Logements rénovés", "Homes renovated", "logements", "homes", At(END), Effect),
    /// Social homes built (cumulative).
    HomesBuilt = ("homes_built", "Logements sociaux construits", "Social homes built", "logements", "homes", At(END), Effect),
    /// Kilometres of tram or bus-rapid-transit line in service.
    TransitKm = ("transit_km", "Lignes de tram et BHNS", "Tram and BRT lines", "km", "km", At(END), Effect),
    /// Extra daily public-transport trips.
    TransitTrips = ("transit_trips", "Voyages en transport collectif gagnés", "Public-transport trips gained", "voyages/jour", "trips/day", At(END), Effect),
    /// Hectares of farmland and natural land protected.
    Hectares = ("hectares", "Espaces agricoles et naturels protégés", "Farmland and nature protected", "ha", "ha", At(END), Effect),
    /// Local share of food consumed.
    LocalFoodShare = ("local_food_share", "Part locale de l'alimentation", "Local share of food", "%", "%", At(END), Effect),
    /// People reached by inclusion measures (cumulative).
    PeopleReached = ("people_reached", "Personnes accompagnées (inclusion)", "People reached (inclusion)", "personnes", "people", At(END), Effect),
    /// Emploi imperative index.
    IndexEmploi = ("index_emploi", "Indice emploi", "Emploi index", "points", "points", At(2030), Effect),
    /// Inclusion imperative index.
    IndexInclusion = ("index_inclusion", "Indice inclusion", "Inclusion index", "points", "points", At(2030), Effect),
    /// Ecological transition imperative index.
    IndexTransition = ("index_transition", "Indice transition écologique", "Ecological transition index", "points", "points", At(2030), Effect),
    /// Loans disbursed each year.
    LoansDisbursed = ("loans_disbursed", "Prêts décaissés", "Loans disbursed", "M€/an", "M€/yr", Total, Finance),
    /// Equity invested each year.
    EquityInvested = ("equity_invested", "Fonds propres investis", "Equity invested", "M€/an", "M€/yr", Total, Finance),
    /// Engineering credits spent each year.
    EngineeringSpent = ("engineering_spent", "Crédits d'ingénierie engagés", "Engineering credits spent", "M€/an", "M€/yr", Total, Finance),
    /// Debt service (interest plus capital) each year.
    DebtService = ("debt_service", "Service de la dette", "Debt service", "M€/an", "M€/yr", Total, Finance),
    /// Interest paid each year.
    Interest = ("interest", "Intérêts payés", "Interest paid", "M€/an", "M€/yr", Total, Finance),
    /// Loan capital outstanding.
    LoanOutstanding = ("loan_outstanding", "Encours des prêts", "Loans outstanding", "M€", "M€", At(END), Finance),
    /// Value of the equity portfolio.
    EquityValue = ("equity_value", "Valeur du portefeuille de participations", "Equity portfolio value", "M€", "M€", At(2030), Finance),
    /// Proceeds of equity exits (cumulative).
    EquityProceeds = ("equity_proceeds", "Produits de cession cumulés", "Equity exit proceeds, cumulative", "M€", "M€", At(END), Finance),
    /// Debt service on BdT loans carried by the metropolis' own budget each year.
    MetroDebtService = ("metro_debt_service", "Service de la dette à la charge de la Métropole", "Debt service carried by the metropolis", "M€/an", "M€/yr", Total, Finance),
    /// Co-financing the metropolis must find for the projects each year.
    MetroCofinancing = ("metro_cofinancing", "Cofinancement à trouver par la Métropole", "Co-financing the metropolis must find", "M€/an", "M€/yr", Total, Effect),
    /// Mobility investment spent each year.
    MobilityInvestment = ("mobility_investment", "Investissement dans les transports alternatifs", "Investment in alternatives to the car", "M€/an", "M€/yr", Total, Effect),
    /// The plan's 350 M€/yr mobility target (reference).
    MobilityTarget = ("mobility_target", "Objectif d'investissement du plan", "The plan's investment target", "M€/an", "M€/yr", Total, Reference),
}

/// Number of outcomes.
pub const N_OUTCOMES: usize = Outcome::ALL.len();

impl Outcome {
    /// Position in [`Outcome::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The unit of the headline figure: a total of a yearly flow is a stock (M€/an summed is
    /// M€).
    pub fn headline_unit(self, lang: Lang) -> String {
        let u = self.unit(lang);
        match self.headline() {
            Headline::Total => u
                .trim_end_matches("/an")
                .trim_end_matches("/yr")
                .to_string(),
            Headline::At(_) => u.to_string(),
        }
    }

    /// The outcome with identifier `id`.
    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::ALL.iter().copied().find(|o| o.id() == id)
    }

    /// The registry's prefixes of the parameters that drive this outcome: what « Pourquoi ? »
    /// lists and the methodology explains (a prefix names every entry that starts with it).
    /// A net effect depends first on what the money finances and what would have been
    /// financed anyway (the same for every effect), then on what each euro produces; a flow of
    /// loans on how much of them finds projects, then on their terms.
    pub fn drivers(self) -> Vec<&'static str> {
        use Outcome::*;
        // What the money finances, and what would have happened anyway.
        const FINANCED: &[&str] = &[
            "pipeline_base",
            "eng_",
            "loan_share",
            "equity_stake",
            "sharpness",
            "deadweight_",
            "other_funders",
        ];
        // How much of the loans finds projects, and when they are paid out.
        const LENT: &[&str] = &["pipeline_base", "loan_share", "sharpness", "disbursement"];
        let own: &[&str] = match self {
            InvestmentSpent | MobilityInvestment => &["disbursement"],
            ConstructionJobs => &["jobs_construction", "jobs_include_indirect", "induced_jobs"],
            LastingJobs => &["jobs_lasting", "build_time"],
            JobsSafeguarded => &["jobs_safeguarded", "disbursement_emergency"],
            Co2Avoided => &[
                "co2_",
                "renovation_forced_share",
                "tertiary_forced_share",
                "build_time",
            ],
            Co2Cumulative => &[
                "co2_",
                "asset_lifetime",
                "renovation_forced_share",
                "tertiary_forced_share",
                "ev_share",
                "build_time",
            ],
            HomesRenovated => &[
                "home_renovation_cost",
                "renovation_forced_share",
                "build_time.urban_renewal",
            ],
            HomesBuilt => &["home_new_cost", "build_time.urban_renewal"],
            TransitKm | TransitTrips => &["transit_", "build_time.mobility"],
            Hectares => &["land_cost_per_ha"],
            LocalFoodShare => &["food_"],
            PeopleReached => &["inclusion_investment_per_person", "build_time"],
            MetroDebtService => &["borrower_metro", "loan_margin", "loan_maturity", "livret_a"],
            MetroCofinancing => &["cofinance_metro"],
            IndexEmploi => &[
                "norm_job_years",
                "norm_lasting_jobs",
                "norm_safeguarded",
                "weight_emploi",
            ],
            IndexInclusion => &["norm_people", "norm_homes", "weight_inclusion"],
            IndexTransition => &[
                "norm_co2",
                "norm_hectares",
                "norm_food",
                "weight_transition",
            ],
            LoansDisbursed | LoanOutstanding => &["loan_maturity"],
            DebtService | Interest => &["loan_margin", "loan_maturity", "livret_a"],
            EquityInvested | EquityValue | EquityProceeds => &["equity_"],
            EngineeringSpent => &["disbursement"],
            MobilityTarget => &["mobility_target"],
        };
        let money: &[&str] = match self {
            LoansDisbursed | LoanOutstanding | DebtService | Interest | MetroDebtService => LENT,
            EquityInvested | EquityValue | EquityProceeds => &["pipeline_base", "equity_stake"],
            _ if self.kind() == Kind::Effect || self == MetroCofinancing => FINANCED,
            _ => &[],
        };
        let mut all: Vec<&'static str> = money.to_vec();
        all.extend(own.iter().filter(|p| !money.contains(p)));
        all
    }

    /// Whether the series is a physical quantity that can never be negative (equity value and
    /// indices aside, everything is).
    pub fn is_non_negative(self) -> bool {
        !matches!(self, Outcome::EquityValue | Outcome::EquityProceeds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_driver_prefix_names_registry_entries() {
        let m = crate::Model::embedded().unwrap();
        for o in Outcome::ALL {
            assert!(!o.drivers().is_empty(), "{o:?} has no drivers");
            for prefix in o.drivers() {
                assert!(
                    m.registry.params.iter().any(|p| p.id.starts_with(prefix)),
                    "{o:?}: no registry entry starts with {prefix}"
                );
            }
            // A net result depends on what the money finances and what happens anyway.
            if o.kind() == Kind::Effect {
                for p in ["deadweight_", "loan_share", "pipeline_base"] {
                    assert!(o.drivers().contains(&p), "{o:?} lacks {p}");
                }
            }
        }
        // What only drives another result is not listed (home_new_cost builds, not renovates).
        assert!(!Outcome::HomesRenovated.drivers().contains(&"home_new_cost"));
        assert!(Outcome::HomesBuilt.drivers().contains(&"home_new_cost"));
    }
}
