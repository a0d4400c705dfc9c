//! The page's state, split by responsibility: the data (`data`: the dataset, loading, storage), the view (`view`:
//! filters and pay view as the URL holds them, and the kept postings and statistics they select) and the
//! presentation (`presentation`: language, messages, table, profile). Components take the parts they read.
//! Everything derived is a memo, `dataset + view → kept postings → statistics → charts`; the only writes are user
//! actions (filters, pastes, loads).

mod data;
mod presentation;
mod view;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use joblens_core::share::{self, View};

use crate::charts::{Build, ChartDef, ChartSpec, PayData, Touch, CHARTS};
use crate::i18n::Lang;

pub use data::{DataState, Progress, Source};
pub use presentation::{Message, Presentation};
pub use view::ViewState;

/// The whole state: what `App` is given, and hands out in parts.
#[derive(Clone, Copy)]
pub struct AppState {
    pub data: DataState,
    pub view: ViewState,
    pub ui: Presentation,
}

/// A chart's ECharts option (JSON) and the number of postings it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOption {
    pub json: String,
    pub n: usize,
    /// What touching its items filters.
    pub touch: Touch,
}

impl AppState {
    /// The default corpus under `view`.
    pub fn new(view: View) -> AppState {
        let data = DataState::default_corpus();
        let view = ViewState::new(view, data);
        AppState { data, view, ui: Presentation::new(view) }
    }
}

/// Each chart of the registry with its option, a memo of the inputs its builder reads. Memos of JSON rather than of
/// charming `Chart`s: equal options compare as equal strings, and the wasm carries no deep `Chart` comparison.
pub fn chart_options(
    data: DataState,
    view: ViewState,
    lang: Memo<Lang>,
) -> Vec<(&'static ChartDef, Memo<ChartOption>)> {
    let (dataset, keep, stats) = (data.dataset, view.keep, view.stats);
    let pay = Memo::new(move |_| {
        let pay = view.pay.get();
        dataset.with(|ds| keep.with(|k| PayData::new(ds, k, pay)))
    });
    let option = |spec: ChartSpec| ChartOption { json: spec.json(), n: spec.n, touch: spec.touch };
    CHARTS
        .iter()
        .map(|def| {
            let option = match def.build {
                Build::Stats(f) => Memo::new(move |_| option(stats.with(|s| f(s, def.head(lang.get()))))),
                Build::Pay(f) => Memo::new(move |_| option(pay.with(|p| f(p, def.head(lang.get()))))),
            };
            (def, option)
        })
        .collect()
}

/// The shareable link for the current view: the query, plus the data fragment when the data is not the
/// default corpus; `TooLong` when it would pass `MAX_LINK` characters.
pub fn share_link(data: DataState, view: ViewState) -> ShareLink {
    let dataset = data.dataset;
    let q = dataset.with_untracked(|ds| share::encode_query_for(&view.current.get_untracked(), ds));
    let mut url = crate::url_sync::page_url(&q);
    let fragment = match data.source.get_untracked() {
        Source::Default => None,
        Source::Link(frag) => Some(frag),
        Source::Pasted => {
            // A text that no link could carry (a decoder refuses to inflate past MAX_INFLATED) is not compressed
            // only to be refused.
            let len = dataset.with_untracked(|d| d.text.len());
            if len > share::MAX_INFLATED {
                return ShareLink::TooLong(len);
            }
            Some(dataset.with_untracked(|d| share::encode_data(&d.text)))
        }
    };
    if let Some(f) = &fragment {
        url = format!("{url}#{}", share::encode_fragment(f, data.read.get_untracked()));
    }
    if url.len() > MAX_LINK {
        ShareLink::TooLong(url.len())
    } else {
        ShareLink::Ready { url, fragment }
    }
}

/// Links are made up to this many characters, the longest URL Chromium opens; above it the page offers the data
/// file instead.
pub const MAX_LINK: usize = 2_097_152;
/// Above this many characters some chat apps cut a link: the page says so and offers the data file as well.
pub const LONG_LINK: usize = 8000;

#[derive(Clone, Debug, PartialEq)]
pub enum ShareLink {
    Ready {
        url: String,
        fragment: Option<String>,
    },
    /// This many characters (or bytes of text): too long for a link.
    TooLong(usize),
}

impl ShareLink {
    /// Whether the page offers the data file beside (or instead of) the link.
    pub fn offers_file(&self) -> bool {
        match self {
            ShareLink::Ready { url, .. } => url.len() > LONG_LINK,
            ShareLink::TooLong(_) => true,
        }
    }
}

/// Yields to the browser so input and painting happen between slices of work: `scheduler.yield()` where the
/// browser has it (no timer clamping), else a zero-delay timeout.
pub async fn yield_now() {
    let Some(window) = web_sys::window() else { return };
    let scheduler = js_sys::Reflect::get(&window, &"scheduler".into()).ok().filter(|s| s.is_object());
    let yield_fn = scheduler
        .as_ref()
        .and_then(|s| js_sys::Reflect::get(s, &"yield".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = match (scheduler, yield_fn) {
        (Some(s), Some(f)) => f.call0(&s).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()),
        _ => None,
    };
    let _ = wasm_bindgen_futures::JsFuture::from(promise.unwrap_or_else(|| timeout(&window))).await;
}

/// Waits for a zero-delay timer: after the work already queued, `yield_now` continuations included.
pub async fn after_queued_work() {
    let Some(window) = web_sys::window() else { return };
    let _ = wasm_bindgen_futures::JsFuture::from(timeout(&window)).await;
}

/// Waits until the browser has painted what the page shows now: a zero-delay timer set in the next animation
/// frame runs after that frame is painted.
pub async fn after_paint() {
    let Some(window) = web_sys::window() else { return };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    let _ = wasm_bindgen_futures::JsFuture::from(timeout(&window)).await;
}

fn timeout(window: &web_sys::Window) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
    })
}
