//! What the share button made (`share-length`): the link's length and the link itself; above `LONG_LINK`
//! characters a warning that some chat apps cut long links, and above `MAX_LINK` (no link made) the reason. In
//! both cases the data file is offered.

use leptos::prelude::*;

use super::{fresh, show, tr};
use crate::i18n::{self, T};
use crate::js;
use crate::state::{DataState, Presentation, ShareLink};

#[component]
pub fn ShareInfo(data: DataState, ui: Presentation) -> impl IntoView {
    let (lang, share) = (ui.lang, ui.share);
    let file = move |_| {
        data.dataset.with_untracked(|d| js::download("joblens-data.md", "text/markdown;charset=utf-8", &d.text));
    };
    view! {
        {fresh(move || {
            share
                .with(|s| s.as_ref().map(|link| (i18n::share_lines(link, lang.get()), link.offers_file())))
                .map(|(lines, offers_file)| {
                    let url = share.with_untracked(|s| match s {
                        Some(ShareLink::Ready { url, .. }) => Some(url.clone()),
                        _ => None,
                    });
                    view! {
                        <div class="share-info" data-testid="share-length" role="status">
                            <div class="share-text">
                                {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                            </div>
                            {url.map(|u| view! { <input class="share-url" readonly aria-label="link" prop:value=u/> })}
                            <div class="buttons">
                                {show(
                                    move || offers_file,
                                    move || {
                                        view! {
                                            <button data-testid="share-file" on:click=file>{tr(lang, T::DataFile)}</button>
                                        }
                                    },
                                )}
                                <button on:click=move |_| share.set(None)>{tr(lang, T::Dismiss)}</button>
                            </div>
                        </div>
                    }
                })
        })}
    }
}
