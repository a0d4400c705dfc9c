//! The labelled messy pastes (cards, 万/月, 万/年, 元/天, 面议, English EUR/USD, fullwidth with hidden digits,
//! two postings split by `---`, 千/万 and `30*16`): every labelled field of every paste must be right.

mod common;

use common::{json, strings, vocabulary, years, MESSY};
use joblens_core::parse;
use serde_json::Value;

fn salary_json(s: &joblens_core::Salary) -> Value {
    let n = |v: Option<f64>| v.map_or(Value::Null, Value::from);
    serde_json::json!({
        "min": n(s.min), "max": n(s.max), "currency": s.currency.code(), "period": s.period.id(),
        "months": s.months,
    })
}

fn same_number(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        _ => a == b,
    }
}

#[test]
fn every_labelled_field_of_every_paste() {
    let doc = json(MESSY);
    let vocab = vocabulary();
    let mut failures = Vec::new();
    let pastes = doc["pastes"].as_array().expect("pastes");
    assert!(pastes.len() >= 10);
    for paste in pastes {
        let id = paste["id"].as_str().unwrap_or("?");
        let text = paste["text"].as_str().expect("text");
        let parsed = parse(text);
        let want = paste["postings"].as_array().expect("postings");
        if parsed.postings.len() != want.len() {
            failures.push(format!("{id}: {} postings, want {}", parsed.postings.len(), want.len()));
            continue;
        }
        let mut fail = |field: &str, got: &Value, exp: &Value| {
            failures.push(format!("{id}: {field} got {got}, want {exp}"));
        };
        for (p, w) in parsed.postings.iter().zip(want) {
            for (field, got) in [("company", p.company), ("title", p.title)] {
                // null labels mean "best effort, not checked"
                if !w[field].is_null() {
                    let got = got.map_or(Value::Null, |s| Value::from(s.of(text)));
                    if got != w[field] {
                        fail(field, &got, &w[field]);
                    }
                }
            }
            let tier = p.tier.map_or(Value::Null, |t| Value::from(t.id()));
            if tier != w["tier"] {
                fail("tier", &tier, &w["tier"]);
            }
            let salary = p.salary.as_ref().map_or(Value::Null, salary_json);
            let salary_ok = match (&salary, &w["salary"]) {
                (Value::Null, Value::Null) => true,
                (Value::Object(g), Value::Object(e)) => e.iter().all(|(k, v)| same_number(&g[k], v)),
                _ => false,
            };
            if !salary_ok {
                fail("salary", &salary, &w["salary"]);
            }
            let exp = years(p.experience_min_years);
            if exp != w["experience_min_years"] {
                fail("experience_min_years", &exp, &w["experience_min_years"]);
            }
            let edu = p.education.map_or(Value::Null, |e| Value::from(e.label()));
            if edu != w["education"] {
                fail("education", &edu, &w["education"]);
            }
            let skills: Vec<String> = p
                .skills
                .skill_names()
                .into_iter()
                .filter(|s| vocab.iter().any(|v| v == s))
                .map(str::to_string)
                .collect();
            if skills != strings(&w["skills"]) {
                fail("skills", &Value::from(skills), &w["skills"]);
            }
        }
        let mut codes: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code).collect();
        codes.dedup();
        let want_codes = strings(&paste["diagnostic_codes"]);
        if codes != want_codes {
            failures.push(format!("{id}: diagnostics {codes:?}, want {want_codes:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
