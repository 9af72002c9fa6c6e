//! The outcome strip (a few headline figures that stay in view while the levers move, with
//! their difference with the Convention 2020 and, smaller, the change the last move made) and the outcome picker shared by the marginal effects, the
//! waterfall and the workshop's chart.

use crate::i18n::{t, Key};
use crate::state::Action;
use crate::view::{envelope_rows, figure, headline_unit};
use relance_model::format::meur;
use relance_model::{Lang, Model, Outcome, Scenario};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The figures of the strip.
pub const STRIP_OUTCOMES: [Outcome; 4] = [
    Outcome::ConstructionJobs,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::InvestmentSpent,
];

/// What [`outcome_strip`] shows.
pub struct StripProps {
    /// The scenario's name (« Convention 2020 (modifié) », a team's).
    pub name: String,
    /// Headline figures of [`STRIP_OUTCOMES`].
    pub values: Vec<f64>,
    /// Their change in the last move.
    pub changes: Vec<f64>,
    /// The Convention 2020's figures (with the scenario's assumptions), compared with.
    pub versus: Vec<f64>,
    /// The model (envelopes).
    pub model: Rc<Model>,
    /// The scenario (amounts against envelopes).
    pub scenario: Scenario,
    /// Interface language.
    pub lang: Lang,
    /// Workshop: large type.
    pub large: bool,
}

/// A change as text: `+52,6`, `−3` or nothing when none.
pub fn change_text(x: f64, v: f64, lang: Lang) -> Option<String> {
    if x.abs() <= 1e-6 * (1.0 + v.abs()) {
        return None;
    }
    Some(format!(
        "{}{}",
        if x > 0.0 { "+" } else { "−" },
        figure(x.abs(), lang)
    ))
}

/// The difference with the Convention 2020: « +1 340 vs convention 2020 », or
/// « = convention 2020 » when there is none (as shown, rounded).
pub fn versus_text(v: f64, base: f64, lang: Lang) -> String {
    match change_text(v - base, v, lang) {
        Some(d) if figure(v, lang) != figure(base, lang) => {
            format!("{d} {}", t(lang, Key::StripVersus))
        }
        _ => t(lang, Key::StripSame).to_string(),
    }
}

/// The strip: a plain function rather than a component, as it changes with every move.
pub fn outcome_strip(p: &StripProps) -> Html {
    let lang = p.lang;
    let over: Vec<String> = envelope_rows(&p.model, &p.scenario)
        .iter()
        .filter(|r| r.is_over())
        .map(|r| {
            format!(
                "⚠ {} : {} {}",
                r.instrument.label(lang),
                meur(r.total - r.envelope, lang),
                t(lang, Key::OverEnvelope)
            )
        })
        .collect();
    let to_results = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo_utils::document().get_element_by_id("results-h") {
            el.scroll_into_view();
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
    html! {
        <section class={classes!("strip", p.large.then_some("strip--large"))}
            id="strip" aria-labelledby="strip-h">
            <h2 id="strip-h" class="sr-only">{ t(lang, Key::StripHeading) }</h2>
            <p class="strip__name" id="strip-name">{ &p.name }</p>
            <ul class="strip__list">
            { for STRIP_OUTCOMES.iter().zip(&p.values).zip(&p.changes).zip(&p.versus).map(|(((&o, &v), &c), &b)| html! {
                <li class="strip__item" id={format!("strip-{}", o.id())}>
                    <span class="strip__label">{ o.label(lang) }</span>
                    <span class="strip__value"><strong>{ figure(v, lang) }</strong>{ " " }
                        <span class="strip__unit">{ headline_unit(o, lang) }</span></span>
                    // The difference that matters: with the plan as announced.
                    <span class="strip__vs" title={t(lang, Key::StripVersusLong)}>{ versus_text(v, b, lang) }</span>
                    // The line is there before the first move, so that nothing below it moves
                    // under a finger when it fills.
                    if let Some(c) = change_text(c, v, lang) {
                        <span class={classes!("strip__change", if c.starts_with('+') { "strip__change--up" } else { "strip__change--down" })}>
                            { format!("{c} {}", t(lang, Key::StripChange)) }</span>
                    } else {
                        <span class="strip__change"></span>
                    }
                </li>
            }) }
            </ul>
            if !over.is_empty() {
                <p class="strip__warn">{ over.join(" ; ") }</p>
            }
            if !p.large {
                <a class="strip__open" href="#results" onclick={to_results}>{ t(lang, Key::StripOpen) }</a>
            }
        </section>
    }
}

/// What [`OutcomePicker`] offers.
#[derive(Properties, PartialEq, Clone)]
pub struct PickerProps {
    /// The select's id.
    pub id: &'static str,
    /// Its label.
    pub label: &'static str,
    /// The outcome chosen.
    pub outcome: Outcome,
    /// The outcomes offered.
    pub choices: &'static [Outcome],
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// A labelled choice of outcome: a component, so that a lever's move (which changes none of
/// its properties) does not build its options again.
#[function_component(OutcomePicker)]
pub fn outcome_picker(p: &PickerProps) -> Html {
    let choices = p.choices;
    let on_change = p.on_action.reform(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        let o = choices
            .iter()
            .copied()
            .find(|o| o.id() == s.value())
            .unwrap_or(Outcome::ConstructionJobs);
        Action::SelectOutcome(o)
    });
    html! {
        <p class="picker">
            <label for={p.id}>{ p.label }</label>{ " " }
            <select id={p.id} onchange={on_change}>
            { for p.choices.iter().map(|&o| html! {
                <option value={o.id()} selected={o == p.outcome}>{ o.label(p.lang) }</option>
            }) }
            </select>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strip_says_the_difference_with_the_convention() {
        assert_eq!(
            versus_text(7_940.0 + 1_340.0, 7_940.0, Lang::Fr),
            "+1\u{202f}340 vs convention 2020"
        );
        assert_eq!(
            versus_text(2_150.0, 2_200.0, Lang::En),
            "−50.0 vs 2020 convention"
        );
        assert_eq!(versus_text(995.0, 995.0, Lang::Fr), "= convention 2020");
        // Equal as shown (three significant digits): no difference said.
        assert_eq!(versus_text(7_941.0, 7_940.0, Lang::Fr), "= convention 2020");
    }
}
