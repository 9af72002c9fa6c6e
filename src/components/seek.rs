//! « Viser un objectif »: targets on headline results, sent to the page's worker (its goal-seek
//! lane); the proposed split as a difference from the current one,
//! applied in one action (the page adds a history entry, so Back undoes it) or shared as a
//! link.

use crate::i18n::{t, Key};
use crate::state::Action;
use crate::worker::use_worker;
use relance_model::format::{parse_decimal, rounded as figure};
use relance_model::link::Link;
use relance_model::seek::{Goal, Limits, SeekResult, TARGETS as SEEK_OUTCOMES};
use relance_model::{Lang, Model, Outcome, Scenario, Workstream, MEUR};
use relance_worker::client::Lane;
use relance_worker::{Answer, Request, SeekQuery};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the answer reports "elsewhere" when it moves: every target-able result, and what the
/// targets may cost that is not one (jobs safeguarded, trips, the investment).
const ELSEWHERE: [Outcome; 16] = [
    Outcome::ConstructionJobs,
    Outcome::LastingJobs,
    Outcome::JobsSafeguarded,
    Outcome::Co2Avoided,
    Outcome::HomesRenovated,
    Outcome::HomesBuilt,
    Outcome::TransitKm,
    Outcome::TransitTrips,
    Outcome::Hectares,
    Outcome::PeopleReached,
    Outcome::IndexEmploi,
    Outcome::IndexInclusion,
    Outcome::IndexTransition,
    Outcome::InvestmentSpent,
    Outcome::MetroCofinancing,
    Outcome::MetroDebtService,
];

/// The most targets at once.
const MAX_TARGETS: usize = 3;

/// What a target asks of its result.
#[derive(Clone, Copy, PartialEq)]
enum Sense {
    AtLeast,
    AtMost,
    Most,
}

/// One target as typed.
#[derive(Clone, PartialEq)]
struct Row {
    outcome: Outcome,
    sense: Sense,
    text: String,
}

/// A target's figure as a field shows it: two significant figures, no grouping.
fn field_text(x: f64, lang: Lang) -> String {
    let r = relance_model::format::round_sig(x, 2);
    let s = if r.abs() >= 100.0 {
        format!("{r:.0}")
    } else {
        r.to_string()
    };
    relance_model::format::field_text(&s, lang)
}

/// The goals the rows ask for, or the position of the first field that is not a number, or
/// `usize::MAX` when more than one result is to be made as large as possible.
fn goals_of(rows: &[Row]) -> Result<Vec<Goal>, usize> {
    if rows.iter().filter(|r| r.sense == Sense::Most).count() > 1 {
        return Err(usize::MAX);
    }
    rows.iter()
        .enumerate()
        .map(|(k, r)| {
            let x = || parse_decimal(&r.text).ok_or(k);
            Ok(match r.sense {
                Sense::AtLeast => Goal::AtLeast(r.outcome, x()?),
                Sense::AtMost => Goal::AtMost(r.outcome, x()?),
                Sense::Most => Goal::Maximise(r.outcome),
            })
        })
        .collect()
}

/// A colon as each language writes it.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    }
}

/// An amount of money as the levers write it: M€, whole numbers without decimals, others with
/// one or two (`60 M€`, `0,4 M€`, `1 173,9 M€`).
fn meur(x: f64, lang: Lang) -> String {
    format!("{}\u{a0}M€", relance_model::format::figure(x, lang))
}

/// `+12,5 M€` / `−3 M€` / `0 M€`.
fn signed_meur(x: f64, lang: Lang) -> String {
    let x = (x * 1e5).round() / 1e5;
    let sign = if x > 0.0 {
        "+"
    } else if x < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", meur(x.abs(), lang))
}

/// Properties of [`SeekPanel`]: what the page shows now.
#[derive(Properties, PartialEq, Clone)]
pub struct SeekProps {
    /// The model.
    pub model: Rc<Model>,
    /// The page's scenario, where a search starts.
    pub scenario: Scenario,
    /// Its preset (links are written against it).
    pub preset: String,
    /// Interface language.
    pub lang: Lang,
    /// The figures shown (hints for the targets).
    pub shown: Rc<crate::view::Results>,
    /// Where actions go (a split applied is a new history entry: Back undoes it).
    pub on_action: Callback<Action>,
}

