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
    /// The view shown.
    pub view: View,
    /// A parameter to bring into view in the methodology.
    pub focus_param: Option<String>,
}

/// The views of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Levers, outcomes and charts.
    Simulator,
    /// Every parameter, editable (expert mode).
    Assumptions,
    /// The methodology.
    Methodology,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [View; 3] = [View::Simulator, View::Assumptions, View::Methodology];

    /// Identifier (element ids, links).
    pub fn id(self) -> &'static str {
        match self {
            View::Simulator => "simulator",
            View::Assumptions => "assumptions",
            View::Methodology => "methodology",
        }
    }
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
    /// Back to the baseline preset with the registry's values.
    Reset,
    /// Change language.
    SetLang(Lang),
    /// Show a view.
    SetView(View),
    /// Show a parameter in the methodology.
    ShowParam(String),
    /// Override a parameter (registry figures); refused unless the value is valid.
    SetOverride(String, f64),
    /// Back to the registry's value for one parameter.
    ClearOverride(String),
    /// Back to the registry's values for every parameter.
    ClearOverrides,
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
            view: View::Simulator,
            focus_param: None,
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
                    // A preset sets the money; the expert's parameter edits stay.
                    let overrides = std::mem::take(&mut self.scenario.overrides);
                    self.scenario = p.scenario.clone();
                    self.scenario.overrides = overrides;
                    self.preset = p.id.clone();
                }
            }
            Action::Reset => {
                let base = self.model.baseline();
                self.scenario = base.scenario.clone();
                self.preset = base.id.clone();
            }
            Action::SetLang(l) => self.lang = l,
            Action::SetView(v) => {
                self.view = v;
                self.focus_param = None;
            }
            Action::ShowParam(id) => {
                self.view = View::Methodology;
                self.focus_param = Some(id);
            }
            Action::SetOverride(id, v) => {
                let valid = self
                    .model
                    .registry
                    .get(&id)
                    .is_some_and(|p| p.check_value(v).is_ok());
                if valid {
                    self.scenario.overrides.insert(id, v);
                }
            }
            Action::ClearOverride(id) => {
                self.scenario.overrides.remove(&id);
            }
            Action::ClearOverrides => self.scenario.overrides.clear(),
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

    #[test]
    fn overrides_are_applied_only_when_valid_and_survive_presets() {
        let mut s = state();
        s.apply(Action::SetOverride("loan_margin".into(), 0.8));
        assert_eq!(s.scenario.overrides.get("loan_margin"), Some(&0.8));
        s.apply(Action::SetOverride("loan_margin".into(), 500.0));
        s.apply(Action::SetOverride("loan_margin".into(), f64::NAN));
        s.apply(Action::SetOverride("no_such".into(), 1.0));
        assert_eq!(s.scenario.overrides.len(), 1);
        assert_eq!(s.scenario.overrides.get("loan_margin"), Some(&0.8));
        s.apply(Action::LoadPreset("jobs-first".into()));
        assert_eq!(s.scenario.overrides.get("loan_margin"), Some(&0.8));
        s.apply(Action::ClearOverride("loan_margin".into()));
        assert!(s.scenario.overrides.is_empty());
        s.apply(Action::SetOverride("loan_margin".into(), 0.8));
        s.apply(Action::SetAmount(Workstream::Food, Instrument::Loans, 0.0));
        s.apply(Action::Reset);
        assert_eq!(s.scenario, s.model.baseline().scenario);
    }

    #[test]
    fn show_param_opens_the_methodology() {
        let mut s = state();
        s.apply(Action::ShowParam("sharpness".into()));
        assert_eq!(s.view, View::Methodology);
        assert_eq!(s.focus_param.as_deref(), Some("sharpness"));
        s.apply(Action::SetView(View::Simulator));
        assert_eq!(s.focus_param, None);
    }
}
