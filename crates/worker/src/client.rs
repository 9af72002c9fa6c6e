//! The page's side of the worker: one worker for the page, shared by every component that
//! needs it (bands, the split of what changed, goal-seek, charts, files, QR codes, the
//! registry's words, the methodology).
//!
//! Each request goes in a [`Lane`]. A lane other than [`Lane::Free`] has at most one request in
//! flight and keeps only the latest one waiting, so a dragged slider asks for the scenario
//! where the hand is, not for every step it crossed; lanes do not wait for each other, and the
//! worker steps long work, so a chart never waits behind a goal-seek.
//!
//! A worker that cannot start (a file missing, offline before the first visit completed) or
//! stops is noticed: by the error it reports to the page, or by its silence ten seconds after
//! it was started. Every request waiting then gets [`Answer::Failed`] and the page is told
//! ([`Status::Failed`]). The next request in [`Lane::Bands`] (the next move) starts a new
//! worker after an error; after a silence it goes to the same worker, which may only be slow to
//! download, and its first answer makes it [`Status::Ready`] again.

use crate::{Answer, Answered, Asked, Compute, Request};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gloo_worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// How long a worker may stay silent after it was started before the page says it is
/// unavailable (it downloads its module first: about 0.6 s on Slow 4G, measured by `make bench`).
const START_TIMEOUT_MS: u32 = 10_000;

/// Where a request queues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lane {
    /// The scenario's bands and marginal effects.
    Bands,
    /// The split of what changed.
    Explain,
    /// A goal-seek.
    Seek,
    /// One chart on screen (numbered by the page).
    Chart(u32),
    /// Requests that are all answered (files, QR codes, texts).
    Free,
}

/// Whether the worker runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Started, not heard from yet.
    Starting,
    /// It answers.
    Ready,
    /// It could not start, or stopped: what it computes is unavailable until the next move.
    Failed,
}

type Reply = Box<dyn FnOnce(Answer)>;

struct Inner {
    /// The worker's loader script (`<meta name="relance-worker">`).
    loader: String,
    bridge: Option<Rc<WorkerBridge<Compute>>>,
    status: Status,
    next_seq: u32,
    /// Sent, not answered: by sequence number.
    sent: HashMap<u32, (Lane, Reply)>,
    /// Not sent because their lane is busy: the latest of each lane.
    waiting: Vec<(Lane, Request, Reply)>,
    on_status: Rc<dyn Fn(Status)>,
    /// Watches the worker's start and its errors (dropped with the worker).
    watch: Option<(Timeout, EventListener)>,
}

/// The page's worker.
pub struct Engine {
    inner: Rc<RefCell<Inner>>,
}

impl Engine {
    /// Starts the worker this build announces (`<meta name="relance-worker">`), telling
    /// `on_status` whenever its status changes; `None` if the page has none (browser tests
    /// mounting the app alone: every request is then answered [`Answer::Failed`] at once).
    pub fn start(on_status: impl Fn(Status) + 'static) -> Option<Engine> {
        let loader = gloo_utils::document()
            .query_selector("meta[name=relance-worker]")
            .ok()??
            .get_attribute("content")?;
        let inner = Rc::new(RefCell::new(Inner {
            loader,
            bridge: None,
            status: Status::Starting,
            next_seq: 0,
            sent: HashMap::new(),
            waiting: Vec::new(),
            on_status: Rc::new(on_status),
            watch: None,
        }));
        spawn(&inner);
        Some(Engine { inner })
    }

    /// Whether the worker runs.
    pub fn status(&self) -> Status {
        self.inner.borrow().status
    }

    /// Asks for `request` in `lane`; `reply` gets the answer (or [`Answer::Failed`]). A newer
    /// request in the same lane replaces one still waiting, whose reply is dropped.
    pub fn ask(&self, lane: Lane, request: Request, reply: impl FnOnce(Answer) + 'static) {
        let reply: Reply = Box::new(reply);
        let (failed, alive) = {
            let i = self.inner.borrow();
            (i.status == Status::Failed, i.bridge.is_some())
        };
        if failed {
            if lane != Lane::Bands {
                reply(Answer::Failed);
                return;
            }
            // The next move tries again: a worker that reported an error is started anew; one
            // only silent so far (a slow network) is kept, and its answer brings it back.
            if !alive {
                spawn(&self.inner);
            }
        }
        let mut i = self.inner.borrow_mut();
        let busy = lane != Lane::Free && i.sent.values().any(|(l, _)| *l == lane);
        if !busy {
            send(&mut i, lane, request, reply);
            return;
        }
        let mut request = request;
        if let Some(k) = i.waiting.iter().position(|(l, ..)| *l == lane) {
            let (_, old, _) = i.waiting.remove(k);
            // A baseline asked by a request that was never sent is still wanted.
            if let (
                Request::Bands {
                    baseline: Some(b), ..
                },
                Request::Bands { baseline, .. },
            ) = (old, &mut request)
            {
                baseline.get_or_insert(b);
            }
        }
        i.waiting.push((lane, request, reply));
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        let mut i = self.inner.borrow_mut();
        i.watch = None;
        i.bridge = None;
    }
}

