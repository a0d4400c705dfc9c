//! The posting table: sortable columns, pages of 50 rows (only visible rows are rendered), postings without
//! salary listed and marked. A row opens the original text with the matched skills highlighted and the salary
//! rule shown.

use leptos::prelude::*;

use joblens_core::model::{Currency, Period, Posting};
use joblens_core::taxonomy::{concept_name, skill_name};

use super::tr;
use crate::charts::tier_label;
use crate::i18n::fmt_k;
use crate::i18n::{Lang, T};
use crate::state::{AppState, Sort, TableState};

const PAGE: usize = 50;

/// The salary cell: CNY as thousands per month (or per year in the annual view), other currencies as written.
fn salary_cell(p: &Posting, annual: bool, lang: Lang) -> String {
    let Some(s) = p.salary else {
        return T::NoSalary.get(lang).to_string();
    };
    if s.currency == Currency::Cny {
        let factor = if annual { s.months_or_default() } else { 1.0 };
        let (lo, hi) = s.monthly_range();
        let f = |v: Option<f64>| v.map(|v| fmt_k(v * factor));
        match (f(lo), f(hi)) {
            (Some(a), Some(b)) if a == b => a,
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("≥{a}"),
            (None, Some(b)) => format!("≤{b}"),
            (None, None) => String::new(),
        }
    } else {
        let n = |v: Option<f64>| v.map_or("…".to_string(), |v| joblens_core::text::fmt_num(v, 2));
        let per = match s.period {
            Period::Hour => "h",
            Period::Day => "day",
            Period::Month => "mo",
            Period::Year => "yr",
        };
        format!("{} {}–{}/{per}", s.currency.code(), n(s.min), n(s.max))
    }
}

fn sort_key(ds: &joblens_core::Dataset, i: u32, sort: Sort) -> (u8, f64, String) {
    let p = &ds.postings()[i as usize];
    let text = |s: Option<joblens_core::Span>| s.map_or(String::new(), |s| s.of(&ds.text).to_string());
    let num = |v: Option<f64>| v.map_or((1, 0.0), |v| (0, v));
    let (missing, n, s) = match sort {
        Sort::Line => (0, f64::from(p.line), String::new()),
        Sort::Company => (p.company.is_none() as u8, 0.0, text(p.company)),
        Sort::Title => (p.title.is_none() as u8, 0.0, text(p.title)),
        Sort::Tier => (p.tier.is_none() as u8, p.tier.map_or(0.0, |t| -(t as u8 as f64)), String::new()),
        Sort::Salary => {
            let (m, v) = num(Some(ds.monthly[i as usize]).filter(|v| !v.is_nan()));
            (m, v, String::new())
        }
        Sort::Months => {
            let (m, v) = num(p.salary.and_then(|s| s.months).map(f64::from));
            (m, v, String::new())
        }
        Sort::Experience => {
            let (m, v) = num(p.experience_min_years.map(f64::from));
            (m, v, String::new())
        }
        Sort::Education => (p.education.is_none() as u8, p.education.map_or(0.0, |e| e as u8 as f64), String::new()),
    };
    (missing, n, s)
}

