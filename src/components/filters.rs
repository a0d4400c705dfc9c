//! Filters: company size, skills (one picker: each chosen skill must / may / must not be named), text, salary range, maximum experience, education,
//! one checkbox list per value field of `joblens_core::fields::FIELDS` (city, remote), and a reset. Every control writes the view; the URL follows.

use leptos::prelude::*;

use joblens_core::fields::{same_value, FIELDS};
use joblens_core::filter::PayChoice;
use joblens_core::share::View;
use joblens_core::{Education, Filters, Tier};

use super::skills::SkillPicker;
use super::{keyed, show, tr};
use crate::charts::tier_label;
use crate::i18n::{edu_label, group_label, salary_range_label, Lang, T};
use crate::state::DataState;

fn number(s: &str) -> Option<f64> {
    joblens_core::text::parse_num(s.trim())
}

/// The panel: one control per filter, over `view`; `data` only says which skills to offer. The controls are
/// mounted once `ready` (the panel's frame at once, as index.html's static shell has it).
#[component]
pub fn FilterPanel(view: RwSignal<View>, data: DataState, lang: Memo<Lang>, ready: RwSignal<bool>) -> impl IntoView {
    view! {
        <section class="panel filters">
            <h2>{tr(lang, T::Filters)}</h2>
            {show(move || ready.get(), move || view! { <FilterControls view=view data=data lang=lang/> })}
        </section>
    }
}

#[component]
fn FilterControls(view: RwSignal<View>, data: DataState, lang: Memo<Lang>) -> impl IntoView {
    view! {
            <TierFilter view=view lang=lang/>
            <SearchFilter view=view lang=lang/>
            <SalaryFilter view=view data=data lang=lang/>
            <ExperienceFilter view=view lang=lang/>
            <EducationFilter view=view lang=lang/>
            {(0..FIELDS.len()).map(|field| view! { <FieldFilter view=view data=data lang=lang field=field/> }).collect_view()}
            <SkillPicker view=view data=data lang=lang/>
            <button
                data-testid="reset-filters"
                on:click=move |_| {
                    // The month / year switch is not a filter: it stays.
                    view.update(|v| {
                        let annual = v.filters.pay.annual;
                        v.filters = Filters { pay: PayChoice { currency: None, annual }, ..Filters::default() };
                    })
                }
            >
                {tr(lang, T::Reset)}
            </button>
    }
}

