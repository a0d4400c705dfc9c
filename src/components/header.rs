//! Header: dataset name, postings shown / total, salary view and language switches, share and export.

use leptos::prelude::*;

use joblens_core::export;
use joblens_core::share::{Lang, Read};

use super::{show, tr};
use crate::i18n::T;
use crate::js;
use crate::state::{self, DataState, Presentation, ShareLink, Source, ViewState};
use joblens_core::Currency;

#[component]
pub fn Header(data: DataState, view: ViewState, ui: Presentation) -> impl IntoView {
    let lang = ui.lang;
    let dataset = data.dataset;
    let export_csv = move |_| {
        let ix = view.kept_indices();
        dataset.with_untracked(|d| {
            js::download("joblens.csv", "text/csv;charset=utf-8", &export::to_csv(&d.parsed, &d.text, Some(&ix)))
        });
    };
    let export_json = move |_| {
        let ix = view.kept_indices();
        let whole = data.read.get_untracked() == Read::Whole;
        dataset.with_untracked(|d| {
            js::download("joblens.json", "application/json", &export::to_json(&d.parsed, &d.text, Some(&ix), whole))
        });
    };
    // The link goes into the address bar and the clipboard; `ShareInfo` says how long it is.
    let share = move |_| {
        let link = state::share_link(data, view);
        if let ShareLink::Ready { url, fragment } = &link {
            if let Some(f) = fragment {
                data.source.set(Source::Link(f.clone()));
            }
            crate::url_sync::replace_url(url);
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(url);
            }
        }
        ui.share.set(Some(link));
    };
    let sheet = ui.filters_open;
    view! {
        <header class="top">
            <div class="brand">
                <h1>{move || data.name(lang.get())}</h1>
                <p class="counts">
                    <span data-testid="posting-count">{move || view.shown.get()} " " {tr(lang, T::Shown)}</span>
                    " / "
                    <span data-testid="total-count">{tr(lang, T::Of)} " " {move || dataset.with(|d| d.len())} " " {tr(lang, T::Postings)}</span>
                </p>
            </div>
            <div class="controls">
                <button
                    class="filters-open"
                    data-testid="filters-open"
                    aria-controls="filter-sheet"
                    aria-expanded=move || sheet.get().to_string()
                    on:click=move |_| sheet.update(|open| *open = !*open)
                >
                    {tr(lang, T::Filters)}
                    " ("
                    {move || view.shown.get()}
                    ")"
                </button>
                <CurrencySwitch data=data view=view lang=lang/>
                <select
                    data-testid="view-switch"
                    aria-label="salary view"
                    prop:value=move || if view.annual() { "year" } else { "month" }
                    on:change=move |ev| {
                        let annual = event_target_value(&ev) == "year";
                        // A salary range is in one period: it does not carry over to the other.
                        view.current.update(|v| {
                            v.filters.pay.annual = Some(annual);
                            v.filters.salary = None;
                        });
                    }
                >
                    <option value="month">{tr(lang, T::Monthly)}</option>
                    <option value="year">{tr(lang, T::Annual)}</option>
                </select>
                <select
                    data-testid="lang-switch"
                    aria-label="language"
                    prop:value=move || lang.get().id()
                    on:change=move |ev| {
                        let l = if event_target_value(&ev) == "zh" { Lang::Zh } else { Lang::En };
                        view.current.update(|v| v.lang = Some(l));
                    }
                >
                    <option value="zh">"中文"</option>
                    <option value="en">"English"</option>
                </select>
                <button data-testid="share-link" on:click=share>{tr(lang, T::Share)}</button>
                <button data-testid="export-csv" on:click=export_csv>{tr(lang, T::ExportCsv)}</button>
                <button data-testid="export-json" on:click=export_json>{tr(lang, T::ExportJson)}</button>
            </div>
        </header>
    }
}

/// The currency of the pay charts, when the data pays in several: each with its number of salaried postings, the
/// default first. Choosing one shows it in its own default period; a salary range does not carry over.
#[component]
fn CurrencySwitch(data: DataState, view: ViewState, lang: Memo<Lang>) -> impl IntoView {
    let dataset = data.dataset;
    let offered = Memo::new(move |_| {
        dataset.with(|d| d.pay_currencies().iter().map(|p| (p.currency, p.salaried)).collect::<Vec<_>>())
    });
    view! {
        {show(
            move || offered.with(|o| o.len() > 1),
            move || {
                view! {
                    <select
                        data-testid="currency-switch"
                        aria-label=tr(lang, T::Currency)
                        prop:value=move || view.pay.get().currency.code()
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let chosen = offered.with_untracked(|o| o.iter().map(|p| p.0).find(|c| c.code() == code));
                            view.current.update(|v| {
                                v.filters.pay.currency = chosen;
                                v.filters.pay.annual = None;
                                v.filters.salary = None;
                            });
                        }
                    >
                        {move || {
                            offered
                                .get()
                                .into_iter()
                                .map(|(c, n): (Currency, usize)| {
                                    view! { <option value=c.code()>{format!("{} ({n})", c.code())}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                }
            },
        )}
    }
}
