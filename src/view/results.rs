//! The results' view-model: results with their bands, tiles and their « Pourquoi ? », chart
//! data and summaries, the status message, imperatives, scenario names.

use crate::i18n::{formula, t, Key};
use relance_charts::ChartData;
use relance_model::engine::headline_of;
use relance_model::format::{number, round_sig, with_unit};
use relance_model::methodology::params_for;
use relance_model::{
    Bands, Headline, Instrument, Lang, Model, Outcome, Projection, Scenario, Workstream, MEUR,
};
use std::rc::Rc;

pub use relance_worker::{LIVE_DRAWS, SEED};

/// The bands of a scenario with its central projection, as the worker drew them.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// The central projection of the scenario drawn.
    pub projection: Projection,
    /// Its Monte Carlo bands.
    pub bands: Bands,
    /// The bands of its difference with the Convention 2020 (paired draws), when it differs.
    pub difference: Option<Bands>,
}

/// A scenario's central projection, the figure every screen shows, with the bands drawn for
/// it: its own (`fresh`), or, while the worker draws them, those of the previous scenario
/// (stale, shown dimmed and moved with the central figure), or none yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Central projection of the scenario.
    pub projection: Projection,
    /// The last bands drawn.
    pub drawn: Option<Rc<Drawn>>,
    /// Whether `drawn` is this scenario's.
    pub fresh: bool,
}

/// A band bound drawn for another scenario, moved by the change of the central figure (as a
/// ratio, or a shift around zero) while this scenario's draws are under way.
fn carried(now: f64, then_central: f64, then: f64) -> f64 {
    if then_central.abs() > 1e-9 * (1.0 + then.abs()) {
        now * (then / then_central)
    } else {
        now + (then - then_central)
    }
}

impl Results {
    /// Projects `s` and draws its bands here (native tests and tools; the page has the worker
    /// draw them); `None` if the scenario is invalid.
    pub fn compute(model: &Model, s: &Scenario) -> Option<Results> {
        let projection = model.project(s).ok()?;
        let bands = model.monte_carlo(s, LIVE_DRAWS, SEED).ok()?;
        let base = &model.baseline().scenario;
        let difference = (s != base)
            .then(|| model.difference_bands(s, base, LIVE_DRAWS, SEED).ok())
            .flatten();
        Some(Results::drawn(projection, bands, difference))
    }

    /// A projection with its own bands.
    pub fn drawn(projection: Projection, bands: Bands, difference: Option<Bands>) -> Results {
        Results {
            projection: projection.clone(),
            drawn: Some(Rc::new(Drawn {
                projection,
                bands,
                difference,
            })),
            fresh: true,
        }
    }

    /// A projection shown with the last bands drawn (for another scenario, or none yet).
    pub fn provisional(projection: Projection, drawn: Option<Rc<Drawn>>) -> Results {
        Results {
            projection,
            drawn,
            fresh: false,
        }
    }

    /// A projection shown alone, as it is (no bands: the worker that draws them is unavailable,
    /// or none are needed, as for the baseline compared with).
    pub fn central(projection: Projection) -> Results {
        Results {
            projection,
            drawn: None,
            fresh: true,
        }
    }

    /// The bands, if they are this scenario's.
    pub fn fresh_bands(&self) -> Option<&Bands> {
        self.drawn.as_ref().filter(|_| self.fresh).map(|d| &d.bands)
    }

    /// The figure shown for `o`: the central projection's headline (for a reference, its
    /// value), the same on every screen.
    pub fn headline(&self, o: Outcome) -> f64 {
        if o.is_reference() {
            return headline_of(o, &self.projection.with_bdt[o.index()]);
        }
        self.projection.headline(o)
    }

    /// `[P10, P50, P90]` of the headline of `o`, carried with the central figure while stale;
    /// `None` before any draw.
    pub fn headline_band(&self, o: Outcome) -> Option<[f64; 3]> {
        let d = self.drawn.as_ref()?;
        let b = d.bands.headline[o.index()];
        if self.fresh {
            return Some(b);
        }
        let (now, then) = (self.projection.headline(o), d.projection.headline(o));
        Some(b.map(|x| carried(now, then, x)))
    }

