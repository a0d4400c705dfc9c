#!/usr/bin/env bash
# Prints the gzip -9 size of every file the page loads (everything `trunk build --release` writes to dist/: the html,
# the css, the ECharts bundle, the wasm-bindgen glue and its snippets, the wasm) and the totals against the budgets of
# issue 15 (KB = 1,000 bytes): the wasm at most 260 KB, everything at most 460 KB. Exits 1 when a budget is exceeded.
#
# Usage: scripts/size.sh [DIST]      (DIST defaults to dist/; build it first with `trunk build --release`)
# docs/size.md says where the wasm's bytes go and how to find them (twiggy).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${1:-$ROOT/dist}
WASM_BUDGET=260000
TOTAL_BUDGET=460000

[ -f "$DIST/index.html" ] || {
    echo "size: $DIST/index.html is missing; run \`trunk build --release\` first" >&2
    exit 2
}
ls "$DIST"/*.wasm >/dev/null 2>&1 || {
    echo "size: no .wasm in $DIST" >&2
    exit 2
}

gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v n="$1" 'BEGIN { printf "%.1f KB", n / 1000 }'; }

total=0
wasm=0
printf '%-48s %10s %12s\n' file bytes 'gzip -9'
while IFS= read -r f; do
    raw=$(wc -c <"$f")
    z=$(gz "$f")
    total=$((total + z))
    case "$f" in *.wasm) wasm=$((wasm + z)) ;; esac
    printf '%-48s %10d %12d\n' "${f#"$DIST"/}" "$raw" "$z"
done < <(find "$DIST" -type f -not -path "*/.*" | sort)

status=0
verdict() { if [ "$1" -le "$2" ]; then echo "ok"; else echo "OVER by $(kb $(($1 - $2)))"; fi; }
printf '\nwasm   %9d B = %-9s budget %s: %s\n' "$wasm" "$(kb "$wasm")" "$(kb $WASM_BUDGET)" "$(verdict "$wasm" $WASM_BUDGET)"
printf 'total  %9d B = %-9s budget %s: %s\n' "$total" "$(kb "$total")" "$(kb $TOTAL_BUDGET)" "$(verdict "$total" $TOTAL_BUDGET)"
[ "$wasm" -le $WASM_BUDGET ] || status=1
[ "$total" -le $TOTAL_BUDGET ] || status=1
exit $status
