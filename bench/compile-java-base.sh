#!/usr/bin/env bash
# Times `keel compile --jdk-module java.base` (parse, verify, translate to KIR,
# write the KBF image) and compares the image's size with the jmod's and with
# the class bytes it came from. Target: under 10 seconds on this machine.
#
#   bench/compile-java-base.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}

cargo build --release --quiet -p keel-cli
keel=target/release/keel
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

best=""
for run in $(seq "$runs"); do
    start=$(date +%s%N)
    "$keel" compile --jdk-module java.base -o "$out/java.base.kbf" 2>"$out/log"
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    echo "run $run: ${ms} ms: $(cat "$out/log")"
    if [[ -z "$best" || $ms -lt $best ]]; then best=$ms; fi
done

jdk=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -n 1 || true)
image_bytes=$(stat -c %s "$out/java.base.kbf")
echo "best: ${best} ms (target: under 10000 ms)"
echo "image: $image_bytes bytes ($(gzip -c "$out/java.base.kbf" | wc -c) gzipped)"
if [[ -f "$jdk/jmods/java.base.jmod" ]]; then
    echo "java.base.jmod: $(stat -c %s "$jdk/jmods/java.base.jmod") bytes (zip, with native libraries and config)"
fi
