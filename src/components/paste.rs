//! Paste panel: a textarea, a file picker and file drop; replace or append; progress and cancel for long parses;
//! the parser's diagnostics. Text over a few MB is never rendered into the textarea (it would freeze the page):
//! a large paste is taken from the clipboard event, a file is read as bytes, and both wait as "pending".

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use joblens_core::model::Level;
use joblens_core::share::Read;
use joblens_core::Dataset;

use super::{fresh, show, tr};
use crate::i18n::{reading_line, shape_name, Lang, Msg, T};
use crate::reading::preview;
use crate::state::{DataState, Presentation, Progress, Source};

/// Pastes larger than this skip the textarea.
const BIG_PASTE: usize = 1 << 20;
const MAX_DIAGNOSTICS_SHOWN: usize = 200;

/// Text waiting to be loaded that is too large to show: its name and content.
#[derive(Clone)]
struct Pending {
    name: String,
    text: String,
}

type PendingSignal = RwSignal<Option<Pending>, LocalStorage>;

fn megabytes(n: usize) -> String {
    format!("{} MB", joblens_core::text::fmt_num(n as f64 / 1_048_576.0, 1))
}

/// Reads a chosen or dropped file into `pending`; says in the banner when it is unreadable, binary or not UTF-8.
fn read_file(file: web_sys::File, ui: Presentation, pending: PendingSignal) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        let Some(decoder) = crate::js::read_blob(&file).await else {
            ui.say(true, Msg::FileUnreadable { name });
            return;
        };
        // Random bytes decode to mostly U+FFFD and control characters; a text file with a few bad bytes does not.
        if decoder.looks_binary() {
            ui.say(true, Msg::NotText { name });
            return;
        }
        let (text, replaced) = decoder.finish();
        if replaced {
            ui.say(false, Msg::NotUtf8 { name: name.clone() });
        }
        pending.set(Some(Pending { name, text }));
    });
}

#[component]
pub fn PastePanel(data: DataState, ui: Presentation) -> impl IntoView {
    let lang = ui.lang;
    let draft = RwSignal::new(String::new());
    let pending: PendingSignal = RwSignal::new_local(None);

    // The read summary follows the text box a moment after typing stops (a paste parses at once): a 1 MB text
    // costs a few milliseconds to count, too much for every keystroke.
    let choice = RwSignal::new(Read::Found);
    let settled = RwSignal::new(0u64);
    let run = move |append: bool| {
        // Taken, not cloned: a pending file can be 75 MB.
        let input = pending
            .try_update(Option::take)
            .flatten()
            .unwrap_or_else(|| Pending { name: ui.t(T::PastedName).to_string(), text: draft.get_untracked() });
        let text = if append {
            let current = data.dataset.with_untracked(|d| d.text.clone());
            format!("{}\n\n---\n\n{}", current.trim_end(), input.text)
        } else {
            input.text
        };
        let name = input.name;
        let read = choice.get_untracked();
        leptos::task::spawn_local(async move {
            if data.load(ui, name.clone(), text, (Source::Pasted, read), true).await {
                draft.set(String::new());
                pending.set(None);
                // What came in is said above the charts, and the charts are brought into view.
                let lang = lang.get_untracked();
                let n = data.dataset.with_untracked(|d| d.len());
                let shape = data.reading.get_untracked().map_or("", |r| shape_name(r.shape, lang)).to_string();
                ui.loaded.set(Some(Msg::Loaded { name, n, shape }.text(lang)));
                crate::js::scroll_to("content");
            }
        });
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            read_file(file, ui, pending);
        }
    };

    view! {
        <section class="panel paste" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2>{tr(lang, T::PasteTitle)}</h2>
            <PasteBox draft=draft pending=pending settled=settled ui=ui/>
            <ReadSummary data=data draft=draft pending=pending settled=settled choice=choice ui=ui/>
            <div class="buttons">
                <button data-testid="paste-replace" on:click=move |_| run(false)>{tr(lang, T::Replace)}</button>
                <button data-testid="paste-append" on:click=move |_| run(true)>{tr(lang, T::Append)}</button>
                <FilePicker pending=pending ui=ui/>
                {show(
                    move || data.source.get() != Source::Default,
                    move || {
                        view! {
                            <button on:click=move |_| data.load_default(ui)>{tr(lang, T::LoadDefault)}</button>
                        }
                    },
                )}
            </div>
            <ParseProgress progress=data.progress cancel=data.cancel lang=lang/>
            <Diagnostics dataset=data.dataset lang=lang/>
        </section>
    }
}

/// Quiet time after the last keystroke before the read summary is recounted.
const SETTLE_MS: u64 = 250;

