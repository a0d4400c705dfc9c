//! A parsed text ready for fast filtering: the text, its postings, and per-posting numbers and orders computed once
//! (monthly pay, salary order) so that each filter change costs one pass over the postings.

use std::sync::{Arc, Mutex};

use aho_corasick::automaton::Automaton as _;
use aho_corasick::dfa::DFA;
use aho_corasick::{Input, MatchKind};

use crate::bits::{self, Bits};
use crate::fields::{Column, FIELDS};
use crate::groups::{self, EDUCATION_GROUPS, EXPERIENCE_BANDS, TIER_GROUPS};
use crate::model::{Currency, Education, Period, Posting, Tier};
use crate::parse::{parse, Parsed};
use crate::taxonomy::SkillSet;

/// Text, postings and the per-posting figures statistics need.
pub struct Dataset {
    pub name: String,
    pub text: String,
    pub parsed: Parsed,
    /// Monthly midpoint in the posting's currency; NaN without salary.
    pub monthly: Vec<f64>,
    /// Annual pay (monthly × salary months, 12 when unknown); NaN without salary.
    pub(crate) annual: Vec<f64>,
    /// Monthly range, open ends as ±∞; NaN without salary.
    pub(crate) monthly_range: Vec<(f64, f64)>,
    /// Salary months per year (12 when unknown): annual pay over monthly pay.
    pub(crate) months: Vec<f64>,
    /// Salaried postings ordered by (currency, monthly midpoint, index).
    pub(crate) by_monthly: Vec<u32>,
    /// Salaried postings ordered by (currency, annual pay, index).
    pub(crate) by_annual: Vec<u32>,
    /// Columns the statistics read for every posting, kept dense so a pass over 100k postings stays in cache.
    pub currency: Vec<Currency>,
    /// The currencies salaried postings are paid in, the default first (see `pay_currencies`).
    pay_currencies: Vec<PayCurrency>,
    /// Skills, tier, experience and education of each posting (what filters read), dense.
    pub skill_sets: Vec<SkillSet>,
    pub facts: Vec<Facts>,
    /// Per field of `fields::FIELDS`: its values and each posting's value code.
    pub fields: Vec<Column>,
    /// Per group of `groups::TIER_GROUPS`, `EXPERIENCE_BANDS` and `EDUCATION_GROUPS`: the positions in
    /// `by_monthly` whose posting is in it.
    pub(crate) tier_by_monthly: Vec<Bits>,
    pub(crate) band_by_monthly: Vec<Bits>,
    pub(crate) education_by_monthly: Vec<Bits>,
    /// Per skill id: the postings that name it.
    pub skill_postings: Vec<Bits>,
    /// Per skill id: the positions in `by_monthly` whose posting names it.
    pub(crate) skill_by_monthly: Vec<Bits>,
    query_cache: Mutex<Option<(String, Arc<Vec<bool>>)>>,
}

/// The facts of a posting that filters compare.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Facts {
    pub tier: Option<Tier>,
    pub experience: Option<f32>,
    pub(crate) education: Option<Education>,
}

/// The currency a posting is ordered under: its salary's, or CNY when it has none (it is in no pay order then).
fn currency_of(p: &Posting) -> Currency {
    p.salary.map_or(Currency::Cny, |s| s.currency)
}

/// The pay a chart, a statistic or the salary filter reads: one currency (never converted), per month or per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayIn {
    pub currency: Currency,
    pub annual: bool,
}

impl Default for PayIn {
    fn default() -> Self {
        PayIn { currency: Currency::Cny, annual: false }
    }
}

/// A currency the loaded data pays in: how many salaried postings, and the view its pay defaults to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayCurrency {
    pub currency: Currency,
    pub salaried: usize,
    /// Whether more of its postings state pay per year than per month, day or hour.
    pub annual: bool,
}

