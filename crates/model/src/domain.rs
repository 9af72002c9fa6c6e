//! The fixed vocabulary of the plan: workstreams, instruments, years, languages.

use serde::{Deserialize, Serialize};

/// First year of every series.
pub const FIRST_YEAR: i32 = 2020;
/// Last year of every series.
pub const LAST_YEAR: i32 = 2040;
/// Number of years in a series (2020..=2040).
pub const N_YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;
/// First programme year carrying allocations (the convention was signed in late 2020).
pub const PROGRAMME_FIRST_YEAR: i32 = 2021;
/// Last programme year carrying allocations (the convention runs to 2026).
pub const PROGRAMME_LAST_YEAR: i32 = 2026;

/// A yearly series, 2020..=2040.
pub type Series = [f64; N_YEARS];

/// Index of `year` in a [`Series`], if inside 2020..=2040.
pub fn year_index(year: i32) -> Option<usize> {
    (FIRST_YEAR..=LAST_YEAR)
        .contains(&year)
        .then(|| (year - FIRST_YEAR) as usize)
}

/// Interface and text language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// The eight workstreams (chantiers) of the "Relance et Renouveau" plan, in the seed's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Workstream {
    /// 1. Hard-hit sectors: commerce and restaurants, construction, tourism, culture, sport.
    HardHitSectors,
    /// 2. Everyday services, health, low-carbon activities, social economy, innovation.
    EverydayServices,
    /// 3. The "Pacte de relocalisation" of productive activities.
    Relocation,
    /// 4. Social, territorial and digital divides; education and insertion.
    Divides,
    /// 5. Alternatives to the private car (350 M€ of investment a year targeted).
    Mobility,
    /// 6. Transformative urban projects, energy renovation, town centres.
    UrbanRenewal,
    /// 7. Strict protection of agricultural and natural land.
    Nature,
    /// 8. Food autonomy and short supply chains.
    Food,
}

impl Workstream {
    /// All workstreams in the seed's order.
    pub const ALL: [Workstream; 8] = [
        Workstream::HardHitSectors,
        Workstream::EverydayServices,
        Workstream::Relocation,
        Workstream::Divides,
        Workstream::Mobility,
        Workstream::UrbanRenewal,
        Workstream::Nature,
        Workstream::Food,
    ];

