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

# compile_hello DIR: writes the Hello World that bench/hello.sh and
# crates/runtime/startup-classes.sh run to DIR/src/Hello.java and compiles
# it into DIR/classes with $jdk's javac (call use_jdk17 first).
compile_hello() {
    mkdir -p "$1/src" "$1/classes"
    cat >"$1/src/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
    "$jdk/bin/javac" --release 17 -d "$1/classes" "$1/src/Hello.java"
}

# median NUMBER...: the median.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure DIR SECONDS OUT ERR CMD...: runs CMD in DIR (stdout to OUT, stderr
# to ERR), killed after SECONDS if `timeout` is there, and prints
# "WALL_MS CPU_MS RSS_KB" (GNU time's user + system and %M, whose report is
# left in OUT.time); returns CMD's status.
measure() {
    local dir=$1 seconds=$2 out=$3 err=$4 start end status=0 times=$3.time
    shift 4
    local limit=()
    if command -v timeout >/dev/null 2>&1; then
        limit=(timeout "$seconds")
    fi
    start=$(date +%s%N)
    (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$times" "${limit[@]}" "$@" >"$out" 2>"$err") || status=$?
    end=$(date +%s%N)
    # GNU time writes "Command exited with non-zero status N" before the numbers.
    echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$times" | awk '{ printf "%d %d", ($2 + $3) * 1000 + 0.5, $4 }')"
    return "$status"
}
