//! The methodology, generated from the engine's equations and the registry, in French and
//! English, as blocks the app renders and the CLI prints as Markdown.

use crate::domain::Lang;
use crate::format::{number, with_unit};
use crate::model::Model;
use crate::registry::{Confidence, Registry};
use serde::Serialize;

/// One block of the methodology.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// An equation, in plain text notation.
    Equation(String),
    /// A table of the registry parameters whose id starts with one of the prefixes.
    Params(Vec<String>),
    /// A table of text: a header row, then rows.
    Table(Vec<String>, Vec<Vec<String>>),
}

/// Rows of the sensitivity table shown in the methodology.
pub const SENSITIVITY_ROWS: usize = 15;

struct Section {
    title: (&'static str, &'static str),
    text: (&'static str, &'static str),
    /// Equations in French and English (identifiers named in each language).
    equations: &'static [(&'static str, &'static str)],
    params: &'static [&'static str],
}

const SECTIONS: &[Section] = &[
    Section {
        title: ("Ce que calcule le modèle", "What the model computes"),
        text: (
            "Pour chaque chantier w et chaque instrument (prêts L, crédits d'ingénierie E, fonds propres Q), le montant a[w][i] choisi sur 2021-2026 est transformé en investissement réalisé, puis en résultats année par année de 2020 à 2040, dans le monde avec l'argent de la Banque des Territoires et dans le monde sans. Les résultats affichés sont la différence entre les deux (résultats nets). Tous les nombres viennent du registre de paramètres ci-dessous, avec leur fourchette et leur source ; quand aucune source n'existe, le registre le dit (« hypothèse ») et explique la valeur retenue.",
            "For each workstream w and instrument (loans L, engineering credits E, equity Q), the amount a[w][i] chosen over 2021-2026 is turned into realised investment, then into outcomes year by year from 2020 to 2040, in the world with the Banque des Territoires' money and in the world without. Results shown are the difference between the two (net outcomes). Every number comes from the parameter registry below, with its range and source; where no source exists the registry says so (\"assumption\") and explains the value.",
        ),
        equations: &[],
        params: &[],
    },
    Section {
        title: ("1. L'ingénierie prépare des projets", "1. Engineering prepares projects"),
        text: (
            "Les crédits d'ingénierie cofinancent des études. Une étude coûte a[w][E] / σE (la BdT n'en paie qu'une part). Chaque euro d'étude prépare κ euros de projets, dont une part ρ se réalise, prêts λE ans plus tard. Ces projets se réalisent tous : la BdT les finance par ses prêts et fonds propres quand il en reste, les autres financeurs du chantier (État, Région, UE, Métropole, porteurs de projet) pour le reste. C'est pourquoi l'ingénierie seule, sans prêts ni fonds propres, produit déjà des résultats. Le chiffre de la SCET (« 1 euro d'ingénierie sécurise 117 euros d'investissement ») est le haut de la fourchette : une filiale de la Caisse des Dépôts, source intéressée.",
            "Engineering credits co-finance studies. A study costs a[w][E] / σE (BdT pays only a share). Each euro of study prepares κ euros of projects, of which a share ρ goes ahead, ready λE years later. All these projects are realised: BdT finances them with its loans and equity where there is room, the workstream's other funders (State, Region, EU, metropolis, project owners) the rest. This is why engineering alone, with no loans or equity, already yields outcomes. SCET's figure (\"one euro of engineering secures 117 euros of investment\") is the high end of the band: a subsidiary of the Caisse des Dépôts, an interested source.",
        ),
        equations: &[("PE[w] = a[w][E] / σE × κ × ρ", "PE[w] = a[w][E] / σE × κ × ρ")],
        params: &["eng_"],
    },
    Section {
        title: ("2. Capacité de financement : un projet, un compte", "2. Financing capacity: one project, one count"),
        text: (
            "Un prêt couvre une part φL du coût d'un projet, une participation une part φQ : les autres financeurs apportent le reste. Prêts et fonds propres cofinancent les mêmes projets : ils forment un seul besoin de financement, borné par l'instrument qui va le plus loin (et non la somme L/φL + Q/φQ, qui compterait deux fois un projet cofinancé). e[w] est la part de ces projets où la BdT prend une participation. Les fonds propres ne sont possibles que dans les chantiers que le registre marque éligibles.",
            "A loan covers a share φL of a project's cost, an equity stake a share φQ: other funders bring the rest. Loans and equity co-finance the same projects: they form one financing requirement, bounded by the instrument that reaches further (not the sum L/φL + Q/φQ, which would count a co-financed project twice). e[w] is the share of these projects in which BdT takes a stake. Equity is possible only in workstreams the registry marks eligible.",
        ),
        equations: &[
            ("F[w] = max(a[w][L] / φL[w], a[w][Q] / φQ[w])", "F[w] = max(a[w][L] / φL[w], a[w][Q] / φQ[w])"),
            ("e[w] = (a[w][Q] / φQ[w]) / F[w]", "e[w] = (a[w][Q] / φQ[w]) / F[w]"),
        ],
        params: &["loan_share", "equity_stake", "equity_eligible"],
    },
    Section {
        title: ("3. Saturation : les projets prêts d'abord", "3. Saturation: ready projects first"),
        text: (
            "L'argent de la BdT va d'abord aux projets prêts dès maintenant, le vivier B[w] : l'investissement est un minimum « doux » entre la capacité de financement et ce vivier (perte inférieure à 1 % quand F vaut le tiers de B avec k = 4). Ce qui reste finance les projets nés des études à mesure qu'ils arrivent. Sans projet, pas d'effet : l'argent en trop n'est pas déployé.",
            "BdT money goes first to the projects ready now, the pipeline B[w]: investment is a soft minimum of financing capacity and that pipeline (under 1 % lost at F = B/3 with k = 4). What is left finances study-born projects as they come. No project, no effect: money beyond the projects is not deployed.",
        ),
        equations: &[
            ("I_B[w] = F[w] / (1 + (F[w] / B[w])^k)^(1/k)", "I_B[w] = F[w] / (1 + (F[w] / B[w])^k)^(1/k)"),
            ("I_EB[w] = minDoux(F[w] − I_B[w], PE[w])", "I_EB[w] = softMin(F[w] − I_B[w], PE[w])"),
            ("I[w] = I_B[w] + PE[w] ;  u[w] = (I_B[w] + I_EB[w]) / F[w]", "I[w] = I_B[w] + PE[w];  u[w] = (I_B[w] + I_EB[w]) / F[w]"),
        ],
        params: &["sharpness", "pipeline_base"],
    },
    Section {
        title: ("4. Additionnalité, instrument par instrument", "4. Additionality, instrument by instrument"),
        text: (
            "Une partie de ces projets aurait eu lieu sans la BdT. Les prêts sur fonds d'épargne à une métropole notée A+ remplacent surtout d'autres emprunts (SFIL, banques, BEI, CEB) : leur effet d'aubaine δL est élevé, et la Cour des comptes (28 % de cofinancements réellement nouveaux dans Marseille en Grand) est dans sa fourchette. Une participation décide plus souvent d'un projet : δQ est plus bas. Une étude cofinancée aurait parfois été faite de toute façon : δE. Le monde « sans BdT » garde ces parts ; tous les résultats nets en sont diminués. Une participation ajoutée là où les prêts atteignent déjà plus loin ne crée pas de projet : elle fait passer des prêts vers la part de dette de projets qu'elle décide, et les projets qu'ils finançaient trouvent pour la plupart un autre prêteur (δL) ; le net augmente alors de δL − δQ par euro de projet sans investissement brut supplémentaire.",
            "Part of these projects would have happened without BdT. Savings-fund loans to an A+-rated metropolis mostly replace other borrowing (SFIL, banks, EIB, CEB): their deadweight δL is high, and the Cour des comptes figure (28 % genuinely new co-financing in Marseille en Grand) lies in its band. An equity stake more often decides a project: δQ is lower. A co-financed study would sometimes have been done anyway: δE. The world without BdT keeps these shares; every net outcome is reduced by them. An equity stake added where loans already reach further creates no project: it moves loans to the debt share of projects it decides, and the projects they financed mostly find another lender (δL); net investment then rises by δL − δQ per euro of project with no extra gross investment.",
        ),
        equations: &[
            ("δ_B[w] = e[w] × δQ[w] + (1 − e[w]) × δL[w]", "δ_B[w] = e[w] × δQ[w] + (1 − e[w]) × δL[w]"),
            ("ΔI[w] = (1 − δ_B[w]) × I_B[w] + (1 − δE) × PE[w]", "ΔI[w] = (1 − δ_B[w]) × I_B[w] + (1 − δE) × PE[w]"),
        ],
        params: &["deadweight_"],
    },
    Section {
        title: ("5. Calendrier", "5. Timing"),
        text: (
            "Les projets prêts sont dépensés selon le profil de décaissement d(t) (ramené à une somme de 1), les projets nés des études λE ans plus tard : des études en plus ne retardent pas les projets déjà prêts. Un actif est achevé τ[w] ans après la dépense : les effets durables (emplois permanents, CO2, logements, kilomètres) commencent alors.",
            "Ready projects are spent along the disbursement profile d(t) (scaled to sum to 1), study-born projects λE years later: more studies never delay the projects already ready. An asset is complete τ[w] years after spending: lasting effects (permanent jobs, CO2, homes, kilometres) start then.",
        ),
        equations: &[
            ("Idépensé[w](t) = I_B[w] × d(t) + PE[w] × d(t − λE)", "Ispent[w](t) = I_B[w] × d(t) + PE[w] × d(t − λE)"),
            ("Iachevé[w](t) = Σ_{s ≤ t − τ[w]} Idépensé[w](s)", "Idone[w](t) = Σ_{s ≤ t − τ[w]} Ispent[w](s)"),
        ],
        params: &["disbursement", "build_time"],
    },
    Section {
        title: ("6. Des investissements aux résultats, chacun pour ce qu'il décrit", "6. From investment to outcomes, each for what it describes"),
        text: (
            "Chaque intensité du registre ne s'applique qu'à l'investissement qu'elle décrit. Le CO2 de la rénovation ne vaut que pour la part rénovation des projets urbains, pas pour les logements sociaux neufs ; le CO2 par km de tram ne vaut que pour les lignes, pas pour les bornes de recharge ou les stations hydrogène, et diminue à mesure que le parc automobile s'électrifie. Les rénovations que la loi Climat et Résilience imposerait de toute façon (logements G indécents en 2025, F en 2028, E en 2034) restent dans le monde sans BdT. Un ratio d'emplois qui inclut déjà les emplois indirects n'est pas multiplié par (1 + m). L'argent des secteurs durement touchés maintient des entreprises en vie : il compte en emplois sauvegardés, pas en emplois de chantier. Les prêts ne financent que l'investissement (règle d'or, CGCT art. L1612-4) : les personnes accompagnées le sont dans des lieux équipés, comptés une fois construits.",
            "Each registry intensity applies only to the investment it describes. Renovation's CO2 applies to the renovation share of urban projects, not to new social homes; the tram's CO2 per km applies to lines only, not to charging points or hydrogen stations, and shrinks as the car fleet electrifies. Renovations the loi Climat et Résilience would force anyway (G-rated rentals barred in 2025, F in 2028, E in 2034) stay in the world without BdT. A jobs figure that already includes indirect jobs is not multiplied by (1 + m). Money for hard-hit sectors keeps firms alive: it counts as jobs safeguarded, not construction jobs. Loans finance investment only (golden rule, CGCT art. L1612-4): people are reached in equipped places, counted once built.",
        ),
        equations: &[
            ("emplois de chantier (t) = Σw≠hard_hit Idépensé[w](t) × j[w] × (1 + m × (1 − indirects[w]))", "construction jobs (t) = Σw≠hard_hit Ispent[w](t) × j[w] × (1 + m × (1 − indirect[w]))"),
            ("emplois durables (t) = Σw≠hard_hit Iachevé[w](t) × p[w]", "lasting jobs (t) = Σw≠hard_hit Idone[w](t) × p[w]"),
            ("emplois sauvegardés (t) = Σ_{s ≤ t} Idépensé[hard_hit](s) × s", "jobs safeguarded (t) = Σ_{s ≤ t} Ispent[hard_hit](s) × s"),
            ("tCO2 (t) = Iachevé[urban_renewal](t) × (partRénov × c[urban_renewal] + (1 − partRénov) × cNeuf) + Iachevé[mobility](t) × (partLignes × c[mobility] × (1 − partVE(t)) + (1 − partLignes) × cBornes) + Σ autres Iachevé[w](t) × c[w]", "tCO2 (t) = Idone[urban_renewal](t) × (renovShare × c[urban_renewal] + (1 − renovShare) × cNew) + Idone[mobility](t) × (lineShare × c[mobility] × (1 − evShare(t)) + (1 − lineShare) × cChargers) + Σ others Idone[w](t) × c[w]"),
            ("δrénov = 1 − (1 − δ) × (1 − partImposée)", "δrenov = 1 − (1 − δ) × (1 − forcedShare)"),
            ("logements rénovés = Iachevé[urban_renewal] × partRénov / coûtRénov", "homes renovated = Idone[urban_renewal] × renovShare / renovCost"),
            ("logements neufs = Iachevé[urban_renewal] × (1 − partRénov) / coûtNeuf", "new homes = Idone[urban_renewal] × (1 − renovShare) / newCost"),
            ("km de ligne = Iachevé[mobility] × partLignes / coûtKm ; voyages = km × voyagesParKm", "km of line = Idone[mobility] × lineShare / costPerKm; trips = km × tripsPerKm"),
            ("hectares = Iachevé[nature] / coûtHa", "hectares = Idone[nature] / costPerHa"),
            ("part locale = base + Iachevé[food] × ventesParEuro / marché × 100", "local share = base + Idone[food] × salesPerEuro / market × 100"),
            ("personnes = Iachevé[divides] / investissementParPersonne", "people = Idone[divides] / investmentPerPerson"),
        ],
        params: &[
            "jobs_", "induced_jobs", "co2_", "renovation_forced", "ev_share", "home", "transit_", "land_cost", "food_", "inclusion_",
        ],
    },
    Section {
        title: ("7. Les trois impératifs", "7. The three imperatives"),
        text: (
            "Emploi, inclusion et transition écologique sont résumés chacun par un indice : une moyenne pondérée de résultats nets divisés par une valeur de référence qui compte pour 100. Un indice n'est qu'un résumé : les tuiles gardent les unités physiques. Références et poids sont des hypothèses, modifiables.",
            "Emploi, inclusion and ecological transition are each summed up by an index: a weighted mean of net outcomes divided by a reference value that counts as 100. An index is only a summary: the tiles keep physical units. References and weights are assumptions, editable.",
        ),
        equations: &[
            ("emploi = 100 × (wc × emplois-années cumulés / Nc + wl × emplois durables / Nl + ws × emplois sauvegardés / Ns) / (wc + wl + ws)", "emploi = 100 × (wc × cumulative job-years / Nc + wl × lasting jobs / Nl + ws × jobs safeguarded / Ns) / (wc + wl + ws)"),
            ("inclusion = 100 × (wp × personnes / Np + wh × logements / Nh) / (wp + wh)", "inclusion = 100 × (wp × people / Np + wh × homes / Nh) / (wp + wh)"),
            ("transition = 100 × (wco2 × tCO2 par an / Nco2 + wha × hectares / Nha + wf × points d'alimentation locale / Nf) / (wco2 + wha + wf)", "transition = 100 × (wco2 × tCO2 per year / Nco2 + wha × hectares / Nha + wf × local food points / Nf) / (wco2 + wha + wf)"),
        ],
        params: &["norm_", "weight_"],
    },
    Section {
        title: ("8. Finances", "8. Finance"),
        text: (
            "Les prêts déployés sont décaissés au rythme des dépenses. Chaque tranche est remboursée par annuités à taux variable, à partir de l'année suivante, sur la durée n : chaque année, l'intérêt est l'encours multiplié par le taux du Livret A de l'année plus la marge, et l'annuité est recalculée sur la durée restante. Après 2026, le taux suit l'hypothèse de trajectoire. Les intérêts totaux couvrent toute la vie des prêts, au-delà de 2040. Les participations croissent au rendement g et sont cédées après H ans. Les crédits d'ingénierie sont des subventions : aucun retour. L'effet de levier rapporte l'investissement réalisé à l'argent de la BdT alloué.",
            "Deployed loans are disbursed as the spending goes. Each tranche is repaid by variable-rate annuities from the following year over the maturity n: each year the interest is the outstanding capital times that year's Livret A rate plus the margin, and the annuity is recomputed over the remaining term. After 2026 the rate follows the assumed path. Total interest covers the whole life of the loans, beyond 2040. Equity stakes grow at the return g and are sold after H years. Engineering credits are grants: no return. Leverage relates realised investment to BdT money allocated.",
        ),
        equations: &[
            ("intérêt (t) = K(t) × (LivretA(t) + marge)", "interest (t) = K(t) × (LivretA(t) + margin)"),
            ("annuité (t) = K(t) × r / (1 − (1 + r)^−(n − âge))", "payment (t) = K(t) × r / (1 − (1 + r)^−(n − age))"),
            ("V(t) = Σ_v Q(v) × (1 + g)^(t − v)  pour t − v < H", "V(t) = Σ_v Q(v) × (1 + g)^(t − v)  for t − v < H"),
            ("effet de levier = Σw I[w] / Σ a  (prêts remboursés, fonds propres revendus, crédits d'ingénierie donnés : des euros qui ne se valent pas)", "leverage = Σw I[w] / Σ a  (loans repaid, equity resold, engineering granted: euros that are not alike)"),
            ("levier par instrument = projets où l'instrument est présent / montant de l'instrument", "leverage by instrument = projects the instrument is in / the instrument's amount"),
        ],
        params: &["loan_", "livret_a", "equity_return", "equity_holding", "envelope_", "mobility_target"],
    },
    Section {
        title: ("9. Ce que cela coûte à la Métropole et aux habitants", "9. What it costs the metropolis and its residents"),
        text: (
            "Les prêts BdT sont empruntés par la Métropole, les communes, les bailleurs sociaux, des entreprises publiques ou privées : seule la part qu'emprunte la Métropole pèse sur son budget, et son service de la dette se compare à son encours (2,8 à 2,9 Md€) et à son investissement annuel dans les transports. La Métropole porte une part m[w] du coût de chaque projet, quel que soit le prêteur : ce qu'elle emprunte à la BdT en fait partie, le reste elle doit le trouver ; seuls comptent les projets que l'argent ajoute (ceux qui auraient eu lieu de toute façon, elle les aurait cofinancés aussi). Ces deux charges sont rapportées aux 1 944 405 habitants. L'argent public engagé par tonne de CO2 évitée (argent de la BdT déployé et cofinancement de la Métropole, divisés par les tonnes nettes évitées de 2020 à 2040) est un majorant, pas un coût d'abattement : cet argent produit aussi des emplois et des logements, les prêts sont remboursés, les participations revendues, et les actifs évitent encore du CO2 après 2040. La valeur de l'action pour le climat (250 € en 2030, 500 € en 2040) donne un ordre de grandeur.",
            "BdT loans are borrowed by the metropolis, communes, social landlords, public or private companies: only the part the metropolis borrows weighs on its budget, and its debt service is compared with its debt (2.8 to 2.9 bn€) and its yearly transport investment. The metropolis carries a share m[w] of each project's cost whoever lends: what it borrows from BdT is part of it, the rest it must find; only the projects the money adds count (it would have co-financed those that happen anyway). Both burdens are divided by the 1 944 405 inhabitants. Public money engaged per tonne of CO2 avoided (BdT money deployed and the metropolis' co-financing, divided by the net tonnes avoided from 2020 to 2040) is an upper bound, not an abatement cost: the money also buys jobs and homes, loans are repaid, stakes resold, and assets keep avoiding CO2 after 2040. The carbon value (250 € in 2030, 500 € in 2040) gives an order of magnitude.",
        ),
        equations: &[
            ("service de la dette Métropole (t) = service de la dette des prêts Σw L[w] × emprunteurMétropole[w]", "metropolis debt service (t) = debt service of the loans Σw L[w] × borrowerMetro[w]"),
            ("cofinancement Métropole (t) = Σw max(0, m[w] × Idépensé[w](t) − prêts BdT empruntés par la Métropole(t)), net de ce qui aurait eu lieu", "metropolis co-financing (t) = Σw max(0, m[w] × Ispent[w](t) − BdT loans the metropolis borrows(t)), net of what would have happened"),
            ("coût par tCO2 = (argent BdT déployé + cofinancement Métropole) / Σ tCO2 nettes 2020-2040", "cost per tCO2 = (BdT money deployed + metropolis co-financing) / Σ net tCO2 2020-2040"),
        ],
        params: &["borrower_metro", "cofinance_metro", "population", "metro_", "carbon_value"],
    },
    Section {
        title: ("10. Incertitude", "10. Uncertainty"),
        text: (
            "Chaque paramètre dont la fourchette n'est pas réduite à un point est tiré d'une loi triangulaire (bas, central, haut), indépendamment à chaque tirage, par un générateur PCG32 initialisé par une graine. Les bandes P10-P90 couvrent 80 % des tirages. Les chiffres affichés sont la médiane des tirages (P50), entourée de P10 et P90 : quand une fourchette est dissymétrique, la projection aux valeurs centrales peut s'en écarter de plus de 30 % (elle reste dans l'export de relance-cli). La même graine donne les mêmes nombres sur toute machine et tout navigateur : le moteur n'utilise que des opérations arrondies exactement (addition, multiplication, division, racine carrée) et des puissances entières. Les durées sont arrondies à l'année. Un paramètre modifié hors de sa fourchette élargit celle-ci pour l'inclure.",
            "Every parameter whose range is not a single point is drawn from a triangular distribution (low, central, high), independently at each draw, by a seeded PCG32 generator. P10-P90 bands hold 80 % of the draws. The figures shown are the median of the draws (P50), between P10 and P90: when a band is skewed, the projection at central values can lie more than 30 % away from it (it stays in relance-cli's export). The same seed gives the same numbers on any machine and browser: the engine uses only exactly rounded operations (addition, multiplication, division, square root) and whole powers. Durations are rounded to whole years. A parameter edited outside its range widens the range to include it.",
        ),
        equations: &[],
        params: &[],
    },
];

