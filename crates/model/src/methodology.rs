//! The methodology, generated from the engine's equations and the registry, in French and
//! English, as blocks the app renders and the CLI prints as Markdown.

use crate::domain::Lang;
use crate::format::{number, with_unit};
use crate::model::Model;
use crate::registry::{Confidence, Registry};
use serde::{Deserialize, Serialize};

/// One block of the methodology.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
        title: ("1. Ce que finance chaque instrument : des objets, des parts", "1. What each instrument finances: purposes and slices"),
        text: (
            "Les projets prêts de chaque chantier sont répartis par objet (rénovation des logements, logements sociaux neufs, bâtiments publics, locaux commerciaux de centre-ville, lignes de tram et de BHNS, bornes et stations hydrogène, locaux d'entreprises, terres, équipements alimentaires…), chacun avec son vivier B_p. Chaque objet a sa structure de financement : la part φL_p du coût qu'un prêt BdT peut couvrir, la participation minoritaire φQ_p que la BdT peut prendre (0 là où l'on ne finance pas ainsi : tram, BHNS, écoles, bâtiments publics, logement social), le reste venant des autres financeurs (Métropole, État, Région, UE, banques). Les prêts d'un chantier vont à ses objets ouverts aux prêts, ses fonds propres à ses objets ouverts aux participations, en proportion de la place qu'ils offrent (φ × B) : chaque objet atteint la même fraction de son vivier. Un prêt finance la part de dette de L_p / φL_p de projets, une participation la part de fonds propres de Q_p / φQ_p. Les parts d'un objet ne peuvent dépasser 100 % du coût, dans aucun tirage : la construction du programme et la saisie d'une hypothèse le vérifient.",
            "Each workstream's ready projects are split by purpose (home renovation, new social homes, public buildings, town-centre shops, tram and BRT lines, charging and hydrogen stations, firms' premises, land, food facilities…), each with its pipeline B_p. Each purpose has its financing structure: the share φL_p of cost a BdT loan may cover, the minority stake φQ_p BdT may take (0 where projects are not financed that way: tram, BRT, schools, public buildings, social housing), the rest from other funders (metropolis, State, Region, EU, banks). A workstream's loans go to its purposes open to loans, its equity to those open to stakes, in proportion to the room they offer (φ × B): each purpose reaches the same fraction of its pipeline. A loan finances the debt slice of L_p / φL_p of projects, a stake the equity slice of Q_p / φQ_p. A purpose's shares can never exceed 100 % of cost in any draw: the build and every edit of an assumption check it.",
        ),
        equations: &[
            ("L_p = a[w][L] × φL_p B_p / Σ_q φL_q B_q ;  X_L,p = L_p / φL_p", "L_p = a[w][L] × φL_p B_p / Σ_q φL_q B_q;  X_L,p = L_p / φL_p"),
            ("Q_p = a[w][Q] × φQ_p B_p / Σ_q φQ_q B_q ;  X_Q,p = Q_p / φQ_p", "Q_p = a[w][Q] × φQ_p B_p / Σ_q φQ_q B_q;  X_Q,p = Q_p / φQ_p"),
        ],
        params: &["loan_share", "equity_stake", "pipeline_base"],
    },
    Section {
        title: ("2. Saturation : les projets prêts d'abord", "2. Saturation: ready projects first"),
        text: (
            "L'argent de la BdT va d'abord aux projets prêts dès maintenant : chaque instrument finance un minimum « doux » entre ce qu'il atteint et le vivier de l'objet (perte inférieure à 1 % tant qu'il atteint moins du tiers du vivier, avec k = 4). Sans projet, pas d'effet : l'argent en trop n'est pas déployé, et la ligne « +1 M€ » le dit.",
            "BdT money goes first to the projects ready now: each instrument finances a soft minimum of what it reaches and the purpose's pipeline (under 1 % lost while it reaches less than a third of the pipeline, with k = 4). No project, no effect: money beyond the projects is not deployed, and the « +1 M€ » line says so.",
        ),
        equations: &[
            ("X_L,p = minDoux(L_p / φL_p, B_p) ;  X_Q,p = minDoux(Q_p / φQ_p, B_p) ;  minDoux(F, B) = F / (1 + (F/B)^k)^(1/k)", "X_L,p = softMin(L_p / φL_p, B_p);  X_Q,p = softMin(Q_p / φQ_p, B_p);  softMin(F, B) = F / (1 + (F/B)^k)^(1/k)"),
        ],
        params: &["sharpness"],
    },
    Section {
        title: ("3. Ce que cause la BdT : un projet, un compte", "3. What BdT causes: one project, one count"),
        text: (
            "Un projet compte comme causé par la BdT s'il n'aurait pas eu lieu sans sa ou ses parts. Les participations vont d'abord aux projets qui ont aussi un prêt BdT : X_both = min(X_L, X_Q) ; les autres n'ont qu'une part BdT. Un projet avec un prêt BdT seul se serait fait quand même avec la probabilité δL_p (une métropole notée A+ trouve d'autres prêteurs : SFIL, banques, BEI, CEB ; la Cour des comptes n'a trouvé que 28 % de cofinancements réellement nouveaux dans Marseille en Grand), avec une participation seule δQ_p (une participation décide plus souvent d'un projet), avec les deux δL_p × δQ_p (il fallait remplacer les deux parts). Le net croît avec chaque instrument tant que δ < 1 (dérivées δQ(1 − δL) ou 1 − δL, et δL(1 − δQ) ou 1 − δQ) : aucun levier n'est inerte avant saturation ; il compte un projet une fois ; prêts et fonds propres ensemble donnent entre le plus grand des deux seuls et leur somme. Le net d'un objet est partagé entre prêts et fonds propres par leur valeur de Shapley (l'apport moyen de chacun selon l'ordre d'arrivée) : les parts s'additionnent au net. Les rénovations que la loi imposerait de toute façon restent dans le monde sans BdT : logements (loi Climat et Résilience : G indécents en 2025, F en 2028, E en 2034) et bâtiments publics (décret tertiaire : −40 % d'énergie en 2030).",
            "A project counts as caused by BdT if it would not have happened without its slice(s). Stakes go first to projects that also have a BdT loan: X_both = min(X_L, X_Q); the rest have one BdT slice only. A project with a BdT loan only would have happened anyway with probability δL_p (an A+-rated metropolis finds other lenders: SFIL, banks, EIB, CEB; the Cour des comptes found only 28 % of Marseille en Grand's co-financing genuinely new), with a stake only δQ_p (a stake more often decides a project), with both δL_p × δQ_p (both slices had to be replaced). Net investment rises with each instrument while δ < 1 (derivatives δQ(1 − δL) or 1 − δL, and δL(1 − δQ) or 1 − δQ): no lever is inert before saturation; it counts a project once; loans and equity together give between the larger of the two alone and their sum. A purpose's net is split between loans and equity by their Shapley values (each one's average contribution over the order of arrival): the parts add up to the net. Renovations the law would force anyway stay in the world without BdT: homes (loi Climat et Résilience: G-rated rentals barred in 2025, F in 2028, E in 2034) and public buildings (décret tertiaire: −40 % of energy by 2030).",
        ),
        equations: &[
            ("net_p = X_both (1 − δL δQ) + (X_L − X_both)(1 − δL) + (X_Q − X_both)(1 − δQ) ;  brut_p = max(X_L, X_Q)", "net_p = X_both (1 − δL δQ) + (X_L − X_both)(1 − δL) + (X_Q − X_both)(1 − δQ);  gross_p = max(X_L, X_Q)"),
            ("part des prêts = ½ [X_L (1 − δL) + net_p − X_Q (1 − δQ)] ;  part des fonds propres = net_p − part des prêts", "loans' part = ½ [X_L (1 − δL) + net_p − X_Q (1 − δQ)];  equity's part = net_p − loans' part"),
            ("rénovation des logements et des bâtiments publics : net × (1 − partImposée)", "renovation of homes and public buildings: net × (1 − forcedShare)"),
        ],
        params: &["deadweight_loans", "deadweight_equity", "renovation_forced", "tertiary_forced"],
    },
    Section {
        title: ("4. L'ingénierie prépare des projets, réalisés là où le financement existe", "4. Engineering prepares projects, realised where financing exists"),
        text: (
            "Les crédits d'ingénierie cofinancent des études. Une étude coûte a[w][E] / σE (la BdT n'en paie qu'une part). Chaque euro d'étude prépare κ euros de projets, dont une part ρ se réalise, prêts λE ans plus tard, répartis entre les objets du chantier selon leurs viviers. Ces projets ne se financent pas seuls : la place que les projets prêts laissent aux prêts et fonds propres de la BdT les finance d'abord, les autres financeurs (État, Région, UE, Métropole, banques) ensuite, dans la limite de leur capacité, une hypothèse affichée comme limite. Une étude cofinancée aurait parfois été faite de toute façon : δE. L'ingénierie seule produit donc des résultats là où les autres financeurs ont de la place. Son rendement net par euro découle de la chaîne σE, κ, ρ, δE ; il est comparé plus bas au chiffre de la SCET (« 1 euro d'ingénierie sécurise 117 euros d'investissement », brut, d'une filiale de la Caisse des Dépôts, source intéressée).",
            "Engineering credits co-finance studies. A study costs a[w][E] / σE (BdT pays only a share). Each euro of study prepares κ euros of projects, of which a share ρ goes ahead, ready λE years later, spread over the workstream's purposes by their pipelines. These projects do not finance themselves: the room ready projects leave to BdT's loans and equity finances them first, the other funders (State, Region, EU, metropolis, banks) next, within their capacity, an assumption shown as a limit. A co-financed study would sometimes have been done anyway: δE. Engineering alone thus yields results where the other funders have room. Its net return per euro follows from the chain σE, κ, ρ, δE; it is compared below with SCET's figure (\"one euro of engineering secures 117 euros of investment\", gross, from a subsidiary of the Caisse des Dépôts, an interested source).",
        ),
        equations: &[
            ("PE[w] = a[w][E] / σE × κ × ρ ;  PE_p = PE[w] × B_p / Σ_q B_q", "PE[w] = a[w][E] / σE × κ × ρ;  PE_p = PE[w] × B_p / Σ_q B_q"),
            ("S_L = minDoux(L_p/φL_p − X_L, PE_p) ; S_Q = minDoux(Q_p/φQ_p − X_Q, PE_p) ; S_B = max(S_L, S_Q) ; S_O = minDoux(PE_p − S_B, O_p)", "S_L = softMin(L_p/φL_p − X_L, PE_p); S_Q = softMin(Q_p/φQ_p − X_Q, PE_p); S_B = max(S_L, S_Q); S_O = softMin(PE_p − S_B, O_p)"),
            ("net des études_p = (1 − δE) × (S_B + S_O)", "study net_p = (1 − δE) × (S_B + S_O)"),
        ],
        params: &["eng_", "deadweight_engineering", "other_funders"],
    },
    Section {
        title: ("5. Calendrier", "5. Timing"),
        text: (
            "Les projets prêts sont dépensés selon le profil de décaissement d(t) (ramené à une somme de 1), les projets nés des études λE ans plus tard : des études en plus ne retardent pas les projets déjà prêts. L'argent d'urgence aux secteurs durement touchés suit son propre profil, concentré en 2021-2022 : une aide d'urgence versée en 2025 ne sauve pas un emploi de 2020. Un actif est achevé τ[w] ans après la dépense : les effets durables (emplois permanents, CO2, logements, kilomètres) commencent alors, et le CO2 évité cesse quand l'actif atteint sa durée de vie.",
            "Ready projects are spent along the disbursement profile d(t) (scaled to sum to 1), study-born projects λE years later: more studies never delay the projects already ready. Emergency money to hard-hit sectors follows its own profile, concentrated in 2021-2022: emergency support paid in 2025 does not save a 2020 job. An asset is complete τ[w] years after spending: lasting effects (permanent jobs, CO2, homes, kilometres) start then, and the CO2 avoided stops when the asset reaches its lifetime.",
        ),
        equations: &[
            ("Idépensé_p(t) = brut_p × d(t) + (S_B + S_O) × d(t − λE)", "Ispent_p(t) = gross_p × d(t) + (S_B + S_O) × d(t − λE)"),
            ("Iachevé_p(t) = Σ_{s ≤ t − τ[w]} Idépensé_p(s) ;  en service_p(t) = Iachevé_p(t) − Iachevé_p(t − durée_p)", "Idone_p(t) = Σ_{s ≤ t − τ[w]} Ispent_p(s);  in service_p(t) = Idone_p(t) − Idone_p(t − life_p)"),
        ],
        params: &["disbursement", "build_time", "asset_lifetime"],
    },
    Section {
        title: ("6. Des investissements aux résultats, chacun pour ce qu'il décrit", "6. From investment to outcomes, each for what it describes"),
        text: (
            "Chaque intensité du registre ne s'applique qu'à l'objet qu'elle décrit. Le CO2 de la rénovation (calculé sur le mix de chauffage de la métropole, où l'électricité chauffe 44 % des logements) ne vaut que pour la rénovation des logements ; les bâtiments publics ont le leur, les logements sociaux neufs un gain faible, les locaux commerciaux de centre-ville des emplois et pas de logements. Le CO2 par km de tram ne vaut que pour les lignes, pas pour les bornes ou stations hydrogène, et diminue à mesure que le parc automobile s'électrifie ; les voyages gagnés sont ceux qui n'existaient pas en transport collectif (environ la moitié de la fréquentation d'un tram). Un ratio d'emplois qui inclut déjà les emplois indirects n'est pas multiplié par (1 + m). L'argent des secteurs durement touchés maintient des entreprises en vie : il compte en emplois sauvegardés, pas en emplois de chantier, et ces emplois s'érodent chaque année (la reprise en aurait retrouvé, d'autres entreprises ont fermé plus tard : la Banque de France voit les défaillances évitées rattrapées en trois ans environ) ; le résultat se lit en 2026, à la fin du programme. Les prêts ne financent que l'investissement (règle d'or, CGCT art. L1612-4) : les personnes accompagnées le sont dans des lieux équipés, comptés une fois construits.",
            "Each registry intensity applies only to the purpose it describes. Renovation's CO2 (computed on the metropolis' heating mix, where electricity heats 44 % of homes) applies to home renovation only; public buildings have their own, new social homes a small gain, town-centre shops jobs and no homes. The tram's CO2 per km applies to lines only, not to charging points or hydrogen stations, and shrinks as the car fleet electrifies; trips gained are those that did not exist by public transport (about half of a tram's ridership). A jobs figure that already includes indirect jobs is not multiplied by (1 + m). Money for hard-hit sectors keeps firms alive: it counts as jobs safeguarded, not construction jobs, and those jobs erode every year (the recovery would have brought some back, other firms failed later: the Banque de France sees the failures avoided caught up within about three years); the figure is read in 2026, at the programme's end. Loans finance investment only (golden rule, CGCT art. L1612-4): people are reached in equipped places, counted once built.",
        ),
        equations: &[
            ("emplois de chantier (t) = Σ_p Idépensé_p(t) × j[w] × (1 + m × (1 − indirects[w]))  (hors secteurs touchés)", "construction jobs (t) = Σ_p Ispent_p(t) × j[w] × (1 + m × (1 − indirect[w]))  (hard-hit aside)"),
            ("emplois durables (t) = Σ_p Iachevé_p(t) × emplois_p", "lasting jobs (t) = Σ_p Idone_p(t) × jobs_p"),
            ("emplois sauvegardés (t) = emplois sauvegardés (t − 1) × (1 − érosion) + Idépensé_touchés(t) × s", "jobs safeguarded (t) = jobs safeguarded (t − 1) × (1 − decay) + Ispent_hard_hit(t) × s"),
            ("tCO2 (t) = Σ_p en service_p(t) × c_p × (1 − partVE(t) pour les lignes)", "tCO2 (t) = Σ_p in service_p(t) × c_p × (1 − evShare(t) for lines)"),
            ("logements rénovés = Iachevé_rénovation / coûtRénov ; logements neufs = Iachevé_logements sociaux / coûtNeuf", "homes renovated = Idone_renovation / renovCost; new homes = Idone_social homes / newCost"),
            ("km de ligne = Iachevé_lignes / coûtKm ; voyages = km × voyagesParKm", "km of line = Idone_lines / costPerKm; trips = km × tripsPerKm"),
            ("hectares = Iachevé_terres / coûtHa ; part locale = base + Iachevé_alimentation × ventesParEuro / marché × 100 ; personnes = Iachevé_inclusion / investissementParPersonne", "hectares = Idone_land / costPerHa; local share = base + Idone_food × salesPerEuro / market × 100; people = Idone_inclusion / investmentPerPerson"),
        ],
        params: &[
            "jobs_", "induced_jobs", "co2_", "ev_share", "home", "transit_", "land_cost", "food_", "inclusion_",
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
            "Les prêts déployés sont décaissés au rythme des dépenses des projets qu'ils financent. Chaque tranche est remboursée par annuités à taux variable, à partir de l'année suivante, sur la durée n : chaque année, l'intérêt est l'encours multiplié par le taux du Livret A de l'année plus la marge, et l'annuité est recalculée sur la durée restante. Après 2026, le taux suit l'hypothèse de trajectoire. Les intérêts totaux couvrent toute la vie des prêts, au-delà de 2040. Une part f des participations est perdue (défaillances, sorties manquées), les autres croissent au rendement g et sont cédées après H ans : la valeur suivie est l'espérance. Les crédits d'ingénierie sont des subventions : aucun retour. L'effet de levier rapporte l'investissement réalisé à l'argent de la BdT alloué, brut.",
            "Deployed loans are disbursed as the projects they finance spend. Each tranche is repaid by variable-rate annuities from the following year over the maturity n: each year the interest is the outstanding capital times that year's Livret A rate plus the margin, and the annuity is recomputed over the remaining term. After 2026 the rate follows the assumed path. Total interest covers the whole life of the loans, beyond 2040. A share f of stakes is lost (defaults, failed exits), the others grow at the return g and are sold after H years: the value tracked is the expectation. Engineering credits are grants: no return. Leverage relates realised investment to BdT money allocated, gross.",
        ),
        equations: &[
            ("intérêt (t) = K(t) × (LivretA(t) + marge)", "interest (t) = K(t) × (LivretA(t) + margin)"),
            ("annuité (t) = K(t) × r / (1 − (1 + r)^−(n − âge))", "payment (t) = K(t) × r / (1 − (1 + r)^−(n − age))"),
            ("V(t) = Σ_v Q(v) × q^(t − v)  pour t − v < H, avec q^H = (1 − f)(1 + g)^H", "V(t) = Σ_v Q(v) × q^(t − v)  for t − v < H, with q^H = (1 − f)(1 + g)^H"),
            ("effet de levier = Σw I[w] / Σ a  (prêts remboursés, fonds propres revendus, crédits d'ingénierie donnés : des euros qui ne se valent pas)", "leverage = Σw I[w] / Σ a  (loans repaid, equity resold, engineering granted: euros that are not alike)"),
        ],
        params: &["loan_margin", "loan_maturity", "livret_a", "equity_return", "equity_holding", "envelope_", "mobility_target"],
    },
    Section {
        title: ("9. Ce que l'argent coûte vraiment : l'équivalent-subvention", "9. What the money really costs: the grant-equivalent"),
        text: (
            "Un euro prêté est remboursé, un euro investi en fonds propres est revendu : ils ne coûtent pas un euro. Comme un évaluateur (Cour des comptes, France Stratégie), le modèle compte l'équivalent-subvention de chaque instrument, en M€ de 2020 : les flux sont corrigés de l'inflation puis actualisés au taux public (France Stratégie, 2021 : 1,2 % réel sans risque plus 2 % × β ; les intérêts des prêts, sans risque de marché, à 1,2 %, les fonds propres et les tonnes à 3,2 %). Prêts : sur toute leur vie, l'écart d'intérêt entre un emprunt de marché pris l'année du prêt à taux fixe (le taux moyen des nouveaux emprunts des collectivités) et le prêt BdT au Livret A plus la marge, appliqué à l'encours, plus la perte attendue. Il peut être négatif : un prêt de 2021 à Livret A + 0,6 a payé environ 2,2 % sur la trajectoire qui a suivi, quand le marché prêtait à 0,6 % fixe ; c'est un transfert de l'emprunteur vers les épargnants du Livret A, pas une économie pour le public, et il dépend surtout du Livret A supposé après 2026. Le prêt BdT, variable sur 40 ans, est comparé à un emprunt de marché fixe d'une vingtaine d'années : la prime de terme est comptée dans l'écart. Fonds propres : l'euro investi moins la valeur actuelle de ce qu'il doit rapporter en espérance (pertes et sorties manquées comprises), c'est-à-dire les pertes attendues et le coût d'opportunité face au rendement qu'exige l'argent public. Crédits d'ingénierie : leur montant. La marge et la trajectoire du Livret A changent donc ce coût. Le coût d'abattement rapporte l'équivalent-subvention de l'argent dont l'objet est le climat (rénovation énergétique des logements et des bâtiments publics, lignes de tram et BHNS, bornes et stations) aux tonnes de CO2 nettes que ces actifs évitent sur toute leur durée de vie, actualisées au même taux ; c'est le coût pour la BdT par tonne. Le coût public par tonne y ajoute le cofinancement de la Métropole pour ces projets (les subventions de l'État, de la Région et de l'UE ne sont pas connues ni comptées) ; tous deux se lisent à côté de la valeur de l'action pour le climat (rapport Quinet 2019) pondérée de la même façon, mais ne sont pas des coûts d'abattement socio-économiques complets : tout l'argent est imputé au CO2, sans déduire les autres bénéfices (factures d'énergie, voyages, logements). L'argent d'autres objets ne les change pas. La tuile CO2 garde son chiffre annuel ; les tonnes sur la durée de vie n'apparaissent que dans ce coût.",
            "A euro lent is repaid, a euro of equity is resold: neither costs a euro. As an evaluator would (Cour des comptes, France Stratégie), the model counts each instrument's grant-equivalent, in M€ of 2020: flows are deflated, then discounted at the public rate (France Stratégie, 2021: 1.2 % real risk-free plus 2 % × β; the loans' interest, with no market risk, at 1.2 %, equity and tonnes at 3.2 %). Loans: over their whole life, the interest gap between a market loan taken the year of lending at a fixed rate (the average rate of new local-authority borrowing) and the BdT loan at Livret A plus the margin, applied to the outstanding capital, plus the expected loss. It can be negative: a 2021 loan at Livret A + 0.6 paid about 2.2 % on the path that followed, when the market lent at 0.6 % fixed; that is a transfer from the borrower to Livret A savers, not a saving for the public, and it depends above all on the Livret A assumed after 2026. The BdT loan, variable over 40 years, is compared with a fixed market loan of about twenty years: the term premium is counted in the gap. Equity: the euro invested less the present value of what it is expected to bring back (losses and failed exits included), that is expected losses and the opportunity cost against the return public money requires. Engineering credits: their amount. The margin and the Livret A path thus change this cost. The abatement cost divides the grant-equivalent of the money whose purpose is climate (energy renovation of homes and public buildings, tram and BRT lines, charging and hydrogen stations) by the net tonnes of CO2 these assets avoid over their lifetimes, discounted at the same rate; that is BdT's cost per tonne. The public cost per tonne adds the metropolis' co-financing of these projects (the State's, Region's and EU's grants are not known or counted); both read beside the carbon value (Quinet 2019) weighted the same way, but neither is a full socio-economic abatement cost: all the money is charged to CO2, with no other benefit (energy bills, trips, homes) taken off. Money for other purposes does not move them. The CO2 tile keeps its yearly figure; lifetime tonnes appear only inside this cost.",
        ),
        equations: &[
            ("ÉS_prêts = Σ_v L(v) Σ_y K_v(y) (r_marché(v) − LivretA(y) − marge + perte) D_sr(y) ;  D(y) = ((1 + r)(1 + π))^−(y − 2020), D_sr au taux sans risque", "GE_loans = Σ_v L(v) Σ_y K_v(y) (r_market(v) − LivretA(y) − margin + loss) D_rf(y);  D(y) = ((1 + r)(1 + π))^−(y − 2020), D_rf at the risk-free rate"),
            ("ÉS_fonds propres = Σ_v Q(v) [D(v) − (1 − f)(1 + g)^H D(v + H)] ;  ÉS_ingénierie = Σ_t E(t) D(t)", "GE_equity = Σ_v Q(v) [D(v) − (1 − f)(1 + g)^H D(v + H)];  GE_engineering = Σ_t E(t) D(t)"),
            ("coût pour la BdT par tonne = ÉS des objets climat / Σ_y tCO2 nettes évitées(y) (1 + r)^−(y − 2020), sur la durée de vie des actifs ; coût public = (ÉS + cofinancement Métropole actualisé) / mêmes tonnes", "BdT's cost per tonne = GE of the climate purposes / Σ_y net tCO2 avoided(y) (1 + r)^−(y − 2020), over the assets' lifetimes; public cost = (GE + the metropolis' co-financing, discounted) / the same tonnes"),
        ],
        params: &["discount_rate", "inflation", "alt_rate", "loan_loss", "equity_failure", "carbon_value"],
    },
    Section {
        title: ("10. Ce que cela coûte à la Métropole et aux habitants", "10. What it costs the metropolis and its residents"),
        text: (
            "Les prêts BdT sont empruntés par la Métropole, les communes, les bailleurs sociaux, des entreprises publiques ou privées : seule la part qu'emprunte la Métropole pèse sur son budget, et son service de la dette se compare à son encours (2,8 à 2,9 Md€) et à son investissement annuel dans les transports. La Métropole porte une part m[w] du coût de chaque projet, quel que soit le prêteur : ce qu'elle emprunte à la BdT en fait partie, le reste elle doit le trouver ; seuls comptent les projets que l'argent ajoute (ceux qui auraient eu lieu de toute façon, elle les aurait cofinancés aussi). Ces deux charges sont rapportées aux 1 944 405 habitants. Le cofinancement de la Métropole s'ajoute à l'équivalent-subvention de la BdT : c'est de l'argent public aussi, montré à côté.",
            "BdT loans are borrowed by the metropolis, communes, social landlords, public or private companies: only the part the metropolis borrows weighs on its budget, and its debt service is compared with its debt (2.8 to 2.9 bn€) and its yearly transport investment. The metropolis carries a share m[w] of each project's cost whoever lends: what it borrows from BdT is part of it, the rest it must find; only the projects the money adds count (it would have co-financed those that happen anyway). Both burdens are divided by the 1 944 405 inhabitants. The metropolis' co-financing comes on top of BdT's grant-equivalent: it is public money too, shown beside it.",
        ),
        equations: &[
            ("service de la dette Métropole (t) = service de la dette des prêts Σw L[w] × emprunteurMétropole[w]", "metropolis debt service (t) = debt service of the loans Σw L[w] × borrowerMetro[w]"),
            ("cofinancement Métropole (t) = Σ_p max(0, m[w] × Idépensé_p(t) − prêts BdT empruntés par la Métropole(t)), net de ce qui aurait eu lieu", "metropolis co-financing (t) = Σ_p max(0, m[w] × Ispent_p(t) − BdT loans the metropolis borrows(t)), net of what would have happened"),
        ],
        params: &["borrower_metro", "cofinance_metro", "population", "metro_"],
    },
    Section {
        title: ("11. Incertitude : un chiffre, sa bande, ce qu'elle partage", "11. Uncertainty: one figure, its band, what the band shares"),
        text: (
            "Chaque paramètre dont la fourchette n'est pas réduite à un point est tiré d'une loi dont la médiane est sa valeur du registre : une loi triangulaire en deux morceaux, la moitié des tirages entre le bas et la valeur, l'autre moitié entre la valeur et le haut (la moitié des tirages exactement sur la valeur quand elle est une borne). Les coûts unitaires, les intensités par million et les multiplicateurs sont tirés sur une échelle logarithmique, où « de la moitié au double » est aussi probable en dessous qu'au-dessus ; les parts, taux, durées et montants en M€ sur une échelle linéaire, ainsi qu'une intensité dont le bas est zéro (ce qu'évitent des locaux d'entreprise, des bornes, des logements neufs), une échelle logarithmique ne pouvant atteindre zéro. Une inconnue que partagent plusieurs paramètres (ce que les prêts auraient financé de toute façon, les projets prêts, le coût des travaux, ce que la loi impose de toute façon, des ratios nationaux de même nature) est un facteur commun : tirée une fois pour tous à chaque tirage, mêlée à une part propre à chaque paramètre (facteur_specific ci-dessous) ; tirée indépendamment, elle s'annulerait d'un chantier à l'autre et les bandes seraient trop étroites. Le chiffre affiché partout est la projection centrale (chaque paramètre à sa valeur), avec la bande P10-P90 des tirages (80 % des tirages). La bande d'un écart avec la Convention 2020 vient de tirages appariés, les mêmes pour les deux scénarios : une hypothèse qui pèse autant sur l'un que sur l'autre s'annule, une hypothèse qui porte sur l'argent déplacé (le coût des travaux, ce qui se serait fait de toute façon) élargit la bande. Elle dit si l'écart garde son sens quand les hypothèses varient ; elle ne dit ni la précision du niveau de chaque scénario, ni les erreurs de forme du modèle, qu'aucun tirage ne représente. La même graine donne les mêmes nombres sur toute machine et tout navigateur : le moteur n'utilise que des opérations arrondies exactement (addition, multiplication, division, racine carrée) et des puissances entières, et les tirages logarithmiques une même bibliothèque mathématique (libm) partout. Les durées sont arrondies à l'année. Un paramètre modifié hors de sa fourchette élargit celle-ci pour l'inclure.",
            "Every parameter whose range is not a single point is drawn from a distribution whose median is its registry value: a two-piece triangular distribution, half the draws between the low end and the value, half between the value and the high end (half the draws exactly on the value where it is a bound). Unit costs, intensities per million and multipliers are drawn on a log scale, where \"from half to double\" is as likely below as above; shares, rates, durations and amounts in M€ on a linear scale, and so is an intensity whose low end is zero (what firms' premises, stations or new homes avoid), as a log scale cannot reach zero. An unknown shared by several parameters (what the loans would have financed anyway, the ready projects, the cost of works, what the law forces anyway, national ratios of one kind) is a common factor: drawn once for all of them at each draw, blended with a share of each parameter's own noise (factor_specific below); drawn independently, it would cancel out from one workstream to the next and the bands would be too narrow. The figure shown everywhere is the central projection (every parameter at its value), with the P10-P90 band of the draws (80 % of the draws). The band of a difference with the 2020 convention comes from paired draws, the same for both scenarios: an assumption that weighs as much on one as on the other cancels, an assumption about the money moved (the cost of works, what would have been done anyway) widens the band. It says whether the difference keeps its sign as the assumptions vary; it says neither how precise each scenario's level is nor the errors of the model's form, which no draw represents. The same seed gives the same numbers on any machine and browser: the engine uses only exactly rounded operations (addition, multiplication, division, square root) and whole powers, and the log-scale draws one mathematical library (libm) everywhere. Durations are rounded to whole years. A parameter edited outside its range widens the range to include it.",
        ),
        equations: &[
            ("x = bas + (valeur − bas) √(2u) si u < ½ ;  x = haut − (haut − valeur) √(2(1 − u)) sinon", "x = low + (value − low) √(2u) if u < ½;  x = high − (high − value) √(2(1 − u)) otherwise"),
            ("u_p = F((1 − s) u_facteur + s u_propre)  (F : fonction de répartition de la somme, qui rend u_p uniforme) ; u tirés par un générateur PCG32 initialisé par une graine", "u_p = F((1 − s) u_factor + s u_own)  (F: the sum's distribution function, which makes u_p uniform); u drawn by a seeded PCG32 generator"),
        ],
        params: &["factor_specific"],
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
    gaps_table(lang, &mut out);
    instruments_section(model, lang, &mut out);
    heading_and_text(
        &mut out,
        (
            "13. Les huit domaines d'intervention de la BdT",
            "13. The eight BdT areas of intervention",
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
            "14. Quelles hypothèses comptent",
            "14. Which assumptions matter",
        ),
        (
        "Chaque paramètre incertain est placé, seul, au bas puis au haut de sa fourchette, tous les autres restant à leur valeur centrale, puis chaque facteur commun, tous ses paramètres ensemble (« ensemble : ») ; le tableau donne la variation de chaque résultat principal de la Convention 2020 (en %), pour ce qui compte le plus (tout : relance-cli sensitivity).",
        "Each uncertain parameter is set, alone, to the low then the high end of its band, every other one central, then each common factor, all its parameters together (\"together:\"); the table gives the change of each main outcome of the 2020 convention (in %), for what matters most (all of it: relance-cli sensitivity).",
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
            let mut row = vec![sensitivity_label(r, lang)];
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
    // What drives the band of the first headline (net investment): the largest swings.
    let first: Vec<String> = {
        let mut by: Vec<_> = rows.iter().collect();
        by.sort_by(|a, b| {
            let w = |r: &crate::sensitivity::Row| r.low[0].abs().max(r.high[0].abs());
            w(b).total_cmp(&w(a))
        });
        by.iter()
            .take(3)
            .map(|r| {
                format!(
                    "{} ({} / {} %)",
                    sensitivity_label(r, lang),
                    pct(r.low[0]),
                    pct(r.high[0])
                )
            })
            .collect()
    };
    out.push(Block::Paragraph(if lang == Lang::Fr {
        format!(
            "Ce qui fait la bande de l'investissement ajouté, d'abord : {}. Un facteur commun pèse plus qu'aucun de ses paramètres seul, parce que les tirages le font bouger partout à la fois.",
            first.join(" ; ")
        )
    } else {
        format!(
            "What makes the band of the investment added, first: {}. A common factor weighs more than any of its parameters alone, because the draws move it everywhere at once.",
            first.join("; ")
        )
    }));
    let count = |c: Confidence| reg.params.iter().filter(|p| p.confidence == c).count();
    let envelope_engineering = reg
        .get("envelope_engineering")
        .map(|p| crate::format::figure(p.value, lang))
        .unwrap_or_default();
    out.push(Block::Heading(pick((
        "15. Ce qui est sourcé, ce qui est supposé",
        "15. What is sourced, what is assumed",
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
        ("16. Viser un objectif", "16. Aiming for a target"),
        (
        "Le panneau « Viser un objectif » cherche, en partant de la répartition affichée, celle qui atteint des objectifs (au moins, au plus, le plus possible) avec le moins d'argent de la BdT, dans la plage de chaque levier, les enveloppes (ou un budget) et les chantiers laissés tels quels. Méthode : une recherche pas à pas qui ajoute à chaque étape le pas d'argent (un levier, ou plusieurs instruments d'un même chantier ensemble) qui comble le plus des écarts restants par euro, d'abord par grands pas puis par pas d'un cran ; des échanges entre leviers d'un même instrument corrigent les premiers choix ; l'argent inutile est ensuite repris ; plusieurs départs (tout au minimum, la répartition affichée, chaque preset) et le meilleur est gardé. Les objectifs portent sur la projection centrale, le chiffre affiché partout. Limites : c'est un optimum local (une bonne répartition, pas forcément la meilleure) ; un objectif atteint au centre l'est à peu près une fois sur deux dans les tirages ; « le moins d'argent » additionne à leur montant des prêts remboursés, des fonds propres revendus et des crédits d'ingénierie donnés, des euros qui ne se valent pas, et le panneau montre à côté ce qu'il en coûte à la Métropole ; quand l'argent ne trouve plus de projets prêts, un levier n'achète plus rien avant la fin de sa plage ; un objectif hors d'atteinte est signalé avec ce qui bloque. Les presets « priorité » sont des choix lisibles, gelés par le format des liens, pas l'optimum de leur indice : relance-cli presets --solve donne, pour chacun, la répartition que le solveur trouve avec les mêmes montants par instrument que la Convention 2020, et son indice.",
        "The « Viser un objectif » panel looks, from the split shown, for one that meets targets (at least, at most, as much as possible) with the least BdT money, within each lever's range, the envelopes (or a budget) and the workstreams left as they are. Method: a step-by-step search that adds at each step the step of money (one lever, or several instruments of one workstream together) that closes the most of the remaining shortfalls per euro, first in large steps then one notch at a time; exchanges between levers of one instrument repair the first choices; money that buys nothing is then taken back; several starts (everything at its minimum, the split shown, each preset), the best kept. Targets apply to the central projection, the figure shown everywhere. Limits: it is a local optimum (a good split, not necessarily the best); a target met at the centre is met in about one draw in two; \"least money\" adds up at face value loans repaid, equity resold and engineering credits granted, euros that are not alike, and the panel shows beside it what it costs the metropolis; when the money finds no more ready projects, a lever buys nothing before the end of its range; a target out of reach is reported with what stops it. The priority presets are readable choices, frozen by the link format, not their index's optimum: relance-cli presets --solve gives, for each, the split the solver finds with the convention's amounts per instrument, and its index.",
        ),
    );
    heading_and_text(
        &mut out,
        ("17. Et pour ma commune\u{202f}?", "17. What about my commune?"),
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

/// Where the central projection and the median of the draws part (section 11): each listed
/// result, its largest gap over the presets and why.
fn gaps_table(lang: Lang, out: &mut Vec<Block>) {
    let fr = lang == Lang::Fr;
    out.push(Block::Paragraph(if fr {
        format!(
            "Chaque médiane étant la valeur du registre, la projection centrale est au milieu des tirages : à 10 000 tirages, elle est à moins de {} % de leur médiane pour les autres résultats de chaque scénario prédéfini. Pour les résultats ci-dessous, la forme du modèle l'en écarte davantage, sans la faire sortir d'entre le 40e et le 60e centile (les deux vérifiés par les tests). Ces écarts viennent de la forme du modèle (la cause de chacun est dans le tableau), et aussi de fourchettes déséquilibrées sur leur échelle, dont la valeur est bien plus près d'une borne que de l'autre. Aucune loi n'a été déformée pour les réduire ; trois fourchettes ont été resserrées par rapport à leur source, chacune avec sa raison dans sa note : le coût d'une rénovation (une moyenne de programme, pas une opération isolée), la part du prêt dans une rénovation et celle dans une ligne de transport.",
            number(crate::montecarlo::CENTRAL_TOLERANCE * 100.0, 0, lang)
        )
    } else {
        format!(
            "With every median at its registry value, the central projection sits in the middle of the draws: at 10,000 draws it is within {} % of their median for the other results of every preset. For the results below, the model's shape moves it further, never outside the 40th to 60th percentiles (both checked by the tests). These gaps come from the model's shape (each one's cause is in the table), and also from ranges lopsided on their scale, whose value sits much closer to one bound than to the other. No distribution was bent to shrink them; three ranges were narrowed from their sources, each with its reason in its note: the cost of a renovation (a programme average, not a single operation), the loan's share of a renovation and of a transit line.",
            number(crate::montecarlo::CENTRAL_TOLERANCE * 100.0, 0, lang)
        )
    }));
    out.push(Block::Table(
        vec![
            (if fr { "résultat" } else { "result" }).to_string(),
            (if fr {
                "écart maximal à la médiane"
            } else {
                "largest gap to the median"
            })
            .to_string(),
            (if fr { "pourquoi" } else { "why" }).to_string(),
        ],
        crate::montecarlo::GAPS
            .iter()
            .map(|g| {
                vec![
                    g.outcome.label(lang).to_string(),
                    format!(
                        "{} {}",
                        if fr { "jusqu'à" } else { "up to" },
                        with_unit(g.max_percent, "%", lang)
                    ),
                    g.cause.message(lang).to_string(),
                ]
            })
            .collect(),
    ));
}

/// Draws behind the P10–P90 of the instruments' table.
pub const INSTRUMENT_DRAWS: usize = 400;

/// Section 12: what a euro of each instrument brings, by workstream, for the Convention 2020,
/// central with P10–P90, beside the reported figures that exist; then what the money costs.
fn instruments_section(model: &Model, lang: Lang, out: &mut Vec<Block>) {
    use crate::domain::{Instrument, Workstream};
    let fr = lang == Lang::Fr;
    let pick = |a: &str, b: &str| if fr { a.to_string() } else { b.to_string() };
    let s = &model.baseline().scenario;
    let (Ok(p), Ok(b)) = (model.project(s), model.monte_carlo(s, INSTRUMENT_DRAWS, 42)) else {
        return;
    };
    out.push(Block::Heading(pick(
        "12. Ce que rapporte un euro de chaque instrument",
        "12. What a euro of each instrument brings",
    )));
    out.push(Block::Paragraph(pick(
        "Investissement net causé par euro de chaque instrument dans chaque chantier, pour la Convention 2020 : la part de chaque instrument dans le net (section 3 ; l'ingénierie compte les projets nés de ses études), divisée par son montant ; valeur centrale et, entre parenthèses, P10–P90 des tirages. « — » : pas d'argent, ou un instrument que le chantier n'utilise pas. Un euro ne vaut pas un euro d'un instrument à l'autre : le coût de chacun est plus bas.",
        "Net investment caused per euro of each instrument in each workstream, for the 2020 convention: each instrument's part of the net (section 3; engineering counts the projects born of its studies), divided by its amount; central value and, in brackets, P10–P90 of the draws. \"—\": no money, or an instrument the workstream does not use. A euro is not worth a euro from one instrument to the next: what each costs is below.",
    )));
    let cell = |net: f64, amount: f64, band: [f64; 3]| {
        if amount <= 0.0 || (net == 0.0 && band[2] == 0.0) {
            return "—".to_string();
        }
        let f = |x: f64| number(x, if x.abs() < 10.0 { 2 } else { 1 }, lang);
        format!("{} ({} – {})", f(net / amount), f(band[0]), f(band[2]))
    };
    let mut header = vec![pick("chantier", "workstream")];
    header.extend(
        Instrument::ALL
            .iter()
            .map(|i| format!("{} (€/€)", i.label(lang))),
    );
    let rows = Workstream::ALL
        .iter()
        .map(|&w| {
            let ws = p.summary.workstreams[w.index()];
            let mut row = vec![w.label(lang).to_string()];
            row.extend(Instrument::ALL.iter().map(|&i| {
                cell(
                    ws.net_by_instrument[i.index()],
                    s.amount(w, i) / crate::scenario::MEUR,
                    b.net_per_euro[w.index()][i.index()],
                )
            }));
            row
        })
        .collect();
    out.push(Block::Table(header, rows));
    let sm = &p.summary;
    let g = |x: f64| number(x, 1, lang);
    let gross_q = sm.leverage_by_instrument[2];
    let gross_e = sm.leverage_by_instrument[1];
    out.push(Block::Paragraph(if fr {
        format!(
            "Chiffres publiés, tous bruts (tout l'investissement des projets, pas ce que la BdT a causé) : 28,5 M€ de fonds propres de la BdT pour 420 M€ d'investissement total dans l'ex-Languedoc-Roussillon en 2018, soit 14,7 € par € (tous co-investisseurs) ; « 1 € en apporte 6 à 7 » de partenaires selon la BdT PACA ; la SCET, filiale de la Caisse des Dépôts, « 1 € d'ingénierie sécurise 117 € ». Le modèle donne, brut, {} € de projets par € de fonds propres et {} € par € d'ingénierie, avant d'ôter ce qui se serait fait quand même. Pour les prêts, aucun chiffre publié d'effet de levier ou d'additionnalité n'a été trouvé (voir le registre, « Non trouvé ») : le tableau n'a pas de point de comparaison.",
            g(gross_q), g(gross_e)
        )
    } else {
        format!(
            "Published figures, all gross (the projects' whole investment, not what BdT caused): 28.5 M€ of BdT equity for 420 M€ of total investment in the former Languedoc-Roussillon in 2018, i.e. 14.7 € per € (all co-investors); \"1 € brings 6 to 7\" from partners according to BdT PACA; SCET, a Caisse des Dépôts subsidiary, \"1 € of engineering secures 117 €\". The model gives, gross, {} € of projects per € of equity and {} € per € of engineering, before taking off what would have happened anyway. For loans, no published leverage or additionality figure was found (see the registry's \"Not found\"): the table has nothing to compare with.",
            g(gross_q), g(gross_e)
        )
    }));
    let ge = sm.grant_equivalent;
    let band = |k: usize| {
        format!(
            "{} – {}",
            g(b.grant_equivalent[k][0]),
            g(b.grant_equivalent[k][2])
        )
    };
    let ab = |x: f64| number(x.round(), 0, lang);
    out.push(Block::Paragraph(if fr {
        format!(
            "Équivalent-subvention de la Convention 2020 (section 9), en M€ de 2020 : prêts {} (P10–P90 {}), crédits d'ingénierie {} ({}), fonds propres {} ({}), total {} ({}) — pour {} M€ alloués. La Métropole cofinance en plus {} M€. Coût pour la BdT par tonne de CO2 : {} €/tCO2 (P10–P90 {} – {}), pour {} M€ d'argent climat et {} tCO2 évitées sur la durée de vie des actifs (actualisées) ; avec le cofinancement de la Métropole, {} €/tCO2 ; la valeur de l'action pour le climat sur la même base vaut {} €/tCO2.",
            g(ge.loans), band(0), g(ge.engineering), band(1), g(ge.equity), band(2), g(ge.total), band(3),
            g(sm.allocated_total()), g(sm.metro_cofinancing),
            ab(sm.abatement_cost), ab(b.abatement_cost[0]), ab(b.abatement_cost[2]),
            g(sm.climate_grant_equivalent), ab(sm.lifetime_tco2), ab(sm.abatement_cost_public), ab(sm.carbon_value_lifetime)
        )
    } else {
        format!(
            "Grant-equivalent of the 2020 convention (section 9), in M€ of 2020: loans {} (P10–P90 {}), engineering credits {} ({}), equity {} ({}), total {} ({}) — for {} M€ allocated. The metropolis co-finances another {} M€. BdT's cost per tonne of CO2: {} €/tCO2 (P10–P90 {} – {}), for {} M€ of climate money and {} tCO2 avoided over the assets' lifetimes (discounted); with the metropolis' co-financing, {} €/tCO2; the carbon value on the same basis is {} €/tCO2.",
            g(ge.loans), band(0), g(ge.engineering), band(1), g(ge.equity), band(2), g(ge.total), band(3),
            g(sm.allocated_total()), g(sm.metro_cofinancing),
            ab(sm.abatement_cost), ab(b.abatement_cost[0]), ab(b.abatement_cost[2]),
            g(sm.climate_grant_equivalent), ab(sm.lifetime_tco2), ab(sm.abatement_cost_public), ab(sm.carbon_value_lifetime)
        )
    }));
}

/// The label of a sensitivity row: the parameter's, or « ensemble : » and what the factor's
/// entries share.
fn sensitivity_label(r: &crate::sensitivity::Row, lang: Lang) -> String {
    if !r.factor {
        return format!("{} ({})", crate::registry::label_of(r.id, lang), r.id);
    }
    let id = format!("{}{}", crate::montecarlo::FACTOR_PREFIX, r.id);
    let label = crate::registry::label_of(&id, lang);
    let what = label.split_once(": ").map_or(label, |(_, w)| w);
    let what = what.trim_start_matches('\u{a0}');
    match lang {
        Lang::Fr => format!("ensemble : {what}"),
        Lang::En => format!("together: {what}"),
    }
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
