//! The methodology, generated from the engine's equations and the registry, in French and
//! English, as blocks the app renders and the CLI prints as Markdown.

use crate::domain::Lang;
use crate::format::{number, with_unit};
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
}

struct Section {
    title: (&'static str, &'static str),
    text: (&'static str, &'static str),
    equations: &'static [&'static str],
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
        title: ("1. L'ingénierie fait grandir le vivier de projets", "1. Engineering grows the pipeline"),
        text: (
            "Les crédits d'ingénierie cofinancent des études. Une étude coûte a[w][E] / σE (la BdT n'en paie qu'une part). Chaque euro d'étude prépare κ euros de projets, dont une part ρ se réalise, disponibles λE ans plus tard. Le vivier prêt P[w] ajoute ces projets à ceux déjà mûrs B[w].",
            "Engineering credits co-finance studies. A study costs a[w][E] / σE (BdT pays only a share). Each euro of study prepares κ euros of projects, of which a share ρ goes ahead, ready λE years later. The ready pipeline P[w] adds these projects to those already mature, B[w].",
        ),
        equations: &["PE[w] = a[w][E] / σE × κ × ρ", "P[w] = B[w] + PE[w]"],
        params: &["eng_", "pipeline_base"],
    },
    Section {
        title: ("2. Capacité de financement", "2. Financing capacity"),
        text: (
            "Un prêt couvre une part φL du coût d'un projet, une participation une part φQ : les autres financeurs apportent le reste. Les fonds propres ne sont possibles que dans les chantiers que le registre marque éligibles (la raison est donnée).",
            "A loan covers a share φL of a project's cost, an equity stake a share φQ: other financers bring the rest. Equity is possible only in workstreams the registry marks eligible (the reason is given).",
        ),
        equations: &["F[w] = a[w][L] / φL[w] + a[w][Q] / φQ[w]"],
        params: &["loan_share", "equity_stake", "equity_eligible"],
    },
    Section {
        title: ("3. Saturation : pas de projet, pas d'effet", "3. Saturation: no project, no effect"),
        text: (
            "L'investissement réalisé est un minimum « doux » entre la capacité de financement et le vivier : presque égal au financement tant que l'argent est rare (perte inférieure à 1 % quand F vaut le tiers de P avec k = 4), il tend vers le vivier quand l'argent abonde. Jamais au-dessus de l'un ni de l'autre, croissant dans les deux. C'est là que l'ingénierie paie : en agrandissant P, elle évite que prêts et fonds propres saturent. L'argent qui ne trouve pas de projet n'est pas décaissé et apparaît comme « non déployé ».",
            "Realised investment is a soft minimum of financing capacity and pipeline: almost equal to the financing while money is scarce (under 1 % lost at F = P/3 with k = 4), tending to the pipeline when money is plentiful. Never above either, increasing in both. This is where engineering pays: by enlarging P it keeps loans and equity from saturating. Money that finds no project is not disbursed and shows as \"not deployed\".",
        ),
        equations: &["I[w] = F[w] / (1 + (F[w] / P[w])^k)^(1/k)", "u[w] = I[w] / F[w]  (part des prêts et fonds propres déployée / share deployed)"],
        params: &["sharpness"],
    },
    Section {
        title: ("4. Additionnalité", "4. Additionality"),
        text: (
            "Une part δ de cet investissement aurait eu lieu sans l'argent de la BdT (d'autres prêteurs, le budget de la Métropole). Le monde « sans BdT » garde cette part ; tous les résultats nets s'appuient sur ΔI, les valeurs brutes sont montrées à côté.",
            "A share δ of this investment would have happened without BdT money (other lenders, the metropolis' budget). The world \"without BdT\" keeps that share; every net outcome rests on ΔI, gross values are shown beside.",
        ),
        equations: &["ΔI[w] = (1 − δ[w]) × I[w]"],
        params: &["deadweight"],
    },
    Section {
        title: ("5. Calendrier", "5. Timing"),
        text: (
            "L'investissement est dépensé selon le profil de décaissement d(t) (ramené à une somme de 1), les projets nés des études λE ans plus tard. Un actif est achevé τ[w] ans après la dépense : les effets durables (emplois permanents, CO2, logements, kilomètres) commencent alors.",
            "Investment is spent along the disbursement profile d(t) (scaled to sum to 1), projects born of studies λE years later. An asset is complete τ[w] years after spending: lasting effects (permanent jobs, CO2, homes, kilometres) start then.",
        ),
        equations: &[
            "Idépensé[w](t) = I[w] × (B[w]/P[w] × d(t) + PE[w]/P[w] × d(t − λE))",
            "Iachevé[w](t) = Σ_{s ≤ t − τ[w]} Idépensé[w](s)",
        ],
        params: &["disbursement", "build_time"],
    },
    Section {
        title: ("6. Des investissements aux résultats", "6. From investment to outcomes"),
        text: (
            "Chaque résultat applique une intensité du registre à l'investissement dépensé ou achevé. Les emplois sauvegardés ne concernent que les secteurs durement touchés ; les logements, la rénovation urbaine ; les kilomètres de ligne, les transports ; les hectares, les espaces naturels ; la part locale de l'alimentation, le chantier alimentaire ; les personnes accompagnées, les fractures.",
            "Each outcome applies a registry intensity to investment spent or completed. Jobs safeguarded concern hard-hit sectors only; homes, urban renewal; kilometres of line, transport; hectares, nature; the local food share, the food workstream; people reached, the divides.",
        ),
        equations: &[
            "emplois de chantier / construction jobs (t) = Σw Idépensé[w](t) × j[w] × (1 + m)",
            "emplois durables / lasting jobs (t) = Σw Iachevé[w](t) × p[w]",
            "emplois sauvegardés / jobs safeguarded (t) = Σ_{s ≤ t} Idépensé[hard_hit](s) × s",
            "tCO2 évitées / avoided (t) = Σw Iachevé[w](t) × c[w]",
            "logements rénovés / homes renovated = Iachevé[urban_renewal] × partRénov / coûtRénov",
            "logements neufs / new homes = Iachevé[urban_renewal] × (1 − partRénov) / coûtNeuf",
            "km de ligne / km of line = Iachevé[mobility] × partLignes / coûtKm ; voyages / trips = km × voyagesParKm",
            "hectares = Iachevé[nature] / coûtHa",
            "part locale / local share = base + Iachevé[food] × ventesParEuro / marché × 100",
            "personnes / people = Σ_{s ≤ t} Idépensé[divides](s) / coûtParPersonne",
        ],
        params: &[
            "jobs_", "induced_jobs", "co2_avoided", "home", "transit_", "land_cost", "food_", "inclusion_cost",
        ],
    },
    Section {
        title: ("7. Les trois impératifs", "7. The three imperatives"),
        text: (
            "Emploi, inclusion et transition écologique sont résumés chacun par un indice : une moyenne pondérée de résultats nets divisés par une valeur de référence qui compte pour 100. Un indice n'est qu'un résumé : les tuiles gardent les unités physiques. Références et poids sont des hypothèses, modifiables.",
            "Emploi, inclusion and ecological transition are each summed up by an index: a weighted mean of net outcomes divided by a reference value that counts as 100. An index is only a summary: the tiles keep physical units. References and weights are assumptions, editable.",
        ),
        equations: &[
            "emploi = 100 × (wc × emplois-années cumulés / Nc + wl × emplois durables / Nl + ws × emplois sauvegardés / Ns) / (wc + wl + ws)",
            "inclusion = 100 × (wp × personnes / Np + wh × logements / Nh) / (wp + wh)",
            "transition = 100 × (wco2 × tCO2 par an / Nco2 + wha × hectares / Nha + wf × points d'alimentation locale / Nf) / (wco2 + wha + wf)",
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
            "intérêt / interest (t) = K(t) × (LivretA(t) + marge)",
            "annuité / payment (t) = K(t) × r / (1 − (1 + r)^−(n − âge))",
            "V(t) = Σ_v Q(v) × (1 + g)^(t − v)  pour / for t − v < H",
            "effet de levier / leverage = Σw I[w] / Σ a",
        ],
        params: &["loan_", "livret_a", "equity_return", "equity_holding", "envelope_", "mobility_target"],
    },
    Section {
        title: ("9. Incertitude", "9. Uncertainty"),
        text: (
            "Chaque paramètre dont la fourchette n'est pas réduite à un point est tiré d'une loi triangulaire (bas, central, haut), indépendamment à chaque tirage, par un générateur PCG32 initialisé par une graine. Les bandes P10-P90 couvrent 80 % des tirages. La projection centrale utilise les valeurs centrales, pas la médiane des tirages. La même graine donne les mêmes nombres sur toute machine et tout navigateur : le moteur n'utilise que des opérations arrondies exactement (addition, multiplication, division, racine carrée) et des puissances entières. Les durées sont arrondies à l'année. Un paramètre modifié hors de sa fourchette élargit celle-ci pour l'inclure.",
            "Every parameter whose range is not a single point is drawn from a triangular distribution (low, central, high), independently at each draw, by a seeded PCG32 generator. P10-P90 bands hold 80 % of the draws. The central projection uses central values, not the median of draws. The same seed gives the same numbers on any machine and browser: the engine uses only exactly rounded operations (addition, multiplication, division, square root) and whole powers. Durations are rounded to whole years. A parameter edited outside its range widens the range to include it.",
        ),
        equations: &[],
        params: &[],
    },
];

