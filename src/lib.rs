//! The joblens app: the page (wasm32) and the command-line tool (native) over the `joblens-core` engine.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