/// The methodology in `lang`.
pub fn methodology(model: &Model, lang: Lang) -> Vec<Block> {
    let reg = &model.registry;
    let pick = |(fr, en): (&'static str, &'static str)| match lang {
        Lang::Fr => fr.to_string(),
        Lang::En => en.to_string(),
    };
    let mut out = Vec::new();
    for s in SECTIONS {
        out.push(Block::Heading(pick(s.title)));
        out.push(Block::Paragraph(pick(s.text)));
        out.extend(s.equations.iter().map(|&e| Block::Equation(pick(e))));
        if !s.params.is_empty() {
            out.push(Block::Params(
                s.params.iter().map(|p| p.to_string()).collect(),
            ));
        }
    }
    let heading_and_text = |out: &mut Vec<Block>, title, text| {
        out.push(Block::Heading(pick(title)));
        out.push(Block::Paragraph(pick(text)));
    };
    heading_and_text(
        &mut out,
        (
            "11. Les huit domaines d'intervention de la BdT",
            "11. The eight BdT areas of intervention",
        ),
        (
        "Le communiqué de 2020 nomme huit domaines où la Banque des Territoires pourra intervenir, et, pour certains, ses instruments. Le simulateur ouvre les fonds propres là où le registre marque un chantier éligible ; le tableau dit ce que le communiqué prévoit. Aucun domaine ne vise les espaces agricoles et naturels.",
        "The 2020 press release names eight areas in which the Banque des Territoires may intervene and, for some, its instruments. The simulator opens equity where the registry marks a workstream eligible; the table says what the release plans. No area targets farmland and nature.",
        ),
    );
    out.push(Block::Table(
        vec![
            pick(("domaine", "area")),
            pick(("chantiers", "workstreams")),
            pick(("instruments nommés", "instruments named")),
            pick(("ce que dit le communiqué", "what the release says (French)")),
        ],
        crate::scenario::AREAS
            .iter()
            .map(|a| {
                let ws: Vec<&str> = a.workstreams.iter().map(|w| w.label(lang)).collect();
                let ins: Vec<&str> = a.instruments.iter().map(|i| i.label(lang)).collect();
                vec![
                    a.label(lang).to_string(),
                    ws.join(", "),
                    if ins.is_empty() {
                        "—".to_string()
                    } else {
                        ins.join(", ")
                    },
                    a.named().to_string(),
                ]
            })
            .collect(),
    ));
    heading_and_text(
        &mut out,
        (
            "12. Quelles hypothèses comptent",
            "12. Which assumptions matter",
        ),
        (
        "Chaque paramètre incertain est placé, seul, au bas puis au haut de sa fourchette, tous les autres restant à leur valeur centrale ; le tableau donne la variation de chaque résultat principal de la Convention 2020 (en %), pour les paramètres qui comptent le plus (tous : relance-cli sensitivity).",
        "Each uncertain parameter is set, alone, to the low then the high end of its band, every other one central; the table gives the change of each main outcome of the 2020 convention (in %), for the parameters that matter most (all of them: relance-cli sensitivity).",
        ),
    );
    let rows = crate::sensitivity::table(model, &model.baseline().scenario);
    let pct = |x: f64| {
        let v = (x * 100.0).round();
        let sign = if v > 0.0 { "+" } else { "" };
        format!("{sign}{}", number(v, 0, lang))
    };
    let mut header = vec![pick(("paramètre (bas / haut)", "parameter (low / high)"))];
    header.extend(
        crate::sensitivity::HEADLINES
            .iter()
            .map(|o| format!("{} (%)", o.label(lang))),
    );
    let table = rows
        .iter()
        .take(SENSITIVITY_ROWS)
        .map(|r| {
            let label = crate::registry::label_of(r.id, lang);
            let mut row = vec![format!("{label} ({})", r.id)];
            row.extend(
                r.low
                    .iter()
                    .zip(&r.high)
                    .map(|(l, h)| format!("{} / {}", pct(*l), pct(*h))),
            );
            row
        })
        .collect();
    out.push(Block::Table(header, table));
    let count = |c: Confidence| reg.params.iter().filter(|p| p.confidence == c).count();
    let envelope_engineering = reg
        .get("envelope_engineering")
        .map(|p| crate::format::figure(p.value, lang))
        .unwrap_or_default();
    out.push(Block::Heading(pick((
        "13. Ce qui est sourcé, ce qui est supposé",
        "13. What is sourced, what is assumed",
    ))));
    out.push(Block::Paragraph(match lang {
        Lang::Fr => format!(
            "Le registre compte {} paramètres : {} de confiance élevée, {} moyenne, {} faible, et {} hypothèses sans source, chacune expliquée. Les montants des presets sont illustratifs : la convention de 2020 ne publie que l'enveloppe d'ingénierie de {} M€.",
            reg.params.len(), count(Confidence::High), count(Confidence::Medium), count(Confidence::Low), count(Confidence::Assumption),
            envelope_engineering
        ),
        Lang::En => format!(
            "The registry holds {} parameters: {} of high confidence, {} medium, {} low, and {} assumptions without a source, each explained. Preset amounts are illustrative: the 2020 convention publishes only the {} M€ engineering envelope.",
            reg.params.len(), count(Confidence::High), count(Confidence::Medium), count(Confidence::Low), count(Confidence::Assumption),
            envelope_engineering
        ),
    }));
    heading_and_text(
        &mut out,
        ("14. Viser un objectif", "14. Aiming for a target"),
        (
        "Le panneau « Viser un objectif » cherche, en partant de la répartition affichée, celle qui atteint des objectifs (au moins, au plus, le plus possible) avec le moins d'argent de la BdT, dans la plage de chaque levier, les enveloppes (ou un budget) et les chantiers laissés tels quels. Méthode : une recherche pas à pas qui ajoute à chaque étape le pas d'argent (un levier, ou plusieurs instruments d'un même chantier ensemble) qui comble le plus des écarts restants par euro, d'abord par grands pas puis par pas d'un cran ; des échanges entre leviers d'un même instrument corrigent les premiers choix ; l'argent inutile est ensuite repris ; plusieurs départs (tout au minimum, la répartition affichée, chaque preset) et le meilleur est gardé. Les objectifs portent sur les médianes affichées : la recherche sur la projection centrale est reprise, objectif relevé de ce qui manque à la médiane, jusqu'à six fois. Limites : c'est un optimum local (une bonne répartition, pas forcément la meilleure) ; une médiane atteinte, c'est environ une chance sur deux ; « le moins d'argent » additionne à leur montant des prêts remboursés, des fonds propres revendus et des crédits d'ingénierie donnés, des euros qui ne se valent pas, et le panneau montre à côté ce qu'il en coûte à la Métropole ; quand l'argent ne trouve plus de projets prêts, un levier n'achète plus rien avant la fin de sa plage ; un objectif hors d'atteinte est signalé avec ce qui bloque. Les presets « priorité » sont des choix lisibles, gelés par le format des liens, pas l'optimum de leur indice : relance-cli presets --solve donne, pour chacun, la répartition que le solveur trouve avec les mêmes montants par instrument que la Convention 2020, et son indice.",
        "The « Viser un objectif » panel looks, from the split shown, for one that meets targets (at least, at most, as much as possible) with the least BdT money, within each lever's range, the envelopes (or a budget) and the workstreams left as they are. Method: a step-by-step search that adds at each step the step of money (one lever, or several instruments of one workstream together) that closes the most of the remaining shortfalls per euro, first in large steps then one notch at a time; exchanges between levers of one instrument repair the first choices; money that buys nothing is then taken back; several starts (everything at its minimum, the split shown, each preset), the best kept. Targets apply to the medians shown: the search on the central projection is run again, each target raised by what its median lacks, up to six times. Limits: it is a local optimum (a good split, not necessarily the best); a median met is about even odds; \"least money\" adds up at face value loans repaid, equity resold and engineering credits granted, euros that are not alike, and the panel shows beside it what it costs the metropolis; when the money finds no more ready projects, a lever buys nothing before the end of its range; a target out of reach is reported with what stops it. The priority presets are readable choices, frozen by the link format, not their index's optimum: relance-cli presets --solve gives, for each, the split the solver finds with the convention's amounts per instrument, and its index.",
        ),
    );
    heading_and_text(
        &mut out,
        ("15. Et pour ma commune\u{202f}?", "15. What about my commune?"),
        (
        "Le plan ne répartit pas l'argent par commune : la répartition par commune est une illustration. Les résultats nets de chaque chantier, pour toute la métropole, sont répartis entre les 92 communes par une clé qui convient au chantier : une moyenne pondérée des parts de chaque commune dans la population, les habitants des quartiers prioritaires, les logements sociaux, la CVAE perçue, la superficie ou la population des communes que dessert un projet de transport nommé (fichier data/communes.csv, produit par scripts/communes.py à partir des paquets @etalab/decoupage-administratif et dotations-locales-back). Les poids sont des paramètres comme les autres, avec leur source, leur qualité et leur raison, modifiables. Seuls les résultats sont répartis, pas l'argent : l'investissement et le cofinancement de la Métropole sont portés par tout le budget métropolitain. Les chiffres sont ceux de la projection centrale. La somme des communes est exactement le total de la métropole ; les six conseils de territoire sont la somme de leurs communes (relance-cli communes).",
        "The plan does not allocate money by commune: the split by commune is an illustration. Each workstream's net results for the whole metropolis are spread over the 92 communes by a key that fits the workstream: a weighted mean of each commune's shares of population, residents of priority neighbourhoods, social dwellings, CVAE collected, land area or the population of the communes a named transport project serves (file data/communes.csv, produced by scripts/communes.py from the @etalab/decoupage-administratif and dotations-locales-back packages). The weights are parameters like the others, with their source, quality and reason, and can be edited. Only results are spread, not money: the investment and the metropolis' co-financing are carried by the whole metropolitan budget. The figures are the central projection's. The communes add up exactly to the metropolis' total; the six conseils de territoire are the sums of their communes (relance-cli communes).",
        ),
    );
    out.push(Block::Equation(pick((
        "résultat[c] = Σw résultat[w] × Σk poids[w][k] × colonne[k][c] / Σc' colonne[k][c']   (poids[w] normalisés)",
        "result[c] = Σw result[w] × Σk weight[w][k] × column[k][c] / Σc' column[k][c']   (weight[w] normalised)",
    ))));
    out.push(Block::Params(vec!["commune_key_".to_string()]));
    out
}

