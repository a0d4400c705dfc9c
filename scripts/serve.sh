#!/usr/bin/env bash
# Installs what is missing, then serves the app (release build) on the embedded default data.
# Usage: scripts/serve.sh [PORT]   (default 8080)
source "$(dirname "$0")/lib.sh"
PORT=${1:-${PORT:-8080}}
ensure_web_tools
step "serving joblens at http://127.0.0.1:$PORT/ (Ctrl-C stops)"
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
