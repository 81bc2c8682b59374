#!/usr/bin/env bash
# Keel's garbage collector against HotSpot's: binary-trees
# (bench/programs/BinaryTrees.java, depth DEPTH, default 18: about 70 million
# small objects, 1.6 GB allocated, at most about 25 MB live) in a heap of
# HEAP (default 64m), under
#   keel run -XmxHEAP -Xlog:gc          (the interpreter)
#   java -Xint -XmxHEAP -Xlog:gc        (HotSpot's interpreter, its default GC)
#   java -XmxHEAP -Xlog:gc              (HotSpot with its JITs)
# alternately (java's first), RUNS times each (default 3), not pinned to a
# core (collectors may use helper threads). Keel's cache is warmed first (`keel cache warm`),
# so no run translates java.base.
#
#   bench/gc.sh [RUNS [DEPTH]]      e.g. bench/gc.sh 5, bench/gc.sh 1 12
#   HEAP=256m bench/gc.sh           another heap size
#   TOOLS="java-Xint java" bench/gc.sh    only some of keel, java-Xint, java
#
# Every run must exit 0 and print what the first java run printed (or keel's,
# with TOOLS=keel; log lines, those starting with "[", left out): a tool whose run
# fails is reported (its stderr, or a diff of the outputs), left out of the
# summary, and the script exits 1 at the end.
#
# Prints per tool the median wall time (date +%s%N around the process), CPU
# time (user + system) and peak RSS (GNU time's %M), and the median number of
# collections: the lines of -Xlog:gc output (stdout or stderr) that contain
# "Pause" (on G1 that counts remark and cleanup pauses too; 0 if the tool
# logs none, "-" if keel does not accept -Xlog:gc); then the ratios of keel
# to java -Xint and to java. TIMEOUT (seconds, default 600) bounds each run.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: bench/gc.sh [RUNS [DEPTH]]   (env: HEAP=64m, TOOLS=\"keel java-Xint java\", TIMEOUT=600)" >&2; exit 2; }
runs=${1:-3}
depth=${2:-18}
[[ $# -le 2 && "$runs" =~ ^[1-9][0-9]*$ && "$depth" =~ ^[1-9][0-9]*$ ]] || usage
heap=${HEAP:-64m}
[[ "$heap" =~ ^[1-9][0-9]*[kKmMgG]?$ ]] || { echo "bench/gc.sh: bad HEAP $heap" >&2; usage; }
read -r -a tools <<<"${TOOLS:-keel java-Xint java}"
for tool in "${tools[@]}"; do
    [[ "$tool" == keel || "$tool" == java-Xint || "$tool" == java ]] || { echo "bench/gc.sh: no tool $tool" >&2; usage; }
done
[[ ${#tools[@]} -gt 0 ]] || usage
timeout_s=${TIMEOUT:-600}

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
use_jdk17 bench/gc.sh

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -f "%M" -o /dev/null true 2>/dev/null; then
    echo "bench/gc.sh: needs GNU time as /usr/bin/time (for CPU time and peak RSS)" >&2
    exit 1
fi

java="$jdk/bin/java"
keel="$PWD/target/release/keel"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/classes"
"$jdk/bin/javac" --release 17 -d "$tmp/classes" bench/programs/BinaryTrees.java

keel_log=(-Xlog:gc)
if [[ " ${tools[*]} " == *" keel "* ]]; then
    cargo build --release --quiet -p keel-cli
    "$keel" cache warm 2>&1 | sed 's/^/keel cache warm: /'
    # A keel without -Xlog:gc runs without it, its collections unknown.
    if "$keel" run -Xlog:gc -cp "$tmp/classes" BinaryTrees 1 2>&1 >/dev/null | grep -q "Unrecognized option"; then
        echo "keel does not accept -Xlog:gc: its collections are not counted"
        keel_log=()
    fi
fi


echo "JDK: $jdk; keel: $keel"
echo "binary-trees depth $depth, -Xmx$heap, $runs runs of ${tools[*]}, alternating"
echo
reference=""
failed=()
declare -A ms cpu kb gcs ok
for tool in "${tools[@]}"; do ok[$tool]=1; ms[$tool]=""; cpu[$tool]=""; kb[$tool]=""; gcs[$tool]=""; done
# Java's runs first in each round, so that the reference output is java's.
order=()
for tool in java-Xint java keel; do
    [[ " ${tools[*]} " == *" $tool "* ]] && order+=("$tool")
done
for run in $(seq "$runs"); do
    line="run $run:"
    for tool in "${order[@]}"; do
        [[ ${ok[$tool]} == 1 ]] || continue
        case $tool in
            keel) cmd=("$keel" run "-Xmx$heap" ${keel_log[@]+"${keel_log[@]}"} -cp "$tmp/classes" BinaryTrees "$depth") ;;
            java-Xint) cmd=("$java" -Xint "-Xmx$heap" -Xlog:gc -cp "$tmp/classes" BinaryTrees "$depth") ;;
            java) cmd=("$java" "-Xmx$heap" -Xlog:gc -cp "$tmp/classes" BinaryTrees "$depth") ;;
        esac
        out="$tmp/$tool.$run.out"; err="$tmp/$tool.$run.err"
        if ! result=$(measure "$tmp/classes" "$timeout_s" "$out" "$err" "${cmd[@]}"); then
            echo "$tool: FAILED: run $run: $(grep -m 1 '^Command' "$out.time" | sed 's/^Command //' || true)" >&2
            echo "--- stdout:" >&2; grep -v '^\[' "$out" | head -c 2000 >&2 || true
            echo "--- stderr:" >&2; head -c 4000 "$err" >&2
            ok[$tool]=0; failed+=("$tool"); continue
        fi
        grep -v '^\[' "$out" >"$out.program" || true
        [[ -n "$reference" ]] || reference="$out.program"
        if ! cmp -s "$reference" "$out.program"; then
            echo "$tool: FAILED: run $run printed something else than the first run:" >&2
            diff "$reference" "$out.program" | head -n 20 >&2 || true
            ok[$tool]=0; failed+=("$tool"); continue
        fi
        read -r wall_ms cpu_ms rss_kb <<<"$result"
        ms[$tool]+=" $wall_ms"; cpu[$tool]+=" $cpu_ms"; kb[$tool]+=" $rss_kb"
        if [[ $tool == keel && ${#keel_log[@]} -eq 0 ]]; then
            gcs[$tool]+=" -"
        else
            gcs[$tool]+=" $(cat "$out" "$err" | grep -c Pause || true)"
        fi
        line+="$(printf '   %s %d ms (cpu %d, %s gcs)' "$tool" "$wall_ms" "$cpu_ms" "${gcs[$tool]##* }")"
    done
    echo "$line"
done

echo
[[ -n "$reference" ]] && echo "output: $(head -n 1 "$reference")"
rows=()
for tool in "${tools[@]}"; do
    [[ ${ok[$tool]} == 1 ]] || continue
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    if [[ ${gcs[$tool]} == *-* ]]; then count=-; else count=$(median ${gcs[$tool]}); fi
    # shellcheck disable=SC2086
    rows+=("$tool $(median ${ms[$tool]}) $(median ${cpu[$tool]}) $(median ${kb[$tool]}) $count")
done
if [[ ${#rows[@]} -gt 0 ]]; then
    printf '%s\n' "${rows[@]}" | awk '
    BEGIN { printf "%-10s %10s %10s %10s %12s\n", "median", "wall ms", "cpu ms", "peak MB", "collections" }
    {
        wall[$1] = $2; cpu[$1] = $3; rss[$1] = $4
        printf "%-10s %10.0f %10.0f %10.1f %12s\n", $1, $2, $3, $4 / 1024, $5
    }
    END {
        if ("keel" in wall) {
            for (i = 0; i < 2; i++) {
                other = i == 0 ? "java-Xint" : "java"
                if (other in wall)
                    printf "keel/%-9s wall %.2f, cpu %.2f, peak RSS %.2f\n", other,
                        wall["keel"] / wall[other], cpu["keel"] / cpu[other], rss["keel"] / rss[other]
            }
        }
    }'
fi
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "FAILED (left out of the summary): ${failed[*]}" >&2
    exit 1
fi
