//! « Bilan 2020-2026 »: what was reported about the convention's period (the worker's
//! [`Request::Bilan`], from the model's sourced `data/reported.toml`), each figure with its
//! year, geography, basis, source and confidence; the model's figure beside it only where the
//! definitions match; the model's inputs from those sources apart; and what was not found.

use crate::i18n::{t, Key};
use crate::worker::use_worker;
use relance_model::format::number;
use relance_model::Lang;
use relance_worker::client::Lane;
use relance_worker::files::{Bilan, BilanRole, BilanRow};
use relance_worker::{Answer, Request};
use std::rc::Rc;
use yew::prelude::*;

/// A reported figure's unit in `lang` (the data file writes them in English).
pub fn unit_text(u: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return u.to_string();
    }
    match u {
        "k€/home" => "k€/logement",
        "M€/yr" => "M€/an",
        "%/yr" => "%/an",
        "trips/day/km" => "voyages/jour/km",
        other => other,
    }
    .to_string()
}

/// A figure with its unit, French spacing (`156 k€/logement`, `27 %`).
fn amount(x: f64, unit: &str, lang: Lang) -> String {
    // Whole above 100, else at most one decimal, and none where the tenth is 0 (57, 62,1, 6,2).
    let tenths = (x * 10.0).round();
    let n = if x.abs() >= 100.0 || tenths % 10.0 == 0.0 {
        number(x.round(), 0, lang)
    } else {
        number(tenths / 10.0, 1, lang)
    };
    let u = unit_text(unit, lang);
    if u == "%" && lang == Lang::En {
        format!("{n}%")
    } else {
        format!("{n}\u{a0}{u}")
    }
}

/// « +57 % » / « −74 % ».
fn gap_text(g: f64, lang: Lang) -> String {
    let sign = if g > 0.0 {
        "+"
    } else if g < 0.0 {
        "−"
    } else {
        ""
    };
    let n = number(g.abs().round(), 0, lang);
    match lang {
        Lang::Fr => format!("{sign}{n}\u{a0}%"),
        Lang::En => format!("{sign}{n}%"),
    }
}

/// Properties of [`BilanView`].
#[derive(Properties, PartialEq, Clone)]
pub struct BilanProps {
    /// Interface language.
    pub lang: Lang,
}

fn card(r: &BilanRow, lang: Lang) -> Html {
    let colon = if lang == Lang::Fr { "\u{a0}: " } else { ": " };
    html! {
        <li class="bilan__item" id={format!("bilan-{}", r.id)}>
            <h4 class="bilan__label">{ &r.label }</h4>
            <p class="bilan__figure"><strong>{ amount(r.value, &r.unit, lang) }</strong>
                <span class="bilan__observed">{ format!(" — {}", t(lang, Key::BilanReported)) }</span></p>
            <p class="bilan__meta">{ format!("{} · {} · {} · {}{colon}{}", r.year, r.geography, r.basis, t(lang, Key::BilanConfidence), r.confidence) }</p>
            { match &r.role {
                BilanRole::Check => html! {
                    if let (Some(m), Some(g)) = (r.model, r.gap_percent) {
                        <p class="bilan__model">{ t(lang, Key::BilanModel) }{ colon }<strong>{ amount(m, &r.unit, lang) }</strong>
                            { format!(" ({}{colon}{})", t(lang, Key::BilanGap), gap_text(g, lang)) }</p>
                    }
                },
                BilanRole::Input(label) => html! {
                    <p class="bilan__model">{ format!("{}{colon}{label}", t(lang, Key::BilanInputOf)) }</p>
                },
                BilanRole::Context => Html::default(),
            } }
            <p class="bilan__note">{ &r.note }</p>
            <p class="bilan__source">{ t(lang, Key::BilanSource) }{ colon }
                <a href={r.url.clone()} rel="noreferrer noopener" target="_blank">{ &r.source }</a></p>
        </li>
    }
}

/// The bilan view.
#[function_component(BilanView)]
pub fn bilan_view(props: &BilanProps) -> Html {
    let lang = props.lang;
    let data = use_state(|| None::<Result<Rc<Bilan>, ()>>);
    let worker = use_worker();
    {
        let data = data.clone();
        use_effect_with(lang, move |&lang| {
            data.set(None);
            worker.ask(Lane::Free, Request::Bilan(lang), move |a| match a {
                Answer::Bilan(b) => data.set(Some(Ok(Rc::new(b)))),
                _ => data.set(Some(Err(()))),
            });
        });
    }
    let section = |key: Key, intro: Key, rows: Vec<&BilanRow>| {
        html! {
            <section class="bilan__group" aria-labelledby={format!("bilan-{}", key as u32)}>
                <h3 id={format!("bilan-{}", key as u32)}>{ t(lang, key) }</h3>
                <p>{ t(lang, intro) }</p>
                <ul class="bilan__list">{ for rows.into_iter().map(|r| card(r, lang)) }</ul>
            </section>
        }
    };
    html! {
        <section class="bilan" aria-labelledby="bilan-h" aria-busy={data.is_none().to_string()}>
            <h2 id="bilan-h">{ t(lang, Key::BilanHeading) }</h2>
            <p class="bilan__intro">{ t(lang, Key::BilanIntro) }</p>
            { match &*data {
                None => html! { <p class="bilan__wait">{ t(lang, Key::BilanWaiting) }</p> },
                Some(Err(())) => html! { <p class="bilan__wait" role="status">{ t(lang, Key::WorkerUnavailableText) }</p> },
                Some(Ok(b)) => html! {
                    <>
                    { section(Key::BilanChecks, Key::BilanChecksIntro, b.rows.iter().filter(|r| r.role == BilanRole::Check).collect()) }
                    { section(Key::BilanInputs, Key::BilanInputsIntro, b.rows.iter().filter(|r| matches!(r.role, BilanRole::Input(_))).collect()) }
                    { section(Key::BilanContext, Key::BilanContextIntro, b.rows.iter().filter(|r| r.role == BilanRole::Context).collect()) }
                    <section class="bilan__group" aria-labelledby="bilan-missing-h">
                        <h3 id="bilan-missing-h">{ t(lang, Key::BilanMissing) }</h3>
                        <ul class="bilan__missing">{ for b.not_found.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                    </section>
                    </>
                },
            } }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reported_figures_read_in_french_and_english() {
        assert_eq!(amount(156.0, "k€/home", Lang::Fr), "156\u{a0}k€/logement");
        assert_eq!(amount(1900.0, "M€/yr", Lang::Fr), "1\u{202f}900\u{a0}M€/an");
        assert_eq!(amount(27.0, "%", Lang::En), "27%");
        assert_eq!(amount(6.2, "km", Lang::Fr), "6,2\u{a0}km");
        // A model figure beside a whole reported one: one decimal at most, none when it is 0.
        assert_eq!(amount(62.104, "k€/home", Lang::Fr), "62,1\u{a0}k€/logement");
        assert_eq!(amount(57.0, "k€/home", Lang::Fr), "57\u{a0}k€/logement");
        assert_eq!(amount(45.6, "M€", Lang::En), "45.6\u{a0}M€");
        assert_eq!(gap_text(-73.6, Lang::Fr), "−74\u{a0}%");
        assert_eq!(gap_text(57.1, Lang::En), "+57%");
    }
}
