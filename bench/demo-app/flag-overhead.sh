#!/usr/bin/env bash
# Flag evaluation overhead on GET /price: the same demo-app jar, once evaluating flags
# (FLAGS_EVALUATE=true, the default) and once skipping evaluation (FLAGS_EVALUATE=false), each
# under wrk on loopback. Runs the two configurations alternately, ROUNDS times, and prints the
# requests/s of every run and the median difference.
# Usage: [WARMUP=30] bench/demo-app/flag-overhead.sh [ROUNDS] [SECONDS]   (needs wrk and taskset)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-5}"
seconds="${2:-20}"
warmup="${WARMUP:-30}" # seconds of unmeasured load first: JIT must reach steady state
jar="$root/demo-app/target/demo-app.jar"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl demo-app -am package)

work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# wrk script: a spread of users so buckets and variants vary, as in production
cat > "$work/price.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/price?sku=sku-" .. (n % 97), {["X-User-Id"] = "user-" .. (n % 10007)})
end
LUA

run() { # $1 = true|false
  local port=18080
  FLAGS_EVALUATE="$1" FLAGS_DIR="$root/flags" PORT="$port" LOG_FORMAT=ecs taskset -c 0 \
    java -Xmx512m -XX:ActiveProcessorCount=1 -jar "$jar" --logging.level.root=WARN > "$work/app.log" 2>&1 &
  # the app gets core 0 and wrk core 1 (taskset below), so they do not steal each other's CPU
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.5
  done
  # warm-up: JIT and connection pools, not measured
  taskset -c 1 wrk -t1 -c8 -d"${warmup}s" -s "$work/price.lua" "http://127.0.0.1:$port" >/dev/null
  taskset -c 1 wrk -t1 -c8 -d"${seconds}s" -s "$work/price.lua" "http://127.0.0.1:$port" \
    | awk '/Requests\/sec/ {print $2}'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

on=(); off=()
for r in $(seq 1 "$rounds"); do
  on+=("$(run true)")
  off+=("$(run false)")
  echo "round $r: flags evaluated ${on[-1]} req/s, evaluation skipped ${off[-1]} req/s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m_on=$(median "${on[@]}"); m_off=$(median "${off[@]}")
awk -v on="$m_on" -v off="$m_off" \
  'BEGIN {printf "median: evaluated %.0f req/s, skipped %.0f req/s, difference %.2f%%\n", on, off, 100*(off-on)/off}'
