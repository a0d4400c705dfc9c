//! The `error-banner`: messages about bad links, bad pastes and storage, each dismissable. Present only when it
//! has something to say.

use leptos::prelude::*;

use super::{keyed, show, tr};
use crate::i18n::T;
use crate::state::Presentation;

#[component]
pub fn ErrorBanner(ui: Presentation) -> impl IntoView {
    let messages = ui.messages;
    view! {
        {show(
            move || messages.with(|m| !m.is_empty()),
            move || {
                view! {
                    <div class="banner" data-testid="error-banner" role="alert">
                        {keyed(
                            move || messages.with(|all| all.iter().map(|m| m.id).collect()),
                            move |id| {
                                messages
                                    .with_untracked(|all| all.iter().find(|m| m.id == id).cloned())
                                    .map(|m| {
                                        view! {
                                            <div class="message" class:error=m.error>
                                                <span>{m.text}</span>
                                                <button
                                                    class="dismiss"
                                                    on:click=move |_| messages.update(|all| all.retain(|x| x.id != id))
                                                >
                                                    {tr(ui.lang, T::Dismiss)}
                                                </button>
                                            </div>
                                        }
                                    })
                                    .into_any()
                            },
                        )}
                    </div>
                }
            },
        )}
    }
}
