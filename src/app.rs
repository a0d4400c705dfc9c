//! The page: header, filters, five charts, the posting table, paste, share and export, my profile. `App` is
//! mountable on its own (browser tests mount it); `start` wires it to the address bar and storage.

use leptos::prelude::*;

use crate::components::tr;
use crate::components::{
    banner::ErrorBanner, chart::ChartCard, filters::FilterPanel, header::Header, paste::PastePanel,
    profile::ProfilePanel, table::PostingTable,
};
use crate::i18n::{self, Msg, T};
use crate::state::{AppState, Source};
use crate::url_sync;

/// The whole page for `state`.
#[component]
pub fn App(state: AppState) -> impl IntoView {
    provide_context(state);
    let charts = state.chart_options();
    let lang = state.lang;
    view! {
        <Header/>
        <ErrorBanner/>
        <main class="layout">
            <aside class="side">
                <FilterPanel/>
                <ProfilePanel/>
            </aside>
            <section class="content">
                <div class="charts">
                    {charts.into_iter().map(|(def, option)| view! { <ChartCard def=def option=option/> }).collect_view()}
                </div>
                <p class="note">{tr(lang, T::DayRateNote)}</p>
                // Postings paid in other currencies: left out of the charts (never converted), summed up here.
                <Show when=move || state.stats.with(|s| !s.others.is_empty())>
                    <div class="note" data-testid="other-currencies">
                        {tr(lang, T::OtherCurrencies)}
                        <ul>
                            {move || {
                                let lang = lang.get();
                                state
                                    .stats
                                    .with(|s| {
                                        s.others
                                            .iter()
                                            .map(|o| view! { <li>{i18n::other_currency_line(o, lang)}</li> })
                                            .collect_view()
                                    })
                            }}
                        </ul>
                    </div>
                </Show>
                <PostingTable/>
                <PastePanel/>
            </section>
        </main>
    }
}

/// Reads the address bar, mounts the page, then loads shared or saved data.
pub fn start() {
    let (view, warnings) = url_sync::read_view();
    // Read the fragment before anything can rewrite the address bar.
    let fragment = url_sync::read_fragment_data();
    let state = AppState::new(view);
    url_sync::say_warnings(state, warnings);
    if let Some(value) = &fragment {
        // Keeps the fragment in the address bar while the shared data loads.
        state.source.set(Source::Link(value.clone()));
    }
    leptos::mount::mount_to_body(move || view! { <App state=state/> });
    url_sync::sync(state);
    leptos::task::spawn_local(async move {
        let Some(value) = fragment else {
            state.restore().await;
            return;
        };
        let loaded = match joblens_core::share::decode_data(&value) {
            Ok(text) => {
                let name = state.t(T::SharedName).to_string();
                state.load(name, text, Source::Link(value), false).await
            }
            Err(e) => {
                state.say(true, Msg::LinkDataUnreadable { error: e.to_string() });
                false
            }
        };
        if !loaded {
            state.source.set(Source::Default);
        }
    });
}
