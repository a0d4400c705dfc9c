//! The posting table: sortable columns, pages of 50 rows (only visible rows are rendered), postings without
//! salary listed and marked. A row opens the original text with the matched skills highlighted and the salary
//! rule shown.

use leptos::prelude::*;

use joblens_core::share::Read;
use joblens_core::taxonomy::{concept_name, skill_name};
use joblens_core::{Period, Provenance};

use super::{fresh, keyed, tr};
use crate::i18n::T;
use crate::rows::{self, salary_cell, Cells, Sort, TableState};
use crate::state::{DataState, Presentation, ViewState};

const PAGE: usize = 50;

/// Enter or Space on a focused row or header does what a click does (they are not buttons, so the browser does
/// not do it for them).
fn on_activate(ev: &leptos::ev::KeyboardEvent, run: impl Fn()) {
    if matches!(ev.key().as_str(), "Enter" | " ") {
        ev.prevent_default();
        run();
    }
}

#[component]
pub fn PostingTable(data: DataState, view: ViewState, ui: Presentation) -> impl IntoView {
    let lang = ui.lang;
    let table = ui.table;
    let t = move |k: T| k.get(lang.get());
    // Kept postings in the chosen order.
    let rows = Memo::new(move |_| {
        let TableState { sort, descending, .. } = table.get();
        data.dataset.with(|ds| view.keep.with(|k| rows::order(ds, k, sort, descending)))
    });
    let pages = move || rows.with(|r| r.len().div_ceil(PAGE).max(1));
    let page = move || table.with(|t| t.page).min(pages() - 1);
    let visible = Memo::new(move |_| {
        let p = page();
        rows.with(|r| r.iter().skip(p * PAGE).take(PAGE).copied().collect::<Vec<u32>>())
    });
    // Rows are keyed by their place on the page, not by posting: a filter change or a new page rewrites the texts
    // of the rows already there instead of removing 50 rows and building 50 new ones.
    let places = move || visible.with(|v| (0..v.len() as u64).collect());
    let header = move |sort: Sort, label: T| {
        let by = move || {
            table.update(|t| {
                if t.sort == sort {
                    t.descending = !t.descending;
                } else {
                    t.sort = sort;
                    t.descending = false;
                }
                t.page = 0;
            })
        };
        view! {
            <th class="sortable" tabindex="0" on:click=move |_| by() on:keydown=move |ev| on_activate(&ev, by)>
                {tr(lang, label)}
                {move || {
                    let s = table.get();
                    if s.sort == sort { if s.descending { " ▼" } else { " ▲" } } else { "" }
                }}
            </th>
        }
    };
    view! {
        <section class="panel table">
            <table>
                <thead>
                    <tr>
                        {header(Sort::Company, T::Company)}
                        {header(Sort::Title, T::Title)}
                        {header(Sort::Tier, T::Tier)}
                        {header(Sort::Salary, T::Salary)}
                        {header(Sort::Months, T::Months)}
                        {header(Sort::Experience, T::Experience)}
                        {header(Sort::Education, T::Education)}
                        <th>{tr(lang, T::Skills)}</th>
                    </tr>
                </thead>
                <tbody>
                    {keyed(
                        places,
                        move |place| {
                            view! { <Row place=place as usize visible=visible data=data view=view ui=ui/> }.into_any()
                        },
                    )}
                </tbody>
            </table>
            <div class="pager">
                <button
                    disabled=move || page() == 0
                    on:click=move |_| table.update(|t| t.page = t.page.saturating_sub(1))
                >
                    {tr(lang, T::Prev)}
                </button>
                <span>{move || format!("{} {} / {}", t(T::Page), page() + 1, pages())}</span>
                <button
                    disabled=move || { page() + 1 >= pages() }
                    on:click=move |_| table.update(|t| t.page = (t.page + 1).min(pages() - 1))
                >
                    {tr(lang, T::Next)}
                </button>
            </div>
            <Detail data=data ui=ui/>
        </section>
    }
}

