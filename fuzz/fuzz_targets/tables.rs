//! The table readers (CSV, TSV, markdown / pipe tables, JSON Lines and arrays) on arbitrary cells under a header
//! row the synonym table knows: the first byte picks the format, the rest is the body, as written (broken quotes,
//! ragged rows and stray brackets included).
#![no_main]

#[path = "check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

const HEADERS: &[&str] = &[
    "职位名称,薪资,公司名称,城市,经验要求,学历要求,职位描述\n",
    "title\tsalary\tcompany\tlocation\texperience\teducation\tdescription\n",
    "| 公司 | 岗位 | 薪资(K) | 城市 | 要求 |\n| --- | --- | --- | --- | --- |\n",
    "",
    "[",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let body = String::from_utf8_lossy(rest);
    let mut text = String::from(HEADERS[pick as usize % HEADERS.len()]);
    if text.is_empty() || text == "[" {
        // JSON: a first record in a shape scrapers write, then the fuzzer's bytes.
        text.push_str("{\"title\": \"Python开发\", \"salary\": \"15-25K\", \"company\": \"某公司\"}\n");
    }
    text.push_str(&body);
    check::spans_fit_and_slices_agree(&text, 1 + (pick as usize >> 3));
});
