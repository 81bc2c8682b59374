# Shared by the benchmark scripts (sourced, not run).

# use_jdk17 NAME: sets $jdk to $JAVA_HOME if it is a JDK 17, else to the
# installed JDK 17 (as tests/java/record.sh picks it), exports it as
# JAVA_HOME so keel finds the same one, and clears the options java reads
# from the environment. NAME is the calling script, for the error message.
use_jdk17() {
    spec_version() {
        "$1/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java.specification.version = //p'
    }
    jdk=""
    for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null || true); do
        [[ -n "$candidate" && -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
        if [[ "$(spec_version "$candidate")" == 17 ]]; then
            jdk="$candidate"
            break
        fi
    done
    [[ -n "$jdk" ]] || { echo "$1: no JDK 17 found (set JAVA_HOME to one)" >&2; exit 1; }
    export JAVA_HOME="$jdk"
    unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS CLASSPATH || true
}

# median NUMBER...: the median.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