    /// Position in [`Workstream::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable identifier used in data files, links and exports.
    pub fn id(self) -> &'static str {
        match self {
            Workstream::HardHitSectors => "hard_hit",
            Workstream::EverydayServices => "everyday_services",
            Workstream::Relocation => "relocation",
            Workstream::Divides => "divides",
            Workstream::Mobility => "mobility",
            Workstream::UrbanRenewal => "urban_renewal",
            Workstream::Nature => "nature",
            Workstream::Food => "food",
        }
    }

    /// The workstream with identifier `id`.
    pub fn from_id(id: &str) -> Option<Workstream> {
        Workstream::ALL.into_iter().find(|w| w.id() == id)
    }

    /// Short label.
    pub fn label(self, lang: Lang) -> &'static str {
        use Workstream::*;
        match (self, lang) {
            (HardHitSectors, Lang::Fr) => "Secteurs durement touchés",
            (HardHitSectors, Lang::En) => "Hard-hit sectors",
            (EverydayServices, Lang::Fr) => "Services du quotidien",
            (EverydayServices, Lang::En) => "Everyday services",
            (Relocation, Lang::Fr) => "Pacte de relocalisation",
            (Relocation, Lang::En) => "Relocation pact",
            (Divides, Lang::Fr) => "Résorber les fractures",
            (Divides, Lang::En) => "Closing the divides",
            (Mobility, Lang::Fr) => "Transports alternatifs à la voiture",
            (Mobility, Lang::En) => "Alternatives to the car",
            (UrbanRenewal, Lang::Fr) => "Projets urbains et rénovation",
            (UrbanRenewal, Lang::En) => "Urban projects and renovation",
            (Nature, Lang::Fr) => "Espaces agricoles et naturels",
            (Nature, Lang::En) => "Farmland and nature",
            (Food, Lang::Fr) => "Autonomie alimentaire",
            (Food, Lang::En) => "Food autonomy",
        }
    }

    /// One-line description, from the seed's wording.
    pub fn description(self, lang: Lang) -> &'static str {
        use Workstream::*;
        match (self, lang) {
            (HardHitSectors, Lang::Fr) => "Commerce et restauration, BTP, tourisme, culture et sport : des emplois non délocalisables.",
            (HardHitSectors, Lang::En) => "Retail and restaurants, construction, tourism, culture and sport: jobs that cannot move away.",
            (EverydayServices, Lang::Fr) => "Services du quotidien, santé, activités bas carbone, économie sociale et solidaire, innovation.",
            (EverydayServices, Lang::En) => "Everyday services, health, low-carbon activities, social economy, innovation.",
            (Relocation, Lang::Fr) => "Ramener sur le territoire des activités productives, dont l'énergie et l'économie circulaire.",
            (Relocation, Lang::En) => "Bringing productive activities back, including energy and the circular economy.",
            (Divides, Lang::Fr) => "Fractures sociales, territoriales et numériques ; éducation et insertion.",
            (Divides, Lang::En) => "Social, territorial and digital divides; education and insertion.",
            (Mobility, Lang::Fr) => "Tramway, BHNS, ferroviaire, recharge électrique et hydrogène : objectif {mobility_target} M€ par an.",
            (Mobility, Lang::En) => "Tram, bus rapid transit, rail, electric charging and hydrogen: a {mobility_target} M€ a year target.",
            (UrbanRenewal, Lang::Fr) => "Projets urbains transformateurs, rénovation énergétique du bâti, cœurs de ville.",
            (UrbanRenewal, Lang::En) => "Transformative urban projects, energy renovation of buildings, town centres.",
            (Nature, Lang::Fr) => "Protéger strictement et valoriser les espaces agricoles et naturels, même en ville.",
            (Nature, Lang::En) => "Strictly protecting farmland and natural areas, in town too.",
            (Food, Lang::Fr) => "Projet alimentaire territorial : circuits courts entre producteurs et habitants.",
            (Food, Lang::En) => "Territorial food project: short supply chains between growers and residents.",
        }
    }
}

/// What a purpose's projects produce: which outcomes its investment carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Produces {
    /// Keeps firms of hard-hit sectors alive: jobs safeguarded, no construction jobs.
    Safeguard,
    /// Works: construction and lasting jobs, CO2.
    Works,
    /// Works that renovate homes (homes renovated).
    Renovation,
    /// Works that build social homes (homes built).
    NewHomes,
    /// Tram and bus-rapid-transit lines (km, trips; CO2 shrinks as cars electrify).
    Lines,
    /// Charging and hydrogen stations (mobility investment, CO2).
    Stations,
    /// Farmland and natural land protected (hectares).
    Land,
    /// Local food chains (local food share).
    Food,
    /// Inclusion sites (people reached).
    Inclusion,
}

/// What a workstream's projects buy: each purpose has its own financing structure (the share a
/// loan may cover, the stake BdT may take), its own deadweight and its own results. Each
/// purpose belongs to one workstream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Hard-hit sectors: premises and equipment of tourism, culture, sport, retail.
    HardHitPremises,
    /// Everyday services: the health hub, care homes, telemedicine.
    HealthCare,
    /// Everyday services: public-service buildings, nurseries, social-economy premises.
    LocalServices,
    /// Relocation: industrial buildings, business parks, energy production.
    IndustrialPremises,
    /// Divides: digital-inclusion sites, third places, France services.
    InclusionSites,
    /// Mobility: tram and BHNS lines.
    TransitLines,
    /// Mobility: electric charging and hydrogen stations.
    CleanStations,
    /// Urban renewal: energy renovation of homes.
    HomeRenovation,
    /// Urban renewal: new social homes.
    SocialHomes,
    /// Urban renewal: energy renovation of public buildings (schools, gyms).
    PublicBuildings,
    /// Urban renewal: town-centre commercial premises (a retail property company).
    TownCentrePremises,
    /// Nature: land acquired and managed.
    Land,
    /// Food: markets, logistics and processing of short supply chains.
    FoodFacilities,
}

