//! The joblens page (Leptos, client-side rendered) over the `joblens-core` engine. It is built for wasm32 by Trunk
//! and compiles natively as well, so that cargo check, clippy, the native tests and rust-analyzer cover every module;
//! only the chart options and texts are exercised natively.

pub mod active;
pub mod app;
pub mod charts;
mod components;
pub mod i18n;
pub mod js;
pub mod json;
pub mod reading;
pub mod rows;
pub mod state;
pub mod url_sync;
