//! Statistics over the postings that pass the filters, per currency (CNY first; others apart, never converted):
//! counts, salary quartiles (type 7) overall, per tier, experience band, education and skill (with and without),
//! co-occurrence among the top 20 skills, and a 5K histogram. Definitions in ARCHITECTURE.md § Statistics.
//!
//! The dataset keeps postings pre-sorted by pay, so every group's salaries come out sorted from one pass and no
//! sorting happens per filter change.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::bits::{self, Bits};
use crate::dataset::Dataset;
use crate::filter::{self, Filters};
use crate::groups::{Group, EDUCATION_GROUPS, EXPERIENCE_BANDS, TIER_GROUPS};
use crate::model::Currency;
use crate::taxonomy::{skill_name, SET_CAPACITY};

/// Quartiles of a group's monthly (or annual) pay; only `n` when the group has no salaried posting.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Quartiles {
    pub n: usize,
    pub p25: f64,
    pub median: f64,
    pub p75: f64,
}

impl Serialize for Quartiles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("n", &self.n)?;
        if self.n > 0 {
            m.serialize_entry("p25", &round2(self.p25))?;
            m.serialize_entry("median", &round2(self.median))?;
            m.serialize_entry("p75", &round2(self.p75))?;
        }
        m.end()
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The value at fraction `q` of sorted values given by `at` (linear interpolation between closest ranks, type 7).
fn quantile(n: usize, q: f64, at: impl Fn(usize) -> f64) -> f64 {
    let h = (n - 1) as f64 * q;
    let lo = h.floor() as usize;
    let frac = h - lo as f64;
    if frac == 0.0 || lo + 1 >= n {
        at(lo)
    } else {
        at(lo) + frac * (at(lo + 1) - at(lo))
    }
}

impl Quartiles {
    /// Quartiles of `n` sorted values given by `at`.
    fn of(n: usize, at: impl Fn(usize) -> f64) -> Quartiles {
        if n == 0 {
            return Quartiles::default();
        }
        Quartiles { n, p25: quantile(n, 0.25, &at), median: quantile(n, 0.5, &at), p75: quantile(n, 0.75, &at) }
    }

    pub fn of_sorted(v: &[f64]) -> Quartiles {
        Quartiles::of(v.len(), |i| v[i])
    }
}

/// The ranks (0-based, ascending) type-7 quartiles of `n` values read.
fn quartile_ranks(n: usize) -> Vec<usize> {
    let mut ranks: Vec<usize> = [0.25, 0.5, 0.75]
        .iter()
        .flat_map(|q| {
            let h = (n - 1) as f64 * q;
            [h.floor() as usize, (h.ceil() as usize).min(n - 1)]
        })
        .collect();
    bits::sort_by(&mut ranks, Ord::cmp);
    ranks.dedup();
    ranks
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SkillStat {
    #[serde(skip)]
    pub id: u16,
    pub count: usize,
    pub share: f64,
    pub with: Quartiles,
    /// `None` when every posting names the skill.
    pub without: Option<Quartiles>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pair {
    pub a: &'static str,
    pub b: &'static str,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct Bin {
    from_k: u32,
    to_k: u32,
    count: usize,
}

/// The statistics of one currency's postings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub currency: Option<Currency>,
    pub postings: usize,
    pub without_salary: usize,
    pub monthly_midpoint: Quartiles,
    pub annual: Quartiles,
    /// In `groups::TIER_GROUPS` order.
    pub tiers: Vec<Quartiles>,
    /// In `groups::EXPERIENCE_BANDS` order.
    experience_bands: Vec<Quartiles>,
    /// In `groups::EDUCATION_GROUPS` order.
    education: Vec<Quartiles>,
    /// By count (descending), then name.
    pub skills: Vec<SkillStat>,
    pub top20: Vec<u16>,
    pub cooccurrence_top20: Vec<Pair>,
    histogram_5k: Vec<Bin>,
    /// Statistics of postings paid in other currencies.
    pub others: Vec<Stats>,
}

/// Per-group values as a map from the groups' ids.
struct Named<'a, T>(&'a [Group], &'a [T]);

impl<T: Serialize> Serialize for Named<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.1.len()))?;
        for (g, v) in self.0.iter().zip(self.1) {
            m.serialize_entry(g.id, v)?;
        }
        m.end()
    }
}

struct Skills<'a>(&'a [SkillStat]);

impl Serialize for Skills<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for st in self.0 {
            m.serialize_entry(skill_name(st.id), st)?;
        }
        m.end()
    }
}

