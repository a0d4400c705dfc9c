//! Statistics over the postings that pass the filters: counts, skill shares and co-occurrence among the top 20
//! skills over every posting, whatever it is paid in; pay figures in one currency (salary quartiles, type 7,
//! overall, per tier, experience band, education and skill with and without, and a histogram), the other
//! currencies' pay apart, never converted. Definitions in ARCHITECTURE.md § Statistics.
//!
//! The dataset keeps postings pre-sorted by pay, so every group's salaries come out sorted from one pass and no
//! sorting happens per filter change.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::bits::{self, Bits};
use crate::dataset::{Dataset, PayIn};
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
    /// Pay of the postings that name it, and of those that do not, in the chosen currency.
    #[serde(flatten)]
    pub pay: SkillPay,
}

/// A skill's pay premium in one currency: pay with the skill, and without it (`None` when every posting names it).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SkillPay {
    pub with: Quartiles,
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
    from_k: Kilo,
    to_k: Kilo,
    count: usize,
}

/// An amount in thousands to one decimal, written as an integer when it is one (`10`, `0.5`).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Kilo(f64);

impl Kilo {
    fn of(v: f64) -> Kilo {
        Kilo((v / 100.0).round() / 10.0)
    }
}

impl Serialize for Kilo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// Counts over every kept posting, whatever it is paid in, and pay in one currency (`pay`); the other currencies'
/// pay apart (`others`), never converted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub postings: usize,
    pub without_salary: usize,
    /// By count (descending), then name; pay premiums in `pay`'s currency.
    pub skills: Vec<SkillStat>,
    pub top20: Vec<u16>,
    pub cooccurrence_top20: Vec<Pair>,
    pub pay: PayStats,
    /// The other currencies the data pays in, each in its own default view.
    pub others: Vec<PayStats>,
}

/// The pay figures of the kept postings paid in one currency.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PayStats {
    /// The currency, and the view (month or year) the histogram bins.
    pub pay: PayIn,
    pub monthly_midpoint: Quartiles,
    pub annual: Quartiles,
    /// In `groups::TIER_GROUPS` order.
    pub tiers: Vec<Quartiles>,
    /// In `groups::EXPERIENCE_BANDS` order.
    experience_bands: Vec<Quartiles>,
    /// In `groups::EDUCATION_GROUPS` order.
    education: Vec<Quartiles>,
    /// Per skill of `Stats::skills`, in its order.
    skills: Vec<SkillPay>,
    histogram: Vec<Bin>,
    /// The histogram's bin width in the currency's units (`bin_width`).
    pub bin_width: f64,
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

/// Skills by name: `(id, figures)`.
struct Skills<'a, T>(Vec<(u16, &'a T)>);

impl<T: Serialize> Serialize for Skills<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (id, v) in &self.0 {
            m.serialize_entry(skill_name(*id), v)?;
        }
        m.end()
    }
}

impl PayStats {
    /// The entries of the statistics JSON that hold pay, in its order; `skills` is written by the caller.
    fn entries<M: SerializeMap>(
        &self,
        m: &mut M,
        skills: impl FnOnce(&mut M) -> Result<(), M::Error>,
    ) -> Result<(), M::Error> {
        m.serialize_entry("monthly_midpoint", &self.monthly_midpoint)?;
        m.serialize_entry("annual", &self.annual)?;
        m.serialize_entry("tiers", &Named(&TIER_GROUPS, &self.tiers))?;
        m.serialize_entry("experience_bands", &Named(&EXPERIENCE_BANDS, &self.experience_bands))?;
        m.serialize_entry("education", &Named(&EDUCATION_GROUPS, &self.education))?;
        skills(m)?;
        m.serialize_entry("histogram_5k", &self.histogram)?;
        m.serialize_entry("bin_width", &self.bin_width)?;
        m.serialize_entry("view", if self.pay.annual { "year" } else { "month" })
    }
}

impl Serialize for Stats {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("currency", &self.pay.pay.currency)?;
        m.serialize_entry("postings", &self.postings)?;
        m.serialize_entry("without_salary", &self.without_salary)?;
        self.pay.entries(&mut m, |m| {
            m.serialize_entry("skills", &Skills(self.skills.iter().map(|st| (st.id, st)).collect()))?;
            let top: Vec<&str> = self.top20.iter().map(|&id| skill_name(id)).collect();
            m.serialize_entry("top20", &top)?;
            m.serialize_entry("cooccurrence_top20", &self.cooccurrence_top20)
        })?;
        // Each other currency's pay under its code; skills only where some posting of it names them.
        for other in &self.others {
            m.serialize_entry(other.pay.currency.code(), &OtherPay(other, &self.skills))?;
        }
        m.end()
    }
}

struct OtherPay<'a>(&'a PayStats, &'a [SkillStat]);

impl Serialize for OtherPay<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let OtherPay(pay, skills) = self;
        let mut m = s.serialize_map(None)?;
        pay.entries(&mut m, |m| {
            let named = skills.iter().zip(&pay.skills).filter(|(_, p)| p.with.n > 0);
            m.serialize_entry("skills", &Skills(named.map(|(st, p)| (st.id, p)).collect()))
        })?;
        m.end()
    }
}

/// Statistics of the postings of `ds` that pass `filters`, pay in the view `filters.pay` resolves to.
pub fn compute(ds: &Dataset, filters: &Filters) -> Stats {
    compute_masked(ds, &filter::keep_mask(ds, filters), filters.pay.resolve(ds))
}

