#!/usr/bin/env bash
# Flag evaluation overhead on GET /price: one demo-app JVM, flag evaluation switched on and off
# at run time (JMX attribute Evaluating of dev.tollgate.demo:type=FeatureFlags, the same switch as
# FLAGS_EVALUATE=false) between measurements.
#
# Usage: bench/demo-app/flag-overhead.sh [ROUNDS] [SECONDS]          (needs wrk, taskset, jstat)
#   ROUNDS   measured rounds per JVM, default 30; SECONDS per measurement, default 5
#   env JVMS=2           fresh JVM starts, each measured ROUNDS times
#   env APP_CPU=0 LOAD_CPU=1   cores for the app and for wrk (and the JMX switch)
#   env WARMUP_MIN=30 WARMUP_MAX=240   warm-up bounds in seconds (see below)
#   env AA=1             A/A control: evaluation stays off on both sides, so the spread is noise
#   env PORT=18080       the app's port
#   env JAR=...          another build of the app (e.g. a before/after comparison)
#
# Method. The app is pinned to APP_CPU and wrk to LOAD_CPU. It is warmed up under load until the
# JIT is quiet (a 5 s load chunk compiles fewer than 20 methods; at least WARMUP_MIN, at most
# WARMUP_MAX seconds), first with evaluation on, then off, then on again, so both paths are
# compiled with both branches seen. The rounds then alternate the order (A then B, B then A, ...)
# with one switch per round (milliseconds, over one JMX connection kept open), so drift on the
# machine hits both sides alike; short rounds keep each pair close in time. Measuring both sides
# in one JVM takes out the JVM-to-JVM spread of JIT decisions and code layout, which was several
# percent between two fresh JVMs of the same configuration. Every round gives a paired
# difference; the result is the median over all rounds with min/max, next to the app's CPU time
# per request (from /proc, less sensitive to CPU stolen by other processes).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-30}"
seconds="${2:-5}"
jvms="${JVMS:-2}"
app_cpu="${APP_CPU:-0}"
load_cpu="${LOAD_CPU:-1}"
warmup_min="${WARMUP_MIN:-30}"
warmup_max="${WARMUP_MAX:-240}"
port="${PORT:-18080}"
jar="${JAR:-$root/demo-app/target/demo-app.jar}"
for tool in wrk taskset jstat curl; do
  command -v "$tool" >/dev/null || { echo "$tool not found (apt-get install -y wrk; jstat comes with the JDK)" >&2; exit 2; }
done
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl demo-app -am package)

work="$(mktemp -d)"
pids=()
stop() { # the apps are not children of this shell (started in $(...)): poll until they are gone
  for p in "$@"; do kill "$p" 2>/dev/null || true; done
  for p in "$@"; do while kill -0 "$p" 2>/dev/null; do sleep 0.2; done; done
}
cleanup() {
  stop "${pids[@]}"
  rm -rf "$work"
}
trap cleanup EXIT

# wrk script: a spread of users so buckets and variants vary, as in production
cat > "$work/price.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/price?sku=sku-" .. (n % 97), {["X-User-Id"] = "user-" .. (n % 10007)})
end
LUA

