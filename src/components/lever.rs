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
    /// What one more M€ here buys (per M€), and whether it is for a previous scenario.
    #[prop_or_default]
    pub gain: Option<(f64, bool)>,
    /// The unit of the gain.
    #[prop_or_default]
    pub gain_unit: String,
}

/// What one more step of a lever buys: `+1 M€ : +12,3 emplois-années` (engineering per
/// 10 k€), from a gain per M€.
pub fn gain_text(i: relance_model::Instrument, per_meur: f64, unit: &str, lang: Lang) -> String {
    let (step, x) = match i {
        relance_model::Instrument::Engineering => (t(lang, Key::GainPer10k), per_meur / 100.0),
        _ => (t(lang, Key::GainPerMeur), per_meur),
    };
    match crate::components::strip::change_text(x, 0.0, lang) {
        Some(change) => format!("{step} : {change} {unit}"),
        // Zero reads as a fault; say what it means.
        None => format!("{step} : {}", t(lang, Key::GainNone)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::Instrument;

    #[test]
    fn a_gain_reads_per_step_and_zero_says_so() {
        assert_eq!(
            gain_text(Instrument::Loans, 8.234, "emplois-années", Lang::Fr),
            "+1 M€ : +8,23 emplois-années"
        );
        assert_eq!(
            gain_text(Instrument::Engineering, 294.0, "emplois-années", Lang::Fr),
            "+10 k€ : +2,94 emplois-années"
        );
        assert_eq!(
            gain_text(Instrument::Loans, 0.0, "emplois-années", Lang::Fr),
            "+1 M€ : sans effet sur ce résultat"
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
    } = props.clone();
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
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
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                error.set(None);
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
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
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
                    on_action.emit(Action::SetAmount(w, i, m * MEUR));
                }
            }
            draft.set(None);
        })
    };
    let step = |n: i32| {
        let on_action = on_action.clone();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            on_action.emit(Action::Step(w, i, n));
        })
    };
    let text = (*draft)
        .clone()
        .unwrap_or_else(|| amount_field_text(value, lang));
    let described = error.is_some().then(|| error_id.clone());

    html! {
        <div class="lever">
            <label class="lever__label" for={id.clone()}>{ i.label(lang) }</label>
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
            if let Some((g, stale)) = gain {
                <p class={classes!("lever__gain", stale.then_some("lever__gain--stale"))} id={format!("{id}-gain")}>
                    { gain_text(i, g, &gain_unit, lang) }</p>
            }
            if let Some(msg) = &*error {
                <p class="lever__error" id={error_id} role="alert">{ msg }</p>
            }
        </div>
    }
}
