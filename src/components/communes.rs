//! « Ma commune »: the results spread over the 92 communes and six territories by the stated
//! keys (`relance_model::communes`), from the central projection, the figure the tiles show (as
//! `relance-cli communes`), so the communes add up to the tiles. A search over the
//! names (accents optional), a card with the commune's figures per 1 000 inhabitants against
//! the metropolis and the keys behind each, a chart and a table by territory, and a sortable
//! table of every commune with a CSV export. The chosen commune is kept in the link.

use crate::components::chart::Drawing;
use crate::i18n::{t, Key};
use crate::state::Action;
use relance_charts::{Chart, ChartRequest, ChartStyle};
use relance_model::communes::{
    breakdown, key, per_thousand, territory_population, Breakdown, Column, COMMUNES, OUTCOMES,
    TERRITORIES,
};
use relance_model::format::{number, rounded as figure};
use relance_model::{Lang, Model, Scenario, Workstream};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`CommunesView`].
#[derive(Properties, PartialEq, Clone)]
pub struct CommunesProps {
    /// The model.
    pub model: Rc<Model>,
    /// The scenario.
    pub scenario: Scenario,
    /// The commune shown (INSEE code).
    pub commune: Option<String>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go (the commune chosen is kept in the link).
    pub on_action: Callback<Action>,
}

fn column_label(c: Column, lang: Lang) -> &'static str {
    match (c, lang) {
        (Column::Population, Lang::Fr) => "population",
        (Column::Population, Lang::En) => "population",
        (Column::Qpv, Lang::Fr) => "habitants des quartiers prioritaires",
        (Column::Qpv, Lang::En) => "residents of priority neighbourhoods",
        (Column::SocialDwellings, Lang::Fr) => "logements sociaux",
        (Column::SocialDwellings, Lang::En) => "social dwellings",
        (Column::Cvae, Lang::Fr) => "CVAE perçue",
        (Column::Cvae, Lang::En) => "business tax (CVAE) collected",
        (Column::Area, Lang::Fr) => "superficie",
        (Column::Area, Lang::En) => "land area",
        (Column::Served, Lang::Fr) => "communes desservies par un projet nommé",
        (Column::Served, Lang::En) => "communes a named project serves",
    }
}

