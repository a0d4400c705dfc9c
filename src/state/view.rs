//! The view: what the address bar holds (filters, currency and month / year, language) and what it selects from the
//! data, the kept postings, the pay view over the data and their statistics, as memos.

use std::sync::Arc;

use leptos::prelude::*;

use joblens_core::dataset::PayIn;
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
    /// The pay the charts show: the chosen currency and period, or the data's defaults.
    pub pay: Memo<PayIn>,
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
        let pay = Memo::new(move |_| {
            let choice = current.with(|v| v.filters.pay);
            dataset.with(|ds| choice.resolve(ds))
        });
        let stats = Memo::new(move |_| {
            let pay = pay.get();
            dataset.with(|ds| keep.with(|k| Arc::new(stats::compute_masked(ds, k, pay))))
        });
        ViewState { current, keep, shown, pay, stats }
    }

    /// Whether pay is shown per year.
    pub fn annual(&self) -> bool {
        self.pay.with(|p| p.annual)
    }

    /// The indices of the kept postings (what the exports write).
    pub fn kept_indices(&self) -> Vec<u32> {
        self.keep.with(|k| k.iter().enumerate().filter(|(_, &b)| b).map(|(i, _)| i as u32).collect())
    }
}