impl Serialize for Stats {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("currency", &self.currency.unwrap_or(Currency::Cny))?;
        m.serialize_entry("postings", &self.postings)?;
        m.serialize_entry("without_salary", &self.without_salary)?;
        m.serialize_entry("monthly_midpoint", &self.monthly_midpoint)?;
        m.serialize_entry("annual", &self.annual)?;
        m.serialize_entry("tiers", &Named(&TIER_GROUPS, &self.tiers))?;
        m.serialize_entry("experience_bands", &Named(&EXPERIENCE_BANDS, &self.experience_bands))?;
        m.serialize_entry("education", &Named(&EDUCATION_GROUPS, &self.education))?;
        m.serialize_entry("skills", &Skills(&self.skills))?;
        let top: Vec<&str> = self.top20.iter().map(|&id| skill_name(id)).collect();
        m.serialize_entry("top20", &top)?;
        m.serialize_entry("cooccurrence_top20", &self.cooccurrence_top20)?;
        m.serialize_entry("histogram_5k", &self.histogram_5k)?;
        for other in &self.others {
            m.serialize_entry(other.currency.unwrap_or(Currency::Cny).code(), other)?;
        }
        m.end()
    }
}

/// Statistics of the postings of `ds` that pass `filters`: CNY (with postings without salary) at the top,
/// other currencies in `others`.
pub fn compute(ds: &Dataset, filters: &Filters) -> Stats {
    compute_masked(ds, &filter::keep_mask(ds, filters))
}

/// Statistics of the postings with `keep[i]`.
pub fn compute_masked(ds: &Dataset, keep: &[bool]) -> Stats {
    let mut main = for_currency(ds, keep, Currency::Cny);
    for &c in ds.currencies() {
        if c != Currency::Cny {
            main.others.push(for_currency(ds, keep, c));
        }
    }
    main
}

/// The range of `order` (a pay order) that holds currency `c`.
fn currency_range(ds: &Dataset, order: &[u32], c: Currency) -> std::ops::Range<usize> {
    let from = order.partition_point(|&i| ds.currency[i as usize] < c);
    let to = order.partition_point(|&i| ds.currency[i as usize] <= c);
    from..to
}

/// The kept salaried postings of currency `c` as a set of positions in `ds.by_monthly`, and their monthly pay in
/// that (increasing) order.
fn kept_by_monthly(ds: &Dataset, keep: &[bool], c: Currency) -> (Bits, Vec<f64>) {
    let mut positions = Bits::new(ds.by_monthly.len());
    let range = currency_range(ds, &ds.by_monthly, c);
    let mut vals = Vec::with_capacity(range.len());
    for j in range {
        let i = ds.by_monthly[j] as usize;
        if keep[i] {
            positions.set(j);
            vals.push(ds.monthly[i]);
        }
    }
    (positions, vals)
}

/// Quartiles of the members of `a ∩ within` (or `within \ a`), read off the pay order by rank.
fn quartiles_in(ds: &Dataset, a: &[u64], within: &Bits, outside: bool, n: usize) -> Quartiles {
    if n == 0 {
        return Quartiles::default();
    }
    let ranks = quartile_ranks(n);
    let positions = bits::select(a, &within.0, outside, &ranks);
    let value = |r: usize| {
        let k = ranks.iter().position(|&x| x == r).unwrap_or(0);
        positions.get(k).map_or(f64::NAN, |&j| ds.monthly[ds.by_monthly[j] as usize])
    };
    Quartiles::of(n, value)
}

