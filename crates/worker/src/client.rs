//! The page's side of the worker: the page (and the panels module) asks for bands, marginal
//! effects, the split of a difference and goal-seeks, and gets them back without blocking the
//! input.
//!
//! One request is in flight at a time; while it runs, only the latest request of each kind is
//! kept, so a dragged slider sends the scenario where the hand is, not every step it crossed.

use crate::{Compute, Request, Response};
use gloo_worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Default)]
struct Queue {
    /// The request the worker is computing.
    current: Option<Request>,
    bands: Option<Request>,
    seek: Option<Request>,
    explain: Option<Request>,
}

impl Queue {
    /// The next request to send: bands first (they are on screen), then a goal-seek (a
    /// person waits for it), then the split.
    fn next(&mut self) -> Option<Request> {
        self.bands
            .take()
            .or_else(|| self.seek.take())
            .or_else(|| self.explain.take())
    }
}

/// A running worker.
pub struct Engine {
    bridge: Rc<WorkerBridge<Compute>>,
    queue: Rc<RefCell<Queue>>,
}

impl Engine {
    /// Starts the worker this build announces (`<meta name="relance-worker">`); `None` if the
    /// page has none (tests mounting the app alone): figures then stay central, without bands.
    pub fn start(on_response: impl Fn(Request, Response) + 'static) -> Option<Engine> {
        let loader = gloo_utils::document()
            .query_selector("meta[name=relance-worker]")
            .ok()??
            .get_attribute("content")?;
        let queue = Rc::new(RefCell::new(Queue::default()));
        // The callback sends the next request through the bridge it belongs to: a weak
        // reference, so that dropping the engine stops the worker.
        let slot: Rc<RefCell<Weak<WorkerBridge<Compute>>>> = Rc::new(RefCell::new(Weak::new()));
        let bridge = Compute::spawner()
            .callback({
                let (queue, slot) = (queue.clone(), slot.clone());
                move |response| {
                    let (done, next) = {
                        let mut q = queue.borrow_mut();
                        let next = q.next();
                        (std::mem::replace(&mut q.current, next.clone()), next)
                    };
                    if let (Some(r), Some(b)) = (next, slot.borrow().upgrade()) {
                        b.send(r);
                    }
                    if let Some(done) = done {
                        on_response(done, response);
                    }
                }
            })
            .spawn_with_loader(&loader);
        let bridge = Rc::new(bridge);
        *slot.borrow_mut() = Rc::downgrade(&bridge);
        Some(Engine { bridge, queue })
    }

    /// Asks for `request`, now if the worker is idle, else after the current one (replacing
    /// any older request of the same kind that has not been sent).
    pub fn ask(&self, request: Request) {
        let mut q = self.queue.borrow_mut();
        if q.current.is_none() {
            q.current = Some(request.clone());
            drop(q);
            self.bridge.send(request);
            return;
        }
        match request {
            Request::Bands {
                seq,
                scenario,
                mut baseline,
                outcome,
            } => {
                // A baseline asked by a request that was never sent is still wanted.
                if let Some(Request::Bands { baseline: old, .. }) = q.bands.take() {
                    baseline = baseline.or(old);
                }
                q.bands = Some(Request::Bands {
                    seq,
                    scenario,
                    baseline,
                    outcome,
                });
            }
            Request::Explain { .. } => q.explain = Some(request),
            Request::Seek { .. } => q.seek = Some(request),
        }
    }
}