    /// `[P10, P50, P90]` of the change of `o` against the Convention 2020, from paired draws,
    /// once drawn for this scenario.
    pub fn difference_band(&self, o: Outcome) -> Option<[f64; 3]> {
        let d = self.drawn.as_ref().filter(|_| self.fresh)?;
        Some(d.difference.as_ref()?.headline[o.index()])
    }

    /// The yearly series shown for `o`: the central projection's net series.
    pub fn series(&self, o: Outcome) -> relance_model::Series {
        self.projection.net(o)
    }

    /// P10 and P90 series of `o`, if any draw was made (carried while stale).
    pub fn band_series(
        &self,
        o: Outcome,
    ) -> Option<(relance_model::Series, relance_model::Series)> {
        let d = self.drawn.as_ref()?;
        let i = o.index();
        let now = self.projection.net(o);
        let then = d.projection.net(o);
        let at = |b: &relance_model::Series| -> relance_model::Series {
            if self.fresh {
                *b
            } else {
                std::array::from_fn(|t| carried(now[t], then[t], b[t]))
            }
        };
        Some((at(&d.bands.p10[i]), at(&d.bands.p90[i])))
    }
}

/// A result rounded for reading (the model's `format::rounded`).
pub use relance_model::format::rounded as figure;

/// "en 2040" / "2020-2040": when a headline figure applies.
pub fn when(o: Outcome, lang: Lang) -> String {
    match (o.headline(), lang) {
        (Headline::Total, Lang::Fr) => "cumul 2020-2040".into(),
        (Headline::Total, Lang::En) => "total 2020-2040".into(),
        (Headline::At(y), Lang::Fr) => format!("en {y}"),
        (Headline::At(y), Lang::En) => format!("in {y}"),
    }
}

/// The unit of a headline figure (the model's `Outcome::headline_unit`).
pub fn headline_unit(o: Outcome, lang: Lang) -> String {
    o.headline_unit(lang)
}

/// A registry figure with its unit; whole-number units without decimals.
pub fn param_text(p: &relance_model::Param, v: f64, lang: Lang) -> String {
    let sym = p.unit.symbol(lang);
    if p.unit.is_integer() {
        let n = number(v, 0, lang);
        if sym.is_empty() {
            n
        } else {
            format!("{n}\u{A0}{sym}")
        }
    } else {
        with_unit(v, sym, lang)
    }
}

/// "entre 3 200 et 4 100".
pub fn range_text(lo: f64, hi: f64, lang: Lang) -> String {
    range_words(lo, hi, false, lang)
}

/// "entre +120 et +480" (a change's range, signs shown).
pub fn signed_range(lo: f64, hi: f64, lang: Lang) -> String {
    range_words(lo, hi, true, lang)
}

/// Both bounds at two significant figures, with their signs when `signed`.
fn range_words(lo: f64, hi: f64, signed: bool, lang: Lang) -> String {
    let f = |x: f64| {
        let r = round_sig(x, 2);
        let shown = if signed { r.abs() } else { r };
        let n = if shown.abs() >= 100.0 {
            number(shown, 0, lang)
        } else {
            figure(shown, lang)
        };
        match (signed, r) {
            (true, r) if r > 0.0 => format!("+{n}"),
            (true, r) if r < 0.0 => format!("−{n}"),
            _ => n,
        }
    };
    format!(
        "{} {} {} {}",
        t(lang, Key::Between),
        f(lo),
        t(lang, Key::And),
        f(hi)
    )
}

/// A workstream's share of an outcome, with the money it received.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    /// Workstream.
    pub workstream: Workstream,
    /// Its net headline figure.
    pub value: f64,
    /// Its share of the total (0-1).
    pub share: f64,
    /// Money by instrument, M€, in `Instrument::ALL` order.
    pub money: [f64; 3],
}

/// One outcome tile.
#[derive(Debug, Clone, PartialEq)]
pub struct TileView {
    /// Element id suffix.
    pub id: &'static str,
    /// Label.
    pub label: String,
    /// The scenario's figure.
    pub value: String,
    /// Unit.
    pub unit: String,
    /// When the figure applies.
    pub when: String,
    /// Change versus the baseline, in words.
    pub delta: String,
    /// P10-P90 of that change from paired draws, in words, once drawn.
    pub delta_range: Option<String>,
    /// Sign of the change (-1, 0, 1).
    pub delta_sign: i8,
    /// P10-P90 range in words, when computed.
    pub range: Option<String>,
    /// How the figure is grounded: its drivers with a source (not an assumption), of all.
    pub grounding: (usize, usize),
    /// The formula in words.
    pub formula: String,
    /// Top contributing workstreams.
    pub contributions: Vec<Contribution>,
    /// The outcome (its parameters are listed by [`tile_params`]).
    pub outcome: Outcome,
}

