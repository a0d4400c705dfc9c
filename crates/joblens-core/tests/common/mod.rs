//! Helpers shared by the integration tests: the fixtures in `data/` and the vocabulary the labels
//! check.

#![allow(dead_code)]

use serde_json::Value;

pub const CORPUS: &str = include_str!("../../data/python-jobs-shanghai.md");
pub const GOLDEN: &str = include_str!("../../data/python-jobs-shanghai.golden.json");
pub const STATS: &str = include_str!("../../data/python-jobs-shanghai.stats.json");
pub const MESSY: &str = include_str!("../../data/messy-pastes.json");

pub fn json(s: &str) -> Value {
    serde_json::from_str(s).expect("fixture is valid JSON")
}

/// Years of experience as the labels (and the JSON export) write them: whole years as integers.
pub fn years(y: Option<f32>) -> Value {
    y.map_or(Value::Null, |y| if y.fract() == 0.0 { Value::from(y as u32) } else { Value::from(y) })
}

/// The canonical skill names whose presence or absence the labels check.
pub fn vocabulary() -> Vec<String> {
    json(GOLDEN)["checked_vocabulary"]
        .as_array()
        .expect("checked_vocabulary")
        .iter()
        .map(|v| v.as_str().expect("name").to_string())
        .collect()
}

pub fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}
