//! A deterministic generator of realistic posting text at any size, for benchmarks and scale tests: markdown
//! postings under tier headings built from the default corpus's bodies with varied companies, titles and pay,
//! with job-site cards and English postings mixed in after thematic breaks.

use crate::parse::parse;
use crate::DEFAULT_CORPUS;

/// splitmix64: small, fast and good enough to vary benchmark text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const COMPANIES: &[&str] = &[
    "星河数据",
    "蓝鲸信息",
    "云帆互动",
    "极光网络",
    "小步科技",
    "青橙智能",
    "远山软件",
    "海豚科技",
    "北辰云",
    "若水数据",
    "Northwind Labs",
    "Acme Robotics",
    "Globex",
    "Initech",
    "木棉科技",
    "鲸落网络",
    "光年实验室",
    "墨子科技",
];
const TITLES: &[&str] = &[
    "Python后端开发工程师",
    "高级Python工程师",
    "后端研发工程师",
    "数据平台开发工程师",
    "Python开发工程师（Web方向）",
    "运维开发工程师",
    "爬虫工程师",
    "全栈工程师",
];
const TIERS: &[&str] = &["企业 1000人+", "企业 500-999人", "企业 100-499人", "企业 100人以下"];
const MONTHS: &[&str] = &["", "", "·13薪", "·14薪", "·15薪", "·16薪"];

/// The bodies (text after the heading line) of the default corpus's postings.
fn bodies() -> Vec<&'static str> {
    let parsed = parse(DEFAULT_CORPUS);
    parsed
        .postings
        .iter()
        .map(|p| {
            let s = p.span.of(DEFAULT_CORPUS);
            s.split_once('\n').map_or("", |(_, body)| body.trim_start_matches('\n'))
        })
        .filter(|b| !b.trim().is_empty())
        .collect()
}

/// About `n` postings of generated text (exactly `n` postings once parsed), the same for the same `seed`.
pub fn corpus(n: usize, seed: u64) -> String {
    let bodies = bodies();
    let mut rng = Rng(seed);
    let mut out = String::with_capacity(n * 800);
    out.push_str(&format!("# 生成的招聘数据（{n}个）\n\n"));
    for k in 0..n {
        if k % 50 == 0 {
            out.push_str(&format!("## {}\n\n", TIERS[(k / 50) % TIERS.len()]));
        }
        let lo = 8 + rng.below(30);
        let hi = lo + 3 + rng.below(25);
        let company = rng.pick(COMPANIES);
        let title = rng.pick(TITLES);
        let body = bodies[rng.below(bodies.len())];
        match k % 20 {
            7 => {
                // A job-site card after a thematic break.
                let years = 1 + rng.below(5);
                out.push_str(&format!(
                    "---\n\n{title}\n{lo}-{hi}K{}\n上海 浦东新区 {years}-{}年 本科\n{company} 互联网 B轮 100-499人\n职位描述\n{body}\n\n",
                    rng.pick(MONTHS),
                    years + 2
                ));
            }
            13 => {
                // An English posting after a thematic break.
                out.push_str(&format!(
                    "---\n\n{company} | Backend Engineer (Python) | Remote | ${}k-${}k\nWe use Python, Django, PostgreSQL and Redis on AWS. You have {}+ years of experience with Docker and Kubernetes.\n\n",
                    lo * 5,
                    hi * 5,
                    1 + rng.below(6)
                ));
            }
            _ => {
                out.push_str(&format!("### {company}-{title} {lo}-{hi}K{}\n\n{body}\n\n", rng.pick(MONTHS)));
            }
        }
    }
    out
}

/// The shapes of generated bulk pastes, beside the markdown of `corpus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paste {
    /// A spreadsheet export: a header row, then one quoted row per posting with its description in a cell.
    Csv,
    /// A scraper's JSON Lines: one object per posting, the description with `\n` escapes.
    JsonLines,
    /// A Hacker News thread: a header line per comment, the post, a `reply` line.
    Thread,
    /// Job-site cards, one field a line, no blank line between cards.
    Cards,
}

impl Paste {
    pub const ALL: [Paste; 4] = [Paste::Csv, Paste::JsonLines, Paste::Thread, Paste::Cards];

    pub fn name(self) -> &'static str {
        match self {
            Paste::Csv => "csv",
            Paste::JsonLines => "jsonl",
            Paste::Thread => "thread",
            Paste::Cards => "cards",
        }
    }
}

const CITIES: &[&str] = &["上海", "北京", "深圳", "杭州", "成都"];

