//! The page's state and its derivations: `dataset + view → kept postings → statistics → charts`, all memos;
//! the only writes are user actions (filters, pastes, loads). Loading text parses it in slices that yield to the
//! browser, with progress and cancel, and never replaces the current data with nothing.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use joblens_core::share::{self, View};
use joblens_core::stats::{self, Stats};
use joblens_core::{Dataset, Parser};

use crate::charts::{Build, ChartDef, ChartSpec, PayData, CHARTS};
use crate::i18n::{Lang, Msg, T};
use crate::js;
use crate::rows::TableState;

/// Bytes parsed between two clock checks, and the time a slice may take before the parse yields to the browser.
const STEP: usize = 64 << 10;
const SLICE_MS: f64 = 8.0;

/// A message for the `error-banner`.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: u64,
    pub error: bool,
    pub text: String,
}

/// A parse under way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub postings: usize,
}

/// My profile: the skills I have and my years of experience.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub skills: Vec<u16>,
    pub years: Option<u8>,
}

/// Whether the shown data is the embedded corpus, pasted data, or data from a link.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Default,
    Pasted,
    /// From a `#data=` link; the fragment value stays in the URL while this data is shown.
    Link(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<Arc<Dataset>>,
    pub source: RwSignal<Source>,
    pub view: RwSignal<View>,
    pub browser_lang: Lang,
    pub lang: Memo<Lang>,
    pub keep: Memo<Arc<Vec<bool>>>,
    pub shown: Memo<usize>,
    pub stats: Memo<Arc<Stats>>,
    pub messages: RwSignal<Vec<Message>>,
    pub progress: RwSignal<Option<Progress>>,
    pub cancel: RwSignal<bool>,
    pub selected: RwSignal<Option<u32>>,
    pub table: RwSignal<TableState>,
    pub profile: RwSignal<Profile>,
}

/// A chart's ECharts option (JSON) and the number of postings it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOption {
    pub json: String,
    pub n: usize,
}

