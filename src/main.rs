//! Entry point: in the browser (wasm32) it mounts the page; natively it is the `joblens` command-line tool.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(joblens::cli::run(std::env::args().skip(1).collect()));
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