/// Statistics of the postings with `keep[i]`: counts over all of them, pay figures in `pay` (its currency, and
/// its view for the histogram), and the other currencies' pay in `others`.
pub fn compute_masked(ds: &Dataset, keep: &[bool], pay: PayIn) -> Stats {
    let mut st = Stats::default();
    let mut kept = Bits::new(ds.len());
    for (i, &k) in keep.iter().enumerate() {
        if k {
            kept.set(i);
            st.postings += 1;
            st.without_salary += usize::from(ds.monthly[i].is_nan());
        }
    }
    let mut counts = [0usize; SET_CAPACITY];
    for (s, bits) in ds.skill_postings.iter().enumerate() {
        counts[s] = bits::count_and(&bits.0, &kept.0);
    }
    let mut ids: Vec<u16> = (0..SET_CAPACITY as u16).filter(|&s| counts[s as usize] > 0).collect();
    bits::sort_by(&mut ids, |&a, &b| {
        counts[b as usize].cmp(&counts[a as usize]).then(skill_name(a).cmp(skill_name(b)))
    });
    let everywhere: Vec<bool> = ids.iter().map(|&s| counts[s as usize] == st.postings).collect();
    st.pay = pay_stats(ds, keep, pay, &ids, &everywhere);
    st.skills = ids
        .iter()
        .zip(&st.pay.skills)
        .map(|(&s, &pay)| SkillStat {
            id: s,
            count: counts[s as usize],
            // Rounded half to even, as the reference figures are.
            share: (counts[s as usize] as f64 / st.postings as f64 * 10_000.0).round_ties_even() / 10_000.0,
            pay,
        })
        .collect();
    st.top20 = ids.iter().copied().take(20).collect();
    st.cooccurrence_top20 = cooccurrence(ds, &kept, &st.top20);
    for other in ds.pay_currencies() {
        if other.currency != pay.currency && other.salaried > 0 {
            let view = PayIn { currency: other.currency, annual: other.annual };
            st.others.push(pay_stats(ds, keep, view, &ids, &everywhere));
        }
    }
    st
}

/// The range of `order` (a pay order) that holds currency `c`.
fn currency_range(ds: &Dataset, order: &[u32], c: Currency) -> std::ops::Range<usize> {
    let from = order.partition_point(|&i| ds.currency[i as usize] < c);
    let to = order.partition_point(|&i| ds.currency[i as usize] <= c);
    from..to
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

/// The kept postings' pay in `pay.currency`, with the premium of each skill of `ids` (`everywhere`: every kept
/// posting names it, so it has no "without").
fn pay_stats(ds: &Dataset, keep: &[bool], pay: PayIn, ids: &[u16], everywhere: &[bool]) -> PayStats {
    let c = pay.currency;
    // The kept salaried postings of this currency as positions in the pay order, and their pay in that
    // (increasing) order: groups read sorted values without sorting.
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
    let mut annual = Vec::with_capacity(vals.len());
    for j in currency_range(ds, &ds.by_annual, c) {
        let i = ds.by_annual[j] as usize;
        if keep[i] {
            annual.push(ds.annual[i]);
        }
    }
    let groups = |bits: &[Bits]| -> Vec<Quartiles> {
        bits.iter().map(|g| quartiles_in(ds, &g.0, &positions, false, bits::count_and(&g.0, &positions.0))).collect()
    };
    let skills = ids
        .iter()
        .zip(everywhere)
        .map(|(&s, &all)| {
            let with_bits = &ds.skill_by_monthly[s as usize].0;
            let with_n = bits::count_and(with_bits, &positions.0);
            SkillPay {
                with: quartiles_in(ds, with_bits, &positions, false, with_n),
                without: (!all).then(|| quartiles_in(ds, with_bits, &positions, true, vals.len() - with_n)),
            }
        })
        .collect();
    let sorted = if pay.annual { &annual } else { &vals };
    let bin_width = bin_width(c, pay.annual, sorted);
    PayStats {
        pay,
        monthly_midpoint: Quartiles::of_sorted(&vals),
        annual: Quartiles::of_sorted(&annual),
        tiers: groups(&ds.tier_by_monthly),
        experience_bands: groups(&ds.band_by_monthly),
        education: groups(&ds.education_by_monthly),
        skills,
        histogram: bins(sorted, bin_width),
        bin_width,
    }
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

/// The histogram's bin width: 5K for CNY per month (the reference figures); otherwise the smallest of the steps
/// 1, 2, 5 × 10^k (from 100) that bins `sorted` in at most 30 bars, which gives 10 to 30 bars whenever the values
/// spread over more than 10 of the smallest step.
pub fn bin_width(currency: Currency, annual: bool, sorted: &[f64]) -> f64 {
    if currency == Currency::Cny && !annual {
        return 5000.0;
    }
    let (Some(&lo), Some(&hi)) = (sorted.first(), sorted.last()) else {
        return 5000.0;
    };
    let mut width = 100.0;
    for step in [2.0, 2.5, 2.0].into_iter().cycle() {
        let bars = (hi / width).floor() - (lo / width).floor() + 1.0;
        if bars <= 30.0 || !width.is_finite() {
            break;
        }
        width *= step;
    }
    width
}

/// Counts of sorted pay in bins of `width`, from the lowest to the highest bin with a posting (empty bins between
/// kept), with their ends in thousands.
fn bins(sorted: &[f64], width: f64) -> Vec<Bin> {
    histogram(sorted, width)
        .into_iter()
        .map(|(from, count)| Bin { from_k: Kilo::of(from), to_k: Kilo::of(from + width), count })
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
        let bins = bins(&[10_000.0, 12_000.0, 27_500.0], 5000.0);
        let counts: Vec<(f64, usize)> = bins.iter().map(|b| (b.from_k.0, b.count)).collect();
        assert_eq!(counts, vec![(10.0, 2), (15.0, 0), (20.0, 0), (25.0, 1)]);
    }
}
