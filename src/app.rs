//! The page: header, filters, the charts, the posting table, paste, share and export, my profile. `App` is
//! mountable on its own (browser tests mount it); `start` wires it to the address bar and storage, and mounts it
//! in place of index.html's static shell (the same layout, painted before the wasm arrives).
//!
//! On a narrow screen (style.css) the charts come first; the filters are a sheet that the header's
//! `filters-open` button opens, with the number of postings that pass; my profile follows the page.

use leptos::prelude::*;

use crate::components::{
    active::ActiveFilters,
    banner::ErrorBanner,
    chart::{ChartCard, ChartEnv},
    filters::FilterPanel,
    fresh,
    header::Header,
    paste::PastePanel,
    profile::ProfilePanel,
    share::ShareInfo,
    show,
    table::PostingTable,
    tr,
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
    let env = ChartEnv::new();
    // What the first screen does not show is mounted once its charts are drawn: on a slow phone mounting and laying
    // out the filters, the table and the paste panel took longer than computing the first chart.
    let later = env.first_screen;
    let sheet = ui.filters_open;
    view! {
        <Header data=data view=view ui=ui/>
        <ErrorBanner ui=ui/>
        <ShareInfo data=data ui=ui/>
        <main class="layout">
            <aside class="side">
                <div class="sheet" class:open=move || sheet.get() id="filter-sheet">
                    <div class="sheet-head">
                        <span class="sheet-count">{move || i18n::passing(view.shown.get(), lang.get())}</span>
                        <button class="sheet-close" on:click=move |_| sheet.set(false)>{tr(lang, T::Close)}</button>
                    </div>
                    <FilterPanel view=view.current data=data lang=lang ready=later/>
                </div>
                {show(move || later.get(), move || view! { <ProfilePanel data=data view=view ui=ui/> })}
            </aside>
            <section class="content" id="content">
                {fresh(move || ui.loaded.get().map(|text| view! { <p class="load-note" role="status">{text}</p> }))}
                <ActiveFilters view=view.current lang=lang/>
                <div class="charts">
                    {charts
                        .into_iter()
                        .map(|(def, option)| {
                            view! { <ChartCard def=def option=option data=data view=view.current lang=lang env=env/> }
                        })
                        .collect_view()}
                </div>
                <p class="note">{tr(lang, T::DayRateNote)}</p>
                // Postings paid in other currencies: left out of the charts (never converted), summed up here.
                {show(
                    move || stats.with(|s| !s.others.is_empty()),
                    move || {
                        view! {
                            <div class="note" data-testid="other-currencies">
                                {tr(lang, T::OtherCurrencies)}
                                <ul>
                                    {fresh(move || {
                                        let lang = lang.get();
                                        stats
                                            .with(|s| {
                                                s.others
                                                    .iter()
                                                    .map(|o| view! { <li>{i18n::other_currency_line(o, lang)}</li> })
                                                    .collect_view()
                                            })
                                    })}
                                </ul>
                            </div>
                        }
                    },
                )}
                {show(
                    move || later.get(),
                    move || view! {
                        <PostingTable data=data view=view ui=ui/>
                        <PastePanel data=data ui=ui/>
                    },
                )}
            </section>
        </main>
    }
}

/// Reads the address bar, mounts the page, then loads shared or saved data.
pub fn start() {
    // Not leptos's spawn_local: its executor is set up by the mount.
    wasm_bindgen_futures::spawn_local(async move {
        // While public/first.js draws the default page's first charts (a few draws, begun before the wasm came),
        // the page is built and mounted after it: the charts come first, and the cards then take every chart it
        // drew instead of drawing the rest again.
        crate::js::first_charts_drawn().await;
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
        // The static shell goes in the same task as the app mounts: the browser never paints the page without
        // both.
        if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("shell")) {
            shell.remove();
        }
        leptos::mount::mount_to_body(move || view! { <App state=state/> });
        url_sync::sync(state);
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
