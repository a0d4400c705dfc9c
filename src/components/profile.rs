//! My profile: tick your skills and years of experience; see which of the shown postings fit you, their pay band,
//! and the skills you most often lack in them (`joblens_core::profile` decides what fits).

use leptos::prelude::*;

use joblens_core::profile::{self, Fit, Profile};
use joblens_core::taxonomy::skill_name;
use joblens_core::Currency;

use super::{fresh, keyed, tr};
use crate::i18n::{fmt_k, Lang, T};
use crate::state::{DataState, Presentation, ViewState};

/// How many of the shown postings' most frequent skills the panel offers.
const SKILLS_OFFERED: usize = 30;

#[component]
pub fn ProfilePanel(data: DataState, view: ViewState, ui: Presentation) -> impl IntoView {
    let (lang, profile) = (ui.lang, ui.profile);
    let stats = view.stats;
    let offered =
        Memo::new(move |_| stats.with(|s| s.skills.iter().take(SKILLS_OFFERED).map(|s| s.id).collect::<Vec<u16>>()));
    let fit = Memo::new(move |_| {
        let p = profile.get();
        if p.is_empty() {
            return None;
        }
        let currency = view.pay.get().currency;
        Some((data.dataset.with(|ds| view.keep.with(|keep| profile::fit(ds, keep, &p, currency))), currency))
    });
    view! {
        <section class="panel profile" data-testid="profile">
            <h2>{tr(lang, T::Profile)}</h2>
            <p class="hint">{tr(lang, T::ProfileHint)}</p>
            <MySkills profile=profile offered=offered/>
            <MyYears profile=profile lang=lang/>
            {fresh(move || fit.get().map(|(f, currency)| view! { <FitSummary fit=f currency=currency lang=lang/> }))}
        </section>
    }
}

/// A checkbox per offered skill.
#[component]
fn MySkills(profile: RwSignal<Profile>, offered: Memo<Vec<u16>>) -> impl IntoView {
    let row = move |id: u64| {
        let id = id as u16;
        view! {
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
        }
        .into_any()
    };
    view! {
        <div class="chips">
            {keyed(move || offered.with(|o| o.iter().map(|&id| u64::from(id)).collect()), row)}
        </div>
    }
}

/// My years of experience.
#[component]
fn MyYears(profile: RwSignal<Profile>, lang: Memo<Lang>) -> impl IntoView {
    view! {
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
    }
}

/// How many postings fit, their monthly pay band in `currency` and the skills most often lacking.
#[component]
fn FitSummary(fit: Fit, currency: Currency, lang: Memo<Lang>) -> impl IntoView {
    let band = if fit.band.n > 0 {
        let code = currency.code();
        format!("{} – {} {code} (n={})", fmt_k(fit.band.p25), fmt_k(fit.band.p75), fit.band.n)
    } else {
        "—".to_string()
    };
    let missing = fit.missing.iter().map(|(s, n)| format!("{} ({n})", skill_name(*s))).collect::<Vec<_>>().join(", ");
    view! {
        <dl class="fit">
            <dt>{fit.fitting} " " {tr(lang, T::Fitting)}</dt>
            <dt>{tr(lang, T::PayBand)}</dt>
            <dd>{band}</dd>
            <dt>{tr(lang, T::Missing)}</dt>
            <dd>{missing}</dd>
        </dl>
    }
}
