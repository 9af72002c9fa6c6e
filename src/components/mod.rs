//! One component per file.

pub mod assumptions;
pub mod chart;
pub mod lever;
pub mod methodology;
pub mod results;
pub mod simulator;
pub mod totals;
pub mod workstream;
