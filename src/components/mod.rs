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

/// The view `f` returns, built anew whenever it changes instead of patched in place. For every other reactive view
/// the wasm carries its build and its patch code; for a `fresh` one only the build, so it suits views that change
/// as a whole (an opened posting, the share note, the diagnostics) and hold no state (focus, text typed).
pub fn fresh<V: IntoView + 'static>(f: impl Fn() -> V + Send + Sync + 'static) -> impl IntoView {
    move || {
        let view = f();
        Fresh(Box::new(move || Box::new(view.build())))
    }
}

/// A view to build: what a `fresh` closure returns.
pub struct Fresh(Box<dyn FnOnce() -> Box<dyn Mountable> + Send>);

/// The built view, and the empty comment after it where a new one goes.
pub struct FreshState {
    view: Box<dyn Mountable>,
    marker: web_sys::Comment,
}

impl Render for Fresh {
    type State = FreshState;

    fn build(self) -> FreshState {
        FreshState { view: (self.0)(), marker: leptos::tachys::renderer::Rndr::create_placeholder() }
    }

    fn rebuild(self, state: &mut FreshState) {
        let mut view = (self.0)();
        if let Some(parent) = state.marker.parent_element() {
            view.mount(&parent, Some(&state.marker));
        }
        state.view.unmount();
        state.view = view;
    }
}

impl Mountable for FreshState {
    fn unmount(&mut self) {
        self.view.unmount();
        self.marker.unmount();
    }

    fn mount(&mut self, parent: &web_sys::Element, marker: Option<&web_sys::Node>) {
        self.view.mount(parent, marker);
        self.marker.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.view.insert_before_this(child) || self.marker.insert_before_this(child)
    }

    fn elements(&self) -> Vec<web_sys::Element> {
        self.view.elements()
    }
}

// The page is rendered in the browser only: nothing is rendered on a server or hydrated.
impl RenderHtml for Fresh {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _: &mut String,
        _: &mut leptos::tachys::view::Position,
        _: bool,
        _: bool,
        _: Vec<leptos::attr::any_attribute::AnyAttribute>,
    ) {
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _: &leptos::tachys::hydration::Cursor,
        _: &leptos::tachys::view::PositionState,
    ) -> FreshState {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}

impl leptos::tachys::view::add_attr::AddAnyAttr for Fresh {
    type Output<A: leptos::attr::Attribute> = Self;

    fn add_any_attr<A: leptos::attr::Attribute>(self, _: A) -> Self {
        self
    }
}

/// `children` while `when` is true, like leptos's `Show`: the children are built when `when` turns true and removed
/// when it turns false. Through `fresh`, so the wasm carries their build code only (`Show` compiles a patch path too,
/// which it never takes).
pub fn show<V: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    let shown = Memo::new(move |_| when());
    fresh(move || shown.get().then(&children))
}
