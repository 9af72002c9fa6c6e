//! Application state: one reducer, with the logic in a plain `apply` testable without Yew.

use relance_model::link::{Link, LinkError};
use relance_model::{Instrument, Lang, Model, Outcome, Scenario, Workstream};
use relance_worker::client::Status;
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
    /// The commune shown in « Ma commune » (INSEE code), kept in the link.
    pub commune: Option<String>,
    /// A message for the person (bad link, bad file, storage problem…).
    pub notice: Option<Notice>,
    /// Whether the next URL update should add a history entry (discrete actions) or replace
    /// the current one (dragging), so that Back goes to the previous choice, not each pixel.
    pub push_history: bool,
    /// The team scenarios (saved and compared), in the person's order.
    pub compare: Vec<CompareEntry>,
    /// Whether the list has been read from the browser's storage (it is written back only then).
    pub teams_loaded: bool,
    /// Whether the list is kept in the browser's storage: always, but inside another site's
    /// iframe only once the person saves.
    pub persist: bool,
    /// Identifiers of new team scenarios: this page's seed and a counter.
    pub id_seed: String,
    next_id: u32,
    /// How the page is shown (from the address's query, not part of the scenario).
    pub mode: Mode,
    /// Workshop: keyboard shortcuts on.
    pub shortcuts: bool,
    /// Workshop: high-contrast theme.
    pub high_contrast: bool,
    /// Workshop: the QR code of the scenario shown over the page.
    pub qr_overlay: bool,
    /// Workshop: the help and shortcuts shown over the page (« ? »).
    pub help_overlay: bool,
    /// Workshop: the countdown timer shown in the toolbar (« T »).
    pub timer: bool,
    /// The outcome chosen for the marginal effects, the "what changed" waterfall and the
    /// workshop's large chart.
    pub outcome: Outcome,
    /// On a phone, the workstream whose levers are open (one at a time).
    pub open_workstream: Workstream,
    /// Counts the moves: a move is a run of changes to one lever, or one discrete change of
    /// the scenario (a preset, a link, a file); the strip shows the change a move made.
    pub move_id: u32,
    /// The lever the current move is changing.
    last_lever: Option<(Workstream, Instrument)>,
    /// Whether the worker is unavailable: figures are then central, without bands.
    pub worker_down: bool,
    /// Longest link an edit may produce ([`relance_model::link::MAX_LEN`]; lowered in tests).
    pub link_limit: usize,
    /// What Ctrl+Z brings back, the latest last: one entry per move or discrete change.
    undo: Vec<Snapshot>,
    /// What Ctrl+Shift+Z brings back after an undo, the latest last.
    redo: Vec<Snapshot>,
    /// The « Annuler » offer shown after an action that replaced or erased work (or after an
    /// undo, to redo it); gone at the next change.
    pub offer: Option<Offer>,
}

/// What an undo restores: the scenario, the preset it started from and the compared
/// scenarios (a team's scenario deleted from the list comes back too).
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    scenario: Scenario,
    preset: String,
    compare: Vec<CompareEntry>,
}

/// Most undo steps kept.
pub const MAX_UNDO: usize = 100;

/// The offer shown after work was replaced, or after an undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// The scenario was replaced or erased by this kind of action: « Annuler ».
    Undo(Replaced),
    /// An undo was made: « Rétablir ».
    Redo,
}

/// The actions that replace or erase a person's work, as the offer names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replaced {
    /// A preset (button or workshop key).
    Preset,
    /// « Tout réinitialiser ».
    Reset,
    /// A goal-seek's split applied, a link opened or pasted.
    Link,
    /// A file imported, a saved scenario opened.
    File,
    /// Every assumption back to the registry.
    Assumptions,
    /// A scenario taken out of the comparison.
    Compared,
    /// The team scenarios replaced by a comparison file's.
    Teams,
}

/// How the page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A resident's page.
    Standard,
    /// Projected in a workshop (`?mode=workshop`): big type, shortcuts, QR overlay.
    Workshop,
    /// Inside an iframe on another site (`?embed=1`): compact, no header or footer.
    Embed,
}

impl Mode {
    /// The mode a page query string asks for.
    pub fn from_query(query: &str) -> Mode {
        let q = query.trim_start_matches('?');
        let has = |k: &str| q.split('&').any(|p| p == k);
        if has("embed=1") {
            Mode::Embed
        } else if has("mode=workshop") || has("workshop=1") {
            Mode::Workshop
        } else {
            Mode::Standard
        }
    }
}

/// A message shown in a banner until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A link could not be opened; the previous scenario is kept.
    BadLink(Vec<LinkError>),
    /// An imported file was refused; the previous scenario is kept. Problems in plain words.
    BadImport(Vec<String>),
    /// Saved scenarios that could not be read were set aside (their names or keys).
    StorageSetAside(Vec<String>),
    /// The browser refused to store (quota full or storage disabled).
    StorageFull,
    /// An edit was refused whole (it would make the link too long); the scenario is kept.
    EditRefused(LinkError),
    /// Information (scenario saved, compare list full…).
    Info(crate::i18n::Key),
}