start() { # $1 = true|false, $2 = port; prints the pid
  if curl -s -o /dev/null "http://127.0.0.1:$2/"; then
    echo "port $2 is already in use: set PORT" >&2; exit 2
  fi
  FLAGS_EVALUATE="$1" FLAGS_DIR="$root/flags" PORT="$2" LOG_FORMAT=ecs taskset -c "$app_cpu" \
    java -Xmx512m -XX:ActiveProcessorCount=1 -jar "$jar" --logging.level.root=WARN \
    > "$work/app-$2.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1; then
      echo "$pid"
      return
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "app on port $2 did not become ready:" >&2
  tail -20 "$work/app-$2.log" >&2
  kill "$pid" 2>/dev/null
  exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

load() { # $1 = port, $2 = seconds; prints "requests req/s"
  taskset -c "$load_cpu" wrk -t1 -c8 -d"$2s" -s "$work/price.lua" "http://127.0.0.1:$1" \
    | awk '/requests in/ {n = $1} /Non-2xx/ {bad = $NF} /Requests\/sec/ {r = $2}
           END {if (bad) {print "non-2xx responses: " bad > "/dev/stderr"; exit 1}; print n, r}'
}

compiled() { jstat -compiler "$1" | awk 'NR == 2 {print $1}'; }

warm() { # $1 = pid, $2 = port; prints the seconds it took
  local t=0 before after
  while :; do
    before=$(compiled "$1")
    load "$2" 5 >/dev/null
    t=$((t + 5))
    after=$(compiled "$1")
    if { [ "$t" -ge "$warmup_min" ] && [ $((after - before)) -lt 20 ]; } || [ "$t" -ge "$warmup_max" ]; then
      break
    fi
  done
  echo "$t"
}

measure() { # $1 = pid, $2 = port; prints "req/s cpu-us-per-request"
  local c0 c1 out
  c0=$(cpu_ticks "$1")
  out=$(load "$2" "$seconds")
  c1=$(cpu_ticks "$1")
  awk -v out="$out" -v c="$((c1 - c0))" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {split(out, f, " "); printf "%.0f %.1f\n", f[2], c / hz * 1e6 / f[1]}'
}

# one JMX client per JVM, kept open: a switch then takes milliseconds, not a JVM start
open_switch() { # $1 = pid
  coproc SWITCH { taskset -c "$load_cpu" java "$root/bench/demo-app/FlagsSwitch.java" "$1"; }
}
close_switch() {
  exec {SWITCH[1]}>&-
  wait "$SWITCH_PID" 2>/dev/null || true
}
switch_flags() { # $1 = true|false
  local reply
  echo "$1" >&"${SWITCH[1]}"
  read -r reply <&"${SWITCH[0]}" || true
  [ "$reply" = "$1" ] || { echo "switching flag evaluation to $1 failed (got '$reply')" >&2; exit 1; }
}

on_mode=true
[ "${AA:-0}" = 1 ] && on_mode=false
echo "demo-app /price: A = evaluation $on_mode, B = evaluation false, switched in one JVM;" \
  "$jvms JVMs x $rounds rounds x ${seconds}s; app on cpu $app_cpu, wrk -t1 -c8 on cpu $load_cpu"
results="$work/results"
: > "$results"
for j in $(seq 1 "$jvms"); do
  pid=$(start true "$port"); pids+=("$pid")
  open_switch "$pid"; pids+=("$SWITCH_PID")
  on=$(warm "$pid" "$port")
  switch_flags false
  off=$(warm "$pid" "$port")
  switch_flags "$on_mode"
  again=$(warm "$pid" "$port")
  echo "jvm $j: warm-up ${on}s on, ${off}s off, ${again}s $on_mode (until a 5 s chunk JIT-compiles < 20 methods)"
  for r in $(seq 1 "$rounds"); do
    if [ $((r % 2)) = 1 ]; then # the switch is in the A position
      a=$(measure "$pid" "$port"); switch_flags false; b=$(measure "$pid" "$port")
    else
      b=$(measure "$pid" "$port"); switch_flags "$on_mode"; a=$(measure "$pid" "$port")
    fi
    echo "$a $b" >> "$results"
    echo "$a $b" | awk -v j="$j" -v r="$r" '{printf "jvm %d round %d: A %6d req/s %6.1f us/req | B %6d req/s %6.1f us/req | A vs B %+6.2f%% req/s, %+6.2f%% cpu/req\n", j, r, $1, $2, $3, $4, 100 * ($1 - $3) / $3, 100 * ($2 - $4) / $4}'
  done
  close_switch
  stop "$pid"
  pids=()
done

# column: 1 A req/s, 2 A us/req, 3 B req/s, 4 B us/req
summary() { # $1 = awk expression over the columns; prints "median min max"
  awk "{print $1}" "$results" | sort -g | awk '{v[NR] = $1} END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR]}'
}
read -r tm tlo thi <<< "$(summary '100 * ($3 - $1) / $3')"
read -r cm clo chi <<< "$(summary '100 * ($2 - $4) / $4')"
read -r am _ _ <<< "$(summary '$1')"
read -r bm blo bhi <<< "$(summary '$3')"
read -r acpu _ _ <<< "$(summary '$2')"
read -r bcpu _ _ <<< "$(summary '$4')"
echo "median req/s: A $am, B $bm (B ranged $blo..$bhi over the rounds)"
echo "median cpu per request: A $acpu us, B $bcpu us"
echo "throughput cost of A (paired, $(wc -l < "$results") rounds): median $tm%, min $tlo%, max $thi%"
echo "cpu per request cost of A (paired): median $cm%, min $clo%, max $chi%"