/// Ids of the registry entries matched by a [`Block::Params`] prefix list, in registry order.
pub fn params_for<'a>(reg: &'a Registry, prefixes: &[String]) -> Vec<&'a crate::registry::Param> {
    reg.params
        .iter()
        .filter(|p| prefixes.iter().any(|pre| p.id.starts_with(pre.as_str())))
        .collect()
}

/// The methodology as Markdown.
pub fn markdown(model: &Model, lang: Lang) -> String {
    let reg = &model.registry;
    let mut s = String::new();
    let head = match lang {
        Lang::Fr => {
            "| paramètre | valeur | fourchette | source | confiance |\n|---|---|---|---|---|\n"
        }
        Lang::En => "| parameter | value | range | source | confidence |\n|---|---|---|---|---|\n",
    };
    for b in methodology(model, lang) {
        match b {
            Block::Heading(h) => s.push_str(&format!("## {h}\n\n")),
            Block::Paragraph(p) => s.push_str(&format!("{p}\n\n")),
            Block::Equation(e) => s.push_str(&format!("    {e}\n\n")),
            Block::Table(header, rows) => {
                s.push_str(&format!("| {} |\n", header.join(" | ")));
                s.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                for r in rows {
                    s.push_str(&format!("| {} |\n", r.join(" | ")));
                }
                s.push('\n');
            }
            Block::Params(pre) => {
                s.push_str(head);
                for p in params_for(reg, &pre) {
                    let sym = p.unit.symbol(lang);
                    let src = match crate::registry::text_of(p.id) {
                        Some(t) => match t.url {
                            Some(u) => format!("[{}]({u})", t.source),
                            None => t.source.to_string(),
                        },
                        None => String::new(),
                    };
                    s.push_str(&format!(
                        "| {} (`{}`) | {} | {} – {} | {} | {} |\n",
                        crate::registry::label_of(p.id, lang),
                        p.id,
                        with_unit(p.value, sym, lang),
                        number(p.low, 2, lang),
                        number(p.high, 2, lang),
                        src,
                        p.confidence.label(lang)
                    ));
                }
                s.push('\n');
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_appears_in_the_methodology() {
        let m = Model::embedded().unwrap();
        let reg = &m.registry;
        for lang in [Lang::Fr, Lang::En] {
            let blocks = methodology(&m, lang);
            let mut shown = std::collections::BTreeSet::new();
            for b in &blocks {
                if let Block::Params(pre) = b {
                    shown.extend(params_for(reg, pre).iter().map(|p| p.id));
                }
            }
            for p in &reg.params {
                assert!(
                    shown.contains(&p.id),
                    "{} is not in the {lang:?} methodology",
                    p.id
                );
            }
            let md = markdown(&m, lang);
            assert!(md.contains("PCG32"));
            assert!(md.contains("deadweight_loans"), "the sensitivity table");
            assert!(blocks.iter().any(|b| matches!(b, Block::Table(h, r) if r.len() == SENSITIVITY_ROWS && r.iter().all(|row| row.len() == h.len()))));
            assert!(
                blocks
                    .iter()
                    .any(|b| matches!(b, Block::Table(_, r) if r.len() == 8)),
                "the areas"
            );
        }
    }
}
