#!/usr/bin/env bash
# Times `promtool test rules` against `./tollgate rules test --compat 2` on the spec §7.3 workload,
# side by side, in one run on this machine, with /usr/bin/time -v (wall clock and max RSS).
# Usage: bench/promtool/run.sh [EVAL_TIME=24h] [RUNS=3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
eval_time="${1:-24h}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/promtool/generate.py" "$work" "$eval_time"
command -v promtool >/dev/null || { echo "promtool not found (apt-get install prometheus)" >&2; exit 2; }
# Times a copy of the jar through the launcher (its JVM options, no staleness check), so edits made
# meanwhile cannot turn a timed run into a build. TOLLGATE_JAR=<jar> times another build.
"$root/tollgate" --version >/dev/null
if [ -z "${TOLLGATE_JAR:-}" ]; then
  cp "$root/tools/cli/target/tollgate.jar" "$work/tollgate.jar"
  export TOLLGATE_JAR="$work/tollgate.jar"
fi
tollgate=("$root/tollgate")

measure() { # label, command...
  local label="$1"; shift
  local t="$work/time.txt"
  ( cd "$work" && /usr/bin/time -v "$@" >"$work/out.txt" 2>"$t" ) || { cat "$work/out.txt" "$t" >&2; exit 1; }
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$t" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$t" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$t")
  printf '%-10s wall %-9s cpu %6ss  maxRSS %4d MB  (%s)\n' "$label" "$wall" "$cpu" $((rss / 1024)) "$(head -2 "$work/out.txt" | tail -1 | xargs)"
}

echo "workload: 1,040 series x 1,441 samples, 3 rules, eval_time $eval_time; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(promtool --version 2>&1 | head -1)"
for i in $(seq "$runs"); do
  measure promtool promtool test rules test.yml
  measure tollgate "${tollgate[@]}" rules test --compat 2 test.yml
done