/// The row at `place` (0 to 49) on the page, showing whichever posting `visible` puts there.
#[component]
fn Row(place: usize, visible: Memo<Vec<u32>>, data: DataState, view: ViewState, ui: Presentation) -> impl IntoView {
    let lang = ui.lang;
    let index = move || visible.with(|v| v.get(place).copied());
    let open = move || ui.selected.set(visible.with_untracked(|v| v.get(place).copied()));
    let cells = move || {
        let annual = view.annual();
        let lang = lang.get();
        data.dataset.with(|ds| index().map_or_else(Cells::default, |i| rows::cells(ds, i, annual, lang)))
    };
    view! {
        <tr
            data-testid="posting-row"
            tabindex="0"
            class:selected=move || ui.selected.get().is_some_and(|s| index() == Some(s))
            on:click=move |_| open()
            on:keydown=move |ev| on_activate(&ev, open)
        >
            {move || {
                let Cells { company, title, tier, salary, no_salary, months, experience, education, skills } = cells();
                view! {
                    <td>{company}</td>
                    <td>{title}</td>
                    <td>{tier}</td>
                    <td class:missing=no_salary>{salary}</td>
                    <td>{months}</td>
                    <td>{experience}</td>
                    <td>{education}</td>
                    <td class="skills-cell">{skills}</td>
                }
            }}
        </tr>
    }
}

/// The opened posting: its original text (as text, never as markup) with matched skills and concepts marked.
#[component]
fn Detail(data: DataState, ui: Presentation) -> impl IntoView {
    let lang = ui.lang;
    let content = move || {
        let i = ui.selected.get()?;
        let lang = lang.get();
        data.dataset.with(|ds| {
            let p = ds.postings().get(i as usize)?;
            // A table row names the column of each value read (`技能要求`, `salary`).
            let whole = data.read.get_untracked() == Read::Whole;
            let row = Provenance::new(&ds.text, whole).row(&ds.text, p);
            let in_column = |at: u32| {
                let column = row.as_ref().and_then(|r| r.column(at as usize))?;
                Some(format!(" · {} {column}", T::Column.get(lang)))
            };
            let base = p.span.start as usize;
            let body = p.span.of(&ds.text);
            let mut pieces = Vec::new();
            let mut at = 0;
            for m in &p.matches {
                // A span that does not fit the text is skipped, never sliced: a bad offset must not crash the page.
                let (Some(s), Some(e)) =
                    ((m.span.start as usize).checked_sub(base), (m.span.end as usize).checked_sub(base))
                else {
                    continue;
                };
                let (Some(before), Some(hit)) = (body.get(at..s), body.get(s..e)) else { continue };
                pieces.push((before.to_string(), None));
                let name = if m.concept { concept_name(m.id) } else { skill_name(m.id) };
                let title = name.to_string() + &in_column(m.span.start).unwrap_or_default();
                pieces.push((hit.to_string(), Some((title, m.concept))));
                at = e;
            }
            pieces.push((body[at..].to_string(), None));
            let rule = match p.salary {
                // In the period it was written in (a yearly figure per year), with the column it was read in.
                Some(s) => {
                    let cell = salary_cell(p, s.period == Period::Year, lang);
                    let column = in_column(s.raw.start).unwrap_or_default();
                    format!("`{}` → {cell} ({}){column}", s.raw.of(&ds.text), s.rule)
                }
                None => T::NoSalary.get(lang).to_string(),
            };
            Some((p.line, rule, pieces))
        })
    };
    view! {
        {fresh(move || {
            content()
                .map(|(line, rule, pieces)| {
                    view! {
                        <div class="detail" data-testid="posting-detail">
                            <div class="detail-head">
                                <span>{tr(lang, T::Line)} " " {line}</span>
                                <span class="rule">{tr(lang, T::SalaryRule)} ": " {rule.clone()}</span>
                                <button on:click=move |_| ui.selected.set(None)>
                                    {tr(lang, T::Close)}
                                </button>
                            </div>
                            <pre class="original">
                                {pieces
                                    .into_iter()
                                    .map(|(text, mark)| match mark {
                                        None => text.into_any(),
                                        Some((name, concept)) => {
                                            view! { <mark class:concept=concept title=name>{text}</mark> }.into_any()
                                        }
                                    })
                                    .collect_view()}
                            </pre>
                        </div>
                    }
                })
        })}
    }
}
