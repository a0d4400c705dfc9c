//! Entry point of the page: the panic hook (crash screen) and mounting `App`, plus two hooks for the browser tests
//! and benchmark. It compiles natively too, so host tools check it; it only runs in the browser.

/// Test hook: panics inside the wasm, so browser tests can check that the crash screen appears and the data
/// survives. Harmless to expose: it can only stop this page, which any script on it could do anyway.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn joblens_test_panic() {
    panic!("test panic requested through joblens_test_panic()");
}

/// Benchmark hook: the engine's timings over `text` inside the page's wasm (JSON, the shape of
/// `joblens bench`), plus the wasm memory size. Used by tests/browser/bench.mjs.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn joblens_bench(text: &str, repeats: u32) -> String {
    use wasm_bindgen::JsCast;
    let t = joblens_core::synth::time_engine(text, repeats, &joblens::js::now_ms);
    let memory = wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer();
    let bytes = memory.unchecked_into::<js_sys::ArrayBuffer>().byte_length();
    let t = joblens_core::synth::Timings { wasm_memory_bytes: Some(f64::from(bytes)), ..t };
    joblens::json::to_json(&t)
}

fn main() {
    // A panic shows the static crash screen ("your data is kept", with a reload link) instead of a dead page.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        joblens::js::show_crash_screen();
    }));
    joblens::app::start();
}
