//! The page: header, filters, five charts, the posting table, paste, share and export, my profile. `App` is
//! mountable on its own (browser tests mount it); `start` wires it to the address bar and storage.

use leptos::prelude::*;

use crate::charts;
use crate::components::tr;
use crate::components::{
    banner::ErrorBanner, chart::ChartCard, filters::FilterPanel, header::Header, paste::PastePanel,
    profile::ProfilePanel, table::PostingTable,
};
use crate::i18n::T;
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
                    {charts.into_iter().map(|(id, option)| view! { <ChartCard id=id option=option/> }).collect_view()}
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
                                            .map(|o| view! { <li>{charts::other_currency_line(o, lang)}</li> })
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
    let zh = state.lang.get_untracked() == crate::i18n::Lang::Zh;
    for w in url_sync::describe(&warnings, zh) {
        state.say(true, w);
    }
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
                let name = state.t_msg("分享的招聘", "Shared postings");
                state.load(name, text, Source::Link(value), false).await
            }
            Err(e) => {
                state.say(
                    true,
                    state.t_msg(
                        &format!("分享链接中的数据无法读取：{e}。显示默认数据。"),
                        &format!("The link's data could not be read: {e}. Showing the default data."),
                    ),
                );
                false
            }
        };
        if !loaded {
            state.source.set(Source::Default);
        }
    });
}
