//! `stats` on the default corpus gives the figures of data/python-jobs-shanghai.stats.json: counts exact,
//! salaries to the yuan, shares to four decimals, every key and list of the expected file present in ours.

mod common;

use common::{json, STATS};
use joblens_core::dataset::PayIn;
use joblens_core::filter::PayChoice;
use joblens_core::{stats, Currency, Dataset, Filters};
use serde_json::Value;

/// Checks that `got` has everything `want` has (extra keys in `got` are allowed), collecting differences.
fn contains(path: &str, got: &Value, want: &Value, diffs: &mut Vec<String>) {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for (k, wv) in w {
                match g.get(k) {
                    Some(gv) => contains(&format!("{path}.{k}"), gv, wv, diffs),
                    None => diffs.push(format!("{path}.{k}: missing")),
                }
            }
        }
        (Value::Array(g), Value::Array(w)) => {
            if g.len() != w.len() {
                diffs.push(format!("{path}: {} items, want {}", g.len(), w.len()));
            }
            for (i, (gv, wv)) in g.iter().zip(w).enumerate() {
                contains(&format!("{path}[{i}]"), gv, wv, diffs);
            }
        }
        (Value::Number(g), Value::Number(w)) => {
            let (g, w) = (g.as_f64().unwrap_or(f64::NAN), w.as_f64().unwrap_or(f64::NAN));
            let tolerance = if w.fract() != 0.0 && w.abs() < 1.0 { 5e-5 } else { 0.5 };
            if (g - w).abs().is_nan() || (g - w).abs() > tolerance {
                diffs.push(format!("{path}: {g}, want {w}"));
            }
        }
        (g, w) if g != w => diffs.push(format!("{path}: {g}, want {w}")),
        _ => {}
    }
}

#[test]
fn default_corpus_statistics_match_the_expected_figures() {
    let ds = Dataset::default_corpus();
    let got = serde_json::to_value(stats::compute(&ds, &Filters::default())).expect("stats serialize");
    let mut want = json(STATS);
    want.as_object_mut().expect("object").remove("about");
    let mut diffs = Vec::new();
    contains("stats", &got, &want, &mut diffs);
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.join("\n"));
    // Same key order as the expected file for the skill map (count, then name).
    let keys = |v: &Value| v["skills"].as_object().map(|m| m.keys().cloned().collect::<Vec<_>>());
    assert_eq!(keys(&got), keys(&want));
}

#[test]
fn filters_change_the_figures() {
    let ds = Dataset::default_corpus();
    let tiny = Filters { tiers: vec![joblens_core::Tier::Tiny], ..Filters::default() };
    let st = stats::compute(&ds, &tiny);
    assert_eq!(st.postings, 6);
    assert_eq!(st.pay.monthly_midpoint.median, 15000.0);
}

/// The statistics read bit sets and pay orders built once per dataset; here every figure is counted again
/// posting by posting, on a synthetic corpus of many 64-posting blocks (CNY and USD), with and without filters:
/// counts over every kept posting, pay over those paid in the statistics' currency.
#[test]
fn indexed_statistics_equal_counting_posting_by_posting() {
    use joblens_core::filter::keep_mask;
    use joblens_core::groups::tier_group;
    use joblens_core::stats::Quartiles;
    use joblens_core::{synth, taxonomy};

    let ds = Dataset::from_text("synth", synth::corpus(3_001, 11));
    for filters in [Filters::default(), synth::benchmark_filters()] {
        let st = stats::compute(&ds, &filters);
        let keep = keep_mask(&ds, &filters);
        assert_eq!(st.pay.pay.currency, Currency::Cny);
        let kept: Vec<usize> = (0..ds.len()).filter(|&i| keep[i]).collect();
        let cny: Vec<usize> = kept.iter().copied().filter(|&i| ds.currency[i] == Currency::Cny).collect();
        if filters == Filters::default() {
            assert!(cny.len() < kept.len(), "some postings are paid in USD");
        }
        let pay = |pick: &dyn Fn(usize) -> bool| {
            let mut v: Vec<f64> =
                cny.iter().copied().filter(|&i| pick(i) && !ds.monthly[i].is_nan()).map(|i| ds.monthly[i]).collect();
            v.sort_by(f64::total_cmp);
            Quartiles::of_sorted(&v)
        };
        let has = |i: usize, id: u16| ds.skill_sets[i].contains(id);
        assert!(kept.len() > 300, "{} postings kept", kept.len());
        assert_eq!(st.postings, kept.len());
        assert_eq!(st.pay.monthly_midpoint, pay(&|_| true));
        for (g, q) in st.pay.tiers.iter().enumerate() {
            assert_eq!(*q, pay(&|i| tier_group(ds.facts[i].tier) == g), "tier group {g}");
        }
        assert!(!st.skills.is_empty());
        for s in &st.skills {
            let name = taxonomy::skill_name(s.id);
            assert_eq!(s.count, kept.iter().filter(|&&i| has(i, s.id)).count(), "{name}");
            assert_eq!(s.pay.with, pay(&|i| has(i, s.id)), "{name}");
            if let Some(without) = s.pay.without {
                assert_eq!(without, pay(&|i| !has(i, s.id)), "{name}");
            }
        }
        assert!(!st.cooccurrence_top20.is_empty());
        for p in &st.cooccurrence_top20 {
            let (a, b) = (taxonomy::skill_id(p.a).unwrap(), taxonomy::skill_id(p.b).unwrap());
            assert_eq!(p.count, kept.iter().filter(|&&i| has(i, a) && has(i, b)).count(), "{} & {}", p.a, p.b);
        }
    }
}

