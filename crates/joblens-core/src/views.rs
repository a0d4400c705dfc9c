//! What the charts draw besides `Stats`: box-plot summaries per tier and per value of a field (the top cities),
//! and sampled per-posting points, in one currency per month or per year (`PayIn`): other currencies are never
//! mixed into a chart.

use crate::dataset::{Dataset, Facts, PayIn};
use crate::fields::Column;
use crate::groups::{tier_group, TIER_GROUPS};
use crate::model::Tier;
use crate::stats::Quartiles;

/// Five-number summary of one group, in one currency (per month or per year).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BoxStats {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

/// One salaried posting as a dot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub index: u32,
    pub tier: Option<Tier>,
    pub years: Option<f32>,
    /// Pay per month, or per year in the annual view.
    pub value: f64,
}

impl BoxStats {
    /// The summary of values in increasing order (all zero when there are none).
    fn of_sorted(v: &[f64]) -> BoxStats {
        let q = Quartiles::of_sorted(v);
        BoxStats {
            n: v.len(),
            min: v.first().copied().unwrap_or(0.0),
            q1: q.p25,
            median: q.median,
            q3: q.p75,
            max: v.last().copied().unwrap_or(0.0),
        }
    }
}

/// One value of a field among the kept postings: how many name it (whatever they are paid in), and the pay of
/// those paid in the view's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueBox {
    pub value: Box<str>,
    pub count: usize,
    pub pay: BoxStats,
}

/// The `top` values of field `field` (`fields::FIELDS`) most often named by the kept postings (ties in the
/// dataset's order: most frequent overall, then byte order), each with its count and pay summary.
pub fn value_boxes(ds: &Dataset, keep: &[bool], pay: PayIn, field: usize, top: usize) -> Vec<ValueBox> {
    let column = &ds.fields[field];
    let mut counts = vec![0usize; column.values.len()];
    for (i, &code) in column.codes.iter().enumerate() {
        if keep[i] && code != Column::NONE {
            counts[code as usize] += 1;
        }
    }
    let mut codes: Vec<usize> = (0..counts.len()).filter(|&c| counts[c] > 0).collect();
    crate::bits::sort_by(&mut codes, |&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
    codes.truncate(top);
    let mut pays: Vec<Vec<f64>> = vec![Vec::new(); codes.len()];
    for (i, v) in in_order(ds, keep, pay) {
        let code = column.codes[i];
        if code != Column::NONE {
            if let Some(slot) = codes.iter().position(|&c| c == code as usize) {
                pays[slot].push(v);
            }
        }
    }
    codes
        .iter()
        .zip(&pays)
        .map(|(&c, v)| ValueBox { value: column.values[c].0.clone(), count: counts[c], pay: BoxStats::of_sorted(v) })
        .collect()
}

/// The kept salaried postings paid in `pay`'s currency, in increasing pay order: (index, pay in the view).
fn in_order<'a>(ds: &'a Dataset, keep: &'a [bool], pay: PayIn) -> impl Iterator<Item = (usize, f64)> + 'a {
    let (order, values) = if pay.annual { (&ds.by_annual, &ds.annual) } else { (&ds.by_monthly, &ds.monthly) };
    let from = order.partition_point(|&i| ds.currency[i as usize] < pay.currency);
    let to = order.partition_point(|&i| ds.currency[i as usize] <= pay.currency);
    order[from..to].iter().map(|&i| i as usize).filter(|&i| keep[i]).map(|i| (i, values[i]))
}

/// Box-plot summaries per tier group (`TIER_GROUPS` order) of the kept postings paid in `pay`'s currency.
pub fn tier_boxes(ds: &Dataset, keep: &[bool], pay: PayIn) -> Vec<BoxStats> {
    let mut groups: Vec<Vec<f64>> = vec![Vec::new(); TIER_GROUPS.len()];
    for (i, v) in in_order(ds, keep, pay) {
        groups[tier_group(ds.facts[i].tier)].push(v);
    }
    groups.iter().map(|v| BoxStats::of_sorted(v)).collect()
}

/// The kept salaried postings paid in `pay`'s currency whose facts pass `want`, as points in text order, thinned
/// to at most `max` by an even stride. Returns the points and how many there were before thinning.
pub fn points(
    ds: &Dataset,
    keep: &[bool],
    pay: PayIn,
    max: usize,
    want: impl Fn(&Facts) -> bool,
) -> (Vec<Point>, usize) {
    let values = if pay.annual { &ds.annual } else { &ds.monthly };
    let all: Vec<u32> = (0..ds.len() as u32)
        .filter(|&i| {
            let i = i as usize;
            keep[i] && !values[i].is_nan() && ds.currency[i] == pay.currency && want(&ds.facts[i])
        })
        .collect();
    let total = all.len();
    let stride = total.div_ceil(max.max(1)).max(1);
    let pts = all
        .iter()
        .step_by(stride)
        .map(|&i| {
            let facts = ds.facts[i as usize];
            Point { index: i, tier: facts.tier, years: facts.experience, value: values[i as usize] }
        })
        .collect();
    (pts, total)
}

/// The kept salaried values paid in `pay`'s currency, in increasing order (monthly or annual).
pub fn sorted_values(ds: &Dataset, keep: &[bool], pay: PayIn) -> Vec<f64> {
    in_order(ds, keep, pay).map(|(_, v)| v).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_corpus_boxes_and_points() {
        let ds = Dataset::default_corpus();
        let keep = vec![true; ds.len()];
        let month = PayIn::default();
        let boxes = tier_boxes(&ds, &keep, month);
        assert_eq!(boxes[0].n, 13);
        assert_eq!(boxes[3].median, 15_000.0);
        assert_eq!(boxes[4].n, 0);
        let (pts, total) = points(&ds, &keep, month, 10, |_| true);
        assert_eq!(total, 32);
        assert!(pts.len() <= 10 && pts.len() >= 8);
        let (pts, total) = points(&ds, &keep, month, 100, |f| f.experience.is_some());
        assert_eq!((pts.len(), total), (22, 22), "22 postings state both experience and pay");
        let hist = crate::stats::histogram(&sorted_values(&ds, &keep, month), 5000.0);
        assert_eq!(hist.first(), Some(&(10_000.0, 4)));
        assert_eq!(hist.iter().map(|b| b.1).sum::<usize>(), 32);
    }

    #[test]
    fn top_values_of_a_field_with_their_counts_and_pay() {
        let ds = Dataset::from_text("sample", crate::fields::tests::SAMPLE);
        let keep = vec![true; ds.len()];
        let month = PayIn::default();
        let boxes = value_boxes(&ds, &keep, month, crate::fields::CITY, 5);
        let cities: Vec<(&str, usize, usize)> = boxes.iter().map(|b| (&*b.value, b.count, b.pay.n)).collect();
        assert_eq!(cities, [("Shanghai", 3, 3), ("Beijing", 1, 1)]);
        // Shanghai: 25K, 25K and 17.5K a month; quartiles by type 7.
        let sh = boxes[0].pay;
        assert_eq!((sh.min, sh.q1, sh.median, sh.q3, sh.max), (17_500.0, 21_250.0, 25_000.0, 25_000.0, 25_000.0));
        // Only the kept postings count, and the top is cut.
        let keep: Vec<bool> = (0..ds.len()).map(|i| i == 1).collect();
        assert_eq!(value_boxes(&ds, &keep, month, crate::fields::CITY, 5).len(), 1);
        assert_eq!(
            value_boxes(&ds, &vec![true; ds.len()], PayIn { annual: true, ..month }, crate::fields::CITY, 1)[0]
                .pay
                .median,
            300_000.0
        );
    }
}
