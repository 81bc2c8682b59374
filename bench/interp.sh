#!/usr/bin/env bash
# Keel's interpreter against HotSpot's (`java -Xint`, JDK 17) on CPU-bound
# programs: the Java sources in bench/programs/ (one class with `main` each,
# printing one checksum line). Each is compiled with javac --release 17, then
# run with `keel run -cp DIR NAME` and `java -Xint -cp DIR NAME`, alternately,
# RUNS times each, on one core. Keel's cache is warmed first (`keel cache
# warm`), so no run translates java.base.
#
#   bench/interp.sh [RUNS] [NAME...]      (RUNS default 3; NAMEs default: all)
#   bench/interp.sh Loops                 (one benchmark)
#   bench/interp.sh 5 Strings Arrays      (two benchmarks, 5 runs each)
#
# Every run's output must equal the first java run's, and every run must exit
# 0: a benchmark that fails is reported (its stderr, or a diff of the outputs)
# and left out of the summary, and the script exits 1 at the end.
#
# Prints per benchmark the median wall time (date +%s%N around the process)
# of keel and of java and the ratio keel/java, with the median CPU time (user +
# system, from GNU time) and peak RSS (GNU time's %M) beside them; then the
# geometric mean of the ratios. CPU time is the steadier measure when other
# work shares the core. TIMEOUT (seconds, default 300) bounds each run.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: bench/interp.sh [RUNS] [NAME...]   (NAMEs: $(cd bench/programs && ls *.java | sed 's/\.java$//' | tr '\n' ' '))" >&2; exit 2; }
runs=3
names=()
for arg in "$@"; do
    if [[ "$arg" =~ ^[1-9][0-9]*$ ]]; then
        runs=$arg
    elif [[ "$arg" =~ ^[A-Za-z_][A-Za-z0-9_]*$ && -f "bench/programs/$arg.java" ]]; then
        names+=("$arg")
    else
        echo "bench/interp.sh: no benchmark $arg" >&2
        usage
    fi
done
# Default order: the simplest first.
all=(Loops Calls VirtualCalls InterfaceCalls Fields Arrays Allocation Strings Collections)
for f in bench/programs/*.java; do
    n=$(basename "$f" .java)
    [[ " ${all[*]} " == *" $n "* ]] || all+=("$n")
done
if [[ ${#names[@]} -eq 0 ]]; then
    names=("${all[@]}")
fi
timeout_s=${TIMEOUT:-300}

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
use_jdk17 bench/interp.sh

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -f "%M" -o /dev/null true 2>/dev/null; then
    echo "bench/interp.sh: needs GNU time as /usr/bin/time (for CPU time and peak RSS)" >&2
    exit 1
fi

cargo build --release --quiet -p keel-cli
keel="$PWD/target/release/keel"
java="$jdk/bin/java"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/classes"
srcs=()
for n in "${names[@]}"; do srcs+=("bench/programs/$n.java"); done
"$jdk/bin/javac" --release 17 -d "$tmp/classes" "${srcs[@]}"

"$keel" cache warm 2>&1 | sed 's/^/keel cache warm: /'

# One core: pin the processes if taskset is there.
pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
fi

echo "JDK: $jdk; keel: $keel"
echo "${#names[@]} benchmarks, $runs runs each, keel and java -Xint alternating, ${pin[*]:-unpinned}"
echo
failed=()
rows=()
for name in "${names[@]}"; do
    keel_ms=(); keel_cpu=(); keel_kb=(); java_ms=(); java_cpu=(); java_kb=()
    ok=1
    for run in $(seq "$runs"); do
        for tool in keel java; do
            if [[ $tool == keel ]]; then
                cmd=("${pin[@]}" "$keel" run -cp "$tmp/classes" "$name")
            else
                cmd=("${pin[@]}" "$java" -Xint -cp "$tmp/classes" "$name")
            fi
            out="$tmp/$name.$tool.$run.out"; err="$tmp/$name.$tool.$run.err"
            if ! result=$(measure "$tmp/classes" "$timeout_s" "$out" "$err" "${cmd[@]}"); then
                echo "$name: FAILED: $tool run $run: $(grep -m 1 '^Command' "$out.time" | sed 's/^Command //' || true)" >&2
                echo "--- stdout:" >&2; head -c 2000 "$out" >&2
                echo "--- stderr:" >&2; head -c 4000 "$err" >&2
                ok=0; break 2
            fi
            read -r ms cpu kb <<<"$result"
            if [[ $tool == keel ]]; then
                keel_ms+=("$ms"); keel_cpu+=("$cpu"); keel_kb+=("$kb")
            else
                java_ms+=("$ms"); java_cpu+=("$cpu"); java_kb+=("$kb")
            fi
        done
        reference="$tmp/$name.java.1.out"
        for tool in keel java; do
            if ! cmp -s "$reference" "$tmp/$name.$tool.$run.out"; then
                echo "$name: FAILED: $tool run $run printed something else than java run 1:" >&2
                diff "$reference" "$tmp/$name.$tool.$run.out" | head -n 20 >&2 || true
                ok=0; break 2
            fi
        done
        printf '%-15s run %2d: keel %7d ms (cpu %7d)   java %7d ms (cpu %7d)\n' \
            "$name" "$run" "${keel_ms[-1]}" "${keel_cpu[-1]}" "${java_ms[-1]}" "${java_cpu[-1]}"
    done
    if [[ $ok == 0 ]]; then
        failed+=("$name")
        continue
    fi
    echo "$name: $(head -c 200 "$tmp/$name.java.1.out")"
    rows+=("$name $(median "${keel_ms[@]}") $(median "${java_ms[@]}") $(median "${keel_cpu[@]}") $(median "${java_cpu[@]}") $(median "${keel_kb[@]}") $(median "${java_kb[@]}")")
done

echo
if [[ ${#rows[@]} -gt 0 ]]; then
    printf '%s\n' "${rows[@]}" | awk '
    BEGIN {
        printf "%-15s %9s %9s %9s   %9s %9s %9s   %8s %8s\n", "median", "keel ms", "java ms", "keel/java",
            "keel cpu", "java cpu", "keel/java", "keel MB", "java MB"
    }
    {
        wall = $2 / $3; cpu = $4 / $5
        lw += log(wall); lc += log(cpu); n++
        printf "%-15s %9.0f %9.0f %9.2f   %9.0f %9.0f %9.2f   %8.1f %8.1f\n", $1, $2, $3, wall, $4, $5, cpu, $6 / 1024, $7 / 1024
    }
    END {
        printf "%-15s %9s %9s %9.2f   %9s %9s %9.2f\n", "geometric mean", "", "", exp(lw / n), "", "", exp(lc / n)
    }'
fi
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "FAILED (left out of the means): ${failed[*]}" >&2
    exit 1
fi
