//! One lever: a labelled range input, a number field and − / + buttons.

use crate::i18n::{t, Key};
use crate::state::Action;
use crate::view::{amount_field_text, meur_text, parse_amount_meur};
use relance_model::format::eur_as_meur;
use relance_model::{Lang, LeverSpec, MEUR};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Which areas of the 2020 press release name instrument `i`, that is what kind of project
/// would open a closed lever.
pub fn opened_by(i: relance_model::Instrument, lang: Lang) -> String {
    let areas: Vec<&str> = relance_model::Area::naming(i)
        .map(|a| a.label(lang))
        .collect();
    relance_model::format::fill(t(lang, Key::OpenedBy), |name| {
        (name == "areas").then(|| areas.join(", "))
    })
}

/// Properties of [`Lever`].
#[derive(Properties, PartialEq, Clone)]
pub struct LeverProps {
    /// The lever's spec.
    pub spec: LeverSpec,
    /// Current amount in euros.
    pub value: f64,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Workshop: no number field.
    #[prop_or_default]
    pub compact: bool,
    /// What one more M€ here buys (per M€). While it is a previous scenario's, the levers'
    /// grid says so (`levers__grid--stale`): a move does not re-render every lever.
    #[prop_or_default]
    pub gain: Option<f64>,
    /// The unit of the gain.
    #[prop_or_default]
    pub gain_unit: String,
    /// What this instrument finances in this workstream, in one line.
    #[prop_or_default]
    pub finances: String,
    /// Why one more step would change nothing, said when the gain is nil.
    #[prop_or_default]
    pub why_none: Option<String>,
}

/// What one more step of a lever buys: `+1 M€ : +12,3 emplois-années` (engineering per
/// 10 k€), from a gain per M€.
pub fn gain_text(
    i: relance_model::Instrument,
    per_meur: f64,
    unit: &str,
    why_none: Option<&str>,
    lang: Lang,
) -> String {
    let (step, x) = match i {
        relance_model::Instrument::Engineering => (t(lang, Key::GainPer10k), per_meur / 100.0),
        _ => (t(lang, Key::GainPerMeur), per_meur),
    };
    match crate::components::strip::change_text(x, 0.0, lang) {
        Some(change) => format!("{step} : {change} {unit}"),
        // Zero reads as a fault; say what it means.
        None => match why_none {
            Some(why) => format!("{step} : {} — {why}", t(lang, Key::GainNone)),
            None => format!("{step} : {}", t(lang, Key::GainNone)),
        },
    }
}

/// An amount as the levers write it: `5 M€`, `0,01 M€`, `12,5 M€`.
fn lever_meur(euros: f64, lang: Lang) -> String {
    format!(
        "{}\u{a0}M€",
        relance_model::format::figure(euros / MEUR, lang)
    )
}

/// "De 0 M€ à 600 M€, par pas de 5 M€": a number field's limits and step, shown before any
/// error.
pub fn field_hint(spec: &LeverSpec, lang: Lang) -> String {
    relance_model::format::fill(t(lang, Key::FieldHint), |name| match name {
        "min" => Some(lever_meur(spec.min, lang)),
        "max" => Some(lever_meur(spec.max, lang)),
        "step" => Some(lever_meur(spec.step, lang)),
        _ => None,
    })
}

