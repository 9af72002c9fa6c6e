//! What changed, and why: the difference of one outcome between Convention 2020 and the
//! scenario, split among the workstreams (with each instrument's part), as a waterfall table:
//! every step is a row with its figure, and its bar is drawn beside it.

use crate::components::strip::{change_text, OutcomePicker};
use crate::i18n::{t, Key};
use crate::state::Action;
use crate::view::{figure, headline_unit, TILE_OUTCOMES};
use relance_model::attribution::Attribution;
use relance_model::{Instrument, Lang, Outcome, Workstream};
use std::rc::Rc;
use yew::prelude::*;

/// One step of the waterfall.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What the step is.
    pub label: String,
    /// Its detail (instruments' parts).
    pub detail: String,
    /// The change (for the first and last rows: the value).
    pub change: f64,
    /// The running value before and after.
    pub span: (f64, f64),
    /// First or last row (a total, from zero).
    pub total: bool,
}

/// The rows of the waterfall of outcome `o` from `from` to `to` (central headlines).
pub fn steps(a: &Attribution, o: Outcome, from: f64, to: f64, lang: Lang) -> Option<Vec<Step>> {
    let k = a.outcomes.iter().position(|&x| x == o)?;
    let mut out = vec![Step {
        label: t(lang, Key::BaselineLabel).to_string(),
        detail: String::new(),
        change: from,
        span: (0.0, from),
        total: true,
    }];
    let mut run = from;
    let tiny = 1e-9 * (1.0 + from.abs().max(to.abs()));
    let mut push = |label: String, detail: String, x: f64| {
        if x.abs() > tiny {
            out.push(Step {
                label,
                detail,
                change: x,
                span: (run, run + x),
                total: false,
            });
            run += x;
        }
    };
    for w in Workstream::ALL {
        let parts = a.by_lever[k][w.index()];
        let detail: Vec<String> = Instrument::ALL
            .iter()
            .filter(|i| parts[i.index()].abs() > tiny)
            .map(|&i| {
                format!(
                    "{} {}",
                    i.label(lang),
                    change_text(parts[i.index()], 0.0, lang).unwrap_or_default()
                )
            })
            .collect();
        push(
            w.label(lang).to_string(),
            detail.join(", "),
            parts.iter().sum(),
        );
    }
    push(
        t(lang, Key::ExplainOverrides).to_string(),
        String::new(),
        a.overrides[k],
    );
    out.push(Step {
        label: t(lang, Key::ScenarioLabel).to_string(),
        detail: String::new(),
        change: to,
        span: (0.0, to),
        total: true,
    });
    Some(out)
}

/// The values the bars span: the running values, with a margin; from zero when the steps are
/// large against the totals, else cut (the totals' bars then start at the left edge), so that
/// small steps stay visible.
pub fn bar_domain(rows: &[Step]) -> (f64, f64) {
    let ends = || {
        rows.iter()
            .flat_map(|r| [r.span.1, if r.total { r.span.1 } else { r.span.0 }])
    };
    let lo = ends().fold(f64::INFINITY, f64::min);
    let hi = ends().fold(f64::NEG_INFINITY, f64::max);
    if !(lo.is_finite() && hi.is_finite()) {
        return (0.0, 1.0);
    }
    let pad = 0.1 * (hi - lo).max(1e-9);
    if lo > 0.0 && lo - pad <= 0.5 * hi {
        (0.0, hi + pad)
    } else if hi < 0.0 && hi + pad >= 0.5 * lo {
        (lo - pad, 0.0)
    } else {
        (lo - pad, hi + pad)
    }
}