#[component]
pub fn PostingTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let table = state.table;
    let t = move |k: T| k.get(lang.get());
    // Kept postings in the chosen order.
    let rows = Memo::new(move |_| {
        let TableState { sort, descending, .. } = table.get();
        let mut ix: Vec<u32> =
            state.keep.with(|k| k.iter().enumerate().filter(|(_, &b)| b).map(|(i, _)| i as u32).collect());
        if sort != Sort::Line {
            state.data.with(|ds| {
                ix.sort_by(|&a, &b| {
                    let (ka, kb) = (sort_key(ds, a, sort), sort_key(ds, b, sort));
                    ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1)).then(ka.2.cmp(&kb.2))
                })
            });
        }
        if descending {
            // Missing values stay last either way.
            let split = ix.iter().position(|&i| state.data.with(|ds| sort_key(ds, i, sort).0) == 1).unwrap_or(ix.len());
            ix[..split].reverse();
        }
        ix
    });
    let pages = move || rows.with(|r| r.len().div_ceil(PAGE).max(1));
    let page = move || table.with(|t| t.page).min(pages() - 1);
    let visible = Memo::new(move |_| {
        let p = page();
        rows.with(|r| r.iter().skip(p * PAGE).take(PAGE).copied().collect::<Vec<u32>>())
    });
    // Rows are keyed by their place on the page, not by posting: a filter change or a new page rewrites the texts
    // of the rows already there instead of removing 50 rows and building 50 new ones.
    let places = move || visible.with(|v| (0..v.len()).collect::<Vec<usize>>());
    let header = move |sort: Sort, label: T| {
        view! {
            <th
                class="sortable"
                on:click=move |_| {
                    table.update(|t| {
                        if t.sort == sort {
                            t.descending = !t.descending;
                        } else {
                            t.sort = sort;
                            t.descending = false;
                        }
                        t.page = 0;
                    })
                }
            >
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
                    <For each=places key=|place| *place let:place>
                        <Row place=place visible=visible/>
                    </For>
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
            <Detail/>
        </section>
    }
}

/// The row at `place` (0 to 49) on the page, showing whichever posting `visible` puts there.
#[component]
fn Row(place: usize, visible: Memo<Vec<u32>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = move || visible.with(|v| v.get(place).copied());
    let cells = move || {
        let annual = state.view.with(|v| v.annual);
        let lang = lang.get();
        state.data.with(|ds| {
            let Some(p) = index().and_then(|i| ds.postings().get(i as usize)) else {
                return Default::default();
            };
            let text = |s: Option<joblens_core::Span>| s.map_or(String::new(), |s| s.of(&ds.text).to_string());
            (
                text(p.company),
                text(p.title),
                p.tier.map_or(String::new(), |t| tier_label(t as usize, lang)),
                salary_cell(p, annual, lang),
                p.salary.is_none(),
                p.salary.and_then(|s| s.months).map_or(String::new(), |m| m.to_string()),
                p.experience_min_years.map_or(String::new(), |y| format!("{y}+")),
                p.education.map_or("", |e| e.label()).to_string(),
                p.skills.skill_names().join(", "),
            )
        })
    };
    view! {
        <tr
            data-testid="posting-row"
            class:selected=move || state.selected.get().is_some_and(|s| index() == Some(s))
            on:click=move |_| state.selected.set(visible.with_untracked(|v| v.get(place).copied()))
        >
            {move || {
                let (company, title, tier, salary, no_salary, months, exp, edu, skills) = cells();
                view! {
                    <td>{company}</td>
                    <td>{title}</td>
                    <td>{tier}</td>
                    <td class:missing=no_salary>{salary}</td>
                    <td>{months}</td>
                    <td>{exp}</td>
                    <td>{edu}</td>
                    <td class="skills-cell">{skills}</td>
                }
            }}
        </tr>
    }
}

/// The opened posting: its original text (as text, never as markup) with matched skills and concepts marked.
#[component]
fn Detail() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let content = move || {
        let i = state.selected.get()?;
        let lang = lang.get();
        state.data.with(|ds| {
            let p = ds.postings().get(i as usize)?;
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
                pieces.push((hit.to_string(), Some((name, m.concept))));
                at = e;
            }
            pieces.push((body[at..].to_string(), None));
            let rule = match p.salary {
                Some(s) => format!("`{}` → {} ({})", s.raw.of(&ds.text), salary_cell(p, false, lang), s.rule),
                None => T::NoSalary.get(lang).to_string(),
            };
            Some((p.line, rule, pieces))
        })
    };
    view! {
        {move || {
            content()
                .map(|(line, rule, pieces)| {
                    view! {
                        <div class="detail" data-testid="posting-detail">
                            <div class="detail-head">
                                <span>{tr(lang, T::Line)} " " {line}</span>
                                <span class="rule">{tr(lang, T::SalaryRule)} ": " {rule.clone()}</span>
                                <button on:click=move |_| state.selected.set(None)>
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
        }}
    }
}
