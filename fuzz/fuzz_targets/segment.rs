//! Segmentation on arbitrary text behind the chrome and record shapes real pastes have (a thread's post headers,
//! GitHub comment headers, forum replies, job-site cards, list items, headings): the first byte picks the frame,
//! the rest is repeated inside it, so the fuzzer explores where one record ends and the next begins.
#![no_main]

#[path = "check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

/// Each frame is written before every piece of the input; `{}` is where the piece goes.
const FRAMES: &[&str] = &[
    "{}\n",
    "alice 3 hours ago | prev | next [–]\n{}\nreply\n",
    "octocat commented on Jun 1, 2024\n{}\n",
    "octocat 评论于 2024年6月1日\n{}\n",
    "#12 user 3 小时前\n{}\n",
    "Python开发工程师\n15-25K\n上海·浦东新区\n3-5年本科\n某某科技\n互联网 · A轮 · 100-499人\n{}\n",
    "- [深圳/远程] 某公司诚聘 {} 薪水 20-30K\n",
    "### 某公司 - {} 20-40K\n",
    "工作职责\n{}\n任职资格\n{}\n",
    "bob 2 hours ago | parent | next [–]\n{}\nreply\n",
    "ruanyf commented on Oct 1, 2025\nOwner\n**公司名称**：{}\n工作地点：{}\n薪资范围：{}\n",
    "web前端\n{}有限公司\n薪资面议\n南京-建邺区 | {} | 大专\n民营 | 20-99人\n",
    "Intro {}\n\nCompany\tTitle\tSalary\n{}\tGo\t5000-8000（或面议） USD / 月\nB\t{}\t5,000 - 9,500U\n",
    "后端工程师\n工作地点：{}\n薪资：{}\n",
    "## 招聘 1\n{}\n## 星河科技\n- 岗位：{}\n",
    "Acme | {} | Berlin | €70k\n{}\n\nBeta | Go Engineer | {} | 20-30K\n工作经验：{}\n",
    "**{}. 星河（{}） — Java开发，13-26k，上海**\n- [北京-{}-前端（18-30k）](/a.md)\n{}\n09:32发布\n15k-25k 经验{} / 大专\n",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let frame = FRAMES[pick as usize % FRAMES.len()];
    let body = String::from_utf8_lossy(rest);
    let mut text = String::from("Ask HN: Who is hiring?\n123 points by whoishiring\n");
    // Pieces split at `\x01`, so one input makes several records of the same shape.
    for piece in body.split('\u{1}') {
        text.push_str(&frame.replace("{}", piece));
    }
    check::spans_fit_and_slices_agree(&text, 1 + (pick as usize >> 4));
});
