//! Typed translations: every key has a French and an English text, checked by the compiler.

pub use relance_model::Lang;

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
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (Title, Lang::Fr) => "Relance : où placer l'argent de la Banque des Territoires ?",
        (Title, Lang::En) => "Relance: where should the Banque des Territoires' money go?",
        (Subtitle, Lang::Fr) => "Simulateur du plan « Relance et Renouveau » de la Métropole Aix-Marseille-Provence, 2021-2026. Tout est calculé dans votre navigateur.",
        (Subtitle, Lang::En) => "Simulator of the Aix-Marseille-Provence metropolis' \"Relance et Renouveau\" plan, 2021-2026. Everything is computed in your browser.",
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
        (FooterIllustrative, Lang::Fr) => "Les montants de départ sont illustratifs : la convention de 2020 ne publie que l'enveloppe d'ingénierie de 900 000 €.",
        (FooterIllustrative, Lang::En) => "Starting amounts are illustrative: the 2020 convention publishes only the 900 000 € engineering envelope.",
        (Presets, Lang::Fr) => "Scénarios de départ",
        (Presets, Lang::En) => "Starting scenarios",
        (Reset, Lang::Fr) => "Revenir à la Convention 2020",
        (Reset, Lang::En) => "Back to the 2020 convention",
    }
}