/// The action applying a split found, from a scenario of `preset`: a new history entry.
pub fn apply_action(preset: &str, found: &SeekResult) -> Action {
    Action::LoadScenario(preset.to_string(), found.scenario.clone())
}

/// The page address with another hash.
fn url_with(hash: &str) -> String {
    let href = crate::web::href();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{hash}")
}

/// The panel's form and answer.
#[function_component(SeekPanel)]
pub fn seek_panel(p: &SeekProps) -> Html {
    let lang = p.lang;
    let hint = |o: Outcome| p.shown.headline(o);
    let answer = use_state(|| None::<(u32, Result<Rc<SeekResult>, Key>)>);
    let worker = use_worker();
    let next_seq = use_mut_ref(|| 0u32);
    let on_seek = {
        let answer = answer.setter();
        Callback::from(
            move |(start, goals, limits): (Scenario, Vec<Goal>, Limits)| {
                let mut n = next_seq.borrow_mut();
                *n = n.wrapping_add(1);
                let (seq, answer) = (*n, answer.clone());
                let query = SeekQuery {
                    start,
                    goals,
                    limits,
                };
                let w = worker.clone();
                worker.ask(Lane::Seek, Request::Seek(query), move |a| match a {
                    Answer::Seek(r) => answer.set(Some((seq, Ok(Rc::new(r))))),
                    // An invalid start, or no worker to search.
                    _ if w.is_down() => answer.set(Some((seq, Err(Key::WorkerUnavailableSeek)))),
                    _ => answer.set(Some((seq, Err(Key::SeekFailed)))),
                });
                Some(seq)
            },
        )
    };
    html! {
        <SeekForm model={p.model.clone()} scenario={p.scenario.clone()} preset={p.preset.clone()} lang={lang}
            hints={SEEK_OUTCOMES.map(hint)} on_action={p.on_action.clone()} on_seek={on_seek}
            answer={(*answer).clone()} />
    }
}

#[derive(Properties, PartialEq, Clone)]
struct FormProps {
    model: Rc<Model>,
    scenario: Scenario,
    preset: String,
    lang: Lang,
    hints: [f64; SEEK_OUTCOMES.len()],
    on_action: Callback<Action>,
    on_seek: Callback<(Scenario, Vec<Goal>, Limits), Option<u32>>,
    answer: Option<(u32, Result<Rc<SeekResult>, Key>)>,
}

impl FormProps {
    fn hint(&self, o: Outcome) -> f64 {
        SEEK_OUTCOMES
            .iter()
            .position(|x| *x == o)
            .map_or(0.0, |k| self.hints[k])
    }
}