/// The currencies of the salaried postings, most postings first; ties go to CNY, then to the codes' alphabetical
/// order. Without any salaried posting: CNY alone.
fn pay_currencies(postings: &[Posting], monthly: &[f64]) -> Vec<PayCurrency> {
    let mut counts = [(0usize, 0usize); Currency::ALL.len()];
    for (p, m) in postings.iter().zip(monthly) {
        if let (Some(s), false) = (p.salary, m.is_nan()) {
            let c = &mut counts[s.currency as usize];
            c.0 += 1;
            c.1 += usize::from(s.period == Period::Year);
        }
    }
    let mut out: Vec<PayCurrency> = Currency::ALL
        .into_iter()
        .filter(|&c| counts[c as usize].0 > 0)
        .map(|c| {
            let (salaried, yearly) = counts[c as usize];
            PayCurrency { currency: c, salaried, annual: yearly * 2 > salaried }
        })
        .collect();
    crate::bits::sort_by(&mut out, |a, b| {
        let cny = |p: &PayCurrency| p.currency != Currency::Cny;
        b.salaried.cmp(&a.salaried).then(cny(a).cmp(&cny(b))).then(a.currency.code().cmp(b.currency.code()))
    });
    if out.is_empty() {
        out.push(PayCurrency { currency: Currency::Cny, salaried: 0, annual: false });
    }
    out
}

