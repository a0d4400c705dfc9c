//! The data: the dataset shown, where it came from, and loading it (parsed in slices that yield to the browser,
//! with progress and cancel), saving it in and restoring it from this browser. A load never replaces the current
//! data with nothing.

use std::sync::Arc;

use leptos::prelude::*;

use joblens_core::share::Read;
use joblens_core::Dataset;

use super::{yield_now, Presentation};
use crate::i18n::{Lang, Msg, T};
use crate::js;
use crate::reading::Reading;

/// Bytes parsed between two clock checks, and the time a slice may take before the parse yields to the browser.
const STEP: usize = 64 << 10;
const SLICE_MS: f64 = 8.0;

/// A parse under way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub postings: usize,
}

/// Whether the shown data is the embedded corpus, pasted data, or data from a link.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Default,
    Pasted,
    /// From a `#data=` link; the fragment value stays in the URL while this data is shown.
    Link(String),
}

/// The embedded corpus is markdown under headings: read as text, one posting per posting heading.
fn default_reading(ds: &Dataset) -> Option<Reading> {
    Some(Reading { shape: joblens_core::Shape::Text, postings: Some(ds.len()) })
}

/// The dataset and its loading.
#[derive(Clone, Copy)]
pub struct DataState {
    pub dataset: RwSignal<Arc<Dataset>>,
    pub source: RwSignal<Source>,
    pub progress: RwSignal<Option<Progress>>,
    pub cancel: RwSignal<bool>,
    /// How the shown data was read: the user's choice (it travels with the data, in storage and in a share link)
    /// and what the parser made of the text.
    pub read: RwSignal<Read>,
    pub reading: RwSignal<Option<Reading>>,
}

impl DataState {
    /// The embedded corpus.
    pub fn default_corpus() -> DataState {
        let dataset = Dataset::default_corpus();
        let reading = default_reading(&dataset);
        DataState {
            dataset: RwSignal::new(Arc::new(dataset)),
            source: RwSignal::new(Source::Default),
            progress: RwSignal::new(None),
            cancel: RwSignal::new(false),
            read: RwSignal::new(Read::Found),
            reading: RwSignal::new(reading),
        }
    }

    /// Parses `text` in slices (progress, cancel), read as `read` says, then shows it in place of the current data.
    /// On failure or cancel the current data stays and a message in `ui` says why.
    pub async fn load(
        self,
        ui: Presentation,
        name: String,
        text: String,
        (source, read): (Source, Read),
        save: bool,
    ) -> bool {
        if text.trim().is_empty() {
            ui.say(true, Msg::NothingToParse {});
            return false;
        }
        let total = text.len();
        self.cancel.set(false);
        self.progress.set(Some(Progress { done: 0, total, postings: 0 }));
        yield_now().await;
        let mut parser = read.parser();
        loop {
            let slice_start = js::now_ms();
            let mut done = false;
            while !done && js::now_ms() - slice_start < SLICE_MS {
                done = parser.step(&text, STEP);
            }
            if self.cancel.get_untracked() {
                self.progress.set(None);
                ui.say(false, Msg::ParseCancelled {});
                return false;
            }
            self.progress.set(Some(Progress { done: parser.position(), total, postings: parser.postings_so_far() }));
            if done {
                break;
            }
            yield_now().await;
        }
        let shape = parser.shape();
        let parsed = parser.finish(&text);
        self.progress.set(None);
        if parsed.postings.is_empty() {
            let why = parsed.diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
            ui.say(true, Msg::NoPosting { why });
            return false;
        }
        // Building the dataset, the statistics and each chart are tasks of their own (not the last parse slice's
        // either: at 100k the dataset alone takes ~35 ms): the page paints in between.
        yield_now().await;
        let ds = Arc::new(Dataset::new(name, text, parsed));
        yield_now().await;
        if save {
            let saved = Arc::clone(&ds);
            leptos::task::spawn_local(async move {
                // After the page has drawn: copying 75 MB out for IndexedDB is a task of its own.
                yield_now().await;
                if let Err(e) = js::save(&saved.name, &saved.text, read).await {
                    ui.say(true, Msg::SaveFailed { error: e });
                }
            });
        }
        ui.selected.set(None);
        ui.table.update(|t| t.page = 0);
        self.source.set(source);
        self.read.set(read);
        self.reading.set(shape.map(|shape| Reading { shape, postings: Some(ds.len()) }));
        self.dataset.set(ds);
        true
    }

    /// Restores pasted data saved in this browser, if any.
    pub async fn restore(self, ui: Presentation) {
        match js::load_saved().await {
            Ok(js::Saved::Nothing) => {}
            Ok(js::Saved::Dataset(name, text, read)) => {
                self.load(ui, name, text, (Source::Pasted, read), false).await;
            }
            Ok(js::Saved::Corrupt) => ui.say(true, Msg::SavedCorrupt {}),
            Err(e) => ui.say(true, Msg::StorageUnavailable { error: e }),
        }
    }

    /// Back to the embedded corpus (the saved copy is removed: the user asked for it).
    pub fn load_default(self, ui: Presentation) {
        ui.selected.set(None);
        let dataset = Dataset::default_corpus();
        self.source.set(Source::Default);
        self.read.set(Read::Found);
        self.reading.set(default_reading(&dataset));
        self.dataset.set(Arc::new(dataset));
        leptos::task::spawn_local(async move {
            let _ = js::forget_saved().await;
        });
    }

    /// The dataset's display name in `lang`.
    pub fn name(&self, lang: Lang) -> String {
        let n = self.dataset.with(|d| d.len());
        match self.source.get() {
            Source::Default => format!("{} ({n})", T::DefaultName.get(lang)),
            _ => format!("{} ({n})", self.dataset.with(|d| d.name.clone())),
        }
    }
}
