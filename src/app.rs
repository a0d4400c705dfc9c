//! The page: header, filters, the charts, the posting table, paste, share and export, my profile. `App` is
//! mountable on its own (browser tests mount it); `start` wires it to the address bar and storage.

use leptos::prelude::*;

use crate::components::tr;
use crate::components::{
    active::ActiveFilters, banner::ErrorBanner, chart::ChartCard, filters::FilterPanel, header::Header,
    paste::PastePanel, profile::ProfilePanel, table::PostingTable,
};
use joblens_core::share::Read;

use crate::i18n::{self, Msg, T};
use crate::state::{self, AppState, Source};
use crate::url_sync;

/// The whole page for `state`; each part gets the pieces of the state it reads.
#[component]
pub fn App(state: AppState) -> impl IntoView {
    let AppState { data, view, ui } = state;
    let charts = state::chart_options(data, view, ui.lang);
    let lang = ui.lang;
    let stats = view.stats;
    view! {
        <Header data=data view=view ui=ui/>
        <ErrorBanner ui=ui/>
        <main class="layout">
            <aside class="side">
                <FilterPanel view=view.current data=data lang=lang/>
                <ProfilePanel data=data view=view ui=ui/>
            </aside>
            <section class="content">
                <ActiveFilters view=view.current lang=lang/>
                <div class="charts">
                    {charts
                        .into_iter()
                        .map(|(def, option)| view! { <ChartCard def=def option=option data=data view=view.current lang=lang/> })
                        .collect_view()}
                </div>
                <p class="note">{tr(lang, T::DayRateNote)}</p>
                // Postings paid in other currencies: left out of the charts (never converted), summed up here.
                <Show when=move || stats.with(|s| !s.others.is_empty())>
                    <div class="note" data-testid="other-currencies">
                        {tr(lang, T::OtherCurrencies)}
                        <ul>
                            {move || {
                                let lang = lang.get();
                                stats
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
                <PostingTable data=data view=view ui=ui/>
                <PastePanel data=data ui=ui/>
            </section>
        </main>
    }
}

/// Reads the address bar, mounts the page, then loads shared or saved data.
pub fn start() {
    let (view, warnings) = url_sync::read_view();
    // Read the fragment before anything can rewrite the address bar.
    let fragment = url_sync::read_fragment_data();
    let (read, read_warnings) = url_sync::read_fragment_read();
    let state = AppState::new(view);
    let AppState { data, ui, .. } = state;
    url_sync::say_warnings(ui, warnings);
    url_sync::say_warnings(ui, read_warnings);
    if let Some(value) = &fragment {
        // Keeps the fragment in the address bar while the shared data loads.
        data.source.set(Source::Link(value.clone()));
        data.read.set(read);
    }
    leptos::mount::mount_to_body(move || view! { <App state=state/> });
    url_sync::sync(state);
    leptos::task::spawn_local(async move {
        let Some(value) = fragment else {
            data.restore(ui).await;
            return;
        };
        let loaded = match joblens_core::share::decode_data(&value) {
            Ok(text) => {
                let name = ui.t(T::SharedName).to_string();
                data.load(ui, name, text, (Source::Link(value), read), false).await
            }
            Err(e) => {
                ui.say(true, Msg::LinkDataUnreadable { error: e.to_string() });
                false
            }
        };
        if !loaded {
            data.source.set(Source::Default);
            data.read.set(Read::Found);
        }
    });
}
