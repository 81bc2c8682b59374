#!/usr/bin/env bash
# Re-record the expected output of the differential corpus from HotSpot (JDK 17).
#
#   tests/java/record.sh            # every program
#   tests/java/record.sh NAME...    # only the named programs (folder names)
#
# For each program folder NAME (containing Main.java), all *.java files of the
# folder are compiled with javac 17 into a temporary directory, then
#   java [jvm-options...] -cp TMP Main [args...] < stdin
# is run and its stdout, stderr and exit code are written to
# NAME/expected.stdout, NAME/expected.stderr and NAME/expected.exit.
# `args` (optional) holds one argument per line; `jvm-options` (optional) one
# JVM option per line (e.g. -Xmx64m); `stdin` (optional) is fed to the
# program's standard input (otherwise /dev/null).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Keep output independent of the caller's environment.
unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS CLASSPATH || true
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC

# The JDK: $JAVA_HOME if it is a JDK 17, otherwise the Debian JDK 17.
spec_version() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java.specification.version = //p'
}
jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64; do
    [[ -n "$candidate" && -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
    if [[ "$(spec_version "$candidate")" == 17 ]]; then
        jdk="$candidate"
        break
    fi
    echo "record.sh: $candidate is not a JDK 17, skipping it" >&2
done
[[ -n "$jdk" ]] || { echo "record.sh: no JDK 17 found (set JAVA_HOME to one)" >&2; exit 2; }
javac="$jdk/bin/javac"
java="$jdk/bin/java"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/keel-record.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

if [[ $# -gt 0 ]]; then
    names=("$@")
else
    names=()
    for d in "$here"/*/; do
        [[ -f "$d/Main.java" ]] && names+=("$(basename "$d")")
    done
fi

failed=0
for name in "${names[@]}"; do
    name="${name%/}"
    dir="$here/$name"
    if [[ ! -f "$dir/Main.java" ]]; then
        echo "record.sh: $name: no Main.java" >&2
        failed=1
        continue
    fi
    out="$tmp/$name"
    mkdir -p "$out"
    if ! "$javac" --release 17 -encoding UTF-8 -nowarn -d "$out" "$dir"/*.java >"$tmp/javac.log" 2>&1; then
        echo "record.sh: $name: javac failed:" >&2
        cat "$tmp/javac.log" >&2
        failed=1
        continue
    fi
    args=()
    if [[ -f "$dir/args" ]]; then
        mapfile -t args <"$dir/args"
    fi
    jvm_options=()
    if [[ -f "$dir/jvm-options" ]]; then
        mapfile -t jvm_options <"$dir/jvm-options"
    fi
    input=/dev/null
    [[ -f "$dir/stdin" ]] && input="$dir/stdin"
    rc=0
    (cd "$out" && "$java" ${jvm_options[@]+"${jvm_options[@]}"} -cp "$out" Main ${args[@]+"${args[@]}"}) \
        <"$input" >"$dir/expected.stdout" 2>"$dir/expected.stderr" || rc=$?
    echo "$rc" >"$dir/expected.exit"
    printf '%-32s exit %s\n' "$name" "$rc"
done
exit "$failed"
