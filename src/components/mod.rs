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

use std::hash::Hash;
use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{Lang, T};

/// The text `key` in the page's language, as a reactive text node or attribute. Every label goes through this one
/// closure type, so the wasm carries one copy of the code that renders and updates it instead of one per label.
pub fn tr(lang: Memo<Lang>, key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || key.get(lang.get())
}

/// A keyed list (leptos's `For`): `keys` gives the rows' keys in order, `row` the view of the row with a key. Each
/// `For` is compiled on its own, keyed diff included (~6 KB of wasm); behind this function it is compiled once per
/// key type (`u64`, `String`).
pub fn keyed<K>(
    keys: impl Fn() -> Vec<K> + Send + 'static,
    row: impl Fn(K) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    K: Eq + Hash + Clone + Send + 'static,
{
    keyed_dyn(Box::new(keys), Arc::new(row))
}

type Keys<K> = Box<dyn Fn() -> Vec<K> + Send>;

fn keyed_dyn<K>(keys: Keys<K>, row: Arc<dyn Fn(K) -> AnyView + Send + Sync>) -> impl IntoView
where
    K: Eq + Hash + Clone + Send + 'static,
{
    view! { <For each=keys key=K::clone children=move |k| row(k)/> }
}
