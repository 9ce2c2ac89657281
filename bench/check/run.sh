#!/usr/bin/env bash
# Times `tollgate check`: (1) on this repository, cold JVM, after the build; (2) on 10,000
# generated manifests of mixed kinds (GenerateManifests.java), all rules on. Uses hyperfine when
# installed (apt-get install hyperfine), else bash's time. Prints the figures docs/benchmarks.md
# publishes. Usage: bench/check/run.sh [DOCUMENTS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
documents="${1:-10000}"
cd "$root"
./tollgate --version >/dev/null # builds the CLI when stale, outside the timings
# the launcher with its JVM options but without its staleness check: other people's edits must
# not turn a timed run into a build
export TOLLGATE_JAR="${TOLLGATE_JAR:-$root/tools/cli/target/tollgate.jar}"
tollgate="$root/tollgate"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java "$root/bench/check/GenerateManifests.java" "$work/manifests" "$documents"
echo "generated $documents documents in $(find "$work/manifests" -name '*.yaml' | wc -l) files"

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 10 -i "$tollgate check"
  hyperfine --runs 3 -i "$tollgate check $work/manifests"
else
  time $tollgate check >/dev/null || true
  time $tollgate check "$work/manifests" >/dev/null || true
fi
# the summary line carries the run's own count and milliseconds
$tollgate check "$work/manifests" | tail -1 || true