/// How the text in the box (or a pending file), else the shown data, is read, and the control that reads it as one
/// posting instead. With nothing in the box the control re-reads the shown data.
#[component]
fn ReadSummary(
    data: DataState,
    draft: RwSignal<String>,
    pending: PendingSignal,
    settled: RwSignal<u64>,
    choice: RwSignal<Read>,
    ui: Presentation,
) -> impl IntoView {
    let lang = ui.lang;
    let has_input = move || pending.with(Option::is_some) || draft.with(|d| !d.trim().is_empty());
    let input_reading = Memo::new(move |_| {
        settled.track();
        let read = choice.get();
        pending
            .with(|p| p.as_ref().map(|p| preview(&p.text, read)))
            .unwrap_or_else(|| draft.with_untracked(|d| preview(d, read)))
    });
    let line = move || {
        let reading = if has_input() { input_reading.get() } else { data.reading.get() };
        reading.map(|r| reading_line(r, lang.get()))
    };
    let checked = move || if has_input() { choice.get() } else { data.read.get() } == Read::Whole;
    let on_change = move |ev: web_sys::Event| {
        let read = if event_target_checked(&ev) { Read::Whole } else { Read::Found };
        choice.set(read);
        let source = data.source.get_untracked();
        if has_input() || source == Source::Default || data.read.get_untracked() == read {
            return;
        }
        // Nothing in the box: the shown data is read again the other way (and saved or linked that way).
        let (name, text) = data.dataset.with_untracked(|d| (d.name.clone(), d.text.clone()));
        let save = source == Source::Pasted;
        leptos::task::spawn_local(async move {
            data.load(ui, name, text, (source, read), save).await;
        });
    };
    view! {
        <div class="read">
            <span data-testid="read-summary">{line}</span>
            <label class="chip">
                <input type="checkbox" data-testid="read-as-text" prop:checked=checked on:change=on_change/>
                {tr(lang, T::ReadAsText)}
            </label>
        </div>
    }
}

/// The textarea, and the pending text too large to show in it.
#[component]
fn PasteBox(
    draft: RwSignal<String>,
    pending: PendingSignal,
    settled: RwSignal<u64>,
    ui: Presentation,
) -> impl IntoView {
    let lang = ui.lang;
    // Keystrokes so far: a recount waits until none came for SETTLE_MS.
    let typed = StoredValue::new(0u64);
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else { return };
        let Ok(text) = data.get_data("text") else { return };
        if text.len() > BIG_PASTE {
            ev.prevent_default();
            pending.set(Some(Pending { name: ui.t(T::PastedName).to_string(), text }));
        }
    };
    view! {
        <textarea
            data-testid="paste-input"
            rows="8"
            placeholder=tr(lang, T::PasteHint)
            prop:value=move || draft.get()
            on:input=move |ev| {
                draft.set(event_target_value(&ev));
                let mine = typed.get_value() + 1;
                typed.set_value(mine);
                set_timeout(
                    move || {
                        if typed.try_get_value() == Some(mine) {
                            settled.update(|n| *n += 1);
                        }
                    },
                    std::time::Duration::from_millis(SETTLE_MS),
                );
            }
            on:paste=on_paste
        ></textarea>
        {fresh(move || {
            pending
                .with(|p| p.as_ref().map(|p| format!("{} — {} ({})", p.name, megabytes(p.text.len()), p.text.chars().take(80).collect::<String>())))
                .map(|s| view! { <p class="pending">{s}</p> })
        })}
    }
}

/// The file picker; a file chosen becomes the pending text.
#[component]
fn FilePicker(pending: PendingSignal, ui: Presentation) -> impl IntoView {
    let on_file = move |ev: web_sys::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
            read_file(file, ui, pending);
        }
        if let Some(i) = input {
            i.set_value(""); // the same file can be chosen again
        }
    };
    view! {
        <label class="file">
            {tr(ui.lang, T::ChooseFile)}
            <input type="file" data-testid="file-input" accept=".md,.txt,.csv,.json,text/*" on:change=on_file/>
        </label>
    }
}

/// The progress bar and cancel button of a parse under way.
#[component]
fn ParseProgress(progress: RwSignal<Option<Progress>>, cancel: RwSignal<bool>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        {show(
            move || progress.with(Option::is_some),
            move || {
                view! {
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
                        <button data-testid="parse-cancel" on:click=move |_| cancel.set(true)>
                            {tr(lang, T::Cancel)}
                        </button>
                    </div>
                }
            },
        )}
    }
}

/// The parser's diagnostics for the shown data, open when any is more than information.
#[component]
fn Diagnostics(dataset: RwSignal<Arc<Dataset>>, lang: Memo<Lang>) -> impl IntoView {
    let diagnostics = Memo::new(move |_| dataset.with(|d| d.parsed.diagnostics.clone()));
    view! {
        {show(
            move || diagnostics.with(|d| !d.is_empty()),
            move || {
                view! {
                    <details class="diagnostics" data-testid="diagnostics" open=move || diagnostics.with(|d| d.iter().any(|x| x.level != Level::Info))>
                        <summary>{tr(lang, T::Diagnostics)} " (" {move || diagnostics.with(Vec::len)} ")"</summary>
                        <ul>
                            {fresh(move || {
                                let line = T::Line.get(lang.get());
                                diagnostics
                                    .get()
                                    .into_iter()
                                    .take(MAX_DIAGNOSTICS_SHOWN)
                                    .map(|d| {
                                        let level = d.level.id();
                                        view! {
                                            <li class=level>
                                                {format!("{line} {}: [{}] {} — {}", d.line, level, d.code, d.message)}
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            })}
                        </ul>
                    </details>
                }
            },
        )}
    }
}