fn browser_lang() -> Lang {
    let lang = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if lang.to_ascii_lowercase().starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

impl AppState {
    pub fn new(view: View) -> AppState {
        let data = RwSignal::new(Arc::new(Dataset::default_corpus()));
        let view = RwSignal::new(view);
        let browser_lang = browser_lang();
        let lang = Memo::new(move |_| view.with(|v| v.lang).unwrap_or(browser_lang));
        let keep = Memo::new(move |_| {
            let filters = view.with(|v| v.filters.clone());
            data.with(|ds| Arc::new(stats::keep_mask(ds, &filters)))
        });
        let shown = Memo::new(move |_| keep.with(|k| k.iter().filter(|&&b| b).count()));
        let stats = Memo::new(move |_| data.with(|ds| keep.with(|k| Arc::new(stats::compute_masked(ds, k)))));
        AppState {
            data,
            source: RwSignal::new(Source::Default),
            view,
            browser_lang,
            lang,
            keep,
            shown,
            stats,
            messages: RwSignal::new(Vec::new()),
            progress: RwSignal::new(None),
            cancel: RwSignal::new(false),
            selected: RwSignal::new(None),
            table: RwSignal::new(TableState::default()),
            profile: RwSignal::new(Profile::default()),
        }
    }

    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang.get_untracked())
    }

    /// Adds a message to the banner, in the page's language.
    pub fn say(&self, error: bool, msg: Msg) {
        let text = msg.text(self.lang.get_untracked());
        self.messages.update(|m| {
            let id = m.last().map_or(1, |x| x.id + 1);
            if !m.iter().any(|x| x.text == text) {
                m.push(Message { id, error, text });
            }
        });
    }

    /// Each chart of the registry with its option, a memo of the inputs its builder reads. Memos of JSON rather
    /// than of charming `Chart`s: equal options compare as equal strings, and the wasm carries no deep `Chart`
    /// comparison.
    pub fn chart_options(&self) -> Vec<(&'static ChartDef, Memo<ChartOption>)> {
        let (data, keep, stats, lang, view) = (self.data, self.keep, self.stats, self.lang, self.view);
        let annual = move || view.with(|v| v.annual);
        let pay = Memo::new(move |_| {
            let annual = annual();
            data.with(|ds| keep.with(|k| PayData::new(ds, k, annual)))
        });
        let option = |spec: ChartSpec| ChartOption { json: spec.json(), n: spec.n };
        CHARTS
            .iter()
            .map(|def| {
                let option = match def.build {
                    Build::Stats(f) => Memo::new(move |_| option(stats.with(|s| f(s, def.head(lang.get()))))),
                    Build::Pay(f) => Memo::new(move |_| option(pay.with(|p| f(p, def.head(lang.get()), annual())))),
                };
                (def, option)
            })
            .collect()
    }

    /// Parses `text` in slices (progress, cancel), then shows it in place of the current data. On failure or
    /// cancel the current data stays and a message says why.
    pub async fn load(self, name: String, text: String, source: Source, save: bool) -> bool {
        if text.trim().is_empty() {
            self.say(true, Msg::NothingToParse {});
            return false;
        }
        let total = text.len();
        self.cancel.set(false);
        self.progress.set(Some(Progress { done: 0, total, postings: 0 }));
        yield_now().await;
        let mut parser = Parser::new();
        loop {
            let slice_start = js::now_ms();
            let mut done = false;
            while !done && js::now_ms() - slice_start < SLICE_MS {
                done = parser.step(&text, STEP);
            }
            if self.cancel.get_untracked() {
                self.progress.set(None);
                self.say(false, Msg::ParseCancelled {});
                return false;
            }
            self.progress.set(Some(Progress { done: parser.position(), total, postings: parser.postings_so_far() }));
            if done {
                break;
            }
            yield_now().await;
        }
        let parsed = parser.finish(&text);
        self.progress.set(None);
        if parsed.postings.is_empty() {
            let why = parsed.diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
            self.say(true, Msg::NoPosting { why });
            return false;
        }
        // Building the dataset, the statistics and each chart are tasks of their own (not the last parse slice's
        // either: at 100k the dataset alone takes ~35 ms): the page paints in between.
        yield_now().await;
        let ds = Arc::new(Dataset::new(name, text, parsed));
        yield_now().await;
        if save {
            let (me, saved) = (self, Arc::clone(&ds));
            leptos::task::spawn_local(async move {
                // After the page has drawn: copying 75 MB out for IndexedDB is a task of its own.
                yield_now().await;
                if let Err(e) = js::save(&saved.name, &saved.text).await {
                    me.say(true, Msg::SaveFailed { error: e });
                }
            });
        }
        self.selected.set(None);
        self.table.update(|t| t.page = 0);
        self.source.set(source);
        self.data.set(ds);
        true
    }

    /// Restores pasted data saved in this browser, if any.
    pub async fn restore(self) {
        match js::load_saved().await {
            Ok(js::Saved::Nothing) => {}
            Ok(js::Saved::Dataset(name, text)) => {
                self.load(name, text, Source::Pasted, false).await;
            }
            Ok(js::Saved::Corrupt) => self.say(true, Msg::SavedCorrupt {}),
            Err(e) => self.say(true, Msg::StorageUnavailable { error: e }),
        }
    }

    /// Back to the embedded corpus (the saved copy is removed: the user asked for it).
    pub fn load_default(self) {
        self.selected.set(None);
        self.source.set(Source::Default);
        self.data.set(Arc::new(Dataset::default_corpus()));
        leptos::task::spawn_local(async move {
            let _ = js::forget_saved().await;
        });
    }

    /// The dataset's display name.
    pub fn name(&self) -> String {
        let lang = self.lang.get();
        let n = self.data.with(|d| d.len());
        match self.source.get() {
            Source::Default => format!("{} ({n})", T::DefaultName.get(lang)),
            _ => format!("{} ({n})", self.data.with(|d| d.name.clone())),
        }
    }

    /// The shareable link for the current view: the query, plus the data fragment when the data is not the
    /// default corpus; `TooLong` when it would pass `MAX_LINK` characters.
    pub fn share_link(&self) -> ShareLink {
        let q = share::encode_query(&self.view.get_untracked());
        let mut url = crate::url_sync::page_url(&q);
        let fragment = match self.source.get_untracked() {
            Source::Default => None,
            Source::Link(frag) => Some(frag),
            Source::Pasted => {
                // Text this long never fits a link even compressed; compressing it only to refuse would stall.
                let len = self.data.with_untracked(|d| d.text.len());
                if len > 40 * MAX_LINK {
                    return ShareLink::TooLong(len);
                }
                Some(self.data.with_untracked(|d| share::encode_data(&d.text)))
            }
        };
        if let Some(f) = &fragment {
            url = format!("{url}#data={f}");
        }
        if url.len() > MAX_LINK {
            ShareLink::TooLong(url.len())
        } else {
            ShareLink::Ready { url, fragment }
        }
    }
}

/// Links longer than this get a message and a file download instead.
pub const MAX_LINK: usize = 8000;

pub enum ShareLink {
    Ready {
        url: String,
        fragment: Option<String>,
    },
    /// About this many characters (or bytes of text): too long for a link.
    TooLong(usize),
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

fn timeout(window: &web_sys::Window) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
    })
}
