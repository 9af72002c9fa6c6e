//! View-model functions: what the components show, computed outside view bodies (tested
//! natively): the levers' amounts and envelopes, and the results' tiles, charts and texts.

mod amounts;
mod results;

pub use amounts::*;
pub use results::*;
