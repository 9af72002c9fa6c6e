//! Typed translations: every key has a French and an English text, checked by the compiler.

pub use relance_model::Lang;
use relance_model::Outcome;

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Page title.
    Title,
    /// Subtitle under the title.
    Subtitle,
    /// Heading of the levers.
    LeversHeading,
    /// Explanation of the levers.
    LeversIntro,
    /// Heading of the totals.
    TotalsHeading,
    /// "of" between an amount and its envelope.
    OfEnvelope,
    /// Remaining in the envelope.
    Remaining,
    /// Above the envelope.
    OverEnvelope,
    /// Policy on going over an envelope.
    OverEnvelopePolicy,
    /// Decrease button label.
    Decrease,
    /// Increase button label.
    Increase,
    /// Amount field label suffix.
    AmountInMeur,
    /// Equity not possible here.
    EquityNotEligible,
    /// Invalid number typed.
    InvalidNumber,
    /// Number outside the lever range.
    OutOfRange,
    /// Language switch label.
    LanguageSwitch,
    /// Name of the other language, shown on the switch.
    OtherLanguage,
    /// Error loading the model.
    ModelError,
    /// Footer: everything is computed in the browser.
    FooterLocal,
    /// Footer: illustrative amounts.
    FooterIllustrative,
    /// Presets label.
    Presets,
    /// Reset button.
    Reset,
    /// between
    Between,
    /// and
    And,
    /// same as the 2020 convention
    SameAsBaseline,
    /// vs the 2020 convention
    VersusBaseline,
    /// Target {mobility_target} M€/yr (filled from the registry)
    TargetLabel,
    /// Scenario
    ScenarioLabel,
    /// 2020 convention
    BaselineLabel,
    /// likely range (P10-P90)
    RangeP10P90,
    /// Peak in
    PeakIn,
    /// Simulator
    ViewSimulator,
    /// Assumptions (expert)
    ViewAssumptions,
    /// Methodology
    ViewMethodology,
    /// Views
    ViewsLabel,
    /// What it changes (net results, compared with the 2020 convention)
    ResultsHeading,
    /// Net figures: what would not have happened without the Banque des Territoires' money. Likely range: 80 % of 200 uncertainty draws.
    ResultsIntro,
    /// Why?
    Why,
    /// How it is computed
    FormulaLabel,
    /// Workstreams contributing most
    TopWorkstreams,
    /// Parameters used (see the methodology)
    ParamsUsed,
    /// loans
    LoansShort,
    /// engineering
    EngineeringShort,
    /// equity
    EquityShort,
    /// Data table
    ShowTable,
    /// Year
    Year,
    /// P10
    P10,
    /// P90
    P90,
    /// Over time, 2020-2040
    ChartsHeading,
    /// The plan's three imperatives, in 2030
    ImperativesHeading,
    /// Each index sums up several net results against round references (100 = the order of the Nice plan). An index is only a summary: the tiles keep real units.
    ImperativesIntro,
    /// What the metropolis carries
    MetroCostLabel,
    /// € per inhabitant unit
    MetroCostUnit,
    /// The metropolis' costs, in words (filled with figures)
    MetroCostDetails,
    /// Leverage by instrument (filled)
    LeverageByInstrument,
    /// Leverage
    LeverageLabel,
    /// € invested per BdT €
    LeverageUnit,
    /// Realised (gross) investment divided by the Banque des Territoires' money allocated. Beyond the pipeline of ready projects, added money finds no projects and leverage falls.
    LeverageFormula,
    /// central value
    CentralValue,
    /// not deployed for lack of ready projects
    NotDeployed,
    /// Skip to results
    SkipToResults,
    /// Workshop tools
    WorkshopTools,
    /// Fullscreen (F)
    Fullscreen,
    /// High contrast (K)
    HighContrast,
    /// QR code for the room (Q)
    QrShow,
    /// Keyboard shortcuts on
    ShortcutsOn,
    /// Keyboard shortcuts
    ShortcutsHelp,
    /// 1 to 4: starting scenarios · 0: reset everything · V: simulator · C: compare · A: assumptions · M: methodology · Q: QR code · F: fullscreen · K: contrast · L: language · Esc: close the QR code. Off while typing in a field.
    ShortcutsList,
    /// Open this scenario on your phone
    QrOverlayTitle,
    /// Close the QR code (Esc)
    CloseQr,
    /// Compare
    ViewCompare,
    /// Share, save, export
    ShareHeading,
    /// Link to this scenario
    LinkLabel,
    /// Copy the link
    CopyLink,
    /// Link copied.
    LinkCopied,
    /// The link is selected: copy it with Ctrl+C (or ⌘+C).
    LinkSelected,
    /// QR code of the link: scan it to open this scenario on a phone.
    QrCaption,
    /// Series (CSV)
    ExportCsv,
    /// Scenario (JSON)
    ExportJson,
    /// Charts (SVG)
    ExportSvg,
    /// Download
    ExportLabel,
    /// Import a scenario (JSON)
    ImportJson,
    /// Scenario imported.
    ImportDone,
    /// A link or file made with an earlier model opens with this model's figures.
    NewModelFigures,
    /// Scenario name
    SaveName,
    /// Save in this browser
    Save,
    /// Scenario saved in this browser.
    ScenarioSaved,
    /// Saved scenarios
    SavedHeading,
    /// No saved scenario yet.
    NoSaved,
    /// Open
    Open,
    /// Rename
    Rename,
    /// Delete
    Delete,
    /// Compare
    AddToCompare,
    /// My scenario
    DefaultName,
    /// This link could not be opened; the previous scenario is kept.
    BadLinkIntro,
    /// This file could not be imported; the previous scenario is kept.
    BadImportIntro,
    /// Unreadable saved scenarios were set aside (the others are kept):
    StorageSetAsideIntro,
    /// The browser refuses to save: storage is full or disabled. Nothing was lost, but this scenario is not saved.
    StorageFullText,
    /// Dismiss the message
    Dismiss,
    /// This is not a readable file
    FileNotJson,
    /// Name of the status message saying what changed
    ChangeStatusLabel,
    /// « Aller aux leviers » skip link
    SkipToLevers,
    /// Picker of the outcome of the marginal effects.
    GainPicker,
    /// Picker of the workshop's chart.
    ChartPicker,
    /// Heading of the outcome strip.
    StripHeading,
    /// After a change in the strip.
    StripChange,
    /// Link from the strip to the full results.
    StripOpen,
    /// One more M€.
    GainPerMeur,
    /// Ten more k€.
    GainPer10k,
    /// One more step buys nothing of the chosen outcome.
    GainNone,
    /// A closed lever, short.
    LeverClosed,
    /// Heading of the waterfall.
    ExplainHeading,
    /// Text of the waterfall.
    ExplainIntro,
    /// Picker of the waterfall's outcome.
    ExplainPicker,
    /// Step of the parameter edits.
    ExplainOverrides,
    /// Column: step.
    ExplainStep,
    /// Column: change.
    ExplainChange,
    /// Column: bar.
    ExplainBar,
    /// How the split is made.
    ExplainMethod,
    /// While the split is computed.
    ExplainWaiting,
    /// The P10–P90 of the change, from paired draws, under the waterfall.
    ExplainBand,
    /// How a tile's figure is grounded: {level}, {sourced} of {all} parameters sourced.
    Grounding,
    /// Two thirds of the drivers or more are sourced.
    GroundedWell,
    /// A third to two thirds.
    GroundedPartly,
    /// Under a third.
    GroundedWeakly,
    /// How the waterfall's bars are scaled.
    ExplainScale,
    /// « Domaines d'intervention de la BdT (communiqué de 2020) : »
    AreasIntro,
    /// No area of the press release serves this workstream
    NoArea,
    /// Which areas name a closed instrument (filled)
    OpenedBy,
    /// « … et {n} autres » at the end of a cut list
    AndMore,
    /// « Cette modification n'est pas appliquée : » before the reason
    EditRefused,
    /// File too large (over 1 MB)
    FileTooBig,
    /// Compare the teams' scenarios
    CompareHeading,
    /// Add saved scenarios or paste links (for instance those of a workshop's teams). Differences from the first scenario are highlighted.
    CompareIntro,
    /// Paste a scenario link
    ComparePaste,
    /// Add
    CompareAdd,
    /// Add the current scenario
    CompareAddCurrent,
    /// Remove
    CompareRemove,
    /// Four scenarios at most: remove one first.
    CompareFull,
    /// No scenario to compare yet.
    CompareEmpty,
    /// Key results
    CompareOutcomes,
    /// Funding choices, spread between scenarios
    CompareLevers,
    /// spread
    CompareSpread,
    /// Current scenario
    CurrentScenario,
    /// After a preset's name: the scenario differs from it.
    Modified,
    /// Result
    Outcome,
    /// Lever
    Lever,
    /// An unexpected error stopped the simulator. Your scenario is in the page address: reload to carry on.
    PanicText,
    /// Reload
    Reload,
    /// Aim for a target
    SeekHeading,
    /// « Ma commune » tab
    ViewCommunes,
    /// Tab: « Bilan 2020-2026 ».
    ViewBilan,
    /// The one plain sentence of the first screen: what these figures are, from today.
    Plain,
    /// After the plain sentence, on a wide screen: where the published figures are (a button
    /// to the bilan; on a phone its tab is in view).
    PlainBilan,
    /// The bilan's heading.
    BilanHeading,
    /// The bilan's introduction.
    BilanIntro,
    /// While the bilan is fetched.
    BilanWaiting,
    /// « chiffre publié ».
    BilanReported,
    /// « confiance ».
    BilanConfidence,
    /// « Modèle (Convention 2020, projection centrale) ».
    BilanModel,
    /// « écart ».
    BilanGap,
    /// « Entrée du modèle tirée de cette source ».
    BilanInputOf,
    /// « Source ».
    BilanSource,
    /// Heading: comparable figures.
    BilanChecks,
    /// What the comparable figures are.
    BilanChecksIntro,
    /// Heading: model inputs from these sources.
    BilanInputs,
    /// What the inputs are.
    BilanInputsIntro,
    /// Heading: context.
    BilanContext,
    /// What the context is.
    BilanContextIntro,
    /// Heading: what was not published.
    BilanMissing,
    /// The charts' mark for today.
    Today,
    /// The accessibility statement's page in this language.
    StatementHref,
    /// The static methodology page (written at build) in this language.
    MethodologyHref,
    /// The footer's link to the static methodology page.
    MethodologyPage,
    /// The static methodology page's introduction.
    MethodologyPageIntro,
    /// The static pages' link back to the simulator.
    BackToSimulator,
    /// The link to the static page in the other language.
    OtherLanguagePage,
    /// The worker could not start or stopped: what is unavailable, what still works.
    WorkerUnavailable,
    /// A file could not be read or written because the worker is unavailable.
    WorkerUnavailableFiles,
    /// A text (methodology) the worker writes is unavailable.
    WorkerUnavailableText,
    /// A goal-seek could not run because the worker is unavailable.
    WorkerUnavailableSeek,
    /// Something the worker sends is on its way
    PanelLoading,
    /// On a phone, the button at the end of the plain sentence that unfolds the introduction
    IntroSummary,
    /// Introduction, line 1: what the simulator is for
    Intro1,
    /// Introduction, line 2: amounts are illustrative
    Intro2,
    /// Introduction, line 3: how to read a figure and its range
    Intro3,
    /// Glossary
    Glossary,
    /// definition (accessible name of a « ? » link)
    Definition,
    /// The footer's accessibility mention
    AccessibilityStatus,
    /// A number field's limits and step (filled)
    FieldHint,
    /// A typed amount rounded to the step (filled)
    Rounded,
    // Goal-seek, assumptions, methodology, « Ma commune ».
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
    /// What an edited preset is
    EditedFrom,
    /// « par rapport à la convention 2020 » after a difference in the strip
    StripVersus,
    /// The strip's figure equals the Convention 2020's
    StripSame,
    /// What the strip's second line is, in full
    StripVersusLong,
    /// Offer after a preset replaced the scenario
    OfferPreset,
    /// Offer after « Tout réinitialiser »
    OfferReset,
    /// Offer after a link or a goal-seek's split replaced the scenario
    OfferLink,
    /// Offer after a file or a saved scenario replaced the scenario
    OfferFile,
    /// Offer after every assumption went back to the registry
    OfferAssumptions,
    /// Offer after a scenario left the comparison
    OfferCompared,
    /// Offer after an undo
    OfferUndone,
    /// The printed sheet's kicker
    SheetKicker,
    /// « modèle » before the model version
    SheetModel,
    /// The money table's heading
    SheetMoney,
    /// Workstream (column)
    SheetWorkstream,
    /// The results table's heading
    SheetResults,
    /// Central figure (column)
    SheetCentral,
    /// P10-P90 (column)
    SheetBand,
    /// Difference with the Convention 2020 (column)
    SheetVersus,
    /// The imperatives' heading
    SheetImperatives,
    /// The sheet's closing line
    SheetFoot,
    /// Print the scenario's sheet (button)
    PrintSheet,
    /// Print the comparison (button)
    PrintComparison,
    /// Embed: open the full simulator in a new tab
    OpenFull,
    /// Share the link (the system's share sheet)
    ShareLink,
    /// The help overlay's title and button
    HelpTitle,
    /// Close the help overlay
    HelpClose,
    /// The shortcuts, one a line: key, then what it does (« | » between them)
    ShortcutRows,
    /// The countdown timer (button and region name)
    Timer,
    /// Start the timer
    TimerStart,
    /// Pause the timer
    TimerPause,
    /// Reset the timer
    TimerReset,
    /// Minutes of the timer (label)
    TimerMinutes,
    /// The time is up
    TimerDone,
    /// The printed comparison's money table
    CompareMoneyPrint,
    /// Offer after a comparison file replaced the team scenarios
    OfferTeams,
    /// Move a team scenario up
    MoveUp,
    /// Move a team scenario down
    MoveDown,
    /// The reference column of the comparison
    CompareReference,
    /// Export the comparison (label)
    CompareExport,
    /// Import a comparison file (label)
    CompareImportLabel,
    /// A comparison file was imported
    CompareImported,
    /// Undo button (with its shortcut)
    UndoButton,
    /// Redo button (with its shortcut)
    RedoButton,
    /// Name of the offer's close button
    DismissOffer,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (Title, Lang::Fr) => "Relance\u{a0}: où placer l'argent de la Banque des Territoires\u{202f}?",
        (Title, Lang::En) => "Relance: where should the Banque des Territoires' money go?",
        (Subtitle, Lang::Fr) => "Simulateur du plan « Relance et Renouveau » de la Métropole Aix-Marseille-Provence, 2021-2026. Tout est calculé dans votre navigateur, sauf le premier écran (la Convention 2020), calculé d'avance par le même modèle à la mise en ligne du site : une estimation, pas un bilan.",
        (Subtitle, Lang::En) => "Simulator of the Aix-Marseille-Provence metropolis' \"Relance et Renouveau\" plan, 2021-2026. Everything is computed in your browser, except the first screen (the 2020 convention), computed in advance by the same model when the site was put online: an estimate, not an outcome report.",
        (LeversHeading, Lang::Fr) => "Répartir les financements entre les huit chantiers",
        (LeversHeading, Lang::En) => "Share the money across the eight workstreams",
        (LeversIntro, Lang::Fr) => "Montants sur 2021-2026, en millions d'euros. Glissez, tapez un montant ou utilisez les boutons − et +.",
        (LeversIntro, Lang::En) => "Amounts over 2021-2026, in millions of euros. Drag, type an amount or use the − and + buttons.",
        (TotalsHeading, Lang::Fr) => "Total par instrument",
        (TotalsHeading, Lang::En) => "Total by instrument",
        (OfEnvelope, Lang::Fr) => "sur une enveloppe de",
        (OfEnvelope, Lang::En) => "of an envelope of",
        (Remaining, Lang::Fr) => "reste à répartir",
        (Remaining, Lang::En) => "left to allocate",
        (OverEnvelope, Lang::Fr) => "au-delà de l'enveloppe",
        (OverEnvelope, Lang::En) => "over the envelope",
        (OverEnvelopePolicy, Lang::Fr) => "Dépasser une enveloppe est permis pour explorer, mais signalé : le scénario ne respecte alors plus la convention.",
        (OverEnvelopePolicy, Lang::En) => "Going over an envelope is allowed for exploring, but flagged: the scenario no longer fits the convention.",
        (Decrease, Lang::Fr) => "Diminuer",
        (Decrease, Lang::En) => "Decrease",
        (Increase, Lang::Fr) => "Augmenter",
        (Increase, Lang::En) => "Increase",
        (AmountInMeur, Lang::Fr) => "montant en M€",
        (AmountInMeur, Lang::En) => "amount in M€",
        (EquityNotEligible, Lang::Fr) => "Pas de fonds propres dans ce chantier : aucune société où prendre une participation n'est prévue.",
        (EquityNotEligible, Lang::En) => "No equity in this workstream: there is no company planned to take a stake in.",
        (InvalidNumber, Lang::Fr) => "Ce n'est pas un nombre : la valeur précédente est conservée.",
        (InvalidNumber, Lang::En) => "That is not a number: the previous value is kept.",
        (OutOfRange, Lang::Fr) => "Hors limites : la valeur précédente est conservée. Limites :",
        (OutOfRange, Lang::En) => "Out of range: the previous value is kept. Limits:",
        (LanguageSwitch, Lang::Fr) => "Langue",
        (LanguageSwitch, Lang::En) => "Language",
        (OtherLanguage, Lang::Fr) => "English",
        (OtherLanguage, Lang::En) => "Français",
        (ModelError, Lang::Fr) => "Les données du modèle sont invalides :",
        (ModelError, Lang::En) => "The model's data is invalid:",
        (FooterLocal, Lang::Fr) => "Aucune donnée ne quitte votre appareil : pas de cookie, pas de mesure d'audience.",
        (FooterLocal, Lang::En) => "No data leaves your device: no cookies, no analytics.",
        (FooterIllustrative, Lang::Fr) => "Les montants de départ sont illustratifs : la convention de 2020 ne publie que l'enveloppe d'ingénierie de {envelope_engineering} M€.",
        (FooterIllustrative, Lang::En) => "Starting amounts are illustrative: the 2020 convention publishes only the {envelope_engineering} M€ engineering envelope.",
        (Presets, Lang::Fr) => "Scénarios de départ",
        (Presets, Lang::En) => "Starting scenarios",
        (Reset, Lang::Fr) => "Tout réinitialiser",
        (Reset, Lang::En) => "Reset everything",
        (Between, Lang::Fr) => "entre",
        (Between, Lang::En) => "between",
        (And, Lang::Fr) => "et",
        (And, Lang::En) => "and",
        (SameAsBaseline, Lang::Fr) => "comme la Convention 2020",
        (SameAsBaseline, Lang::En) => "same as the 2020 convention",
        (VersusBaseline, Lang::Fr) => "par rapport à la Convention 2020",
        (VersusBaseline, Lang::En) => "vs the 2020 convention",
        (TargetLabel, Lang::Fr) => "Objectif {mobility_target} M€/an",
        (TargetLabel, Lang::En) => "Target {mobility_target} M€/yr",
        (ScenarioLabel, Lang::Fr) => "Scénario",
        (ScenarioLabel, Lang::En) => "Scenario",
        (BaselineLabel, Lang::Fr) => "Convention 2020",
        (BaselineLabel, Lang::En) => "2020 convention",
        (RangeP10P90, Lang::Fr) => "plage probable (P10-P90)",
        (RangeP10P90, Lang::En) => "likely range (P10-P90)",
        (PeakIn, Lang::Fr) => "Maximum en",
        (PeakIn, Lang::En) => "Peak in",
        (ViewSimulator, Lang::Fr) => "Simulateur",
        (ViewSimulator, Lang::En) => "Simulator",
        (ViewAssumptions, Lang::Fr) => "Hypothèses (expert)",
        (ViewAssumptions, Lang::En) => "Assumptions (expert)",
        (ViewMethodology, Lang::Fr) => "Méthode",
        (ViewMethodology, Lang::En) => "Methodology",
        (ViewsLabel, Lang::Fr) => "Vues",
        (ViewsLabel, Lang::En) => "Views",
        (ResultsHeading, Lang::Fr) => "Ce que cela change (résultats nets, à comparer avec la Convention 2020)",
        (ResultsHeading, Lang::En) => "What it changes (net results, compared with the 2020 convention)",
        (ResultsIntro, Lang::Fr) => "Chiffres nets : ce qui n'aurait pas eu lieu sans l'argent de la Banque des Territoires. Plage probable : 80 % des 200 tirages de l'incertitude ; entre parenthèses après l'écart avec la Convention 2020, la plage de cet écart sous les mêmes tirages pour les deux scénarios (elle dit si l'écart garde son sens, pas la précision de chaque chiffre).",
        (ResultsIntro, Lang::En) => "Net figures: what would not have happened without the Banque des Territoires' money. Likely range: 80 % of 200 uncertainty draws; in brackets after the difference with the 2020 convention, the range of that difference under the same draws for both scenarios (it says whether the difference keeps its sign, not how precise each figure is).",
        (Why, Lang::Fr) => "Pourquoi ?",
        (Why, Lang::En) => "Why?",
        (FormulaLabel, Lang::Fr) => "Calcul",
        (FormulaLabel, Lang::En) => "How it is computed",
        (TopWorkstreams, Lang::Fr) => "Chantiers qui y contribuent le plus",
        (TopWorkstreams, Lang::En) => "Workstreams contributing most",
        (ParamsUsed, Lang::Fr) => "Paramètres utilisés (voir la méthode)",
        (ParamsUsed, Lang::En) => "Parameters used (see the methodology)",
        (LoansShort, Lang::Fr) => "prêts",
        (LoansShort, Lang::En) => "loans",
        (EngineeringShort, Lang::Fr) => "ingénierie",
        (EngineeringShort, Lang::En) => "engineering",
        (EquityShort, Lang::Fr) => "fonds propres",
        (EquityShort, Lang::En) => "equity",
        (ShowTable, Lang::Fr) => "Tableau des données",
        (ShowTable, Lang::En) => "Data table",
        (Year, Lang::Fr) => "Année",
        (Year, Lang::En) => "Year",
        (P10, Lang::Fr) => "P10",
        (P10, Lang::En) => "P10",
        (P90, Lang::Fr) => "P90",
        (P90, Lang::En) => "P90",
        (ChartsHeading, Lang::Fr) => "Évolution 2020-2040",
        (ChartsHeading, Lang::En) => "Over time, 2020-2040",
        (ImperativesHeading, Lang::Fr) => "Les trois impératifs du plan, en 2030",
        (ImperativesHeading, Lang::En) => "The plan's three imperatives, in 2030",
        (ImperativesIntro, Lang::Fr) => "Chaque indice résume plusieurs résultats nets rapportés à des repères ronds (100 : l'ordre de grandeur du plan de la métropole de Nice, pas un objectif). Un indice n'est qu'un résumé : les tuiles gardent les unités réelles.",
        (ImperativesIntro, Lang::En) => "Each index sums up several net results against round references (100: the order of the Nice metropolis' plan, not a target). An index is only a summary: the tiles keep real units.",
        (LeverageLabel, Lang::Fr) => "Effet de levier",
        (LeverageLabel, Lang::En) => "Leverage",
        (LeverageUnit, Lang::Fr) => "€ investis par € de la BdT",
        (LeverageUnit, Lang::En) => "€ invested per BdT €",
        (LeverageFormula, Lang::Fr) => "Investissement des projets financés (brut, toutes sources) divisé par l'argent de la Banque des Territoires alloué. Ces euros ne se valent pas : les prêts sont remboursés, les fonds propres revendus, les crédits d'ingénierie donnés. Au-delà du vivier de projets prêts, l'argent ajouté ne trouve plus de projets et le levier baisse.",
        (LeverageFormula, Lang::En) => "Investment of the projects financed (gross, all sources) divided by the Banque des Territoires' money allocated. These euros are not alike: loans are repaid, equity is resold, engineering credits are granted. Beyond the pipeline of ready projects, added money finds no projects and leverage falls.",
        (LeverageByInstrument, Lang::Fr) => "Par instrument (investissement des projets où il est présent, par euro) : prêts {loans} €, crédits d'ingénierie {engineering} €, fonds propres {equity} €.",
        (LeverageByInstrument, Lang::En) => "By instrument (investment of the projects it is part of, per euro): loans {loans} €, engineering credits {engineering} €, equity {equity} €.",
        (MetroCostLabel, Lang::Fr) => "Ce que la Métropole doit financer",
        (MetroCostLabel, Lang::En) => "What the metropolis must finance",
        (MetroCostUnit, Lang::Fr) => "€ par habitant",
        (MetroCostUnit, Lang::En) => "€ per inhabitant",
        (MetroCostDetails, Lang::Fr) => "Cofinancement des projets que l'argent ajoute : {cofin} M€ de 2020 à 2040. Prêts BdT empruntés par la Métropole elle-même : {loans} M€ (son encours est de {debt} M€) ; leur service de la dette atteint {service} M€ par an ({service_hab} € par habitant), face à {transport} M€ d'investissement annuel dans les transports. Ce que l'argent de la BdT coûte vraiment au public (son équivalent-subvention : prêts et participations sont remboursés ou revendus) : {ge} M€ de 2020, dont prêts {ge_loans}, fonds propres {ge_equity} et ingénierie {ge_eng} M€ ; le cofinancement de la Métropole s'y ajoute. Coût pour la BdT de l'argent consacré au climat : {abate} € par tonne de CO2 évitée sur la durée de vie des équipements (tonnes actualisées) ; avec le cofinancement de la Métropole, {abate_public} € par tonne. La valeur de l'action pour le climat vaut {vlife} € par tonne sur la même base ; tout l'argent est compté pour le CO2, sans ses autres bénéfices (factures, voyages, logements).",
        (MetroCostDetails, Lang::En) => "Co-financing of the projects the money adds: {cofin} M€ from 2020 to 2040. BdT loans borrowed by the metropolis itself: {loans} M€ (its debt is {debt} M€); their debt service peaks at {service} M€ a year ({service_hab} € per inhabitant), against {transport} M€ of yearly transport investment. What BdT's money really costs the public (its grant-equivalent: loans and stakes are repaid or resold): {ge} M€ of 2020, of which loans {ge_loans}, equity {ge_equity} and engineering {ge_eng} M€; the metropolis' co-financing comes on top. BdT's cost of the money spent on climate: {abate} € per tonne of CO2 avoided over the assets' lifetimes (discounted tonnes); with the metropolis' co-financing, {abate_public} € a tonne. The carbon value is {vlife} € a tonne on the same basis; all the money is counted for CO2, without its other benefits (bills, trips, homes).",
        (CentralValue, Lang::Fr) => "valeur centrale",
        (CentralValue, Lang::En) => "central value",
        (NotDeployed, Lang::Fr) => "non déployés faute de projets prêts",
        (NotDeployed, Lang::En) => "not deployed for lack of ready projects",
        (SkipToResults, Lang::Fr) => "Aller au contenu",
        (SkipToResults, Lang::En) => "Skip to content",
        (WorkshopTools, Lang::Fr) => "Outils d'atelier",
        (WorkshopTools, Lang::En) => "Workshop tools",
        (Fullscreen, Lang::Fr) => "Plein écran (F)",
        (Fullscreen, Lang::En) => "Fullscreen (F)",
        (HighContrast, Lang::Fr) => "Contraste élevé (K)",
        (HighContrast, Lang::En) => "High contrast (K)",
        (QrShow, Lang::Fr) => "Code QR pour la salle (Q)",
        (QrShow, Lang::En) => "QR code for the room (Q)",
        (ShortcutsOn, Lang::Fr) => "Raccourcis clavier actifs",
        (ShortcutsOn, Lang::En) => "Keyboard shortcuts on",
        (ShortcutsHelp, Lang::Fr) => "Raccourcis clavier",
        (ShortcutsHelp, Lang::En) => "Keyboard shortcuts",
        (ShortcutsList, Lang::Fr) => "Les raccourcis sont inactifs pendant la saisie dans un champ, et Ctrl+Z y reste l'annulation du champ.",
        (ShortcutsList, Lang::En) => "Shortcuts are off while typing in a field, where Ctrl+Z stays the field's own undo.",
        (QrOverlayTitle, Lang::Fr) => "Ouvrez ce scénario sur votre téléphone",
        (QrOverlayTitle, Lang::En) => "Open this scenario on your phone",
        (CloseQr, Lang::Fr) => "Fermer le code QR (Échap)",
        (CloseQr, Lang::En) => "Close the QR code (Esc)",
        (ViewCompare, Lang::Fr) => "Comparer",
        (ViewCompare, Lang::En) => "Compare",
        (ShareHeading, Lang::Fr) => "Partager, enregistrer, exporter",
        (ShareHeading, Lang::En) => "Share, save, export",
        (LinkLabel, Lang::Fr) => "Lien de ce scénario",
        (LinkLabel, Lang::En) => "Link to this scenario",
        (CopyLink, Lang::Fr) => "Copier le lien",
        (CopyLink, Lang::En) => "Copy the link",
        (LinkCopied, Lang::Fr) => "Lien copié.",
        (LinkCopied, Lang::En) => "Link copied.",
        (LinkSelected, Lang::Fr) => "Le lien est sélectionné : copiez-le avec Ctrl+C (ou ⌘+C).",
        (LinkSelected, Lang::En) => "The link is selected: copy it with Ctrl+C (or ⌘+C).",
        (QrCaption, Lang::Fr) => "Code QR du lien, pour ouvrir ce scénario sur un téléphone",
        (QrCaption, Lang::En) => "QR code of the link, to open this scenario on a phone",
        (ExportCsv, Lang::Fr) => "Séries (CSV)",
        (ExportCsv, Lang::En) => "Series (CSV)",
        (ExportJson, Lang::Fr) => "Scénario (JSON)",
        (ExportJson, Lang::En) => "Scenario (JSON)",
        (ExportSvg, Lang::Fr) => "Graphiques (SVG)",
        (ExportSvg, Lang::En) => "Charts (SVG)",
        (ExportLabel, Lang::Fr) => "Télécharger",
        (ExportLabel, Lang::En) => "Download",
        (ImportJson, Lang::Fr) => "Importer un scénario (JSON)",
        (ImportJson, Lang::En) => "Import a scenario (JSON)",
        (ImportDone, Lang::Fr) => "Scénario importé.",
        (ImportDone, Lang::En) => "Scenario imported.",
        (NewModelFigures, Lang::Fr) => "Ce scénario a été fait avec une version précédente du modèle : il s'ouvre avec les chiffres du modèle actuel (v3), où chaque instrument ne finance que sa part des projets. Ses montants sont inchangés ; les résultats peuvent différer de ceux qu'il montrait.",
        (NewModelFigures, Lang::En) => "This scenario was made with an earlier version of the model: it opens with the current model's figures (v3), in which each instrument finances only its own slice of projects. Its amounts are unchanged; the results may differ from those it showed.",
        (SaveName, Lang::Fr) => "Nom du scénario",
        (SaveName, Lang::En) => "Scenario name",
        (Save, Lang::Fr) => "Enregistrer dans ce navigateur",
        (Save, Lang::En) => "Save in this browser",
        (ScenarioSaved, Lang::Fr) => "Scénario enregistré dans ce navigateur.",
        (ScenarioSaved, Lang::En) => "Scenario saved in this browser.",
        (SavedHeading, Lang::Fr) => "Scénarios des équipes",
        (SavedHeading, Lang::En) => "Team scenarios",
        (NoSaved, Lang::Fr) => "Aucun scénario enregistré pour l'instant.",
        (NoSaved, Lang::En) => "No scenario saved yet.",
        (Open, Lang::Fr) => "Ouvrir",
        (Open, Lang::En) => "Open",
        (Rename, Lang::Fr) => "Renommer",
        (Rename, Lang::En) => "Rename",
        (Delete, Lang::Fr) => "Supprimer",
        (Delete, Lang::En) => "Delete",
        (AddToCompare, Lang::Fr) => "Comparer",
        (AddToCompare, Lang::En) => "Compare",
        (DefaultName, Lang::Fr) => "Mon scénario",
        (DefaultName, Lang::En) => "My scenario",
        (BadLinkIntro, Lang::Fr) => "Ce lien n'a pas pu être ouvert ; le scénario précédent est conservé.",
        (BadLinkIntro, Lang::En) => "This link could not be opened; the previous scenario is kept.",
        (BadImportIntro, Lang::Fr) => "Ce fichier n'a pas pu être importé ; le scénario précédent est conservé.",
        (BadImportIntro, Lang::En) => "This file could not be imported; the previous scenario is kept.",
        (StorageSetAsideIntro, Lang::Fr) => "{n} scénario(s) enregistré(s) illisible(s) mis de côté (les autres sont conservés) :",
        (StorageSetAsideIntro, Lang::En) => "{n} unreadable saved scenario(s) set aside (the others are kept):",
        (StorageFullText, Lang::Fr) => "Le navigateur refuse d'enregistrer : espace de stockage plein ou désactivé. Rien n'a été perdu, mais ce scénario n'est pas enregistré.",
        (StorageFullText, Lang::En) => "The browser refuses to save: storage is full or disabled. Nothing was lost, but this scenario is not saved.",
        (Dismiss, Lang::Fr) => "Fermer le message",
        (Dismiss, Lang::En) => "Dismiss the message",
        (AndMore, Lang::Fr) => "… et {n} autres",
        (AndMore, Lang::En) => "… and {n} more",
        (EditRefused, Lang::Fr) => "Cette modification n'est pas appliquée :",
        (EditRefused, Lang::En) => "This change is not applied:",
        (AreasIntro, Lang::Fr) => "Domaines d'intervention de la BdT (communiqué de 2020) : ",
        (AreasIntro, Lang::En) => "BdT areas of intervention (2020 press release): ",
        (NoArea, Lang::Fr) => "Aucun domaine d'intervention de la BdT du communiqué de 2020 ne vise ce chantier.",
        (NoArea, Lang::En) => "No BdT area of intervention in the 2020 press release targets this workstream.",
        (OpenedBy, Lang::Fr) => "Le communiqué de 2020 en prévoit pour : {areas}.",
        (OpenedBy, Lang::En) => "The 2020 press release plans them for: {areas}.",
        (SkipToLevers, Lang::Fr) => "Aller aux leviers",
        (SkipToLevers, Lang::En) => "Skip to the levers",
        (GainPicker, Lang::Fr) => "Ce que 1 M€ de plus apporte, en :",
        (GainPicker, Lang::En) => "What 1 M€ more buys, in:",
        (ChartPicker, Lang::Fr) => "Courbe affichée :",
        (ChartPicker, Lang::En) => "Chart shown:",
        (StripHeading, Lang::Fr) => "Résultats en bref",
        (StripHeading, Lang::En) => "Results at a glance",
        (StripChange, Lang::Fr) => "au dernier réglage",
        (StripChange, Lang::En) => "from the last move",
        (StripOpen, Lang::Fr) => "Tous les résultats",
        (StripOpen, Lang::En) => "All results",
        (GainPerMeur, Lang::Fr) => "+1 M€",
        (GainPerMeur, Lang::En) => "+1 M€",
        (GainPer10k, Lang::Fr) => "+10 k€",
        (GainPer10k, Lang::En) => "+10 k€",
        (GainNone, Lang::Fr) => "sans effet sur ce résultat",
        (GainNone, Lang::En) => "no effect on this outcome",
        (LeverClosed, Lang::Fr) => "Non ouvert par la convention",
        (LeverClosed, Lang::En) => "Not opened by the agreement",
        (ExplainHeading, Lang::Fr) => "Ce qui a changé, et pourquoi",
        (ExplainHeading, Lang::En) => "What changed, and why",
        (ExplainIntro, Lang::Fr) => "L'écart entre la Convention 2020 et votre scénario, réparti entre les chantiers qui diffèrent (et, pour chacun, entre ses instruments). Les parts s'additionnent exactement à l'écart.",
        (ExplainIntro, Lang::En) => "The difference between Convention 2020 and your scenario, split among the workstreams that differ (and within each, among its instruments). The parts add up exactly to the difference.",
        (ExplainPicker, Lang::Fr) => "Résultat décomposé :",
        (ExplainPicker, Lang::En) => "Outcome split:",
        (ExplainOverrides, Lang::Fr) => "Hypothèses modifiées",
        (ExplainOverrides, Lang::En) => "Edited assumptions",
        (ExplainStep, Lang::Fr) => "Étape",
        (ExplainStep, Lang::En) => "Step",
        (ExplainChange, Lang::Fr) => "Valeur ou variation",
        (ExplainChange, Lang::En) => "Value or change",
        (ExplainBar, Lang::Fr) => "Barre",
        (ExplainBar, Lang::En) => "Bar",
        (ExplainMethod, Lang::Fr) => "Méthode : projection centrale (sans tirages). Chaque chantier reçoit son apport moyen sur tous les ordres dans lesquels les chantiers pourraient passer d'un scénario à l'autre, puis ses instruments se partagent cet apport de la même façon (valeur d'Owen). Les effets croisés, par exemple un plafond atteint à deux, sont ainsi partagés et non comptés deux fois.",
        (ExplainMethod, Lang::En) => "Method: central projection (no draws). Each workstream gets its average contribution over every order in which the workstreams could switch from one scenario to the other, then its instruments share it the same way (Owen value). Joint effects, such as a cap reached by two together, are shared, not counted twice.",
        (ExplainWaiting, Lang::Fr) => "Calcul de la décomposition…",
        (ExplainWaiting, Lang::En) => "Computing the split…",
        (ExplainBand, Lang::Fr) => "Sur 200 tirages appariés (les mêmes hypothèses tirées pour les deux scénarios), l'écart se situe {range} dans 80 % des cas. Les étapes décomposent exactement la projection centrale, le chiffre affiché partout.",
        (ExplainBand, Lang::En) => "Over 200 paired draws (the same assumptions drawn for both scenarios), the change lies {range} in 80% of them. The steps split exactly the central projection, the figure shown everywhere.",
        (Grounding, Lang::Fr) => "Ancrage\u{a0}: {level} ({sourced} paramètres sourcés sur {all}, le reste des hypothèses)",
        (Grounding, Lang::En) => "Grounding: {level} ({sourced} of {all} parameters sourced, the rest assumptions)",
        (GroundedWell, Lang::Fr) => "surtout sourcé",
        (GroundedWell, Lang::En) => "mostly sourced",
        (GroundedPartly, Lang::Fr) => "en partie sourcé",
        (GroundedPartly, Lang::En) => "partly sourced",
        (GroundedWeakly, Lang::Fr) => "surtout des hypothèses",
        (GroundedWeakly, Lang::En) => "mostly assumptions",
        (ExplainScale, Lang::Fr) => "Barres : l'échelle commence près des valeurs pour que les écarts restent visibles.",
        (ExplainScale, Lang::En) => "Bars: the scale starts near the values so that the differences stay visible.",
        (ChangeStatusLabel, Lang::Fr) => "Ce qui a changé",
        (ChangeStatusLabel, Lang::En) => "What changed",
        (FileNotJson, Lang::Fr) => "Ce fichier n'a pas pu être lu.",
        (FileNotJson, Lang::En) => "This file could not be read.",
        (FileTooBig, Lang::Fr) => "Fichier trop gros (plus de 1 Mo)",
        (FileTooBig, Lang::En) => "File too large (over 1 MB)",
        (CompareHeading, Lang::Fr) => "Comparer les scénarios des équipes",
        (CompareHeading, Lang::En) => "Compare the teams' scenarios",
        (CompareIntro, Lang::Fr) => "Les scénarios des équipes (enregistrés ici, ou collés depuis le lien qu'une équipe envoie de son téléphone), côte à côte avec la convention 2020 pour référence : les écarts avec elle sont mis en évidence. Huit scénarios au plus ; la liste est gardée dans ce navigateur.",
        (CompareIntro, Lang::En) => "The teams' scenarios (saved here, or pasted from the link a team sends from its phone), side by side with the 2020 convention as the reference: the differences from it are highlighted. Eight scenarios at most; the list is kept in this browser.",
        (ComparePaste, Lang::Fr) => "Coller un lien de scénario",
        (ComparePaste, Lang::En) => "Paste a scenario link",
        (CompareAdd, Lang::Fr) => "Ajouter",
        (CompareAdd, Lang::En) => "Add",
        (CompareAddCurrent, Lang::Fr) => "Ajouter le scénario en cours",
        (CompareAddCurrent, Lang::En) => "Add the current scenario",
        (CompareRemove, Lang::Fr) => "Retirer",
        (CompareRemove, Lang::En) => "Remove",
        (CompareFull, Lang::Fr) => "Huit scénarios au plus : supprimez-en un d'abord.",
        (CompareFull, Lang::En) => "Eight scenarios at most: delete one first.",
        (CompareEmpty, Lang::Fr) => "Aucun scénario à comparer pour l'instant.",
        (CompareEmpty, Lang::En) => "No scenario to compare yet.",
        (CompareOutcomes, Lang::Fr) => "Résultats clés",
        (CompareOutcomes, Lang::En) => "Key results",
        (CompareLevers, Lang::Fr) => "Choix de financement, écart entre scénarios",
        (CompareLevers, Lang::En) => "Funding choices, spread between scenarios",
        (CompareSpread, Lang::Fr) => "écart",
        (CompareSpread, Lang::En) => "spread",
        (CurrentScenario, Lang::Fr) => "Scénario en cours",
        (CurrentScenario, Lang::En) => "Current scenario",
        (Modified, Lang::Fr) => "modifié",
        (Modified, Lang::En) => "modified",
        (Outcome, Lang::Fr) => "Résultat",
        (Outcome, Lang::En) => "Result",
        (Lever, Lang::Fr) => "Levier",
        (Lever, Lang::En) => "Lever",
        (PanicText, Lang::Fr) => "Une erreur inattendue a arrêté le simulateur. Votre scénario est dans l'adresse de la page : rechargez pour reprendre.",
        (PanicText, Lang::En) => "An unexpected error stopped the simulator. Your scenario is in the page address: reload to carry on.",
        (Reload, Lang::Fr) => "Recharger",
        (Reload, Lang::En) => "Reload",
        (SeekHeading, Lang::Fr) => "Viser un objectif",
        (SeekHeading, Lang::En) => "Aim for a target",
        (ViewCommunes, Lang::Fr) => "Ma commune",
        (ViewCommunes, Lang::En) => "My commune",
        (ViewBilan, Lang::Fr) => "Bilan 2020-2026",
        (ViewBilan, Lang::En) => "Review 2020-2026",
        (Plain, Lang::Fr) => "Des estimations\u{a0}: ce que l'argent de la convention 2020-2026 a pu produire, et ce qu'une autre répartition aurait produit.",
        (Plain, Lang::En) => "Estimates: what the 2020-2026 convention's money could have done, and what another split would have done.",
        (PlainBilan, Lang::Fr) => "Voir ce qui a été publié",
        (PlainBilan, Lang::En) => "See what was published",
        (BilanHeading, Lang::Fr) => "Bilan 2020-2026\u{a0}: ce qui a été publié, à côté de ce que dit le modèle",
        (BilanHeading, Lang::En) => "Review 2020-2026: what was published, beside what the model says",
        (BilanIntro, Lang::Fr) => "La période de la convention est terminée. Voici les chiffres publiés qui la concernent, chacun avec son année, son territoire (Métropole, Marseille, Bouches-du-Rhône, Provence-Alpes-Côte d'Azur, France\u{a0}: jamais confondus), s'il est brut ou net, sa source et sa confiance. Aucun n'est un total de la Banque des Territoires pour la Métropole\u{a0}: il n'en a pas été publié. Les chiffres observés ne remplacent jamais ceux du modèle\u{a0}; le modèle n'est placé à côté que là où les définitions concordent.",
        (BilanIntro, Lang::En) => "The convention's period is over. Here are the published figures that bear on it, each with its year, its territory (metropolis, Marseille, Bouches-du-Rhône, Provence-Alpes-Côte d'Azur, France: never blurred), whether it is gross or net, its source and its confidence. None is a Banque des Territoires total for the metropolis: none was published. Observed figures never replace the model's; the model stands beside them only where the definitions match.",
        (BilanWaiting, Lang::Fr) => "Chargement du bilan…",
        (BilanWaiting, Lang::En) => "Loading the review…",
        (BilanReported, Lang::Fr) => "chiffre publié",
        (BilanReported, Lang::En) => "published figure",
        (BilanConfidence, Lang::Fr) => "confiance",
        (BilanConfidence, Lang::En) => "confidence",
        (BilanModel, Lang::Fr) => "Modèle, même définition (Convention 2020, projection centrale)",
        (BilanModel, Lang::En) => "Model, same definition (Convention 2020, central projection)",
        (BilanGap, Lang::Fr) => "écart",
        (BilanGap, Lang::En) => "gap",
        (BilanInputOf, Lang::Fr) => "Entrée du modèle tirée de cette source, pas une vérification",
        (BilanInputOf, Lang::En) => "Model input taken from this source, not a check",
        (BilanSource, Lang::Fr) => "Source",
        (BilanSource, Lang::En) => "Source",
        (BilanChecks, Lang::Fr) => "Comparables\u{a0}: le modèle calcule la même chose",
        (BilanChecks, Lang::En) => "Comparable: the model computes the same thing",
        (BilanChecksIntro, Lang::Fr) => "Le chiffre publié et celui du modèle pour la Convention 2020, avec l'écart. Un écart n'est pas une erreur quand le territoire ou le périmètre diffère\u{a0}: chaque note dit pourquoi.",
        (BilanChecksIntro, Lang::En) => "The published figure and the model's for the Convention 2020, with the gap. A gap is not an error when the territory or scope differs: each note says why.",
        (BilanInputs, Lang::Fr) => "Entrées du modèle tirées de ces sources",
        (BilanInputs, Lang::En) => "Model inputs taken from these sources",
        (BilanInputsIntro, Lang::Fr) => "Le modèle prend ces chiffres comme hypothèses\u{a0}: les retrouver ne vérifie rien.",
        (BilanInputsIntro, Lang::En) => "The model takes these figures as assumptions: finding them again checks nothing.",
        (BilanContext, Lang::Fr) => "Ce qui s'est passé, sans chiffre comparable du modèle",
        (BilanContext, Lang::En) => "What happened, with no comparable model figure",
        (BilanContextIntro, Lang::Fr) => "Des faits de la période qu'on ne peut pas attribuer à l'argent de la convention, ou dont le modèle ne calcule pas la même définition.",
        (BilanContextIntro, Lang::En) => "Facts of the period that cannot be attributed to the convention's money, or whose definition the model does not compute.",
        (BilanMissing, Lang::Fr) => "Ce qui n'a pas été publié",
        (BilanMissing, Lang::En) => "What was not published",
        (Today, Lang::Fr) => "aujourd'hui (déc. 2026)",
        (Today, Lang::En) => "today (Dec. 2026)",
        (MethodologyHref, Lang::Fr) => "methodologie.html",
        (MethodologyHref, Lang::En) => "methodology.html",
        (MethodologyPage, Lang::Fr) => "Méthode (page à lire ou imprimer)",
        (MethodologyPage, Lang::En) => "Methodology (a page to read or print)",
        (MethodologyPageIntro, Lang::Fr) => "La méthode du simulateur, écrite à la publication à partir du même texte que la vue « Méthode » : équations, hypothèses avec leurs sources et leur degré de confiance. Les chiffres sont ceux du registre, sans modification.",
        (MethodologyPageIntro, Lang::En) => "The simulator's method, written at publication from the same text as the « Methodology » view: equations, assumptions with their sources and confidence. The figures are the registry's, unmodified.",
        (BackToSimulator, Lang::Fr) => "← Retour au simulateur",
        (BackToSimulator, Lang::En) => "← Back to the simulator",
        (OtherLanguagePage, Lang::Fr) => "English version",
        (OtherLanguagePage, Lang::En) => "Version française",
        (StatementHref, Lang::Fr) => "accessibilite.html",
        (StatementHref, Lang::En) => "accessibility.html",
        (StripVersus, Lang::Fr) => "vs convention 2020",
        (StripVersus, Lang::En) => "vs 2020 convention",
        (StripVersusLong, Lang::Fr) => "Écart avec la convention 2020 telle qu'annoncée (avec vos hypothèses)",
        (StripVersusLong, Lang::En) => "Difference with the 2020 convention as announced (with your assumptions)",
        (StripSame, Lang::Fr) => "= convention 2020",
        (StripSame, Lang::En) => "= 2020 convention",
        (EditedFrom, Lang::Fr) => "vos réglages, partis de ce scénario type. Le bandeau compare vos chiffres à ceux de la convention 2020.",
        (EditedFrom, Lang::En) => "your settings, started from this preset. The strip compares your figures with the 2020 convention's.",
        (OfferTeams, Lang::Fr) => "Les scénarios des équipes ont été remplacés par ceux du fichier.",
        (OfferTeams, Lang::En) => "The team scenarios were replaced by the file's.",
        (MoveUp, Lang::Fr) => "Monter",
        (MoveUp, Lang::En) => "Move up",
        (MoveDown, Lang::Fr) => "Descendre",
        (MoveDown, Lang::En) => "Move down",
        (CompareReference, Lang::Fr) => "Convention 2020 (référence)",
        (CompareReference, Lang::En) => "2020 convention (reference)",
        (CompareExport, Lang::Fr) => "Exporter la comparaison",
        (CompareExport, Lang::En) => "Export the comparison",
        (CompareImportLabel, Lang::Fr) => "Importer une comparaison (.json)",
        (CompareImportLabel, Lang::En) => "Import a comparison (.json)",
        (CompareImported, Lang::Fr) => "Comparaison importée.",
        (CompareImported, Lang::En) => "Comparison imported.",
        (SheetKicker, Lang::Fr) => "Relance — simulateur de l'argent de la Banque des Territoires dans le plan « Relance et Renouveau » d'Aix-Marseille-Provence",
        (SheetKicker, Lang::En) => "Relance — a simulator of the Banque des Territoires' money in Aix-Marseille-Provence's « Relance et Renouveau » plan",
        (SheetModel, Lang::Fr) => "modèle",
        (SheetModel, Lang::En) => "model",
        (SheetMoney, Lang::Fr) => "L'argent de la Banque des Territoires, par chantier et par instrument",
        (SheetMoney, Lang::En) => "The Banque des Territoires' money, by workstream and instrument",
        (SheetWorkstream, Lang::Fr) => "Chantier",
        (SheetWorkstream, Lang::En) => "Workstream",
        (SheetResults, Lang::Fr) => "Résultats nets de ce qui se serait fait de toute façon",
        (SheetResults, Lang::En) => "Results net of what would have happened anyway",
        (SheetCentral, Lang::Fr) => "Chiffre central",
        (SheetCentral, Lang::En) => "Central figure",
        (SheetBand, Lang::Fr) => "Fourchette P10-P90",
        (SheetBand, Lang::En) => "P10-P90 range",
        (SheetVersus, Lang::Fr) => "Écart avec la convention 2020",
        (SheetVersus, Lang::En) => "Difference with the 2020 convention",
        (SheetImperatives, Lang::Fr) => "Les trois impératifs du plan (indices, convention 2020 = référence)",
        (SheetImperatives, Lang::En) => "The plan's three imperatives (indices, 2020 convention = reference)",
        (SheetFoot, Lang::Fr) => "Estimations d'un modèle, pas des observations : chaque hypothèse, sa source et sa marge d'incertitude sont dans la méthode du simulateur (lien ci-dessus).",
        (SheetFoot, Lang::En) => "Estimates from a model, not observations: every assumption, its source and its uncertainty are in the simulator's methodology (link above).",
        (CompareMoneyPrint, Lang::Fr) => "L'argent par chantier : prêts / crédits d'ingénierie / fonds propres, en M€",
        (CompareMoneyPrint, Lang::En) => "The money by workstream: loans / engineering credits / equity, in M€",
        (HelpTitle, Lang::Fr) => "Aide et raccourcis (?)",
        (HelpTitle, Lang::En) => "Help and shortcuts (?)",
        (HelpClose, Lang::Fr) => "Fermer l'aide (Échap)",
        (HelpClose, Lang::En) => "Close the help (Esc)",
        (ShortcutRows, Lang::Fr) => "1 à 4|ouvrir un scénario de départ (Ctrl+Z le défait)\n0|tout réinitialiser (Ctrl+Z le défait)\nCtrl+Z · Ctrl+Maj+Z|annuler · rétablir\nV · C · A · M|simulateur · comparer · hypothèses · méthode\nQ|code QR du scénario, pour les téléphones de la salle\nT|minuteur de l'atelier\nF|plein écran\nK|contraste élevé\nL|English\n?|cette aide\nÉchap|fermer ce qui couvre la page",
        (ShortcutRows, Lang::En) => "1 to 4|open a starting scenario (Ctrl+Z undoes it)\n0|reset everything (Ctrl+Z undoes it)\nCtrl+Z · Ctrl+Shift+Z|undo · redo\nV · C · A · M|simulator · compare · assumptions · methodology\nQ|the scenario's QR code, for the room's phones\nT|the workshop's timer\nF|fullscreen\nK|high contrast\nL|français\n?|this help\nEsc|close what covers the page",
        (Timer, Lang::Fr) => "Minuteur (T)",
        (Timer, Lang::En) => "Timer (T)",
        (TimerStart, Lang::Fr) => "Démarrer",
        (TimerStart, Lang::En) => "Start",
        (TimerPause, Lang::Fr) => "Pause",
        (TimerPause, Lang::En) => "Pause",
        (TimerReset, Lang::Fr) => "Remettre à zéro",
        (TimerReset, Lang::En) => "Reset",
        (TimerMinutes, Lang::Fr) => "Minutes",
        (TimerMinutes, Lang::En) => "Minutes",
        (TimerDone, Lang::Fr) => "Temps écoulé.",
        (TimerDone, Lang::En) => "Time is up.",
        (OpenFull, Lang::Fr) => "Ouvrir en plein écran",
        (OpenFull, Lang::En) => "Open full screen",
        (ShareLink, Lang::Fr) => "Partager le lien…",
        (ShareLink, Lang::En) => "Share the link…",
        (PrintSheet, Lang::Fr) => "Imprimer la fiche",
        (PrintSheet, Lang::En) => "Print the sheet",
        (PrintComparison, Lang::Fr) => "Imprimer la comparaison",
        (PrintComparison, Lang::En) => "Print the comparison",
        (OfferPreset, Lang::Fr) => "Votre scénario a été remplacé par un scénario type.",
        (OfferPreset, Lang::En) => "Your scenario was replaced by a preset.",
        (OfferReset, Lang::Fr) => "Tout a été réinitialisé\u{a0}: la convention 2020 et les valeurs du registre.",
        (OfferReset, Lang::En) => "Everything was reset: the 2020 convention and the registry's values.",
        (OfferLink, Lang::Fr) => "Votre scénario a été remplacé par celui du lien.",
        (OfferLink, Lang::En) => "Your scenario was replaced by the link's.",
        (OfferFile, Lang::Fr) => "Votre scénario a été remplacé par celui du fichier ou de l'enregistrement.",
        (OfferFile, Lang::En) => "Your scenario was replaced by the file's or the saved one.",
        (OfferAssumptions, Lang::Fr) => "Toutes les hypothèses sont revenues aux valeurs du registre.",
        (OfferAssumptions, Lang::En) => "Every assumption is back to the registry's value.",
        (OfferCompared, Lang::Fr) => "Le scénario a été retiré de la comparaison.",
        (OfferCompared, Lang::En) => "The scenario was taken out of the comparison.",
        (OfferUndone, Lang::Fr) => "Annulé\u{a0}: l'état précédent est revenu.",
        (OfferUndone, Lang::En) => "Undone: the previous state is back.",
        (UndoButton, Lang::Fr) => "Annuler (Ctrl+Z)",
        (UndoButton, Lang::En) => "Undo (Ctrl+Z)",
        (RedoButton, Lang::Fr) => "Rétablir (Ctrl+Maj+Z)",
        (RedoButton, Lang::En) => "Redo (Ctrl+Shift+Z)",
        (DismissOffer, Lang::Fr) => "Fermer",
        (DismissOffer, Lang::En) => "Close",
        (WorkerUnavailable, Lang::Fr) => "Les calculs d'appoint n'ont pas pu démarrer\u{a0}: les fourchettes, «\u{a0}Viser un objectif\u{a0}», les graphiques, les fichiers, le code QR et les sources sont indisponibles pour l'instant. Les chiffres centraux et les tableaux restent à jour\u{a0}; un nouvel essai aura lieu au prochain réglage.",
        (WorkerUnavailable, Lang::En) => "The background computations could not start: ranges, \"Aim for a target\", charts, files, the QR code and sources are unavailable for now. The central figures and tables stay up to date; the next move tries again.",
        (WorkerUnavailableFiles, Lang::Fr) => "Les fichiers sont indisponibles pour l'instant (les calculs d'appoint n'ont pas démarré)\u{a0}: réessayez après un réglage.",
        (WorkerUnavailableFiles, Lang::En) => "Files are unavailable for now (the background computations did not start): try again after a move.",
        (WorkerUnavailableText, Lang::Fr) => "Ce texte est indisponible pour l'instant (les calculs d'appoint n'ont pas démarré)\u{a0}: revenez-y après un réglage.",
        (WorkerUnavailableText, Lang::En) => "This text is unavailable for now (the background computations did not start): come back after a move.",
        (WorkerUnavailableSeek, Lang::Fr) => "La recherche est indisponible pour l'instant (les calculs d'appoint n'ont pas démarré)\u{a0}: réessayez après un réglage.",
        (WorkerUnavailableSeek, Lang::En) => "The search is unavailable for now (the background computations did not start): try again after a move.",
        (PanelLoading, Lang::Fr) => "Chargement…",
        (PanelLoading, Lang::En) => "Loading…",
        (IntroSummary, Lang::Fr) => "Comment le lire\u{202f}?",
        (IntroSummary, Lang::En) => "How to read it?",
        (Intro1, Lang::Fr) => "Répartissez les prêts, les crédits d'ingénierie et les fonds propres de la Banque des Territoires entre les huit chantiers du plan, et voyez ce qu'ils auraient pu produire.",
        (Intro1, Lang::En) => "Share the Banque des Territoires' loans, engineering credits and equity across the plan's eight workstreams, and see what they could have produced.",
        (Intro2, Lang::Fr) => "Les montants sont illustratifs\u{a0}: seule l'enveloppe d'ingénierie est publiée, et chaque hypothèse est sourcée ou signalée comme telle.",
        (Intro2, Lang::En) => "The amounts are illustrative: only the engineering envelope is published, and every assumption is sourced or marked as one.",
        (Intro3, Lang::Fr) => "Chaque résultat est net (ce qui n'aurait pas eu lieu sans cet argent)\u{a0}: le chiffre affiché est la projection centrale, chaque hypothèse à sa valeur, le même sur tous les écrans, et «\u{a0}entre … et …\u{a0}» contient 80\u{a0}% de 200 tirages des hypothèses.",
        (Intro3, Lang::En) => "Every result is net (what would not have happened without this money): the figure shown is the central projection, every assumption at its value, the same on every screen, and \"between … and …\" holds 80% of 200 draws of the assumptions.",
        (Glossary, Lang::Fr) => "Glossaire",
        (Glossary, Lang::En) => "Glossary",
        (Definition, Lang::Fr) => "définition",
        (Definition, Lang::En) => "definition",
        (AccessibilityStatus, Lang::Fr) => "Accessibilité\u{a0}: partiellement conforme",
        (AccessibilityStatus, Lang::En) => "Accessibility: partially compliant",
        (FieldHint, Lang::Fr) => "De {min} à {max}, par pas de {step}",
        (FieldHint, Lang::En) => "From {min} to {max}, in steps of {step}",
        (Rounded, Lang::Fr) => "{typed} arrondi à {value} (pas de {step}).",
        (Rounded, Lang::En) => "{typed} rounded to {value} (steps of {step}).",
        (GlossaryLink, Lang::Fr) => "Qu'est-ce qu'une clé\u{202f}?",
        (GlossaryLink, Lang::En) => "What is a key?",
        (CommuneUnknown, Lang::Fr) => "Ce lien désigne une commune qui n'est pas dans la métropole\u{a0}:",
        (CommuneUnknown, Lang::En) => "This link names a commune that is not in the metropolis:",
        (CommunesHeading, Lang::Fr) => "Et pour ma commune\u{202f}?",
        (CommunesHeading, Lang::En) => "What about my commune?",
        (CommunesNotice, Lang::Fr) => "Le plan ne répartit pas l'argent par commune\u{a0}: ces chiffres illustrent ce que chaque commune recevrait si les résultats de chaque chantier étaient répartis selon les clés indiquées (population, quartiers prioritaires, logements sociaux, CVAE, superficie). Les chiffres sont ceux de la projection centrale, comme les tuiles\u{a0}: leur total est celui des tuiles. L'argent (investissement, cofinancement de la Métropole) n'est pas réparti\u{a0}: c'est tout le budget métropolitain qui le porte.",
        (CommunesNotice, Lang::En) => "The plan does not allocate money by commune: these figures illustrate what each commune would get if each workstream's results were spread by the keys given (population, priority neighbourhoods, social dwellings, business tax, land area). The figures are the central projection's, as on the tiles: their total is the tiles'. Money (investment, the metropolis's co-financing) is not spread: the whole metropolitan budget carries it.",
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
        (SeekIntro, Lang::Fr) => "Fixez jusqu'à trois objectifs\u{a0}: le simulateur cherche, en partant de votre répartition, celle qui les atteint avec le moins d'argent de la Banque des Territoires. Les objectifs portent sur les chiffres affichés, ceux de la projection centrale, au milieu des tirages\u{a0}: un objectif atteint l'est à peu près une fois sur deux. «\u{a0}Le moins d'argent\u{a0}» additionne prêts (remboursés), fonds propres (revendus) et crédits d'ingénierie (des subventions) à leur montant\u{a0}; ce qu'il en coûte à la Métropole figure sous «\u{a0}Ailleurs\u{a0}».",
        (SeekIntro, Lang::En) => "Set up to three targets: starting from your split, the simulator looks for the one that meets them with the least Banque des Territoires money. Targets apply to the figures shown, the central projection's, in the middle of the draws: a target met is met about one time in two. \"Least money\" adds up loans (repaid), equity (sold back) and engineering credits (grants) at face value; what it costs the metropolis is listed under \"Elsewhere\".",
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
        (SeekMet, Lang::Fr) => "Objectifs atteints avec",
        (SeekMet, Lang::En) => "Targets met with",
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
        (SeekElsewhere, Lang::Fr) => "Ailleurs, la répartition proposée change (la vôtre → la proposée)\u{a0}:",
        (SeekElsewhere, Lang::En) => "Elsewhere, the proposed split changes (yours → proposed):",
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
    }
}

