//! The `error-banner`: messages about bad links, bad pastes and storage, each dismissable. Present only when it
//! has something to say.

use leptos::prelude::*;

use super::tr;
use crate::i18n::T;
use crate::state::Presentation;

#[component]
pub fn ErrorBanner(ui: Presentation) -> impl IntoView {
    let messages = ui.messages;
    view! {
        <Show when=move || messages.with(|m| !m.is_empty())>
            <div class="banner" data-testid="error-banner" role="alert">
                <For each=move || messages.get() key=|m| m.id let:m>
                    <div class="message" class:error=m.error>
                        <span>{m.text.clone()}</span>
                        <button
                            class="dismiss"
                            on:click=move |_| messages.update(|all| all.retain(|x| x.id != m.id))
                        >
                            {tr(ui.lang, T::Dismiss)}
                        </button>
                    </div>
                </For>
            </div>
        </Show>
    }
}