/// A workstream's key in words: « population » or « quartiers prioritaires 50 %, logements
/// sociaux 50 % ».
pub fn key_text(model: &Model, s: &Scenario, w: Workstream, lang: Lang) -> String {
    let k = key(model, s, w);
    let used: Vec<(Column, f64)> = Column::ALL
        .iter()
        .zip(k)
        .filter(|(_, x)| *x > 0.0)
        .map(|(c, x)| (*c, x))
        .collect();
    if used.len() == 1 {
        return column_label(used[0].0, lang).to_string();
    }
    let pct = if lang == Lang::Fr { "\u{202f}%" } else { "%" };
    used.iter()
        .map(|(c, x)| {
            format!(
                "{} {}{pct}",
                column_label(*c, lang),
                relance_model::format::number(x * 100.0, 0, lang)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The keys behind outcome `k`'s figure: the workstreams giving 5 % of it or more, each with
/// its key.
fn keys_behind(model: &Model, s: &Scenario, f: &Breakdown, k: usize, lang: Lang) -> String {
    let split = f.by_workstream[k];
    let total: f64 = split.iter().map(|x| x.abs()).sum();
    if total <= 0.0 {
        return "—".into();
    }
    Workstream::ALL
        .iter()
        .filter(|w| split[w.index()].abs() >= 0.05 * total)
        .map(|&w| format!("{} ({})", w.label(lang), key_text(model, s, w, lang)))
        .collect::<Vec<_>>()
        .join(" ; ")
}

fn metro_population() -> f64 {
    COMMUNES.iter().map(|r| r.figures[0]).sum()
}

/// How the commune table is sorted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sort {
    Name,
    Population,
    Value,
}

/// The view.
/// The action choosing commune number `k` of [`COMMUNES`].
pub fn choose(k: usize) -> Action {
    Action::SetCommune(COMMUNES.get(k).map(|c| c.insee.to_string()))
}

/// « Ma commune ».
#[function_component(CommunesView)]
pub fn communes_view(p: &CommunesProps) -> Html {
    let lang = p.lang;
    let query = use_state(String::new);
    let outcome = use_state(|| 1usize); // construction jobs
    let sort = use_state(|| (Sort::Value, true));
    let data = {
        let model = p.model.clone();
        use_memo(p.scenario.clone(), move |s| breakdown(&model, s).ok())
    };
    let Some(f) = (*data).clone() else {
        return html! { <p>{ t(lang, Key::SeekFailed) }</p> };
    };
    let chosen = p
        .commune
        .as_deref()
        .and_then(|c| COMMUNES.iter().position(|r| r.insee == c));
    let unknown = p.commune.is_some() && chosen.is_none();
    let pick = |k: usize| p.on_action.reform(move |_: MouseEvent| choose(k));
    let hits: Vec<usize> = relance_model::communes::search(&query)
        .into_iter()
        .take(8)
        .collect();
    let o = *outcome;
    let metro_pop = metro_population();
    let unit = |k: usize| OUTCOMES[k].headline_unit(lang);

    let card = chosen.map(|c| {
        let r = &COMMUNES[c];
        let (name, terr) = (r.name, TERRITORIES[r.territory].1);
        html! {
            <section class="commune__card" aria-labelledby="commune-card-h">
                <h3 id="commune-card-h" lang="fr">{ format!("{name} ({terr})") }</h3>
                <p>{ format!("{} : {}", t(lang, Key::CommunePopulation), number(r.figures[0], 0, lang)) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="commune-card-cap">
                <table class="commune__table">
                    <caption id="commune-card-cap"><span lang="fr">{ name }</span>{ format!(" : {}", t(lang, Key::CommuneCardCaption)) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Outcome) }</th>
                        <th scope="col" lang="fr">{ name }</th>
                        <th scope="col">{ t(lang, Key::PerThousand) }</th>
                        <th scope="col">{ t(lang, Key::MetroPerThousand) }</th>
                        <th scope="col">{ t(lang, Key::KeysUsed) }</th>
                    </tr></thead>
                    <tbody>
                    { for OUTCOMES.iter().enumerate().map(|(k, oc)| {
                        let v = f.communes[c][k];
                        html! { <tr>
                            <th scope="row">{ format!("{} ({})", oc.label(lang), unit(k)) }</th>
                            <td>{ figure(v, lang) }</td>
                            <td>{ figure(per_thousand(v, r.figures[0]), lang) }</td>
                            <td>{ figure(per_thousand(f.total[k], metro_pop), lang) }</td>
                            <td class="commune__keys">{ keys_behind(&p.model, &p.scenario, &f, k, lang) }</td>
                        </tr> }
                    }) }
                    </tbody>
                </table>
                </div>
            </section>
        }
    });

    // The territories: chart and table of the chosen result per 1 000 inhabitants.
    let bars: Vec<(String, f64)> = TERRITORIES
        .iter()
        .enumerate()
        .map(|(t, (_, name))| {
            (
                name.to_string(),
                per_thousand(f.territories[t][o], territory_population(t)),
            )
        })
        .collect();
    let highlight = chosen.map(|c| COMMUNES[c].territory);
    let height = 40 * bars.len() as u32;
    let chart = ChartRequest {
        chart: Chart::Bars {
            bars: bars.clone(),
            highlight,
        },
        lang,
        style: ChartStyle::default(),
        width: 640,
        height,
    };
    let summary = bars
        .iter()
        .map(|(n, v)| format!("{n} {}", figure(*v, lang)))
        .collect::<Vec<_>>()
        .join(", ");

    let mut rows: Vec<usize> = (0..COMMUNES.len()).collect();
    let (by, desc) = *sort;
    rows.sort_by(|&a, &b| {
        let ord = match by {
            Sort::Name => COMMUNES[a].name.cmp(COMMUNES[b].name),
            Sort::Population => COMMUNES[a].figures[0].total_cmp(&COMMUNES[b].figures[0]),
            Sort::Value => per_thousand(f.communes[a][o], COMMUNES[a].figures[0])
                .total_cmp(&per_thousand(f.communes[b][o], COMMUNES[b].figures[0])),
        };
        if desc {
            ord.reverse()
        } else {
            ord
        }
    });
    let sorter = |s: Sort, label: String| {
        let st = sort.clone();
        let aria = if by == s {
            if desc {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="commune__sort" onclick={move |_| {
                    let (b, d) = *st;
                    st.set((s, if b == s { !d } else { s != Sort::Name }));
                }}>{ label }</button>
            </th>
        }
    };
    let export = format!(
        "data:text/csv;charset=utf-8,{}",
        js_sys::encode_uri_component(&f.csv())
    );

    html! {
        <section class="communes" aria-labelledby="communes-h">
            <h2 id="communes-h">{ t(lang, Key::CommunesHeading) }</h2>
            <p class="communes__notice"><strong>{ t(lang, Key::CommunesNotice) }</strong>{ " " }
                <a href={crate::view::glossary_href(lang, "cle-commune")}>{ t(lang, Key::GlossaryLink) }</a></p>
            <div class="communes__search" role="search">
                <label for="commune-search">{ t(lang, Key::CommuneSearch) }</label>
                <input id="commune-search" type="search" autocomplete="off" value={(*query).clone()}
                    aria-describedby="commune-search-h"
                    oninput={let q = query.clone(); move |e: InputEvent| q.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                <p id="commune-search-h" class="communes__hint">{ t(lang, Key::CommuneSearchHint) }</p>
                if !query.trim().is_empty() {
                    <p class="sr-only" role="status">{ format!("{} {}", hits.len(), t(lang, Key::CommuneHits)) }</p>
                    <ul class="communes__hits">
                    { for hits.iter().map(|&k| html! {
                        <li><button type="button" class="commune__pick" onclick={pick(k)} lang="fr">
                            { format!("{} ({})", COMMUNES[k].name, TERRITORIES[COMMUNES[k].territory].1) }</button></li>
                    }) }
                    </ul>
                }
            </div>
            if unknown {
                <p class="communes__bad" role="alert">{ format!("{} « {} ».", t(lang, Key::CommuneUnknown), p.commune.clone().unwrap_or_default()) }</p>
            }
            { card.unwrap_or_else(|| html! { <p class="communes__none">{ t(lang, Key::CommuneNone) }</p> }) }

            <h3>{ t(lang, Key::TerritoriesHeading) }</h3>
            <p class="communes__outcome">
            <label for="commune-outcome">{ t(lang, Key::ShownOutcome) }</label>{ " " }
            <select id="commune-outcome" onchange={let oc = outcome.clone(); move |e: Event| {
                if let Ok(k) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<usize>() { oc.set(k) }
            }}>
            { for OUTCOMES.iter().enumerate().map(|(k, x)| html! {
                <option value={k.to_string()} selected={k == o}>{ x.label(lang) }</option>
            }) }
            </select>
            </p>
            <figure class="chart communes__chart">
                <figcaption class="chart__title">{ format!("{} ({}), {}", OUTCOMES[o].label(lang), unit(o), t(lang, Key::PerThousand)) }</figcaption>
                // The territories' names are French proper nouns.
                <div class="chart__svg" role="img" aria-label={summary.clone()} lang="fr"><Drawing request={chart} /></div>
                <p class="chart__summary" lang="fr">{ summary }</p>
            </figure>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="communes-terr-cap">
            <table class="communes__territories">
                <caption id="communes-terr-cap">{ format!("{} : {} ({})", t(lang, Key::TerritoriesHeading), OUTCOMES[o].label(lang), unit(o)) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Territory) }</th>
                    <th scope="col">{ t(lang, Key::CommunePopulation) }</th>
                    <th scope="col">{ t(lang, Key::Total) }</th>
                    <th scope="col">{ t(lang, Key::PerThousand) }</th>
                </tr></thead>
                <tbody>
                { for TERRITORIES.iter().enumerate().map(|(k, (_, name))| html! { <tr>
                    <th scope="row" lang="fr">{ *name }</th>
                    <td>{ number(territory_population(k), 0, lang) }</td>
                    <td>{ figure(f.territories[k][o], lang) }</td>
                    <td>{ figure(per_thousand(f.territories[k][o], territory_population(k)), lang) }</td>
                </tr> }) }
                </tbody>
            </table>
            </div>

            <h3>{ t(lang, Key::AllCommunes) }</h3>
            <p><a href={export} download="relance-communes.csv">{ t(lang, Key::ExportCommunes) }</a></p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="communes-all-cap">
            <table class="communes__all">
                <caption id="communes-all-cap">{ format!("{} : {} ({}), {}", t(lang, Key::AllCommunes), OUTCOMES[o].label(lang), unit(o), t(lang, Key::PerThousand)) }</caption>
                <thead><tr>
                    { sorter(Sort::Name, t(lang, Key::Commune).to_string()) }
                    <th scope="col">{ t(lang, Key::Territory) }</th>
                    { sorter(Sort::Population, t(lang, Key::CommunePopulation).to_string()) }
                    { sorter(Sort::Value, t(lang, Key::PerThousand).to_string()) }
                </tr></thead>
                <tbody>
                { for rows.iter().map(|&k| {
                    let r = &COMMUNES[k];
                    html! { <tr class={classes!((chosen == Some(k)).then_some("communes__row--chosen"))}>
                        <th scope="row" lang="fr">{ r.name }</th>
                        <td lang="fr">{ TERRITORIES[r.territory].1 }</td>
                        <td>{ number(r.figures[0], 0, lang) }</td>
                        <td>{ figure(per_thousand(f.communes[k][o], r.figures[0]), lang) }</td>
                    </tr> }
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::Outcome;

    #[test]
    fn figures_add_up_to_the_central_totals_and_name_their_keys() {
        let m = Model::embedded().unwrap();
        let s = m.baseline().scenario.clone();
        let f = breakdown(&m, &s).unwrap();
        let p = m.project(&s).unwrap();
        for (k, o) in OUTCOMES.iter().enumerate() {
            let sum: f64 = f.communes.iter().map(|v| v[k]).sum();
            let c = p.headline(*o);
            assert!(
                (sum - c).abs() <= 1e-6 * (1.0 + c.abs()),
                "{}: {sum} vs {c}",
                o.id()
            );
        }
        assert_eq!(
            key_text(&m, &s, Workstream::EverydayServices, Lang::Fr),
            "population"
        );
        assert_eq!(
            key_text(&m, &s, Workstream::UrbanRenewal, Lang::Fr),
            "habitants des quartiers prioritaires 50\u{202f}%, logements sociaux 50\u{202f}%"
        );
        let homes = OUTCOMES
            .iter()
            .position(|&o| o == Outcome::HomesRenovated)
            .unwrap();
        assert!(keys_behind(&m, &s, &f, homes, Lang::Fr).starts_with("Projets urbains"));
        let text = f.csv();
        assert_eq!(text.lines().count(), 1 + 92 + 6);
        assert!(
            !text.contains("investment") && !text.contains("cofinancing"),
            "no money lines"
        );
        assert!(text.contains("commune,13005,\"Aubagne\",AE,48124,"));
    }
}
