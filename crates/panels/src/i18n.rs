//! The panels' words in French and English (goal-seek, assumptions, methodology): an exhaustive match, so a missing string does not
//! compile.

use relance_model::Lang;

/// A text of the panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Link to the glossary's entry on keys
    GlossaryLink,
    /// A link's commune code that is not one of the 92
    CommuneUnknown,
    /// « Ma commune » heading
    CommunesHeading,
    /// The plan does not allocate by commune
    CommunesNotice,
    /// Search label
    CommuneSearch,
    /// Search hint
    CommuneSearchHint,
    /// communes found
    CommuneHits,
    /// No commune chosen
    CommuneNone,
    /// Population
    CommunePopulation,
    /// Card caption
    CommuneCardCaption,
    /// per 1 000 inhabitants
    PerThousand,
    /// Metropolis per 1 000
    MetroPerThousand,
    /// Keys used
    KeysUsed,
    /// By territory
    TerritoriesHeading,
    /// Result shown
    ShownOutcome,
    /// Territory
    Territory,
    /// The 92 communes
    AllCommunes,
    /// CSV export
    ExportCommunes,
    /// Commune
    Commune,
    /// The model's assumptions
    AssumptionsHeading,
    /// Every number the model uses, with its range, source and confidence. Edit a value to test another assumption: an invalid value is reported and not applied. A value outside the range widens it.
    AssumptionsIntro,
    /// Confidence
    ColConfidence,
    /// Range
    ColRange,
    /// Source
    ColSource,
    /// edited
    Edited,
    /// parameters edited
    EditedCount,
    /// Filter parameters
    Filter,
    /// Methodology
    MethodologyHeading,
    /// Reset every value
    ResetAll,
    /// Reset
    ResetParam,
    /// « : la valeur n'est pas appliquée. » after the reason a value is refused
    ValueNotApplied,
    /// What the panel does
    SeekIntro,
    /// Target (numbered)
    SeekTarget,
    /// Kind of target
    SeekSense,
    /// at least
    SeekAtLeast,
    /// at most
    SeekAtMost,
    /// as much as possible
    SeekMost,
    /// Value aimed for
    SeekValue,
    /// now
    SeekNow,
    /// Add a target
    SeekAdd,
    /// Remove target (numbered)
    SeekRemove,
    /// Constraints
    SeekLimits,
    /// Stay within the convention's envelopes
    SeekEnvelopes,
    /// Total budget, optional
    SeekBudget,
    /// Workstreams to leave as they are
    SeekLock,
    /// Search
    SeekRun,
    /// Searching
    SeekBusy,
    /// Not a number
    SeekBadNumber,
    /// Only one 'as much as possible'
    SeekOneMost,
    /// No worker
    SeekNoWorker,
    /// Search failed
    SeekFailed,
    /// All targets met
    SeekMet,
    /// Not all targets met
    SeekUnmet,
    /// of BdT money
    SeekMoney,
    /// compared with yours
    SeekVsYours,
    /// Levers moved since
    SeekStale,
    /// Applied; Back undoes
    SeekApplied,
    /// No lever changes
    SeekSame,
    /// Diff table caption
    SeekDiff,
    /// What else changes
    SeekElsewhere,
    /// Yours
    SeekYours,
    /// Proposed
    SeekProposed,
    /// Change
    SeekChange,
    /// Apply
    SeekApply,
    /// Link to the split
    SeekLink,
    /// Total
    Total,
    /// The result a target is on
    Outcome,
    /// A lever
    Lever,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (GlossaryLink, Lang::Fr) => "Qu'est-ce qu'une clé\u{202f}?",
        (GlossaryLink, Lang::En) => "What is a key?",
        (CommuneUnknown, Lang::Fr) => "Ce lien désigne une commune qui n'est pas dans la métropole\u{a0}:",
        (CommuneUnknown, Lang::En) => "This link names a commune that is not in the metropolis:",
        (CommunesHeading, Lang::Fr) => "Et pour ma commune\u{202f}?",
        (CommunesHeading, Lang::En) => "What about my commune?",
        (CommunesNotice, Lang::Fr) => "Le plan ne répartit pas l'argent par commune\u{a0}: ces chiffres illustrent ce que chaque commune recevrait si les résultats de chaque chantier étaient répartis selon les clés indiquées (population, quartiers prioritaires, logements sociaux, CVAE, superficie). Les chiffres sont ceux de la projection centrale (sans tirages), comme «\u{a0}Ce qui a changé, et pourquoi\u{a0}»\u{a0}: leur total peut différer des médianes des tuiles. L'argent (investissement, cofinancement de la Métropole) n'est pas réparti\u{a0}: c'est tout le budget métropolitain qui le porte.",
        (CommunesNotice, Lang::En) => "The plan does not allocate money by commune: these figures illustrate what each commune would get if each workstream's results were spread by the keys given (population, priority neighbourhoods, social dwellings, business tax, land area). The figures are the central projection's (no draws), as in \"What changed, and why\": their total can differ from the tiles' medians. Money (investment, the metropolis's co-financing) is not spread: the whole metropolitan budget carries it.",
        (CommuneSearch, Lang::Fr) => "Votre commune",
        (CommuneSearch, Lang::En) => "Your commune",
        (CommuneSearchHint, Lang::Fr) => "Tapez une partie du nom, sans accents si vous voulez (par exemple «\u{a0}aubagne\u{a0}»), puis choisissez dans la liste.",
        (CommuneSearchHint, Lang::En) => "Type part of the name, accents optional (for instance \"aubagne\"), then choose from the list.",
        (CommuneHits, Lang::Fr) => "communes trouvées",
        (CommuneHits, Lang::En) => "communes found",
        (CommuneNone, Lang::Fr) => "Choisissez une commune pour voir sa fiche.",
        (CommuneNone, Lang::En) => "Choose a commune to see its card.",
        (CommunePopulation, Lang::Fr) => "Population",
        (CommunePopulation, Lang::En) => "Population",
        (CommuneCardCaption, Lang::Fr) => "résultats nets répartis par les clés, comparés à la moyenne de la métropole",
        (CommuneCardCaption, Lang::En) => "net results spread by the keys, compared with the metropolis' average",
        (PerThousand, Lang::Fr) => "pour 1\u{202f}000 habitants",
        (PerThousand, Lang::En) => "per 1,000 inhabitants",
        (MetroPerThousand, Lang::Fr) => "Métropole, pour 1\u{202f}000 habitants",
        (MetroPerThousand, Lang::En) => "Metropolis, per 1,000 inhabitants",
        (KeysUsed, Lang::Fr) => "Clés utilisées (chantiers qui y contribuent)",
        (KeysUsed, Lang::En) => "Keys used (contributing workstreams)",
        (TerritoriesHeading, Lang::Fr) => "Par conseil de territoire",
        (TerritoriesHeading, Lang::En) => "By conseil de territoire",
        (ShownOutcome, Lang::Fr) => "Résultat affiché",
        (ShownOutcome, Lang::En) => "Result shown",
        (Territory, Lang::Fr) => "Territoire",
        (Territory, Lang::En) => "Territory",
        (AllCommunes, Lang::Fr) => "Les 92 communes",
        (AllCommunes, Lang::En) => "The 92 communes",
        (ExportCommunes, Lang::Fr) => "Télécharger les 92 communes et 6 territoires (CSV)",
        (ExportCommunes, Lang::En) => "Download the 92 communes and 6 territories (CSV)",
        (Commune, Lang::Fr) => "Commune",
        (Commune, Lang::En) => "Commune",
        (AssumptionsHeading, Lang::Fr) => "Hypothèses du modèle",
        (AssumptionsHeading, Lang::En) => "The model's assumptions",
        (AssumptionsIntro, Lang::Fr) => "Chaque nombre utilisé par le modèle, avec sa fourchette, sa source et sa confiance. Modifiez une valeur pour tester une autre hypothèse : une valeur invalide est signalée et n'est pas appliquée. Une valeur hors de la fourchette l'élargit.",
        (AssumptionsIntro, Lang::En) => "Every number the model uses, with its range, source and confidence. Edit a value to test another assumption: an invalid value is reported and not applied. A value outside the range widens it.",
        (ColConfidence, Lang::Fr) => "Confiance",
        (ColConfidence, Lang::En) => "Confidence",
        (ColRange, Lang::Fr) => "Fourchette",
        (ColRange, Lang::En) => "Range",
        (ColSource, Lang::Fr) => "Source",
        (ColSource, Lang::En) => "Source",
        (Edited, Lang::Fr) => "modifié",
        (Edited, Lang::En) => "edited",
        (EditedCount, Lang::Fr) => "paramètres modifiés",
        (EditedCount, Lang::En) => "parameters edited",
        (Filter, Lang::Fr) => "Filtrer les paramètres",
        (Filter, Lang::En) => "Filter parameters",
        (MethodologyHeading, Lang::Fr) => "Méthode",
        (MethodologyHeading, Lang::En) => "Methodology",
        (ResetAll, Lang::Fr) => "Rétablir toutes les valeurs",
        (ResetAll, Lang::En) => "Reset every value",
        (ResetParam, Lang::Fr) => "Rétablir",
        (ResetParam, Lang::En) => "Reset",
        (ValueNotApplied, Lang::Fr) => " : la valeur n'est pas appliquée.",
        (ValueNotApplied, Lang::En) => ": the value is not applied.",
        (SeekIntro, Lang::Fr) => "Fixez jusqu'à trois objectifs\u{a0}: le simulateur cherche, en partant de votre répartition, celle qui les atteint avec le moins d'argent de la Banque des Territoires. Les objectifs portent sur les médianes affichées\u{a0}: une médiane atteinte, c'est environ une chance sur deux. «\u{a0}Le moins d'argent\u{a0}» additionne prêts (remboursés), fonds propres (revendus) et crédits d'ingénierie (des subventions) à leur montant\u{a0}; ce qu'il en coûte à la Métropole figure sous «\u{a0}Ailleurs\u{a0}».",
        (SeekIntro, Lang::En) => "Set up to three targets: starting from your split, the simulator looks for the one that meets them with the least Banque des Territoires money. Targets apply to the medians shown: a median met is about even odds. \"Least money\" adds up loans (repaid), equity (sold back) and engineering credits (grants) at face value; what it costs the metropolis is listed under \"Elsewhere\".",
        (SeekTarget, Lang::Fr) => "Objectif",
        (SeekTarget, Lang::En) => "Target",
        (SeekSense, Lang::Fr) => "Sens",
        (SeekSense, Lang::En) => "Kind",
        (SeekAtLeast, Lang::Fr) => "au moins",
        (SeekAtLeast, Lang::En) => "at least",
        (SeekAtMost, Lang::Fr) => "au plus",
        (SeekAtMost, Lang::En) => "at most",
        (SeekMost, Lang::Fr) => "le plus possible",
        (SeekMost, Lang::En) => "as much as possible",
        (SeekValue, Lang::Fr) => "Valeur visée",
        (SeekValue, Lang::En) => "Value aimed for",
        (SeekNow, Lang::Fr) => "actuellement",
        (SeekNow, Lang::En) => "now",
        (SeekAdd, Lang::Fr) => "Ajouter un objectif",
        (SeekAdd, Lang::En) => "Add a target",
        (SeekRemove, Lang::Fr) => "Retirer l'objectif",
        (SeekRemove, Lang::En) => "Remove target",
        (SeekLimits, Lang::Fr) => "Contraintes",
        (SeekLimits, Lang::En) => "Constraints",
        (SeekEnvelopes, Lang::Fr) => "Rester dans les enveloppes de la convention",
        (SeekEnvelopes, Lang::En) => "Stay within the convention's envelopes",
        (SeekBudget, Lang::Fr) => "Budget total, en M€ (facultatif)",
        (SeekBudget, Lang::En) => "Total budget, in M€ (optional)",
        (SeekLock, Lang::Fr) => "Ne pas toucher à ces chantiers\u{a0}:",
        (SeekLock, Lang::En) => "Leave these workstreams as they are:",
        (SeekRun, Lang::Fr) => "Chercher une répartition",
        (SeekRun, Lang::En) => "Find a split",
        (SeekBusy, Lang::Fr) => "Recherche en cours…",
        (SeekBusy, Lang::En) => "Searching…",
        (SeekBadNumber, Lang::Fr) => "Tapez un nombre positif, par exemple 25 000.",
        (SeekBadNumber, Lang::En) => "Type a positive number, for instance 25,000.",
        (SeekOneMost, Lang::Fr) => "Un seul objectif peut être « le plus possible ».",
        (SeekOneMost, Lang::En) => "Only one target can be \"as much as possible\".",
        (SeekNoWorker, Lang::Fr) => "La recherche a besoin d'un navigateur qui exécute les Web Workers.",
        (SeekNoWorker, Lang::En) => "The search needs a browser that runs Web Workers.",
        (SeekFailed, Lang::Fr) => "La recherche n'a pas abouti\u{a0}: votre répartition de départ n'est pas valide.",
        (SeekFailed, Lang::En) => "The search failed: the split it starts from is not valid.",
        (SeekMet, Lang::Fr) => "Objectifs atteints en médiane avec",
        (SeekMet, Lang::En) => "Targets met at the median with",
        (SeekUnmet, Lang::Fr) => "Tous les objectifs ne peuvent pas être atteints\u{202f}; la répartition la plus proche utilise",
        (SeekUnmet, Lang::En) => "Not every target can be met; the closest split uses",
        (SeekMoney, Lang::Fr) => "de la Banque des Territoires",
        (SeekMoney, Lang::En) => "of Banque des Territoires money",
        (SeekVsYours, Lang::Fr) => "par rapport à votre répartition",
        (SeekVsYours, Lang::En) => "compared with yours",
        (SeekStale, Lang::Fr) => "Les leviers ont bougé depuis cette recherche\u{a0}: relancez-la pour partir de la répartition actuelle.",
        (SeekStale, Lang::En) => "The levers have moved since this search: run it again to start from the current split.",
        (SeekApplied, Lang::Fr) => "Répartition appliquée. Le bouton Retour du navigateur revient à la précédente.",
        (SeekApplied, Lang::En) => "Split applied. The browser's Back button returns to the previous one.",
        (SeekSame, Lang::Fr) => "Aucun levier ne change\u{a0}: votre répartition atteint déjà ces objectifs au moindre coût trouvé.",
        (SeekSame, Lang::En) => "No lever changes: your split already meets these targets at the lowest cost found.",
        (SeekDiff, Lang::Fr) => "Répartition proposée, comparée à la vôtre (leviers qui changent)",
        (SeekDiff, Lang::En) => "Proposed split compared with yours (levers that change)",
        (SeekElsewhere, Lang::Fr) => "Ailleurs, la répartition proposée change (médianes, la vôtre → la proposée)\u{a0}:",
        (SeekElsewhere, Lang::En) => "Elsewhere, the proposed split changes (medians, yours → proposed):",
        (SeekYours, Lang::Fr) => "Vôtre",
        (SeekYours, Lang::En) => "Yours",
        (SeekProposed, Lang::Fr) => "Proposée",
        (SeekProposed, Lang::En) => "Proposed",
        (SeekChange, Lang::Fr) => "Écart",
        (SeekChange, Lang::En) => "Change",
        (SeekApply, Lang::Fr) => "Appliquer cette répartition",
        (SeekApply, Lang::En) => "Apply this split",
        (SeekLink, Lang::Fr) => "Lien vers cette répartition",
        (SeekLink, Lang::En) => "Link to this split",
        (Total, Lang::Fr) => "Total",
        (Total, Lang::En) => "Total",
        (Outcome, Lang::Fr) => "Résultat",
        (Outcome, Lang::En) => "Result",
        (Lever, Lang::Fr) => "Levier",
        (Lever, Lang::En) => "Lever",
    }
}
