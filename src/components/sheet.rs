//! The printed sheet of a scenario (A4 portrait, in the interface's language): its name, the
//! date, the model version, its link and QR code, the money per instrument and workstream, the
//! headline results with their bands and their difference with the Convention 2020, and the
//! three imperatives. Hidden on screen; the print stylesheet shows it alone, whether printing
//! starts from « Imprimer la fiche » or from the browser's menu.

use crate::components::share::QrImage;
use crate::i18n::{t, Key};
use crate::view::{figure, headline_unit, imperatives, range_text, signed_range, Results};
use relance_model::format::{eur_as_meur, number};
use relance_model::{Instrument, Lang, Model, Outcome, Scenario, Workstream, MODEL_VERSION};
use std::rc::Rc;
use yew::prelude::*;

/// The results on the sheet: the tiles' and the strip's, in the tiles' order.
pub const SHEET_OUTCOMES: [Outcome; 9] = crate::view::TILE_OUTCOMES;

/// A date in words: « 5 décembre 2026 », « 5 December 2026 ».
pub fn long_date(year: u32, month: u32, day: u32, lang: Lang) -> String {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = if lang == Lang::Fr { FR } else { EN };
    let m = names[(month.clamp(1, 12) - 1) as usize];
    if lang == Lang::Fr && day == 1 {
        format!("1er {m} {year}")
    } else {
        format!("{day} {m} {year}")
    }
}

/// Today's date in words, from the browser's clock.
fn today(lang: Lang) -> String {
    let (y, m, d) = crate::web::today();
    long_date(y, m, d, lang)
}

/// Properties of [`ScenarioSheet`].
#[derive(Properties, PartialEq, Clone)]
pub struct SheetProps {
    /// The model.
    pub model: Rc<Model>,
    /// The scenario.
    pub scenario: Scenario,
    /// Its name: a team's, or its preset's with « (modifié) ».
    pub name: String,
    /// Its full address (the link printed and in the QR code).
    pub url: String,
    /// Its results.
    pub results: Rc<Results>,
    /// The Convention 2020's (with the scenario's assumptions).
    pub base: Rc<Results>,
    /// Interface language.
    pub lang: Lang,
}