/// What a typed amount became, when the lever's step rounded it ("12,5 M€ arrondi à 10 M€"),
/// or `None` when it was kept as typed.
pub fn rounding_note(spec: &LeverSpec, typed_meur: f64, lang: Lang) -> Option<String> {
    let kept = spec.snap(typed_meur * MEUR);
    ((kept - typed_meur * MEUR).abs() > 1.0).then(|| {
        relance_model::format::fill(t(lang, Key::Rounded), |name| match name {
            "typed" => Some(lever_meur(typed_meur * MEUR, lang)),
            "value" => Some(lever_meur(kept, lang)),
            "step" => Some(lever_meur(spec.step, lang)),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::Instrument;

    #[test]
    fn fields_show_their_limits_and_say_when_they_round() {
        let m = relance_model::Model::embedded().unwrap();
        let spec = *m.lever(relance_model::Workstream::Mobility, Instrument::Loans);
        let hint = field_hint(&spec, Lang::Fr);
        assert!(hint.starts_with("De 0\u{a0}M€ à "), "{hint}");
        assert!(
            hint.contains(", par pas de ") && !hint.contains(",00"),
            "{hint}"
        );
        let step = spec.step / MEUR;
        assert_eq!(rounding_note(&spec, 2.0 * step, Lang::Fr), None);
        let note = rounding_note(&spec, 2.4 * step, Lang::Fr).unwrap();
        assert!(note.contains(" arrondi à "), "{note}");
        assert!(rounding_note(&spec, 2.4 * step, Lang::En)
            .unwrap()
            .contains(" rounded to "));
    }

    #[test]
    fn a_gain_reads_per_step_and_zero_says_so() {
        assert_eq!(
            gain_text(Instrument::Loans, 8.234, "emplois-années", None, Lang::Fr),
            "+1 M€ : +8,23 emplois-années"
        );
        assert_eq!(
            gain_text(
                Instrument::Engineering,
                294.0,
                "emplois-années",
                None,
                Lang::Fr
            ),
            "+10 k€ : +2,94 emplois-années"
        );
        assert_eq!(
            gain_text(Instrument::Loans, 0.0, "emplois-années", None, Lang::Fr),
            "+1 M€ : sans effet sur ce résultat"
        );
        assert_eq!(
            gain_text(
                Instrument::Equity,
                0.0,
                "km",
                Some("ce qu'il finance ici ne produit pas ce résultat"),
                Lang::Fr
            ),
            "+1 M€ : sans effet sur ce résultat — ce qu'il finance ici ne produit pas ce résultat"
        );
    }
}

/// A lever.
#[function_component(Lever)]
pub fn lever(props: &LeverProps) -> Html {
    let LeverProps {
        spec,
        value,
        lang,
        on_action,
        compact,
        gain,
        gain_unit,
        finances,
        why_none,
    } = props.clone();
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
    // What the step made of a typed amount, announced (the field shows the kept value).
    let rounded = use_state(|| None::<String>);
    let (w, i) = (spec.workstream, spec.instrument);
    let id = format!("lever-{}-{}", w.id(), i.id());
    let number_id = format!("{id}-n");
    let error_id = format!("{id}-err");
    let label = format!("{} — {}", i.label(lang), w.label(lang));

    if !spec.is_open() {
        return html! {
            <div class="lever lever--closed">
                <span class="lever__label" id={id.clone()}>{ i.label(lang) }</span>
                if compact {
                    <p class="lever__note">{ t(lang, Key::LeverClosed) }</p>
                } else {
                    <p class="lever__note">{ t(lang, Key::EquityNotEligible) }{ " " }{ opened_by(i, lang) }</p>
                }
            </div>
        };
    }

    let on_range = {
        let on_action = on_action.clone();
        let error = error.clone();
        let draft = draft.clone();
        let rounded = rounded.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                error.set(None);
                rounded.set(None);
                draft.set(None);
                on_action.emit(Action::SetAmount(w, i, v * MEUR));
            }
        })
    };
    let on_text = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            draft.set(Some(input.value()));
        })
    };
    let on_commit = {
        let on_action = on_action.clone();
        let draft = draft.clone();
        let error = error.clone();
        let rounded = rounded.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            rounded.set(None);
            match parse_amount_meur(&input.value()) {
                None => error.set(Some(t(lang, Key::InvalidNumber).to_string())),
                Some(m) if m * MEUR < spec.min - 1e-6 || m * MEUR > spec.max + 1e-6 => {
                    error.set(Some(format!(
                        "{} {} – {}.",
                        t(lang, Key::OutOfRange),
                        eur_as_meur(spec.min, lang),
                        eur_as_meur(spec.max, lang)
                    )))
                }
                Some(m) => {
                    error.set(None);
                    rounded.set(rounding_note(&spec, m, lang));
                    on_action.emit(Action::SetAmount(w, i, m * MEUR));
                }
            }
            draft.set(None);
        })
    };
    let step = |n: i32| {
        let on_action = on_action.clone();
        let error = error.clone();
        let rounded = rounded.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            rounded.set(None);
            on_action.emit(Action::Step(w, i, n));
        })
    };
    let text = (*draft)
        .clone()
        .unwrap_or_else(|| amount_field_text(value, lang));
    let hint_id = format!("{id}-hint");
    let described = match &*error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };

    html! {
        <div class="lever">
            <div class="lever__head">
                <label class="lever__label" for={id.clone()}>{ i.label(lang) }</label>
                if !compact {
                    <span class="lever__hint" id={hint_id}>{ field_hint(&spec, lang) }</span>
                }
            </div>
            <div class="lever__controls">
                <button type="button" class="lever__step" onclick={step(-1)}
                    aria-label={format!("{} : {}", t(lang, Key::Decrease), label)}>{ "−" }</button>
                <input type="range" id={id.clone()} class="lever__range"
                    min={meur_text(spec.min)} max={meur_text(spec.max)}
                    step={meur_text(spec.step)} value={meur_text(value)}
                    aria-label={label.clone()} aria-valuetext={eur_as_meur(value, lang)}
                    oninput={on_range} />
                <button type="button" class="lever__step" onclick={step(1)}
                    aria-label={format!("{} : {}", t(lang, Key::Increase), label)}>{ "+" }</button>
                if compact {
                    <output class="lever__out" for={id.clone()}>{ eur_as_meur(value, lang) }</output>
                } else {
                    <input type="text" inputmode="decimal" id={number_id} class="lever__number"
                        aria-label={format!("{}, {}", label, t(lang, Key::AmountInMeur))}
                        aria-describedby={described} aria-invalid={error.is_some().then_some("true")}
                        value={text} oninput={on_text} onchange={on_commit} />
                    <span class="lever__unit" aria-hidden="true">{ "M€" }</span>
                }
            </div>
            if let Some(g) = gain {
                <p class="lever__gain" id={format!("{id}-gain")}>
                    { gain_text(i, g, &gain_unit, why_none.as_deref(), lang) }</p>
            }
            if !compact && !finances.is_empty() {
                <p class="lever__finances">{ finances.clone() }</p>
            }
            if let Some(msg) = &*error {
                <p class="lever__error" id={error_id} role="alert">{ msg }</p>
            }
            // Present (empty) from the start, so that its message is announced when it comes.
            if !compact {
                <p class="lever__rounded" role="status">{ (*rounded).clone().unwrap_or_default() }</p>
            }
        </div>
    }
}
