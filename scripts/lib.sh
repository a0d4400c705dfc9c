# shellcheck shell=bash
# Installs what joblens needs, only what is missing, each at its pinned version. Sourced by serve.sh and test.sh.
# A fresh machine needs rustup/cargo, Node.js + npm, python3 and apt (root or sudo) for Chromium; everything else
# comes from here. Each step checks first, so a second run is quick.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

TRUNK_VERSION=0.21.14
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Chromium refuses to start as root without this; wasm-bindgen-test and Playwright read it.
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\033[1;34m==>\033[0m \033[1m%s\033[0m\n' "$*"; }
die() {
    printf '\033[1;31merror:\033[0m %s\n' "$*" >&2
    exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing: $2"; }

ensure_base() {
    need cargo "install Rust with rustup (https://rustup.rs), then open a new shell"
    need rustup "install Rust with rustup (https://rustup.rs)"
    need node "install Node.js 20 or newer"
    need npm "install npm (it comes with Node.js)"
    need python3 "install Python 3 (the browser tests serve dist/ with python3 -m http.server)"
}

# rust-toolchain.toml lists the target (rustup may add it on first use); this step checks and adds it up front, with a
# message that names the failure. `rustup target list` reads the same file, so it checks the toolchain cargo uses.
ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        step "adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown || die "could not add the wasm32-unknown-unknown target"
    fi
}

ensure_trunk() {
    if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
        step "installing trunk $TRUNK_VERSION (compiles for 10-20 minutes on 2 cores)"
        cargo install --locked trunk --version "$TRUNK_VERSION" || die "could not install trunk $TRUNK_VERSION"
    fi
}

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
    local want
    want=$(wasm_bindgen_version)
    [ -n "$want" ] || die "Cargo.lock has no wasm-bindgen entry"
    if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
        step "installing wasm-bindgen-cli $want (compiles for about 10 minutes)"
        # Without --locked: the crate's own lockfile wants a webpki-roots the registry mirror lacks.
        cargo install wasm-bindgen-cli --version "$want" || die "could not install wasm-bindgen-cli $want"
    fi
}

ensure_node_modules() {
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        step "installing pinned npm packages (echarts, esbuild, binaryen, playwright-core)"
        npm ci --no-audit --no-fund || die "npm ci failed"
    fi
    [ "$(wasm-opt --version 2>/dev/null)" = "wasm-opt version 132 (version_132)" ] ||
        die "wasm-opt 132 from npm's binaryen is not first on PATH (Debian's binaryen 108 breaks the wasm)"
}

ensure_echarts() {
    node scripts/build-echarts.mjs || die "could not build public/vendor/echarts.min.js"
}

ensure_chromium() {
    # CJK fonts: without them screenshots show the Chinese half of the page as boxes.
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 &&
        fc-list :lang=zh 2>/dev/null | grep -q .; then
        return
    fi
    step "installing Debian's chromium, chromium-driver and CJK fonts"
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "chromium is missing and this user cannot install it: run apt-get install chromium chromium-driver as root"
        sudo="sudo"
    fi
    $sudo apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-noto-cjk ||
        die "could not install chromium, chromium-driver and fonts-noto-cjk with apt-get"
}

DUCKDB_VERSION=2.0.1

# DuckDB for the NDJSON hand-off test, in the project's own git-ignored virtual environment (Debian's Python refuses
# system-wide pip installs).
ensure_duckdb() {
    if [ "$(.venv/bin/python -c 'import duckdb; print(duckdb.__version__)' 2>/dev/null)" != "$DUCKDB_VERSION" ]; then
        step "installing duckdb $DUCKDB_VERSION into .venv (PyPI)"
        python3 -m venv .venv || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
        .venv/bin/pip install -q "duckdb==$DUCKDB_VERSION" || die "could not install duckdb $DUCKDB_VERSION from PyPI"
    fi
}

ensure_crates() {
    # Trunk runs cargo offline: the dependencies must be in the local registry first.
    cargo fetch --locked >/dev/null || die "cargo fetch failed (network to crates.io?)"
}

ensure_web_tools() {
    ensure_base
    ensure_wasm_target
    ensure_crates
    ensure_node_modules
    ensure_echarts
    ensure_trunk
    ensure_wasm_bindgen
}
