#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting, clippy (host and wasm32), native tests (engine,
# CLI, charts, properties), wasm tests in headless Chromium, the release build, and the browser tests against it.
source "$(dirname "$0")/lib.sh"
ensure_web_tools
ensure_chromium
ensure_duckdb

step "cargo fmt --check"
cargo fmt --all --check
step "clippy (host)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests (engine, CLI, charts; property tests included)"
cargo test --workspace --locked
step "DuckDB reads the CLI's NDJSON (the hand-off of a collection that outgrows one machine)"
cargo build --locked --bin joblens
.venv/bin/python tests/handoff/duckdb_ndjson.py target/debug/joblens
step "wasm tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test wasm
step "release build (trunk)"
trunk build --release
step "browser tests (Playwright + Debian Chromium, against dist/ on 127.0.0.1)"
node --test --test-concurrency=1 tests/browser/
step "all tests passed"
