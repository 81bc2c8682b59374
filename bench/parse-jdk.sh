#!/usr/bin/env bash
# Times `keel inspect --check` over the whole JDK 17 image (lib/modules): every
# class read, parsed, format-checked and every method decoded, on one core.
#
#   bench/parse-jdk.sh [JDK_HOME] [RUNS]
#
# Prints each run's summary line (classes, methods, errors, MB, seconds,
# classes/s, MB/s, as measured inside keel), the best and median runs, and the
# wall time of the whole process. The target is all of lib/modules in under
# 2 seconds on one core.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk=${1:-${JAVA_HOME:-}}
runs=${2:-5}
if [[ -z "$jdk" ]]; then
    jdk=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -n 1 || true)
fi
image="$jdk/lib/modules"
if [[ -z "$jdk" || ! -f "$image" ]]; then
    echo "no JDK 17 image found: pass its home as the first argument" >&2
    exit 1
fi

cargo build --release --quiet -p keel-cli
keel=target/release/keel

# One core: pin the process if taskset is there (keel is single-threaded anyway).
pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
fi

echo "image: $image ($(du -h "$image" | cut -f1)), $runs runs on one core"
# A first, untimed run warms the page cache.
"${pin[@]}" "$keel" inspect --check "$image" >/dev/null

seconds=()
for run in $(seq "$runs"); do
    start=$(date +%s%N)
    summary=$("${pin[@]}" "$keel" inspect --check "$image" | tail -n 1)
    end=$(date +%s%N)
    wall=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
    echo "run $run: $summary; wall ${wall} s"
    # "... (X MB in Y s: ...)": Y is keel's own measure.
    seconds+=("$(sed -E 's/.* MB in ([0-9.]+) s:.*/\1/' <<<"$summary")")
    last_summary=$summary
done

sorted=$(printf '%s\n' "${seconds[@]}" | sort -n)
best=$(head -n 1 <<<"$sorted")
median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
classes=$(awk '{print $1}' <<<"$last_summary")
megabytes=$(sed -E 's/.*\(([0-9.]+) MB in.*/\1/' <<<"$last_summary")
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }
echo
echo "best:   ${best} s: $(rate "$classes" "$best") classes/s, $(rate "$megabytes" "$best") MB/s"
echo "median: ${median} s: $(rate "$classes" "$median") classes/s, $(rate "$megabytes" "$median") MB/s"
if awk -v s="$median" 'BEGIN { exit !(s < 2) }'; then
    echo "target (all of lib/modules in under 2 s on one core): met"
else
    echo "target (all of lib/modules in under 2 s on one core): MISSED"
fi