/// About `n` postings pasted in one of the bulk shapes (exactly `n` once parsed), the same for the same `seed`.
pub fn paste(shape: Paste, n: usize, seed: u64) -> String {
    let bodies = bodies();
    let mut rng = Rng(seed);
    let mut out = String::with_capacity(n * 800);
    match shape {
        Paste::Csv => out.push_str("company,title,salary,city,experience,education,description\n"),
        Paste::Thread => {
            out.push_str("Ask HN: Who is hiring?\n120 points by whoishiring 3 days ago | flag | comments\n\n")
        }
        Paste::JsonLines | Paste::Cards => {}
    }
    for k in 0..n {
        let lo = 8 + rng.below(30);
        let hi = lo + 3 + rng.below(25);
        let (company, title, city) = (rng.pick(COMPANIES), rng.pick(TITLES), rng.pick(CITIES));
        let body = bodies[rng.below(bodies.len())].trim_end();
        let years = 1 + rng.below(5);
        match shape {
            Paste::Csv => out.push_str(&format!(
                "{company},{title},{lo}-{hi}K,{city},{years}-{}年,本科,\"{}\"\n",
                years + 2,
                body.replace('"', "\"\"")
            )),
            Paste::JsonLines => {
                let row = serde_json::json!({
                    "name": company, "jobname": title, "salary": format!("{lo}K-{hi}K"), "jobarea": city,
                    "workingExp": format!("{years}-{}年", years + 2), "eduLevel": "本科", "job_detail": body,
                });
                out.push_str(&row.to_string());
                out.push('\n');
            }
            Paste::Thread => out.push_str(&format!(
                "user{k} 3 days ago | prev | next [–]\n\n{company} | {title} | {city} | {lo}-{hi}K\n{body}\n\nreply\n\n"
            )),
            Paste::Cards => {
                let head = body.lines().next().unwrap_or("").trim_start_matches(['+', ' ']);
                out.push_str(&format!(
                    "{title}\n{lo}-{hi}K{}\n{city}·某区\n{years}-{}年 本科\n{company}\n互联网 B轮 100-499人\n{head}\n",
                    rng.pick(MONTHS),
                    years + 2
                ));
            }
        }
    }
    out
}

/// The view the benchmarks filter with: two tiers, one required skill, one excluded, a salary floor.
pub fn benchmark_filters() -> crate::Filters {
    let id = |s| crate::taxonomy::skill_id(s).unwrap_or(0);
    crate::Filters {
        tiers: vec![crate::Tier::Large, crate::Tier::Small],
        all: vec![id("MySQL")],
        not: vec![id("Java")],
        salary: Some((Some(15.0), None)),
        ..crate::Filters::default()
    }
}

/// Timings of one engine run over `text` (the same on both sides so wasm/native ratios mean something):
/// parse and the bare automaton scan (best of three each), index, and filter + aggregate with no filter and with
/// `benchmark_filters`, averaged over `repeats`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Timings {
    pub bytes: usize,
    pub postings: usize,
    pub parse_ms: f64,
    pub parse_mb_per_s: f64,
    /// The automaton's pass alone (`scan::bare_count`, best of three): the floor for parse.
    pub scan_mb_per_s: f64,
    pub index_ms: f64,
    pub aggregate_all_ms: f64,
    pub aggregate_filtered_ms: f64,
    /// The page's wasm memory, when the page runs it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wasm_memory_bytes: Option<f64>,
}

/// Runs the engine over `text` with `now` as the clock (milliseconds): the core reads no clock itself.
pub fn time_engine(text: &str, repeats: u32, now: &dyn Fn() -> f64) -> Timings {
    crate::scan::warm_up();
    // Parse: the best of three, so that a first, cold run (page faults, the JIT's first tier in a browser) does not
    // stand for the engine.
    let mut parse_ms = f64::INFINITY;
    let mut parsed = parse("");
    for _ in 0..3 {
        drop(parsed);
        let t0 = now();
        parsed = parse(text);
        parse_ms = parse_ms.min(now() - t0);
    }
    let mut scan_ms = f64::INFINITY;
    for _ in 0..3 {
        let t0 = now();
        std::hint::black_box(crate::scan::bare_count(text));
        scan_ms = scan_ms.min(now() - t0);
    }
    let mb_per_s = |ms: f64| text.len() as f64 / 1e6 / (ms / 1e3).max(1e-9);
    let postings = parsed.postings.len();
    let owned = text.to_string();
    let t1 = now();
    let ds = crate::Dataset::new("bench", owned, parsed);
    let index_ms = now() - t1;
    let repeats = repeats.max(1);
    let run = |f: &crate::Filters| {
        let t = now();
        for _ in 0..repeats {
            std::hint::black_box(crate::stats::compute(&ds, f));
        }
        (now() - t) / f64::from(repeats)
    };
    let aggregate_all_ms = run(&crate::Filters::default());
    let aggregate_filtered_ms = run(&benchmark_filters());
    Timings {
        bytes: text.len(),
        postings,
        parse_ms,
        parse_mb_per_s: mb_per_s(parse_ms),
        scan_mb_per_s: mb_per_s(scan_ms),
        index_ms,
        aggregate_all_ms,
        aggregate_filtered_ms,
        wasm_memory_bytes: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pastes_of_every_shape_come_apart_into_the_asked_number_of_postings() {
        for shape in Paste::ALL {
            let parsed = parse(&paste(shape, 120, 9));
            assert_eq!(parsed.postings.len(), 120, "{}", shape.name());
            assert!(parsed.postings.iter().all(|p| p.salary.is_some() && p.company.is_some()), "{}", shape.name());
        }
    }

    #[test]
    fn generates_the_asked_number_of_postings() {
        for n in [1, 20, 137] {
            let text = corpus(n, 7);
            assert_eq!(parse(&text).postings.len(), n, "n = {n}");
        }
        assert_eq!(corpus(40, 1), corpus(40, 1));
        assert_ne!(corpus(40, 1), corpus(40, 2));
    }
}