/// The static glossary page in `lang` (`public/glossaire.html`, `public/glossary.html`) at
/// entry `anchor`.
pub fn glossary_href(lang: Lang, anchor: &str) -> String {
    let page = match lang {
        Lang::Fr => "glossaire.html",
        Lang::En => "glossary.html",
    };
    if anchor.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{anchor}")
    }
}

/// The glossary entry that explains an outcome's unit or name, if one does.
pub fn glossary_entry(o: Outcome) -> Option<&'static str> {
    use Outcome::*;
    Some(match o {
        ConstructionJobs => "emplois-annees",
        LastingJobs => "emplois-durables",
        Co2Avoided | Co2Cumulative => "tco2",
        TransitKm => "bhns",
        DebtService | MetroDebtService => "service-dette",
        MetroCofinancing => "cofinancement",
        EquityValue | EquityProceeds | EquityInvested => "fonds-propres",
        IndexEmploi | IndexInclusion | IndexTransition => "indices",
        _ => return None,
    })
}

/// Tiles shown, in order.
pub const TILE_OUTCOMES: [Outcome; 9] = [
    Outcome::ConstructionJobs,
    Outcome::LastingJobs,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::HomesBuilt,
    Outcome::TransitKm,
    Outcome::InvestmentSpent,
    Outcome::DebtService,
    Outcome::EquityValue,
];

/// Builds the tile of outcome `o`.
pub fn tile(
    model: &Model,
    s: &Scenario,
    r: &Results,
    base: &Results,
    o: Outcome,
    lang: Lang,
) -> TileView {
    let p = &r.projection;
    let value = r.headline(o);
    let b = base.headline(o);
    let diff = value - b;
    let tol = 0.005 * value.abs().max(b.abs()).max(1e-9);
    let delta_sign = if diff.abs() <= tol {
        0
    } else if diff > 0.0 {
        1
    } else {
        -1
    };
    let delta = match delta_sign {
        0 => t(lang, Key::SameAsBaseline).to_string(),
        _ => format!(
            "{}{} {}",
            if diff > 0.0 { "+" } else { "−" },
            figure(diff.abs(), lang),
            t(lang, Key::VersusBaseline)
        ),
    };
    let [lo, _, hi] = r.headline_band(o).unwrap_or([value; 3]);
    let total: f64 = p.by_workstream[o.index()].iter().map(|x| x.abs()).sum();
    let mut contributions: Vec<Contribution> = Workstream::ALL
        .iter()
        .map(|&w| Contribution {
            workstream: w,
            value: p.by_workstream[o.index()][w.index()],
            share: if total > 0.0 {
                p.by_workstream[o.index()][w.index()].abs() / total
            } else {
                0.0
            },
            money: Instrument::ALL.map(|i| s.amount(w, i) / MEUR),
        })
        .filter(|c| c.share > 0.005)
        .collect();
    contributions.sort_by(|a, b| b.share.total_cmp(&a.share));
    contributions.truncate(3);
    TileView {
        id: o.id(),
        label: o.label(lang).to_string(),
        value: figure(value, lang),
        unit: headline_unit(o, lang),
        when: when(o, lang),
        delta_range: r
            .difference_band(o)
            .filter(|[lo, _, hi]| delta_sign != 0 && hi > lo)
            .map(|[lo, _, hi]| signed_range(lo, hi, lang)),
        delta,
        delta_sign,
        range: (hi > lo).then(|| range_text(lo, hi, lang)),
        grounding: grounding(model, o),
        formula: model.fill_figures(s, formula(lang, o), lang),
        contributions,
        outcome: o,
    }
}

/// How outcome `o` is grounded: of the registry entries behind it, how many have a source
/// (high, medium or low confidence) rather than being an assumption, and how many there are.
pub fn grounding(model: &Model, o: Outcome) -> (usize, usize) {
    let prefixes: Vec<String> = o.drivers().iter().map(|x| x.to_string()).collect();
    let ps = params_for(&model.registry, &prefixes);
    let sourced = ps
        .iter()
        .filter(|p| p.confidence != relance_model::Confidence::Assumption)
        .count();
    (sourced, ps.len())
}