#[function_component(SeekForm)]
fn seek_form(p: &FormProps) -> Html {
    let lang = p.lang;
    let rows = use_state(|| {
        let o = Outcome::ConstructionJobs;
        vec![Row {
            outcome: o,
            sense: Sense::AtLeast,
            text: field_text(1.1 * p.hint(o), lang),
        }]
    });
    let envelopes = use_state(|| true);
    let budget = use_state(String::new);
    let locked = use_state(|| [false; 8]);
    // The search asked: its number, start, goals; the problem found before sending, if any.
    let asked = use_state(|| None::<(u32, Scenario, Vec<Goal>)>);
    let problem = use_state(|| None::<(usize, Key)>);
    let applied = use_state(|| false);

    let edit = |k: usize, f: fn(&mut Row, String)| {
        let rows = rows.clone();
        Callback::from(move |e: Event| {
            let v = match e.target_dyn_into::<HtmlSelectElement>() {
                Some(s) => s.value(),
                None => e.target_unchecked_into::<HtmlInputElement>().value(),
            };
            let mut r = (*rows).clone();
            f(&mut r[k], v);
            rows.set(r);
        })
    };
    let add = {
        let (rows, p2) = (rows.clone(), p.clone());
        Callback::from(move |_: MouseEvent| {
            let mut r = (*rows).clone();
            let o = SEEK_OUTCOMES
                .into_iter()
                .find(|o| r.iter().all(|x| x.outcome != *o))
                .unwrap_or(Outcome::Co2Avoided);
            r.push(Row {
                outcome: o,
                sense: Sense::AtLeast,
                text: field_text(1.1 * p2.hint(o), lang),
            });
            rows.set(r);
        })
    };
    let run = {
        let (rows, envelopes, budget, locked) = (
            rows.clone(),
            envelopes.clone(),
            budget.clone(),
            locked.clone(),
        );
        let (asked, problem, applied) = (asked.clone(), problem.clone(), applied.clone());
        let (on_seek, scenario, model) = (p.on_seek.clone(), p.scenario.clone(), p.model.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let goals = match goals_of(&rows) {
                Ok(g) => g,
                Err(usize::MAX) => return problem.set(Some((usize::MAX, Key::SeekOneMost))),
                Err(k) => return problem.set(Some((k, Key::SeekBadNumber))),
            };
            let budget = match budget.trim() {
                "" => None,
                b => match parse_decimal(b).filter(|x| *x > 0.0) {
                    Some(x) => Some(x * MEUR),
                    None => return problem.set(Some((MAX_TARGETS, Key::SeekBadNumber))),
                },
            };
            let limits = Limits {
                envelopes: *envelopes,
                budget,
                locked: model
                    .levers
                    .iter()
                    .filter(|l| locked[l.workstream.index()])
                    .map(|l| (l.workstream, l.instrument))
                    .collect(),
            };
            problem.set(None);
            applied.set(false);
            if let Some(seq) = on_seek.emit((scenario.clone(), goals.clone(), limits)) {
                asked.set(Some((seq, scenario.clone(), goals)));
            } else {
                problem.set(Some((usize::MAX, Key::SeekNoWorker)));
            }
        })
    };

    let field_problem = |k: usize| problem.filter(|(at, _)| *at == k).map(|(_, key)| key);
    let n = rows.len();
    let targets = rows.iter().enumerate().map(|(k, r)| {
        let id = format!("seek-{k}");
        let bad = field_problem(k);
        let now = p.hint(r.outcome);
        let unit = r.outcome.headline_unit(lang);
        let remove = {
            let rows = rows.clone();
            Callback::from(move |_: MouseEvent| {
                let mut v = (*rows).clone();
                v.remove(k);
                rows.set(v);
            })
        };
        html! {
            <fieldset class="seek__target">
                <legend>{ format!("{} {}", t(lang, Key::SeekTarget), k + 1) }</legend>
                <label for={format!("{id}-o")}>{ t(lang, Key::Outcome) }</label>
                <select id={format!("{id}-o")} onchange={edit(k, |r, v| {
                    r.outcome = Outcome::from_id(&v).unwrap_or(r.outcome)
                })}>
                { for SEEK_OUTCOMES.iter().map(|o| html! {
                    <option value={o.id()} selected={*o == r.outcome}>{ o.label(lang) }</option>
                }) }
                </select>
                <label for={format!("{id}-s")}>{ t(lang, Key::SeekSense) }</label>
                <select id={format!("{id}-s")} onchange={edit(k, |r, v| {
                    r.sense = match v.as_str() { "max" => Sense::AtMost, "most" => Sense::Most, _ => Sense::AtLeast }
                })}>
                    <option value="min" selected={r.sense == Sense::AtLeast}>{ t(lang, Key::SeekAtLeast) }</option>
                    <option value="max" selected={r.sense == Sense::AtMost}>{ t(lang, Key::SeekAtMost) }</option>
                    <option value="most" selected={r.sense == Sense::Most}>{ t(lang, Key::SeekMost) }</option>
                </select>
                if r.sense != Sense::Most {
                    <label for={format!("{id}-v")}>{ format!("{} ({unit})", t(lang, Key::SeekValue)) }</label>
                    <input id={format!("{id}-v")} type="text" inputmode="decimal" value={r.text.clone()}
                        aria-invalid={bad.is_some().then_some("true")}
                        aria-describedby={format!("{id}-h")}
                        onfocus={select_all()}
                        oninput={edit(k, |r, v| r.text = v).reform(|e: InputEvent| e.into())} />
                }
                <p class="seek__hint" id={format!("{id}-h")}>
                    if let Some(key) = bad {
                        <strong class="seek__bad">{ t(lang, key) }{ " " }</strong>
                    }
                    { format!("{}{}{} {unit}", t(lang, Key::SeekNow), colon(lang), figure(now, lang)) }
                </p>
                if n > 1 {
                    <button type="button" class="seek__remove" onclick={remove}
                        aria-label={format!("{} {}", t(lang, Key::SeekRemove), k + 1)}>{ t(lang, Key::SeekRemove) }</button>
                }
            </fieldset>
        }
    });

    let answer = match (&*asked, &p.answer) {
        (Some((seq, start, goals)), Some((got, r))) if seq == got => {
            Some((start, goals, r.clone()))
        }
        _ => None,
    };
    let busy = asked.is_some() && answer.is_none();
    // The progress shows only past 100 ms: a quick answer does not flash.
    let slow = use_state(|| false);
    {
        let slow = slow.clone();
        let seq = asked.as_ref().map(|a| a.0);
        use_effect_with((seq, busy), move |&(_, busy)| {
            slow.set(false);
            let timer =
                busy.then(|| gloo_timers::callback::Timeout::new(100, move || slow.set(true)));
            move || drop(timer)
        });
    }
    let general = problem.filter(|(at, _)| *at == usize::MAX).map(|(_, k)| k);
    let budget_bad = field_problem(MAX_TARGETS);

    html! {
        <form class="seek__form" onsubmit={run} novalidate=true>
            <p class="seek__intro">{ t(lang, Key::SeekIntro) }</p>
            { for targets }
            if n < MAX_TARGETS {
                <button type="button" class="seek__add" onclick={add}>{ t(lang, Key::SeekAdd) }</button>
            }
            <fieldset class="seek__limits">
                <legend>{ t(lang, Key::SeekLimits) }</legend>
                <label class="seek__check">
                    <input type="checkbox" checked={*envelopes}
                        onchange={let e = envelopes.clone(); move |_| e.set(!*e)} />
                    { t(lang, Key::SeekEnvelopes) }
                </label>
                <label for="seek-budget">{ t(lang, Key::SeekBudget) }</label>
                <input id="seek-budget" type="text" inputmode="decimal" value={(*budget).clone()}
                    aria-invalid={budget_bad.is_some().then_some("true")} aria-describedby="seek-budget-h"
                    onfocus={select_all()}
                    oninput={let b = budget.clone(); move |e: InputEvent| b.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                <p class="seek__hint" id="seek-budget-h">
                    if let Some(key) = budget_bad {
                        <strong class="seek__bad">{ t(lang, key) }</strong>
                    }
                </p>
                <p class="seek__locks-h">{ t(lang, Key::SeekLock) }</p>
                <ul class="seek__locks">
                { for Workstream::ALL.iter().map(|&w| {
                    let l = locked.clone();
                    html! {
                        <li><label class="seek__check">
                            <input type="checkbox" checked={locked[w.index()]}
                                onchange={move |_| { let mut x = *l; x[w.index()] = !x[w.index()]; l.set(x) }} />
                            { w.label(lang) }
                        </label></li>
                    }
                }) }
                </ul>
            </fieldset>
            <button type="submit" class="seek__run">{ t(lang, Key::SeekRun) }</button>
            <div class="seek__out">
                // Only the short lines are a live region: the detail would flood a screen reader.
                <div class="seek__status" role="status">
                    if let Some(key) = general {
                        <p class="seek__bad">{ t(lang, key) }</p>
                    }
                    if busy && *slow {
                        <p class="seek__busy"><progress aria-label={t(lang, Key::SeekBusy)}></progress>{ t(lang, Key::SeekBusy) }</p>
                    }
                    if let Some((start, _, r)) = &answer {
                        { verdict(start, r.as_deref().map_err(|k| *k), lang) }
                    }
                </div>
                if let Some((start, goals, r)) = &answer {
                    { outcome_view(p, start, goals, r.as_deref().ok(), *applied) }
                }
            </div>
            if let Some((_, _, Ok(r))) = &answer {
                if !*applied {
                    <button type="button" class="seek__apply" onclick={{
                        let (on_action, action, applied) = (p.on_action.clone(), apply_action(&p.preset, r), applied.clone());
                        move |_| { applied.set(true); on_action.emit(action.clone()) }
                    }}>{ t(lang, Key::SeekApply) }</button>
                }
                <a class="seek__link" href={url_with(&Link::from_scenario(&p.model, &p.preset, &r.scenario, lang, "simulator").encode())}>
                    { t(lang, Key::SeekLink) }</a>
            }
        </form>
    }
}