/// A team scenario: one list for the scenarios saved and compared, kept in the browser
/// (`storage`), compared side by side with the Convention 2020.
pub type CompareEntry = crate::storage::Saved;

/// Most team scenarios in the list (a workshop's teams), the Convention 2020 apart.
pub const MAX_COMPARED: usize = 8;

/// The views of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Levers, outcomes and charts.
    Simulator,
    /// The team scenarios side by side with the Convention 2020.
    Compare,
    /// Every parameter, editable (expert mode).
    Assumptions,
    /// The methodology.
    Methodology,
    /// « Ma commune »: the results spread over the communes by the stated keys.
    Communes,
    /// « Bilan 2020-2026 »: what was reported, beside the model where definitions match.
    Bilan,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [View; 6] = [
        View::Simulator,
        View::Communes,
        View::Compare,
        View::Bilan,
        View::Assumptions,
        View::Methodology,
    ];

    /// Identifier (element ids, links).
    pub fn id(self) -> &'static str {
        match self {
            View::Simulator => "simulator",
            View::Compare => "compare",
            View::Assumptions => "assumptions",
            View::Methodology => "methodology",
            View::Communes => "communes",
            View::Bilan => "bilan",
        }
    }

    /// The view with identifier `id`.
    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
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
    /// Open a shared link (the URL hash); refused whole if anything is wrong.
    OpenLink(String),
    /// Open a link as a new history entry, so that Back returns to the scenario before it (a
    /// goal-seek's split applied).
    ApplyLink(String),
    /// Replace the scenario (an imported file, a saved scenario), as a discrete action.
    LoadScenario(String, Scenario),
    /// Show a message.
    Notify(Notice),
    /// Hide the message.
    DismissNotice,
    /// Add a scenario (name, link) to the team scenarios.
    CompareAdd(String, String),
    /// Save a scenario (name, link) to the team scenarios, and keep the list in the browser
    /// from now on (an embed's list is kept only once the person saves).
    SaveCurrent(String, String),
    /// The team scenarios read from the browser's storage at start.
    CompareLoaded(Vec<CompareEntry>),
    /// Rename the team scenario at this position.
    CompareRename(usize, String),
    /// Move the team scenario at this position up (negative) or down.
    CompareMove(usize, i32),
    /// Replace the team scenarios by a comparison file's (name, link).
    CompareImport(Vec<(String, String)>),
    /// Remove the team scenario at this position.
    CompareRemove(usize),
    /// Workshop: keyboard shortcuts on or off.
    ToggleShortcuts,
    /// Workshop: high contrast on or off.
    ToggleContrast,
    /// Workshop: QR overlay on or off.
    ToggleQr,
    /// Workshop: the help overlay on or off.
    ToggleHelp,
    /// Workshop: the timer shown or hidden.
    ToggleTimer,
    /// Show a parameter in the methodology.
    ShowParam(String),
    /// Override a parameter (registry figures); refused unless the value is valid.
    SetOverride(String, f64),
    /// Back to the registry's value for one parameter.
    ClearOverride(String),
    /// Back to the registry's values for every parameter.
    ClearOverrides,
    /// Choose the outcome of the marginal effects, the waterfall and the workshop's chart.
    SelectOutcome(Outcome),
    /// On a phone, open this workstream's levers (and close the others).
    OpenWorkstream(Workstream),
    /// Show this commune (INSEE code) in « Ma commune », or none.
    SetCommune(Option<String>),
    /// The worker started, answers, or could not start or stopped.
    WorkerStatus(Status),
    /// Bring back the state before the last move or discrete change (Ctrl+Z).
    Undo,
    /// Bring back what the last undo took away (Ctrl+Shift+Z).
    Redo,
    /// Hide the « Annuler » offer.
    DismissOffer,
}

impl Action {
    /// What kind of work this action replaces or erases, if it does (the « Annuler » offer
    /// follows it). A link opened by Back or an edited address is not offered: Back is its
    /// own undo.
    fn replaces(&self) -> Option<Replaced> {
        match self {
            Action::LoadPreset(_) => Some(Replaced::Preset),
            Action::Reset => Some(Replaced::Reset),
            Action::ApplyLink(_) => Some(Replaced::Link),
            Action::LoadScenario(..) => Some(Replaced::File),
            Action::ClearOverrides => Some(Replaced::Assumptions),
            Action::CompareRemove(_) => Some(Replaced::Compared),
            Action::CompareImport(_) => Some(Replaced::Teams),
            _ => None,
        }
    }
}

impl AppState {
    /// The initial state: the baseline preset, in French.
    pub fn new(model: Rc<Model>) -> AppState {
        let base = model.baseline();
        AppState {
            scenario: base.scenario.clone(),
            preset: base.id.to_string(),
            model,
            lang: Lang::Fr,
            view: View::Simulator,
            focus_param: None,
            commune: None,
            notice: None,
            push_history: false,
            compare: Vec::new(),
            teams_loaded: false,
            persist: true,
            id_seed: "t".into(),
            next_id: 0,
            mode: Mode::Standard,
            shortcuts: true,
            high_contrast: false,
            qr_overlay: false,
            help_overlay: false,
            timer: false,
            link_limit: relance_model::link::MAX_LEN,
            worker_down: false,
            outcome: Outcome::ConstructionJobs,
            open_workstream: Workstream::ALL[0],
            move_id: 0,
            last_lever: None,
            undo: Vec::new(),
            redo: Vec::new(),
            offer: None,
        }
    }

