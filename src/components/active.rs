//! The chips above the charts: one per active filter item, whatever set it (a control, the URL, a touch on a
//! chart), each with an × that takes it out of the filters (and so out of the URL). See `crate::active::items`.

use leptos::prelude::*;

use joblens_core::share::View;

use crate::active::{items, remove, Item};
use crate::components::{keyed, show, tr};
use crate::i18n::{Lang, T};

#[component]
pub fn ActiveFilters(view: RwSignal<View>, lang: Memo<Lang>) -> impl IntoView {
    let active = Memo::new(move |_| view.with(|v| items(&v.filters)));
    let chip = move |item: Item| {
        let (key, value) = (item.key(), item.value());
        let gone = item.clone();
        let label = item.clone();
        view! {
            <span class="filter-chip" data-testid="filter-chip" data-key=key data-value=value>
                <span class="label">{move || label.label(lang.get())}</span>
                <button
                    class="remove"
                    aria-label=move || format!("{} {}", T::Remove.get(lang.get()), item.label(lang.get()))
                    on:click=move |_| view.update(|v| remove(&mut v.filters, &gone))
                >
                    "×"
                </button>
            </span>
        }
    };
    view! {
        {show(
            move || active.with(|a| !a.is_empty()),
            move || {
                view! {
                    <div class="filter-chips" role="group" aria-label=tr(lang, T::ActiveFilters)>
                        {keyed(
                            move || active.with(|a| a.iter().map(Item::id).collect()),
                            move |id| {
                                active.with_untracked(|a| a.iter().find(|i| i.id() == id).cloned()).map(chip).into_any()
                            },
                        )}
                    </div>
                }
            },
        )}
    }
}