fn for_currency(ds: &Dataset, keep: &[bool], c: Currency) -> Stats {
    let mut st = Stats { currency: Some(c), ..Stats::default() };

    // The kept postings of this currency (those without salary included), as a set.
    let mut kept = Bits::new(ds.len());
    for (i, (&k, &cur)) in keep.iter().zip(&ds.currency).enumerate() {
        if k && cur == c {
            kept.set(i);
            st.postings += 1;
            if ds.monthly[i].is_nan() {
                st.without_salary += 1;
            }
        }
    }
    let mut counts = [0usize; SET_CAPACITY];
    for (s, bits) in ds.skill_postings.iter().enumerate() {
        counts[s] = bits::count_and(&bits.0, &kept.0);
    }

    // Salaried postings in pay order: groups read sorted values without sorting.
    let (positions, vals) = kept_by_monthly(ds, keep, c);
    st.monthly_midpoint = Quartiles::of_sorted(&vals);
    let mut annual = Vec::with_capacity(vals.len());
    for j in currency_range(ds, &ds.by_annual, c) {
        let i = ds.by_annual[j] as usize;
        if keep[i] {
            annual.push(ds.annual[i]);
        }
    }
    st.annual = Quartiles::of_sorted(&annual);

    let groups = |bits: &[Bits]| -> Vec<Quartiles> {
        bits.iter().map(|g| quartiles_in(ds, &g.0, &positions, false, bits::count_and(&g.0, &positions.0))).collect()
    };
    st.tiers = groups(&ds.tier_by_monthly);
    st.experience_bands = groups(&ds.band_by_monthly);
    st.education = groups(&ds.education_by_monthly);

    let mut ids: Vec<u16> = (0..SET_CAPACITY as u16).filter(|&s| counts[s as usize] > 0).collect();
    bits::sort_by(&mut ids, |&a, &b| {
        counts[b as usize].cmp(&counts[a as usize]).then(skill_name(a).cmp(skill_name(b)))
    });
    st.skills = ids
        .iter()
        .map(|&s| {
            let with_bits = &ds.skill_by_monthly[s as usize].0;
            let with_n = bits::count_and(with_bits, &positions.0);
            let without = (counts[s as usize] < st.postings)
                .then(|| quartiles_in(ds, with_bits, &positions, true, vals.len() - with_n));
            SkillStat {
                id: s,
                count: counts[s as usize],
                // Rounded half to even, as the reference figures are.
                share: (counts[s as usize] as f64 / st.postings as f64 * 10_000.0).round_ties_even() / 10_000.0,
                with: quartiles_in(ds, with_bits, &positions, false, with_n),
                without,
            }
        })
        .collect();
    st.top20 = ids.iter().copied().take(20).collect();
    st.cooccurrence_top20 = cooccurrence(ds, &kept, &st.top20);
    st.histogram_5k = histogram_5k(&vals);
    st
}

/// Pair counts among `top` skills: the size of the intersection of their posting sets with the kept ones.
fn cooccurrence(ds: &Dataset, kept: &Bits, top: &[u16]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for (x, &sa) in top.iter().enumerate() {
        for &sb in &top[x + 1..] {
            let (a, b) = (&ds.skill_postings[sa as usize].0, &ds.skill_postings[sb as usize].0);
            let count = bits::count_and3(a, b, &kept.0);
            if count > 0 {
                let (mut a, mut b) = (skill_name(sa), skill_name(sb));
                if b < a {
                    std::mem::swap(&mut a, &mut b);
                }
                pairs.push(Pair { a, b, count });
            }
        }
    }
    bits::sort_by(&mut pairs, |p, q| q.count.cmp(&p.count).then(p.a.cmp(q.a)).then(p.b.cmp(q.b)));
    pairs
}

/// Counts of sorted `values` in bins of `width`, from the lowest to the highest non-empty bin (at most 400 bins;
/// the tail folds into the last). `Stats` reads it in 5K bins, the page's histogram in its own width.
pub fn histogram(sorted: &[f64], width: f64) -> Vec<(f64, usize)> {
    let (Some(&lo), Some(&hi)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    let bin = |v: f64| (v / width).floor().clamp(0.0, 1e9) as u64;
    let first = bin(lo);
    let last = bin(hi).min(first + 399);
    let mut counts = vec![0usize; (last - first + 1) as usize];
    for &v in sorted {
        counts[(bin(v).min(last) - first) as usize] += 1;
    }
    counts.into_iter().enumerate().map(|(k, c)| ((first + k as u64) as f64 * width, c)).collect()
}

/// Counts of monthly pay in 5K bins, from the lowest to the highest bin with a posting (empty bins between kept).
fn histogram_5k(sorted: &[f64]) -> Vec<Bin> {
    histogram(sorted, 5000.0)
        .into_iter()
        .map(|(from, count)| {
            let from_k = (from / 1000.0) as u32;
            Bin { from_k, to_k: from_k.saturating_add(5), count }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type7_quartiles() {
        let q = Quartiles::of_sorted(&[1.0, 2.0, 3.0, 4.0]);
        assert_eq!((q.p25, q.median, q.p75), (1.75, 2.5, 3.25));
        let q = Quartiles::of_sorted(&[5.0]);
        assert_eq!((q.n, q.p25, q.median, q.p75), (1, 5.0, 5.0, 5.0));
        assert_eq!(Quartiles::of_sorted(&[]).n, 0);
    }

    #[test]
    fn histogram_bins() {
        let bins = histogram_5k(&[10_000.0, 12_000.0, 27_500.0]);
        let counts: Vec<(u32, usize)> = bins.iter().map(|b| (b.from_k, b.count)).collect();
        assert_eq!(counts, vec![(10, 2), (15, 0), (20, 0), (25, 1)]);
    }
}
