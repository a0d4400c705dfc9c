//! The page's parts. Each reads the shared `AppState` from context; logic lives in `state` and the engine.

pub mod banner;
pub mod chart;
pub mod filters;
pub mod header;
pub mod paste;
pub mod profile;
pub mod table;