/// The formula of an outcome in words.
pub fn formula(lang: Lang, o: Outcome) -> &'static str {
    use Outcome::*;
    match (o, lang) {
        (InvestmentSpent, Lang::Fr) => "Pour chaque chantier : les projets prêts que les prêts et fonds propres financent (le plus petit, en douceur, entre ce qu'ils peuvent financer et le vivier), plus tous les projets nés des études cofinancées, moins la part qui aurait eu lieu sans la BdT (propre à chaque instrument).",
        (InvestmentSpent, Lang::En) => "For each workstream: the ready projects loans and equity finance (the smooth minimum of what they can finance and the pipeline), plus every project born of co-financed studies, less the share that would have happened without BdT (each instrument its own).",
        (ConstructionJobs, Lang::Fr) => "Investissement net dépensé chaque année (hors secteurs touchés) × emplois-années par M€ du chantier × (1 + emplois induits), sauf si le ratio inclut déjà les emplois indirects.",
        (ConstructionJobs, Lang::En) => "Net investment spent each year (hard-hit sectors aside) × the workstream's job-years per M€ × (1 + induced jobs), unless the figure already includes indirect jobs.",
        (LastingJobs, Lang::Fr) => "Investissement net achevé (après le délai de réalisation, hors secteurs touchés) × emplois durables par M€ du chantier.",
        (LastingJobs, Lang::En) => "Net investment completed (after the build time, hard-hit sectors aside) × the workstream's lasting jobs per M€.",
        (JobsSafeguarded, Lang::Fr) => "Investissement net qui maintient en vie les entreprises des secteurs durement touchés × emplois sauvegardés par M€ (cet argent ne compte pas en emplois de chantier).",
        (JobsSafeguarded, Lang::En) => "Net investment keeping firms in hard-hit sectors alive × jobs safeguarded per M€ (this money does not count as construction jobs).",
        (Co2Avoided, Lang::Fr) => "Investissement net achevé × tonnes de CO2 évitées par an et par M€, chacune pour ce qu'elle décrit : rénovation (hors rénovations imposées par la loi), logements neufs, lignes de tram (moins à mesure que les voitures s'électrifient), bornes et stations.",
        (Co2Avoided, Lang::En) => "Net investment completed × tonnes of CO2 avoided per year per M€, each for what it describes: renovation (less those the law forces anyway), new homes, tram lines (less as cars electrify), charging and stations.",
        (Co2Cumulative, Lang::Fr) => "Somme, année après année, du CO2 évité par an.",
        (Co2Cumulative, Lang::En) => "Sum, year after year, of the CO2 avoided per year.",
        (HomesRenovated, Lang::Fr) => "Investissement net achevé en projets urbains × part consacrée à la rénovation ÷ coût d'une rénovation, hors rénovations que la loi Climat et Résilience imposerait de toute façon.",
        (HomesRenovated, Lang::En) => "Net urban-project investment completed × share spent on renovation ÷ cost of a renovation, less those the loi Climat et Résilience would force anyway.",
        (HomesBuilt, Lang::Fr) => "Investissement net achevé en projets urbains × part restante ÷ coût d'un logement social neuf.",
        (HomesBuilt, Lang::En) => "Net urban-project investment completed × remaining share ÷ cost of a new social home.",
        (TransitKm, Lang::Fr) => "Investissement net achevé en transports × part allant aux lignes de tram et BHNS ÷ coût d'un kilomètre.",
        (TransitKm, Lang::En) => "Net transport investment completed × share going to tram and BRT lines ÷ cost per kilometre.",
        (TransitTrips, Lang::Fr) => "Kilomètres de ligne × voyages quotidiens gagnés par kilomètre.",
        (TransitTrips, Lang::En) => "Kilometres of line × daily trips gained per kilometre.",
        (Hectares, Lang::Fr) => "Investissement net dans les espaces naturels ÷ coût de protection d'un hectare.",
        (Hectares, Lang::En) => "Net investment in nature ÷ cost of protecting a hectare.",
        (LocalFoodShare, Lang::Fr) => "Part locale de départ + investissement net achevé en circuits courts × ventes annuelles par euro ÷ consommation alimentaire de la métropole.",
        (LocalFoodShare, Lang::En) => "Starting local share + net short-chain investment completed × yearly sales per euro ÷ the metropolis' food consumption.",
        (PeopleReached, Lang::Fr) => "Investissement net achevé contre les fractures (lieux équipés) ÷ investissement par personne accompagnée : les prêts ne financent que l'investissement.",
        (PeopleReached, Lang::En) => "Net investment completed against the divides (equipped places) ÷ investment per person reached: loans finance investment only.",
        (IndexEmploi, Lang::Fr) => "100 × moyenne pondérée de (emplois-années cumulés ÷ {norm_job_years}, emplois durables ÷ {norm_lasting_jobs}, emplois sauvegardés ÷ {norm_safeguarded}).",
        (IndexEmploi, Lang::En) => "100 × weighted mean of (cumulative job-years ÷ {norm_job_years}, lasting jobs ÷ {norm_lasting_jobs}, jobs safeguarded ÷ {norm_safeguarded}).",
        (IndexInclusion, Lang::Fr) => "100 × moyenne pondérée de (personnes accompagnées ÷ {norm_people}, logements rénovés ou construits ÷ {norm_homes}).",
        (IndexInclusion, Lang::En) => "100 × weighted mean of (people reached ÷ {norm_people}, homes renovated or built ÷ {norm_homes}).",
        (IndexTransition, Lang::Fr) => "100 × moyenne pondérée de (tCO2 évitées par an ÷ {norm_co2}, hectares protégés ÷ {norm_hectares}, points d'alimentation locale ÷ {norm_food}).",
        (IndexTransition, Lang::En) => "100 × weighted mean of (tCO2 avoided per year ÷ {norm_co2}, hectares protected ÷ {norm_hectares}, local food points ÷ {norm_food}).",
        (LoansDisbursed, Lang::Fr) => "Prêts alloués × part qui trouve des projets, décaissés au rythme des dépenses.",
        (LoansDisbursed, Lang::En) => "Loans allocated × share finding projects, disbursed as spending goes.",
        (EquityInvested, Lang::Fr) => "Fonds propres alloués × part qui trouve des projets, investis au rythme des dépenses.",
        (EquityInvested, Lang::En) => "Equity allocated × share finding projects, invested as spending goes.",
        (EngineeringSpent, Lang::Fr) => "Crédits d'ingénierie alloués, engagés selon le profil de décaissement.",
        (EngineeringSpent, Lang::En) => "Engineering credits allocated, committed along the disbursement profile.",
        (DebtService, Lang::Fr) => "Chaque tranche de prêt est remboursée par annuités à taux variable (Livret A de l'année + marge) sur la durée du prêt : intérêts + capital.",
        (DebtService, Lang::En) => "Each loan tranche is repaid by variable-rate annuities (that year's Livret A + margin) over the loan's maturity: interest + capital.",
        (Interest, Lang::Fr) => "Encours × (taux du Livret A de l'année + marge).",
        (Interest, Lang::En) => "Outstanding capital × (that year's Livret A rate + margin).",
        (LoanOutstanding, Lang::Fr) => "Prêts décaissés moins capital remboursé.",
        (LoanOutstanding, Lang::En) => "Loans disbursed less capital repaid.",
        (EquityValue, Lang::Fr) => "Chaque participation croît au rendement annuel supposé, jusqu'à sa cession après la durée de détention.",
        (EquityValue, Lang::En) => "Each stake grows at the assumed yearly return until it is sold after the holding period.",
        (EquityProceeds, Lang::Fr) => "Somme des valeurs des participations au moment de leur cession.",
        (EquityProceeds, Lang::En) => "Sum of the stakes' values when they are sold.",
        (MobilityInvestment, Lang::Fr) => "Investissement réalisé (brut) dans les transports alternatifs chaque année, à comparer avec l'objectif du plan.",
        (MobilityInvestment, Lang::En) => "Realised (gross) investment in alternatives to the car each year, to compare with the plan's target.",
        (MetroDebtService, Lang::Fr) => "Service de la dette des prêts BdT que la Métropole emprunte elle-même (les bailleurs sociaux, communes et entreprises portent le reste) : à comparer à ses {metro_transport_investment} M€ d'investissement annuel dans les transports.",
        (MetroDebtService, Lang::En) => "Debt service on the BdT loans the metropolis itself borrows (social landlords, communes and companies carry the rest): to compare with its {metro_transport_investment} M€ of yearly transport investment.",
        (MetroCofinancing, Lang::Fr) => "La part du coût des projets que la Métropole porte (quel que soit le prêteur), moins ce qu'elle emprunte à la BdT pour eux, pour les seuls projets que l'argent ajoute.",
        (MetroCofinancing, Lang::En) => "The share of the projects' cost the metropolis carries (whoever lends), less what it borrows from BdT for them, for the projects the money adds only.",
        (MobilityTarget, Lang::Fr) => "Référence, pas un résultat : objectif du chantier 5, {mobility_target} M€ d'investissement par an.",
        (MobilityTarget, Lang::En) => "A reference, not an outcome: workstream 5's target, {mobility_target} M€ of investment a year.",
    }
}