/// What [`explain_figure`] shows.
pub struct ExplainProps {
    /// The outcome explained.
    pub outcome: Outcome,
    /// The split, and whether it is stale (for a previous scenario).
    pub attribution: Option<(Rc<Attribution>, bool)>,
    /// The baseline's central headline.
    pub from: f64,
    /// The scenario's central headline.
    pub to: f64,
    /// P10–P90 of the change from paired draws, once drawn for this scenario.
    pub band: Option<[f64; 3]>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The waterfall.
pub fn explain_figure(p: &ExplainProps) -> Html {
    let (o, lang) = (p.outcome, p.lang);
    let stale = p.attribution.as_ref().is_none_or(|(_, s)| *s);
    let rows = p
        .attribution
        .as_ref()
        .filter(|_| !stale)
        .and_then(|(a, _)| steps(a, o, p.from, p.to, lang));
    let unit = headline_unit(o, lang);
    html! {
        <section class="explain" id="explain" aria-labelledby="explain-h" aria-busy={stale.to_string()}>
            <h2 id="explain-h">{ t(lang, Key::ExplainHeading) }</h2>
            <p class="results__intro">{ t(lang, Key::ExplainIntro) }</p>
            <OutcomePicker id={"explain-outcome"} label={t(lang, Key::ExplainPicker)} outcome={o} choices={&TILE_OUTCOMES[..]} lang={lang} on_action={p.on_action.clone()} />
            if let Some((rows, (lo, hi))) = rows.map(|r| { let d = bar_domain(&r); (r, d) }) {
                <div class="table-wrap">
                <table class="explain__table">
                    <caption>{ format!("{} ({unit}) : {} → {} ({})", o.label(lang), t(lang, Key::BaselineLabel), t(lang, Key::ScenarioLabel), t(lang, Key::CentralValue)) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::ExplainStep) }</th>
                        <th scope="col">{ t(lang, Key::ExplainChange) }</th>
                        <th scope="col"><span class="sr-only">{ t(lang, Key::ExplainBar) }</span></th>
                    </tr></thead>
                    <tbody>
                    { for rows.iter().map(|r| {
                        let scale = |x: f64| if hi > lo { ((x - lo) / (hi - lo) * 100.0).clamp(0.0, 100.0) } else { 0.0 };
                        let from = if r.total { lo } else { r.span.0 };
                        let (a, b) = (scale(from.min(r.span.1)), scale(from.max(r.span.1)));
                        let class = if r.total { "explain__bar--total" } else if r.change > 0.0 { "explain__bar--up" } else { "explain__bar--down" };
                        html! {
                            <tr class={classes!(r.total.then_some("explain__total"))}>
                                <th scope="row">{ &r.label }
                                    if !r.detail.is_empty() { <span class="explain__detail">{ &r.detail }</span> }
                                </th>
                                <td class="num">{ if r.total { figure(r.change, lang) } else { change_text(r.change, 0.0, lang).unwrap_or_default() } }</td>
                                <td class="explain__cell">
                                    <svg class="explain__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                        <rect class={class} x={format!("{a:.2}")} y="1" width={format!("{:.2}", (b - a).max(0.4))} height="8" />
                                    </svg>
                                </td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                if let Some([lo, _, hi]) = p.band.filter(|b| b[2] > b[0]) {
                    <p class="explain__note">{ relance_model::format::fill(t(lang, Key::ExplainBand), |id| (id == "range").then(|| crate::view::range_text(lo, hi, lang))) }</p>
                }
                <p class="explain__note">{ t(lang, Key::ExplainScale) }</p>
                <p class="explain__note">{ t(lang, Key::ExplainMethod) }</p>
            } else {
                <p class="explain__wait">{ t(lang, Key::ExplainWaiting) }</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::attribution::attribution;
    use relance_model::Model;

    #[test]
    fn the_waterfall_steps_run_from_the_baseline_to_the_scenario() {
        let m = Model::embedded().unwrap();
        let a = &m.baseline().scenario;
        let b = &m.preset("climate-first").unwrap().scenario;
        let o = Outcome::Co2Avoided;
        let at = attribution(&m, a, b, &[o]).unwrap();
        let (from, to) = (
            m.project(a).unwrap().headline(o),
            m.project(b).unwrap().headline(o),
        );
        let rows = steps(&at, o, from, to, Lang::Fr).unwrap();
        assert_eq!(rows.first().unwrap().change, from);
        assert_eq!(rows.last().unwrap().change, to);
        // Each step starts where the previous ended, and the last step ends at the scenario.
        for pair in rows[1..rows.len() - 1].windows(2) {
            assert_eq!(pair[0].span.1, pair[1].span.0);
        }
        let end = rows[rows.len() - 2].span.1;
        assert!((end - to).abs() <= 1e-9 * (1.0 + to.abs()), "{end} vs {to}");
        assert!(rows.len() > 3, "climate-first moves several workstreams");
        assert!(steps(&at, Outcome::HomesBuilt, from, to, Lang::Fr).is_none());
    }
}

#[cfg(test)]
mod one_figure {
    use super::*;
    use crate::view::{figure, tile, Results, TILE_OUTCOMES};
    use relance_model::attribution::attribution;
    use relance_model::communes::{breakdown, OUTCOMES};
    use relance_model::Model;

    /// One statistic: a result reads the same on its tile, in « Comparer » (the projection's
    /// headline), at the end of the waterfall and as the sum of « Ma commune »'s communes.
    #[test]
    fn a_result_reads_the_same_on_every_screen() {
        let m = Model::embedded().unwrap();
        let base = &m.baseline().scenario;
        let s = &m.preset("housing-first").unwrap().scenario;
        let (r, rb) = (
            Results::compute(&m, s).unwrap(),
            Results::compute(&m, base).unwrap(),
        );
        let compared = m.project(s).unwrap();
        let at = attribution(&m, base, s, &TILE_OUTCOMES).unwrap();
        let spread = breakdown(&m, s).unwrap();
        for (k, &o) in TILE_OUTCOMES.iter().enumerate() {
            let shown = tile(&m, s, &r, &rb, o, Lang::Fr).value;
            assert_eq!(shown, figure(compared.headline(o), Lang::Fr), "{}", o.id());
            let end = rb.headline(o) + at.total[k];
            assert_eq!(figure(end, Lang::Fr), shown, "waterfall of {}", o.id());
            if let Some(j) = OUTCOMES.iter().position(|&x| x == o) {
                let sum: f64 = spread.communes.iter().map(|c| c[j]).sum();
                assert_eq!(figure(sum, Lang::Fr), shown, "communes of {}", o.id());
            }
        }
    }
}