/// The methodology in `lang`.
pub fn methodology(reg: &Registry, lang: Lang) -> Vec<Block> {
    let pick = |(fr, en): (&'static str, &'static str)| match lang {
        Lang::Fr => fr.to_string(),
        Lang::En => en.to_string(),
    };
    let mut out = Vec::new();
    for s in SECTIONS {
        out.push(Block::Heading(pick(s.title)));
        out.push(Block::Paragraph(pick(s.text)));
        out.extend(s.equations.iter().map(|e| Block::Equation(e.to_string())));
        if !s.params.is_empty() {
            out.push(Block::Params(
                s.params.iter().map(|p| p.to_string()).collect(),
            ));
        }
    }
    let count = |c: Confidence| reg.params.iter().filter(|p| p.confidence == c).count();
    let envelope_engineering = reg
        .get("envelope_engineering")
        .map(|p| crate::format::figure(p.value, lang))
        .unwrap_or_default();
    out.push(Block::Heading(pick((
        "10. Ce qui est sourcé, ce qui est supposé",
        "10. What is sourced, what is assumed",
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
pub fn markdown(reg: &Registry, lang: Lang) -> String {
    let mut s = String::new();
    let head = match lang {
        Lang::Fr => {
            "| paramètre | valeur | fourchette | source | confiance |\n|---|---|---|---|---|\n"
        }
        Lang::En => "| parameter | value | range | source | confidence |\n|---|---|---|---|---|\n",
    };
    for b in methodology(reg, lang) {
        match b {
            Block::Heading(h) => s.push_str(&format!("## {h}\n\n")),
            Block::Paragraph(p) => s.push_str(&format!("{p}\n\n")),
            Block::Equation(e) => s.push_str(&format!("    {e}\n\n")),
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
                        p.label(lang),
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
        let reg = Registry::embedded();
        for lang in [Lang::Fr, Lang::En] {
            let blocks = methodology(&reg, lang);
            let mut shown = std::collections::BTreeSet::new();
            for b in &blocks {
                if let Block::Params(pre) = b {
                    shown.extend(params_for(&reg, pre).iter().map(|p| p.id));
                }
            }
            for p in &reg.params {
                assert!(
                    shown.contains(&p.id),
                    "{} is not in the {lang:?} methodology",
                    p.id
                );
            }
            assert!(markdown(&reg, lang).contains("PCG32"));
        }
    }
}
