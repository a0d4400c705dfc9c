//! Keeps the address bar and the view in step: reads the query (and a `#data=` fragment) at start and on
//! back/forward, and writes the query with `history.replaceState` whenever the view changes (once the charts are
//! drawn). Only `joblens_core::share` serializes view state; this module moves strings between it and the browser.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use joblens_core::share::{self, View, Warning};

use crate::i18n::Msg;
use crate::state::{after_queued_work, AppState, Presentation, Source};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The page's address without query or fragment, plus `?query` when there is one.
pub fn page_url(query: &str) -> String {
    let path = location().and_then(|l| l.pathname().ok()).unwrap_or_else(|| "/".into());
    let origin = location().and_then(|l| l.origin().ok()).unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// The view the address bar asks for, with warnings for values that could not be used.
pub fn read_view() -> (View, Vec<Warning>) {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    share::decode_query(&search)
}

/// The `#data=` value of the address bar, if any.
pub fn read_fragment_data() -> Option<String> {
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    share::fragment_data(&hash).map(str::to_string)
}

/// How the fragment's data is to be read (`&read=text`), with warnings for parts that could not be used.
pub fn read_fragment_read() -> (share::Read, Vec<Warning>) {
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    if share::fragment_data(&hash).is_none() {
        return (share::Read::Found, Vec::new());
    }
    share::fragment_read(&hash)
}

/// Writes `url` into the address bar without a new history entry or a scroll.
pub fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Puts the query's warnings in the banner.
pub fn say_warnings(ui: Presentation, warnings: Vec<Warning>) {
    for Warning { key, message } in warnings {
        ui.say(true, Msg::LinkParameter { key, message });
    }
}

/// Mirrors the view into the address bar, and back/forward into the view.
pub fn sync(state: AppState) {
    // Effect: the view (and, for data from a link, its fragment) → the address bar; written after the charts have
    // drawn (`replaceState` takes milliseconds), and only the latest of several quick changes.
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let q = state.data.dataset.with(|ds| share::encode_query_for(&state.view.current.get(), ds));
        let mut url = page_url(&q);
        if let Source::Link(data) = state.data.source.get() {
            url = format!("{url}#{}", share::encode_fragment(&data, state.data.read.get()));
        }
        let mine = latest.get_value() + 1;
        latest.set_value(mine);
        leptos::task::spawn_local(async move {
            after_queued_work().await;
            if latest.try_get_value() == Some(mine) {
                replace_url(&url);
            }
        });
    });
    // Back/forward: the address bar → the view (an event handler, not an effect).
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let (view, warnings) = read_view();
        say_warnings(state.ui, warnings);
        state.view.current.set(view);
    });
    on_cleanup(move || handle.remove());
}
