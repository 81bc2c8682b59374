#!/usr/bin/env bash
# Start-up cost of Keel against HotSpot: a Hello World run with
# `keel run -cp DIR Hello` and with `java -cp DIR Hello` (JDK 17), alternately,
# RUNS times each, on one core. Keel's cache is warmed first (`keel cache
# warm`), so no run translates java.base.
#
#   bench/hello.sh [RUNS]      (default 10)
#
# Measures each run's wall time (date +%s%N around the process, in ms) and
# peak RSS (GNU time's %M, or os.wait4 through python3 if /usr/bin/time is
# missing), then prints the median of each for keel and for java, and the
# keel/java ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/hello.sh [RUNS]" >&2; exit 2; }

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
use_jdk17 bench/hello.sh

cargo build --release --quiet -p keel-cli
keel="$PWD/target/release/keel"
java="$jdk/bin/java"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
compile_hello "$tmp"

"$keel" cache warm 2>&1 | sed 's/^/keel cache warm: /'

# One core: pin the processes if taskset is there.
pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
fi

# measure CMD...: runs CMD (stdout to $tmp/out) and prints "WALL_MS RSS_KB".
if [[ -x /usr/bin/time ]] && /usr/bin/time -f "%M" -o /dev/null true 2>/dev/null; then
    rss_tool="GNU time %M"
    measure() {
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$tmp/out"
        end=$(date +%s%N)
        echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$tmp/time" | awk '{print $2}')"
    }
elif command -v python3 >/dev/null 2>&1; then
    rss_tool="python3 os.wait4 ru_maxrss"
    measure() {
        python3 - "$tmp/out" "$@" <<'PY'
import os, sys, time
out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
start = time.monotonic_ns()
pid = os.fork()
if pid == 0:
    os.dup2(out, 1)
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
end = time.monotonic_ns()
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(1)
print((end - start) // 1000000, usage.ru_maxrss)
PY
    }
else
    echo "bench/hello.sh: needs /usr/bin/time (GNU time) or python3 to measure peak RSS" >&2
    exit 1
fi

# Both must print the greeting, or the numbers mean nothing.
for tool in keel java; do
    if [[ $tool == keel ]]; then cmd=("$keel" run -cp "$tmp/classes" Hello); else cmd=("$java" -cp "$tmp/classes" Hello); fi
    out=$(cd "$tmp/classes" && "${cmd[@]}")
    [[ "$out" == "Hello, world" ]] || { echo "bench/hello.sh: $tool printed: $out" >&2; exit 1; }
done

echo "JDK: $jdk; $runs runs each, alternating, ${pin[*]:-unpinned}; peak RSS from $rss_tool"
keel_ms=(); keel_kb=(); java_ms=(); java_kb=()
for run in $(seq "$runs"); do
    read -r kms kkb < <(cd "$tmp/classes" && measure "${pin[@]}" "$keel" run -cp "$tmp/classes" Hello)
    read -r jms jkb < <(cd "$tmp/classes" && measure "${pin[@]}" "$java" -cp "$tmp/classes" Hello)
    [[ -n "${kms:-}" && -n "${kkb:-}" && -n "${jms:-}" && -n "${jkb:-}" ]] ||
        { echo "bench/hello.sh: run $run failed" >&2; exit 1; }
    keel_ms+=("$kms"); keel_kb+=("$kkb"); java_ms+=("$jms"); java_kb+=("$jkb")
    printf 'run %2d: keel %5d ms %8.1f MB   java %5d ms %8.1f MB\n' "$run" \
        "$kms" "$(awk -v k="$kkb" 'BEGIN { print k / 1024 }')" \
        "$jms" "$(awk -v k="$jkb" 'BEGIN { print k / 1024 }')"
done

k_ms=$(median "${keel_ms[@]}"); j_ms=$(median "${java_ms[@]}")
k_kb=$(median "${keel_kb[@]}"); j_kb=$(median "${java_kb[@]}")
echo
awk -v km="$k_ms" -v jm="$j_ms" -v kk="$k_kb" -v jk="$j_kb" 'BEGIN {
    printf "median wall:     keel %7.1f ms   java %7.1f ms   keel/java %.2f\n", km, jm, km / jm
    printf "median peak RSS: keel %7.1f MB   java %7.1f MB   keel/java %.2f\n", kk / 1024, jk / 1024, kk / jk
}'
