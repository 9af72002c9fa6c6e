//! One component per file.

pub mod assumptions;
pub mod chart;
pub mod compare;
pub mod lever;
pub mod methodology;
pub mod notice;
pub mod results;
pub mod share;
pub mod simulator;
pub mod totals;
pub mod workshop;
pub mod workstream;