/// A checkbox per company-size tier.
#[component]
fn TierFilter(view: RwSignal<View>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <fieldset data-testid="filter-tier">
            <legend>{tr(lang, T::CompanySize)}</legend>
            {Tier::ALL
                .into_iter()
                .map(|tier| {
                    view! {
                        <label class="chip">
                            <input
                                type="checkbox"
                                value=tier.id()
                                prop:checked=move || view.with(|v| v.filters.tiers.contains(&tier))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    view.update(|v| {
                                        v.filters.tiers.retain(|t| *t != tier);
                                        if on {
                                            v.filters.tiers.push(tier);
                                            joblens_core::bits::sort_by(&mut v.filters.tiers, Ord::cmp);
                                        }
                                    });
                                }
                            />
                            {move || tier_label(tier as usize, lang.get())}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The text search over company, title and body.
#[component]
fn SearchFilter(view: RwSignal<View>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{tr(lang, T::Search)}</span>
            <input
                type="search"
                data-testid="filter-q"
                prop:value=move || view.with(|v| v.filters.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    view.update(|v| v.filters.q = q);
                }
            />
        </label>
    }
}

/// The salary range, in thousands of the shown currency per the shown period; either end may be empty.
#[component]
fn SalaryFilter(view: RwSignal<View>, data: DataState, lang: Memo<Lang>) -> impl IntoView {
    let dataset = data.dataset;
    let heading = move || {
        let choice = view.with(|v| v.filters.pay);
        dataset.with(|ds| salary_range_label(choice.resolve(ds), lang.get()))
    };
    let salary_end = move |hi: bool| {
        move || {
            view.with(|v| {
                v.filters
                    .salary
                    .and_then(|(a, b)| if hi { b } else { a })
                    .map(|x| joblens_core::text::fmt_num(x, 3))
                    .unwrap_or_default()
            })
        }
    };
    let set_salary = move |hi: bool, value: String| {
        view.update(|v| {
            let (mut a, mut b) = v.filters.salary.unwrap_or((None, None));
            if hi {
                b = number(&value);
            } else {
                a = number(&value);
            }
            v.filters.salary = (a.is_some() || b.is_some()).then_some((a, b));
        })
    };
    view! {
        <div class="field">
            <span>{heading}</span>
            <div class="range">
                <input
                    type="number"
                    min="0"
                    step="1"
                    data-testid="filter-salary-min"
                    placeholder=tr(lang, T::Min)
                    prop:value=salary_end(false)
                    on:change=move |ev| set_salary(false, event_target_value(&ev))
                />
                "–"
                <input
                    type="number"
                    min="0"
                    step="1"
                    data-testid="filter-salary-max"
                    placeholder=tr(lang, T::Max)
                    prop:value=salary_end(true)
                    on:change=move |ev| set_salary(true, event_target_value(&ev))
                />
            </div>
        </div>
    }
}

/// The most years of experience a posting may ask for.
#[component]
fn ExperienceFilter(view: RwSignal<View>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{tr(lang, T::MaxExperience)}</span>
            <input
                type="number"
                min="0"
                max="50"
                step="any"
                data-testid="filter-exp"
                prop:value=move || view.with(|v| v.filters.exp.map(crate::active::fmt_years).unwrap_or_default())
                on:change=move |ev| {
                    let exp = event_target_value(&ev).trim().parse::<f32>().ok().filter(|y| (0.0..=50.0).contains(y));
                    view.update(|v| v.filters.exp = exp);
                }
            />
        </label>
    }
}

/// The user's degree.
#[component]
fn EducationFilter(view: RwSignal<View>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{tr(lang, T::Education)}</span>
            <select
                data-testid="filter-edu"
                prop:value=move || view.with(|v| v.filters.edu.map(|e| e.id()).unwrap_or(""))
                on:change=move |ev| {
                    let edu = Education::from_id(&event_target_value(&ev));
                    view.update(|v| v.filters.edu = edu);
                }
            >
                <option value="">{tr(lang, T::Any)}</option>
                {Education::ALL
                    .into_iter()
                    .map(|e| view! { <option value=e.id()>{move || edu_label(e, lang.get())}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Values a field filter offers when they come from the data: the most frequent.
const TOP_VALUES: usize = 12;

/// A checkbox per value of field `field` of `FIELDS`: its fixed values, or the data's most frequent ones.
#[component]
fn FieldFilter(view: RwSignal<View>, data: DataState, lang: Memo<Lang>, field: usize) -> impl IntoView {
    let def = &FIELDS[field];
    let dataset = data.dataset;
    // Nothing is offered while no posting says and nothing is chosen (the default corpus names no city).
    let offered = Memo::new(move |_| {
        view.with(|v| {
            dataset.with(|d| match def.fixed {
                Some(_) if d.fields[field].values.is_empty() && v.filters.values(field).is_empty() => Vec::new(),
                Some(fixed) => fixed.iter().map(|g| g.id.into()).collect::<Vec<Box<str>>>(),
                None => d.fields[field].offered(TOP_VALUES, v.filters.values(field)),
            })
        })
    });
    let label = move |value: &str| match def.fixed.and_then(|f| f.iter().find(|g| g.id == value)) {
        Some(g) => group_label(g, lang.get()).to_string(),
        None => value.to_string(),
    };
    let row = move |value: String| {
        let value: Box<str> = value.into();
        view! {
            <label class="chip">
                <input
                    type="checkbox"
                    value=value.to_string()
                    prop:checked={
                        let value = value.clone();
                        move || view.with(|v| v.filters.values(field).iter().any(|x| same_value(x, &value)))
                    }
                    on:change={
                        let value = value.clone();
                        move |ev| {
                            let on = event_target_checked(&ev);
                            view.update(|v| {
                                let values = v.filters.values_mut(field);
                                values.retain(|x| !same_value(x, &value));
                                if on {
                                    values.push(value.clone());
                                }
                            });
                        }
                    }
                />
                {
                    let value = value.clone();
                    move || label(&value)
                }
            </label>
        }
        .into_any()
    };
    view! {
        {show(
            move || offered.with(|o| !o.is_empty()),
            move || {
                view! {
                    <fieldset data-testid=format!("filter-{}", def.key())>
                        <legend>{move || group_label(&def.name, lang.get())}</legend>
                        {keyed(move || offered.with(|o| o.iter().map(|v| v.to_string()).collect()), row)}
                    </fieldset>
                }
            },
        )}
    }
}
