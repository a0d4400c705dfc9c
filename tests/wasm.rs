//! The engine and the page inside a real browser (wasm-bindgen-test in headless Chromium): the wasm build reads
//! the corpus exactly as the native one does, and `App` mounts, counts and draws.

#![cfg(target_arch = "wasm32")]

use joblens::app::App;
use joblens::charts::CHARTS;
use joblens::state::AppState;
use joblens_core::share::{decode_data, decode_query, encode_data};
use joblens_core::{parse, stats, Dataset, Filters, DEFAULT_CORPUS};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn engine_reads_the_corpus_in_wasm() {
    let parsed = parse(DEFAULT_CORPUS);
    assert_eq!(parsed.postings.len(), 32);
    let first = &parsed.postings[0];
    assert_eq!(first.company.map(|s| s.of(DEFAULT_CORPUS)), Some("腾讯上海"));
    assert_eq!(first.salary.and_then(|s| s.min), Some(20_000.0));
    assert_eq!(first.skills.skill_names(), ["Django", "Flask", "Linux", "MySQL", "Python", "Redis"]);
}

#[wasm_bindgen_test]
fn statistics_in_wasm_equal_the_reference_figures() {
    let ds = Dataset::default_corpus();
    let got = serde_json::to_value(stats::compute(&ds, &Filters::default())).unwrap();
    let want: serde_json::Value =
        serde_json::from_str(include_str!("../crates/joblens-core/data/python-jobs-shanghai.stats.json")).unwrap();
    for key in ["postings", "without_salary", "monthly_midpoint", "annual"] {
        assert_eq!(got[key], want[key], "{key}");
    }
    // Groups: every group of the reference (ours also lists an empty "unknown" tier).
    for key in ["tiers", "experience_bands", "education", "skills"] {
        for (group, figures) in want[key].as_object().unwrap() {
            assert_eq!(&got[key][group], figures, "{key}.{group}");
        }
    }
    assert_eq!(got["top20"], want["top20"]);
    assert_eq!(got["histogram_5k"], want["histogram_5k"]);
    assert_eq!(got["cooccurrence_top20"], want["cooccurrence_top20"]);
}

#[wasm_bindgen_test]
fn share_codecs_in_wasm() {
    let text = "### 测试-Python 20-30K\n+ 熟悉Redis\n";
    assert_eq!(decode_data(&encode_data(text)).as_deref(), Ok(text));
    let (view, warnings) = decode_query("?tier=%3C100&skills=redis&salary=abc");
    assert_eq!(view.filters.tiers.len(), 1);
    assert_eq!(view.filters.all.len(), 1);
    assert_eq!(warnings.len(), 1);
}

fn query(sel: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.query_selector(sel).ok()?
}

/// Waits until `done` holds, checking every 20 ms for at most `max_ms`; whether it held. Frames pass meanwhile
/// (a chart is drawn after the browser has told that it is on screen, which takes a rendering step).
async fn until_ms(max_ms: u32, done: impl Fn() -> bool) -> bool {
    for _ in 0..max_ms / 20 {
        if done() {
            return true;
        }
        let sleep = js_sys::Promise::new(&mut |resolve, _| {
            let _ =
                web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(sleep).await;
    }
    done()
}

fn attr(sel: &str, name: &str) -> Option<String> {
    query(sel)?.get_attribute(name)
}

#[wasm_bindgen_test]
async fn app_mounts_counts_and_draws() {
    // The runner's page has no ECharts: load the same build index.html loads.
    js_sys::eval(include_str!("../public/vendor/echarts.min.js")).expect("echarts loads");
    let (view, _) = decode_query("?tier=%3C100");
    let state = AppState::new(view);
    leptos::mount::mount_to_body(move || view! { <App state=state/> });
    // A chart is drawn when it is near the screen (the runner's window shows only the first ones): each is
    // scrolled to, as a user would, and drawn in a task of its own.
    for c in &CHARTS {
        let sel = format!("[data-testid={}]", c.id);
        query(&sel).expect("chart element").scroll_into_view();
        let drawn = || attr(&sel, "data-drawn").as_deref() == Some("true");
        assert!(until_ms(5000, drawn).await, "{} drawn", c.id);
    }
    query("[data-testid=chart-skills]").expect("chart element").scroll_into_view();
    let count = query("[data-testid=posting-count]").and_then(|e| e.text_content()).unwrap_or_default();
    assert!(count.trim_start().starts_with("6"), "posting-count: {count:?}");
    let total = query("[data-testid=total-count]").and_then(|e| e.text_content()).unwrap_or_default();
    assert!(total.contains("32"), "total-count: {total:?}");
    assert_eq!(attr("[data-testid=chart-skills]", "data-n").as_deref(), Some("6"));
    // The table is mounted once the charts on the first screen are drawn and painted: a frame after them.
    let rows = || {
        let doc = web_sys::window().unwrap().document().unwrap();
        doc.query_selector_all("[data-testid=posting-row]").map_or(0, |r| r.length())
    };
    assert!(until_ms(5000, || rows() == 6).await, "posting rows: {}", rows());
    // Changing the filters redraws with the new n.
    state.view.current.update(|v| v.filters.tiers.clear());
    // 32 postings; 22 of them state both experience and pay.
    let n = |id: &str| attr(&format!("[data-testid={id}]"), "data-n");
    assert!(until_ms(5000, || n("chart-skills").as_deref() == Some("32")).await, "skills: {:?}", n("chart-skills"));
    // A chart scrolled to after the change is drawn with the option current then.
    query("[data-testid=chart-exp-salary]").expect("chart element").scroll_into_view();
    let redrawn = || n("chart-exp-salary").as_deref() == Some("22");
    assert!(until_ms(5000, redrawn).await, "experience: {:?}", n("chart-exp-salary"));
}
