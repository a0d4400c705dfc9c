//! The skill picker: one search box over every skill the data names (with how many postings name it), a
//! suggestion list driven by the keyboard (↑ ↓ Enter Escape) or the mouse, and a chip per chosen skill that cycles
//! must → any → not on a click and goes with its ×. The URL keys stay `skills`, `any` and `not`.

use leptos::prelude::*;

use joblens_core::share::View;
use joblens_core::taxonomy::skill_name;

use super::{fresh, keyed, show, tr};
use crate::active::{chosen_skills, set_skill, skill_state, suggest, SkillState};
use crate::i18n::{Lang, T};
use crate::state::DataState;

#[component]
pub fn SkillPicker(view: RwSignal<View>, data: DataState, lang: Memo<Lang>) -> impl IntoView {
    let dataset = data.dataset;
    let counts = Memo::new(move |_| {
        dataset.with(|d| d.skill_postings.iter().enumerate().map(|(id, b)| (id as u16, b.count())).collect::<Vec<_>>())
    });
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    // The suggestion the arrows point at.
    let active = RwSignal::new(None::<usize>);
    let found = Memo::new(move |_| {
        let q = query.get();
        view.with(|v| counts.with(|c| suggest(c, &q, &v.filters)))
    });
    let choose = move |id: u16| {
        view.update(|v| set_skill(&mut v.filters, id, Some(SkillState::Must)));
        query.set(String::new());
        active.set(None);
        // Closed, so that the list does not cover the chips; typing or an arrow opens it again.
        open.set(false);
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let len = found.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if len > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                open.set(true);
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => len - 1,
                        (Some(i), true) => (i + 1) % len,
                        (Some(i), false) => (i + len - 1) % len,
                    })
                });
            }
            "Enter" => {
                ev.prevent_default();
                // The highlighted suggestion, else the first one for what was typed.
                let typed = !query.with(|q| q.trim().is_empty());
                let pick = match active.get_untracked() {
                    Some(i) => found.with_untracked(|f| f.get(i).map(|s| s.0)),
                    None if typed => found.with_untracked(|f| f.first().map(|s| s.0)),
                    None => None,
                };
                if let Some(id) = pick {
                    choose(id);
                } else {
                    open.set(true);
                }
            }
            "Escape" => {
                // Not the search box's own Escape, which would clear the text and reopen the list.
                ev.prevent_default();
                if open.get_untracked() {
                    open.set(false);
                } else {
                    query.set(String::new());
                }
                active.set(None);
            }
            _ => {}
        }
    };
    let chips =
        Memo::new(move |_| view.with(|v| chosen_skills(&v.filters).into_iter().map(|c| c.0).collect::<Vec<_>>()));
    let state_of = move |id: u16| view.with(|v| skill_state(&v.filters, id)).unwrap_or(SkillState::Must);
    let row = move |id: u64| {
        let id = id as u16;
        view! {
            <span
                class="skill-chip"
                data-testid="skill-chip"
                data-skill=skill_name(id)
                data-state=move || state_of(id).id()
            >
                <button
                    class="cycle"
                    title=tr(lang, T::SkillPickerHint)
                    on:click=move |_| {
                        view.update(|v| {
                            let next = skill_state(&v.filters, id).unwrap_or(SkillState::Must).next();
                            set_skill(&mut v.filters, id, Some(next));
                        })
                    }
                >
                    <span class="state">{move || state_of(id).label(lang.get())}</span>
                    {skill_name(id)}
                </button>
                <button
                    class="remove"
                    aria-label=move || format!("{} {}", T::Remove.get(lang.get()), skill_name(id))
                    on:click=move |_| view.update(|v| set_skill(&mut v.filters, id, None))
                >
                    "×"
                </button>
            </span>
        }
        .into_any()
    };
    view! {
        <div class="field skill-picker">
            <label for="skill-picker">{tr(lang, T::SkillsPicker)}</label>
            <div class="skill-search">
                <input
                    id="skill-picker"
                    type="search"
                    role="combobox"
                    autocomplete="off"
                    aria-autocomplete="list"
                    aria-controls="skill-suggestions"
                    data-testid="skill-picker"
                    placeholder=tr(lang, T::SkillSearch)
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-activedescendant=move || active.get().map(|i| format!("skill-option-{i}"))
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        active.set(None);
                        open.set(true);
                    }
                    on:focus=move |_| open.set(true)
                    on:blur=move |_| {
                        open.set(false);
                        active.set(None);
                    }
                    on:keydown=keydown
                />
                {show(
                    move || open.get(),
                    move || {
                        view! {
                            <ul id="skill-suggestions" class="suggestions" role="listbox">
                                {fresh(move || {
                                    let shown = found.get();
                                    if shown.is_empty() {
                                        return view! { <li class="none">{tr(lang, T::NoSkillFound)}</li> }.into_any();
                                    }
                                    shown
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, (id, n))| {
                                            view! {
                                                <li
                                                    id=format!("skill-option-{i}")
                                                    role="option"
                                                    data-skill=skill_name(id)
                                                    aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                                                    class:active=move || active.get() == Some(i)
                                                    // Mouse down, not click: the box keeps the focus, so the list stays.
                                                    on:mousedown=move |ev| {
                                                        ev.prevent_default();
                                                        choose(id);
                                                    }
                                                >
                                                    <span>{skill_name(id)}</span>
                                                    <span class="n">{n}</span>
                                                </li>
                                            }
                                        })
                                        .collect_view()
                                        .into_any()
                                })}
                            </ul>
                        }
                    },
                )}
            </div>
            {show(
                move || chips.with(|c| !c.is_empty()),
                move || {
                    view! {
                        <p class="hint">{tr(lang, T::SkillPickerHint)}</p>
                    }
                },
            )}
            <div class="skill-chips">
                {keyed(move || chips.with(|c| c.iter().map(|&id| u64::from(id)).collect()), row)}
            </div>
        </div>
    }
}
