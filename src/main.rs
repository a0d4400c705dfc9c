//! Entry point: in the browser (wasm32) it mounts the page; natively it is the `joblens` command-line tool.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(joblens::cli::run(std::env::args().skip(1).collect()));
}

/// Test hook: panics inside the wasm, so browser tests can check that the crash screen appears and the data
/// survives. Harmless to expose: it can only stop this page, which any script on it could do anyway.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn joblens_test_panic() {
    panic!("test panic requested through joblens_test_panic()");
}

/// Benchmark hook: the engine's timings over `text` inside the page's wasm (JSON, the shape of
/// `joblens bench`), plus the wasm memory size. Used by tests/browser/bench.mjs.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn joblens_bench(text: &str, repeats: u32) -> String {
    use wasm_bindgen::JsCast;
    let t = joblens_core::synth::time_engine(text, repeats, &joblens::js::now_ms);
    let memory = wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer();
    let bytes = memory.unchecked_into::<js_sys::ArrayBuffer>().byte_length();
    let t = joblens_core::synth::Timings { wasm_memory_bytes: Some(f64::from(bytes)), ..t };
    serde_json::to_string(&t).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic shows the static crash screen ("your data is kept", with a reload link) instead of a dead page.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        joblens::js::show_crash_screen();
    }));
    joblens::app::start();
}