/// The answer: targets against what is reached, shortfalls, the split as a difference.
fn total(s: &Scenario) -> f64 {
    s.amounts.iter().flatten().sum::<f64>() / MEUR
}

/// The answer in one sentence, the only part announced (a status message must stay short).
fn verdict(start: &Scenario, r: Result<&SeekResult, Key>, lang: Lang) -> Html {
    let r = match r {
        Ok(r) => r,
        Err(why) => return html! { <p class="seek__bad">{ t(lang, why) }</p> },
    };
    let (before, after) = (total(start), total(&r.scenario));
    html! {
        <p class="seek__verdict">
            if r.shortfalls.is_empty() { { t(lang, Key::SeekMet) } } else { { t(lang, Key::SeekUnmet) } }
            { format!(" {} {} ({} {})", meur(after, lang), t(lang, Key::SeekMoney), signed_meur(after - before, lang), t(lang, Key::SeekVsYours)) }
        </p>
    }
}

/// A prefilled figure is selected when the field takes focus, so that what is typed replaces
/// it (« 8400 » then 8000 gives 8000, not « 84008000 »).
fn select_all() -> Callback<FocusEvent> {
    Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())
}

/// The answer's detail: targets against what is reached, shortfalls, what changes elsewhere,
/// the split as a difference.
fn outcome_view(
    p: &FormProps,
    start: &Scenario,
    goals: &[Goal],
    r: Option<&SeekResult>,
    applied: bool,
) -> Html {
    let lang = p.lang;
    let Some(r) = r else {
        return Html::default();
    };
    let (before, after) = (total(start), total(&r.scenario));
    let changed: Vec<_> = p
        .model
        .levers
        .iter()
        .filter(|l| {
            (r.scenario.amount(l.workstream, l.instrument)
                - start.amount(l.workstream, l.instrument))
            .abs()
                > 1.0
        })
        .collect();
    // What the targets cost elsewhere: the other results that move by more than 1 %, the
    // metropolis's own costs included.
    // Both sides are central projections: the start's, and the answer's.
    let from = p.model.project(start).ok();
    let elsewhere: Vec<(Outcome, f64, f64)> = ELSEWHERE
        .iter()
        .filter(|o| goals.iter().all(|g| g.outcome() != **o))
        .filter_map(|&o| {
            let (a, b) = (from.as_ref()?.headline(o), *r.headlines.get(o.index())?);
            ((b - a).abs() > 0.01 * a.abs().max(b.abs())).then_some((o, a, b))
        })
        .collect();
    html! {
        <>
        <ul class="seek__reached">
        { for goals.iter().zip(&r.reached).map(|(g, x)| {
            let o = g.outcome();
            let unit = o.headline_unit(lang);
            let aim = match *g {
                Goal::AtLeast(_, v) => format!("{} {}", t(lang, Key::SeekAtLeast), figure(v, lang)),
                Goal::AtMost(_, v) => format!("{} {}", t(lang, Key::SeekAtMost), figure(v, lang)),
                Goal::Maximise(_) => t(lang, Key::SeekMost).to_string(),
            };
            html! { <li>{ format!("{}{}{} {unit} ({aim})", o.label(lang), colon(lang), figure(*x, lang)) }</li> }
        }) }
        { for r.shortfalls.iter().map(|sf| html! { <li class="seek__bad">{ sf.message(lang) }</li> }) }
        </ul>
        if !elsewhere.is_empty() {
            <p class="seek__else-h">{ t(lang, Key::SeekElsewhere) }</p>
            <ul class="seek__else">
            { for elsewhere.iter().map(|(o, a, b)| html! {
                <li>{ format!("{}{}{} → {} {}", o.label(lang), colon(lang), figure(*a, lang), figure(*b, lang), o.headline_unit(lang)) }</li>
            }) }
            </ul>
        }
        if p.scenario != *start && !applied {
            <p class="seek__note">{ t(lang, Key::SeekStale) }</p>
        }
        if applied {
            <p class="seek__note">{ t(lang, Key::SeekApplied) }</p>
        }
        if changed.is_empty() {
            <p>{ t(lang, Key::SeekSame) }</p>
        } else {
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="seek-diff-cap">
            <table class="seek__diff">
                <caption id="seek-diff-cap">{ t(lang, Key::SeekDiff) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Lever) }</th>
                    <th scope="col">{ t(lang, Key::SeekYours) }</th>
                    <th scope="col">{ t(lang, Key::SeekProposed) }</th>
                    <th scope="col">{ t(lang, Key::SeekChange) }</th>
                </tr></thead>
                <tbody>
                { for changed.iter().map(|l| {
                    let (a, b) = (start.amount(l.workstream, l.instrument) / MEUR, r.scenario.amount(l.workstream, l.instrument) / MEUR);
                    html! { <tr>
                        <th scope="row">{ format!("{} — {}", l.workstream.label(lang), l.instrument.label(lang)) }</th>
                        <td>{ meur(a, lang) }</td><td>{ meur(b, lang) }</td><td>{ signed_meur(b - a, lang) }</td>
                    </tr> }
                }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ t(lang, Key::Total) }</th>
                    <td>{ meur(before, lang) }</td><td>{ meur(after, lang) }</td><td>{ signed_meur(after - before, lang) }</td>
                </tr></tfoot>
            </table>
            </div>
        }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(o: Outcome, sense: Sense, text: &str) -> Row {
        Row {
            outcome: o,
            sense,
            text: text.into(),
        }
    }

    #[test]
    fn typed_targets_become_goals_or_point_at_the_bad_field() {
        let rows = [
            row(Outcome::ConstructionJobs, Sense::AtLeast, "25 000"),
            row(Outcome::DebtService, Sense::AtMost, "1 200,5"),
            row(Outcome::Co2Avoided, Sense::Most, "n'importe quoi"),
        ];
        assert_eq!(
            goals_of(&rows),
            Ok(vec![
                Goal::AtLeast(Outcome::ConstructionJobs, 25_000.0),
                Goal::AtMost(Outcome::DebtService, 1200.5),
                Goal::Maximise(Outcome::Co2Avoided),
            ])
        );
        let bad = [
            row(Outcome::ConstructionJobs, Sense::AtLeast, "25 000"),
            row(Outcome::Co2Avoided, Sense::AtLeast, "beaucoup"),
        ];
        assert_eq!(goals_of(&bad), Err(1));
        let two_most = [
            row(Outcome::ConstructionJobs, Sense::Most, ""),
            row(Outcome::Co2Avoided, Sense::Most, ""),
        ];
        assert_eq!(goals_of(&two_most), Err(usize::MAX));
    }

    #[test]
    fn fields_and_changes_are_written_for_people() {
        assert_eq!(field_text(11_947.0, Lang::Fr), "12000");
        assert_eq!(field_text(66.3, Lang::Fr), "66");
        assert_eq!(field_text(2.345, Lang::Fr), "2,3");
        assert_eq!(field_text(2.345, Lang::En), "2.3");
        assert_eq!(signed_meur(12.5, Lang::Fr), "+12,5\u{a0}M€");
        assert_eq!(signed_meur(-3.0, Lang::En), "−3\u{a0}M€");
        assert_eq!(signed_meur(1e-9, Lang::Fr), "0\u{a0}M€");
    }
}
