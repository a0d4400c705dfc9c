//! A parsed text ready for fast filtering: the text, its postings, and per-posting numbers and orders computed once
//! (monthly pay, salary order) so that each filter change costs one pass over the postings.

use std::sync::{Arc, Mutex};

use aho_corasick::{AhoCorasick, MatchKind};

use crate::model::{Currency, Posting};
use crate::parse::{parse, Parsed};

/// Text, postings and the per-posting figures statistics need.
pub struct Dataset {
    pub name: String,
    pub text: String,
    pub parsed: Parsed,
    /// Monthly midpoint in the posting's currency; NaN without salary.
    pub monthly: Vec<f64>,
    /// Annual pay (monthly × salary months, 12 when unknown); NaN without salary.
    pub annual: Vec<f64>,
    /// Monthly range, open ends as ±∞; NaN without salary.
    pub monthly_range: Vec<(f64, f64)>,
    /// Salaried postings ordered by (currency, monthly midpoint, index).
    pub by_monthly: Vec<u32>,
    /// Salaried postings ordered by (currency, annual pay, index).
    pub by_annual: Vec<u32>,
    query_cache: Mutex<Option<(String, Arc<Vec<bool>>)>>,
}

/// The currency a posting is counted under: its salary's, or CNY (the default view) when it has none.
pub fn currency_of(p: &Posting) -> Currency {
    p.salary.map_or(Currency::Cny, |s| s.currency)
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
        let mut monthly = Vec::with_capacity(n);
        let mut annual = Vec::with_capacity(n);
        let mut monthly_range = Vec::with_capacity(n);
        for p in &parsed.postings {
            match p.salary {
                Some(s) => {
                    let m = s.monthly_midpoint().unwrap_or(f64::NAN);
                    monthly.push(m);
                    annual.push(m * s.months_or_default());
                    let (lo, hi) = s.monthly_range();
                    monthly_range.push((lo.unwrap_or(f64::NEG_INFINITY), hi.unwrap_or(f64::INFINITY)));
                }
                None => {
                    monthly.push(f64::NAN);
                    annual.push(f64::NAN);
                    monthly_range.push((f64::NAN, f64::NAN));
                }
            }
        }
        // Sort keys as plain integers (currency, then the amount's bits in total order): one cheap comparison.
        let currency: Vec<u8> = parsed.postings.iter().map(|p| currency_of(p) as u8).collect();
        let order = |key: &[f64]| {
            let ordered = |v: f64| {
                let bits = v.to_bits();
                if bits >> 63 == 1 {
                    !bits
                } else {
                    bits | 1 << 63
                }
            };
            let mut idx: Vec<(u8, u64, u32)> =
                (0..n).filter(|&i| !key[i].is_nan()).map(|i| (currency[i], ordered(key[i]), i as u32)).collect();
            idx.sort_unstable();
            idx.into_iter().map(|(_, _, i)| i).collect::<Vec<u32>>()
        };
        let by_monthly = order(&monthly);
        let by_annual = order(&annual);
        Dataset {
            name: name.into(),
            text,
            parsed,
            monthly,
            annual,
            monthly_range,
            by_monthly,
            by_annual,
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

    /// Currencies present, CNY first.
    pub fn currencies(&self) -> Vec<Currency> {
        let mut cs: Vec<Currency> = self.parsed.postings.iter().map(currency_of).collect();
        cs.push(Currency::Cny);
        cs.sort();
        cs.dedup();
        cs
    }

    /// Which postings mention `q` (company, title or body), ignoring ASCII case and width. Cached for the last query,
    /// so moving a slider with a search set does not rescan the text.
    pub fn query_mask(&self, q: &str) -> Arc<Vec<bool>> {
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
        let patterns = [q.to_string(), wide(q), wide(&q.to_uppercase())];
        let Ok(ac) =
            AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).ascii_case_insensitive(true).build(patterns)
        else {
            return mask;
        };
        let postings = &self.parsed.postings;
        for m in ac.find_iter(&self.text) {
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