/// Number of purposes.
pub const N_PURPOSES: usize = 13;

impl Purpose {
    /// All purposes, workstream by workstream.
    pub const ALL: [Purpose; N_PURPOSES] = [
        Purpose::HardHitPremises,
        Purpose::HealthCare,
        Purpose::LocalServices,
        Purpose::IndustrialPremises,
        Purpose::InclusionSites,
        Purpose::TransitLines,
        Purpose::CleanStations,
        Purpose::HomeRenovation,
        Purpose::SocialHomes,
        Purpose::PublicBuildings,
        Purpose::TownCentrePremises,
        Purpose::Land,
        Purpose::FoodFacilities,
    ];

    /// Position in [`Purpose::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable identifier used in the registry and exports.
    pub fn id(self) -> &'static str {
        use Purpose::*;
        match self {
            HardHitPremises => "hard_hit_premises",
            HealthCare => "health_care",
            LocalServices => "local_services",
            IndustrialPremises => "industrial_premises",
            InclusionSites => "inclusion_sites",
            TransitLines => "transit_lines",
            CleanStations => "clean_stations",
            HomeRenovation => "home_renovation",
            SocialHomes => "social_homes",
            PublicBuildings => "public_buildings",
            TownCentrePremises => "town_centre_premises",
            Land => "land",
            FoodFacilities => "food_facilities",
        }
    }

    /// The purpose with identifier `id`.
    pub fn from_id(id: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The workstream it belongs to.
    pub fn workstream(self) -> Workstream {
        use Purpose::*;
        match self {
            HardHitPremises => Workstream::HardHitSectors,
            HealthCare | LocalServices => Workstream::EverydayServices,
            IndustrialPremises => Workstream::Relocation,
            InclusionSites => Workstream::Divides,
            TransitLines | CleanStations => Workstream::Mobility,
            HomeRenovation | SocialHomes | PublicBuildings | TownCentrePremises => {
                Workstream::UrbanRenewal
            }
            Land => Workstream::Nature,
            FoodFacilities => Workstream::Food,
        }
    }

    /// The purposes of workstream `w`, in [`Purpose::ALL`] order.
    pub fn of(w: Workstream) -> impl Iterator<Item = Purpose> {
        Purpose::ALL
            .into_iter()
            .filter(move |p| p.workstream() == w)
    }

    /// What its projects produce.
    pub fn produces(self) -> Produces {
        use Purpose::*;
        match self {
            HardHitPremises => Produces::Safeguard,
            HomeRenovation => Produces::Renovation,
            SocialHomes => Produces::NewHomes,
            TransitLines => Produces::Lines,
            CleanStations => Produces::Stations,
            Land => Produces::Land,
            FoodFacilities => Produces::Food,
            InclusionSites => Produces::Inclusion,
            HealthCare | LocalServices | IndustrialPremises | PublicBuildings
            | TownCentrePremises => Produces::Works,
        }
    }

    /// Whether its money counts as climate money in the abatement cost: projects whose first
    /// purpose is to cut emissions (energy renovation, public transport, clean stations).
    pub fn is_climate(self) -> bool {
        matches!(
            self,
            Purpose::HomeRenovation
                | Purpose::PublicBuildings
                | Purpose::TransitLines
                | Purpose::CleanStations
        )
    }

    /// Short label.
    pub fn label(self, lang: Lang) -> &'static str {
        use Purpose::*;
        match (self, lang) {
            (HardHitPremises, Lang::Fr) => {
                "locaux et équipements du tourisme, de la culture et du commerce"
            }
            (HardHitPremises, Lang::En) => "premises and equipment of tourism, culture and retail",
            (HealthCare, Lang::Fr) => "pôle santé, établissements pour personnes âgées",
            (HealthCare, Lang::En) => "health hub, care homes",
            (LocalServices, Lang::Fr) => "bâtiments de services publics, crèches, locaux de l'ESS",
            (LocalServices, Lang::En) => {
                "public-service buildings, nurseries, social-economy premises"
            }
            (IndustrialPremises, Lang::Fr) => "bâtiments industriels et parcs d'activités",
            (IndustrialPremises, Lang::En) => "industrial buildings and business parks",
            (InclusionSites, Lang::Fr) => {
                "lieux d'inclusion numérique, tiers-lieux, France services"
            }
            (InclusionSites, Lang::En) => "digital-inclusion sites, third places, France services",
            (TransitLines, Lang::Fr) => "lignes de tram et de BHNS",
            (TransitLines, Lang::En) => "tram and BRT lines",
            (CleanStations, Lang::Fr) => "bornes de recharge et stations hydrogène",
            (CleanStations, Lang::En) => "charging points and hydrogen stations",
            (HomeRenovation, Lang::Fr) => "rénovation énergétique des logements",
            (HomeRenovation, Lang::En) => "energy renovation of homes",
            (SocialHomes, Lang::Fr) => "logements sociaux neufs",
            (SocialHomes, Lang::En) => "new social homes",
            (PublicBuildings, Lang::Fr) => "rénovation des bâtiments publics (écoles, gymnases)",
            (PublicBuildings, Lang::En) => "renovation of public buildings (schools, gyms)",
            (TownCentrePremises, Lang::Fr) => "locaux commerciaux de centre-ville (foncière)",
            (TownCentrePremises, Lang::En) => "town-centre shops (a retail property company)",
            (Land, Lang::Fr) => "acquisition et gestion de terres",
            (Land, Lang::En) => "land acquired and managed",
            (FoodFacilities, Lang::Fr) => "marchés, logistique et transformation en circuit court",
            (FoodFacilities, Lang::En) => {
                "markets, logistics and processing for short supply chains"
            }
        }
    }
}

