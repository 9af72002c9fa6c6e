//! One component per file.

pub mod assumptions;
pub mod bilan;
pub mod chart;
pub mod communes;
pub mod compare;
pub mod computed;
pub mod explain;
pub mod frame;
pub mod keys;
pub mod lever;
pub mod methodology;
pub mod notice;
pub mod results;
pub mod seek;
pub mod share;
pub mod sheet;
pub mod simulator;
pub mod strip;
pub mod teams;
pub mod totals;
pub mod workshop;
pub mod workstream;

use yew::{Callback, Event, TargetCast, UseStateHandle};

/// Keeps `open` in step with a `<details>` element, so its content is built only while shown.
pub fn on_details_toggle(open: UseStateHandle<bool>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let d: web_sys::HtmlDetailsElement = e.target_unchecked_into();
        open.set(d.open());
    })
}