/// « Ancrage : en partie sourcé (6 paramètres sourcés sur 14, le reste des hypothèses) ».
pub fn grounding_text((sourced, all): (usize, usize), lang: Lang) -> String {
    relance_model::format::fill(t(lang, Key::Grounding), |id| match id {
        "sourced" => Some(sourced.to_string()),
        "all" => Some(all.to_string()),
        "level" => Some(
            t(
                lang,
                if 3 * sourced >= 2 * all {
                    Key::GroundedWell
                } else if 3 * sourced >= all {
                    Key::GroundedPartly
                } else {
                    Key::GroundedWeakly
                },
            )
            .to_string(),
        ),
        _ => None,
    })
}

/// Registry parameters behind outcome `o`, `(id, label, value with unit)`, with the scenario's
/// overrides. Built only when a "Pourquoi ?" is opened.
pub fn tile_params(model: &Model, s: &Scenario, o: Outcome, lang: Lang) -> Vec<(String, String)> {
    let prefixes: Vec<String> = o.drivers().iter().map(|x| x.to_string()).collect();
    let values = model
        .values(s)
        .unwrap_or_else(|_| model.registry.central_values());
    params_for(&model.registry, &prefixes)
        .into_iter()
        .map(|prm| {
            let pos = model.registry.position(prm.id).unwrap_or(0);
            let shown = values[pos] / prm.unit.scale();
            (prm.id.to_string(), param_text(prm, shown, lang))
        })
        .collect()
}

/// The figures the status message reads out after a move.
pub const STATUS_OUTCOMES: [Outcome; 7] = [
    Outcome::InvestmentSpent,
    Outcome::ConstructionJobs,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::IndexEmploi,
    Outcome::IndexInclusion,
    Outcome::IndexTransition,
];

/// The values the status message compares, in [`STATUS_OUTCOMES`] order (central figures).
pub fn status_values(r: &Results) -> Vec<f64> {
    STATUS_OUTCOMES.iter().map(|&o| r.headline(o)).collect()
}