/// The three instruments of the Banque des Territoires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Instrument {
    /// Loans on savings funds, priced on the Livret A rate.
    Loans,
    /// Engineering credits co-financing studies (grants).
    Engineering,
    /// Equity: minority stakes in project companies.
    Equity,
}

impl Instrument {
    /// All instruments.
    pub const ALL: [Instrument; 3] = [
        Instrument::Loans,
        Instrument::Engineering,
        Instrument::Equity,
    ];

    /// Position in [`Instrument::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            Instrument::Loans => "loans",
            Instrument::Engineering => "engineering",
            Instrument::Equity => "equity",
        }
    }

    /// The instrument with identifier `id`.
    pub fn from_id(id: &str) -> Option<Instrument> {
        Instrument::ALL.into_iter().find(|i| i.id() == id)
    }

    /// Label.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Instrument::Loans, Lang::Fr) => "Prêts",
            (Instrument::Loans, Lang::En) => "Loans",
            (Instrument::Engineering, Lang::Fr) => "Crédits d'ingénierie",
            (Instrument::Engineering, Lang::En) => "Engineering credits",
            (Instrument::Equity, Lang::Fr) => "Fonds propres",
            (Instrument::Equity, Lang::En) => "Equity",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for w in Workstream::ALL {
            assert_eq!(Workstream::from_id(w.id()), Some(w));
            assert_eq!(Workstream::ALL[w.index()], w);
        }
        for i in Instrument::ALL {
            assert_eq!(Instrument::from_id(i.id()), Some(i));
        }
        for p in Purpose::ALL {
            assert_eq!(Purpose::from_id(p.id()), Some(p));
            assert_eq!(Purpose::ALL[p.index()], p);
        }
        for w in Workstream::ALL {
            assert!(Purpose::of(w).count() >= 1, "{} has no purpose", w.id());
        }
        assert_eq!(year_index(2020), Some(0));
        assert_eq!(year_index(2040), Some(N_YEARS - 1));
        assert_eq!(year_index(2041), None);
    }
}
