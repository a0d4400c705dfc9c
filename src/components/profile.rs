//! My profile: tick your skills and years of experience; see which of the shown postings fit you (you have at
//! least half of the skills they name and the experience they ask), their pay band, and the skills you most often
//! lack in them.

use leptos::prelude::*;

use joblens_core::model::Currency;
use joblens_core::stats::Quartiles;
use joblens_core::taxonomy::{skill_name, SkillSet, SET_CAPACITY};

use super::tr;
use crate::i18n::fmt_k;
use crate::i18n::T;
use crate::state::AppState;

/// What the profile finds among the shown postings.
#[derive(Clone, Debug, Default, PartialEq)]
struct Fit {
    fitting: usize,
    band: Quartiles,
    missing: Vec<(u16, usize)>,
}

#[component]
pub fn ProfilePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let profile = state.profile;
    let top_skills =
        Memo::new(move |_| state.stats.with(|s| s.skills.iter().take(30).map(|s| s.id).collect::<Vec<u16>>()));
    let fit = Memo::new(move |_| {
        let p = profile.get();
        if p.skills.is_empty() && p.years.is_none() {
            return None;
        }
        let mine: SkillSet = p.skills.iter().copied().collect();
        let mut pay = Vec::new();
        let mut missing = [0usize; SET_CAPACITY];
        let mut fitting = 0;
        state.data.with(|ds| {
            state.keep.with(|keep| {
                for (i, post) in ds.postings().iter().enumerate() {
                    if !keep[i] {
                        continue;
                    }
                    let years_ok = match (p.years, post.experience_min_years) {
                        (Some(mine), Some(asked)) => asked <= mine,
                        _ => true,
                    };
                    let named = post.skills.len();
                    let have = post.skills.iter().filter(|s| mine.contains(*s)).count();
                    if !years_ok || (named > 0 && have * 2 < named) {
                        continue;
                    }
                    fitting += 1;
                    if post.salary.is_some_and(|s| s.currency == Currency::Cny) {
                        pay.push(ds.monthly[i]);
                    }
                    for s in post.skills.iter().filter(|s| !mine.contains(*s)) {
                        missing[s as usize] += 1;
                    }
                }
            })
        });
        pay.sort_by(f64::total_cmp);
        let mut missing: Vec<(u16, usize)> =
            (0..SET_CAPACITY as u16).filter(|&s| missing[s as usize] > 0).map(|s| (s, missing[s as usize])).collect();
        missing.sort_by(|a, b| b.1.cmp(&a.1).then(skill_name(a.0).cmp(skill_name(b.0))));
        missing.truncate(5);
        Some(Fit { fitting, band: Quartiles::of_sorted(&pay), missing })
    });
    view! {
        <section class="panel profile" data-testid="profile">
            <h2>{tr(lang, T::Profile)}</h2>
            <p class="hint">{tr(lang, T::ProfileHint)}</p>
            <div class="chips">
                <For each=move || top_skills.get() key=|id| *id let:id>
                    <label class="chip">
                        <input
                            type="checkbox"
                            value=skill_name(id)
                            prop:checked=move || profile.with(|p| p.skills.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                profile.update(|p| {
                                    p.skills.retain(|s| *s != id);
                                    if on {
                                        p.skills.push(id);
                                    }
                                });
                            }
                        />
                        {skill_name(id)}
                    </label>
                </For>
            </div>
            <label class="field">
                <span>{tr(lang, T::MyYears)}</span>
                <input
                    type="number"
                    min="0"
                    max="50"
                    on:change=move |ev| {
                        let y = event_target_value(&ev).trim().parse::<u8>().ok();
                        profile.update(|p| p.years = y);
                    }
                />
            </label>
            {move || {
                fit.get()
                    .map(|f| {
                        let band = if f.band.n > 0 {
                            format!("{} – {} (n={})", fmt_k(f.band.p25), fmt_k(f.band.p75), f.band.n)
                        } else {
                            "—".to_string()
                        };
                        let missing = f
                            .missing
                            .iter()
                            .map(|(s, n)| format!("{} ({n})", skill_name(*s)))
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <dl class="fit">
                                <dt>{f.fitting} " " {tr(lang, T::Fitting)}</dt>
                                <dt>{tr(lang, T::PayBand)}</dt>
                                <dd>{band}</dd>
                                <dt>{tr(lang, T::Missing)}</dt>
                                <dd>{missing}</dd>
                            </dl>
                        }
                    })
            }}
        </section>
    }
}
