//! Application state: one reducer, with the logic in a plain `apply` testable without Yew.

use relance_model::{Instrument, Lang, Model, Scenario, Workstream};
use std::rc::Rc;
use yew::Reducible;

/// Everything the user has chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The model (shared, never mutated).
    pub model: Rc<Model>,
    /// The current scenario.
    pub scenario: Scenario,
    /// Interface language.
    pub lang: Lang,
    /// The preset the scenario started from.
    pub preset: String,
}

/// What the user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Set one lever, in euros (snapped to its range and step).
    SetAmount(Workstream, Instrument, f64),
    /// Move one lever by a number of steps (negative to decrease).
    Step(Workstream, Instrument, i32),
    /// Start again from a preset.
    LoadPreset(String),
    /// Change language.
    SetLang(Lang),
}

impl AppState {
    /// The initial state: the baseline preset, in French.
    pub fn new(model: Rc<Model>) -> AppState {
        let base = model.baseline();
        AppState {
            scenario: base.scenario.clone(),
            preset: base.id.clone(),
            model,
            lang: Lang::Fr,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetAmount(w, i, euros) => {
                let spec = self.model.lever(w, i);
                self.scenario.set_amount(w, i, spec.snap(euros));
            }
            Action::Step(w, i, n) => {
                let spec = *self.model.lever(w, i);
                let v = self.scenario.amount(w, i) + n as f64 * spec.step;
                self.scenario.set_amount(w, i, spec.snap(v));
            }
            Action::LoadPreset(id) => {
                if let Some(p) = self.model.preset(&id) {
                    self.scenario = p.scenario.clone();
                    self.preset = p.id.clone();
                }
            }
            Action::SetLang(l) => self.lang = l,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> AppState {
        AppState::new(Rc::new(Model::embedded().unwrap()))
    }

    #[test]
    fn set_amount_snaps_to_range_and_step() {
        let mut s = state();
        let (w, i) = (Workstream::Mobility, Instrument::Loans);
        s.apply(Action::SetAmount(w, i, 123.4e6));
        assert_eq!(s.scenario.amount(w, i), 125e6);
        s.apply(Action::SetAmount(w, i, 1e12));
        assert_eq!(s.scenario.amount(w, i), s.model.lever(w, i).max);
        s.apply(Action::SetAmount(w, i, f64::NAN));
        assert_eq!(s.scenario.amount(w, i), 0.0);
    }

    #[test]
    fn steps_move_by_the_lever_step_and_stop_at_the_ends() {
        let mut s = state();
        let (w, i) = (Workstream::Food, Instrument::Engineering);
        let before = s.scenario.amount(w, i);
        s.apply(Action::Step(w, i, 1));
        assert!((s.scenario.amount(w, i) - before - 0.01e6).abs() < 1e-6);
        s.apply(Action::Step(w, i, -1000));
        assert_eq!(s.scenario.amount(w, i), 0.0);
    }

    #[test]
    fn closed_equity_levers_stay_at_zero() {
        let mut s = state();
        s.apply(Action::SetAmount(
            Workstream::Nature,
            Instrument::Equity,
            10e6,
        ));
        assert_eq!(
            s.scenario.amount(Workstream::Nature, Instrument::Equity),
            0.0
        );
    }

    #[test]
    fn presets_replace_the_scenario() {
        let mut s = state();
        s.apply(Action::LoadPreset("climate-first".into()));
        assert_eq!(s.preset, "climate-first");
        assert_eq!(
            s.scenario,
            s.model.preset("climate-first").unwrap().scenario
        );
        s.apply(Action::LoadPreset("nope".into()));
        assert_eq!(s.preset, "climate-first");
    }
}
