//! The view: what the address bar holds (filters, month / year, language) and what it selects from the data, the
//! kept postings and their statistics, as memos.

use std::sync::Arc;

use leptos::prelude::*;

use joblens_core::share::View;
use joblens_core::stats::{self, Stats};

use super::DataState;

#[derive(Clone, Copy)]
pub struct ViewState {
    /// The view itself; only `joblens_core::share` turns it into text (the URL).
    pub current: RwSignal<View>,
    /// Which postings pass the filters.
    pub keep: Memo<Arc<Vec<bool>>>,
    pub shown: Memo<usize>,
    pub stats: Memo<Arc<Stats>>,
}

impl ViewState {
    pub fn new(view: View, data: DataState) -> ViewState {
        let current = RwSignal::new(view);
        let dataset = data.dataset;
        let keep = Memo::new(move |_| {
            let filters = current.with(|v| v.filters.clone());
            dataset.with(|ds| Arc::new(joblens_core::filter::keep_mask(ds, &filters)))
        });
        let shown = Memo::new(move |_| keep.with(|k| k.iter().filter(|&&b| b).count()));
        let stats = Memo::new(move |_| dataset.with(|ds| keep.with(|k| Arc::new(stats::compute_masked(ds, k)))));
        ViewState { current, keep, shown, stats }
    }

    /// Whether pay is shown per year.
    pub fn annual(&self) -> bool {
        self.current.with(|v| v.annual)
    }

    /// The indices of the kept postings (what the exports write).
    pub fn kept_indices(&self) -> Vec<u32> {
        self.keep.with(|k| k.iter().enumerate().filter(|(_, &b)| b).map(|(i, _)| i as u32).collect())
    }
}
