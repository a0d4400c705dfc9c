#!/usr/bin/env bash
# `joblens stats --json` on a 100k-posting file against `rg -o -i -F -f ALIASES` on the same file (issue 13's
# yardstick: at most 2×). Writes ALIASES from the taxonomy, installs ripgrep (Debian's package) when it is missing,
# and prints the median ratio of 5 alternated runs. A benchmark, not a test: run it by hand on a quiet machine.
# Usage: scripts/stats-ratio.sh [POSTINGS]
source "$(dirname "$0")/lib.sh"
n="${1:-100000}"
command -v rg >/dev/null || { step "installing ripgrep"; apt-get install -y ripgrep >/dev/null; }
cargo build --release --locked --bin joblens --example aliases -p joblens-core -p joblens-cli
work="target/stats-ratio"
mkdir -p "$work"
target/release/examples/aliases >"$work/ALIASES"
[ -s "$work/corpus-$n.md" ] || target/release/joblens synth "$n" >"$work/corpus-$n.md"
file="$work/corpus-$n.md"
echo "$(wc -l <"$work/ALIASES") aliases; $(du -h "$file" | cut -f1) of $n postings"

python3 - "$file" "$work/ALIASES" <<'PY'
import statistics, subprocess, sys, time
corpus, aliases = sys.argv[1:]
def seconds(cmd):
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0
ratios = []
for i in range(5):
    s = seconds(["target/release/joblens", "stats", corpus, "--json"])
    r = seconds(["rg", "-o", "-i", "-F", "-f", aliases, corpus])
    ratios.append(s / r)
    print(f"run {i + 1}: stats {s:.3f} s, rg {r:.3f} s, ratio {s / r:.2f}")
print(f"median ratio {statistics.median(ratios):.2f} (target: at most 2)")
PY
