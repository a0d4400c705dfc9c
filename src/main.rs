//! Entry point: in the browser (wasm32) it mounts the page; natively it is the `joblens` command-line tool.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(joblens::cli::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