fn send(i: &mut Inner, lane: Lane, request: Request, reply: Reply) {
    let Some(bridge) = i.bridge.clone() else {
        // No worker (it failed): the reply is dropped with nothing to say, as for a request
        // replaced; `fail` answered every request before.
        return;
    };
    i.next_seq = i.next_seq.wrapping_add(1);
    let seq = i.next_seq;
    i.sent.insert(seq, (lane, reply));
    bridge.send(Asked { seq, request });
}

fn set_status(inner: &Rc<RefCell<Inner>>, status: Status) {
    let tell = {
        let mut i = inner.borrow_mut();
        if i.status == status {
            return;
        }
        i.status = status;
        i.on_status.clone()
    };
    tell(status);
}

/// Starts a worker (replacing any), watched for its first answer and its errors.
fn spawn(inner: &Rc<RefCell<Inner>>) {
    let weak = Rc::downgrade(inner);
    let loader = inner.borrow().loader.clone();
    let bridge = Compute::spawner()
        .callback({
            let weak = weak.clone();
            move |answered: Answered| {
                if let Some(inner) = weak.upgrade() {
                    receive(&inner, answered);
                }
            }
        })
        .spawn_with_loader(&loader);
    // The worker's name, as its scripts are named (`relance-worker-<hash>`).
    let stem = loader.trim_end_matches("-loader.js").to_string();
    let errors = EventListener::new(&gloo_utils::window(), "error", {
        let weak = weak.clone();
        move |e| {
            // An error thrown in the worker that the worker did not handle reaches the page.
            let file = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.filename())
                .unwrap_or_default();
            if file.contains(&stem) {
                if let Some(inner) = weak.upgrade() {
                    fail(&inner, true);
                }
            }
        }
    });
    let timeout = Timeout::new(START_TIMEOUT_MS, move || {
        if let Some(inner) = weak.upgrade() {
            if inner.borrow().status == Status::Starting {
                fail(&inner, false);
            }
        }
    });
    {
        let mut i = inner.borrow_mut();
        i.bridge = Some(Rc::new(bridge));
        i.watch = Some((timeout, errors));
        i.status = Status::Starting;
        send(&mut i, Lane::Free, Request::Hello, Box::new(|_| {}));
    }
}

fn receive(inner: &Rc<RefCell<Inner>>, Answered { seq, answer }: Answered) {
    set_status(inner, Status::Ready);
    let (reply, next) = {
        let mut i = inner.borrow_mut();
        let Some((lane, reply)) = i.sent.remove(&seq) else {
            return;
        };
        let next = i
            .waiting
            .iter()
            .position(|(l, ..)| *l == lane)
            .map(|k| i.waiting.remove(k));
        (reply, next)
    };
    reply(answer);
    if let Some((lane, request, reply)) = next {
        send(&mut inner.borrow_mut(), lane, request, reply);
    }
}

/// The worker could not start or stopped: every request waiting is answered
/// [`Answer::Failed`] and the page is told. A worker that reported an error is dropped
/// (`terminate`); one that is only silent is kept, in case it is still downloading.
fn fail(inner: &Rc<RefCell<Inner>>, terminate: bool) {
    let replies: Vec<Reply> = {
        let mut i = inner.borrow_mut();
        if terminate {
            i.bridge = None;
        }
        // The watch stays (this call may be its own listener or timer): the next start
        // replaces it.
        let mut r: Vec<Reply> = i.sent.drain().map(|(_, (_, r))| r).collect();
        r.extend(i.waiting.drain(..).map(|(_, _, r)| r));
        r
    };
    set_status(inner, Status::Failed);
    for r in replies {
        r(Answer::Failed);
    }
}
