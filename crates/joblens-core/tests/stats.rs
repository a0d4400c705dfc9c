//! `stats` on the default corpus gives the figures of data/python-jobs-shanghai.stats.json: counts exact,
//! salaries to the yuan, shares to four decimals, every key and list of the expected file present in ours.

mod common;

use common::{json, STATS};
use joblens_core::{stats, Dataset, Filters};
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
    assert_eq!(st.monthly_midpoint.median, 15000.0);
}

/// The statistics read bit sets and pay orders built once per dataset; here every figure is counted again
/// posting by posting, on a synthetic corpus of many 64-posting blocks, with and without filters.
#[test]
fn indexed_statistics_equal_counting_posting_by_posting() {
    use joblens_core::filter::keep_mask;
    use joblens_core::groups::tier_group;
    use joblens_core::stats::Quartiles;
    use joblens_core::{synth, taxonomy, Currency};

    let ds = Dataset::from_text("synth", synth::corpus(3_001, 11));
    for filters in [Filters::default(), synth::benchmark_filters()] {
        let st = stats::compute(&ds, &filters);
        let keep = keep_mask(&ds, &filters);
        let kept: Vec<usize> = (0..ds.len()).filter(|&i| keep[i] && ds.currency[i] == Currency::Cny).collect();
        let pay = |pick: &dyn Fn(usize) -> bool| {
            let mut v: Vec<f64> =
                kept.iter().copied().filter(|&i| pick(i) && !ds.monthly[i].is_nan()).map(|i| ds.monthly[i]).collect();
            v.sort_by(f64::total_cmp);
            Quartiles::of_sorted(&v)
        };
        let has = |i: usize, id: u16| ds.skill_sets[i].contains(id);
        assert!(kept.len() > 300, "{} postings kept", kept.len());
        assert_eq!(st.postings, kept.len());
        assert_eq!(st.monthly_midpoint, pay(&|_| true));
        for (g, q) in st.tiers.iter().enumerate() {
            assert_eq!(*q, pay(&|i| tier_group(ds.facts[i].tier) == g), "tier group {g}");
        }
        assert!(!st.skills.is_empty());
        for s in &st.skills {
            let name = taxonomy::skill_name(s.id);
            assert_eq!(s.count, kept.iter().filter(|&&i| has(i, s.id)).count(), "{name}");
            assert_eq!(s.with, pay(&|i| has(i, s.id)), "{name}");
            if let Some(without) = s.without {
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
