//! Totals per instrument against their envelopes.

use crate::i18n::{t, Key};
use crate::view::envelope_rows;
use relance_model::format::meur;
use relance_model::{Lang, Model, Scenario};
use yew::prelude::*;

/// The glossary entry of each instrument, in `Instrument::ALL` order.
pub const GLOSSARY: [&str; 3] = ["prets", "credits-ingenierie", "fonds-propres"];

/// Properties of [`Totals`].
#[derive(Properties, PartialEq, Clone)]
pub struct TotalsProps {
    /// The model (envelopes).
    pub model: std::rc::Rc<Model>,
    /// The scenario.
    pub scenario: Scenario,
    /// Interface language.
    pub lang: Lang,
}

/// The totals panel.
#[function_component(Totals)]
pub fn totals(props: &TotalsProps) -> Html {
    let lang = props.lang;
    let rows = envelope_rows(&props.model, &props.scenario);
    html! {
        <section class="totals" aria-labelledby="totals-h">
            <h2 id="totals-h">{ t(lang, Key::TotalsHeading) }</h2>
            <ul class="totals__list">
            { for rows.iter().map(|r| {
                let pct = r.share * 100.0;
                let over = r.is_over();
                html! {
                    <li class={classes!("totals__row", over.then_some("totals__row--over"))}
                        id={format!("total-{}", r.instrument.id())}>
                        <span class="totals__name">{ r.instrument.label(lang) }{ " " }
                            <a class="gloss" href={crate::view::glossary_href(lang, GLOSSARY[r.instrument.index()])}
                                aria-label={format!("{} : {}", r.instrument.label(lang), t(lang, Key::Definition))}>{ "?" }</a>
                        </span>
                        <span class="totals__value">
                            <strong class="totals__amount">{ meur(r.total, lang) }</strong>
                            { " " }{ t(lang, Key::OfEnvelope) }{ " " }{ meur(r.envelope, lang) }
                        </span>
                        // An SVG bar: attributes, not inline styles, so it works under a strict CSP.
                        <svg class="totals__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="totals__track" width="100" height="6" rx="3" />
                            <rect class="totals__fill" width={crate::view::bar_width(pct, 100.0)} height="6" rx="3" />
                        </svg>
                        <span class="totals__left">
                            if over {
                                <strong>{ "⚠ " }{ meur(r.total - r.envelope, lang) }{ " " }{ t(lang, Key::OverEnvelope) }</strong>
                            } else {
                                { meur(r.envelope - r.total, lang) }{ " " }{ t(lang, Key::Remaining) }
                            }
                        </span>
                    </li>
                }
            }) }
            </ul>
            <p class="totals__policy">{ t(lang, Key::OverEnvelopePolicy) }</p>
        </section>
    }
}