impl Dataset {
    /// Parses `text` and indexes the result.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Dataset {
        let text = text.into();
        let parsed = parse(&text);
        Dataset::new(name, text, parsed)
    }

    /// Indexes an already parsed text (the page parses in slices, then builds the dataset).
    pub fn new(name: impl Into<String>, text: String, parsed: Parsed) -> Dataset {
        let n = parsed.postings.len();
        // Dense columns, in one pass over the (large) postings; the indexes below read them, not the postings.
        let mut monthly = Vec::with_capacity(n);
        let mut annual = Vec::with_capacity(n);
        let mut monthly_range = Vec::with_capacity(n);
        let mut months = Vec::with_capacity(n);
        let mut currency = Vec::with_capacity(n);
        let mut skill_sets = Vec::with_capacity(n);
        let mut facts = Vec::with_capacity(n);
        for p in &parsed.postings {
            match p.salary {
                Some(s) => {
                    let m = s.monthly_midpoint().unwrap_or(f64::NAN);
                    monthly.push(m);
                    annual.push(m * s.months_or_default());
                    months.push(s.months_or_default());
                    let (lo, hi) = s.monthly_range();
                    monthly_range.push((lo.unwrap_or(f64::NEG_INFINITY), hi.unwrap_or(f64::INFINITY)));
                }
                None => {
                    monthly.push(f64::NAN);
                    annual.push(f64::NAN);
                    monthly_range.push((f64::NAN, f64::NAN));
                    months.push(f64::NAN);
                }
            }
            currency.push(currency_of(p));
            skill_sets.push(p.skills);
            facts.push(Facts { tier: p.tier, experience: p.experience_min_years, education: p.education });
        }
        // Sort keys as plain integers (currency, then the amount's bits in total order, then the posting): one
        // cheap comparison.
        let order = |key: &[f64]| {
            let ordered = |v: f64| {
                let bits = v.to_bits();
                if bits >> 63 == 1 {
                    !bits
                } else {
                    bits | 1 << 63
                }
            };
            let mut idx = Vec::with_capacity(n);
            idx.extend(
                (0..n)
                    .filter(|&i| !key[i].is_nan())
                    .map(|i| (currency[i] as u128) << 96 | (ordered(key[i]) as u128) << 32 | i as u128),
            );
            idx.sort_unstable();
            idx.into_iter().map(|k| k as u32).collect::<Vec<u32>>()
        };
        let by_monthly = order(&monthly);
        let by_annual = order(&annual);
        let pay_currencies = pay_currencies(&parsed.postings, &monthly);
        let fields = FIELDS.iter().map(|f| Column::new(f, &parsed.postings)).collect();
        let skill_postings = bits::columns(skill_sets.iter().map(|s| s.0), n);
        let skill_by_monthly = bits::columns(by_monthly.iter().map(|&i| skill_sets[i as usize].0), by_monthly.len());
        let positions = |count: usize, group: &dyn Fn(&Facts) -> usize| {
            let mut bits = vec![Bits::new(by_monthly.len()); count];
            for (j, &i) in by_monthly.iter().enumerate() {
                bits[group(&facts[i as usize])].set(j);
            }
            bits
        };
        let tier_by_monthly = positions(TIER_GROUPS.len(), &|f| groups::tier_group(f.tier));
        let band_by_monthly = positions(EXPERIENCE_BANDS.len(), &|f| groups::experience_band(f.experience));
        let education_by_monthly = positions(EDUCATION_GROUPS.len(), &|f| groups::education_group(f.education));
        Dataset {
            name: name.into(),
            text,
            parsed,
            monthly,
            annual,
            monthly_range,
            months,
            by_monthly,
            by_annual,
            currency,
            pay_currencies,
            skill_sets,
            facts,
            fields,
            tier_by_monthly,
            band_by_monthly,
            education_by_monthly,
            skill_postings,
            skill_by_monthly,
            query_cache: Mutex::new(None),
        }
    }

    /// The embedded default corpus.
    pub fn default_corpus() -> Dataset {
        Dataset::from_text("上海 Python 后端招聘", crate::DEFAULT_CORPUS)
    }

    pub fn postings(&self) -> &[Posting] {
        &self.parsed.postings
    }

    pub fn len(&self) -> usize {
        self.parsed.postings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parsed.postings.is_empty()
    }

    /// The currencies the salaried postings are paid in, the default first: the one most of them are paid in
    /// (ties: CNY, then alphabetical). It depends on the loaded data only, so it does not flip while filtering.
    pub fn pay_currencies(&self) -> &[PayCurrency] {
        &self.pay_currencies
    }

    /// The pay view of currency `c` when the user chose none: per year when most of its postings state pay per
    /// year (a USD job thread), else per month (CNY postings; also a currency the data does not pay in).
    pub fn default_annual(&self, c: Currency) -> bool {
        self.pay_currencies.iter().find(|p| p.currency == c).is_some_and(|p| p.annual)
    }

    /// Whether some salaried posting is paid in `c`.
    pub fn pays_in(&self, c: Currency) -> bool {
        self.pay_currencies.iter().any(|p| p.currency == c && p.salaried > 0)
    }

    /// The default pay view: the default currency in its default period.
    pub fn default_pay(&self) -> PayIn {
        let first = self.pay_currencies[0];
        PayIn { currency: first.currency, annual: first.annual }
    }

    /// Which postings mention `q` (company, title or body), ignoring ASCII case and width. Cached for the last query,
    /// so moving a slider with a search set does not rescan the text.
    pub(crate) fn query_mask(&self, q: &str) -> Arc<Vec<bool>> {
        let q = crate::text::fold_lower(q.trim());
        if let Ok(cache) = self.query_cache.lock() {
            if let Some((cq, mask)) = cache.as_ref() {
                if *cq == q {
                    return Arc::clone(mask);
                }
            }
        }
        let mask = Arc::new(self.scan_query(&q));
        if let Ok(mut cache) = self.query_cache.lock() {
            *cache = Some((q, Arc::clone(&mask)));
        }
        mask
    }

    fn scan_query(&self, q: &str) -> Vec<bool> {
        let mut mask = vec![false; self.len()];
        if q.is_empty() {
            mask.fill(true);
            return mask;
        }
        // The folded query, and its fullwidth forms so that `redis` finds `Ｒｅｄｉｓ` too.
        let wide = |s: &str| -> String {
            s.chars()
                .map(|c| if ('!'..='~').contains(&c) { char::from_u32(c as u32 + 0xFEE0).unwrap_or(c) } else { c })
                .collect()
        };
        let patterns = [q.to_string(), wide(q), wide(&q.chars().map(crate::text::upper).collect::<String>())];
        let Ok(ac) = DFA::builder().match_kind(MatchKind::LeftmostFirst).ascii_case_insensitive(true).build(patterns)
        else {
            return mask;
        };
        let Ok(matches) = ac.try_find_iter(Input::new(&self.text)) else {
            return mask;
        };
        let postings = &self.parsed.postings;
        for m in matches {
            let at = m.start() as u32;
            let k = postings.partition_point(|p| p.span.end <= at);
            if let Some(p) = postings.get(k) {
                if p.span.start <= at {
                    mask[k] = true;
                }
            }
        }
        mask
    }
}