/// The scenario's sheet.
#[function_component(ScenarioSheet)]
pub fn scenario_sheet(p: &SheetProps) -> Html {
    let lang = p.lang;
    // The browser's clock (none in the prerendered page: the sheet is printed from the app).
    let day = crate::boot::use_client(None, || Some(crate::web::today()));
    let date = (*day).map_or_else(String::new, |(y, m, d)| long_date(y, m, d, lang));
    // The QR code follows the link once it has rested a second: the sheet is hidden on screen,
    // and a code drawn (by the worker) and parsed (by the page) at every move would cost the
    // hand frames on a phone. Until then the sheet shows none rather than another scenario's.
    let rested = use_state(String::new);
    {
        let rested = rested.clone();
        use_effect_with(p.url.clone(), move |url| {
            let url = url.clone();
            let timer = gloo_timers::callback::Timeout::new(1000, move || rested.set(url));
            move || drop(timer)
        });
    }
    let (r, base) = (&p.results, &p.base);
    let money = |w: Option<Workstream>, i: Instrument| -> String {
        let euros: f64 = match w {
            Some(w) => p.scenario.amount(w, i),
            None => Workstream::ALL
                .iter()
                .map(|&w| p.scenario.amount(w, i))
                .sum(),
        };
        eur_as_meur(euros, lang)
    };
    html! {
        <section class="sheet" id="sheet">
            <header class="sheet__head">
                <p class="sheet__kicker">{ t(lang, Key::SheetKicker) }</p>
                <p class="sheet__name">{ &p.name }</p>
                <p class="sheet__meta">{ format!("{} · {} {MODEL_VERSION}", date, t(lang, Key::SheetModel)) }</p>
            </header>
            <div class="sheet__link">
                <div class="sheet__qr">
                    if *rested == p.url {
                        <QrImage text={p.url.clone()} />
                    }
                </div>
                <p class="sheet__url">{ &p.url }</p>
            </div>
            <p class="sheet__plain">{ t(lang, Key::Plain) }</p>
            <table class="sheet__table">
                <caption>{ t(lang, Key::SheetMoney) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::SheetWorkstream) }</th>
                    { for Instrument::ALL.iter().map(|i| html! { <th scope="col">{ i.label(lang) }</th> }) }
                </tr></thead>
                <tbody>
                { for Workstream::ALL.iter().map(|&w| html! {
                    <tr>
                        <th scope="row">{ w.label(lang) }</th>
                        { for Instrument::ALL.iter().map(|&i| html! { <td>{ money(Some(w), i) }</td> }) }
                    </tr>
                }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ t(lang, Key::Total) }</th>
                    { for Instrument::ALL.iter().map(|&i| html! { <td>{ money(None, i) }</td> }) }
                </tr></tfoot>
            </table>
            <table class="sheet__table">
                <caption>{ t(lang, Key::SheetResults) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Outcome) }</th>
                    <th scope="col">{ t(lang, Key::SheetCentral) }</th>
                    <th scope="col">{ t(lang, Key::SheetBand) }</th>
                    <th scope="col">{ t(lang, Key::SheetVersus) }</th>
                </tr></thead>
                <tbody>
                { for SHEET_OUTCOMES.iter().map(|&o| {
                    let (v, b) = (r.headline(o), base.headline(o));
                    let band = r.headline_band(o).map(|[lo, _, hi]| range_text(lo, hi, lang)).unwrap_or_default();
                    let shown = crate::components::strip::change_text(v - b, v, lang)
                        .filter(|_| figure(v, lang) != figure(b, lang))
                        .unwrap_or_else(|| "=".into());
                    let diff = match r.difference_band(o) {
                        Some([lo, _, hi]) if shown != "=" => format!("{shown} ({})", signed_range(lo, hi, lang)),
                        _ => shown,
                    };
                    html! {
                        <tr>
                            <th scope="row">{ o.label(lang) }</th>
                            <td>{ format!("{} {}", figure(v, lang), headline_unit(o, lang)) }</td>
                            <td>{ band }</td>
                            <td>{ diff }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            <table class="sheet__table">
                <caption>{ t(lang, Key::SheetImperatives) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Outcome) }</th>
                    <th scope="col">{ t(lang, Key::SheetCentral) }</th>
                    <th scope="col">{ t(lang, Key::SheetBand) }</th>
                    <th scope="col">{ t(lang, Key::CompareReference) }</th>
                </tr></thead>
                <tbody>
                { for imperatives(r, base).iter().map(|i| html! {
                    <tr>
                        <th scope="row">{ i.outcome.label(lang) }</th>
                        <td>{ number(i.value, 1, lang) }</td>
                        <td>{ range_text(i.range.0, i.range.1, lang) }</td>
                        <td>{ number(i.baseline, 1, lang) }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            <p class="sheet__foot">{ t(lang, Key::SheetFoot) }</p>
        </section>
    }
}

/// The comparison sheet's heading (the comparison view itself is printed below it).
pub fn comparison_head(lang: Lang) -> Html {
    html! {
        <header class="sheet__head print-only">
            <p class="sheet__kicker">{ t(lang, Key::SheetKicker) }</p>
            <p class="sheet__meta">{ format!("{} · {} {MODEL_VERSION}", today(lang), t(lang, Key::SheetModel)) }</p>
        </header>
    }
}

/// Opens the browser's print dialog (the print stylesheet shows the sheet alone).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_in_words() {
        assert_eq!(long_date(2026, 12, 5, Lang::Fr), "5 décembre 2026");
        assert_eq!(long_date(2026, 12, 1, Lang::Fr), "1er décembre 2026");
        assert_eq!(long_date(2026, 8, 1, Lang::En), "1 August 2026");
    }
}
