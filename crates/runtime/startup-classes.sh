#!/usr/bin/env bash
# Records the java.base classes Keel loads to run a Hello World, in the order
# it loads them, into crates/runtime/startup-classes.txt: java.base's image
# lays these classes out first (then the JDK's own lib/classlist, then the
# rest), so the part of the image a small program reads lies together and
# few of its pages are mapped (see `order_for_startup` in src/image.rs).
# HotSpot's build makes its lib/classlist the same way, from a small program.
#
#   crates/runtime/startup-classes.sh
#
# Re-run it when boot changes much (the list going stale costs memory, not
# correctness: classes it names that do not exist are ignored). The image is
# translated again at the next run, since the list is part of its cache key.
set -euo pipefail
cd "$(dirname "$0")/../.."

source bench/common.sh
use_jdk17 crates/runtime/startup-classes.sh

cargo build --release --quiet -p keel-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
compile_hello "$tmp"

out=crates/runtime/startup-classes.txt
{
    echo "# java.base classes in the order Keel loads them for a Hello World:"
    echo "# written by crates/runtime/startup-classes.sh, do not edit."
    KEEL_PRINT_CLASSES=1 target/release/keel run --jdk "$jdk" -cp "$tmp/classes" Hello 2>&1 >/dev/null |
        sed -n 's/^keel: loaded //p' |
        grep '/' | grep -v '^\['
} >"$out"
echo "$out: $(grep -vc '^#' "$out") classes"
