//! Paste panel: a textarea, a file picker and file drop; replace or append; progress and cancel for long parses;
//! the parser's diagnostics. Text over a few MB is never rendered into the textarea (it would freeze the page):
//! a large paste is taken from the clipboard event, a file is read as bytes, and both wait as "pending".

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use joblens_core::model::Level;

use super::tr;
use crate::i18n::{Msg, T};
use crate::state::{AppState, Source};

/// Pastes larger than this skip the textarea.
const BIG_PASTE: usize = 1 << 20;
const MAX_DIAGNOSTICS_SHOWN: usize = 200;

/// Text waiting to be loaded that is too large to show: its name and content.
#[derive(Clone)]
struct Pending {
    name: String,
    text: String,
}

fn megabytes(n: usize) -> String {
    format!("{} MB", joblens_core::text::fmt_num(n as f64 / 1_048_576.0, 1))
}

#[component]
pub fn PastePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let t = move |k: T| k.get(lang.get());
    let draft = RwSignal::new(String::new());
    let pending: RwSignal<Option<Pending>, LocalStorage> = RwSignal::new_local(None);

    let take_input = move || -> Option<Pending> {
        // Taken, not cloned: a pending file can be 75 MB.
        if let Some(p) = pending.try_update(Option::take).flatten() {
            return Some(p);
        }
        let text = draft.get_untracked();
        Some(Pending { name: t(T::PastedName).to_string(), text })
    };
    let run = move |append: bool| {
        let Some(input) = take_input() else { return };
        let text = if append {
            let current = state.data.with_untracked(|d| d.text.clone());
            format!("{}\n\n---\n\n{}", current.trim_end(), input.text)
        } else {
            input.text
        };
        let name = input.name;
        leptos::task::spawn_local(async move {
            if state.load(name, text, Source::Pasted, true).await {
                draft.set(String::new());
                pending.set(None);
            }
        });
    };

    let read_file = move |file: web_sys::File| {
        let name = file.name();
        leptos::task::spawn_local(async move {
            let Some(decoder) = crate::js::read_blob(&file).await else {
                state.say(true, Msg::FileUnreadable { name });
                return;
            };
            // Random bytes decode to mostly U+FFFD and control characters; a text file with a few bad bytes does not.
            if decoder.looks_binary() {
                state.say(true, Msg::NotText { name });
                return;
            }
            let (text, replaced) = decoder.finish();
            if replaced {
                state.say(false, Msg::NotUtf8 { name: name.clone() });
            }
            pending.set(Some(Pending { name, text }));
        });
    };

    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else { return };
        let Ok(text) = data.get_data("text") else { return };
        if text.len() > BIG_PASTE {
            ev.prevent_default();
            pending.set(Some(Pending { name: t(T::PastedName).to_string(), text }));
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            read_file(file);
        }
    };
    let on_file = move |ev: web_sys::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
            read_file(file);
        }
        if let Some(i) = input {
            i.set_value(""); // the same file can be chosen again
        }
    };
    let diagnostics = Memo::new(move |_| state.data.with(|d| d.parsed.diagnostics.clone()));
    let progress = state.progress;

    view! {
        <section class="panel paste" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2>{tr(lang, T::PasteTitle)}</h2>
            <textarea
                data-testid="paste-input"
                rows="8"
                placeholder=tr(lang, T::PasteHint)
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:paste=on_paste
            ></textarea>
            {move || {
                pending
                    .with(|p| p.as_ref().map(|p| format!("{} — {} ({})", p.name, megabytes(p.text.len()), p.text.chars().take(80).collect::<String>())))
                    .map(|s| view! { <p class="pending">{s}</p> })
            }}
            <div class="buttons">
                <button data-testid="paste-replace" on:click=move |_| run(false)>{tr(lang, T::Replace)}</button>
                <button data-testid="paste-append" on:click=move |_| run(true)>{tr(lang, T::Append)}</button>
                <label class="file">
                    {tr(lang, T::ChooseFile)}
                    <input type="file" data-testid="file-input" accept=".md,.txt,.csv,.json,text/*" on:change=on_file/>
                </label>
                <Show when=move || state.source.get() != Source::Default>
                    <button on:click=move |_| state.load_default()>{tr(lang, T::LoadDefault)}</button>
                </Show>
            </div>
            <Show when=move || progress.with(Option::is_some)>
                <div class="progress">
                    <span>{tr(lang, T::Parsing)}</span>
                    <progress
                        data-testid="parse-progress"
                        max=move || progress.with(|p| p.map_or(1, |p| p.total)).to_string()
                        value=move || progress.with(|p| p.map_or(0, |p| p.done)).to_string()
                    ></progress>
                    <span>
                        {move || {
                            progress
                                .with(|p| {
                                    p.map(|p| format!("{} / {} · {}", megabytes(p.done), megabytes(p.total), p.postings))
                                })
                        }}
                    </span>
                    <button data-testid="parse-cancel" on:click=move |_| state.cancel.set(true)>
                        {tr(lang, T::Cancel)}
                    </button>
                </div>
            </Show>
            <Show when=move || diagnostics.with(|d| !d.is_empty())>
                <details class="diagnostics" data-testid="diagnostics" open=move || diagnostics.with(|d| d.iter().any(|x| x.level != Level::Info))>
                    <summary>{tr(lang, T::Diagnostics)} " (" {move || diagnostics.with(Vec::len)} ")"</summary>
                    <ul>
                        {move || {
                            diagnostics
                                .get()
                                .into_iter()
                                .take(MAX_DIAGNOSTICS_SHOWN)
                                .map(|d| {
                                    let level = d.level.id();
                                    view! {
                                        <li class=level>
                                            {format!("{} {}: [{}] {} — {}", t(T::Line), d.line, level, d.code, d.message)}
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </details>
            </Show>
        </section>
    }
}
