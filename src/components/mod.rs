//! The page's parts. Each takes the parts of the state it reads as props; logic lives in `state`, `rows`,
//! `charts` and the engine.

pub mod active;
pub mod banner;
pub mod chart;
pub mod filters;
pub mod header;
pub mod paste;
pub mod profile;
pub mod share;
pub mod skills;
pub mod table;

use leptos::prelude::*;

use crate::i18n::{Lang, T};

/// The text `key` in the page's language, as a reactive text node or attribute. Every label goes through this one
/// closure type, so the wasm carries one copy of the code that renders and updates it instead of one per label.
pub fn tr(lang: Memo<Lang>, key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || key.get(lang.get())
}