/// Two CNY postings (per month, one without pay) and three USD ones (per year, k amounts of an English thread).
const MIXED: &str = "### 甲-Python 20-30K\n+ Python Redis\n\n### 乙-Go 面议\n+ Go\n\n\
                     ### Acme-Backend $120k-$180k\n+ Go Python\n\n### Beta-SRE $100k-$140k\n+ Go\n\n\
                     ### Gamma-Dev $150k-$200k\n+ Rust\n";

fn currencies(text: &str) -> Vec<(&'static str, usize, bool)> {
    let ds = Dataset::from_text("t", text);
    ds.pay_currencies().iter().map(|p| (p.currency.code(), p.salaried, p.annual)).collect()
}

#[test]
fn the_default_currency_is_the_one_most_salaried_postings_are_paid_in_ties_cny_then_alphabetical() {
    assert_eq!(currencies(MIXED), [("USD", 3, true), ("CNY", 1, false)], "postings without pay do not count");
    let tie = "### 甲-Python 20-30K\n\n### Acme-Backend $120k-$180k\n";
    assert_eq!(currencies(tie)[0].0, "CNY", "a tie goes to CNY");
    let tie = "### Acme-Backend $120k-$180k\n\n### Beta-Dev €60.000/year\n";
    assert_eq!(currencies(tie)[0].0, "EUR", "without CNY, to the first code in alphabetical order");
    assert_eq!(currencies("### 乙-Go 面议\n+ Go\n"), [("CNY", 0, false)], "no pay at all: CNY");
    // Stable while filtering: keeping only the CNY posting does not make CNY the default.
    let ds = Dataset::from_text("mixed", MIXED);
    let q = Filters { q: "甲".into(), ..Filters::default() };
    let st = stats::compute(&ds, &q);
    assert_eq!((st.postings, st.pay.pay.currency.code(), st.pay.monthly_midpoint.n), (1, "USD", 0));
}

#[test]
fn the_pay_view_defaults_to_the_period_most_postings_of_the_currency_state() {
    let ds = Dataset::from_text("mixed", MIXED);
    assert!(ds.default_annual(joblens_core::Currency::Usd), "USD k amounts are per year");
    assert!(!ds.default_annual(joblens_core::Currency::Cny), "CNY K amounts per month");
    assert!(!ds.default_annual(joblens_core::Currency::Eur), "a currency the data lacks: month");
    // CNY stated per year by most postings, and a tie between year and month (month).
    let yearly = "### 甲-Python 30-50万/年\n\n### 乙-Go 年薪40-60万\n\n### 丙-Java 20-30K\n";
    assert_eq!(currencies(yearly), [("CNY", 3, true)]);
    assert_eq!(currencies("### 甲-Python 30-50万/年\n\n### 丙-Java 20-30K\n"), [("CNY", 2, false)]);
    // The resolved choice: the data's default, a chosen currency with its own default period, a chosen period.
    let pay = |currency, annual| PayChoice { currency, annual }.resolve(&ds);
    assert_eq!(pay(None, None), PayIn { currency: Currency::Usd, annual: true });
    assert_eq!(pay(Some(Currency::Cny), None), PayIn { currency: Currency::Cny, annual: false });
    assert_eq!(pay(Some(Currency::Usd), Some(false)), PayIn { currency: Currency::Usd, annual: false });
    assert_eq!(pay(Some(Currency::Eur), None), PayIn { currency: Currency::Usd, annual: true }, "not paid: default");
}

