//! The filters of the page and the URL (tier, skills all/any/none, text, salary range, maximum experience,
//! education, and a list of accepted values per field of `fields::FIELDS`: city, remote), the pay view the salary
//! range is read in (currency and period), and the one pass that applies them to a dataset.

use std::sync::Arc;

use crate::dataset::{Dataset, PayIn};
use crate::fields::{Column, CITY, FIELDS, REMOTE};
use crate::model::{Currency, Education, Tier};
use crate::taxonomy::SkillSet;

/// What the user filters on. Empty lists and `None` mean "no filter".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub tiers: Vec<Tier>,
    /// Skill ids that must all be named.
    pub all: Vec<u16>,
    /// Skill ids of which at least one must be named.
    pub any: Vec<u16>,
    /// Skill ids that must not be named.
    pub not: Vec<u16>,
    pub q: String,
    /// Pay range in thousands of `pay`'s currency, per its period; either end may be open. Postings without
    /// salary or paid in another currency drop out while it is set.
    pub salary: Option<(Option<f64>, Option<f64>)>,
    /// Maximum years of experience required (postings with unknown experience stay).
    pub exp: Option<f32>,
    /// Highest degree the user has (postings asking for more drop out; unknown stays).
    pub edu: Option<Education>,
    /// Cities accepted (as the parser writes them); postings with unknown city drop out while it is set.
    pub city: Vec<Box<str>>,
    /// Ways of working accepted (`remote`, `hybrid`, `onsite`); postings that do not say drop out while it is set.
    pub remote: Vec<Box<str>>,
    /// The pay the charts show and the salary range is in (`cur=`, `view=`).
    pub pay: PayChoice,
}

/// The pay view the user chose: a currency (`cur=`) and a period (`view=`), each `None` for the data's default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PayChoice {
    pub currency: Option<Currency>,
    pub annual: Option<bool>,
}

impl PayChoice {
    /// The pay view over `ds`: the chosen currency if `ds` pays in it, else the data's default currency; the
    /// chosen period, else that currency's default period.
    pub fn resolve(self, ds: &Dataset) -> PayIn {
        let currency = self.currency.filter(|&c| ds.pays_in(c)).unwrap_or(ds.default_pay().currency);
        PayIn { currency, annual: self.annual.unwrap_or_else(|| ds.default_annual(currency)) }
    }

    /// The choice as the URL writes it: what equals the data's default left out. A currency the data does not pay
    /// in is kept as it is (the data it was chosen for may still be loading).
    pub fn normalized(self, ds: &Dataset) -> PayChoice {
        if self.currency.is_some_and(|c| !ds.pays_in(c)) {
            return self;
        }
        let pay = self.resolve(ds);
        PayChoice {
            currency: self.currency.filter(|&c| c != ds.default_pay().currency),
            annual: self.annual.filter(|&a| a != ds.default_annual(pay.currency)),
        }
    }
}

impl Filters {
    /// The values accepted for field `field` of `FIELDS` (empty: no filter).
    pub fn values(&self, field: usize) -> &[Box<str>] {
        match field {
            CITY => &self.city,
            REMOTE => &self.remote,
            _ => &[],
        }
    }

    /// The same, to edit. Panics for an index outside `FIELDS`, which is a bug in the caller.
    pub fn values_mut(&mut self, field: usize) -> &mut Vec<Box<str>> {
        match field {
            CITY => &mut self.city,
            REMOTE => &mut self.remote,
            _ => unreachable!("no field {field}"),
        }
    }

    /// Prepares the filters for `ds` (skill sets as bits, text search as a mask).
    fn compile(&self, ds: &Dataset) -> Compiled {
        let q = self.q.trim();
        Compiled {
            tiers: self.tiers.iter().fold(0u8, |m, t| m | 1 << (*t as u8)),
            all: self.all.iter().copied().collect(),
            any: self.any.iter().copied().collect(),
            not: self.not.iter().copied().collect(),
            query: (!q.is_empty()).then(|| ds.query_mask(q)),
            salary: self.salary.map(|(lo, hi)| {
                let range = (lo.map_or(f64::NEG_INFINITY, |v| v * 1000.0), hi.map_or(f64::INFINITY, |v| v * 1000.0));
                (self.pay.resolve(ds), range)
            }),
            exp: self.exp,
            edu: self.edu,
            fields: (0..FIELDS.len())
                .filter(|&f| !self.values(f).is_empty())
                .map(|f| (f, ds.fields[f].accepts(self.values(f))))
                .collect(),
        }
    }

    /// Indices of the postings of `ds` that pass, in text order (what the CLI lists; the page and the statistics
    /// read `keep_mask`).
    pub fn apply(&self, ds: &Dataset) -> Vec<u32> {
        let c = self.compile(ds);
        (0..ds.len() as u32).filter(|&i| c.keeps(ds, i as usize)).collect()
    }
}

/// Which postings of `ds` pass `filters`: `keep[i]`.
pub fn keep_mask(ds: &Dataset, filters: &Filters) -> Vec<bool> {
    let c = filters.compile(ds);
    (0..ds.len()).map(|i| c.keeps(ds, i)).collect()
}

/// Filters prepared for one dataset.
struct Compiled {
    tiers: u8,
    all: SkillSet,
    any: SkillSet,
    not: SkillSet,
    query: Option<Arc<Vec<bool>>>,
    /// The pay view and the range in it, in the currency's units.
    salary: Option<(PayIn, (f64, f64))>,
    exp: Option<f32>,
    edu: Option<Education>,
    /// Per field with a selection: which of its value codes pass.
    fields: Vec<(usize, Vec<bool>)>,
}

impl Compiled {
    /// Whether posting `i` of `ds` passes.
    fn keeps(&self, ds: &Dataset, i: usize) -> bool {
        let (skills, f) = (&ds.skill_sets[i], &ds.facts[i]);
        if self.tiers != 0 && f.tier.is_none_or(|t| self.tiers & (1 << (t as u8)) == 0) {
            return false;
        }
        if !skills.is_superset(&self.all)
            || (!self.any.is_empty() && !skills.intersects(&self.any))
            || skills.intersects(&self.not)
        {
            return false;
        }
        if let (Some(max), Some(y)) = (self.exp, f.experience) {
            if y > max {
                return false;
            }
        }
        if let (Some(max), Some(e)) = (self.edu, f.education) {
            if e > max {
                return false;
            }
        }
        if let Some((pay, (lo, hi))) = self.salary {
            // A range is in one currency and one period; postings without salary drop out while it is set.
            let (a, b) = ds.monthly_range[i];
            let per = if pay.annual { ds.months[i] } else { 1.0 };
            if ds.currency[i] != pay.currency || a.is_nan() || a * per > hi || b * per < lo {
                return false;
            }
        }
        for (f, accepted) in &self.fields {
            let code = ds.fields[*f].codes[i];
            if code == Column::NONE || !accepted[code as usize] {
                return false;
            }
        }
        if let Some(mask) = &self.query {
            if !mask.get(i).copied().unwrap_or(false) {
                return false;
            }
        }
        true
    }
}
