//! One component per file.

pub mod lever;
pub mod simulator;
pub mod totals;
pub mod workstream;
