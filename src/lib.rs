//! The joblens app: the page (wasm32) and the command-line tool (native) over the `joblens-core` engine.

pub mod charts;
pub mod i18n;
pub mod rows;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod js;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod url_sync;