    /// The initial state for a page opened with `hash` (empty: the baseline). A bad link keeps
    /// the baseline and says why.
    pub fn from_hash(model: Rc<Model>, hash: &str) -> AppState {
        let mut s = AppState::new(model);
        let h = hash.strip_prefix('#').unwrap_or(hash);
        if !h.is_empty() {
            s.apply(Action::OpenLink(h.to_string()));
        }
        s
    }

    /// The link of the current state (hash without `#`).
    pub fn link(&self) -> String {
        let mut l = Link::from_scenario(
            &self.model,
            &self.preset,
            &self.scenario,
            self.lang,
            self.view.id(),
        );
        l.commune = self.commune.clone();
        l.encode()
    }

    /// A new team scenario named `name` (cleaned) with a fresh identifier.
    fn new_entry(&mut self, name: String, link: &str) -> CompareEntry {
        self.next_id += 1;
        let id = format!("{}-{}", self.id_seed, self.next_id);
        CompareEntry {
            id,
            name: crate::storage::clean_name(&name),
            link: link.trim_start_matches('#').to_string(),
        }
    }

    /// Adds a team scenario if the list has room and the link opens; says why not otherwise.
    fn add_team(&mut self, name: String, link: String) {
        if self.compare.len() >= MAX_COMPARED {
            self.notice = Some(Notice::Info(crate::i18n::Key::CompareFull));
            return;
        }
        match relance_model::link::decode(&self.model, &link) {
            Ok(_) => {
                let e = self.new_entry(name, &link);
                self.compare.push(e);
            }
            Err(errors) => self.notice = Some(Notice::BadLink(errors)),
        }
    }

    /// Whether the scenario differs from the preset it started from (« (modifié) »): its
    /// amounts, or an assumption edited.
    pub fn edited(&self) -> bool {
        self.model.preset(&self.preset).is_none_or(|p| {
            p.scenario.amounts != self.scenario.amounts || !self.scenario.overrides.is_empty()
        })
    }

    /// The scenario's name on the strip and the printed sheet: a team's when it is one of
    /// theirs, else its preset's, « (modifié) » once edited.
    pub fn name(&self, lang: Lang) -> String {
        // Language, view and commune are not the scenario.
        let bare = |l: &str| {
            l.trim_start_matches('#')
                .split('&')
                .filter(|p| !["l=", "view=", "c="].iter().any(|k| p.starts_with(k)))
                .collect::<Vec<_>>()
                .join("&")
        };
        let link = bare(&self.link());
        if let Some(team) = self.compare.iter().find(|e| bare(&e.link) == link) {
            return team.name.clone();
        }
        let label = self
            .model
            .preset(&self.preset)
            .map(|p| p.label(lang))
            .unwrap_or_default();
        if self.edited() {
            format!(
                "{label} ({})",
                crate::i18n::t(lang, crate::i18n::Key::Modified)
            )
        } else {
            label.to_string()
        }
    }