#[test]
fn histogram_bins_are_5k_for_cny_per_month_else_1_2_5_steps_giving_10_to_30_bars() {
    use joblens_core::stats::{bin_width, histogram};
    let cny = [12_000.0, 18_000.0, 250_000.0];
    assert_eq!(bin_width(Currency::Cny, false, &cny), 5000.0, "whatever the spread");
    let steps = [100.0, 200.0, 500.0, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6];
    for (lo, hi) in [(100_000.0, 200_000.0), (60_000.0, 450_000.0), (3_000.0, 9_000.0), (1e6, 9e6), (0.0, 1e5)] {
        let sorted: Vec<f64> = (0..=40).map(|k| lo + (hi - lo) * f64::from(k) / 40.0).collect();
        for (c, annual) in
            [(Currency::Usd, true), (Currency::Usd, false), (Currency::Cny, true), (Currency::Jpy, false)]
        {
            let w = bin_width(c, annual, &sorted);
            assert!(steps.contains(&w), "{w} is a 1-2-5 step");
            let bars = histogram(&sorted, w).len();
            assert!((10..=30).contains(&bars), "{lo}-{hi}: {bars} bars of {w}");
        }
    }
    // $100k-$200k a year: 5K bins, 21 bars (100K to 205K); 2K would be 51.
    assert_eq!(bin_width(Currency::Usd, true, &[100_000.0, 200_000.0]), 5_000.0);
    // The stats JSON names the width, the view and the currency.
    let ds = Dataset::from_text("mixed", MIXED);
    let json = serde_json::to_value(stats::compute(&ds, &Filters::default())).unwrap();
    assert_eq!((&json["currency"], &json["view"], &json["bin_width"]), (&"USD".into(), &"year".into(), &2000.0.into()));
    let bins: Vec<(f64, u64)> = json["histogram_5k"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["from_k"].as_f64().unwrap(), b["count"].as_u64().unwrap()))
        .collect();
    // Midpoints 150K, 120K and 175K a year: 2K bins from 120K to 174K are 28 bars (5K would be 12, but 2K is the
    // finest step within 30).
    assert_eq!((bins.len(), bins.iter().map(|b| b.1).sum::<u64>()), (28, 3));
    assert_eq!((bins[0], bins[27]), ((120.0, 1), (174.0, 1)));
    assert_eq!(json["CNY"]["monthly_midpoint"]["median"], 25_000.0, "the other currency's pay under its code");
    assert_eq!((&json["CNY"]["view"], &json["CNY"]["bin_width"]), (&"month".into(), &5000.0.into()));
}

#[test]
fn counts_cover_every_posting_and_pay_one_currency() {
    let ds = Dataset::from_text("mixed", MIXED);
    let st = stats::compute(&ds, &Filters::default());
    assert_eq!((st.postings, st.without_salary), (5, 1));
    let count =
        |name: &str| st.skills.iter().find(|s| joblens_core::taxonomy::skill_name(s.id) == name).map(|s| s.count);
    assert_eq!((count("Go"), count("Python"), count("Rust")), (Some(3), Some(2), Some(1)));
    let go_python = st.cooccurrence_top20.iter().find(|p| (p.a, p.b) == ("Go", "Python")).map(|p| p.count);
    assert_eq!(go_python, Some(1), "co-occurrence counts the USD posting");
    // Pay in USD only: midpoints 150K, 120K, 175K a year (12.5K, 10K, 14.6K a month).
    assert_eq!((st.pay.monthly_midpoint.n, st.pay.annual.median), (3, 150_000.0));
    let cny = Filters { pay: PayChoice { currency: Some(Currency::Cny), annual: None }, ..Filters::default() };
    let st = stats::compute(&ds, &cny);
    assert_eq!((st.postings, st.pay.monthly_midpoint.n, st.pay.monthly_midpoint.median), (5, 1, 25_000.0));
    assert_eq!(st.others.iter().map(|o| o.pay.currency).collect::<Vec<_>>(), [Currency::Usd]);
}

#[test]
fn the_salary_range_is_in_thousands_of_the_shown_currency_per_the_shown_period() {
    let ds = Dataset::from_text("mixed", MIXED);
    let kept = |lo: f64, hi: f64, currency: Option<Currency>, annual: Option<bool>| {
        let f =
            Filters { salary: Some((Some(lo), Some(hi))), pay: PayChoice { currency, annual }, ..Filters::default() };
        f.apply(&ds)
    };
    // The default (USD per year): 130-145 overlaps Acme (120-180) and Beta (100-140), not Gamma (150-200); the CNY
    // postings drop out, the one without pay too.
    assert_eq!(kept(130.0, 145.0, None, None), [2, 3]);
    // USD per month: 12-13 is 144K-156K a year.
    assert_eq!(kept(12.0, 13.0, None, Some(false)), [2, 4]);
    // CNY per month, and per year (20-30K × 12 = 240K-360K).
    assert_eq!(kept(25.0, 26.0, Some(Currency::Cny), None), [0]);
    assert_eq!(kept(25.0, 26.0, Some(Currency::Cny), Some(true)), Vec::<u32>::new());
    assert_eq!(kept(300.0, 310.0, Some(Currency::Cny), Some(true)), [0]);
}