/// One sentence for screen readers after the levers rest: each figure of
/// [`STATUS_OUTCOMES`] whose rounded value changed since `before`, with its change, and the
/// envelopes exceeded. `None` when nothing a person would read changed.
pub fn status_text(
    before: &[f64],
    r: &Results,
    envelopes_over: &[&str],
    lang: Lang,
) -> Option<String> {
    let now = status_values(r);
    let mut parts: Vec<String> = STATUS_OUTCOMES
        .iter()
        .zip(now.iter().zip(before))
        .filter(|(_, (a, b))| figure(**a, lang) != figure(**b, lang))
        .map(|(&o, (&a, &b))| {
            let d = a - b;
            let sign = if d > 0.0 { "+" } else { "−" };
            format!(
                "{} : {} {} ({sign}{})",
                o.label(lang),
                figure(a, lang),
                headline_unit(o, lang),
                figure(d.abs(), lang)
            )
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    parts.extend(envelopes_over.iter().map(|s| s.to_string()));
    Some(parts.join(" ; "))
}

/// The charts shown, in order.
pub const CHART_OUTCOMES: [Outcome; 4] = [
    Outcome::ConstructionJobs,
    Outcome::Co2Avoided,
    Outcome::MobilityInvestment,
    Outcome::DebtService,
];

/// Data of the chart of `o`: net series with bands, or, for mobility investment, the gross
/// investment against the plan's 350 M€/yr target (bands are computed on net figures only).
pub fn chart_data(r: &Results, base: &Results, o: Outcome, lang: Lang) -> ChartData {
    let p = &r.projection;
    let i = o.index();
    let gross = o == Outcome::MobilityInvestment;
    ChartData {
        // Net series: the central projection, within the P10-P90 band of the draws.
        scenario: if gross { p.with_bdt[i] } else { r.series(o) },
        band: r.band_series(o).filter(|_| !gross),
        baseline: Some(if gross {
            base.projection.with_bdt[i]
        } else {
            base.series(o)
        }),
        reference: gross.then(|| {
            let target = p.with_bdt[Outcome::MobilityTarget.index()];
            let peak = target.iter().copied().fold(0.0, f64::max);
            let label = relance_model::format::fill(t(lang, Key::TargetLabel), |id| {
                (id == "mobility_target").then(|| relance_model::format::figure(peak, lang))
            });
            (target, label)
        }),
        scenario_label: t(lang, Key::ScenarioLabel).to_string(),
        baseline_label: t(lang, Key::BaselineLabel).to_string(),
        unit: o.unit(lang).to_string(),
        today: Some(t(lang, Key::Today).to_string()),
    }
}

/// A sentence summing a chart up, for screen readers and the figure caption. Its range is the
/// headline's own band (`r`'s, as on the tile): a sum of yearly percentiles is not the
/// percentile of the sum.
pub fn chart_summary(d: &ChartData, r: &Results, o: Outcome, lang: Lang) -> String {
    let head = |s: &relance_model::Series| headline_of(o, s);
    let (peak_t, peak) = d
        .scenario
        .iter()
        .enumerate()
        .fold((0, f64::MIN), |m, (t, &v)| if v > m.1 { (t, v) } else { m });
    let colon = if lang == Lang::Fr { "\u{A0}:" } else { ":" };
    let mut out = format!(
        "{} ({}){colon} {} {} {} {}.",
        o.label(lang),
        d.unit,
        t(lang, Key::ScenarioLabel),
        figure(head(&d.scenario), lang),
        headline_unit(o, lang),
        when(o, lang)
    );
    if let Some(b) = &d.baseline {
        out.push_str(&format!(
            " {}{colon} {}.",
            t(lang, Key::BaselineLabel),
            figure(head(b), lang)
        ));
    }
    if let Some([lo, _, hi]) = d.band.as_ref().and(r.headline_band(o)) {
        out.push_str(&format!(
            " {}{colon} {}.",
            t(lang, Key::RangeP10P90),
            range_text(lo, hi, lang)
        ));
    }
    if peak > 0.0 {
        out.push_str(&format!(
            " {} {} ({}).",
            t(lang, Key::PeakIn),
            relance_model::FIRST_YEAR + peak_t as i32,
            figure(peak, lang)
        ));
    }
    if let Some((_, label)) = &d.reference {
        out.push_str(&format!(" {label}."));
    }
    out
}

/// The name of a scenario link in the compare view: its preset's label, with « (modifié) » when
/// it differs from it (a link from before the presets' revision says « v1 »), and a number when
/// the name is already taken; `None` if the link does not open.
pub fn link_name(model: &Model, hash: &str, taken: &[&str], lang: Lang) -> Option<String> {
    let (link, _) = relance_model::link::decode(model, hash).ok()?;
    let label = model.preset(&link.preset)?.label(lang);
    let mut notes = Vec::new();
    if link.version < relance_model::link::VERSION {
        notes.push(format!("v{}", link.version));
    }
    if !link.amounts.is_empty() || !link.overrides.is_empty() {
        notes.push(t(lang, Key::Modified).to_string());
    }
    let name = if notes.is_empty() {
        label.to_string()
    } else {
        format!("{label} ({})", notes.join(", "))
    };
    Some(
        (1..)
            .map(|k| {
                if k == 1 {
                    name.clone()
                } else {
                    format!("{name} {k}")
                }
            })
            .find(|n| !taken.contains(&n.as_str()))
            .unwrap_or(name),
    )
}

/// One imperative: its index for the scenario and the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct ImperativeView {
    /// The index outcome.
    pub outcome: Outcome,
    /// Scenario value.
    pub value: f64,
    /// Baseline value.
    pub baseline: f64,
    /// P10 and P90.
    pub range: (f64, f64),
}

/// The three imperatives.
pub fn imperatives(r: &Results, base: &Results) -> Vec<ImperativeView> {
    [
        Outcome::IndexEmploi,
        Outcome::IndexInclusion,
        Outcome::IndexTransition,
    ]
    .into_iter()
    .map(|o| {
        let [lo, _, hi] = r.headline_band(o).unwrap_or([r.headline(o); 3]);
        ImperativeView {
            outcome: o,
            value: r.headline(o),
            baseline: base.headline(o),
            range: (lo, hi),
        }
    })
    .collect()
}

/// The leverage tile's figures: scenario and baseline.
pub fn leverage(r: &Results, base: &Results) -> (f64, f64) {
    (
        r.projection.summary.leverage,
        base.projection.summary.leverage,
    )
}

#[cfg(test)]
mod result_tests {
    use super::*;

    #[test]
    fn a_compared_link_is_named_after_its_preset() {
        let m = Model::embedded().unwrap();
        let jobs = m.preset("jobs-first").unwrap();
        let mut s = jobs.scenario.clone();
        let link = |s: &Scenario| {
            relance_model::link::Link::from_scenario(&m, "jobs-first", s, Lang::Fr, "simulator")
                .encode()
        };
        assert_eq!(
            link_name(&m, &link(&s), &[], Lang::Fr).as_deref(),
            Some("Priorité emploi")
        );
        s.set_amount(Workstream::Food, relance_model::Instrument::Loans, 70e6);
        assert_eq!(
            link_name(&m, &link(&s), &[], Lang::Fr).as_deref(),
            Some("Priorité emploi (modifié)")
        );
        assert_eq!(
            link_name(&m, &link(&s), &["Priorité emploi (modifié)"], Lang::En).as_deref(),
            Some("Jobs first (modified)")
        );
        assert_eq!(
            link_name(&m, &link(&s), &["Priorité emploi (modifié)"], Lang::Fr).as_deref(),
            Some("Priorité emploi (modifié) 2")
        );
        assert_eq!(link_name(&m, "v=2&p=nothing", &[], Lang::Fr), None);
    }

    #[test]
    fn tiles_compare_with_the_baseline_and_give_ranges() {
        let m = Model::embedded().unwrap();
        let base_s = m.baseline().scenario.clone();
        let base = Results::compute(&m, &base_s).unwrap();
        let r = base.clone();
        let tl = tile(&m, &base_s, &r, &base, Outcome::Co2Avoided, Lang::Fr);
        assert_eq!(tl.delta_sign, 0);
        assert_eq!(tl.delta, "comme la Convention 2020");
        assert!(
            tl.range.as_deref().unwrap().starts_with("entre "),
            "{:?}",
            tl.range
        );
        assert_eq!(tl.contributions[0].workstream, Workstream::Mobility);
        assert!(tile_params(&m, &base_s, Outcome::Co2Avoided, Lang::Fr)
            .iter()
            .any(|(id, _)| id == "co2_avoided.home_renovation"));

        let mut more = base_s.clone();
        more.set_amount(Workstream::Mobility, Instrument::Loans, 500e6);
        let r2 = Results::compute(&m, &more).unwrap();
        let t2 = tile(&m, &more, &r2, &base, Outcome::Co2Avoided, Lang::En);
        assert_eq!(t2.delta_sign, 1);
        assert!(
            t2.delta.starts_with('+') && t2.delta.ends_with("vs the 2020 convention"),
            "{}",
            t2.delta
        );
    }

    #[test]
    fn texts_quoting_registry_figures_follow_overrides() {
        let m = Model::embedded().unwrap();
        let mut s = m.baseline().scenario.clone();
        let r = Results::compute(&m, &s).unwrap();
        let base = r.clone();
        let tl = tile(&m, &s, &r, &base, Outcome::IndexEmploi, Lang::Fr);
        assert!(tl.formula.contains("÷ 20\u{202F}000,"), "{}", tl.formula);
        assert!(!tl.formula.contains('{'), "{}", tl.formula);
        s.overrides.insert("norm_job_years".into(), 25000.0);
        s.overrides.insert("mobility_target".into(), 400.0);
        let r = Results::compute(&m, &s).unwrap();
        let tl = tile(&m, &s, &r, &base, Outcome::IndexEmploi, Lang::Fr);
        assert!(tl.formula.contains("÷ 25\u{202F}000,"), "{}", tl.formula);
        let chart = chart_data(&r, &base, Outcome::MobilityInvestment, Lang::Fr);
        assert_eq!(chart.reference.unwrap().1, "Objectif 400 M€/an");
        let desc = m.fill_figures(&s, Workstream::Mobility.description(Lang::Fr), Lang::Fr);
        assert!(desc.contains("objectif 400 M€ par an"), "{desc}");
        // Every outcome's formula is filled: no placeholder is left.
        for &o in Outcome::ALL {
            let f = m.fill_figures(&s, formula(Lang::En, o), Lang::En);
            assert!(!f.contains('{'), "{o:?}: {f}");
        }
        for w in Workstream::ALL {
            let d = m.fill_figures(&s, w.description(Lang::En), Lang::En);
            assert!(!d.contains('{'), "{w:?}: {d}");
        }
    }

    #[test]
    fn the_status_names_what_changed_and_only_that() {
        let m = Model::embedded().unwrap();
        let mut s = m.baseline().scenario.clone();
        let r0 = Results::compute(&m, &s).unwrap();
        let before = status_values(&r0);
        assert_eq!(status_text(&before, &r0, &[], Lang::Fr), None);
        s.set_amount(Workstream::Mobility, Instrument::Loans, 450e6);
        let r1 = Results::compute(&m, &s).unwrap();
        let text = status_text(&before, &r1, &["Prêts : enveloppe dépassée"], Lang::Fr).unwrap();
        assert!(text.starts_with("Investissement ajouté : "), "{text}");
        assert!(text.contains("(+"), "{text}");
        assert!(text.contains("Emplois de chantier"), "{text}");
        assert!(
            !text.contains("Logements rénovés"),
            "mobility does not renovate: {text}"
        );
        assert!(text.ends_with("Prêts : enveloppe dépassée"), "{text}");
    }

    #[test]
    fn ranges_and_figures_read_well() {
        assert_eq!(
            range_text(3249.0, 4149.0, Lang::Fr),
            "entre 3\u{202F}200 et 4\u{202F}100"
        );
        assert_eq!(range_text(1.234, 2.5, Lang::En), "between 1.20 and 2.50");
        assert_eq!(figure(19302.3, Lang::Fr), "19\u{202F}300");
        assert_eq!(figure(9.26, Lang::Fr), "9,26");
    }

    #[test]
    fn charts_and_summaries() {
        let m = Model::embedded().unwrap();
        let s = m.baseline().scenario.clone();
        let r = Results::compute(&m, &s).unwrap();
        let base = r.clone();
        let d = chart_data(&r, &base, Outcome::MobilityInvestment, Lang::Fr);
        assert!(d.band.is_none() && d.reference.is_some());
        let text = chart_summary(&d, &r, Outcome::MobilityInvestment, Lang::Fr);
        assert!(text.contains("350"), "{text}");
        let d = chart_data(&r, &base, Outcome::Co2Avoided, Lang::Fr);
        assert!(chart_summary(&d, &r, Outcome::Co2Avoided, Lang::Fr).contains("entre"));
        // The caption's range is the tile's.
        let jobs = chart_data(&r, &base, Outcome::ConstructionJobs, Lang::Fr);
        let caption = chart_summary(&jobs, &r, Outcome::ConstructionJobs, Lang::Fr);
        let range = tile(&m, &s, &r, &base, Outcome::ConstructionJobs, Lang::Fr).range;
        assert!(
            range.as_deref().is_some_and(|x| caption.contains(x)),
            "{caption} / {range:?}"
        );
        // The line is the central projection, as on the tiles.
        assert_eq!(d.scenario, r.projection.net(Outcome::Co2Avoided));
        assert_eq!(imperatives(&r, &base).len(), 3);
        let tl = tile(&m, &s, &r, &base, Outcome::HomesRenovated, Lang::Fr);
        assert_eq!(
            tl.value,
            figure(r.projection.headline(Outcome::HomesRenovated), Lang::Fr)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_links_point_at_entries_of_the_static_pages() {
        let fr = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/glossaire.html"
        ))
        .unwrap();
        let en =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/glossary.html"))
                .unwrap();
        let mut anchors: Vec<&str> = relance_model::Outcome::ALL
            .iter()
            .filter_map(|&o| glossary_entry(o))
            .collect();
        anchors.extend(crate::components::totals::GLOSSARY);
        anchors.extend([
            "chiffre-net",
            "mediane",
            "tirages",
            "p10-p90",
            "effet-de-levier",
        ]);
        for a in anchors {
            for page in [&fr, &en] {
                assert!(page.contains(&format!("<dt id=\"{a}\">")), "{a}");
            }
        }
        assert_eq!(glossary_href(Lang::En, "bhns"), "glossary.html#bhns");
    }
}