    /// Whether there is something to undo, and to redo.
    pub fn can_undo(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            scenario: self.scenario.clone(),
            preset: self.preset.clone(),
            compare: self.compare.clone(),
        }
    }

    /// Undoes (or redoes) one step: the state it brings back replaces the current one, which
    /// goes on the other stack.
    fn restore(&mut self, undoing: bool) {
        let (from, to) = if undoing {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(back) = from.pop() else { return };
        let now = Snapshot {
            scenario: std::mem::replace(&mut self.scenario, back.scenario),
            preset: std::mem::replace(&mut self.preset, back.preset),
            compare: std::mem::replace(&mut self.compare, back.compare),
        };
        to.push(now);
        self.move_id = self.move_id.wrapping_add(1);
        self.last_lever = None;
        self.push_history = true;
        self.offer = undoing.then_some(Offer::Redo);
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Undo => return self.restore(true),
            Action::Redo => return self.restore(false),
            Action::DismissOffer => {
                self.offer = None;
                return;
            }
            _ => {}
        }
        let lever = match action {
            Action::SetAmount(w, i, _) | Action::Step(w, i, _) => Some((w, i)),
            _ => None,
        };
        let replaces = action.replaces();
        // What the browser kept is not a change the person made.
        let loaded = matches!(action, Action::CompareLoaded(_));
        let before = self.snapshot();
        let move_before = self.move_id;
        self.apply_inner(action);
        if self.scenario.amounts != before.scenario.amounts {
            if lever.is_none() || lever != self.last_lever {
                self.move_id = self.move_id.wrapping_add(1);
            }
            self.last_lever = lever;
        } else if lever.is_none() {
            self.last_lever = None;
        }
        if self.snapshot() != before && !loaded {
            // One undo step per move: a dragged lever is one step, whatever its pixels.
            if lever.is_none() || self.move_id != move_before {
                self.undo.push(before);
                if self.undo.len() > MAX_UNDO {
                    self.undo.remove(0);
                }
                self.redo.clear();
                self.offer = replaces.map(Offer::Undo);
            }
        }
    }

    fn apply_inner(&mut self, action: Action) {
        // Moving a lever replaces the history entry; everything else adds one.
        self.push_history = !matches!(
            action,
            Action::SetAmount(..)
                | Action::Step(..)
                | Action::OpenLink(_)
                | Action::SelectOutcome(_)
                | Action::OpenWorkstream(_)
                | Action::WorkerStatus(_)
        );
        match action {
            // Handled by `apply`, around the history of states.
            Action::Undo | Action::Redo | Action::DismissOffer => {}
            Action::SelectOutcome(o) => self.outcome = o,
            Action::WorkerStatus(status) => {
                let down = status == Status::Failed;
                // Said once, when it becomes unavailable; withdrawn when it answers again.
                if down && !self.worker_down {
                    self.notice = Some(Notice::Info(crate::i18n::Key::WorkerUnavailable));
                }
                if !down && self.notice == Some(Notice::Info(crate::i18n::Key::WorkerUnavailable)) {
                    self.notice = None;
                }
                if status != Status::Starting {
                    self.worker_down = down;
                }
            }
            Action::OpenWorkstream(w) => self.open_workstream = w,
            // « Ma commune » says when a code is not one of the 92 (the list is not in the page).
            Action::SetCommune(c) => self.commune = c,
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
                    self.preset = p.id.to_string();
                }
            }
            Action::ApplyLink(hash) => {
                self.apply_inner(Action::OpenLink(hash));
                self.push_history = true;
            }
            Action::OpenLink(hash) => {
                if hash.trim_start_matches('#') == self.link() {
                    return;
                }
                // An in-page anchor (`#main`, `#param-…`) is not a link: it holds no `key=value`
                // part, and never reads as a broken one.
                let bare = hash.trim_start_matches('#');
                if !bare.is_empty() && !bare.contains('=') {
                    return;
                }
                // A bare address (Back to the page as first opened) is the baseline, not an error.
                if bare.is_empty() {
                    // A notice about the scenario it replaces goes with it.
                    if self.notice == Some(Notice::Info(crate::i18n::Key::NewModelFigures)) {
                        self.notice = None;
                    }
                    let base = self.model.baseline();
                    self.scenario = base.scenario.clone();
                    self.preset = base.id.to_string();
                    self.view = View::Simulator;
                    return;
                }
                match relance_model::link::Link::parse(&hash)
                    .and_then(|l| l.to_scenario(&self.model).map(|s| (l, s)))
                {
                    Ok((l, s)) => {
                        self.scenario = s;
                        // Made with an earlier model: say once that the figures are this one's.
                        self.notice = l
                            .is_older_model()
                            .then_some(Notice::Info(crate::i18n::Key::NewModelFigures));
                        self.preset = l.preset;
                        self.lang = l.lang;
                        self.view = View::from_id(&l.view).unwrap_or(View::Simulator);
                        self.commune = l.commune;
                    }
                    Err(errors) => self.notice = Some(Notice::BadLink(errors)),
                }
            }
            Action::LoadScenario(preset, s) => {
                if self.model.validate(&s).is_ok() {
                    self.scenario = s;
                    if self.model.preset(&preset).is_some() {
                        self.preset = preset;
                    }
                }
            }
            Action::Notify(n) => self.notice = Some(n),
            Action::DismissNotice => self.notice = None,
            Action::CompareAdd(name, link) => self.add_team(name, link),
            Action::SaveCurrent(name, link) => {
                let n = self.compare.len();
                self.add_team(name, link);
                if self.compare.len() > n {
                    self.persist = true;
                    self.notice = Some(Notice::Info(crate::i18n::Key::ScenarioSaved));
                }
            }
            Action::CompareLoaded(entries) => {
                // Kept first, then any added before the storage was read.
                let added = std::mem::replace(&mut self.compare, entries);
                self.compare.extend(added);
                self.teams_loaded = true;
            }
            Action::CompareRename(k, name) => {
                if let Some(e) = self.compare.get_mut(k) {
                    e.name = crate::storage::clean_name(&name);
                }
            }
            Action::CompareMove(k, by) => {
                let to = k as i64 + by as i64;
                if k < self.compare.len() && (0..self.compare.len() as i64).contains(&to) {
                    let e = self.compare.remove(k);
                    self.compare.insert(to as usize, e);
                }
            }
            Action::CompareImport(teams) => {
                let mut list = Vec::new();
                for (name, link) in teams {
                    match relance_model::link::decode(&self.model, &link) {
                        Ok(_) => list.push(self.new_entry(name, &link)),
                        Err(errors) => {
                            // Refused whole: the list shown is kept.
                            self.notice = Some(Notice::BadLink(errors));
                            return;
                        }
                    }
                }
                self.compare = list;
            }
            Action::ToggleShortcuts => self.shortcuts = !self.shortcuts,
            Action::ToggleContrast => self.high_contrast = !self.high_contrast,
            Action::ToggleQr => self.qr_overlay = !self.qr_overlay,
            Action::ToggleHelp => self.help_overlay = !self.help_overlay,
            Action::ToggleTimer => self.timer = !self.timer,
            Action::CompareRemove(k) => {
                if k < self.compare.len() {
                    self.compare.remove(k);
                }
            }
            Action::Reset => {
                let base = self.model.baseline();
                self.scenario = base.scenario.clone();
                self.preset = base.id.to_string();
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
                let mut edited = self.scenario.overrides.clone();
                edited.insert(id.clone(), v);
                if let Err(e) = self.model.registry.check_structures(&edited) {
                    // The last good state stays; say why the edit is refused.
                    self.notice = Some(Notice::EditRefused(LinkError::BrokenStructure(e)));
                } else if valid {
                    let before = self.scenario.overrides.insert(id.clone(), v);
                    let n = self.link().len();
                    if n > self.link_limit {
                        // Every edit must stay shareable: undo it, and say why.
                        match before {
                            Some(old) => self.scenario.overrides.insert(id, old),
                            None => self.scenario.overrides.remove(&id),
                        };
                        self.notice = Some(Notice::EditRefused(LinkError::TooLong(n)));
                    }
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
    fn a_move_is_a_run_of_changes_to_one_lever_or_one_discrete_change() {
        let mut s = state();
        let (w, i) = (Workstream::Mobility, Instrument::Loans);
        let start = s.move_id;
        s.apply(Action::Step(w, i, 1));
        let first = s.move_id;
        assert_ne!(first, start);
        s.apply(Action::Step(w, i, 1));
        s.apply(Action::SetAmount(w, i, 400e6));
        assert_eq!(s.move_id, first, "the same lever: the same move");
        s.apply(Action::Step(Workstream::Food, i, 1));
        assert_ne!(s.move_id, first, "another lever: a new move");
        let second = s.move_id;
        s.apply(Action::SelectOutcome(Outcome::Co2Avoided));
        s.apply(Action::OpenWorkstream(Workstream::Food));
        assert_eq!(s.move_id, second, "choices that do not change the scenario");
        assert_eq!(s.outcome, Outcome::Co2Avoided);
        assert_eq!(s.open_workstream, Workstream::Food);
        assert!(!s.push_history, "neither adds a history entry");
        s.apply(Action::LoadPreset("jobs-first".into()));
        assert_ne!(s.move_id, second, "a preset is a move");
        let third = s.move_id;
        s.apply(Action::LoadPreset("jobs-first".into()));
        assert_eq!(s.move_id, third, "the same preset again changes nothing");
    }

    #[test]
    fn work_replaced_comes_back_with_undo_and_goes_again_with_redo() {
        let mut s = state();
        let (w, i) = (Workstream::Mobility, Instrument::Loans);
        // A team's edits: two moves of one lever are one step, another lever another.
        s.apply(Action::Step(w, i, 1));
        s.apply(Action::Step(w, i, 1));
        s.apply(Action::Step(Workstream::Food, i, 1));
        let team = s.scenario.clone();
        assert_eq!(s.offer, None, "a lever's move offers nothing");
        // A preset key replaces it: offered back.
        s.apply(Action::LoadPreset("climate-first".into()));
        assert_eq!(s.offer, Some(Offer::Undo(Replaced::Preset)));
        s.apply(Action::Undo);
        assert_eq!(s.scenario, team);
        assert_eq!(s.preset, "convention-2020");
        assert_eq!(s.offer, Some(Offer::Redo));
        assert!(s.push_history, "the address follows");
        s.apply(Action::Redo);
        assert_eq!(s.preset, "climate-first");
        assert_eq!(s.offer, None);
        s.apply(Action::Undo);
        // Undo again: the food lever's move, then the two mobility steps as one.
        s.apply(Action::Undo);
        assert_eq!(
            s.scenario.amount(Workstream::Food, i),
            s.model.baseline().scenario.amount(Workstream::Food, i)
        );
        s.apply(Action::Undo);
        assert_eq!(s.scenario, s.model.baseline().scenario);
        // Nothing more to undo: nothing happens.
        s.apply(Action::Undo);
        assert_eq!(s.scenario, s.model.baseline().scenario);
        assert_eq!(s.can_undo(), (false, true));
        // A new change forgets what could be redone.
        s.apply(Action::Step(w, i, -1));
        assert_eq!(s.can_undo(), (true, false));
    }

    #[test]
    fn every_action_that_replaces_work_can_be_undone() {
        let link_of = |s: &AppState| s.link();
        let mut s = state();
        s.apply(Action::Step(Workstream::Mobility, Instrument::Loans, 3));
        s.apply(Action::SetOverride("discount_rate".into(), 3.0));
        s.apply(Action::CompareAdd("Équipe bleue".into(), link_of(&s)));
        let before = (s.scenario.clone(), s.compare.clone());
        let other = {
            let mut o = state();
            o.apply(Action::LoadPreset("housing-first".into()));
            o.link()
        };
        let found = s.model.preset("jobs-first").unwrap().scenario.clone();
        for (action, kind) in [
            (Action::Reset, Replaced::Reset),
            (Action::LoadPreset("jobs-first".into()), Replaced::Preset),
            (Action::ApplyLink(other.clone()), Replaced::Link),
            (
                Action::LoadScenario("jobs-first".into(), found),
                Replaced::File,
            ),
            (Action::ClearOverrides, Replaced::Assumptions),
            (Action::CompareRemove(0), Replaced::Compared),
        ] {
            s.apply(action.clone());
            assert_eq!(s.offer, Some(Offer::Undo(kind)), "{action:?}");
            assert_ne!(
                (s.scenario.clone(), s.compare.clone()),
                before,
                "{action:?}"
            );
            s.apply(Action::Undo);
            assert_eq!(
                (s.scenario.clone(), s.compare.clone()),
                before,
                "{action:?}"
            );
        }
        // Opening a link by Back is undoable too, but not offered: Back is its own undo.
        s.apply(Action::OpenLink(other));
        assert_eq!(s.offer, None);
        s.apply(Action::Undo);
        assert_eq!(s.scenario, before.0);
    }

    #[test]
    fn eight_named_team_scenarios_kept_in_order_renamed_moved_and_undone() {
        let mut s = state();
        s.id_seed = "p".into();
        // What the browser kept comes first; loading it is not a change to undo.
        let kept = crate::storage::Saved {
            id: "old".into(),
            name: "Équipe d'hier".into(),
            link: "v=3&p=jobs-first".into(),
        };
        s.apply(Action::CompareLoaded(vec![kept.clone()]));
        assert!(s.teams_loaded);
        assert_eq!(s.can_undo(), (false, false));
        for k in 2..=8 {
            s.apply(Action::CompareAdd(
                format!("Équipe {k}"),
                format!("v=3&p=climate-first&a=food.loans:{}", 20 + k),
            ));
        }
        assert_eq!(s.compare.len(), 8);
        let ids: std::collections::BTreeSet<_> = s.compare.iter().map(|e| e.id.clone()).collect();
        assert_eq!(ids.len(), 8, "each its own id");
        // A ninth is refused, and said.
        s.apply(Action::CompareAdd("Neuf".into(), "v=3".into()));
        assert_eq!(s.compare.len(), 8);
        assert_eq!(s.notice, Some(Notice::Info(crate::i18n::Key::CompareFull)));
        s.apply(Action::CompareRename(0, "  Bleus\u{202E} ".into()));
        assert_eq!(s.compare[0].name, "Bleus");
        s.apply(Action::CompareMove(0, 1));
        assert_eq!(s.compare[1].name, "Bleus");
        s.apply(Action::CompareMove(0, -1));
        assert_eq!(s.compare[0].name, "Équipe 2", "the first cannot go up");
        s.apply(Action::CompareRemove(1));
        assert_eq!(s.offer, Some(Offer::Undo(Replaced::Compared)));
        s.apply(Action::Undo);
        assert_eq!(s.compare[1].name, "Bleus");
        // A comparison file replaces the list, refused whole if one link does not open.
        let before = s.compare.clone();
        s.apply(Action::CompareImport(vec![
            ("A".into(), "v=3".into()),
            ("B".into(), "v=3&a=moon.loans:1".into()),
        ]));
        assert_eq!(s.compare, before);
        assert!(matches!(s.notice, Some(Notice::BadLink(_))));
        s.apply(Action::CompareImport(vec![(
            "A".into(),
            "#v=3&p=housing-first".into(),
        )]));
        assert_eq!(s.compare.len(), 1);
        assert_eq!(s.compare[0].link, "v=3&p=housing-first");
        assert_eq!(s.offer, Some(Offer::Undo(Replaced::Teams)));
        s.apply(Action::Undo);
        assert_eq!(s.compare, before);
    }

    #[test]
    fn an_embed_keeps_its_list_only_once_the_person_saves() {
        let mut s = state();
        s.persist = false;
        s.apply(Action::CompareAdd("Vue".into(), "v=3".into()));
        assert!(!s.persist);
        s.apply(Action::SaveCurrent(
            "Mien".into(),
            "v=3&p=jobs-first".into(),
        ));
        assert!(s.persist);
        assert_eq!(s.compare.len(), 2);
    }

    #[test]
    fn an_edited_preset_says_so() {
        let mut s = state();
        assert_eq!(s.name(Lang::Fr), "Convention 2020");
        s.apply(Action::Step(Workstream::Food, Instrument::Loans, 1));
        assert_eq!(s.name(Lang::Fr), "Convention 2020 (modifié)");
        assert_eq!(s.name(Lang::En), "2020 convention (modified)");
        // A team's scenario goes by the team's name, in any view or language.
        let link = s.link();
        s.apply(Action::CompareAdd("Équipe bleue".into(), link));
        s.apply(Action::SetView(View::Compare));
        assert_eq!(s.name(Lang::En), "Équipe bleue");
        s.apply(Action::Step(Workstream::Food, Instrument::Loans, -1));
        assert!(!s.edited());
        s.apply(Action::Step(Workstream::Mobility, Instrument::Loans, 1));
        assert!(s.edited());
        s.apply(Action::Step(Workstream::Mobility, Instrument::Loans, -1));
        assert!(!s.edited(), "back where it was");
        s.apply(Action::SetOverride("discount_rate".into(), 3.0));
        assert!(s.edited(), "an assumption edited");
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
    fn every_edit_within_bounds_fits_in_a_link() {
        // Every parameter at its largest allowed value, written with 17 significant digits:
        // the longest link edits can make.
        let mut s = state();
        let params = s.model.registry.params.clone();
        for p in &params {
            let (lo, hi) = p.unit.valid_range();
            let v = if p.unit.is_integer() {
                hi
            } else if p.id.starts_with("equity_stake.") {
                // A stake beside a loan share near its top would exceed the project's cost
                // (refused, tested apart).
                lo
            } else if let Some(purpose) = p.id.strip_prefix("loan_share.") {
                let stake = s.model.registry.get(&format!("equity_stake.{purpose}"));
                (hi - (hi - lo) / 3.0).min(100.0 - stake.map_or(0.0, |e| e.high))
            } else {
                hi - (hi - lo) / 3.0
            };
            s.apply(Action::SetOverride(p.id.to_string(), v));
        }
        assert_eq!(s.scenario.overrides.len(), params.len());
        assert!(s.notice.is_none());
        assert!(
            s.link().len() <= relance_model::link::MAX_LEN,
            "{}",
            s.link().len()
        );
    }

    #[test]
    fn an_edit_that_would_make_the_link_too_long_is_refused() {
        let mut s = state();
        s.link_limit = 30;
        s.apply(Action::SetOverride("loan_margin".into(), 0.8));
        assert_eq!(s.scenario.overrides.get("loan_margin"), Some(&0.8));
        s.apply(Action::SetOverride("loan_margin".into(), 0.812345678901));
        s.apply(Action::SetOverride(
            "co2_avoided.urban_renewal".into(),
            71.5,
        ));
        assert_eq!(s.scenario.overrides.get("loan_margin"), Some(&0.8));
        assert!(!s
            .scenario
            .overrides
            .contains_key("co2_avoided.urban_renewal"));
        let Some(Notice::EditRefused(LinkError::TooLong(n))) = s.notice else {
            panic!("{:?}", s.notice)
        };
        assert!(n > 30);
        assert!(s.link().len() <= 30);
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
    fn the_views_actions_reach_the_reducer_typed() {
        let mut s = state();
        let margin = s.model.registry.get("loan_margin").unwrap().clone();
        // « Hypothèses »: an edit as typed, in French, is an override; a bad figure is refused
        // before it reaches the reducer, with the model's reason.
        let edit = crate::components::assumptions::edit_action(&margin, "0,45", Lang::Fr);
        assert_eq!(edit, Ok(Action::SetOverride("loan_margin".into(), 0.45)));
        s.apply(edit.unwrap());
        assert_eq!(s.scenario.overrides.get("loan_margin"), Some(&0.45));
        let bad = crate::components::assumptions::edit_action(&margin, "beaucoup", Lang::Fr);
        assert!(bad.unwrap_err().ends_with("la valeur n'est pas appliquée."));
        s.apply(Action::ClearOverrides);
        assert!(s.scenario.overrides.is_empty());
        // « Ma commune »: a commune chosen is kept in the link, as a history entry.
        let k = relance_model::communes::COMMUNES
            .iter()
            .position(|c| c.insee == "13005")
            .unwrap();
        s.apply(crate::components::communes::choose(k));
        assert!(s.link().ends_with("&c=13005"), "{}", s.link());
        assert!(s.push_history, "choosing a commune is a history entry");
        let mut t = state();
        t.apply(Action::OpenLink(s.link()));
        assert_eq!(t.commune.as_deref(), Some("13005"));
        // « Viser un objectif »: a split applied replaces the scenario as a history entry.
        let m = s.model.clone();
        let start = m.baseline().scenario.clone();
        let found = relance_model::seek::seek(
            &m,
            &start,
            &[relance_model::seek::Goal::AtLeast(
                Outcome::ConstructionJobs,
                9_000.0,
            )],
            &relance_model::seek::Limits::default(),
        )
        .unwrap();
        s.apply(crate::components::seek::apply_action(
            "convention-2020",
            &found,
        ));
        assert_eq!(s.scenario, found.scenario);
        assert!(s.push_history, "Back undoes an applied split");
    }

    #[test]
    fn a_worker_that_fails_is_said_once_and_withdrawn_when_it_answers() {
        let mut s = state();
        s.apply(Action::WorkerStatus(Status::Starting));
        assert!(s.notice.is_none() && !s.worker_down);
        s.apply(Action::WorkerStatus(Status::Failed));
        assert!(s.worker_down);
        assert_eq!(
            s.notice,
            Some(Notice::Info(crate::i18n::Key::WorkerUnavailable))
        );
        s.apply(Action::DismissNotice);
        // The next move starts it again; failing again is not said twice.
        s.apply(Action::WorkerStatus(Status::Starting));
        s.apply(Action::WorkerStatus(Status::Failed));
        assert!(s.notice.is_none());
        s.apply(Action::WorkerStatus(Status::Failed));
        s.apply(Action::WorkerStatus(Status::Ready));
        assert!(!s.worker_down);
        // A status is not a history entry.
        assert!(!s.push_history);
    }

    #[test]
    fn in_page_anchors_are_not_links() {
        // Regression: the skip link's `#main` read as a link and showed « partie illisible ».
        let mut s = state();
        s.apply(Action::SetAmount(Workstream::Food, Instrument::Loans, 20e6));
        let before = s.scenario.clone();
        for anchor in ["#main", "main", "#param-loan_margin", "#levers"] {
            s.apply(Action::OpenLink(anchor.into()));
            assert!(s.notice.is_none(), "{anchor}: {:?}", s.notice);
            assert_eq!(s.scenario, before, "{anchor}");
        }
        // A real link with one bad part is still refused with its message.
        s.apply(Action::OpenLink("#v=2&nonsense".into()));
        assert!(matches!(s.notice, Some(Notice::BadLink(_))));
    }

    #[test]
    fn links_open_whole_or_not_at_all() {
        let m = Rc::new(Model::embedded().unwrap());
        let s = AppState::from_hash(
            m.clone(),
            "#v=1&p=housing-first&l=en&view=assumptions&a=food.loans:20",
        );
        assert_eq!(
            (s.preset.as_str(), s.lang, s.view),
            ("housing-first", Lang::En, View::Assumptions)
        );
        assert_eq!(s.scenario.amount(Workstream::Food, Instrument::Loans), 20e6);
        // Opened from v1, written in v3 (housing-first did not change between them), and
        // made with model v2: the page says once that the figures are this model's.
        assert_eq!(
            s.link(),
            "v=3&p=housing-first&l=en&view=assumptions&a=food.loans:20"
        );
        assert_eq!(
            s.notice,
            Some(Notice::Info(crate::i18n::Key::NewModelFigures))
        );
        let current = AppState::from_hash(s.model.clone(), &format!("#{}", s.link()));
        assert!(current.notice.is_none(), "a current link says nothing");
        // An edit that lets a loan and a stake exceed a project's cost is refused, named.
        let mut edit = current.clone();
        edit.apply(Action::SetOverride(
            "equity_stake.clean_stations".into(),
            90.0,
        ));
        assert!(matches!(edit.notice, Some(Notice::EditRefused(_))));
        assert_eq!(
            edit.scenario, current.scenario,
            "the last good state is kept"
        );

        let mut bad = s.clone();
        bad.apply(Action::OpenLink(
            "v=1&a=food.loans:20,nature.loans:x".into(),
        ));
        assert!(matches!(bad.notice, Some(Notice::BadLink(_))));
        assert_eq!(bad.scenario, s.scenario, "the previous scenario is kept");

        let mut back = s.clone();
        back.apply(Action::OpenLink(String::new()));
        assert_eq!(back.scenario, back.model.baseline().scenario);
        assert!(back.notice.is_none(), "a bare address is the baseline");

        let fresh = AppState::from_hash(m, "#v=9");
        assert!(matches!(fresh.notice, Some(Notice::BadLink(_))));
        assert_eq!(fresh.scenario, fresh.model.baseline().scenario);
    }

    #[test]
    fn compare_holds_eight_valid_links_at_most() {
        let mut s = state();
        s.apply(Action::CompareAdd(
            "bad".into(),
            "v=1&a=moon.loans:1".into(),
        ));
        assert!(s.compare.is_empty());
        assert!(matches!(s.notice, Some(Notice::BadLink(_))));
        for k in 0..=MAX_COMPARED {
            s.apply(Action::CompareAdd(
                format!("team {k}"),
                "#v=1&p=jobs-first".into(),
            ));
        }
        assert_eq!(s.compare.len(), MAX_COMPARED);
        assert_eq!(s.compare[0].link, "v=1&p=jobs-first");
        assert_eq!(s.notice, Some(Notice::Info(crate::i18n::Key::CompareFull)));
        s.apply(Action::CompareRemove(0));
        s.apply(Action::CompareRemove(99));
        assert_eq!(s.compare.len(), MAX_COMPARED - 1);
    }

    #[test]
    fn modes_come_from_the_query() {
        assert_eq!(Mode::from_query(""), Mode::Standard);
        assert_eq!(Mode::from_query("?embed=1"), Mode::Embed);
        assert_eq!(Mode::from_query("?lang=fr&mode=workshop"), Mode::Workshop);
        assert_eq!(Mode::from_query("?embed=10"), Mode::Standard);
    }

    #[test]
    fn dragging_replaces_history_and_choices_push_it() {
        let mut s = state();
        s.apply(Action::SetAmount(Workstream::Food, Instrument::Loans, 10e6));
        assert!(!s.push_history);
        s.apply(Action::LoadPreset("jobs-first".into()));
        assert!(s.push_history);
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
